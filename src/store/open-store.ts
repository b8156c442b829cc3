// Which store to open (the path comes from the --db setting, src/cli/settings.ts). One backend today
// (SQLite); another one plugs in here behind the same Store interface.
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { OpenOptions, Store } from './store.js';

export function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  return openSqliteStore({ path, readonly: options.readonly });
}
