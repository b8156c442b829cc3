// `readout extract INPUT...`: one readout-facts/v1 object per document. One input prints one JSON
// document, several print NDJSON (or, with --format json, one JSON array); on a terminal the
// readable table is the default. Documents are extracted on worker threads (the ingest pool), several
// at a time, and printed in input order; each has the --doc-timeout budget, so a document that would
// run away fails alone. Each output is validated against the exported schema (on its thread). A
// file's `document.source` is its name as the contract has it; `document.path` says where it was
// found, as `readout ingest` names it, so the output can be ingested back. A bad input is reported on
// stderr as `readout: path: problem` and the batch goes on; the exit code is 1 when any input failed.
import { pMapIterable } from 'p-map';
import type { ReadoutFactsT } from '../facts/schema.js';
import { defaultWorkers, ExtractionPool, type FactsReply } from '../ingest/worker-pool.js';
import type { DocumentInput, Input } from '../read/input.js';
import { readInputs, STDIN } from '../read/inputs.js';
import { MEGABYTE } from '../read/limits.js';
import { CliError, EXIT_FAILED, EXIT_USAGE } from './errors.js';
import { formatTable } from './format-table.js';
import type { Io } from './io.js';
import { printable } from './printable.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface ExtractCommandOptions {
  readonly format?: OutputFormat;
  readonly ndjson?: boolean;
  readonly pretty?: boolean;
  readonly published?: string;
  readonly maxSize: number;
  readonly root?: string;
  readonly allowPrivate?: boolean;
  readonly workers?: number;
  /** Seconds. */
  readonly docTimeout?: number;
}

function render(facts: ReadoutFactsT, format: OutputFormat, pretty: boolean): string {
  if (format === 'table') return formatTable(facts);
  return `${JSON.stringify(facts, null, format === 'json' || pretty ? 2 : 0)}\n`;
}

/**
 * How the documents are printed one after another: JSON for several inputs is one array (opened
 * before the first, closed after the last, printed or not), anything else document after document.
 */
function printer(io: Io, format: OutputFormat, pretty: boolean, several: boolean): { print: (facts: ReadoutFactsT) => void; end: () => void } {
  if (format !== 'json' || !several) return { print: (facts) => io.out(render(facts, format, pretty)), end: () => {} };
  let printed = 0;
  io.out('[\n');
  return {
    print: (facts) => io.out(`${printed++ ? ',\n' : ''}${JSON.stringify(facts, null, 2)}`),
    end: () => io.out(`${printed ? '\n' : ''}]\n`),
  };
}

/** The facts under the input's names: the contract's `source`, and the path ingest would store it by. */
function named(facts: ReadoutFactsT, input: DocumentInput): ReadoutFactsT {
  const source = input.name ?? input.source;
  return { ...facts, document: { ...facts.document, source, ...(source !== input.source ? { path: input.source } : {}) } };
}

/** The first input and whether another follows (the format depends on it), then all of them. */
async function peek(inputs: AsyncGenerator<Input>): Promise<{ count: 0 | 1 | 2; all: AsyncGenerator<Input> }> {
  const first = await inputs.next();
  const second = first.done ? first : await inputs.next();
  async function* all(): AsyncGenerator<Input> {
    if (!first.done) yield first.value;
    if (!second.done && second !== first) yield second.value;
    yield* inputs;
  }
  return { count: first.done ? 0 : second.done ? 1 : 2, all: all() };
}

export async function runExtract(args: readonly string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const maxBytes = options.maxSize * MEGABYTE;
  const published = options.published ?? null;
  const { count, all } = await peek(
    readInputs(args.length ? args : [STDIN], { maxBytes, published, stdin: io.stdin, root: options.root, allowPrivate: options.allowPrivate }),
  );
  if (count === 0) throw new CliError('no input files found (give files, folders, URLs or - for standard input)', EXIT_USAGE);
  const format: OutputFormat = options.format ?? (options.ndjson ? 'ndjson' : io.outIsTTY ? 'table' : count === 1 ? 'json' : 'ndjson');
  const out = printer(io, format, Boolean(options.pretty), count > 1);
  // One input needs one thread; each thread is given two documents, so it never waits for the printing.
  const threads = count === 1 ? 1 : (options.workers ?? defaultWorkers());
  const pool = new ExtractionPool({ threads, depth: 2, docTimeoutMs: options.docTimeout === undefined ? undefined : options.docTimeout * 1000 });
  const extractOne = async (input: Input): Promise<{ input: Input; reply: FactsReply }> => {
    if (input.kind === 'failure') return { input, reply: { ok: false, error: input.problem } };
    if (input.hints.facts) return { input, reply: { ok: false, error: 'already readout-facts/v1: ingest it (readout ingest) rather than extract it' } };
    const source = input.name ?? input.source;
    return { input, reply: await pool.facts({ source, bytes: input.bytes, published: input.published, hints: input.hints, maxBytes }) };
  };
  let failed = 0;
  let total = 0;
  try {
    for await (const { input, reply } of pMapIterable(all, extractOne, { concurrency: pool.capacity })) {
      total++;
      if (reply.ok) {
        // Validated on its thread; naming it adds only the path it was found at.
        out.print(input.kind === 'document' ? named(reply.facts, input) : reply.facts);
      } else {
        failed++;
        io.err(`readout: ${printable(input.path)}: ${printable(reply.error)}`);
      }
    }
  } finally {
    await pool.close();
  }
  out.end();
  if (failed) io.err(`readout: ${failed} of ${total} inputs failed`);
  return failed ? EXIT_FAILED : 0;
}
