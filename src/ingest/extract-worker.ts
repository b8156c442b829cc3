// The extraction thread's task (a piscina worker module): one input in, its analysis or the problem
// with it out. Unusable input is a reply, not an exception, so only a thread that dies fails a task.
// The input bytes stay with the caller, so the reply leaves them out.
import { setPriority } from 'node:os';
import { InputError } from '../read/errors.js';
import { analyseDocument } from './analyse.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

// Extraction is the background work; the main thread's writer is the one serial step of ingest.
// With as many workers as cores, a writer that waits for a core holds up every document, so the
// workers yield to it. (On Linux a thread's nice value is its own: this lowers this thread only.)
try {
  setPriority(10);
} catch {
  // Not permitted here (some containers): run at the usual priority.
}

export default function extractDocument(request: WorkerRequest): WorkerReply {
  try {
    const { raw: _raw, ...doc } = analyseDocument(request.source, request.bytes, { published: request.published, maxBytes: request.maxBytes, contentHash: request.contentHash, hints: request.hints });
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, error: error instanceof InputError ? error.message : `extraction failed: ${(error as Error).message}` };
  }
}
