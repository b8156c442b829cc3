// Opening the corpus for a verb: the database named by --db (else READOUT_DB, else ./readout.db,
// settings.ts). The verbs that only read it refuse a database that is not there rather than create
// an empty one; a database that cannot be opened is a CliError naming it.
import { existsSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { CliError } from './errors.js';

export async function withStore<T>(db: string, mode: 'read' | 'write', run: (store: Store) => Promise<T>): Promise<T> {
  if (mode === 'read' && !existsSync(db)) throw new CliError(`no database at ${db}: ingest documents first, or name the database with --db or READOUT_DB`);
  let store: Store;
  try {
    store = await openStore(db);
  } catch (error) {
    throw new CliError(`cannot open the database ${db}: ${(error as Error).message}`, undefined, { cause: error });
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
