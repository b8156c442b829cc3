// Worker thread: analyses documents sent by the pool; errors travel back as messages, never crash it.
// The input bytes stay with the caller, so the reply leaves them out.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
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

parentPort!.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { raw: _raw, ...doc } = analyseDocument(request.source, request.bytes, { published: request.published, maxBytes: request.maxBytes, contentHash: request.contentHash });
    reply = { id: request.id, ok: true, doc };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof InputError ? error.message : `extraction failed: ${(error as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
