// Queries: canonical facts with their sources, filtered by country, pair, dates, type and kind.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { AgreementKindT, AgreementStatusT, DocumentFieldsT, EventTypeT, PlaceT, QualifierT, TradeKindT, TradeMeasureT } from '../../facts/schema.js';
import { figuresConflict } from '../../merge/merge-rules.js';
import { ftsQuery } from './fts-query.js';
import { groupHasConflict, TRADE_KEY_COLUMNS } from './trade-conflicts.js';
import type { AgreementRow, DocumentRow, EventRow, FactFilter, PersonRow, SearchHit, Source, StoreStats, TradeRow } from '../store.js';
import { nameKey, namesCompatible } from '../../names/names.js';
import { correctionNotes, notRejected, REJECTED_IDS } from './sqlite-corrections.js';
import type { SqliteSchema } from './sqlite-database.js';
import type { Row } from './sqlite-statements.js';

type Db = Kysely<SqliteSchema>;
type FactKind = 'event' | 'agreement' | 'trade' | 'person';
const split = (codes: string): string[] => (codes ? codes.split(',') : []);

const chunks = <T>(items: readonly T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** A list's order: columns and directions, the id last so that every row has one place. */
type Order = ReadonlyArray<readonly [column: string, direction: 'asc' | 'desc']>;
const EVENT_ORDER: Order = [
  ['date', 'desc'],
  ['id', 'asc'],
];
const AGREEMENT_ORDER: Order = EVENT_ORDER;
const TRADE_ORDER: Order = [
  ['parties', 'asc'],
  ['year', 'desc'],
  ['measure', 'asc'],
  ['id', 'asc'],
];
const PERSON_ORDER: Order = [
  ['name', 'asc'],
  ['id', 'asc'],
];

/**
 * Keyset paging: rows after the row `id` of `table` in `order`, compared column by column as SQLite
 * orders them (NULL before any value ascending, after any value descending). The anchor's values are
 * read by subqueries that do not depend on the row, which SQLite evaluates once.
 */
function afterRow(table: string, order: Order, id: string): RawBuilder<boolean> {
  const anchor = (column: string): RawBuilder<unknown> => sql`(select ${sql.ref(column)} from ${sql.table(table)} where id = ${id})`;
  const terms = order.map(([column, direction], i) => {
    const c = sql.ref(column);
    const x = anchor(column);
    const beyond = direction === 'asc' ? sql`((${x} is null and ${c} is not null) or ${c} > ${x})` : sql`((${c} is null and ${x} is not null) or ${c} < ${x})`;
    return sql.join([...order.slice(0, i).map(([k]) => sql`${sql.ref(k)} is ${anchor(k)}`), beyond], sql` and `);
  });
  return sql<boolean>`(${sql.join(terms, sql` or `)})`;
}

function ordered<T extends 'events' | 'agreements' | 'trade' | 'people', O>(
  query: SelectQueryBuilder<SqliteSchema, T, O>,
  order: Order,
): SelectQueryBuilder<SqliteSchema, T, O> {
  let q = query;
  for (const [column, direction] of order) q = q.orderBy(sql.ref(column), direction);
  return q;
}

/** Country, pair and date filters, shared by every fact table with an `id` (and a `date` when dated). */
function filtered<T extends 'events' | 'agreements' | 'trade' | 'people', O>(
  query: SelectQueryBuilder<SqliteSchema, T, O>,
  kind: FactKind,
  filter: FactFilter,
  dateColumn: 'date' | null,
  withRejected = false,
): SelectQueryBuilder<SqliteSchema, T, O> {
  let q = query;
  const countries = [filter.country, ...(filter.pair ?? [])].filter((c): c is string => Boolean(c));
  for (const country of countries) {
    q = q.where(sql<boolean>`id in (select fact_id from fact_countries where country = ${country} and kind = ${kind})`);
  }
  // Compared at the coarser of the two precisions: a month-precise fact is on or after 2024-03-15
  // when its month is, a day is on or before the bound 2024-03 when its month is.
  const atPrecision = (bound: string, op: '>=' | '<='): RawBuilder<boolean> =>
    sql<boolean>`date is not null and date not like '--%' and substr(date, 1, min(length(date), ${bound.length})) ${sql.raw(op)} substr(${bound}, 1, length(date))`;
  if (dateColumn && filter.since) q = q.where(atPrecision(filter.since, '>='));
  if (dateColumn && filter.until) q = q.where(atPrecision(filter.until, '<='));
  if (filter.ids) q = q.where(sql<boolean>`id in (select value from json_each(${JSON.stringify(filter.ids)}))`);
  // A rejected fact stays stored (a later report of it joins it and stays out too), out of every list.
  return withRejected ? q : q.where(notRejected('id'));
}

/** For `readout show`: a rejected fact is still shown (marked). */
export interface ReadOptions {
  readonly withRejected?: boolean;
}

/** Limit and offset (SQLite takes an offset only after a limit: -1 is none). */
function paged<T extends 'events' | 'agreements' | 'trade' | 'people', O>(
  query: SelectQueryBuilder<SqliteSchema, T, O>,
  filter: FactFilter,
): SelectQueryBuilder<SqliteSchema, T, O> {
  let q = query;
  if (filter.limit || filter.offset) q = q.limit(filter.limit ?? -1);
  if (filter.offset) q = q.offset(filter.offset);
  return q;
}

interface SourceInfo {
  sources: Source[];
  documents: number;
  mentions: Array<{ data: string; document: string; published: string | null }>;
}

/** Evidence and independent document counts (near-duplicates count once) for canonical facts. */
async function sourcesOf(db: Db, ids: readonly string[], maxSources = Infinity): Promise<Map<string, SourceInfo>> {
  const out = new Map<string, SourceInfo>(ids.map((id) => [id, { sources: [], documents: 0, mentions: [] }]));
  for (const part of chunks(ids)) {
    if (!part.length) continue;
    const evidence =
      maxSources === 0
        ? []
        : await db
            .selectFrom('mentions as m')
            .innerJoin('evidence as e', 'e.mention_id', 'm.id')
            .innerJoin('documents as d', 'd.id', 'm.document_id')
            .select(['m.fact_id', 'd.source', 'd.id as document_id', 'e.sentence', 'e.start', 'e.end', 'e.text'])
            .where('m.fact_id', 'in', part)
            .orderBy('d.id')
            .orderBy('e.sentence')
            .execute();
    for (const e of evidence) {
      const { sources } = out.get(e.fact_id)!;
      if (sources.length < maxSources)
        sources.push({ document: e.source, document_id: e.document_id, sentence: e.sentence, start: e.start, end: e.end, text: e.text });
    }
    const mentions = await db
      .selectFrom('mentions as m')
      .innerJoin('documents as d', 'd.id', 'm.document_id')
      .select(['m.fact_id', 'm.data', 'd.source', 'd.published', 'd.id', 'd.duplicate_of'])
      .where('m.fact_id', 'in', part)
      .orderBy('d.id')
      .execute();
    const independent = new Map<string, Set<number>>();
    for (const m of mentions) {
      out.get(m.fact_id)!.mentions.push({ data: m.data, document: m.source, published: m.published });
      const set = independent.get(m.fact_id) ?? new Set<number>();
      set.add(m.duplicate_of ?? m.id);
      independent.set(m.fact_id, set);
    }
    for (const [id, set] of independent) out.get(id)!.documents = set.size;
  }
  return out;
}

export async function queryEvents(db: Db, filter: FactFilter = {}, options: ReadOptions = {}): Promise<EventRow[]> {
  let q = filtered(db.selectFrom('events').selectAll(), 'event', filter, 'date', options.withRejected);
  if (filter.type) q = q.where('type', '=', filter.type);
  // Participants are stored as JSON with their person ids; ids are hex, so LIKE needs no escaping.
  if (filter.person !== undefined) {
    const people = typeof filter.person === 'string' ? [filter.person] : filter.person;
    q = q.where((eb) => eb.or(people.map((id) => eb('participants', 'like', `%"person_id":${JSON.stringify(id)}%`))));
  }
  if (filter.after) q = q.where(afterRow('events', EVENT_ORDER, filter.after));
  const rows = await paged(ordered(q, EVENT_ORDER), filter).execute();
  const ids = rows.map((r) => r.id);
  const info = await sourcesOf(db, ids, filter.maxSources);
  const notes = await correctionNotes(db, ids);
  return rows.map((r) => ({
    id: r.id,
    type: r.type as EventTypeT,
    date: r.date,
    end_date: r.end_date,
    date_basis: (r.date_basis ?? (r.date ? 'stated' : null)) as EventRow['date_basis'],
    planned: r.planned === 1,
    place: r.place ? (JSON.parse(r.place) as PlaceT) : null,
    countries: split(r.countries),
    participants: JSON.parse(r.participants) as EventRow['participants'],
    num_documents: info.get(r.id)!.documents,
    sources: info.get(r.id)!.sources,
    corrections: notes.get(r.id) ?? [],
  }));
}

export async function queryAgreements(db: Db, filter: FactFilter = {}, options: ReadOptions = {}): Promise<AgreementRow[]> {
  let q = filtered(db.selectFrom('agreements').selectAll(), 'agreement', filter, 'date', options.withRejected);
  const kind = filter.kind ?? filter.type;
  if (kind) q = q.where('kind', '=', kind);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.after) q = q.where(afterRow('agreements', AGREEMENT_ORDER, filter.after));
  const rows = await paged(ordered(q, AGREEMENT_ORDER), filter).execute();
  const ids = rows.map((r) => r.id);
  const info = await sourcesOf(db, ids, filter.maxSources);
  const notes = await correctionNotes(db, ids);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind as AgreementKindT,
    parties: split(r.parties),
    status: r.status as AgreementStatusT,
    date: r.date,
    num_documents: info.get(r.id)!.documents,
    sources: info.get(r.id)!.sources,
    corrections: notes.get(r.id) ?? [],
  }));
}

