// The HTML pages. Each loads through the same loader (and cache) as its JSON twin under /api/, and
// validates its parameters with the API's schemas, so a page and its twin agree and fail alike.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import type { Child } from 'hono/jsx';
import type { Store } from '../../store/store.js';
import { ConflictsQuery, CountryPath, DocumentPath, FactPath, PairPath, SearchQuery } from '../api/params.js';
import type { VersionedCache } from '../cache.js';
import { loadConflicts, loadCountry, loadDocument, loadOverview, loadPair, loadPerson, loadSearch, parsePair } from '../data/dossiers.js';
import { fail } from '../errors.js';
import { countryName } from '../countries.js';
import { ConflictsPage } from './conflicts.js';
import { CountryPage } from './country.js';
import { DocumentPage } from './document.js';
import { OverviewPage } from './overview.js';
import { PairPage } from './pair.js';
import { PersonPage } from './person.js';
import { SearchPage } from './search.js';

/** Parses with an API schema; the first problem becomes a 400 naming its parameter. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw fail(400, describeIssue(result.error.issues[0]));
}

export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'bad request';
  if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: unknown parameter${issue.keys.length > 1 ? 's' : ''}`;
  return `${issue.path.join('.') || 'request'}: ${issue.message}`;
}

export function registerPages(app: OpenAPIHono, store: Store, cache: VersionedCache): void {
  /**
   * Pages are rendered once per data version and URL: a busy pair's dossier is thousands of
   * elements, and rendering them took longer than loading the data.
   */
  const page = async (c: Context, node: Child): Promise<Response> => {
    const url = new URL(c.req.url);
    const html = await cache.get(`html ${url.pathname}${url.search}`, async () =>
      new TextEncoder().encode(`<!doctype html>${await (node as { toString(): string | Promise<string> }).toString()}`));
    return c.body(html, 200, { 'content-type': 'text/html; charset=utf-8' });
  };

  app.get('/', async (c) => page(c, <OverviewPage o={await cache.get('overview', () => loadOverview(store))} />));

  app.get('/pairs/:pair', async (c) => {
    const pair = parsePair(parse(PairPath, c.req.param()).pair);
    const canonical = pair.join('-');
    if (c.req.param('pair') !== canonical) return c.redirect(`/pairs/${canonical}`, 301);
    const d = await cache.get(`pair ${canonical}`, () => loadPair(store, pair));
    if (!d.counts.events && !d.counts.agreements && !d.counts.trade) throw fail(404, `no facts involve both ${countryName(pair[0])} and ${countryName(pair[1])}`);
    return page(c, <PairPage d={d} />);
  });

  app.get('/countries/:code', async (c) => {
    const code = parse(CountryPath, c.req.param()).code.toUpperCase();
    return page(c, <CountryPage d={await cache.get(`country ${code}`, () => loadCountry(store, code))} />);
  });

  app.get('/people/:id', async (c) => {
    const { id } = parse(FactPath, c.req.param());
    if (!id.startsWith('pe_')) throw fail(400, 'id: expected a person id (pe_…)');
    return page(c, <PersonPage d={await cache.get(`person ${id}`, () => loadPerson(store, id))} />);
  });

  app.get('/documents/:id', async (c) => {
    const { id } = parse(DocumentPath, c.req.param());
    return page(c, <DocumentPage d={await cache.get(`document ${id}`, () => loadDocument(store, id))} />);
  });

  app.get('/search', async (c) => {
    const raw = c.req.query();
    if (!raw.q) return page(c, <SearchPage choice={{ q: '' }} result={null} />);
    const q = parse(SearchQuery, raw);
    const offset = q.cursor && /^\d{1,6}$/.test(q.cursor) ? Number(q.cursor) : 0;
    const query = { q: q.q, type: q.type, country: q.country?.toUpperCase(), year: q.year, limit: q.limit ?? 20, offset };
    const result = await cache.get(`search ${JSON.stringify(query)}`, () => loadSearch(store, query));
    return page(c, <SearchPage choice={query} result={result} />);
  });

  app.get('/conflicts', async (c) => {
    const q = parse(ConflictsQuery, c.req.query());
    const query = { country: q.country?.toUpperCase(), pair: q.pair ? parsePair(q.pair) : undefined, limit: q.limit ?? 50, offset: q.cursor && /^\d{1,6}$/.test(q.cursor) ? Number(q.cursor) : 0 };
    const d = await cache.get(`conflicts ${JSON.stringify(query)}`, () => loadConflicts(store, query));
    const params = new URLSearchParams();
    if (query.country) params.set('country', query.country);
    if (query.pair) params.set('pair', query.pair.join('-'));
    const filter = params.size ? `?${params}` : '';
    if (d.next) params.set('cursor', d.next);
    return page(c, <ConflictsPage d={d} filter={filter} nextHref={d.next ? `/conflicts?${params}` : null} />);
  });
}
