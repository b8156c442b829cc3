// Worker thread: analyses documents sent by the pool; errors travel back as messages, never crash it.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../read/errors.js';
import { analyseDocument } from './analyse.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

parentPort!.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const doc = analyseDocument(request.source, request.bytes, { published: request.published, maxBytes: request.maxBytes });
    reply = { id: request.id, ok: true, doc };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof InputError ? error.message : `extraction failed: ${(error as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
