// Opening the corpus for a verb: the database named by --db (else READOUT_DB, else ./readout.db,
// settings.ts). The verbs that only read it refuse a database that is not there rather than create
// an empty one, and open it read-only; a database that cannot be opened, or fails under a verb, is a
// CliError naming it and saying what is wrong.
import { existsSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import { StoreError, type Store } from '../store/store.js';
import { CliError } from './errors.js';

/**
 * How a verb uses the database: `read` only reads one that exists (opened read-only, so a read-only
 * file or folder serves), `update` writes one that exists (reindex), `write` creates it if need be.
 */
export type StoreMode = 'read' | 'update' | 'write';

export async function withStore<T>(db: string, mode: StoreMode, run: (store: Store) => Promise<T>): Promise<T> {
  if (mode !== 'write' && !existsSync(db)) throw new CliError(`no database at ${db}: ingest documents first, or name the database with --db or READOUT_DB`);
  let store: Store;
  try {
    store = await openStore(db, { readonly: mode === 'read' });
  } catch (error) {
    throw new CliError(error instanceof StoreError ? error.message : `cannot open the database ${db}: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  }
  try {
    return await run(store);
  } catch (error) {
    // The database failed under the verb (a page found corrupt, the disk full): said in one line.
    if (error instanceof StoreError) throw new CliError(error.message, undefined, { cause: error });
    throw error;
  } finally {
    await store.close();
  }
}
