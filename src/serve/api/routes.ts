// The JSON API under /api/, described by zod schemas that both validate requests and generate the
// OpenAPI 3.1 document (/openapi.json). Every list takes the CLI's filters, a limit and a cursor,
// and answers in JSON, CSV or NDJSON; every row carries its sources. Every GET is answered from the
// body cache (bodies.ts): loaded, serialised and compressed once per data version and URL.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Flattened } from '../../export/flatten.js';
import { ingest, type IngestEvent } from '../../ingest/ingest.js';
import type { Store } from '../../store/store.js';
import type { BodyCache } from '../bodies.js';
import type { VersionedCache } from '../cache.js';
import { flattenList, loadList, type ListName, type ListQuery } from '../data/lists.js';
import { loadConflicts, loadCountries, loadCountry, loadDocument, loadPairs, loadPerson, loadSearch, parsePair } from '../data/dossiers.js';
import { loadPair, pairOr404 } from '../data/pair-dossier.js';
import { ErrorBody, fail } from '../errors.js';
import { CONTENT_TYPES, listBody, negotiate } from '../formats.js';
import {
  AgreementsQuery,
  ConflictsQuery,
  CountryPath,
  DEFAULT_LIMIT,
  DocumentPath,
  DocumentsQuery,
  EventsQuery,
  FactPath,
  FormatQuery,
  IngestQuery,
  PairPath,
  PeopleQuery,
  SearchQuery,
  TradeQuery,
  type Format,
} from './params.js';
import * as S from './schemas.js';

export interface ApiDeps {
  readonly store: Store;
  /** Loaders' results, shared with the pages. */
  readonly cache: VersionedCache;
  readonly bodies: BodyCache;
  /** Guards POST /api/documents (app.tsx applies it, with the body limit after it); documented here. */
  readonly auth: MiddlewareHandler | null;
}

const errors = {
  400: { description: 'A bad parameter, named in the message', content: { 'application/json': { schema: ErrorBody } } },
};
const notFound = { 404: { description: 'Not in the database', content: { 'application/json': { schema: ErrorBody } } } };

/** A list route: JSON page, CSV or NDJSON of the same rows. */
const listRoute = <Q extends z.ZodObject>(path: string, query: Q, row: z.ZodType, name: string, summary: string) =>
  createRoute({
    method: 'get',
    path,
    summary,
    tags: ['lists'],
    request: { query },
    responses: {
      200: {
        description: 'A page of rows and the cursor of the next page (also in a Link header)',
        content: {
          'application/json': { schema: S.pageOf(row, name) },
          'text/csv': { schema: z.string().openapi({ description: 'A header line, then one line per row' }) },
          'application/x-ndjson': { schema: z.string().openapi({ description: 'One JSON row per line' }) },
        },
      },
      ...errors,
    },
  });

const jsonRoute = <S extends z.ZodType, R extends { params?: z.ZodObject; query?: z.ZodObject }>(
  path: string,
  summary: string,
  schema: S,
  request: R,
  tags = ['dossiers'],
) =>
  createRoute({
    method: 'get',
    path,
    summary,
    tags,
    request,
    responses: { 200: { description: summary, content: { 'application/json': { schema } } }, ...errors, ...notFound },
  });

const LIST_ROUTES: ReadonlyArray<{ list: ListName; query: z.ZodObject; row: z.ZodType; name: string; summary: string }> = [
  { list: 'documents', query: DocumentsQuery, row: S.DocumentRow, name: 'DocumentList', summary: 'Stored documents, near-duplicates linked' },
  { list: 'events', query: EventsQuery, row: S.EventRow, name: 'EventList', summary: 'Encounters between states, newest first' },
  { list: 'agreements', query: AgreementsQuery, row: S.AgreementRow, name: 'AgreementList', summary: 'Named agreements, declarations, memoranda…' },
  { list: 'trade', query: TradeQuery, row: S.TradeRow, name: 'TradeList', summary: 'Trade, contract and investment claims; conflicting values flagged' },
  { list: 'people', query: PeopleQuery, row: S.PersonRow, name: 'PersonList', summary: 'Canonical people with aliases and roles' },
];

