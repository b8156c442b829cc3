// The SQLite backend: one file, WAL journal, migrations applied on open. A committed document
// survives a killed process (WAL + synchronous=NORMAL is durable against process crashes).
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from '../migrations/migrations.js';
import type { AnalysedDocument, FactFilter, Store } from '../store.js';
import type { SqliteSchema } from './sqlite-database.js';
import { openSqliteDatabase } from './sqlite-driver.js';
import { queryAgreements, queryDocuments, queryEvents, queryPeople, queryTrade, search, stats } from './sqlite-read.js';
import { DuplicateFinder, saveDocument } from './sqlite-write.js';

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export interface SqliteStoreOptions {
  readonly path: string;
  /** The clock, for `ingested_at`: injected so tests can pin it. */
  readonly now?: () => string;
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const db = new Kysely<SqliteSchema>({ dialect: new SqliteDialect({ database: openSqliteDatabase(options.path) }) });
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`cannot migrate ${options.path}${failed ? ` (${failed})` : ''}: ${(error as Error).message}`);
  }
  const now = options.now ?? (() => new Date().toISOString());
  const duplicates = new DuplicateFinder();
  return {
    location: options.path,
    documentByHash: async (hash) => (await db.selectFrom('documents').select(['id', 'source', 'extractor']).where('content_hash', '=', hash).executeTakeFirst()) ?? null,
    saveDocument: (doc: AnalysedDocument) => saveDocument(db, doc, now, duplicates),
    documentsToReindex: async (extractor, all) => {
      let q = db.selectFrom('documents').select('id').orderBy('id');
      if (!all) q = q.where('extractor', '!=', extractor);
      return (await q.execute()).map((r) => r.id);
    },
    reindexItem: async (id) => {
      const row = await db.selectFrom('documents').select(['id', 'source', 'raw', 'published_option']).where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, source: row.source, raw: row.raw, publishedOption: row.published_option } : null;
    },
    events: (filter?: FactFilter) => queryEvents(db, filter),
    agreements: (filter?: FactFilter) => queryAgreements(db, filter),
    trade: (filter?: FactFilter) => queryTrade(db, filter),
    people: (filter?: FactFilter) => queryPeople(db, filter),
    documents: (filter?: FactFilter) => queryDocuments(db, filter),
    search: (text, limit) => search(db, text, limit),
    stats: () => stats(db),
    close: () => db.destroy(),
  };
}
