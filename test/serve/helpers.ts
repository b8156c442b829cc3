// Shared by the server tests: one database of the bundled examples plus the fixtures here (a pair
// with a dated trade target, a hostile document) and a busy pair written for the tests (more
// encounters, agreements and trade figures than a dossier lists), ingested into a real SQLite file,
// and a server on 127.0.0.1 with a free port.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** The busy pair: BUSY_DOCUMENTS readouts of Kazakhstan–Mongolia talks, each on its own date. */
export const BUSY_PAIR = 'KAZ-MNG';
export const BUSY_DOCUMENTS = 32;
const FIELDS = [
  'tourism',
  'agriculture',
  'education',
  'energy',
  'transport',
  'culture',
  'healthcare',
  'science',
  'customs',
  'mining',
  'telecommunications',
  'water management',
  'veterinary medicine',
  'civil aviation',
  'sport',
  'youth policy',
  'railways',
  'banking',
  'insurance',
  'statistics',
  'archives',
  'standardisation',
  'meteorology',
  'geology',
  'fisheries',
  'forestry',
  'space research',
  'digital economy',
  'emergency response',
  'labour migration',
  'television',
  'pharmaceuticals',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The busy pair's readouts: talks on a date of their own, an agreement on a field of its own, and a
 * turnover figure for one of eight years (four documents a year, each with another value: the
 * figures of a year conflict); every tenth states an undated target as well.
 */
export function writeBusyPair(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < BUSY_DOCUMENTS; i++) {
    const [year, month, field] = [2015 + (i % 9), MONTHS[i % 12]!, FIELDS[i]!];
    const date = `${10 + (i % 3)} ${month} ${year}`;
    const lines = [
      `Kazakhstan and Mongolia agree on cooperation in ${field}`,
      '',
      `Astana, ${date}. President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Mongolia Ukhnaagiin Khurelsukh in Astana on ${date}.`,
      '',
      `Trade turnover between Kazakhstan and Mongolia reached $${100 + i * 7} million in ${2014 + (i % 8)}.${i % 10 === 0 ? ` The parties agreed to bring trade turnover to $${500 + i * 10} million.` : ''}`,
      '',
      `Following the talks, the sides signed an agreement on cooperation in ${field}.`,
    ];
    writeFileSync(`${dir}/busy-${String(i).padStart(2, '0')}.txt`, `${lines.join('\n')}\n`);
  }
}

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
  writeBusyPair(join(dir, 'busy'));
  const store = await openStore(path);
  const summary = await ingest(
    store,
    readInputs([EXAMPLES, FIXTURES, join(dir, 'busy')], { published: null, maxBytes: 20 * 1024 * 1024, stdin: process.stdin }),
    // (A generous budget per document: these tests are about serving, and a machine busy with other test files can
    // take more than the default 5 s over a worker's first document.)
    { workers: 2, docTimeoutMs: 60_000 },
  );
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