const tradeKey = (t: {
  parties: string;
  measure: string;
  kind: string;
  year: number | null;
  from_country: string | null;
  to_country: string | null;
  scope: string | null;
}): string => [t.parties, t.measure, t.kind, t.year, t.from_country, t.to_country, t.scope].join('|');

export async function queryTrade(db: Db, filter: FactFilter = {}, options: ReadOptions = {}): Promise<TradeRow[]> {
  let q = filtered(db.selectFrom('trade').selectAll(), 'trade', filter, null, options.withRejected);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const measure = filter.measure ?? filter.type;
  if (measure) q = q.where('measure', '=', measure);
  if (filter.since) q = q.where('year', '>=', Number(filter.since.slice(0, 4)));
  if (filter.until) q = q.where('year', '<=', Number(filter.until.slice(0, 4)));
  if (filter.year !== undefined) q = filter.year === null ? q.where('year', 'is', null) : q.where('year', '=', filter.year);
  if (filter.after) q = q.where(afterRow('trade', TRADE_ORDER, filter.after));
  const rows = await paged(ordered(q, TRADE_ORDER), filter).execute();
  // Conflicts: other claims with the same pair, measure, kind, year, direction and scope but another value.
  // Only dollar values are compared: a figure without one has no conflict to show.
  const byKey = new Map<string, Array<{ id: string; value_usd: number; qualifier: string }>>();
  for (const part of chunks([...new Set(rows.filter((r) => r.year !== null).map((r) => r.parties))])) {
    const related = await db.selectFrom('trade').selectAll().where('parties', 'in', part).where('year', 'is not', null).where(notRejected('id')).execute();
    for (const r of related)
      if (r.value_usd !== null) byKey.set(tradeKey(r), [...(byKey.get(tradeKey(r)) ?? []), { id: r.id, value_usd: r.value_usd, qualifier: r.qualifier }]);
  }
  const ids = rows.map((r) => r.id);
  const info = await sourcesOf(db, ids, filter.maxSources);
  const notes = await correctionNotes(db, ids);
  return rows.map((r) => ({
    id: r.id,
    measure: r.measure as TradeMeasureT,
    parties: split(r.parties),
    from: r.from_country,
    to: r.to_country,
    value_usd: r.value_usd,
    amount: r.amount,
    currency: r.currency,
    qualifier: r.qualifier as QualifierT,
    year: r.year,
    kind: r.kind as TradeKindT,
    scope: r.scope,
    conflicts_with:
      r.year === null || r.value_usd === null ? [] : (byKey.get(tradeKey(r)) ?? []).filter((o) => o.id !== r.id && figuresConflict(o, r)).map((o) => o.id),
    num_documents: info.get(r.id)!.documents,
    sources: info.get(r.id)!.sources,
    corrections: notes.get(r.id) ?? [],
  }));
}

