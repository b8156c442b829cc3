// SQLite's failures in words: the codes better-sqlite3 gives (SQLITE_NOTADB, SQLITE_CORRUPT…) become
// a StoreError that says what is wrong with the file and what to do. Errors that are not SQLite's
// (a bug) pass through unchanged.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../store.js';

function problem(code: string | undefined, path: string): string | null {
  // better-sqlite3 checks the folder itself, and says so without a code.
  if (!existsSync(dirname(path))) return `the folder ${dirname(path)} does not exist`;
  if (code === undefined) return null;
  if (code === 'SQLITE_CANTOPEN') return 'cannot open or create the file (can its folder be written?)';
  if (code === 'SQLITE_NOTADB') return 'not a database (not an SQLite file, or an encrypted one)';
  if (code.startsWith('SQLITE_CORRUPT')) return CORRUPT;
  if (code.startsWith('SQLITE_READONLY')) return 'the database or its folder is read-only: queries work, ingest needs to write both';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'the database is locked by another process';
  if (code === 'SQLITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_IOERR')) return `input/output error on the database file (${code})`;
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied';
  return null;
}

const CORRUPT = 'the database file is corrupt: restore it from a copy (sqlite3 FILE .recover may save part of it)';

/**
 * Stored JSON that does not parse, in SQLite's JSON functions or in JSON.parse: the store writes only
 * JSON it made, so its pages were damaged where SQLite's own checks do not look (inside a value).
 */
const damagedJson = (error: unknown): boolean => error instanceof SyntaxError || /^malformed JSON$/.test((error as Error).message ?? '');

/** A StoreError naming the database for an SQLite failure; any other error as it is. */
export function storeErrorOf(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  if (damagedJson(error)) return new StoreError(`${path}: ${CORRUPT}`, { cause: error });
  const code = (error as { code?: unknown }).code;
  const said = problem(typeof code === 'string' ? code : undefined, path);
  return said ? new StoreError(`${path}: ${said}`, { cause: error }) : error;
}

/** The object with each of its methods reporting SQLite failures as StoreErrors. */
export function guarded<T extends object>(target: T, path: string): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    out[key] =
      typeof value !== 'function'
        ? value
        : async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => unknown)(...args);
            } catch (error) {
              throw storeErrorOf(error, path);
            }
          };
  }
  return out as T;
}
