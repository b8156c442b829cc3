// Which store to open: the --db option, else READOUT_DB, else ./readout.db. One backend today (SQLite);
// another one plugs in here behind the same Store interface.
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { OpenOptions, Store } from './store.js';

export const DEFAULT_DB = './readout.db';

export function databasePath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.READOUT_DB ?? DEFAULT_DB;
}

export function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  return openSqliteStore({ path, readonly: options.readonly });
}
