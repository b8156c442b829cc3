// A worker module for the ingest crash test: the real extraction, except on a crash cue (cues.ts).
import extractDocument from '../../../src/ingest/extract-worker.js';
import type { WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';
import { onCue } from './cues.js';

export default function crashOnCue(request: WorkerRequest): WorkerReply | Promise<WorkerReply> {
  return onCue(request) ?? extractDocument(request);
}
