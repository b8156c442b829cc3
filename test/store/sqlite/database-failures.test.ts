// Databases that cannot serve, through the real CLI: each failure is one line naming the file and
// what is wrong with it, never a stack; a read-only database still answers queries; two processes
// creating one database at once both succeed; nothing is created where nothing was asked for.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations/migrations.js';
import { cli, CLI, EXAMPLES, NEEDS_BUILD, ROOT } from '../../helpers.js';

/** One line on stderr, `readout: …`, and no stack. */
function assertOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, /^readout: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

let dir = '';
let good = '';
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readout-db-'));
  chmodSync(dir, 0o755);
  good = join(dir, 'good.db');
  assert.equal((await cli(['ingest', EXAMPLES, '--db', good, '--workers', '2'])).code, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('databases that cannot serve', () => {
  it('a folder that does not exist, for a new database or a query', async () => {
    const missing = join(dir, 'no-such-folder', 'x.db');
    const ingest = await cli(['ingest', join(EXAMPLES, '01-kuksaroy-talks.txt'), '--db', missing]);
    assert.equal(ingest.code, 1);
    assertOneLine(ingest.stderr, /: the folder .*no-such-folder does not exist$/);
    const query = await cli(['events', '--db', missing]);
    assertOneLine(query.stderr, /no database at .*: ingest documents first/);
    assert.equal(existsSync(join(dir, 'no-such-folder')), false, 'nothing created');
  });

  it('a query on a path that does not exist says so and creates nothing', async () => {
    const path = join(dir, 'never.db');
    for (const verb of [['events'], ['stats'], ['search', 'x'], ['export', '--format', 'ndjson'], ['reindex']]) {
      const r = await cli([...verb, '--db', path]);
      assert.equal(r.code, 1);
      assertOneLine(r.stderr, /^readout: no database at .*never\.db/);
    }
    assert.equal(existsSync(path), false);
  });

  it('a file that is not a database', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
    for (const verb of [['stats'], ['ingest', join(EXAMPLES, '01-kuksaroy-talks.txt')]]) {
      const r = await cli([...verb, '--db', path]);
      assert.equal(r.code, 1);
      assertOneLine(r.stderr, /notes\.db: not a database \(not an SQLite file, or an encrypted one\)$/);
    }
  });

  it('a corrupt database, found at opening or under a query', async () => {
    const path = join(dir, 'corrupt.db');
    copyFileSync(good, path);
    // Overwrite the second half of the file: pages of the tables and their indexes.
    const fd = openSync(path, 'r+');
    const size = statSync(path).size;
    writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 2));
    closeSync(fd);
    for (const verb of [['events'], ['search', 'Tokayev'], ['export', '--format', 'csv'], ['stats']]) {
      const r = await cli([...verb, '--db', path]);
      assert.equal(r.code, 1, verb.join(' '));
      assertOneLine(r.stderr, /corrupt\.db: (the database file is corrupt|not a database)/);
    }
  });

  it('a database from a newer Readout is left untouched: "upgrade"', async () => {
    const path = join(dir, 'newer.db');
    copyFileSync(good, path);
    const db = new Database(path);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('999-from-the-future', new Date().toISOString());
    db.close();
    for (const verb of [['stats'], ['ingest', join(EXAMPLES, '01-kuksaroy-talks.txt')]]) {
      const r = await cli([...verb, '--db', path]);
      assert.equal(r.code, 1);
      assertOneLine(
        r.stderr,
        /newer\.db: created by a newer Readout \(its schema has 999-from-the-future, which this version does not know\): upgrade Readout$/,
      );
    }
  });

  it('--limit and --workers out of range are refused by name', async () => {
    const limit = await cli(['events', '--db', good, '--limit', '99999999999999999999']);
    assertOneLine(limit.stderr, /option '--limit <n>' argument '99999999999999999999' is invalid\. expected a whole number from 1 to 9007199254740991/);
    const workers = await cli(['ingest', EXAMPLES, '--db', good, '--workers', '100000']);
    assertOneLine(workers.stderr, /option '--workers <n>' argument '100000' is invalid\. expected a whole number of threads from 1 to 256/);
  });
});

describe('read-only databases and concurrent creation', { skip: NEEDS_BUILD }, () => {
  it('a read-only database in a read-only folder answers queries; ingest into it is refused in one line', { timeout: 120_000 }, () => {
    const folder = join(dir, 'readonly');
    mkdirSync(folder);
    const path = join(folder, 'corpus.db');
    copyFileSync(good, path);
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    // Root writes anything: the permissions are tested as an ordinary user.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--db', path], { cwd: ROOT, encoding: 'utf8', ...user });
    try {
      const stats = run(['stats', '--json']);
      assert.equal(stats.status, 0, stats.stderr);
      assert.equal(JSON.parse(stats.stdout).documents, 12);
      assert.equal(run(['events', '--json']).status, 0);
      assert.equal(run(['search', 'Tokayev']).status, 0);
      const ingest = run(['ingest', join(EXAMPLES, '01-kuksaroy-talks.txt')]);
      assert.equal(ingest.status, 1);
      assertOneLine(ingest.stderr, /corpus\.db: the database or its folder is read-only: queries work, ingest needs to write both$/);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('two processes creating one database at once both succeed, and the schema is made once', { timeout: 120_000 }, async () => {
    const path = join(dir, 'together.db');
    const files = ['01-kuksaroy-talks.txt', '03-erdogan-aliyev-phone-call.txt', '05-uzbekistan-pakistan-trade.txt', '07-chile-argentina-ministers.txt'];
    const runs = files.map(
      (file) =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          // (Four processes warming their workers at once on a small machine: the time budget is not what is tested here.)
          const child = spawn(process.execPath, [CLI, 'ingest', join(EXAMPLES, file), '--db', path, '--workers', '1', '--doc-timeout', '60'], { cwd: ROOT });
          let output = '';
          child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
          child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
          child.on('close', (code) => resolve({ code, output }));
        }),
    );
    for (const r of await Promise.all(runs)) assert.equal(r.code, 0, r.output);
    const db = new Database(path, { readonly: true });
    assert.deepEqual(
      (db.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map((r) => r.name),
      Object.keys(MIGRATIONS).sort(),
    );
    assert.deepEqual(
      (db.prepare('select source from documents order by source').all() as Array<{ source: string }>).map((r) => r.source),
      files.map((f) => `examples/${f}`),
    );
    db.close();
  });
});
