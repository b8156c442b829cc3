// Reads for browsing the corpus (the web dashboard and its API): one document with the evidence of
// every fact it states, countries and pairs with their counts, disagreeing trade claims side by side,
// and full-text search with facets. The fact rows themselves come from sqlite-read.ts.
import { sql, type Kysely } from 'kysely';
import { ftsQuery } from './fts-query.js';
import { groupHasConflict, TRADE_KEY_COLUMNS } from './trade-conflicts.js';
import type {
  ConflictFilter,
  CountrySummary,
  DocumentDetail,
  FactKind,
  PairSummary,
  SearchKind,
  SearchPage,
  SearchQuery,
  SearchResult,
  TradeRow,
} from '../store.js';
import { REJECTED_IDS } from './sqlite-corrections.js';
import type { SqliteSchema } from './sqlite-database.js';
import { queryDocuments, queryTrade } from './sqlite-read.js';

type Db = Kysely<SqliteSchema>;

/** How many of the best matches of each kind search ranks, filters and counts for its facets. */
const SEARCH_WINDOW = 500;

export async function documentDetail(db: Db, id: number): Promise<DocumentDetail | null> {
  const [row] = await queryDocuments(db, { ids: [String(id)] });
  if (!row) return null;
  const { text } = await db.selectFrom('documents').select('text').where('id', '=', id).executeTakeFirstOrThrow();
  const sentences = await db.selectFrom('sentences').select(['idx', 'start', 'end', 'text']).where('document_id', '=', id).orderBy('idx').execute();
  const evidence = await db
    .selectFrom('mentions as m')
    .leftJoin('evidence as e', 'e.mention_id', 'm.id')
    .select(['m.id', 'm.kind', 'm.fact_id', 'm.rule', 'e.sentence', 'e.start', 'e.end'])
    .where('m.document_id', '=', id)
    .orderBy('m.id')
    .orderBy('e.start')
    .execute();
  const mentions = new Map<
    number,
    { kind: FactKind; fact_id: string; rule: string | null; evidence: Array<{ sentence: number; start: number; end: number }> }
  >();
  for (const e of evidence) {
    let mention = mentions.get(e.id);
    if (!mention) mentions.set(e.id, (mention = { kind: e.kind as FactKind, fact_id: e.fact_id, rule: e.rule, evidence: [] }));
    if (e.sentence !== null && e.start !== null && e.end !== null) mention.evidence.push({ sentence: e.sentence, start: e.start, end: e.end });
  }
  return {
    ...row,
    text,
    sentences: sentences.map((s) => ({ index: s.idx, start: s.start, end: s.end, text: s.text })),
    mentions: [...mentions.values()],
  };
}

