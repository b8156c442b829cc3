// The loaders behind the pages and their JSON twins: each returns plain data, read once (and kept
// by the versioned cache), and both the page and /api/… render it.
import type { EventRow, PersonRow, SearchResult, Store, StoreStats } from '../../store/store.js';
import { stateName } from '../../facts/states.js';
import { fail } from '../errors.js';
import { agreementTitle, eventTitle, factHref, personTitle, tradeTitle } from './labels.js';
import { timeline, type TimelineItem } from './timeline.js';

export interface PairSummaryOut {
  readonly pair: string;
  readonly names: string[];
  readonly events: number;
  readonly agreements: number;
  readonly trade: number;
  readonly latest: string | null;
}

/** "blr-tjk" → ["BLR", "TJK"], in alphabetical order (the store keys pairs so). */
export function parsePair(text: string): [string, string] {
  const [a, b] = text.toUpperCase().split('-') as [string, string];
  if (a === b) throw fail(400, 'pair: expected two different countries');
  return a < b ? [a, b] : [b, a];
}

export async function loadPairs(store: Store, country?: string): Promise<PairSummaryOut[]> {
  return (await store.pairs(country)).map((p) => ({ ...p, pair: p.pair.join('-'), names: p.pair.map(stateName) }));
}

/** The rows of a list a page leaves out: how many, the list (as JSON), and the cursor where they start. */
export interface More {
  readonly count: number;
  readonly list: string;
  readonly next: string | null;
}

/** What a page showing the first `rows` of `list` (of `total` rows, in the list's order) leaves out. */
function more(list: string, total: number, rows: ReadonlyArray<{ id: string }>): More {
  const count = Math.max(0, total - rows.length);
  return { count, list, next: count && rows.length ? rows[rows.length - 1]!.id : null };
}

export interface CountryDossier {
  readonly country: string;
  readonly name: string;
  readonly counts: { country: string; name: string; events: number; agreements: number; trade: number; people: number };
  readonly partners: PairSummaryOut[];
  readonly timeline: TimelineItem[];
  readonly people: PersonRow[];
  /** Encounters, agreements and people beyond those listed here. */
  readonly more: { readonly events: More; readonly agreements: More; readonly people: More };
}

export async function loadCountries(store: Store): Promise<Array<CountryDossier['counts']>> {
  return (await store.countries()).map((c) => ({ ...c, name: stateName(c.country) }));
}

/** Encounters and agreements a country's timeline lists, the newest first; people, by name. */
const COUNTRY_ROWS = 100;
const COUNTRY_PEOPLE = 200;

export async function loadCountry(store: Store, code: string): Promise<CountryDossier> {
  const counts = (await loadCountries(store)).find((c) => c.country === code);
  if (!counts) throw fail(404, `no facts involve ${code}`);
  const events = await store.events({ country: code, limit: COUNTRY_ROWS, maxSources: 1 });
  const agreements = await store.agreements({ country: code, limit: COUNTRY_ROWS, maxSources: 1 });
  const people = await store.people({ country: code, limit: COUNTRY_PEOPLE, maxSources: 1 });
  const list = (name: string): string => `/api/${name}?country=${code}`;
  return {
    country: code,
    name: counts.name,
    counts,
    partners: await loadPairs(store, code),
    timeline: timeline(events, agreements, []),
    people,
    more: {
      events: more(list('events'), counts.events, events),
      agreements: more(list('agreements'), counts.agreements, agreements),
      people: more(list('people'), counts.people, people),
    },
  };
}

export interface Overview {
  readonly stats: StoreStats;
  readonly countries: Array<CountryDossier['counts']>;
  readonly pairs: PairSummaryOut[];
  readonly latest: TimelineItem[];
}

export async function loadOverview(store: Store): Promise<Overview> {
  const events = await store.events({ limit: 12, maxSources: 1 });
  return {
    stats: await store.stats(),
    countries: await loadCountries(store),
    pairs: await loadPairs(store),
    latest: timeline(events, [], []),
  };
}

export interface PersonPage {
  readonly person: PersonRow;
  readonly events: EventRow[];
  /** Encounters beyond those listed. */
  readonly more_events: More;
}

/** Encounters a person's page lists, the newest first. */
const PERSON_EVENTS = 200;

