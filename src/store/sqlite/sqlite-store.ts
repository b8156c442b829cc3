// The SQLite backend: one file, WAL journal, migrations applied on open. A committed document
// survives a killed process (WAL + synchronous=NORMAL is durable against process crashes). Documents
// are written by group commit (sqlite-write.ts): saveDocument resolves once its transaction commits.
import {
  CompiledQuery,
  Kysely,
  Migrator,
  sql,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type MigrationProvider,
  type SqliteDatabase,
} from 'kysely';
import { MIGRATIONS } from './migrations/migrations.js';
import type { ReadHints } from '../../read/read-document.js';
import { StoreError, type AnalysedDocument, type FactFilter, type Store } from '../store.js';
import { conflicts, countries, dataVersion, documentDetail, pairs, searchPage } from './sqlite-browse.js';
import type { SqliteSchema } from './sqlite-database.js';
import { openSqliteDatabase, type SqliteDatabaseHandles } from './sqlite-driver.js';
import { guarded, storeErrorOf } from './sqlite-errors.js';
import { queryAgreements, queryDocuments, queryEvents, queryPeople, queryTrade, search, stats } from './sqlite-read.js';
import { correctionById, listCorrections } from './sqlite-corrections.js';
import { factDetail } from './sqlite-fact.js';
import { makeCorrection, undoCorrection } from '../../merge/corrections.js';
import { removeDocument } from '../../merge/merge-document.js';
import type { DuplicateIndex } from '../../merge/duplicate-index.js';
import type { MergeSteps } from '../../merge/merge-steps.js';
import { Query, type Connection, type Row } from './sqlite-statements.js';
import { DEFAULT_GROUP_COMMIT, DocumentWriter, type GroupCommitOptions } from './sqlite-write.js';

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export interface SqliteStoreOptions {
  readonly path: string;
  /** Open only to read (no schema upgrade, no journal change). */
  readonly readonly?: boolean;
  /** The clock, for `ingested_at`: injected so tests can pin it. */
  readonly now?: () => string;
  /** How many documents one transaction holds at most, and how long a document waits for it. */
  readonly groupCommit?: GroupCommitOptions;
  /** Milliseconds on a monotonic clock, for group commit's timers: injected so tests can drive them. */
  readonly clock?: () => number;
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  let handles: SqliteDatabaseHandles;
  try {
    handles = openSqliteDatabase(options.path, { readonly: options.readonly });
  } catch (error) {
    throw storeErrorOf(error, options.path);
  }
  const { kysely, connection } = handles;
  const db = new Kysely<SqliteSchema>({ dialect: new SqliteDialect({ database: kysely }) });
  try {
    await schemaReady(connection, kysely, options);
  } catch (error) {
    await db.destroy();
    throw storeErrorOf(error, options.path);
  }
  const now = options.now ?? (() => new Date().toISOString());
  const writer = new DocumentWriter(connection, now, options.groupCommit ?? DEFAULT_GROUP_COMMIT, options.clock);
  // The writer keeps a transaction open between documents; every query commits it first, so it reads
  // only what is committed (and what it reads cannot be rolled back afterwards). The write path's own
  // reads (documentByHash, reindexItem) use prepared statements outside Kysely and leave it open.
  handles.beforeQuery = () => writer.flush();
  const reindexRow = new Query<{ id: number }, Pick<Row<'documents'>, 'id' | 'source' | 'raw' | 'published_option' | 'read_hints'>>(
    connection,
    'select "id", "source", "raw", "published_option", "read_hints" from "documents" where "id" = @id',
  );
  // data_version moves with other connections' commits only: this store's own are counted here.
  let ownCommits = 0;
  const byHash = new Query<{ hash: string }, Pick<Row<'documents'>, 'id' | 'source' | 'extractor' | 'content_hash'>>(
    connection,
    'select "id", "source", "extractor", "content_hash" from "documents" where "content_hash" = @hash',
  );
  const bySource = new Query<{ source: string }, Pick<Row<'documents'>, 'id' | 'source' | 'extractor' | 'content_hash'>>(
    connection,
    'select "id", "source", "extractor", "content_hash" from "documents" where "source" = @source order by "id" desc',
  );
  /** Runs a write of its own (a correction, a removal), counted as this store's commit. */
  const alone = <T>(flow: (duplicates: DuplicateIndex) => MergeSteps<T>): T => {
    const result = writer.runAlone(flow);
    ownCommits++;
    return result;
  };
  return guarded<Store>(
    {
      location: options.path,
      documentByHash: async (hash) => byHash.get({ hash }) ?? null,
      saveDocument: async (doc: AnalysedDocument) => {
        const outcome = await writer.save(doc);
        ownCommits++;
        return outcome;
      },
      documentsToReindex: async (extractor, all) => {
        // Imported facts have no text to extract again: they stay as they came.
        let q = db
          .selectFrom('documents')
          .select('id')
          .where(sql<boolean>`coalesce(read_hints ->> '$.facts', 0) = 0`)
          .orderBy('id');
        if (!all) q = q.where('extractor', '!=', extractor);
        return (await q.execute()).map((r) => r.id);
      },
      reindexItem: async (id) => {
        const row = reindexRow.get({ id });
        return row
          ? {
              id: row.id,
              source: row.source,
              raw: row.raw,
              publishedOption: row.published_option,
              readHints: row.read_hints ? (JSON.parse(row.read_hints) as ReadHints) : {},
            }
          : null;
      },
      // A prepared statement, like documentByHash: ingest asks it for every new file, and committing
      // the open group for each would end group commit.
      documentsBySource: async (source) => bySource.all({ source }),
      removeDocument: async (id) => {
        const [row] = await queryDocuments(db, { ids: [String(id)] });
        if (!row) return null;
        return alone((duplicates) => removeDocument(duplicates, id, row.source));
      },
      fact: (id) => factDetail(db, id),
      correct: async (request, author) => {
        const id = alone<number>(() => makeCorrection(request, author, now()));
        return (await correctionById(db, id))!;
      },
      corrections: (filter) => listCorrections(db, filter),
      undoCorrection: async (id, by) => {
        alone<void>(() => undoCorrection(id, by, now()));
        return (await correctionById(db, id))!;
      },
      events: (filter?: FactFilter) => queryEvents(db, filter),
      agreements: (filter?: FactFilter) => queryAgreements(db, filter),
      trade: (filter?: FactFilter) => queryTrade(db, filter),
      people: (filter?: FactFilter) => queryPeople(db, filter),
      documents: (filter?: FactFilter) => queryDocuments(db, filter),
      search: (text, limit, offset) => search(db, text, limit, offset),
      stats: () => stats(db),
      document: (id) => documentDetail(db, id),
      countries: () => countries(db),
      pairs: (country) => pairs(db, country),
      conflicts: (filter) => conflicts(db, filter),
      searchPage: (query) => searchPage(db, query),
      dataVersion: async () => `${await dataVersion(db)}.${ownCommits}`,
      close: async () => {
        writer.flush();
        await db.destroy();
        // Kysely closes the file only if it ever ran a query (ingest may not have): closed here in any case.
        kysely.close();
      },
    },
    options.path,
  );
}

