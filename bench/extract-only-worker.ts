// Baseline for bench/ingest.ts: the engine's extract() alone in a worker thread, nothing stored.
import { parentPort } from 'node:worker_threads';
import { extract } from '../src/extract/pipeline.js';

parentPort!.on('message', (m: { id: number; source: string; bytes: Uint8Array }) => {
  let facts = 0;
  try {
    const f = extract(m.source, m.bytes);
    facts = f.events.length + f.agreements.length + f.trade.length + f.people.length;
  } catch {
    facts = -1;
  }
  parentPort!.postMessage({ id: m.id, facts });
});
