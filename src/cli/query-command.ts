// The fact queries (`readout events|agreements|trade|people|documents`): each verb's options mapped
// to the store's filter (a verb takes only the options that apply to its rows: program.ts), the rows
// rendered as a table, JSON rows or CSV from one loader (corpus-output.ts).
import { flattenAgreements, flattenDocuments, flattenEvents, flattenPeople, flattenTrade, type Flattened } from '../export/flatten.js';
import type { FactFilter, Store } from '../store/store.js';
import { renderRows, type RowsFormat } from './corpus-output.js';
import { withStore } from './corpus.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

/** The options of every query verb, as commander names them (settings.ts); each verb has some. */
export interface QueryOptions extends Pick<
  FactFilter,
  'country' | 'pair' | 'since' | 'until' | 'type' | 'kind' | 'status' | 'measure' | 'name' | 'limit' | 'offset'
> {
  readonly db: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  /** A person's name or id, resolved to canonical ids before the store is asked. */
  readonly person?: string;
}

export const formatOf = (o: { readonly json?: boolean; readonly csv?: boolean }): RowsFormat => (o.json ? 'json' : o.csv ? 'csv' : 'table');

type QueryName = 'events' | 'agreements' | 'trade' | 'people' | 'documents';

interface FactQuery {
  readonly load: (store: Store, filter: FactFilter) => Promise<readonly unknown[]>;
  readonly flatten: (rows: never) => Flattened;
  /** The columns of the table view (CSV has them all). */
  readonly table: readonly string[];
}

const QUERIES: Readonly<Record<QueryName, FactQuery>> = {
  events: {
    load: (s, f) => s.events(f),
    flatten: flattenEvents,
    table: ['id', 'date', 'end_date', 'type', 'planned', 'countries', 'place', 'participants', 'num_documents'],
  },
  agreements: { load: (s, f) => s.agreements(f), flatten: flattenAgreements, table: ['id', 'date', 'status', 'kind', 'parties', 'title', 'num_documents'] },
  trade: {
    load: (s, f) => s.trade(f),
    flatten: flattenTrade,
    table: ['id', 'parties', 'direction', 'measure', 'year', 'kind', 'value', 'num_documents', 'conflicts_with'],
  },
  people: { load: (s, f) => s.people(f), flatten: flattenPeople, table: ['id', 'name', 'country', 'role', 'aliases', 'num_documents'] },
  documents: {
    load: (s, f) => s.documents(f),
    flatten: flattenDocuments,
    table: ['id', 'source', 'title', 'publisher', 'published', 'duplicate_of', 'events', 'agreements', 'trade', 'people'],
  },
};

/** The people a name means, or a CliError: a name that finds nobody must not read as "no events". */
async function peopleNamed(store: Store, name: string): Promise<string[]> {
  const people = await store.people({ name, maxSources: 0 });
  if (!people.length) throw new CliError(`--person: nobody named "${name}" is stored (readout people --name lists who is)`);
  return people.map((p) => p.id);
}

async function filterOf(store: Store, o: QueryOptions): Promise<FactFilter> {
  if (o.since && o.until && o.since.slice(0, o.until.length) > o.until) throw new CliError(`--since ${o.since} is after --until ${o.until}`);
  return {
    country: o.country,
    pair: o.pair,
    since: o.since,
    until: o.until,
    type: o.type,
    kind: o.kind,
    status: o.status,
    measure: o.measure,
    name: o.name,
    limit: o.limit,
    offset: o.offset,
    person: o.person === undefined ? undefined : await peopleNamed(store, o.person),
  };
}

export async function runQuery(name: QueryName, options: QueryOptions, io: Io): Promise<number> {
  const q = QUERIES[name];
  await withStore(options.db, 'read', async (store) => {
    const rows = await q.load(store, await filterOf(store, options));
    io.out(renderRows(formatOf(options), rows, q.flatten(rows as never), q.table));
  });
  return 0;
}
