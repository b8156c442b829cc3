// The SQLite backend: one file, WAL journal, migrations applied on open. A committed document
// survives a killed process (WAL + synchronous=NORMAL is durable against process crashes). Documents
// are written by group commit (sqlite-write.ts): saveDocument resolves once its transaction commits.
import { Kysely, Migrator, sql, SqliteDialect, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from './migrations/migrations.js';
import type { ReadHints } from '../../read/read-document.js';
import type { AnalysedDocument, FactFilter, Store } from '../store.js';
import { conflicts, countries, dataVersion, documentDetail, pairs, searchPage } from './sqlite-browse.js';
import type { SqliteSchema } from './sqlite-database.js';
import { openSqliteDatabase } from './sqlite-driver.js';
import { queryAgreements, queryDocuments, queryEvents, queryPeople, queryTrade, search, stats } from './sqlite-read.js';
import { listCorrections } from './sqlite-corrections.js';
import { factDetail } from './sqlite-fact.js';
import { makeCorrection, undoCorrection } from '../../merge/corrections.js';
import { removeDocument } from '../../merge/merge-document.js';
import type { DuplicateIndex } from '../../merge/duplicate-index.js';
import type { MergeSteps } from '../../merge/merge-steps.js';
import { Query, type Row } from './sqlite-statements.js';
import { DEFAULT_GROUP_COMMIT, DocumentWriter, type GroupCommitOptions } from './sqlite-write.js';

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export interface SqliteStoreOptions {
  readonly path: string;
  /** The clock, for `ingested_at`: injected so tests can pin it. */
  readonly now?: () => string;
  /** How many documents one transaction holds at most, and how long a document waits for it. */
  readonly groupCommit?: GroupCommitOptions;
  /** Milliseconds on a monotonic clock, for group commit's timers: injected so tests can drive them. */
  readonly clock?: () => number;
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const handles = openSqliteDatabase(options.path);
  const { kysely, connection } = handles;
  const db = new Kysely<SqliteSchema>({ dialect: new SqliteDialect({ database: kysely }) });
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`cannot migrate ${options.path}${failed ? ` (${failed})` : ''}: ${(error as Error).message}`);
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
  const byHash = new Query<{ hash: string }, Pick<Row<'documents'>, 'id' | 'source' | 'extractor' | 'content_hash'>>(connection, 'select "id", "source", "extractor", "content_hash" from "documents" where "content_hash" = @hash');
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
  return {
    location: options.path,
    documentByHash: async (hash) => byHash.get({ hash }) ?? null,
    saveDocument: async (doc: AnalysedDocument) => {
      const outcome = await writer.save(doc);
      ownCommits++;
      return outcome;
    },
    documentsToReindex: async (extractor, all) => {
      // Imported facts have no text to extract again: they stay as they came.
      let q = db.selectFrom('documents').select('id').where(sql<boolean>`coalesce(read_hints ->> '$.facts', 0) = 0`).orderBy('id');
      if (!all) q = q.where('extractor', '!=', extractor);
      return (await q.execute()).map((r) => r.id);
    },
    reindexItem: async (id) => {
      const row = reindexRow.get({ id });
      return row ? { id: row.id, source: row.source, raw: row.raw, publishedOption: row.published_option, readHints: row.read_hints ? (JSON.parse(row.read_hints) as ReadHints) : {} } : null;
    },
    documentsBySource: async (source) => {
      writer.flush();
      return bySource.all({ source });
    },
    removeDocument: async (id) => {
      const [row] = await queryDocuments(db, { ids: [String(id)] });
      if (!row) return null;
      return alone((duplicates) => removeDocument(duplicates, id, row.source));
    },
    fact: (id) => factDetail(db, id),
    correct: async (request, author) => {
      const id = alone<number>(() => makeCorrection(request, author, now()));
      return (await listCorrections(db, {})).find((c) => c.id === id)!;
    },
    corrections: (filter) => listCorrections(db, filter),
    undoCorrection: async (id, by) => {
      alone<void>(() => undoCorrection(id, by, now()));
      return (await listCorrections(db, {})).find((c) => c.id === id)!;
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
    },
  };
}
