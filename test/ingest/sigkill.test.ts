import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { generateDocument } from '../../bench/generate-corpus.js';
import { extractText } from '../../src/extract/pipeline.js';
import { openStore } from '../../src/store/open-store.js';
import { CLI, NEEDS_BUILD, ROOT } from '../helpers.js';

// Brief documents, enough for several group commits (a quarter of a second each, at most) within
// the run of the compiled CLI, which is killed after the first reports.
const TOTAL = 600;
const KILL_AFTER = 40;

interface Run { stored: string[]; skipped: string[]; killed: boolean; code: number | null }

/** Runs `readout ingest` (one line per document); with `killAfter`, SIGKILLs it once that many documents were reported stored. */
function runChild(db: string, folder: string, killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', folder, '--db', db, '--workers', '2', '--root', folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { stored: [], skipped: [], killed: false, code: null };
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const m = line.match(/^(stored|skipped) (\S+)/);
        if (m?.[1] === 'stored') run.stored.push(m[2]!);
        if (m?.[1] === 'skipped') run.skipped.push(m[2]!);
        if (killAfter !== undefined && !run.killed && run.stored.length >= killAfter) {
          run.killed = child.kill('SIGKILL');
        }
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...run, code }));
  });
}

describe('ingest survives SIGKILL', { skip: NEEDS_BUILD }, () => {
  let dir: string;
  let db: string;
  let folder: string;
  const expected = new Map<string, number>();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
    db = join(dir, 'readout.db');
    folder = join(dir, 'docs');
    mkdirSync(folder);
    for (let i = 0; i < TOTAL; i++) {
      const doc = generateDocument(i, 7, 'brief');
      writeFileSync(join(folder, doc.name), doc.text);
      const f = extractText(doc.name, doc.text);
      expected.set(doc.name, f.events.length + f.agreements.length + f.trade.length + f.people.length);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing reported stored, stays consistent, and a re-run completes the rest without doubles', async () => {
    const first = await runChild(db, folder, KILL_AFTER);
    assert.ok(first.killed, 'the child was killed mid-ingest');
    assert.ok(first.stored.length < TOTAL, 'killed before the end');

    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal((check.pragma('foreign_key_check') as unknown[]).length, 0);
    check.close();

    let store = await openStore(db);
    const afterKill = await store.documents();
    const present = new Set(afterKill.map((d) => d.source));
    for (const source of first.stored) assert.ok(present.has(source), `${source} was reported stored`);
    // Every document present is complete: all its facts, no half-written one.
    for (const d of afterKill) assert.equal(d.counts.events + d.counts.agreements + d.counts.trade + d.counts.people, expected.get(d.source), d.source);
    await store.close();

    const second = await runChild(db, folder);
    assert.equal(second.code, 0);
    assert.equal(second.skipped.length, afterKill.length, 'what was stored is skipped');
    assert.equal(second.stored.length, TOTAL - afterKill.length);

    store = await openStore(db);
    const docs = await store.documents();
    assert.equal(docs.length, TOTAL);
    assert.equal(new Set(docs.map((d) => d.source)).size, TOTAL);
    for (const d of docs) assert.equal(d.counts.events + d.counts.agreements + d.counts.trade + d.counts.people, expected.get(d.source), d.source);
    const stats = await store.stats();
    assert.equal(stats.mentions, [...expected.values()].reduce((a, b) => a + b, 0));
    await store.close();
  });
});
