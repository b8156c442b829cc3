// The fact queries (`readout events|agreements|trade|people|documents`): rows from the store,
// rendered as a table, JSON rows or CSV from one loader (corpus-output.ts).
import { flattenAgreements, flattenDocuments, flattenEvents, flattenPeople, flattenTrade, type Flattened } from '../export/flatten.js';
import type { FactFilter, Store } from '../store/store.js';
import { renderRows, type RowsFormat } from './corpus-output.js';
import { withStore } from './corpus.js';
import type { Io } from './io.js';

export interface QueryOptions extends FactFilter {
  readonly db: string;
  readonly json?: boolean;
  readonly csv?: boolean;
}

export const formatOf = (o: { readonly json?: boolean; readonly csv?: boolean }): RowsFormat => (o.json ? 'json' : o.csv ? 'csv' : 'table');

interface FactQuery {
  readonly load: (store: Store, filter: FactFilter) => Promise<readonly unknown[]>;
  readonly flatten: (rows: never) => Flattened;
  /** The columns of the table view (CSV has them all). */
  readonly table: readonly string[];
}

const QUERIES: Readonly<Record<'events' | 'agreements' | 'trade' | 'people' | 'documents', FactQuery>> = {
  events: { load: (s, f) => s.events(f), flatten: flattenEvents, table: ['id', 'date', 'type', 'countries', 'participants', 'num_documents'] },
  agreements: { load: (s, f) => s.agreements(f), flatten: flattenAgreements, table: ['id', 'date', 'status', 'kind', 'parties', 'title', 'num_documents'] },
  trade: { load: (s, f) => s.trade(f), flatten: flattenTrade, table: ['id', 'parties', 'measure', 'year', 'kind', 'qualifier', 'value_usd', 'num_documents', 'conflicts_with'] },
  people: { load: (s, f) => s.people(f), flatten: flattenPeople, table: ['id', 'name', 'country', 'role', 'aliases', 'num_documents'] },
  documents: { load: (s, f) => s.documents(f), flatten: flattenDocuments, table: ['id', 'source', 'published', 'duplicate_of', 'events', 'agreements', 'trade', 'people'] },
};

export async function runQuery(name: keyof typeof QUERIES, options: QueryOptions, io: Io): Promise<number> {
  const { db, json, csv, ...filter } = options;
  const q = QUERIES[name];
  await withStore(db, 'read', async (store) => {
    const rows = await q.load(store, filter);
    io.out(renderRows(formatOf({ json, csv }), rows, q.flatten(rows as never), q.table));
  });
  return 0;
}
