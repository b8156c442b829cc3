// Killing ingest and checking what is left: the compiled CLI ingests a folder of generated documents
// and is SIGKILLed at a random moment (a random delay after it starts, or once a random number of
// documents were reported stored, whichever comes first), again and again. After each kill the
// database must pass SQLite's integrity and foreign-key checks, hold every document any run reported
// stored, each whole (all its facts) and once. A last run completes the folder: every document once.
// Used by `npm run bench:crash` (20 kills) and by test/ingest/sigkill.test.ts (a few).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { extractText } from '../src/extract/pipeline.js';
import { generateDocument } from './generate-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/main.js');

export interface CrashOptions {
  readonly kills: number;
  /** Documents in the folder: enough that no run gets through them all before its kill. */
  readonly documents: number;
  readonly seed: number;
  /** The longest a run lives after its first document was stored, in milliseconds. */
  readonly maxDelayMs?: number;
  readonly workers?: number;
}

export interface CrashReport {
  readonly kills: number;
  /** Kills after which the integrity and foreign-key checks passed. */
  readonly integrityOk: number;
  /** Documents reported stored by a run and missing after a kill. */
  readonly lost: number;
  /** Documents stored more than once, or with a part of their facts. */
  readonly doubled: number;
  readonly incomplete: number;
  /** Documents stored when each run was killed, summed; and after the last run, of how many. */
  readonly storedBeforeKills: number;
  readonly storedAtEnd: number;
  readonly documents: number;
  /** What went wrong, one line each. */
  readonly problems: readonly string[];
}

/** A small seeded generator (mulberry32): the same seed kills at the same moments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  readonly stored: string[];
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * When to kill a run: once `afterStored` documents were reported stored, or `delayMs` after the first
 * was (after the start, with `fromStart`: a kill while the database is opened and migrated), whichever
 * comes first.
 */
interface KillAt {
  readonly afterStored: number;
  readonly delayMs: number;
  readonly fromStart: boolean;
}

/** `readout ingest` on the folder, killed as `kill` says (never without it). */
function ingestRun(db: string, folder: string, workers: number, kill?: KillAt): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, 'ingest', folder, '--db', db, '--workers', String(workers), '--root', folder], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stored: string[] = [];
    let pending = '';
    let timer: NodeJS.Timeout | null = null;
    const arm = (): void => void (timer ??= setTimeout(() => child.kill('SIGKILL'), kill!.delayMs));
    if (kill?.fromStart) arm();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const m = /^stored (\S+)/.exec(line);
        if (m) stored.push(m[1]!);
        if (kill && m) arm();
        if (kill && stored.length >= kill.afterStored) child.kill('SIGKILL');
      }
    });
    child.stderr.resume();
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ stored, code, signal });
    });
  });
}

/** What the database holds: each source with its number of rows and facts; and whether SQLite finds it sound. */
function inspect(db: string): { integrity: string; foreignKeys: number; documents: Map<string, { rows: number; facts: number }> } {
  // Killed before it made the file: nothing was stored, nothing can be wrong.
  if (!existsSync(db)) return { integrity: 'ok', foreignKeys: 0, documents: new Map() };
  const check = new Database(db, { readonly: true });
  try {
    const integrity = String(check.pragma('integrity_check', { simple: true }));
    const foreignKeys = (check.pragma('foreign_key_check') as unknown[]).length;
    const documents = new Map<string, { rows: number; facts: number }>();
    const rows = check
      .prepare('select d.source as source, (select count(*) from mentions m where m.document_id = d.id) as facts from documents d')
      .all() as Array<{ source: string; facts: number }>;
    for (const r of rows) {
      const seen = documents.get(r.source);
      documents.set(r.source, { rows: (seen?.rows ?? 0) + 1, facts: r.facts });
    }
    return { integrity, foreignKeys, documents };
  } finally {
    check.close();
  }
}

export async function crashCycle(options: CrashOptions): Promise<CrashReport> {
  const next = random(options.seed);
  const workers = options.workers ?? 2;
  const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
  const db = join(dir, 'readout.db');
  const folder = join(dir, 'docs');
  mkdirSync(folder);
  const expected = new Map<string, number>();
  for (let i = 0; i < options.documents; i++) {
    const doc = generateDocument(i, options.seed, 'brief');
    writeFileSync(join(folder, doc.name), doc.text);
    const f = extractText(doc.name, doc.text);
    expected.set(doc.name, f.events.length + f.agreements.length + f.trade.length + f.people.length);
  }
  const reported = new Set<string>();
  const problems: string[] = [];
  let integrityOk = 0,
    lost = 0,
    doubled = 0,
    incomplete = 0,
    storedBeforeKills = 0;
  /** Checks the database against what was reported: whether SQLite finds it sound, and how many documents it holds. */
  const audit = (when: string): { sound: boolean; size: number } => {
    const found = inspect(db);
    const sound = found.integrity === 'ok' && found.foreignKeys === 0;
    if (!sound) problems.push(`${when}: integrity ${found.integrity}, ${found.foreignKeys} foreign-key violations`);
    for (const source of reported) {
      if (found.documents.has(source)) continue;
      lost++;
      problems.push(`${when}: ${source} was reported stored and is missing`);
    }
    for (const [source, { rows, facts }] of found.documents) {
      if (rows > 1) {
        doubled++;
        problems.push(`${when}: ${source} is stored ${rows} times`);
      }
      if (facts !== expected.get(source)) {
        incomplete++;
        problems.push(`${when}: ${source} has ${facts} of its ${expected.get(source)} facts`);
      }
    }
    return { sound, size: found.documents.size };
  };
  try {
    for (let k = 0; k < options.kills; k++) {
      const left = options.documents - reported.size;
      // One kill in five while the run starts (opening, migrating, the first group), the others while it stores.
      const fromStart = next() < 0.2;
      const run = await ingestRun(db, folder, workers, {
        afterStored: 1 + Math.floor(next() * Math.max(1, left / 4)),
        delayMs: Math.floor(next() * (fromStart ? 2_000 : (options.maxDelayMs ?? 3_000))),
        fromStart,
      });
      for (const source of run.stored) reported.add(source);
      if (run.signal !== 'SIGKILL') problems.push(`run ${k + 1} ended before its kill (${run.signal ?? `exit ${run.code}`}): the folder needs more documents`);
      const after = audit(`after kill ${k + 1}`);
      if (after.sound) integrityOk++;
      storedBeforeKills += after.size;
    }
    const last = await ingestRun(db, folder, workers);
    for (const source of last.stored) reported.add(source);
    if (last.code !== 0) problems.push(`the last run exited ${last.code ?? last.signal}`);
    const end = audit('after the last run');
    if (end.size !== options.documents) problems.push(`after the last run: ${end.size} of ${options.documents} documents stored`);
    return { kills: options.kills, integrityOk, lost, doubled, incomplete, storedBeforeKills, storedAtEnd: end.size, documents: options.documents, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
