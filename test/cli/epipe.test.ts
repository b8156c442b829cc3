// `readout ingest | head`: the reader of the per-document lines goes away after the first one. Ingest
// then reads no more inputs, stores what was under way, says on stderr what it stored, and exits 1:
// a batch cut short is not a success. Before, the closed pipe ended the process at once with code 0,
// the summary unsaid. The database holds exactly what the summary reports.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { generateDocument } from '../../bench/generate-corpus.js';
import { CLI, NEEDS_BUILD, ROOT } from '../helpers.js';

const DOCUMENTS = 600;

describe('ingest into a pipe that closes', { skip: NEEDS_BUILD }, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-epipe-'));
    mkdirSync(join(dir, 'docs'));
    for (let i = 0; i < DOCUMENTS; i++) {
      const doc = generateDocument(i, 3, 'brief');
      writeFileSync(join(dir, 'docs', doc.name), doc.text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stops reading inputs, reports what it stored, and exits 1', { timeout: 120_000 }, async () => {
    const db = join(dir, 'cut.db');
    const child = spawn(process.execPath, [CLI, 'ingest', join(dir, 'docs'), '--db', db, '--workers', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `head -1`: the first line, then the reading end is closed.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1, stderr);
    const summary = /^(\d+) stored, 0 skipped, 0 failed in [\d.]+ s → .*cut\.db$/m.exec(stderr);
    assert.ok(summary, stderr);
    assert.match(
      stderr,
      /^readout: the output was closed before the end \(a pipe whose reader stopped\): ingest stopped there; the line above says what was stored$/m,
    );
    const stored = Number(summary[1]);
    assert.ok(stored >= 1 && stored < DOCUMENTS, `${stored} stored`);
    const check = new Database(db, { readonly: true });
    assert.equal((check.prepare('select count(*) as n from documents').get() as { n: number }).n, stored, 'the database holds what the summary says');
    check.close();
  });
});
