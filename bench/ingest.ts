// `npm run bench:ingest`: ingest throughput into SQLite on all cores against extraction alone on the
// same cores, database size per 1,000 documents, and pair-query and full-text latency (median, p95).
// Two generated corpora (bench/generate-corpus.ts): readout-length documents, the target's measure,
// and 150-word fact-dense briefs, the worst case for the store. BENCH_DOCS sets each corpus's size
// (default 20,000), BENCH_SHAPES which to run (default "readout,brief"); corpora go to bench/.corpus/.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ingest } from '../src/ingest/ingest.js';
import { readInputs } from '../src/read/inputs.js';
import { DEFAULT_MAX_BYTES } from '../src/read/limits.js';
import { defaultWorkers, PIPELINE_DEPTH, THREAD_LIMITS } from '../src/ingest/worker-pool.js';
import { openStore } from '../src/store/open-store.js';
import { generateDocument, type DocumentShape } from './generate-corpus.js';
import { ThreadCpu } from './thread-cpu.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 20_000);
// Extraction alone on the same documents as the ingest: on a short run (2,000 documents, the old
// default) JIT warm-up halves the rate, which flattered the ratio. BENCH_BASELINE_DOCS shortens it.
const BASELINE_DOCS = Math.min(DOCS, Number(process.env.BENCH_BASELINE_DOCS ?? DOCS));
const SHAPES = (process.env.BENCH_SHAPES ?? 'readout,brief').split(',') as DocumentShape[];
const CORES = availableParallelism();
const ROOT = new URL('./.corpus/', import.meta.url).pathname;
const corpusDir = (shape: DocumentShape): string => join(ROOT, `${shape}-${DOCS}`);
const dbPath = (shape: DocumentShape): string => join(ROOT, `bench-${shape}.db`);

/** Writes the corpus unless it is there already; returns its files, sorted. */
function generate(shape: DocumentShape): string[] {
  const dir = corpusDir(shape);
  if (!existsSync(dir) || readdirSync(dir).length !== DOCS) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < DOCS; i++) {
      const doc = generateDocument(i, 1, shape);
      writeFileSync(join(dir, doc.name), doc.text);
    }
  }
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Extraction alone: the same files, the same number of worker threads with the pool's heap limits, nothing stored. Timed like
 * the ingest below, from the start of the worker threads (module loading and lexicons included in
 * both, so neither figure carries a cost the other does not).
 */
async function extractionOnly(files: readonly string[], cpu: ThreadCpu): Promise<number> {
  const url = new URL('./extract-only-worker.ts', import.meta.url);
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  const started = performance.now();
  const workers = Array.from({ length: CORES }, () => new Worker(boot, { eval: true, resourceLimits: THREAD_LIMITS }));
  // Each worker holds PIPELINE_DEPTH documents ahead, as the ingest pool does, so neither figure
  // pays a round trip per document that the other does not.
  let next = 0;
  let done = 0;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          let inFlight = 0;
          const send = (): void => {
            while (inFlight < PIPELINE_DEPTH && next < files.length) {
              const i = next++;
              inFlight++;
              w.postMessage({ id: i, source: files[i]!, bytes: readFileSync(files[i]!) });
            }
            if (inFlight === 0) resolve();
          };
          w.on('message', () => {
            inFlight--;
            if (++done % 500 === 0) cpu.sample();
            send();
          });
          send();
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  cpu.sample();
  await Promise.all(workers.map((w) => w.terminate()));
  return files.length / seconds;
}

function quantiles(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

async function timeIt(runs: number, task: (i: number) => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task(i);
    samples.push(performance.now() - t);
  }
  return quantiles(samples);
}

/** "; CPU per document: main thread x ms + other threads y ms" (Linux), or nothing. */
function cpuPerDocument(cpu: ThreadCpu, documents: number): string {
  if (!cpu.available) return '';
  const { main, others } = cpu.used();
  const per = (total: number): string => (total / documents).toFixed(2);
  return `; CPU per document: main thread ${per(main)} ms + other threads ${per(others)} ms = ${per(main + others)} ms`;
}

