// Baseline for bench/ingest.ts: the engine's extract() alone in a worker thread, nothing stored.
import { parentPort } from 'node:worker_threads';
import { extract } from '../src/extract/pipeline.js';
import { factCount } from '../src/facts/schema.js';

parentPort!.on('message', (m: { id: number; source: string; bytes: Uint8Array }) => {
  let facts = 0;
  try {
    const f = extract(m.source, m.bytes);
    facts = factCount(f);
  } catch {
    facts = -1;
  }
  parentPort!.postMessage({ id: m.id, facts });
});
