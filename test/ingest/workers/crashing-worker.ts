// A worker module for the crash tests only: the real extraction, except on a cue in the document's
// name. `exit-…` makes the thread exit mid-task; `throw-…` kills it with an uncaught error while the
// task is in flight; `echo-…` replies at once without extracting (the pool tests need no NLP).
// Production threads load src/ingest/extract-worker.ts, which has no such cue.
import type { WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';

export default async function crashOnCue(request: WorkerRequest): Promise<WorkerReply> {
  if (request.source.startsWith('exit-')) process.exit(3);
  if (request.source.startsWith('throw-')) {
    return new Promise(() =>
      setTimeout(() => {
        throw new Error('an uncaught error');
      }),
    );
  }
  if (request.source.startsWith('echo-')) return { ok: false, error: `echo ${request.source}` };
  const { default: extractDocument } = await import('../../../src/ingest/extract-worker.js');
  return extractDocument(request);
}
