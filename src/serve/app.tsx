// The web application: the JSON API (/api/…, /openapi.json, /docs) and the dashboard's pages over one
// store. Everything is read-only unless a token is given, when POST /api/documents ingests with it.
// Safety: Hono's JSX escapes all text; a strict Content-Security-Policy allows scripts and styles
// from this server only (no inline script); URL and body sizes are bounded; errors never carry a
// stack to the client (errors.ts). Speed: every page and GET under /api/ is made once per data
// version and kept as bytes with gzip and brotli copies and an ETag (bodies.ts); the bundled scripts
// and stylesheet are compressed at build time (build-assets.ts).
import { createRequire } from 'node:module';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { html } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/store.js';
import { registerApi } from './api/routes.js';
import { WEB_DIR } from './web-dir.js';
import { BodyCache, DEFAULT_BODY_BYTES } from './bodies.js';
import { VersionedCache } from './cache.js';
import { CONTENT_TYPES } from './formats.js';
import { errorHandler, errorResponse, fail, notFound, type HtmlError } from './errors.js';
import { DocsPage } from './pages/docs.js';
import { ErrorPage } from './pages/error.js';
import { describeIssue, registerPages } from './pages/routes.js';

export interface AppOptions {
  readonly store: Store;
  /** Accept POST /api/documents with this bearer token; without it the server is read-only. */
  readonly token?: string;
  /** The largest request body accepted, in bytes (documents posted for ingest). */
  readonly maxBodyBytes?: number;
  /** The longest request target (path and query) accepted, in bytes. */
  readonly maxUrlBytes?: number;
  /** Where unexpected errors are logged (never sent to the client). */
  readonly log?: (line: string) => void;
  /** The most bytes of finished responses kept (each in three encodings), least recently used first out. */
  readonly maxCachedBytes?: number;
}

const DEFAULT_MAX_BODY = 5 * 1024 * 1024;
const DEFAULT_MAX_URL = 4096;

const swaggerUiDir = (createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath: () => string }).getAbsoluteFSPath();

const htmlError: HtmlError = (c, status, message) => c.html(html`<!doctype html>${(<ErrorPage status={status} message={message} />)}`, status);

/** No inline script or style anywhere; Swagger UI alone sets style attributes from its script. */
const csp = (styleInline: boolean): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: styleInline ? ["'self'", "'unsafe-inline'"] : ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
  });

export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxUrl = options.maxUrlBytes ?? DEFAULT_MAX_URL;
  const cache = new VersionedCache(store);
  const bodies = new BodyCache(store, options.maxCachedBytes ?? DEFAULT_BODY_BYTES);
  const app = new OpenAPIHono({
    // A parameter the route's schema refuses: 400, naming the parameter.
    defaultHook: (result) => {
      if (!result.success) throw fail(400, describeIssue(result.error.issues[0]));
    },
  });
  app.onError(errorHandler(log, htmlError));
  app.notFound(notFound(htmlError));

  app.use('*', async (c, next) => {
    const target = c.req.url.length - new URL(c.req.url).origin.length;
    if (target > maxUrl) throw fail(414, `the request target is longer than ${maxUrl} bytes`);
    await next();
  });
  // Each policy's middleware is made once: secureHeaders() builds its header values when it is made.
  const [strict, docsPolicy] = [csp(false), csp(true)];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Hono types a middleware's input as any
  app.use('*', async (c, next) => (c.req.path === '/docs' || c.req.path.startsWith('/docs/') ? docsPolicy(c, next) : strict(c, next)));
  // 304 Not Modified for a body the client holds: the body cache sets the ETag of everything it
  // sends, so the middleware only compares it. Files under /assets carry Last-Modified instead.
  const conditional = etag();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Hono types a middleware's input as any
  app.use('*', async (c, next) => (c.req.path.startsWith('/assets/') || c.req.path.startsWith('/docs/assets/') ? next() : conditional(c, next)));

  const auth = options.token
    ? bearerAuth({
        token: options.token,
        noAuthenticationHeader: { message: () => errorResponse(401, 'a bearer token is required to add documents') },
        invalidAuthenticationHeader: { message: () => errorResponse(401, 'expected an Authorization: Bearer header') },
        invalidToken: { message: () => errorResponse(403, 'the bearer token is not valid for this server') },
      })
    : null;
  const limit = bodyLimit({
    maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    onError: () => {
      throw fail(413, `the document is larger than ${options.maxBodyBytes ?? DEFAULT_MAX_BODY} bytes`);
    },
  });
  // The token is checked before the body is read: an unauthenticated client cannot make us read it.
  app.on('POST', '/api/documents', auth ?? readOnly, limit);

  registerApi(app, { store, cache, bodies, auth: null });
  // The OpenAPI document is generated once and kept like any other body (Hono's doc31() generates it
  // per request, and answers a failure with the error itself).
  app.get('/openapi.json', (c) =>
    bodies.send(c, 'json /openapi.json', async () => ({
      content: JSON.stringify(app.getOpenAPI31Document(OPENAPI)),
      headers: { 'content-type': CONTENT_TYPES.json },
    })),
  );

  app.get('/docs', (c) => c.html(html`<!doctype html>${(<DocsPage />)}`));
  app.use('/docs/assets/*', serveStatic({ root: swaggerUiDir, rewriteRequestPath: (p) => p.replace(/^\/docs\/assets/, '') }));
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) {
      c.header('Cache-Control', 'public, max-age=3600');
      c.header('Vary', 'Accept-Encoding'); // a .br or .gz copy is sent to clients that accept it
    }
  });
  app.use('/assets/*', serveStatic({ root: WEB_DIR, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/assets/, '') }));

  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  registerPages(app, { store, cache, bodies });
  return app;
}

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Readout API',
    version: '1',
    description: 'Events, agreements, trade figures and people extracted from diplomatic readouts, each with the sentences it was read from.',
  },
};

const readOnly: MiddlewareHandler = async () => {
  throw fail(403, 'this server is read-only: start it with --token to accept documents');
};
