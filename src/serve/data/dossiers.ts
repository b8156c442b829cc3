// The loaders behind the pages and their JSON twins: each returns plain data, read once (and kept
// by the versioned cache), and both the page and /api/… render it.
import type { AgreementRow, EventRow, PersonRow, SearchResult, Store, StoreStats, TradeRow } from '../../store/store.js';
import { countryName } from '../countries.js';
import { fail } from '../errors.js';
import { agreementTitle, eventTitle, names, personTitle, tradeTitle } from './labels.js';
import { milestones, timeline, type TimelineItem } from './timeline.js';

/** Encounters and agreements a dossier lists in full; the lists page through the rest. */
export const DOSSIER_ROWS = 100;
/** Sources kept per fact in a dossier: the first few are the evidence; num_documents says how many report it. */
const DOSSIER_SOURCES = 3;

export interface PairSummaryOut {
  readonly pair: string;
  readonly names: string[];
  readonly events: number;
  readonly agreements: number;
  readonly trade: number;
  readonly latest: string | null;
}

export interface PairDossier {
  readonly pair: string;
  readonly names: string[];
  readonly counts: { events: number; agreements: number; trade: number; people: number; conflicts: number };
  readonly timeline: TimelineItem[];
  readonly events: { rows: EventRow[]; next: string | null };
  readonly agreements: { rows: AgreementRow[]; next: string | null };
  readonly trade: TradeRow[];
  readonly people: PersonRow[];
}

/** "blr-tjk" → ["BLR", "TJK"], in alphabetical order (the store keys pairs so). */
export function parsePair(text: string): [string, string] {
  const [a, b] = text.toUpperCase().split('-') as [string, string];
  if (a === b) throw fail(400, 'pair: expected two different countries');
  return a < b ? [a, b] : [b, a];
}

const firstPage = <T extends { id: string }>(rows: T[]): { rows: T[]; next: string | null } =>
  rows.length > DOSSIER_ROWS ? { rows: rows.slice(0, DOSSIER_ROWS), next: rows[DOSSIER_ROWS - 1]!.id } : { rows, next: null };

/**
 * Each role once, as first and last stated (by the documents' dates): a head of state named in
 * thousands of documents has thousands of role mentions, which the person's own page lists.
 */
export function firstAndLastRoles(roles: PersonRow['roles']): PersonRow['roles'] {
  const byRole = new Map<string, Array<PersonRow['roles'][number]>>();
  for (const r of roles) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  return [...byRole.values()].flatMap((rs) => (rs.length > 1 ? [rs[0]!, rs[rs.length - 1]!] : rs));
}

async function participants(store: Store, events: readonly EventRow[]): Promise<PersonRow[]> {
  const ids = [...new Set(events.flatMap((e) => e.participants.map((p) => p.person_id)).filter((id): id is string => Boolean(id)))];
  const people = ids.length ? await store.people({ ids, maxSources: DOSSIER_SOURCES }) : [];
  return people.map((p) => ({ ...p, roles: firstAndLastRoles(p.roles) }));
}

export async function loadPair(store: Store, pair: [string, string]): Promise<PairDossier> {
  const [events, agreements, trade] = [
    await store.events({ pair, maxSources: DOSSIER_SOURCES }),
    await store.agreements({ pair, maxSources: DOSSIER_SOURCES }),
    // One sentence per figure: a busy pair has hundreds of figures, and num_documents counts the rest.
    await store.trade({ pair, maxSources: 1 }),
  ];
  const people = await participants(store, events);
  const eventsPage = firstPage(events);
  const agreementsPage = firstPage(agreements);
  return {
    pair: pair.join('-'),
    names: pair.map(countryName),
    counts: {
      events: events.length,
      agreements: agreements.length,
      trade: trade.length,
      people: people.length,
      conflicts: trade.filter((t) => t.conflicts_with.length).length,
    },
    timeline: timeline(eventsPage.rows, agreementsPage.rows, milestones(events, agreements, trade)),
    events: eventsPage,
    agreements: agreementsPage,
    trade,
    people,
  };
}

