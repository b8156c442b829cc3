// One input (bytes with a name) → RawDocument, whatever its container: text, HTML or saved JSON.
import { extname } from 'node:path';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readJsonArticle } from './json.js';
import type { RawDocument } from './raw-document.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Larger inputs are refused: no diplomatic readout is this long, and it would stall a batch. */
  readonly maxBytes?: number;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function readDocument(source: string, bytes: Uint8Array, options: ReadOptions = {}): RawDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(source, `file too large (${mb(bytes.length)}; the limit is ${mb(maxBytes)}, see --max-size)`);
  const { text, encoding } = decode(bytes, source);
  if (!text.trim()) throw new InputError(source, 'no text (only whitespace)');
  const ext = extname(source).toLowerCase();
  if (ext === '.json' || (ext !== '.html' && ext !== '.htm' && /^\s*\{/.test(text) && /\}\s*$/.test(text))) {
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
  if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) {
    const page = readHtml(text, source);
    return { source, text: page.text, format: 'html', encoding, title: page.title, publisher: page.siteName, published: page.published };
  }
  return { source, text, format: 'text', encoding, title: null, publisher: null, published: null };
}

export { InputError };
