// The HTML pages. Each loads through the same loader (and cache) as its JSON twin under /api/, and
// validates its parameters with the API's schemas, so a page and its twin agree and fail alike.
// Every page is rendered once per data version and URL and kept as bytes (bodies.ts): a busy pair's
// dossier is hundreds of elements, and rendering them takes longer than loading the data.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import type { Child } from 'hono/jsx';
import type { Store } from '../../store/store.js';
import {
  AgreementsQuery,
  ConflictsQuery,
  CountryPath,
  DocumentPath,
  DocumentsQuery,
  EventsQuery,
  FactPath,
  PairPath,
  PeopleQuery,
  SearchQuery,
  TradeQuery,
} from '../api/params.js';
import type { BodyCache } from '../bodies.js';
import type { VersionedCache } from '../cache.js';
import { loadConflicts, loadCountry, loadDocument, loadOverview, loadPerson, loadSearch, parsePair } from '../data/dossiers.js';
import { loadList, type ListName, type ListQuery } from '../data/lists.js';
import { loadPair, pairOr404 } from '../data/pair-dossier.js';
import { fail } from '../errors.js';
import { ConflictsPage } from './conflicts.js';
import { CountryPage } from './country.js';
import { DocumentPage } from './document.js';
import { ListPage } from './lists.js';
import { OverviewPage } from './overview.js';
import { PairPage } from './pair.js';
import { PersonPage } from './person.js';
import { SearchPage } from './search.js';

/** Parses with an API schema; the first problem becomes a 400 naming its parameter. */
function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw fail(400, describeIssue(result.error.issues[0]));
}

export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'bad request';
  if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: unknown parameter${issue.keys.length > 1 ? 's' : ''}`;
  return `${issue.path.join('.') || 'request'}: ${issue.message}`;
}

export interface PageDeps {
  readonly store: Store;
  /** Loaders' results, shared with the API. */
  readonly cache: VersionedCache;
  readonly bodies: BodyCache;
}

/** A list page takes its twin's query, less `format` (a page is HTML). */
const LIST_PAGES: ReadonlyArray<{ list: ListName; query: z.ZodObject }> = [
  { list: 'events', query: EventsQuery.omit({ format: true }) },
  { list: 'agreements', query: AgreementsQuery.omit({ format: true }) },
  { list: 'trade', query: TradeQuery.omit({ format: true }) },
  { list: 'people', query: PeopleQuery.omit({ format: true }) },
  { list: 'documents', query: DocumentsQuery.omit({ format: true }) },
];

export function registerPages(app: OpenAPIHono, { store, cache, bodies }: PageDeps): void {
  /** The page at this URL, rendered by `render` when it is not kept. */
  const page = (c: Context, render: () => Promise<Child>): Promise<Response> => {
    const url = new URL(c.req.url);
    return bodies.send(c, `html ${url.pathname}${url.search}`, async () => ({
      content: `<!doctype html>${await ((await render()) as { toString(): string | Promise<string> }).toString()}`,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    }));
  };

  app.get('/', (c) => page(c, async () => <OverviewPage o={await cache.get('overview', () => loadOverview(store))} />));

  app.get('/pairs/:pair', async (c) => {
    const pair = parsePair(parse(PairPath, c.req.param()).pair);
    const canonical = pair.join('-');
    if (c.req.param('pair') !== canonical) return c.redirect(`/pairs/${canonical}`, 301);
    return page(c, async () => {
      return <PairPage d={pairOr404(await cache.get(`pair ${canonical}`, () => loadPair(store, pair)), pair)} />;
    });
  });

  for (const { list, query } of LIST_PAGES) {
    app.get(`/${list}`, async (c) => {
      const q = parse(query, c.req.query()) as ListQuery;
      return page(c, async () => {
        const person = q.person ? (await cache.get(`person ${q.person}`, () => loadPerson(store, q.person!))).person.name : null;
        return <ListPage list={list} q={q} page={await loadList(store, list, q)} person={person} />;
      });
    });
  }

  app.get('/countries/:code', async (c) => {
    const code = parse(CountryPath, c.req.param()).code.toUpperCase();
    return page(c, async () => <CountryPage d={await cache.get(`country ${code}`, () => loadCountry(store, code))} />);
  });

  app.get('/people/:id', async (c) => {
    const { id } = parse(FactPath, c.req.param());
    if (!id.startsWith('pe_')) throw fail(400, 'id: expected a person id (pe_…)');
    return page(c, async () => <PersonPage d={await cache.get(`person ${id}`, () => loadPerson(store, id))} />);
  });

  app.get('/documents/:id', async (c) => {
    const { id } = parse(DocumentPath, c.req.param());
    return page(c, async () => <DocumentPage d={await cache.get(`document ${id}`, () => loadDocument(store, id))} />);
  });

  app.get('/search', async (c) => {
    const raw = c.req.query();
    if (!raw.q) return page(c, async () => <SearchPage choice={{ q: '' }} result={null} />);
    const q = parse(SearchQuery, raw);
    const offset = q.cursor && /^\d{1,6}$/.test(q.cursor) ? Number(q.cursor) : 0;
    const query = { q: q.q, type: q.type, country: q.country?.toUpperCase(), year: q.year, limit: q.limit ?? 20, offset };
    return page(c, async () => <SearchPage choice={query} result={await cache.get(`search ${JSON.stringify(query)}`, () => loadSearch(store, query))} />);
  });

  app.get('/conflicts', async (c) => {
    const q = parse(ConflictsQuery, c.req.query());
    const query = {
      country: q.country?.toUpperCase(),
      pair: q.pair ? parsePair(q.pair) : undefined,
      limit: q.limit ?? 50,
      offset: q.cursor && /^\d{1,6}$/.test(q.cursor) ? Number(q.cursor) : 0,
    };
    return page(c, async () => {
      const d = await cache.get(`conflicts ${JSON.stringify(query)}`, () => loadConflicts(store, query));
      const params = new URLSearchParams();
      if (query.country) params.set('country', query.country);
      if (query.pair) params.set('pair', query.pair.join('-'));
      const filter = params.size ? `?${params}` : '';
      if (d.next) params.set('cursor', d.next);
      return <ConflictsPage d={d} filter={filter} nextHref={d.next ? `/conflicts?${params}` : null} />;
    });
  });
}
