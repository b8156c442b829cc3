// read → clean: normalised text without portal furniture, plus the fields the document states.
import type { RawDocument } from '../read/raw-document.js';
import { stripFurniture } from './boilerplate.js';
import { titleCaseLead } from './caps-lead.js';
import { normaliseMetaDate, selfReportedAgency, type Dateline } from './fields.js';
import { unwrapHardBreaks } from './hard-wrap.js';
import { readHead } from './head.js';
import { normalise } from './normalise.js';

export interface CleanDocument {
  readonly source: string;
  /** The cleaned text: every offset in the facts points into this string. */
  readonly text: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  /** A stamp with a month and no day (YYYY-MM) when the page gives no publication date: it still gives the year. */
  readonly publishedMonth: string | null;
  readonly dateline: Dateline | null;
  /** A period the head prints for what the page reports ("08.03.2022 - 09.03.2022"), or null. */
  readonly period: { readonly from: string; readonly to: string } | null;
  /** Where the lead paragraph begins in `text`: what comes before it is headline, labels and captions. */
  readonly leadOffset: number;
  readonly format: RawDocument['format'];
  readonly encoding: string;
}

export interface CleanOptions {
  /** A publication date the user knows and the file lacks (YYYY-MM-DD). */
  readonly published?: string | null;
}

export function cleanDocument(raw: RawDocument, options: CleanOptions = {}): CleanDocument {
  const furniture = stripFurniture(unwrapHardBreaks(normalise(raw.text).split('\n')).map(titleCaseLead));
  const rawTitle = raw.title ? normalise(raw.title).trim() : null;
  const head = readHead(furniture.lines, { hasTitle: rawTitle !== null });
  const title = rawTitle ?? head.title;
  // The text keeps its paragraphs; the lead's offset is found again after blank runs are folded.
  const before = head.leadLine > 0 ? foldBlankRuns(head.lines.slice(0, head.leadLine).join('\n')).trimStart() : '';
  let text = foldBlankRuns(head.lines.join('\n')).trim();
  const leadText = head.leadLine >= 0 ? head.lines[head.leadLine]!.trim() : '';
  let leadOffset = leadText ? Math.max(0, text.indexOf(leadText, before.trimEnd().length)) : 0;
  if (title && raw.format !== 'text' && !text.startsWith(title)) {
    text = `${title}\n\n${text}`;
    leadOffset += title.length + 2;
  }
  const publisher = raw.publisher
    ? normalise(raw.publisher).trim()
    : (furniture.publisher ?? head.publisher ?? head.dateline?.agency ?? selfReportedAgency(leadText));
  const published = normaliseMetaDate(raw.published) ?? head.published;
  const dateline = head.dateline;
  return {
    source: raw.source,
    text,
    title,
    publisher,
    published: options.published ?? published,
    publishedMonth: options.published || published ? null : head.publishedMonth,
    dateline,
    period: head.period,
    leadOffset,
    format: raw.format,
    encoding: raw.encoding,
  };
}

function foldBlankRuns(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n');
}
