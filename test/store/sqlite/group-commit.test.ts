// The writer keeps a transaction open and writes each document as it arrives; these tests read the
// file through a second connection, as another process would, to see what is committed when.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import Database from 'better-sqlite3';
import { analyseDocument } from '../../../src/ingest/analyse.js';
import { openSqliteStore, type SqliteStoreOptions } from '../../../src/store/sqlite/sqlite-store.js';
import type { GroupCommitOptions } from '../../../src/store/sqlite/sqlite-write.js';
import type { Store } from '../../../src/store/store.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url).pathname;
const files = readdirSync(EXAMPLES).sort().slice(0, 3);
const analysed = files.map((f) => analyseDocument(f, readFileSync(join(EXAMPLES, f))));
const dir = mkdtempSync(join(tmpdir(), 'readout-group-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Documents committed, as a separate connection sees them. */
function committedDocuments(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const settledSoFar = async (promises: ReadonlyArray<Promise<unknown>>): Promise<boolean[]> => {
  const settled = promises.map(() => false);
  promises.forEach(
    (p, i) =>
      void p.then(
        () => (settled[i] = true),
        () => (settled[i] = true),
      ),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

/** Nothing commits by itself unless a test says so. */
const NEVER: GroupCommitOptions = { maxDocuments: 1000, maxDelayMs: 60_000, idleMs: 60_000, maxBytes: Number.MAX_SAFE_INTEGER };

/** A fresh store file named `name`, grouping by `groupCommit` (over NEVER), closed after `test`. */
async function withStore(
  name: string,
  groupCommit: Partial<GroupCommitOptions>,
  test: (store: Store, path: string) => Promise<void>,
  options: Partial<SqliteStoreOptions> = {},
): Promise<void> {
  const path = join(dir, name);
  const store = await openSqliteStore({ ...options, path, groupCommit: { ...NEVER, ...groupCommit } });
  try {
    await test(store, path);
  } finally {
    await store.close();
  }
}

describe('group commit', () => {
  it('commits a group once it holds maxDocuments; the rest waits, and a query commits it first', async () => {
    await withStore('size.db', { maxDocuments: 2 }, async (store, path) => {
      const saves = analysed.map((d) => store.saveDocument(d));
      assert.deepEqual(await settledSoFar(saves), [true, true, false]);
      assert.equal(committedDocuments(path), 2);
      // A query reads only committed data: it commits the open group, so the third is stored now.
      assert.equal((await store.stats()).documents, 3);
      assert.deepEqual(await settledSoFar(saves), [true, true, true]);
      assert.equal(committedDocuments(path), 3);
    });
  });

  it('commits a group once its documents reach maxBytes', async () => {
    await withStore('bytes.db', { maxBytes: analysed[0]!.raw.byteLength }, async (store, path) => {
      // The document alone reaches the byte bound: it commits at once.
      assert.deepEqual(await settledSoFar([store.saveDocument(analysed[0]!)]), [true]);
      assert.equal(committedDocuments(path), 1);
    });
  });

  it('commits once no document has come for idleMs, and at maxDelayMs while documents keep coming', async (t: TestContext) => {
    // Mocked timers and clock: the writer's timers fire exactly when the test moves time on.
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    const tick = async (ms: number): Promise<void> => {
      t.mock.timers.tick(ms);
      await new Promise((resolve) => setImmediate(resolve));
    };
    await withStore(
      'timers.db',
      { maxDelayMs: 1500, idleMs: 300 },
      async (store, path) => {
        // A lone document: committed once it has waited idleMs, not before.
        const lone = store.saveDocument(analysed[0]!);
        await tick(299);
        assert.deepEqual(await settledSoFar([lone]), [false]);
        await tick(1);
        assert.deepEqual(await settledSoFar([lone]), [true]);
        assert.equal(committedDocuments(path), 1);
        // A document every 100 ms never leaves the group idle for 300 ms: it commits at its maximum age.
        const first = store.saveDocument(analysed[1]!);
        const copies: Array<Promise<unknown>> = [];
        for (let i = 0; i < 14; i++) {
          await tick(100);
          copies.push(store.saveDocument({ ...analysed[2]!, source: `copy-${i}`, contentHash: `${analysed[2]!.contentHash}-${i}` }));
        }
        await tick(99); // 1499 ms after the group began
        assert.deepEqual(await settledSoFar([first]), [false]);
        await tick(1);
        assert.deepEqual(await settledSoFar([first, ...copies]), copies.map(() => true).concat(true));
        assert.equal(committedDocuments(path), 16);
      },
      { clock: () => Date.now() },
    );
  });

  it('a group that cannot begin leaves no transaction open: once the cause is gone, saving works again', async () => {
    await withStore('begin.db', { maxDocuments: 1 }, async (store, path) => {
      await store.saveDocument(analysed[0]!);
      // Another writer stores a document whose signature cannot be read: catching up with it fails.
      const other = new Database(path);
      other
        .prepare(
          `insert into documents (source, content_hash, extractor, fields, text, raw, minhash, ingested_at)
        values ('bad.txt', 'bad', 'x', '{}', 'x', x'00', x'000000', 'now')`,
        )
        .run();
      await assert.rejects(store.saveDocument(analysed[1]!));
      other.prepare(`delete from documents where content_hash = 'bad'`).run(); // would wait for a lock left open
      other.close();
      assert.equal((await store.saveDocument(analysed[1]!)).status, 'stored');
      assert.equal(committedDocuments(path), 2);
    });
  });

  it('a failing document met after others were written rolls back alone; the others are committed', async () => {
    await withStore('fail.db', { maxDocuments: 3 }, async (store, path) => {
      const [a, b, c] = analysed;
      const first = store.saveDocument(a!);
      const event = b!.facts.events[0] ?? c!.facts.events[0]!;
      const broken = { ...b!, facts: { ...b!.facts, events: [{ ...event, type: null as unknown as typeof event.type }] } };
      const failed = store.saveDocument(broken);
      const last = store.saveDocument(c!);
      await assert.rejects(failed);
      // The group now holds the other two, written again in a fresh transaction; a query commits it.
      assert.equal((await store.stats()).documents, 2);
      assert.deepEqual(
        (await Promise.allSettled([first, last])).map((r) => r.status),
        ['fulfilled', 'fulfilled'],
      );
      assert.equal(committedDocuments(path), 2);
      const db = new Database(path, { readonly: true });
      const sources = (db.prepare('select source from documents order by source').all() as Array<{ source: string }>).map((r) => r.source);
      db.close();
      assert.deepEqual(sources, [a!.source, c!.source].sort());
    });
  });
});
