// A worker module for the pool tests: only the crash cues (cues.ts), no extraction, so its threads
// start without loading the NLP pipeline.
import type { WorkerReply, WorkerRequest } from '../../../src/ingest/worker-pool.js';
import { onCue } from './cues.js';

export default function cueOnly(request: WorkerRequest): Promise<WorkerReply> {
  return onCue(request) ?? Promise.resolve({ ok: false, error: `no cue in ${request.source}` });
}
