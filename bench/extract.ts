// `npm run bench`: extraction throughput on one core (documents/s, MB/s; median of several runs)
// over a streamed corpus built from the dev documents, and the same figures for the tokenizer
// alone, with the ratio pipeline ÷ tokenizer; then the peak memory of fresh processes extracting
// the corpus and four times the corpus (it must stay flat: documents are generated and dropped
// one by one). It measures the compiled code in dist/ (what `readout` runs) under plain node:
// `npm run bench` builds dist/, strips this file's types with esbuild and runs it with node, because
// tsx would pass dist/ through esbuild again with names kept (a wrapper call for every closure made),
// which the tokenizer's package code never pays, and that would tilt the ratio.
// Both contenders run where readout extracts: in a worker thread with the extraction pool's heap
// limits (THREAD_LIMITS), and so does each memory probe.
// What `readout` runs: patterns compiled without V8's interpreter tier (src/cli/regexp-engine.ts).
import '../dist/cli/regexp-engine.js';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { THREAD_LIMITS } from '../dist/ingest/worker-pool.js';

// The pipeline is loaded in the threads only: a second copy of its tables and model on the main
// thread would count in the probes' peak resident memory.
const { extract } = isMainThread ? { extract: null } : await import('../dist/extract/pipeline.js');
const { tokenize } = isMainThread ? { tokenize: null } : await import('../dist/recognise/sentences.js');

const ROOT = resolve(import.meta.dirname, '..');
const DEV = resolve(ROOT, '../shared/eval/dev/docs');
const seeds = readdirSync(DEV)
  .sort()
  .map((f) => readFileSync(join(DEV, f), 'utf8'));
const DOCS = Number(process.env.BENCH_DOCS ?? 2000);
/**
 * Documents per timed run. The contenders alternate run by run; short runs (about 2 s of pipeline)
 * keep each pair of runs within one phase of a shared machine, whose speed was seen to move by a
 * fifth within a 10 s run. 35 runs of 400 cover the corpus seven times, as seven runs of 2,000 did.
 */
const RUN_DOCS = Number(process.env.BENCH_RUN_DOCS ?? 400);
const RUNS = Number(process.env.BENCH_RUNS ?? 35);

/**
 * The i-th document of the corpus: a dev document with its numbers and day changed, so no two
 * documents are identical, streamed rather than held.
 */
function documentAt(i: number): string {
  const seed = seeds[i % seeds.length]!;
  return seed
    .replace(
      /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      (_m, _d, month) => `${(i % 28) + 1} ${month}`,
    )
    .replace(/\$(\d+)/g, (_m, n) => `$${Number(n) + (i % 97)}`);
}

/** What this file does when it runs as a thread (see the end of the file). */
type ThreadTask = { readonly task: 'compare' } | { readonly task: 'probe'; readonly documents: number };

/** This file run as a thread with the extraction threads' limits; resolves with the one message it posts. */
function inThread<T>(task: ThreadTask): Promise<T> {
  return new Promise((done, fail) => {
    const thread = new Worker(new URL(import.meta.url), { workerData: task, resourceLimits: THREAD_LIMITS });
    thread.once('message', done);
    thread.once('error', fail);
  });
}

// Memory probe: a fresh process extracts n documents in a thread and reports its peak resident set
// and the thread's heap still in use after a full collection (what the extractor retains). Each
// corpus size gets its own process, so one size's heap cannot flatter or burden the other's.
const PROBE = Number(process.env.BENCH_MEMORY_PROBE ?? 0);
if (isMainThread && PROBE) {
  const retainedMB = await inThread<number>({ task: 'probe', documents: PROBE });
  console.log(JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024, retainedMB }));
  process.exit(0);
}
if (!isMainThread && (workerData as ThreadTask).task === 'probe') {
  const { documents } = workerData as { documents: number };
  for (let i = 0; i < documents; i++) extract!(`d${i}.txt`, Buffer.from(documentAt(i)));
  (globalThis as { gc?: () => void }).gc?.();
  parentPort!.postMessage(process.memoryUsage().heapUsed / 1024 / 1024);
}

