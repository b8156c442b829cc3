// Every page and every GET under /api/ is answered from bytes made once per data version and URL:
// the body, a gzip and a brotli copy of it (node:zlib, on libuv's threads), and an ETag. A request
// then costs the version check, a lookup and a write: the encoding its Accept-Encoding prefers
// (brotli before gzip on a tie, as browsers offer both), `Vary: Accept-Encoding`, and the ETag, which
// Hono's etag middleware (app.tsx) answers with 304 when the client already holds it. Cache-Control
// says `no-cache`: a browser keeps the body but asks again, since an ingest may change it.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { Store } from '../store/store.js';
import { VersionedCache } from './cache.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Smaller bodies are sent as they are: compressing them saves less than its headers cost. */
const COMPRESS_FROM = 1024;

export interface Body {
  readonly identity: Uint8Array;
  readonly gzip: Uint8Array | null;
  readonly br: Uint8Array | null;
  /** Weak: the same for every encoding of the same bytes. */
  readonly etag: string;
  /** Content-Type, and any header the body decides (a list's Link to its next page). */
  readonly headers: Readonly<Record<string, string>>;
  /** Bytes held, every copy counted: what the cache of bodies measures. */
  readonly size: number;
}

type Encoding = 'br' | 'gzip' | 'identity';

async function makeBody(content: string | Uint8Array, headers: Readonly<Record<string, string>>): Promise<Body> {
  const identity = typeof content === 'string' ? Buffer.from(content) : content;
  const etag = `W/"${createHash('sha1').update(identity).digest('base64url')}"`;
  if (identity.byteLength < COMPRESS_FROM) return { identity, gzip: null, br: null, etag, headers, size: identity.byteLength };
  const [gz, br] = await Promise.all([
    gzipAsync(identity, { level: 6 }),
    // Quality 5 of 11: most of brotli's gain over gzip at a few times gzip's cost, not a hundred.
    brotliAsync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
      },
    }),
  ]);
  return { identity, gzip: gz, br, etag, headers, size: identity.byteLength + gz.byteLength + br.byteLength };
}

/** The encoding the client prefers among those it accepts; brotli first when it ranks them equal. */
function chooseEncoding(c: Context): Encoding {
  return accepts(c, {
    header: 'Accept-Encoding',
    supports: ['br', 'gzip'],
    default: 'identity',
    match: (offered, { supports, default: fallback }) => {
      const any = offered.find((o) => o.type === '*')?.q ?? 0;
      const q = (encoding: string): number => offered.find((o) => o.type.toLowerCase() === encoding)?.q ?? any;
      let best = fallback;
      let bestQ = 0;
      for (const encoding of supports) {
        if (q(encoding) > bestQ) [best, bestQ] = [encoding, q(encoding)];
      }
      return best;
    },
  }) as Encoding;
}

/** The body in the client's encoding, with its validators; `vary` names request headers besides Accept-Encoding that chose it. */
function sendBody(c: Context, body: Body, vary: readonly string[] = []): Response {
  const encoding = chooseEncoding(c);
  const bytes = encoding === 'br' ? body.br : encoding === 'gzip' ? body.gzip : null;
  const headers: Record<string, string> = {
    ...body.headers,
    etag: body.etag,
    'cache-control': 'no-cache',
    vary: [...vary, 'Accept-Encoding'].join(', '),
  };
  if (bytes) headers['content-encoding'] = encoding;
  // (zlib's Buffers are typed over ArrayBufferLike; none of them is shared memory.)
  return c.body((bytes ?? body.identity) as Uint8Array<ArrayBuffer>, 200, headers);
}

/** Bodies by key (a format and a URL), each made once per data version; at most `maxBytes` held. */
export class BodyCache {
  readonly #bodies: VersionedCache<Body>;

  constructor(store: Store, maxBytes = DEFAULT_BODY_BYTES) {
    this.#bodies = new VersionedCache<Body>(store, { maxBytes }, (b) => b.size);
  }

  /** The body under `key`, made by `make` when missing; sent as `sendBody` sends it. */
  async send(
    c: Context,
    key: string,
    make: () => Promise<{ content: string | Uint8Array; headers: Record<string, string> }>,
    vary: readonly string[] = [],
  ): Promise<Response> {
    const body = await this.#bodies.get(key, async () => {
      const { content, headers } = await make();
      return makeBody(content, headers);
    });
    return sendBody(c, body, vary);
  }
}

/** 64 MB: every dossier of a large corpus in three encodings, and the lists being paged through. */
export const DEFAULT_BODY_BYTES = 64 * 1024 * 1024;
