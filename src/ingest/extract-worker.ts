// The extraction thread's task (a piscina worker module): one input in, its analysis (or only its
// facts, for readout extract) or the problem with it out. Unusable input is a reply, not an
// exception, so only a thread that dies fails a task. The input bytes stay with the caller, so the
// reply leaves them out. The facts are validated against the schema here, so nothing invalid is
// printed or stored. Each task is entered in the pool's task table while it runs (task-watch.ts).
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { extract, extractText } from '../extract/pipeline.js';
import { ReadoutFacts, type ReadoutFactsT } from '../facts/schema.js';
import { InputError } from '../read/errors.js';
import { analyseDocument } from './analyse.js';
import { watched } from './task-watch.js';
import type { FactsReply, PoolWorkerData, WorkerReply, WorkerRequest } from './worker-pool.js';

// Extraction is the background work; the main thread's writer is the one serial step of ingest.
// With as many workers as cores, a writer that waits for a core holds up every document, so the
// workers yield to it. (On Linux a thread's nice value is its own: this lowers this thread only.)
try {
  setPriority(10);
} catch {
  // Not permitted here (some containers): run at the usual priority.
}

/** What the facts break of the schema they are published under, or null: nothing invalid is printed or stored. */
function invalid(facts: ReadoutFactsT): string | null {
  const result = ReadoutFacts.safeParse(facts);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `internal error: the facts do not validate (${issue.path.join('.')}: ${issue.message})`;
}

// The first extraction in a thread builds the pipeline's lazy tables (the lexicons' patterns and
// indexes: about 0.4 s of CPU, against tens of milliseconds per document after it). Built here, as the
// module loads, before any document's time budget starts: a thread's set-up on a busy machine must
// not be what makes its first document fail --doc-timeout.
extractText(
  'warm-up.txt',
  'President Kassym-Jomart Tokayev of Kazakhstan met President Shavkat Mirziyoyev of Uzbekistan in Astana on 3 May 2024. Trade reached $4 billion in 2023.',
);

export function extractDocument(request: WorkerRequest): WorkerReply | FactsReply {
  try {
    const options = { published: request.published, maxBytes: request.maxBytes, contentHash: request.contentHash, hints: request.hints };
    if (request.factsOnly) {
      const facts = extract(request.source, request.bytes, options);
      const problem = invalid(facts);
      return problem ? { ok: false, error: problem } : { ok: true, facts };
    }
    const { raw: _raw, ...doc } = analyseDocument(request.source, request.bytes, options);
    // Imported facts were validated as they were read (import-facts.ts); extracted ones are checked here.
    const problem = request.hints?.facts ? null : invalid(doc.facts);
    return problem ? { ok: false, error: problem } : { ok: true, doc };
  } catch (error) {
    return { ok: false, error: error instanceof InputError ? error.message : `extraction failed: ${(error as Error).message}` };
  }
}

export default watched((workerData as PoolWorkerData | null)?.tasks, extractDocument);
