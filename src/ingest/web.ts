// http(s) inputs: a page is one document named by its URL; an RSS or Atom feed yields its items, each
// from the content the feed carries when it is a full article, else fetched from the item's link.
// undici is the HTTP client (timeouts, redirects, a byte limit); @rowanmanning/feed-parser parses feeds.
import { parseFeed } from '@rowanmanning/feed-parser';
import { Agent, interceptors, request } from 'undici';
import type { IngestInput } from './inputs.js';

export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

export interface WebOptions {
  readonly maxBytes: number;
  readonly timeoutMs?: number;
  /** A publication date for pages that do not state one. */
  readonly published?: string | null;
  /** Feed items with at least this many characters of content are taken from the feed, not fetched. */
  readonly fullContentChars?: number;
}

interface Fetched {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const USER_AGENT = 'readout/0.1 (+https://github.com/readout)';

export class WebClient {
  readonly #dispatcher;
  readonly #options: WebOptions;

  constructor(options: WebOptions) {
    this.#options = options;
    const timeout = options.timeoutMs ?? 20_000;
    this.#dispatcher = new Agent({ headersTimeout: timeout, bodyTimeout: timeout, connectTimeout: timeout }).compose(interceptors.redirect({ maxRedirections: 5 }));
  }

  async fetch(url: string): Promise<Fetched> {
    const response = await request(url, { method: 'GET', headers: { 'user-agent': USER_AGENT, accept: '*/*' }, dispatcher: this.#dispatcher });
    if (response.statusCode >= 400) {
      await response.body.dump();
      throw new Error(`HTTP ${response.statusCode}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > this.#options.maxBytes) {
        response.body.destroy();
        throw new Error(`larger than ${(this.#options.maxBytes / 1024 / 1024).toFixed(1)} MB`);
      }
      chunks.push(chunk as Buffer);
    }
    const type = response.headers['content-type'];
    return { url, contentType: (Array.isArray(type) ? type[0] : type) ?? '', bytes: Buffer.concat(chunks) };
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }
}

const looksLikeFeed = (f: Fetched): boolean =>
  /(rss|atom)\+xml|\/xml|text\/xml/i.test(f.contentType) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(Buffer.from(f.bytes.subarray(0, 2048)).toString('utf8'));

const encoder = new TextEncoder();
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inputs for http(s) URLs, lazily: failures (HTTP errors, bad feeds) are reported like unreadable files. */
export async function* webInputs(urls: readonly string[], client: WebClient, options: WebOptions): AsyncGenerator<IngestInput> {
  const published = options.published ?? null;
  const minContent = options.fullContentChars ?? 1_000;
  for (const url of urls) {
    let page: Fetched;
    try {
      page = await client.fetch(url);
    } catch (error) {
      yield { kind: 'failure', source: url, problem: `cannot fetch: ${(error as Error).message}` };
      continue;
    }
    if (!looksLikeFeed(page)) {
      yield { kind: 'document', source: url, bytes: page.bytes, published };
      continue;
    }
    let items;
    try {
      items = parseFeed(Buffer.from(page.bytes).toString('utf8')).items;
    } catch (error) {
      yield { kind: 'failure', source: url, problem: `not a readable feed: ${(error as Error).message}` };
      continue;
    }
    for (const item of items) {
      const source = item.url ?? item.id ?? `${url}#${item.title ?? ''}`;
      const itemDate = item.published ? item.published.toISOString().slice(0, 10) : published;
      if (item.content && item.content.length >= minContent) {
        // The feed carries the article: an HTML page of its own, with the item's title and date.
        const html = `<html><head><title>${escapeHtml(item.title ?? '')}</title>${itemDate ? `<meta property="article:published_time" content="${itemDate}">` : ''}</head><body><article>${item.content}</article></body></html>`;
        yield { kind: 'document', source, bytes: encoder.encode(html), published: itemDate };
        continue;
      }
      if (!item.url) {
        yield { kind: 'failure', source, problem: 'feed item without a link or full content' };
        continue;
      }
      try {
        const article = await client.fetch(item.url);
        yield { kind: 'document', source: item.url, bytes: article.bytes, published: itemDate };
      } catch (error) {
        yield { kind: 'failure', source: item.url, problem: `cannot fetch: ${(error as Error).message}` };
      }
    }
  }
}
