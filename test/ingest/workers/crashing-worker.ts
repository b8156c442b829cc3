// A worker module for the crash tests only: the real extraction, except that a document whose name
// starts with `exit-` makes the thread exit mid-task and one starting with `throw-` kills it with an
// uncaught error. Production threads load src/ingest/extract-worker.ts, which has no such cue.
import extractDocument from '../../../src/ingest/extract-worker.js';
import type { WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';

export default function crashOnCue(request: WorkerRequest): WorkerReply | Promise<WorkerReply> {
  if (request.source.startsWith('exit-')) process.exit(3);
  // A task that never replies, and an error thrown outside it that nothing catches.
  if (request.source.startsWith('throw-')) {
    return new Promise(() =>
      setTimeout(() => {
        throw new Error('an uncaught error');
      }),
    );
  }
  return extractDocument(request);
}