export async function loadPairs(store: Store, country?: string): Promise<PairSummaryOut[]> {
  return (await store.pairs(country)).map((p) => ({ ...p, pair: p.pair.join('-'), names: p.pair.map(countryName) }));
}

export interface CountryDossier {
  readonly country: string;
  readonly name: string;
  readonly counts: { country: string; name: string; events: number; agreements: number; trade: number; people: number };
  readonly partners: PairSummaryOut[];
  readonly timeline: TimelineItem[];
  readonly people: PersonRow[];
}

export async function loadCountries(store: Store): Promise<Array<CountryDossier['counts']>> {
  return (await store.countries()).map((c) => ({ ...c, name: countryName(c.country) }));
}

export async function loadCountry(store: Store, code: string): Promise<CountryDossier> {
  const counts = (await loadCountries(store)).find((c) => c.country === code);
  if (!counts) throw fail(404, `no facts involve ${code}`);
  const events = await store.events({ country: code, limit: DOSSIER_ROWS, maxSources: 1 });
  const agreements = await store.agreements({ country: code, limit: DOSSIER_ROWS, maxSources: 1 });
  return {
    country: code,
    name: counts.name,
    counts,
    partners: await loadPairs(store, code),
    timeline: timeline(events, agreements, []),
    people: await store.people({ country: code, limit: 200, maxSources: 1 }),
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
}

export async function loadPerson(store: Store, id: string): Promise<PersonPage> {
  const [person] = await store.people({ ids: [id], maxSources: 50 });
  if (!person) throw fail(404, `no person ${id}`);
  return { person, events: await store.events({ person: id, limit: 200, maxSources: 1 }) };
}

/** A fact as the document page lists it: what it is, in one line, and where it leads. */
export interface FactLabel {
  readonly id: string;
  readonly kind: 'event' | 'agreement' | 'trade' | 'person';
  readonly title: string;
  readonly href: string;
}

const pairHref = (codes: readonly string[]): string => (codes.length >= 2 ? `/pairs/${[...codes].sort().slice(0, 2).join('-')}` : codes.length ? `/countries/${codes[0]}` : '/');

/** Labels for facts by id, whatever their kind (ids carry it: ev_, ag_, tr_, pe_). */
export async function labelFacts(store: Store, ids: readonly string[]): Promise<Map<string, FactLabel>> {
  const of = (prefix: string): string[] => ids.filter((id) => id.startsWith(prefix));
  const out = new Map<string, FactLabel>();
  const want = (prefix: string): boolean => of(prefix).length > 0;
  if (want('ev_')) for (const e of await store.events({ ids: of('ev_'), maxSources: 0 })) out.set(e.id, { id: e.id, kind: 'event', title: `${eventTitle(e)}${e.date ? `, ${e.date}` : ''}`, href: `${pairHref(e.countries)}#${e.id}` });
  if (want('ag_')) for (const a of await store.agreements({ ids: of('ag_'), maxSources: 0 })) out.set(a.id, { id: a.id, kind: 'agreement', title: agreementTitle(a), href: `${pairHref(a.parties)}#${a.id}` });
  if (want('tr_')) for (const t of await store.trade({ ids: of('tr_'), maxSources: 0 })) out.set(t.id, { id: t.id, kind: 'trade', title: tradeTitle(t), href: `${pairHref(t.parties)}#${t.id}` });
  if (want('pe_')) for (const p of await store.people({ ids: of('pe_'), maxSources: 0 })) out.set(p.id, { id: p.id, kind: 'person', title: personTitle(p), href: `/people/${p.id}` });
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

export async function loadSearch(store: Store, q: { q: string; type?: SearchResult['kind']; country?: string; year?: number; limit: number; offset: number }): Promise<SearchOut> {
  const page = await store.searchPage({ text: q.q, kind: q.type, country: q.country, year: q.year, limit: q.limit, offset: q.offset });
  const facts = await labelFacts(store, page.hits.filter((h) => h.kind !== 'document').map((h) => h.id));
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

export const pairLabel = names;