const ms = (q: { median: number; p95: number }): string => `median ${q.median.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms`;

/** Extraction alone, then ingest, on one corpus; returns the database it made. */
async function measure(shape: DocumentShape): Promise<string> {
  const files = generate(shape);
  const words = Math.round(files.slice(0, 200).reduce((n, f) => n + readFileSync(f, 'utf8').split(/\s+/).length, 0) / Math.min(200, files.length));
  console.log(`\n${shape} corpus: ${DOCS} generated documents of about ${words} words, ${CORES} cores`);
  const baselineCpu = new ThreadCpu();
  const baseline = await extractionOnly(files.slice(0, BASELINE_DOCS), baselineCpu);
  console.log(`extraction only: ${baseline.toFixed(1)} docs/s (${BASELINE_DOCS} docs, ${CORES} threads)${cpuPerDocument(baselineCpu, BASELINE_DOCS)}`);

  const db = dbPath(shape);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const store = await openStore(db);
  const ingestCpu = new ThreadCpu();
  const started = performance.now();
  let reported = 0;
  const summary = await ingest(store, readInputs([corpusDir(shape)], { maxBytes: DEFAULT_MAX_BYTES, published: null, stdin: process.stdin }), {
    workers: defaultWorkers(),
    onEvent: () => void ((++reported % 500 === 0 || reported === DOCS) && ingestCpu.sample()),
  });
  const seconds = (performance.now() - started) / 1000;
  const rate = DOCS / seconds;
  console.log(
    `ingest: ${summary.stored} stored, ${summary.failed} failed in ${seconds.toFixed(1)} s with ${defaultWorkers()} extraction threads + the writer (main thread) → ${rate.toFixed(1)} docs/s${cpuPerDocument(ingestCpu, DOCS)}`,
  );
  const ratio = (rate / baseline) * 100;
  const verdict = shape === 'readout' ? ` (target ≥ 80%: ${ratio >= 80 ? 'met' : 'NOT met'})` : ' (worst case, no target)';
  console.log(`RATIO ${shape}: ingest / extraction only = ${rate.toFixed(1)} / ${baseline.toFixed(1)} docs/s = ${ratio.toFixed(0)}%${verdict}`);
  await store.close();

  const bytes = [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  console.log(`database: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${(((bytes / DOCS) * 1000) / 1024 / 1024).toFixed(2)} MB per 1,000 documents`);
  return db;
}

async function queries(db: string): Promise<void> {
  const reader = await openStore(db);
  const stats = await reader.stats();
  console.log(
    `stored: ${stats.events} events, ${stats.agreements} agreements, ${stats.trade_claims} trade claims, ${stats.people} people, ${stats.conflicts} conflicts, ${stats.near_duplicate_links} near-duplicate links`,
  );
  const pairs: Array<[string, string]> = [
    ['BLR', 'TJK'],
    ['KAZ', 'UZB'],
    ['AZE', 'TUR'],
    ['HUN', 'KAZ'],
    ['AGO', 'BRA'],
    ['MYS', 'PAK'],
  ];
  const rows = (await reader.trade({ pair: pairs[0] })).length;
  console.log(
    `pair query (trade --pair, all rows with sources; ${rows} rows for BLR-TJK): ${ms(await timeIt(60, (i) => reader.trade({ pair: pairs[i % pairs.length] })))}`,
  );
  console.log(`pair query (events --pair --limit 50): ${ms(await timeIt(60, (i) => reader.events({ pair: pairs[i % pairs.length], limit: 50 })))}`);
  const words = ['textiles', 'Dushanbe', 'aviation programme', 'constructive atmosphere', 'pharmaceuticals', 'Tokayev'];
  console.log(`full-text search (20 hits of each kind): ${ms(await timeIt(60, (i) => reader.search(words[i % words.length]!, 20)))}`);
  await reader.close();
}

async function main(): Promise<void> {
  for (const shape of SHAPES) {
    const db = await measure(shape);
    await queries(db);
  }
}

await main();
