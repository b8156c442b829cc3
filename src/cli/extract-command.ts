// `readout extract INPUT...`: one readout-facts/v1 object per document. One input prints one JSON
// document, several print NDJSON (or, with --format json, one JSON array); on a terminal the
// readable table is the default. Each output is validated against the exported schema. A file's
// `document.source` is its name as the contract has it; `document.path` says where it was found, as
// `readout ingest` names it, so the output can be ingested back. A bad input is reported on stderr
// as `readout: path: problem` and the batch goes on; the exit code is 1 when any input failed.
import { extract } from '../extract/pipeline.js';
import { ReadoutFacts, type ReadoutFactsT } from '../facts/schema.js';
import { InputError } from '../read/errors.js';
import type { DocumentInput, Input } from '../read/input.js';
import { readInputs, STDIN } from '../read/inputs.js';
import { MEGABYTE } from '../read/limits.js';
import { CliError, EXIT_FAILED, EXIT_USAGE } from './errors.js';
import { formatTable } from './format-table.js';
import type { Io } from './io.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface ExtractCommandOptions {
  readonly format?: OutputFormat;
  readonly ndjson?: boolean;
  readonly pretty?: boolean;
  readonly published?: string;
  readonly maxSize: number;
  readonly root?: string;
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
  const { count, all } = await peek(readInputs(args.length ? args : [STDIN], { maxBytes, published, stdin: io.stdin, root: options.root }));
  if (count === 0) throw new CliError('no input files found (give files, folders, URLs or - for standard input)', EXIT_USAGE);
  const format: OutputFormat = options.format ?? (options.ndjson ? 'ndjson' : io.outIsTTY ? 'table' : count === 1 ? 'json' : 'ndjson');
  const out = printer(io, format, Boolean(options.pretty), count > 1);
  let failed = 0;
  let total = 0;
  for await (const input of all) {
    total++;
    try {
      if (input.kind === 'failure') throw new InputError(input.path, input.problem);
      if (input.hints.facts) throw new InputError(input.path, 'already readout-facts/v1: ingest it (readout ingest) rather than extract it');
      const facts = extract(input.name ?? input.source, input.bytes, { published: input.published, maxBytes, hints: input.hints });
      out.print(ReadoutFacts.parse(named(facts, input)));
    } catch (error) {
      failed++;
      const message = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
      io.err(`readout: ${input.path}: ${message}`);
    }
  }
  out.end();
  if (failed) io.err(`readout: ${failed} of ${total} inputs failed`);
  return failed ? EXIT_FAILED : 0;
}
