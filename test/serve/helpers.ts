// Shared by the server tests: one database of the bundled examples plus the fixtures here (a pair
// with a dated trade target, a hostile document), ingested into a real SQLite file, and a server on
// 127.0.0.1 with a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/read/inputs.js';
import type { AppOptions } from '../../src/serve/app.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

export const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

export interface TestServer {
  readonly url: string;
  readonly store: Store;
  readonly path: string;
  /** GET (or any method) relative to the server's root. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function servedCorpus(options: Omit<AppOptions, 'store'> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
  const path = join(dir, 'readout.db');
  const store = await openStore(path);
  const summary = await ingest(store, readInputs([EXAMPLES, FIXTURES], { published: null, maxBytes: 20 * 1024 * 1024, stdin: process.stdin }), { workers: 2 });
  if (summary.failed) throw new Error(`${summary.failed} test documents failed to ingest`);
  const server: RunningServer = await startServer(store, { ...options, host: '127.0.0.1', port: 0, log: () => {} });
  return {
    url: server.url,
    store,
    path,
    fetch: (p, init) => fetch(new URL(p, server.url), init),
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
