// Saved JSON articles: an object (or one NDJSON line) with the text in one of the usual fields.
import { InputError } from './errors.js';

export interface JsonArticle {
  readonly text: string;
  readonly html: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

const TEXT_KEYS = ['text', 'body', 'content', 'article', 'full_text', 'maintext'];
const HTML_KEYS = ['html', 'raw_html', 'content_html'];
const TITLE_KEYS = ['title', 'headline'];
const PUBLISHER_KEYS = ['publisher', 'site', 'site_name', 'source_name', 'source', 'domain'];
const DATE_KEYS = ['published', 'date', 'published_at', 'publish_date', 'date_publish', 'pubDate', 'datePublished', 'seendate'];

function pick(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
      return (value as { name: string }).name;
    }
  }
  return null;
}

export function readJsonArticle(raw: string, source: string): JsonArticle {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InputError(source, `invalid JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(source, 'JSON must be an object with a text field');
  }
  const record = parsed as Record<string, unknown>;
  const text = pick(record, TEXT_KEYS);
  const html = pick(record, HTML_KEYS);
  if (!text && !html) throw new InputError(source, `JSON has no text field (looked for ${TEXT_KEYS.join(', ')}, ${HTML_KEYS.join(', ')})`);
  return {
    text: text ?? '',
    html,
    title: pick(record, TITLE_KEYS),
    publisher: pick(record, PUBLISHER_KEYS),
    published: pick(record, DATE_KEYS),
    url: pick(record, ['url', 'link', 'source_url']),
  };
}