export async function queryPeople(db: Db, filter: FactFilter = {}, options: ReadOptions = {}): Promise<PersonRow[]> {
  let q = filtered(db.selectFrom('people').selectAll(), 'person', filter, null, options.withRejected);
  const key = filter.name ? nameKey(filter.name) : null;
  if (filter.name && key) {
    // The family name finds the candidates (indexed), a written alias too; names.ts decides.
    const alias = `%${filter.name.replace(/[\\%_"]/g, '')}%`;
    q = q.where((eb) => eb.or([eb('family_key', '=', key.family), eb(sql<string>`lower(aliases)`, 'like', alias.toLowerCase())]));
  }
  if (filter.after) q = q.where(afterRow('people', PERSON_ORDER, filter.after));
  let rows: Array<Row<'people'>>;
  if (key) {
    // The candidates are few (one family name): compared and paged here.
    const offset = filter.offset ?? 0;
    rows = (await ordered(q, PERSON_ORDER).execute())
      .filter((r) => [r.name, ...(JSON.parse(r.aliases) as string[])].some((n) => namesCompatible(key, nameKey(n))))
      .slice(offset, filter.limit ? offset + filter.limit : undefined);
  } else {
    rows = await paged(ordered(q, PERSON_ORDER), filter).execute();
  }
  const ids = rows.map((r) => r.id);
  const info = await sourcesOf(db, ids, filter.maxSources);
  const notes = await correctionNotes(db, ids);
  return rows.map((r) => {
    const roles = info
      .get(r.id)!
      .mentions.map((m) => ({ role: (JSON.parse(m.data) as { role: string | null }).role, date: m.published, document: m.document }))
      .filter((m): m is { role: string; date: string | null; document: string } => Boolean(m.role))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const corrections = notes.get(r.id) ?? [];
    // A corrected role is the person's role, whatever the documents said last.
    const corrected = corrections.some((c) => c.changes && Object.hasOwn(c.changes, 'role'));
    return {
      id: r.id,
      name: r.name,
      aliases: JSON.parse(r.aliases) as string[],
      country: r.country,
      role: corrected ? r.role : (roles.at(-1)?.role ?? null),
      roles,
      num_documents: info.get(r.id)!.documents,
      sources: info.get(r.id)!.sources,
      corrections,
    };
  });
}

