// `npm run bench:serve`: a bounded load test of `readout serve` on loopback with autocannon, against a
// database of 20,000 generated readouts (bench/generate-corpus.ts; BENCH_DOCS changes the size).
// For the pair dossier page, the pair JSON and search it reports requests/s and p50/p95/p99 latency at
// 50 connections for 10 s each (BENCH_SECONDS, BENCH_CONNECTIONS), cycling through every pair and a
// dozen queries; before that, each URL once on its own, uncached (the first visit's cost).
// The server runs in its own process (the built CLI, as `npm start` runs it), so the load generator
// does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ingest } from '../src/ingest/ingest.js';
import type { Input } from '../src/read/input.js';
import { defaultWorkers } from '../src/ingest/worker-pool.js';
import { openStore } from '../src/store/open-store.js';
import { generateDocument } from './generate-corpus.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROOT = new URL('./.corpus/', import.meta.url).pathname;
const DB = join(ROOT, `serve-${DOCS}.db`);
const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;

/** The database, ingested once and kept (bench/.corpus/ is ignored by git). */
async function database(): Promise<void> {
  if (existsSync(DB)) return;
  mkdirSync(ROOT, { recursive: true });
  const store = await openStore(DB);
  const started = performance.now();
  function* inputs(): Generator<Input> {
    for (let i = 0; i < DOCS; i++) {
      const doc = generateDocument(i, 1, 'readout');
      yield { kind: 'document', source: doc.name, path: doc.name, bytes: Buffer.from(doc.text), published: null, hints: {} };
    }
  }
  try {
    const summary = await ingest(store, inputs(), { workers: defaultWorkers() });
    console.log(`ingested ${summary.stored} documents in ${((performance.now() - started) / 1000).toFixed(0)} s → ${DB}`);
  } catch (error) {
    rmSync(DB, { force: true });
    throw error;
  } finally {
    await store.close();
  }
}

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
  const child = spawn(process.execPath, [CLI, 'serve', '--db', DB, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;

async function firstVisits(url: string, paths: readonly string[]): Promise<string> {
  const times: number[] = [];
  for (const path of paths) {
    const t = performance.now();
    const res = await fetch(new URL(path, url));
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `first visits, one at a time (${times.length} URLs): p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`;
}

async function load(url: string, name: string, paths: readonly string[]): Promise<void> {
  // autocannon's summary has p97.5 but no p95: every response time is kept to read p95 exactly.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET' as const, path })) },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, ms: number) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const bad = result.non2xx + result.errors + result.timeouts;
  const ms = (q: number): string => quantile(times, q).toFixed(1).padStart(6);
  console.log(`${name.padEnd(18)} under load: ${result.requests.average.toFixed(0).padStart(5)} req/s   p50 ${ms(0.5)} ms   p95 ${ms(0.95)} ms   p99 ${ms(0.99)} ms   ${bad ? `${bad} failed` : 'all 2xx'} (${result.requests.total} requests)`);
}

async function main(): Promise<void> {
  await database();
  const { url, child } = await startServer();
  try {
    const pairs = ((await (await fetch(new URL('/api/pairs', url))).json()) as { rows: Array<{ pair: string }> }).rows.map((p) => p.pair);
    const words = ['Dushanbe', 'textiles', 'aviation programme', 'constructive atmosphere', 'pharmaceuticals', 'Tokayev', 'wheat', 'roadmap', 'railways', 'investment agency', 'Minsk', 'solar panels'];
    const endpoints: Array<[string, string[]]> = [
      ['pair dossier page', pairs.map((p) => `/pairs/${p}`)],
      ['pair JSON', pairs.map((p) => `/api/pairs/${p}`)],
      ['search JSON', words.map((w) => `/api/search?q=${encodeURIComponent(w)}`)],
      ['search page', words.map((w) => `/search?q=${encodeURIComponent(w)}&type=document`)],
    ];
    console.log(`readout serve on ${url}: ${DOCS} documents, ${pairs.length} pairs; ${CONNECTIONS} connections for ${SECONDS} s per endpoint`);
    for (const [name, paths] of endpoints) {
      console.log(`${name}: ${await firstVisits(url, paths)}`);
      await load(url, name, paths);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
