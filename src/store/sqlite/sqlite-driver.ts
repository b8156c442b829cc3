// The only file that touches better-sqlite3: it returns Kysely's own SqliteDatabase interface.
import Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

export function openSqliteDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