export async function queryDocuments(db: Db, filter: FactFilter = {}): Promise<DocumentRow[]> {
  let q = db
    .selectFrom('documents as d')
    .leftJoin('documents as o', 'o.id', 'd.duplicate_of')
    .select([
      'd.id',
      'd.source',
      'd.content_hash',
      'd.extractor',
      'd.title',
      'd.publisher',
      'd.published',
      'd.fields',
      'd.ingested_at',
      'd.duplicate_of',
      'd.similarity',
      'o.source as original',
    ]);
  const countries = [filter.country, ...(filter.pair ?? [])].filter((c): c is string => Boolean(c));
  for (const country of countries) {
    q = q.where(sql<boolean>`d.id in (select m.document_id from mentions m join fact_countries c on c.fact_id = m.fact_id where c.country = ${country})`);
  }
  // A publication day is within --until 2024-03 when its month is.
  if (filter.since) q = q.where('d.published', '>=', filter.since);
  if (filter.until) q = q.where(sql<boolean>`substr(d.published, 1, ${filter.until.length}) <= ${filter.until}`);
  if (filter.ids) q = q.where(sql<boolean>`d.id in (select value from json_each(${JSON.stringify(filter.ids.map(Number))}))`);
  if (filter.after) q = q.where('d.id', '>', Number(filter.after));
  if (filter.limit || filter.offset) q = q.limit(filter.limit ?? -1);
  if (filter.offset) q = q.offset(filter.offset);
  const rows = await q.orderBy('d.id').execute();
  const counts = new Map<number, Record<string, number>>();
  for (const part of chunks(rows.map((r) => r.id))) {
    if (!part.length) continue;
    const found = await db
      .selectFrom('mentions')
      .select(['document_id', 'kind', (eb) => eb.fn.count<number>('id').as('n')])
      .where('document_id', 'in', part)
      .groupBy(['document_id', 'kind'])
      .execute();
    for (const c of found) counts.set(c.document_id, { ...(counts.get(c.document_id) ?? {}), [c.kind]: Number(c.n) });
  }
  return rows.map((r) => {
    const c = counts.get(r.id) ?? {};
    return {
      id: r.id,
      source: r.source,
      content_hash: r.content_hash,
      extractor: r.extractor,
      title: r.title,
      publisher: r.publisher,
      published: r.published,
      fields: JSON.parse(r.fields) as DocumentFieldsT,
      ingested_at: r.ingested_at,
      duplicate_of: r.duplicate_of === null ? null : { id: r.duplicate_of, source: r.original ?? '', similarity: r.similarity ?? 0 },
      counts: { events: c.event ?? 0, agreements: c.agreement ?? 0, trade: c.trade ?? 0, people: c.person ?? 0 },
    };
  });
}

