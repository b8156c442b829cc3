// The five fact lists as the API and the list pages serve them: filters as the CLI takes them, a
// page of rows with their sources, and the cursor of the next page. One loader per list; JSON,
// CSV and NDJSON are renderings of what it returns (flattened for CSV as the CLI does).
import { flattenAgreements, flattenDocuments, flattenEvents, flattenPeople, flattenTrade, type Flattened } from '../../export/flatten.js';
import type { FactFilter, Store } from '../../store/store.js';
import { DEFAULT_LIMIT } from '../api/params.js';

export type ListName = 'events' | 'agreements' | 'trade' | 'people' | 'documents';

export interface ListQuery {
  readonly country?: string;
  readonly pair?: string;
  readonly since?: string;
  readonly until?: string;
  readonly type?: string;
  readonly kind?: string;
  /** Trade figures of this year, or `none` for those without one. */
  readonly year?: number | 'none';
  /** Encounters of this person. */
  readonly person?: string;
  /** Only this fact. */
  readonly id?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export interface ListPage<R = unknown> {
  readonly rows: readonly R[];
  readonly next: string | null;
}

interface ListDefinition {
  readonly load: (store: Store, filter: FactFilter) => Promise<ReadonlyArray<{ readonly id: string | number }>>;
  readonly flatten: (rows: never) => Flattened;
}

export const LISTS: Readonly<Record<ListName, ListDefinition>> = {
  events: { load: (s, f) => s.events(f), flatten: flattenEvents },
  agreements: { load: (s, f) => s.agreements(f), flatten: flattenAgreements },
  trade: { load: (s, f) => s.trade(f), flatten: flattenTrade },
  people: { load: (s, f) => s.people(f), flatten: flattenPeople },
  documents: { load: (s, f) => s.documents(f), flatten: flattenDocuments },
};

/** Sources listed per fact in lists (all of them when one fact is asked for by id): a leader's row would otherwise carry every sentence naming them. */
export const LIST_SOURCES = 20;

/** Query parameters (validated) as the store's filter: codes upper-cased, the pair split. */
export function factFilter(q: ListQuery): FactFilter {
  const pair = q.pair ? (q.pair.toUpperCase().split('-') as [string, string]) : undefined;
  return {
    country: q.country?.toUpperCase(),
    pair,
    since: q.since,
    until: q.until,
    type: q.type,
    kind: q.kind,
    year: q.year === undefined ? undefined : q.year === 'none' ? null : q.year,
    person: q.person,
    ids: q.id ? [q.id] : undefined,
  };
}

/** One page: a row more than asked tells whether another page follows. */
export async function loadList(store: Store, list: ListName, q: ListQuery): Promise<ListPage> {
  const limit = q.limit ?? DEFAULT_LIMIT;
  // One fact asked for by id (where its links lead) comes with every sentence reporting it.
  const rows = await LISTS[list].load(store, { ...factFilter(q), limit: limit + 1, after: q.cursor, maxSources: q.id ? undefined : LIST_SOURCES });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, next: more ? String(page[page.length - 1]!.id) : null };
}

export const flattenList = (list: ListName, rows: readonly unknown[]): Flattened => LISTS[list].flatten(rows as never);
