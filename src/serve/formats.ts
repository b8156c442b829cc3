// One loader, several renderings: JSON, CSV (flattened as the CLI's --csv) and NDJSON for every
// list. The format comes from ?format=, else the Accept header, else JSON (so a list's response
// varies by Accept). A page that has more rows says so in a Link header (rel="next") as well as in
// its body.
import type { Context } from 'hono';
import { toCsv } from '../export/csv.js';
import type { Flattened } from '../export/flatten.js';
import type { Format } from './api/params.js';

export function negotiate(c: Context, format: Format | undefined): Format {
  if (format) return format;
  const accept = c.req.header('accept') ?? '';
  if (/\btext\/csv\b/.test(accept)) return 'csv';
  if (/\bapplication\/(x-)?ndjson\b/.test(accept)) return 'ndjson';
  return 'json';
}

/** The same URL with the cursor of the next page. */
export function nextUrl(c: Context, next: string | null): string | null {
  if (next === null) return null;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', next);
  return `${url.pathname}${url.search}`;
}

export const CONTENT_TYPES: Readonly<Record<Format, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** A list in the chosen format, as the body cache keeps it; `flat` is only computed for CSV. */
export function listBody(
  c: Context,
  format: Format,
  page: { readonly rows: readonly unknown[]; readonly next: string | null },
  flat: () => Flattened,
  json: () => unknown = () => page,
): { content: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[format] };
  const next = nextUrl(c, page.next);
  if (next) headers.link = `<${next}>; rel="next"`;
  if (format === 'csv') {
    const f = flat();
    return { content: toCsv(f.columns, f.rows), headers };
  }
  if (format === 'ndjson') return { content: page.rows.map((r) => JSON.stringify(r)).join('\n') + (page.rows.length ? '\n' : ''), headers };
  return { content: JSON.stringify(json()), headers };
}