export async function search(db: Db, text: string, limit = 20, offset = 0): Promise<SearchHit[]> {
  const match = ftsQuery(text);
  if (!match) return [];
  const docs = await sql<{ id: number; source: string; snippet: string }>`
    select d.id, d.source, snippet(documents_fts, 1, '[', ']', '…', 16) as snippet
    from documents_fts join documents d on d.id = documents_fts.rowid
    where documents_fts match ${match} order by rank limit ${limit} offset ${offset}`.execute(db);
  const facts = await sql<{ kind: string; fact_id: string; body: string }>`
    select kind, fact_id, body from facts_fts where facts_fts match ${match} order by rank limit ${limit} offset ${offset}`.execute(db);
  return [
    ...facts.rows.map((f) => ({ kind: f.kind as SearchHit['kind'], id: f.fact_id, document: null, snippet: f.body.replace(/\s+/g, ' ').trim() })),
    ...docs.rows.map((d) => ({ kind: 'document' as const, id: String(d.id), document: d.source, snippet: d.snippet.replace(/\s+/g, ' ') })),
  ];
}

export async function stats(db: Db): Promise<StoreStats> {
  const count = async (table: 'documents' | 'mentions'): Promise<number> =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  // Facts are counted as the lists show them: rejected ones left out.
  const facts = async (table: 'events' | 'agreements' | 'trade' | 'people'): Promise<number> =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(notRejected('id'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const conflicts = await sql<{ n: number }>`
    select count(*) as n from (select 1 from trade where year is not null and id not in (${REJECTED_IDS}) group by ${TRADE_KEY_COLUMNS} having ${groupHasConflict})`.execute(
    db,
  );
  const corrections = await db
    .selectFrom('corrections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('undone_at', 'is', null)
    .executeTakeFirstOrThrow();
  // The length of each stored array, not a count over the view: that would parse every array.
  const sentences = await sql<{ n: number }>`select coalesce(sum(json_array_length(sentences)), 0) as n from documents`.execute(db);
  const links = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('duplicate_of', 'is not', null)
    .executeTakeFirstOrThrow();
  return {
    documents: await count('documents'),
    sentences: Number(sentences.rows[0]?.n ?? 0),
    events: await facts('events'),
    agreements: await facts('agreements'),
    trade_claims: await facts('trade'),
    people: await facts('people'),
    conflicts: Number(conflicts.rows[0]?.n ?? 0),
    near_duplicate_links: Number(links.n),
    mentions: await count('mentions'),
    corrections: Number(corrections.n),
  };
}
