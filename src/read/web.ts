// http(s) inputs: a page is one document named by its URL; an RSS or Atom feed yields its items, each
// from the article the feed carries (content:encoded, else a description that long), else fetched
// from the item's link, a few at a time, in the feed's order.
// undici is the HTTP client; @rowanmanning/feed-parser parses feeds. A fetch is bounded every way a
// server could hold it: connection, headers and each stretch of silence time out (timeoutMs), the
// whole request has a deadline (deadlineMs: a server sending one byte a second is cut off there),
// the body is cut at the size limit, redirects are capped, and only public addresses are reached
// unless private ones are allowed (address-guard.ts). What is not text (a PDF, an image) is refused
// from its content type before its body is read.
import { parseFeed } from '@rowanmanning/feed-parser';
import { pMapIterable } from 'p-map';
import { Agent, interceptors, request } from 'undici';
import { guardedConnector, PrivateAddressError } from './address-guard.js';
import type { Input } from './input.js';

export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

export interface WebOptions {
  readonly maxBytes: number;
  /** How long to wait for a connection, the response headers, or the next bytes of the body. */
  readonly timeoutMs?: number;
  /** How long one request may take in all, redirects and body included. */
  readonly deadlineMs?: number;
  /** Fetch from loopback, private and link-local addresses too (--allow-private). */
  readonly allowPrivate?: boolean;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_DEADLINE_MS = 60_000;
const MAX_REDIRECTS = 5;
/** Feed items fetched at once: enough to overlap the servers' latency, few enough to be polite to one site. */
export const FEED_CONCURRENCY = 4;
/** A feed item whose content has this many characters of text is the article: taken from the feed, not fetched. */
const FULL_CONTENT_CHARS = 1_000;

interface Fetched {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const USER_AGENT = 'readout/0.1 (+https://github.com/readout)';

/**
 * Content types read as documents: text, HTML, XML (feeds) and JSON; no type at all is read too (the
 * readers then refuse binary content themselves). Anything else (application/pdf, image/*,
 * application/octet-stream…) is not a text Readout can read.
 */
const TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?(?:xml|json|html)|application\/xhtml\+xml)$/i;

function isTextType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim();
  return type === '' || TEXT_TYPE.test(type);
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(3)} s`;

export class WebClient {
  readonly #dispatcher;
  readonly #options: WebOptions;

  constructor(options: WebOptions) {
    this.#options = options;
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#dispatcher = new Agent({
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connect: guardedConnector({ timeoutMs: timeout, allowPrivate: options.allowPrivate ?? false }),
    }).compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));
  }

  async fetch(url: string): Promise<Fetched> {
    const deadline = this.#options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const signal = AbortSignal.timeout(deadline);
    try {
      return await this.#fetch(url, signal);
    } catch (error) {
      if (signal.aborted) throw new Error(`no complete answer within ${seconds(deadline)} (the deadline of one request)`, { cause: error });
      // undici wraps the connector's refusal: the refusal is the message.
      const cause = (error as Error).cause;
      if (cause instanceof PrivateAddressError) throw cause;
      throw error;
    }
  }

  async #fetch(url: string, signal: AbortSignal): Promise<Fetched> {
    const response = await request(url, { method: 'GET', headers: { 'user-agent': USER_AGENT, accept: '*/*' }, dispatcher: this.#dispatcher, signal });
    // A redirect reaching here was not followed: one too many, or one that says not where to.
    if (response.statusCode >= 300) {
      await response.body.dump();
      if (response.statusCode >= 400) throw new Error(`HTTP ${response.statusCode}`);
      throw new Error(
        response.headers.location
          ? `more than ${MAX_REDIRECTS} redirects (HTTP ${response.statusCode} to ${String(response.headers.location)})`
          : `a redirect without a location (HTTP ${response.statusCode})`,
      );
    }
    const header = response.headers['content-type'];
    const contentType = (Array.isArray(header) ? header[0] : header) ?? '';
    if (!isTextType(contentType)) {
      // Closed unread (dump past its limit of one byte destroys the body; that rejection is expected).
      await response.body.dump({ limit: 1 }).catch(() => {});
      throw new Error(`not text but ${contentType.split(';')[0]!.trim()}`);
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
    return { url, contentType, bytes: Buffer.concat(chunks) };
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }
}

const looksLikeFeed = (f: Fetched): boolean =>
  /(rss|atom)\+xml|\/xml|text\/xml/i.test(f.contentType) ||
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(Buffer.from(f.bytes.subarray(0, 2048)).toString('utf8'));

/** The characters of text in a piece of HTML, tags left out (one pass, no backtracking: `[^>]*` stops at the first `>`). */
const textLength = (html: string): number => html.replace(/<[^>]*>/g, '').trim().length;

/** The article a feed item carries, if it carries one whole: content:encoded (or Atom content), else its description. */
function carriedArticle(item: { content: string | null; description: string | null }): string | null {
  return [item.content, item.description].find((c): c is string => Boolean(c) && textLength(c!) >= FULL_CONTENT_CHARS) ?? null;
}

const encoder = new TextEncoder();

/** Inputs for one http(s) URL, lazily: failures (HTTP errors, bad feeds) are reported like unreadable files. */
export async function* webInputs(url: string, client: WebClient, published: string | null): AsyncGenerator<Input> {
  let page: Fetched;
  try {
    page = await client.fetch(url);
  } catch (error) {
    yield { kind: 'failure', source: url, path: url, problem: `cannot fetch: ${(error as Error).message}` };
    return;
  }
  if (!looksLikeFeed(page)) {
    yield { kind: 'document', source: url, path: url, bytes: page.bytes, published, hints: {} };
    return;
  }
  let items;
  try {
    items = parseFeed(Buffer.from(page.bytes).toString('utf8')).items;
  } catch (error) {
    yield { kind: 'failure', source: url, path: url, problem: `not a readable feed: ${(error as Error).message}` };
    return;
  }
  const itemInput = async (item: (typeof items)[number]): Promise<Input> => {
    const source = item.url ?? item.id ?? `${url}#${item.title ?? ''}`;
    const itemDate = item.published ? item.published.toISOString().slice(0, 10) : published;
    const article = carriedArticle(item);
    // The feed carries the article: its HTML, with the item's title and date beside it.
    if (article)
      return {
        kind: 'document',
        source,
        path: source,
        bytes: encoder.encode(article),
        published: itemDate,
        hints: { format: 'html', title: item.title ?? null, published: itemDate },
      };
    if (!item.url) return { kind: 'failure', source, path: source, problem: 'feed item without a link or full content' };
    try {
      const fetched = await client.fetch(item.url);
      return { kind: 'document', source: item.url, path: item.url, bytes: fetched.bytes, published: itemDate, hints: {} };
    } catch (error) {
      return { kind: 'failure', source: item.url, path: item.url, problem: `cannot fetch: ${(error as Error).message}` };
    }
  };
  yield* pMapIterable(items, itemInput, { concurrency: FEED_CONCURRENCY });
}
