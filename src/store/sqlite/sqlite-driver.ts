// The only file that touches better-sqlite3: it returns Kysely's own SqliteDatabase interface.
// Kysely prepares every query afresh; the same few statements run for every document ingested,
// so prepared statements are cached by their SQL text (bounded, least recently used dropped).
import Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_SIZE = 500;

export function openSqliteDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A large page cache and memory-mapped reads: ingest touches index pages all over a big file.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = db.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
