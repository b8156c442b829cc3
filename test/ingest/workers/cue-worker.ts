// A worker module for the pool tests: only the crash cues (cues.ts), no extraction, so its threads
// start without loading the NLP pipeline. Its tasks are entered in the pool's task table like the
// real worker's.
import { workerData } from 'node:worker_threads';
import { watched } from '../../../src/ingest/task-watch.js';
import type { PoolWorkerData, WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';
import { onCue } from './cues.js';

export default watched(
  (workerData as PoolWorkerData | null)?.tasks,
  (request: WorkerRequest): WorkerReply | Promise<WorkerReply> => onCue(request) ?? { ok: false, error: `no cue in ${request.source}` },
);