export async function loadPerson(store: Store, id: string): Promise<PersonPage> {
  const [person] = await store.people({ ids: [id], maxSources: 50 });
  if (!person) throw fail(404, `no person ${id}`);
  // All of them, without their sentences, to count them; the first page again with one sentence each.
  const total = (await store.events({ person: id, maxSources: 0 })).length;
  const events = await store.events({ person: id, limit: PERSON_EVENTS, maxSources: 1 });
  return { person, events, more_events: more(`/api/events?person=${id}`, total, events) };
}

/** A fact as the document page lists it: what it is, in one line, and where it leads. */
export interface FactLabel {
  readonly id: string;
  readonly kind: 'event' | 'agreement' | 'trade' | 'person';
  readonly title: string;
  readonly href: string;
}

/** Labels for facts by id, whatever their kind (ids carry it: ev_, ag_, tr_, pe_). */
async function labelFacts(store: Store, ids: readonly string[]): Promise<Map<string, FactLabel>> {
  const of = (prefix: string): string[] => ids.filter((id) => id.startsWith(prefix));
  const out = new Map<string, FactLabel>();
  const want = (prefix: string): boolean => of(prefix).length > 0;
  if (want('ev_'))
    for (const e of await store.events({ ids: of('ev_'), maxSources: 0 }))
      out.set(e.id, { id: e.id, kind: 'event', title: `${eventTitle(e)}${e.date ? `, ${e.date}` : ''}`, href: factHref(e.id) });
  if (want('ag_'))
    for (const a of await store.agreements({ ids: of('ag_'), maxSources: 0 }))
      out.set(a.id, { id: a.id, kind: 'agreement', title: agreementTitle(a), href: factHref(a.id) });
  if (want('tr_'))
    for (const t of await store.trade({ ids: of('tr_'), maxSources: 0 }))
      out.set(t.id, { id: t.id, kind: 'trade', title: tradeTitle(t), href: factHref(t.id) });
  if (want('pe_'))
    for (const p of await store.people({ ids: of('pe_'), maxSources: 0 }))
      out.set(p.id, { id: p.id, kind: 'person', title: personTitle(p), href: factHref(p.id) });
  return out;
}

export async function loadDocument(store: Store, id: number) {
  const document = await store.document(id);
  if (!document) throw fail(404, `no document ${id}`);
  const facts = await labelFacts(store, [...new Set(document.mentions.map((m) => m.fact_id))]);
  return { document, facts: [...facts.values()] };
}
export type DocumentPage = Awaited<ReturnType<typeof loadDocument>>;

export interface SearchOut {
  readonly q: string;
  readonly total: number;
  readonly window: number;
  readonly rows: Array<SearchResult & { title: string }>;
  readonly next: string | null;
  readonly facets: { kind: Record<string, number>; country: Record<string, number>; year: Record<string, number> };
}

export async function loadSearch(
  store: Store,
  q: { q: string; type?: SearchResult['kind']; country?: string; year?: number; limit: number; offset: number },
): Promise<SearchOut> {
  const page = await store.searchPage({ text: q.q, kind: q.type, country: q.country, year: q.year, limit: q.limit, offset: q.offset });
  const facts = await labelFacts(
    store,
    page.hits.filter((h) => h.kind !== 'document').map((h) => h.id),
  );
  const docIds = page.hits.filter((h) => h.kind === 'document').map((h) => h.id);
  const docs = new Map(docIds.length ? (await store.documents({ ids: docIds })).map((d) => [String(d.id), d.title ?? d.source]) : []);
  return {
    q: q.q,
    total: page.total,
    window: page.window,
    rows: page.hits.map((h) => ({ ...h, title: (h.kind === 'document' ? docs.get(h.id) : facts.get(h.id)?.title) ?? h.id })),
    next: q.offset + page.hits.length < page.total ? String(q.offset + page.hits.length) : null,
    facets: { kind: { ...page.facets.kind }, country: { ...page.facets.country }, year: { ...page.facets.year } },
  };
}

export async function loadConflicts(store: Store, q: { country?: string; pair?: [string, string]; limit: number; offset: number }) {
  const groups = await store.conflicts({ country: q.country, pair: q.pair, limit: q.limit + 1, offset: q.offset });
  const more = groups.length > q.limit;
  const rows = (more ? groups.slice(0, q.limit) : groups).map((claims) => ({ claims }));
  return { rows, next: more ? String(q.offset + q.limit) : null };
}
export type ConflictsOut = Awaited<ReturnType<typeof loadConflicts>>;
