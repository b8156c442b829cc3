// One error class (Hono's HTTPException), one handler, one JSON shape: { ok: false, status, error }.
// Pages get the same message as an HTML page. Nothing a client sees carries a stack or an internal
// message: an unexpected error is logged on the server and answered with a plain 500.
import { z } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ErrorBody = z
  .object({
    ok: z.literal(false),
    status: z.number().int(),
    error: z.string().openapi({ description: 'What went wrong; for a bad parameter, its name first' }),
  })
  .openapi('Error');
export type ErrorBodyT = z.infer<typeof ErrorBody>;

const errorBody = (status: number, error: string): ErrorBodyT => ({ ok: false, status, error });

/** A JSON error response, for middleware that answers with a Response of its own (bearer auth). */
export const errorResponse = (status: ContentfulStatusCode, error: string, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(errorBody(status, error)), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/** Throw this for every expected failure: bad parameters (400), unknown ids (404), limits (413, 414). */
export const fail = (status: ContentfulStatusCode, message: string): HTTPException => new HTTPException(status, { message });

/** A client that asked for a page (a browser) gets HTML; the API and everyone else JSON. */
const wantsHtml = (c: Context): boolean => !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');

export type HtmlError = (c: Context, status: ContentfulStatusCode, message: string) => Response | Promise<Response>;

export function errorHandler(log: (line: string) => void, page: HtmlError): ErrorHandler {
  return (err, c) => {
    let status: ContentfulStatusCode = 500;
    let message = 'internal error';
    if (err instanceof HTTPException) {
      status = err.status;
      // Middleware may carry a finished response (bearer auth with its WWW-Authenticate header).
      if (err.res) return err.res;
      message = err.message || 'error';
    } else {
      log(`error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    return wantsHtml(c) ? page(c, status, message) : c.json(errorBody(status, message), status);
  };
}

export const notFound =
  (page: HtmlError): NotFoundHandler =>
  (c) =>
    wantsHtml(c) ? page(c, 404, `nothing at ${c.req.path}`) : c.json(errorBody(404, `nothing at ${c.req.path}`), 404);
