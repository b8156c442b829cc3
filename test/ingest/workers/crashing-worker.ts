// A worker module for the ingest crash test: the real extraction, except on a crash cue (cues.ts).
import { workerData } from 'node:worker_threads';
import { extractDocument } from '../../../src/ingest/extract-worker.js';
import { watched } from '../../../src/ingest/task-watch.js';
import type { PoolWorkerData, WorkerRequest } from '../../../src/ingest/worker-pool.js';
import { onCue } from './cues.js';

export default watched((workerData as PoolWorkerData | null)?.tasks, (request: WorkerRequest) => onCue(request) ?? extractDocument(request));
