// The fuzz property, shared by the test (a few hundred inputs, through the real extraction pool and its
// time budget) and `npm run fuzz` (10,000 inputs, in process, timed): an input is written to a file
// and read as `readout ingest` reads it (readInputs: size limit, NDJSON lines, facts documents), then
// each document it holds is analysed as an ingest thread analyses it. Either the facts come back and
// validate against the readout-facts/v1 schema, or the input is refused in words (an InputError: empty,
// binary, not a text…). Anything else fails the property: an exception, an internal error, a thread
// that died or ran out of memory, a document over the time budget.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { WorkerReply, WorkerRequest } from '../../src/ingest/worker-pool.js';
import { ReadoutFacts } from '../../src/facts/schema.js';
import { readInputs } from '../../src/read/inputs.js';
import { DEFAULT_MAX_BYTES } from '../../src/read/limits.js';
import type { FuzzInput } from './hostile.js';

export interface Outcome {
  readonly status: 'extracted' | 'refused' | 'failed';
  /** What failed, or why the input was refused. */
  readonly problem: string | null;
  /** Milliseconds of analysis (reading the file apart), over all the documents the input holds. */
  readonly ms: number;
  readonly documents: number;
}

/** Replies that are not a refusal of the input but a failure of Readout. */
const FAILURE = /^(?:internal error|extraction failed|extraction took longer|the extraction thread)/;

let written = 0;

export async function checkInput(input: FuzzInput, analyse: (request: WorkerRequest) => WorkerReply | Promise<WorkerReply>, dir: string): Promise<Outcome> {
  const path = join(dir, `${++written}-${input.name}`);
  writeFileSync(path, input.bytes);
  let ms = 0;
  let documents = 0;
  let refused: string | null = null;
  try {
    for await (const item of readInputs([path], { maxBytes: DEFAULT_MAX_BYTES, published: null, stdin: Readable.from([]) })) {
      if (item.kind === 'failure') {
        refused ??= item.problem;
        continue;
      }
      const started = performance.now();
      const reply = await analyse({ source: item.source, bytes: item.bytes, published: item.published, hints: item.hints, maxBytes: DEFAULT_MAX_BYTES });
      ms += performance.now() - started;
      if (!reply.ok) {
        if (FAILURE.test(reply.error)) return { status: 'failed', problem: reply.error, ms, documents };
        refused ??= reply.error;
        continue;
      }
      const valid = ReadoutFacts.safeParse(reply.doc.facts);
      if (!valid.success) return { status: 'failed', problem: `invalid facts: ${valid.error.issues[0]?.message}`, ms, documents };
      documents++;
    }
  } catch (error) {
    return { status: 'failed', problem: `exception: ${(error as Error).stack ?? String(error)}`, ms, documents };
  }
  return { status: documents ? 'extracted' : 'refused', problem: documents ? null : (refused ?? 'no document in it'), ms, documents };
}

/** A short, printable description of an input, for the report. */
export function describeInput(input: FuzzInput): string {
  const text = Buffer.from(input.bytes.subarray(0, 60))
    .toString('utf8')
    .replace(/[^\x20-\x7e]/g, '·');
  return `${input.kind} (${input.name}, ${input.bytes.length} bytes): ${text}${input.bytes.length > 60 ? '…' : ''}`;
}