/** Peak RSS and retained heap (MB) of a fresh process extracting n streamed documents. */
function memoryAt(n: number): { peakMB: number; retainedMB: number } {
  // execArgv carries --expose-gc (npm run bench), which the probe's full collection needs too.
  const args = [...process.execArgv, ...process.argv.slice(1)];
  const out = execFileSync(process.execPath, args, { env: { ...process.env, BENCH_MEMORY_PROBE: String(n) }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { peakMB: number; retainedMB: number };
}

const words = seeds.reduce((n, s) => n + s.split(/\s+/).length, 0) / seeds.length;

interface Figures {
  /** Documents/s of each run, in run order. */
  readonly rates: readonly number[];
  readonly docsPerS: number;
  /** The figures as a line of the report. */
  readonly line: string;
}

/** One timed pass over n streamed documents from the first: documents/s and bytes read. */
function pass(first: number, n: number, work: (text: string, i: number) => void): { rate: number; bytes: number } {
  let bytes = 0;
  // Each run starts on a collected heap: otherwise the garbage one contender leaves is collected
  // during the other's run and charged to it (short runs without this gave the pipeline a ratio of
  // 0.30 where runs on a collected heap give 0.22, whatever their length).
  collect();
  const t0 = process.hrtime.bigint();
  for (let i = first; i < first + n; i++) {
    const text = documentAt(i);
    bytes += Buffer.byteLength(text);
    work(text, i);
  }
  return { rate: n / (Number(process.hrtime.bigint() - t0) / 1e9), bytes };
}

/** A full collection (npm run bench runs node with --expose-gc). */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc: each timed run starts on a collected heap');
  gc();
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The contenders run in alternation, run after run, so that both meet the same machine: on a
 * shared machine, running one after the other measures the load as much as the code.
 */
function compare(n: number, contenders: Record<string, (text: string, i: number) => void>): Record<string, Figures> {
  const runs: Record<string, Array<{ rate: number; bytes: number }>> = {};
  for (let run = 0; run < RUNS; run++) {
    const first = (run * n) % DOCS;
    for (const [name, work] of Object.entries(contenders)) (runs[name] ??= []).push(pass(first, n, work));
  }
  const out: Record<string, Figures> = {};
  for (const [name, rs] of Object.entries(runs)) {
    const docsPerS = median(rs.map((r) => r.rate));
    const mbPerS = (docsPerS * rs[0]!.bytes) / n / 1024 / 1024;
    const line = `${name.padEnd(16)} ${docsPerS.toFixed(0).padStart(6)} docs/s  ${mbPerS.toFixed(2).padStart(6)} MB/s  (${n} docs, median of ${RUNS} runs)`;
    out[name] = { rates: rs.map((r) => r.rate), docsPerS, line };
  }
  return out;
}

if (!isMainThread && (workerData as ThreadTask).task === 'compare') {
  // Warm up: lexicons, regexes and the model load once per thread.
  for (let i = 0; i < 50; i++) {
    extract!(`w${i}.txt`, Buffer.from(documentAt(i)));
    tokenize!(documentAt(i));
  }
  const extractOne = (text: string, i: number): void => void extract!(`d${i}.txt`, Buffer.from(text));
  parentPort!.postMessage(compare(RUN_DOCS, { 'tokenizer only': (text) => void tokenize!(text), 'full pipeline': extractOne }));
}

if (isMainThread && !PROBE) {
  console.log(
    `corpus: ${DOCS} documents generated from ${seeds.length} dev documents (mean ${words.toFixed(0)} words each), one core, in a thread with the extraction threads' heap limits`,
  );
  const runs = await inThread<Record<string, Figures>>({ task: 'compare' });
  const [tokenizer, pipeline] = [runs['tokenizer only']!, runs['full pipeline']!];
  console.log(tokenizer.line);
  console.log(pipeline.line);

  const per1000 = pipeline.docsPerS * (words / 1000);
  // The ratio run by run: each pipeline run against the tokenizer run beside it, so both figures of a
  // pair meet the same machine; the median of the pairs is the figure.
  const ratios = pipeline.rates.map((rate, i) => rate / tokenizer.rates[i]!);
  const quartile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
  console.log(
    `ratio pipeline ÷ tokenizer over ${ratios.length} pairs of runs: median ${median(ratios).toFixed(2)} (target ≥ 0.30), quartiles ${quartile(ratios, 0.25).toFixed(2)}–${quartile(ratios, 0.75).toFixed(2)}, range ${quartile(ratios, 0).toFixed(2)}–${quartile(ratios, 1).toFixed(2)}`,
  );
  console.log(`normalised to 1,000-word articles: ${per1000.toFixed(0)} docs/s (target ≥ 200)`);
  const [atSmall, atBig] = [memoryAt(DOCS), memoryAt(DOCS * 4)];
  console.log(
    `memory of a fresh process extracting ${DOCS} vs ${DOCS * 4} documents: heap retained after GC ${atSmall.retainedMB.toFixed(1)} MB vs ${atBig.retainedMB.toFixed(1)} MB (ratio ${(atBig.retainedMB / atSmall.retainedMB).toFixed(2)}; flat means ≈ 1), peak RSS ${atSmall.peakMB.toFixed(0)} MB vs ${atBig.peakMB.toFixed(0)} MB`,
  );
}