/**
 * The schema at this version's latest migration. A writer applies the missing migrations inside an
 * immediate transaction, so a second process opening a new database waits for the first and then
 * finds them applied; a reader only checks. A database with migrations this version does not know
 * was made by a newer Readout, and is not touched.
 */
async function schemaReady(connection: Connection, kysely: SqliteDatabase, options: SqliteStoreOptions): Promise<void> {
  const applied = appliedMigrations(connection);
  const unknown = applied.filter((name) => !(name in MIGRATIONS));
  if (unknown.length)
    throw new StoreError(
      `${options.path}: created by a newer Readout (its schema has ${unknown.join(', ')}, which this version does not know): upgrade Readout`,
    );
  if (options.readonly) {
    const missing = Object.keys(MIGRATIONS).filter((name) => !applied.includes(name));
    if (missing.length)
      throw new StoreError(
        `${options.path}: made by an older Readout, its schema needs upgrading: run readout ingest or readout reindex on it once with write access`,
      );
    return;
  }
  if (Object.keys(MIGRATIONS).every((name) => applied.includes(name))) return;
  // Kysely runs SQLite migrations outside a transaction and its migration lock is a no-op there (it
  // assumes one connection): two processes would both apply them. They run inside one immediate
  // transaction instead, so the second process waits for the first, then finds them applied; a
  // migration's own transaction is a savepoint inside it.
  connection.exec('begin immediate');
  try {
    const migrating = new Kysely<SqliteSchema>({ dialect: new SavepointSqliteDialect({ database: kysely }) });
    const { error, results } = await new Migrator({ db: migrating, provider }).migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      // SQLite's own failures (a read-only file, a lock held past the busy timeout) are said as such by the caller.
      if (error instanceof Error && (error as { code?: unknown }).code) throw error;
      throw new Error(`cannot migrate ${options.path}${failed ? ` (${failed})` : ''}: ${(error as Error).message}`, { cause: error });
    }
    connection.exec('commit');
  } finally {
    if (connection.inTransaction) connection.exec('rollback');
  }
}

/** The names of the migrations a database has applied (none for a new file). */
function appliedMigrations(connection: Connection): string[] {
  const table = connection.prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`).get();
  return table ? (connection.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map((r) => r.name) : [];
}

/**
 * Kysely's SQLite dialect with transactions as savepoints, for migrations run inside the immediate
 * transaction above (SQLite has no nested BEGIN). Never destroyed: it shares the store's connection.
 */
class SavepointSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const savepoint = (connection: DatabaseConnection, sql: string) => connection.executeQuery(CompiledQuery.raw(sql)).then(() => {});
    const driver = super.createDriver() as SqliteDriver;
    driver.beginTransaction = (connection) => savepoint(connection, 'savepoint migration');
    driver.commitTransaction = (connection) => savepoint(connection, 'release migration');
    driver.rollbackTransaction = async (connection) => {
      await savepoint(connection, 'rollback to migration');
      await savepoint(connection, 'release migration');
    };
    return driver;
  }
}
