// The merge flow is written once for synchronous and asynchronous backends: run through an
// asynchronous port (every answer a promise, as a network database gives), it makes the same calls in
// the same order and leaves the same rows as through the synchronous one.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { analyseDocument } from '../../src/ingest/analyse.js';
import { DuplicateIndex } from '../../src/merge/duplicate-index.js';
import { mergeDocument } from '../../src/merge/merge-document.js';
import type { MergePort } from '../../src/merge/merge-port.js';
import { runMerge, runMergeAsync, type AsyncMergePort } from '../../src/merge/merge-steps.js';
import { SqliteMergePort } from '../../src/store/sqlite/sqlite-merge-port.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MERGE_FIXTURES } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-steps-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const docs = readdirSync(MERGE_FIXTURES)
  .sort()
  .map((f) => analyseDocument(f, readFileSync(join(MERGE_FIXTURES, f))));

/** A fresh, migrated SQLite file with a merge port on it, every call it answers logged. */
async function loggedPort(name: string): Promise<{ db: Database.Database; port: SqliteMergePort; calls: string[] }> {
  const path = join(dir, name);
  await (await openSqliteStore({ path })).close();
  const db = new Database(path);
  const port = new SqliteMergePort(db);
  const calls: string[] = [];
  const logged = new Proxy(port, {
    get:
      (target, method: keyof MergePort) =>
      (...args: unknown[]) => {
        calls.push(method);
        return (target[method] as (...a: unknown[]) => unknown).apply(target, args);
      },
  });
  return { db, port: logged, calls };
}

const rows = (db: Database.Database): unknown =>
  Object.fromEntries(
    ['people', 'events', 'agreements', 'trade', 'mentions', 'evidence', 'fact_countries'].map((t) => [t, db.prepare(`select * from ${t} order by 1, 2`).all()]),
  );

describe('merge steps', () => {
  it('run the same through a synchronous and an asynchronous port', async () => {
    const sync = await loggedPort('sync.db');
    const async = await loggedPort('async.db');
    const asyncPort = new Proxy(async.port, {
      get:
        (target, method: keyof MergePort) =>
        async (...args: unknown[]) =>
          (target[method] as (...a: unknown[]) => unknown)(...args),
    }) as unknown as AsyncMergePort;
    for (const t of [sync, async]) {
      t.db.exec('begin');
      t.port.beginTransaction();
    }
    const [syncIndex, asyncIndex] = [new DuplicateIndex(), new DuplicateIndex()];
    for (const doc of docs) {
      const a = runMerge(sync.port, mergeDocument(syncIndex, doc, 'now'));
      const b = await runMergeAsync(asyncPort, mergeDocument(asyncIndex, doc, 'now'));
      assert.deepEqual(b, a, doc.source);
    }
    for (const t of [sync, async]) {
      t.port.flushRows();
      t.db.exec('commit');
    }
    assert.ok(sync.calls.length > 50);
    assert.deepEqual(async.calls, sync.calls);
    assert.deepEqual(rows(async.db), rows(sync.db));
    sync.db.close();
    async.db.close();
  });
});