export function registerApi(app: OpenAPIHono, deps: ApiDeps): void {
  const { store, cache, bodies } = deps;
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => cache.get(key, load);
  const target = (c: Context): string => {
    const url = new URL(c.req.url);
    return `${url.pathname}${url.search}`;
  };
  /**
   * A JSON 200 kept as bytes per URL. (Typed `never`: the store's rows are readonly and zod infers
   * mutable arrays; test/serve/api.test.ts checks every response against the served OpenAPI document instead.)
   */
  const json = (c: Context, load: () => Promise<unknown>): Promise<never> =>
    bodies.send(c, `json ${target(c)}`, async () => ({
      content: JSON.stringify(await load()),
      headers: { 'content-type': CONTENT_TYPES.json },
    })) as Promise<never>;
  /** A list in the format asked for (by ?format= or Accept), kept as bytes per format and URL. */
  const list = <P extends { rows: readonly unknown[]; next: string | null }>(
    c: Context,
    format: Format,
    load: () => Promise<P>,
    flat: (page: P) => Flattened,
    whole?: (page: P) => unknown,
  ): Promise<never> =>
    bodies.send(
      c,
      `${format} ${target(c)}`,
      async () => {
        const page = await load();
        return listBody(c, format, page, () => flat(page), whole ? () => whole(page) : undefined);
      },
      ['Accept'],
    ) as Promise<never>;

  for (const r of LIST_ROUTES) {
    app.openapi(listRoute(`/api/${r.list}`, r.query, r.row, r.name, r.summary), async (c) => {
      const q = c.req.valid('query') as ListQuery & { format?: Format };
      return list(
        c,
        negotiate(c, q.format),
        () => loadList(store, r.list, q),
        (page) => flattenList(r.list, page.rows),
      );
    });
  }

  app.openapi(
    jsonRoute(
      '/api/documents/{id}',
      'One document: cleaned text, sentences and the evidence of every fact it states',
      S.DocumentDetail,
      { params: DocumentPath },
      ['lookups'],
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      return json(c, async () => (await cached(`document ${id}`, () => loadDocument(store, id))).document);
    },
  );

  app.openapi(jsonRoute('/api/people/{id}', 'One person: aliases, roles over time, sources', S.PersonRow, { params: FactPath }, ['lookups']), async (c) => {
    const { id } = c.req.valid('param');
    if (!id.startsWith('pe_')) throw fail(400, 'id: expected a person id (pe_…)');
    return json(c, async () => (await cached(`person ${id}`, () => loadPerson(store, id))).person);
  });

  app.openapi(
    jsonRoute(
      '/api/countries',
      'Every country the facts involve, with counts',
      z.object({ rows: z.array(S.CountrySummary), next: z.null() }).openapi('CountryList'),
      { query: FormatQuery },
      ['lists'],
    ),
    async (c) =>
      list(
        c,
        negotiate(c, c.req.valid('query').format),
        async () => ({ rows: await cached('countries', () => loadCountries(store)), next: null }),
        (page) => ({ columns: ['country', 'name', 'events', 'agreements', 'trade', 'people'], rows: page.rows }),
      ),
  );

  app.openapi(
    jsonRoute('/api/countries/{code}', 'A country: its partners ranked by encounters, agreements and trade; its timeline; its people', S.CountryDossier, {
      params: CountryPath,
    }),
    async (c) => {
      const code = c.req.valid('param').code.toUpperCase();
      return json(c, () => cached(`country ${code}`, () => loadCountry(store, code)));
    },
  );

  app.openapi(
    jsonRoute(
      '/api/pairs',
      'Every pair of countries with facts involving both, most encounters first',
      z.object({ rows: z.array(S.PairSummary), next: z.null() }).openapi('PairList'),
      { query: FormatQuery },
      ['lists'],
    ),
    async (c) =>
      list(
        c,
        negotiate(c, c.req.valid('query').format),
        async () => ({ rows: await cached('pairs', () => loadPairs(store)), next: null }),
        (page) => ({
          columns: ['pair', 'names', 'events', 'agreements', 'trade', 'latest'],
          rows: page.rows.map((p) => ({ ...p, names: p.names.join(' – ') })),
        }),
      ),
  );

  app.openapi(
    jsonRoute(
      '/api/pairs/{pair}',
      'The dossier of a pair: timeline, the newest encounters and agreements, trade figures per measure and year, people; links to every row',
      S.PairDossier,
      { params: PairPath },
    ),
    async (c) => {
      const pair = parsePair(c.req.valid('param').pair);
      return json(c, async () => {
        return pairOr404(await cached(`pair ${pair.join('-')}`, () => loadPair(store, pair)), pair);
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Full text over documents and facts, with facets by kind, country and year',
      tags: ['search'],
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Hits (facts first, then documents, each by relevance) and facet counts',
          content: {
            'application/json': { schema: S.SearchResponse },
            'text/csv': { schema: z.string() },
            'application/x-ndjson': { schema: z.string() },
          },
        },
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const query = {
        q: q.q,
        type: q.type,
        country: q.country?.toUpperCase(),
        year: q.year,
        limit: q.limit ?? 20,
        offset: q.cursor ? cursorOffset(q.cursor) : 0,
      };
      return list(
        c,
        negotiate(c, q.format),
        () => cached(`search ${JSON.stringify(query)}`, () => loadSearch(store, query)),
        (result) => ({
          columns: ['kind', 'id', 'title', 'snippet', 'countries', 'year', 'document_id'],
          rows: result.rows.map((h) => ({ ...h, countries: h.countries.join(' ') })),
        }),
        (result) => result,
      );
    },
  );

  app.openapi(
    listRoute('/api/conflicts', ConflictsQuery, S.ConflictGroup, 'ConflictList', 'Trade claims whose sources disagree, grouped side by side'),
    async (c) => {
      const q = c.req.valid('query');
      const query = {
        country: q.country?.toUpperCase(),
        pair: q.pair ? parsePair(q.pair) : undefined,
        limit: q.limit ?? DEFAULT_LIMIT,
        offset: q.cursor ? cursorOffset(q.cursor) : 0,
      };
      return list(
        c,
        negotiate(c, q.format),
        () => cached(`conflicts ${JSON.stringify(query)}`, () => loadConflicts(store, query)),
        (page) =>
          flattenList(
            'trade',
            page.rows.flatMap((g) => g.claims),
          ),
      );
    },
  );

  app.openapi(jsonRoute('/api/stats', 'Counts of documents, facts, conflicts and near-duplicate links', S.Stats, {}, ['lookups']), async (c) =>
    json(c, () => cached('stats', () => store.stats())),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      summary: "Ingest one document (needs the server's bearer token)",
      tags: ['ingest'],
      security: [{ bearer: [] }],
      request: {
        query: IngestQuery,
        body: {
          required: true,
          description: 'The document as text, HTML or JSON (as `readout ingest` reads them)',
          content: {
            'text/plain': { schema: z.string() },
            'text/html': { schema: z.string() },
            'application/json': { schema: { type: 'object', description: 'A saved article with a text or html field' } },
          },
        },
      },
      responses: {
        201: { description: 'Stored (or re-extracted)', content: { 'application/json': { schema: S.IngestResult } } },
        200: { description: 'Already stored', content: { 'application/json': { schema: S.IngestResult } } },
        ...errors,
        401: { description: 'No bearer token', content: { 'application/json': { schema: ErrorBody } } },
        403: { description: 'A wrong token, or a read-only server', content: { 'application/json': { schema: ErrorBody } } },
        413: { description: 'The body is larger than the limit', content: { 'application/json': { schema: ErrorBody } } },
        422: { description: 'The document could not be read or extracted', content: { 'application/json': { schema: ErrorBody } } },
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.byteLength) throw fail(400, 'body: expected a document');
      const events: IngestEvent[] = [];
      await ingest(store, [{ kind: 'document', source: q.source, path: q.source, bytes, published: q.published ?? null, hints: {} }], {
        workers: 1,
        onEvent: (e) => events.push(e),
      });
      const e = events[0];
      if (!e || e.kind === 'failed') throw fail(422, `${q.source}: ${e?.problem ?? 'not ingested'}`);
      const body =
        e.kind === 'skipped'
          ? { ok: true as const, kind: e.kind, source: e.source, id: null, duplicate_of: null, facts: null, reason: e.reason }
          : { ok: true as const, kind: e.kind, source: e.source, id: e.id, duplicate_of: e.duplicateOf, facts: e.facts, reason: null };
      return e.kind === 'skipped' ? c.json(body, 200) : c.json(body, 201);
    },
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token given to `readout serve --token`',
  });
}

/** Search and conflicts page by offset: their order is a ranking, not a key. */
function cursorOffset(cursor: string): number {
  if (!/^\d{1,6}$/.test(cursor)) throw fail(400, 'cursor: expected the `next` value of a previous page');
  return Number(cursor);
}
