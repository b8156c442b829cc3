// One input (bytes with a name) → RawDocument, whatever its container: text, HTML or saved JSON.
import { extname } from 'node:path';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readJsonArticle } from './json.js';
import { DEFAULT_MAX_BYTES, MEGABYTE } from './limits.js';
import type { RawDocument } from './raw-document.js';

/**
 * What the container of the bytes says about them, so nothing has to be guessed or wrapped around
 * them to carry it: an NDJSON line is JSON, a feed item's content is HTML with the item's title and
 * date. Fields given here win over those found in the bytes.
 */
export interface ReadHints {
  readonly format?: RawDocument['format'];
  readonly title?: string | null;
  readonly publisher?: string | null;
  readonly published?: string | null;
  /** The bytes are a readout-facts/v1 document, stored as it is (ingest/import-facts.ts), never extracted. */
  readonly facts?: boolean;
}

export interface ReadOptions {
  /** Larger inputs are refused: no diplomatic readout is this long, and it would stall a batch. */
  readonly maxBytes?: number;
  readonly hints?: ReadHints;
}

const mb = (n: number): string => `${(n / MEGABYTE).toFixed(1)} MB`;

/** The problem with an input of `size` bytes (null: a stream, cut off past the limit) when the limit is `maxBytes`, or null. */
export const tooLarge = (size: number | null, maxBytes: number): string | null =>
  size === null
    ? `file too large (more than the limit of ${mb(maxBytes)}, see --max-size)`
    : size > maxBytes
      ? `file too large (${mb(size)}; the limit is ${mb(maxBytes)}, see --max-size)`
      : null;

/** The container, from the name, else from the text's first and last characters. */
function formatOf(source: string, text: string): RawDocument['format'] {
  const ext = extname(source).toLowerCase();
  if (ext === '.json' || (ext !== '.html' && ext !== '.htm' && /^\s*\{/.test(text) && /\}\s*$/.test(text))) return 'json';
  if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) return 'html';
  return 'text';
}

export function readDocument(source: string, bytes: Uint8Array, options: ReadOptions = {}): RawDocument {
  const problem = tooLarge(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (problem) throw new InputError(source, problem);
  const { text, encoding } = decode(bytes, source);
  if (!text.trim()) throw new InputError(source, 'no text (only whitespace)');
  const hints = options.hints ?? {};
  const raw = readContainer(source, text, encoding, hints.format ?? formatOf(source, text));
  // Zero-width spaces, joiners and marks alone are no text: there is nothing to read.
  if (!/[\p{L}\p{N}]/u.test(raw.text)) throw new InputError(source, 'no text (only spaces, invisible characters or punctuation)');
  return {
    ...raw,
    title: hints.title ?? raw.title,
    publisher: hints.publisher ?? raw.publisher,
    published: hints.published ?? raw.published,
  };
}

function readContainer(source: string, text: string, encoding: string, format: RawDocument['format']): RawDocument {
  if (format === 'json') {
    const article = readJsonArticle(text, source);
    const page = article.html ? readHtml(article.html, source) : null;
    return {
      source,
      text: article.text || page?.text || '',
      format: 'json',
      encoding,
      title: article.title ?? page?.title ?? null,
      publisher: article.publisher ?? page?.siteName ?? null,
      published: article.published ?? page?.published ?? null,
    };
  }
  if (format === 'html') {
    const page = readHtml(text, source);
    return { source, text: page.text, format: 'html', encoding, title: page.title, publisher: page.siteName, published: page.published };
  }
  return { source, text, format: 'text', encoding, title: null, publisher: null, published: null };
}
