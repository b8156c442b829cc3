// The only file that opens better-sqlite3: it returns Kysely's own SqliteDatabase interface for the
// queries, and the same connection for the write path's precompiled statements (sqlite-statements.ts).
// Kysely prepares every query afresh; the same few statements run again and again, so prepared
// statements are cached by their SQL text (bounded, least recently used dropped).
import Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { Connection } from './sqlite-statements.js';

const CACHE_SIZE = 500;

export interface SqliteDatabaseHandles {
  readonly kysely: SqliteDatabase;
  readonly connection: Connection;
  /**
   * Runs before every Kysely statement, synchronously (Kysely prepares each statement as it runs
   * it): the store commits its open write group here, so queries read committed data only.
   */
  beforeQuery: () => void;
}

export function openSqliteDatabase(path: string, options: { readonly readonly?: boolean } = {}): SqliteDatabaseHandles {
  const db = options.readonly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path);
  // One writer at a time (the write path holds its transaction across documents): another process
  // that wants to write waits for the lock, up to half a minute, rather than fail at once. Set first:
  // changing the journal mode of a file another process is creating waits for its lock too.
  db.pragma('busy_timeout = 30000');
  // A reader changes nothing, the journal mode included: a read-only file or folder serves it.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoint every 40 MB of log rather than 4 MB: a page rewritten by several group commits is
  // copied into the database once, and the checkpoint's fsync comes a tenth as often.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  // A large page cache and memory-mapped reads: ingest touches index pages all over a big file.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  const cache = new Map<string, SqliteStatement>();
  const handles: SqliteDatabaseHandles = {
    kysely: {
      close: () => {
        if (!db.open) return;
        // Back to a rollback journal when no other connection is open (the change needs the file alone;
        // busy_timeout 0: never wait for it): a database in WAL mode cannot be read from a read-only
        // folder, where the reader could not create its shared-memory file.
        if (!options.readonly) {
          try {
            db.pragma('busy_timeout = 0');
            db.pragma('journal_mode = DELETE');
          } catch {
            // Another connection has the file: it stays in WAL mode, as it was.
          }
        }
        db.close();
      },
      prepare(sql: string): SqliteStatement {
        handles.beforeQuery();
        return cached(sql);
      },
    },
    connection: db,
    beforeQuery: () => {},
  };
  function cached(sql: string): SqliteStatement {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = db.prepare(sql);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  }
  return handles;
}
