// `npm run bench:serve`: a bounded load test of `readout serve` on loopback with autocannon, against a
// database of 20,000 generated readouts (bench/generate-corpus.ts; BENCH_DOCS changes the size).
// For the pair dossier page, the pair JSON and search it reports requests/s and p50/p95/p99 latency at
// 50 connections for 10 s each (BENCH_SECONDS, BENCH_CONNECTIONS), cycling through every pair and a
// dozen queries; before that, each URL once on its own, uncached (the first visit's cost). Each load
// runs twice: as a browser asks (Accept-Encoding: gzip, deflate, br, zstd, so the server sends
// brotli) and as a client that accepts no compression (curl without --compressed), with the mean
// bytes per response and the machine's load average when it starts.
// The server runs in its own process (the built CLI, as `npm start` runs it), so the load generator
// does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
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
    child.stdout.on('data', (chunk: Buffer) => {
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

/** What a browser sends (Chromium's header), and a client that takes bytes as they are. */
const ENCODINGS: ReadonlyArray<[label: string, acceptEncoding: string]> = [
  ['brotli', 'gzip, deflate, br, zstd'],
  ['identity', 'identity'],
];

const load1 = (): string => loadavg()[0]!.toFixed(2);

async function load(url: string, name: string, paths: readonly string[], label: string, acceptEncoding: string): Promise<void> {
  // autocannon's summary has p97.5 but no p95: every response time is kept to read p95 exactly.
  const times: number[] = [];
  let bytes = 0;
  const startLoad = load1();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'accept-encoding': acceptEncoding },
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (error, r) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(r)),
    );
    instance.on('response', (_client, _status, resBytes: number, ms: number) => {
      times.push(ms);
      bytes += resBytes;
    });
  });
  times.sort((a, b) => a - b);
  const bad = result.non2xx + result.errors + result.timeouts;
  const ms = (q: number): string => quantile(times, q).toFixed(1).padStart(6);
  const kb = (bytes / Math.max(1, times.length) / 1024).toFixed(1).padStart(5);
  console.log(
    `${`${name} (${label})`.padEnd(28)} ${result.requests.average.toFixed(0).padStart(5)} req/s   p50 ${ms(0.5)} ms   p95 ${ms(0.95)} ms   p99 ${ms(0.99)} ms   ${kb} KB/response   ${bad ? `${bad} failed` : 'all 2xx'} (${result.requests.total} requests; load average ${startLoad})`,
  );
}

async function main(): Promise<void> {
  await database();
  const { url, child } = await startServer();
  try {
    const pairs = ((await (await fetch(new URL('/api/pairs', url))).json()) as { rows: Array<{ pair: string }> }).rows.map((p) => p.pair);
    const words = [
      'Dushanbe',
      'textiles',
      'aviation programme',
      'constructive atmosphere',
      'pharmaceuticals',
      'Tokayev',
      'wheat',
      'roadmap',
      'railways',
      'investment agency',
      'Minsk',
      'solar panels',
    ];
    const endpoints: Array<[string, string[]]> = [
      ['pair dossier page', pairs.map((p) => `/pairs/${p}`)],
      ['pair JSON', pairs.map((p) => `/api/pairs/${p}`)],
      ['search JSON', words.map((w) => `/api/search?q=${encodeURIComponent(w)}`)],
      ['search page', words.map((w) => `/search?q=${encodeURIComponent(w)}&type=document`)],
    ];
    console.log(
      `readout serve on ${url}: ${DOCS} documents, ${pairs.length} pairs; ${CONNECTIONS} connections for ${SECONDS} s per endpoint; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    for (const [name, paths] of endpoints) {
      console.log(`${name}: ${await firstVisits(url, paths)}`);
      for (const [label, acceptEncoding] of ENCODINGS) await load(url, name, paths, label, acceptEncoding);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
