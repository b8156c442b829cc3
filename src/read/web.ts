// http(s) inputs: a page is one document named by its URL; an RSS or Atom feed yields its items, each
// from the content the feed carries when it is a full article (HTML, with the item's title and date
// as read hints), else fetched from the item's link.
// undici is the HTTP client (timeouts, redirects, a byte limit); @rowanmanning/feed-parser parses feeds.
import { parseFeed } from '@rowanmanning/feed-parser';
import { Agent, interceptors, request } from 'undici';
import type { Input } from './input.js';

export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

export interface WebOptions {
  readonly maxBytes: number;
  /** How long to wait for a connection, the response headers, or the next bytes of the body. */
  readonly timeoutMs?: number;
}

/** Feed items with at least this many characters of content are taken from the feed, not fetched. */
const FULL_CONTENT_CHARS = 1_000;

interface Fetched {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const USER_AGENT = 'readout/0.1 (+https://github.com/readout)';
const MAX_REDIRECTS = 5;

export class WebClient {
  readonly #dispatcher;
  readonly #options: WebOptions;

  constructor(options: WebOptions) {
    this.#options = options;
    const timeout = options.timeoutMs ?? 20_000;
    this.#dispatcher = new Agent({ headersTimeout: timeout, bodyTimeout: timeout, connectTimeout: timeout }).compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));
  }

  async fetch(url: string): Promise<Fetched> {
    const response = await request(url, { method: 'GET', headers: { 'user-agent': USER_AGENT, accept: '*/*' }, dispatcher: this.#dispatcher });
    // A redirect reaching here was not followed: there were more than MAX_REDIRECTS, or no location.
    if (response.statusCode >= 300) {
      await response.body.dump();
      throw new Error(response.statusCode < 400 ? `redirected more than ${MAX_REDIRECTS} times, or nowhere (HTTP ${response.statusCode})` : `HTTP ${response.statusCode}`);
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

/** Inputs for one http(s) URL, lazily: failures (HTTP errors, bad feeds) are reported like unreadable files. */
export async function* webInputs(url: string, client: WebClient, published: string | null): AsyncGenerator<Input> {
  let page: Fetched;
  try {
    page = await client.fetch(url);
  } catch (error) {
    return yield { kind: 'failure', source: url, path: url, problem: `cannot fetch: ${(error as Error).message}` };
  }
  if (!looksLikeFeed(page)) return yield { kind: 'document', source: url, path: url, bytes: page.bytes, published, hints: {} };
  let items;
  try {
    items = parseFeed(Buffer.from(page.bytes).toString('utf8')).items;
  } catch (error) {
    return yield { kind: 'failure', source: url, path: url, problem: `not a readable feed: ${(error as Error).message}` };
  }
  for (const item of items) {
    const source = item.url ?? item.id ?? `${url}#${item.title ?? ''}`;
    const itemDate = item.published ? item.published.toISOString().slice(0, 10) : published;
    if (item.content && item.content.length >= FULL_CONTENT_CHARS) {
      // The feed carries the article: its HTML, with the item's title and date beside it.
      yield { kind: 'document', source, path: source, bytes: encoder.encode(item.content), published: itemDate, hints: { format: 'html', title: item.title ?? null, published: itemDate } };
      continue;
    }
    if (!item.url) {
      yield { kind: 'failure', source, path: source, problem: 'feed item without a link or full content' };
      continue;
    }
    try {
      const article = await client.fetch(item.url);
      yield { kind: 'document', source: item.url, path: item.url, bytes: article.bytes, published: itemDate, hints: {} };
    } catch (error) {
      yield { kind: 'failure', source: item.url, path: item.url, problem: `cannot fetch: ${(error as Error).message}` };
    }
  }
}
