// Precompiled SQL for the write path. Kysely builds and compiles every query afresh (a few tens of
// microseconds each, a dozen queries per document); the ingest writer runs the same statements for
// every document, so it prepares them once and binds values directly. The types stay tied to the
// schema (sqlite-database.ts): column lists are checked against the table interfaces, parameters and
// rows are typed from them.
import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Selectable } from 'kysely';
import type { SqliteSchema } from './sqlite-database.js';

export type Connection = BetterSqlite3.Database;
export type Table = keyof SqliteSchema;
type Insert<T extends Table> = Insertable<SqliteSchema[T]>;
export type Row<T extends Table> = Selectable<SqliteSchema[T]>;
export type Column<T extends Table> = keyof Insert<T> & string;
/** Every listed column, nullable ones included (a missing named parameter is an error in SQLite). */
export type Values<T extends Table, C extends Column<T>> = { [K in C]-?: Exclude<Insert<T>[K], undefined> };

const quote = (name: string): string => `"${name}"`;

/** A prepared statement with typed named parameters (`@name` in the SQL) and typed rows. */
export class Query<P extends object, R = never> {
  readonly #statement: BetterSqlite3.Statement;

  constructor(db: Connection, sql: string) {
    this.#statement = db.prepare(sql);
  }

  all(params: P): R[] {
    return this.#statement.all(params) as R[];
  }

  get(params: P): R | undefined {
    return this.#statement.get(params) as R | undefined;
  }

  /** Runs it; the rowid of the last row inserted. */
  run(params: P): number {
    return Number(this.#statement.run(params).lastInsertRowid);
  }
}

/** `insert into table (columns) values (@column, …) [tail]`, one row per call; returns the rowid. */
export function insertRow<T extends Table, C extends Column<T>>(db: Connection, table: T, columns: readonly C[], tail = ''): (row: Values<T, C>) => number {
  const query = new Query<Values<T, C>>(
    db,
    `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')}) ${tail}`.trim(),
  );
  return (row) => query.run(row);
}

/** The most rows one multi-row insert binds: statements are prepared for 1..MAX_ROWS rows as needed. */
const MAX_ROWS = 32;

/** Multi-row `insert into table (columns) values (?, …), (?, …) [tail]`: one statement per MAX_ROWS rows. */
export function insertRows<T extends Table, C extends Column<T>>(
  db: Connection,
  table: T,
  columns: readonly C[],
  tail = '',
): (rows: ReadonlyArray<Values<T, C>>) => void {
  const bySize: Array<BetterSqlite3.Statement | undefined> = [];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (size: number): BetterSqlite3.Statement =>
    (bySize[size] ??= db.prepare(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array(size).fill(tuple).join(', ')} ${tail}`.trim()));
  return (rows) => {
    for (let from = 0; from < rows.length; from += MAX_ROWS) {
      const to = Math.min(rows.length, from + MAX_ROWS);
      const values: unknown[] = [];
      for (let i = from; i < to; i++) {
        const row = rows[i]!;
        for (const c of columns) values.push(row[c]);
      }
      statement(to - from).run(values);
    }
  };
}
