// Crash cues for the test worker modules, read from a document's file name (its source may be a
// path): `exit-…` makes the thread exit mid-task; `throw-…` kills it with an uncaught error while the
// task is in flight; `hang-…` never returns (a loop with no end, as a runaway pattern would be);
// `oom-…` allocates until the thread runs out of memory; `echo-…` is answered at once without
// extracting; `limits-…` answers with the thread's heap limits (as JSON). Production threads load src/ingest/extract-worker.ts, which reads no cue.
import { resourceLimits } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';

export function onCue(request: WorkerRequest): Promise<WorkerReply> | WorkerReply | null {
  const name = request.source.split('/').at(-1)!;
  if (name.startsWith('exit-')) process.exit(3);
  if (name.startsWith('throw-')) {
    return new Promise(() =>
      setTimeout(() => {
        throw new Error('an uncaught error');
      }),
    );
  }
  if (name.startsWith('hang-')) for (;;);
  if (name.startsWith('oom-')) {
    const held: number[][] = [];
    for (;;) held.push(Array.from({ length: 1e5 }, (_, i) => i));
  }
  if (name.startsWith('limits-')) return { ok: false, error: JSON.stringify(resourceLimits) };
  if (name.startsWith('echo-')) return { ok: false, error: `echo ${request.source}` };
  return null;
}