export async function countries(db: Db): Promise<CountrySummary[]> {
  const rows = await db
    .selectFrom('fact_countries')
    .select(['country', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['country', 'kind'])
    .execute();
  const out = new Map<string, { country: string; events: number; agreements: number; trade: number; people: number }>();
  const field = { event: 'events', agreement: 'agreements', trade: 'trade', person: 'people' } as const;
  for (const r of rows) {
    const summary = out.get(r.country) ?? { country: r.country, events: 0, agreements: 0, trade: 0, people: 0 };
    summary[field[r.kind as FactKind]] = Number(r.n);
    out.set(r.country, summary);
  }
  return [...out.values()].sort((a, b) => b.events - a.events || a.country.localeCompare(b.country));
}

/**
 * Pairs counted as the pair filter selects facts (every fact involving both countries, a summit of
 * five included), so a pair's counts match what its dossier lists.
 */
export async function pairs(db: Db, country?: string): Promise<PairSummary[]> {
  const only = country ? sql`and (a.country = ${country} or b.country = ${country})` : sql``;
  const counts = await sql<{ a: string; b: string; kind: string; n: number }>`
    select a.country as a, b.country as b, a.kind as kind, count(*) as n
    from fact_countries a join fact_countries b on b.fact_id = a.fact_id and b.kind = a.kind and b.country > a.country
    where a.kind in ('event', 'agreement', 'trade') ${only}
    group by a.country, b.country, a.kind`.execute(db);
  const latest = await sql<{ a: string; b: string; latest: string | null }>`
    select a.country as a, b.country as b, max(e.date) as latest
    from fact_countries a join fact_countries b on b.fact_id = a.fact_id and b.kind = a.kind and b.country > a.country
      join events e on e.id = a.fact_id
    where a.kind = 'event' and e.date not like '--%' ${only}
    group by a.country, b.country`.execute(db);
  const out = new Map<string, { pair: [string, string]; events: number; agreements: number; trade: number; latest: string | null }>();
  const field = { event: 'events', agreement: 'agreements', trade: 'trade' } as const;
  for (const r of counts.rows) {
    const key = `${r.a}-${r.b}`;
    const summary = out.get(key) ?? { pair: [r.a, r.b], events: 0, agreements: 0, trade: 0, latest: null };
    summary[field[r.kind as 'event' | 'agreement' | 'trade']] = Number(r.n);
    out.set(key, summary);
  }
  for (const r of latest.rows) {
    const summary = out.get(`${r.a}-${r.b}`);
    if (summary) summary.latest = r.latest;
  }
  return [...out.values()].sort((x, y) => y.events - x.events || y.agreements - x.agreements || x.pair.join().localeCompare(y.pair.join()));
}

/** `parties` holds the sorted codes joined by commas (merge-rules.ts countriesKey). */
const involves = (code: string) => sql<boolean>`(',' || parties || ',') like ${`%,${code},%`}`;

export async function conflicts(db: Db, filter: ConflictFilter = {}): Promise<TradeRow[][]> {
  const codes = [filter.country, ...(filter.pair ?? [])].filter((c): c is string => Boolean(c));
  const where = codes.length ? sql`and ${sql.join(codes.map(involves), sql` and `)}` : sql``;
  // The same rule as the claims' conflicts_with (trade-conflicts.ts); figures without a dollar value stay out.
  const groups = await sql<{ ids: string }>`
    select json_group_array(id) as ids from trade where year is not null and value_usd is not null and id not in (${REJECTED_IDS}) ${where}
    group by ${TRADE_KEY_COLUMNS}
    having ${groupHasConflict}
    order by parties, year desc, measure, kind
    limit ${filter.limit ?? 100} offset ${filter.offset ?? 0}`.execute(db);
  const idLists = groups.rows.map((g) => JSON.parse(g.ids) as string[]);
  const rows = await queryTrade(db, { ids: idLists.flat() });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return idLists.map((ids) => ids.map((id) => byId.get(id)!).sort((a, b) => a.value_usd! - b.value_usd!));
}

const yearOf = (date: string | null): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/**
 * Ranks the best SEARCH_WINDOW matches of each kind (facts, then documents), notes each hit's
 * countries and year, counts the facets over all of them, then narrows by the chosen facets and
 * returns one page.
 */
export async function searchPage(db: Db, query: SearchQuery): Promise<SearchPage> {
  const match = ftsQuery(query.text);
  const empty: SearchPage = { hits: [], total: 0, window: SEARCH_WINDOW, facets: { kind: {}, country: {}, year: {} } };
  if (!match) return empty;
  const facts = await sql<{ kind: string; fact_id: string; snippet: string }>`
    select kind, fact_id, snippet(facts_fts, 2, '[', ']', '…', 16) as snippet from facts_fts
    where facts_fts match ${match} order by rank limit ${SEARCH_WINDOW}`.execute(db);
  const docs = await sql<{ id: number; snippet: string; published: string | null }>`
    select d.id, snippet(documents_fts, 1, '[', ']', '…', 16) as snippet, d.published
    from documents_fts join documents d on d.id = documents_fts.rowid
    where documents_fts match ${match} order by rank limit ${SEARCH_WINDOW}`.execute(db);

  const factIds = JSON.stringify(facts.rows.map((f) => f.fact_id));
  const factCountries = await sql<{ fact_id: string; country: string }>`
    select fact_id, country from fact_countries where fact_id in (select value from json_each(${factIds}))`.execute(db);
  const factYears = await sql<{ id: string; year: number | null }>`
    select id, cast(substr(date, 1, 4) as integer) as year from events where id in (select value from json_each(${factIds})) and date glob '[0-9][0-9][0-9][0-9]*'
    union all select id, cast(substr(date, 1, 4) as integer) from agreements where id in (select value from json_each(${factIds})) and date glob '[0-9][0-9][0-9][0-9]*'
    union all select id, year from trade where id in (select value from json_each(${factIds})) and year is not null`.execute(db);
  const docCountries = await sql<{ document_id: number; country: string }>`
    select distinct m.document_id, c.country from mentions m join fact_countries c on c.fact_id = m.fact_id and c.kind = m.kind
    where m.document_id in (select value from json_each(${JSON.stringify(docs.rows.map((d) => d.id))}))`.execute(db);

  const countriesOf = new Map<string, string[]>();
  const add = (key: string, country: string): void => void countriesOf.set(key, [...(countriesOf.get(key) ?? []), country]);
  for (const r of factCountries.rows) add(r.fact_id, r.country);
  for (const r of docCountries.rows) add(`d${r.document_id}`, r.country);
  const years = new Map(factYears.rows.map((r) => [r.id, r.year]));
  const clean = (snippet: string): string => snippet.replace(/\s+/g, ' ').trim();

  const all: SearchResult[] = [
    ...facts.rows.map((f) => ({
      kind: f.kind as SearchKind,
      id: f.fact_id,
      document_id: null,
      snippet: clean(f.snippet),
      countries: (countriesOf.get(f.fact_id) ?? []).sort(),
      year: years.get(f.fact_id) ?? null,
    })),
    ...docs.rows.map((d) => ({
      kind: 'document' as const,
      id: String(d.id),
      document_id: d.id,
      snippet: clean(d.snippet),
      countries: (countriesOf.get(`d${d.id}`) ?? []).sort(),
      year: yearOf(d.published),
    })),
  ];
  // Each facet counts the hits the other chosen facets leave, so picking a country shows the years
  // and kinds within it, and still every country one could switch to.
  const keep = (hit: SearchResult, except?: 'kind' | 'country' | 'year'): boolean =>
    (except === 'kind' || !query.kind || hit.kind === query.kind) &&
    (except === 'country' || !query.country || hit.countries.includes(query.country)) &&
    (except === 'year' || !query.year || hit.year === query.year);
  const tally = (except: 'kind' | 'country' | 'year', values: (hit: SearchResult) => ReadonlyArray<string | number | null>): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const hit of all) if (keep(hit, except)) for (const v of values(hit)) if (v !== null) counts[v] = (counts[v] ?? 0) + 1;
    return counts;
  };
  const chosen = all.filter((hit) => keep(hit));
  const offset = query.offset ?? 0;
  return {
    hits: chosen.slice(offset, offset + (query.limit ?? 20)),
    total: chosen.length,
    window: SEARCH_WINDOW,
    facets: { kind: tally('kind', (h) => [h.kind]), country: tally('country', (h) => h.countries), year: tally('year', (h) => [h.year]) },
  };
}

export async function dataVersion(db: Db): Promise<number> {
  const result = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return Number(result.rows[0]?.data_version ?? 0);
}
