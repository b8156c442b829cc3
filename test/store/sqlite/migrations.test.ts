// Migrations carry stored data forward: a database made by an earlier version opens in this one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations/migrations.js';
import { openStore } from '../../../src/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const open = (path: string) => {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  return { db, migrator: new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } }) };
};

/** The schema as SQLite states it: every table, index, view and trigger with its SQL. */
function schema(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("select type, name, sql from sqlite_master where name not like 'kysely_%' order by type, name").all();
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('every down path runs, one version at a time, and the way back up rebuilds the same schema', async () => {
    const path = join(dir, 'down.db');
    const { db, migrator } = open(path);
    try {
      assert.equal((await migrator.migrateToLatest()).error, undefined);
      const latest = schema(path);
      const names = Object.keys(MIGRATIONS);
      const seen = new Set<string>();
      // Down from the latest to the first version, checking each step changed the schema.
      for (let i = names.length - 2; i >= 0; i--) {
        const result = await migrator.migrateTo(names[i]!);
        assert.equal(result.error, undefined, `down to ${names[i]}`);
        assert.deepEqual(
          result.results?.map((r) => [r.migrationName, r.direction, r.status]),
          [[names[i + 1], 'Down', 'Success']],
        );
        const now = JSON.stringify(schema(path));
        assert.ok(!seen.has(now) && now !== JSON.stringify(latest), `${names[i + 1]} down changed the schema`);
        seen.add(now);
      }
      assert.equal((await migrator.migrateToLatest()).error, undefined);
      assert.deepEqual(schema(path), latest);
    } finally {
      await db.destroy();
    }
  });

  it('003 moves the sentences of stored documents into their rows, readable as before through the sentences view', async () => {
    const path = join(dir, 'v002.db');
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    const { error } = await new Migrator({ db: kysely, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } }).migrateTo('002-merge-candidate-indexes');
    assert.equal(error, undefined);
    await kysely.destroy();

    const old = new Database(path);
    const insertDocument = old.prepare(`insert into documents (source, content_hash, extractor, fields, text, raw, minhash, ingested_at)
      values (?, ?, 'readout-extract/old', '{}', ?, x'00', x'00', '2026-01-01T00:00:00Z')`);
    const a = Number(insertDocument.run('a.txt', 'hash-a', 'One. Two words.').lastInsertRowid);
    const b = Number(insertDocument.run('b.txt', 'hash-b', 'No sentences kept.').lastInsertRowid);
    // Beyond ASCII, beyond the BMP, and a NUL (where SQLite's text functions stop).
    const wide = 'Ünï 😀 one. Two\u0000 words 𝔘.';
    const c = Number(insertDocument.run('c.txt', 'hash-c', wide).lastInsertRowid);
    const insertSentence = old.prepare('insert into sentences (document_id, idx, start, "end", text) values (?, ?, ?, ?, ?)');
    // Inserted out of order: the array follows the sentence index.
    insertSentence.run(a, 1, 5, 15, 'Two words.');
    insertSentence.run(a, 0, 0, 4, 'One.');
    insertSentence.run(c, 0, 0, 11, wide.slice(0, 11));
    insertSentence.run(c, 1, 12, wide.length, wide.slice(12));
    old.close();

    const store = await openStore(path);
    try {
      assert.equal((await store.stats()).sentences, 4);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      assert.deepEqual(db.prepare('select document_id, idx, start, "end", text from sentences order by document_id, idx').all(), [
        { document_id: a, idx: 0, start: 0, end: 4, text: 'One.' },
        { document_id: a, idx: 1, start: 5, end: 15, text: 'Two words.' },
        { document_id: c, idx: 0, start: 0, end: 11, text: wide.slice(0, 11) },
        { document_id: c, idx: 1, start: 12, end: wide.length, text: wide.slice(12) },
      ]);
      assert.equal((db.prepare('select sentences from documents where id = ?').get(b) as { sentences: string }).sentences, '[]');
    } finally {
      db.close();
    }

    // Down to 002 and up again: the same rows.
    const rows = () => {
      const check = new Database(path, { readonly: true });
      try {
        return check.prepare('select document_id, idx, start, "end", text from sentences order by document_id, idx').all();
      } finally {
        check.close();
      }
    };
    const before = rows();
    const again = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    const migrator = new Migrator({ db: again, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
    assert.equal((await migrator.migrateTo('002-merge-candidate-indexes')).error, undefined);
    assert.deepEqual(rows(), before);
    assert.equal((await migrator.migrateToLatest()).error, undefined);
    await again.destroy();
    assert.deepEqual(rows(), before);
  });
});
