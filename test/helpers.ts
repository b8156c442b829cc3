// Shared by the tests: where the test documents are, fresh SQLite files in a temp folder, ingest with
// a small pool, and a CLI run in process with its output captured.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../src/cli/program.js';
import { ingest, type IngestEvent, type IngestSummary } from '../src/ingest/ingest.js';
import type { ExtractionPool } from '../src/ingest/worker-pool.js';
import { readInputs } from '../src/read/inputs.js';
import { DEFAULT_MAX_BYTES } from '../src/read/limits.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLES = join(ROOT, 'examples');
export const MERGE_FIXTURES = join(ROOT, 'test/merge/fixtures');
/** The shared evaluation folder beside the checkout, as the evaluation and the benchmarks find it. */
export const DEV_DOCS = resolve(ROOT, '../shared/eval/dev/docs');
/** For `skip`: why a test that needs the shared dev documents cannot run here, or false. */
export const NEEDS_SHARED = !existsSync(DEV_DOCS) && 'needs ../shared/eval/dev/docs beside this checkout';
/** The compiled CLI, for the tests that run it as a real process (npm test builds it first: pretest). */
export const CLI = join(ROOT, 'dist/cli/main.js');
export const NEEDS_BUILD = !existsSync(CLI) && 'needs the compiled CLI in dist/ (npm run build)';

export interface TempStore {
  readonly dir: string;
  readonly path: string;
  store: Store;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-test-'));
  const path = join(dir, 'readout.db');
  const t: TempStore = {
    dir,
    path,
    store: await openStore(path),
    async reopen() {
      await t.store.close();
      t.store = await openStore(path);
      return t.store;
    },
    async dispose() {
      await t.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

const noStdin = (): Readable => Readable.from([]);

/** Ingests through the real readers and pool; files are named relative to `root` (default: the checkout, the tests' working folder). */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  pool?: ExtractionPool,
  root?: string,
): Promise<{ summary: IngestSummary; events: IngestEvent[] }> {
  const events: IngestEvent[] = [];
  const inputs = readInputs(paths, { maxBytes: DEFAULT_MAX_BYTES, published: null, stdin: noStdin(), root });
  const summary = await ingest(store, inputs, { workers: 2, pool, onEvent: (e) => events.push(e) });
  return { summary, events };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `readout ARGS` in this process, with `stdin` as its standard input; nothing is a terminal. */
export async function cli(args: readonly string[], stdin: Uint8Array | string | Readable = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = stdin instanceof Readable ? stdin : Readable.from([Buffer.from(stdin)]);
  const code = await runCli(args, { out: (text) => (stdout += text), err: (line) => (stderr += `${line}\n`), stdin: input, outIsTTY: false, errIsTTY: false });
  return { code, stdout, stderr };
}
