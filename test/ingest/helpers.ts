// Shared by the corpus tests: a fresh SQLite file in a temp folder, and ingest with a small pool.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest, type IngestEvent, type IngestSummary } from '../../src/ingest/ingest.js';
import { ingestInputs } from '../../src/ingest/inputs.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

// The shared evaluation folder beside the checkout, as the evaluation and the benchmarks find it.
export const DEV_DOCS = resolve(import.meta.dirname, '../../../shared/eval/dev/docs');
export const MERGE_FIXTURES = new URL('../merge/fixtures/', import.meta.url).pathname;

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

export async function ingestPaths(store: Store, paths: readonly string[]): Promise<{ summary: IngestSummary; events: IngestEvent[] }> {
  const events: IngestEvent[] = [];
  const summary = await ingest(store, ingestInputs(paths), { workers: 2, onEvent: (e) => events.push(e) });
  return { summary, events };
}
