// `readout extract FILE...`: one readout-facts/v1 object per document. One input prints one JSON
// document, several print NDJSON; on a terminal the readable table is the default. Each output is
// validated against the exported schema. A bad file is reported on stderr as `source: problem` and
// the batch goes on; the exit code is 1 when any file failed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { text } from 'node:stream/consumers';
import { extract } from '../extract/pipeline.js';
import { ReadoutFacts, type ReadoutFactsT } from '../facts/schema.js';
import { InputError } from '../read/errors.js';
import { DEFAULT_MAX_BYTES } from '../read/read-document.js';
import { formatTable } from './format-table.js';
import { inputsOf, type Input } from './inputs.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface ExtractCommandOptions {
  readonly format?: OutputFormat;
  readonly ndjson?: boolean;
  readonly pretty?: boolean;
  readonly published?: string;
  readonly maxSize?: number;
}

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly isTTY: boolean;
  readonly stdin: NodeJS.ReadableStream;
}

interface Loaded {
  readonly source: string;
  readonly bytes: Uint8Array;
}

async function load(input: Input, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Loaded> {
  if (input.kind === 'missing') throw new InputError(input.path, input.problem);
  if (input.kind === 'stdin') return { source: 'stdin', bytes: Buffer.from(await text(stdin), 'utf8') };
  // Refuse before reading: a 50 MB file must not be read whole into memory just to be rejected.
  if (input.size > maxBytes) {
    throw new InputError(input.path, `file too large (${(input.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB, see --max-size)`);
  }
  try {
    return { source: input.path, bytes: readFileSync(input.path) };
  } catch (error) {
    throw new InputError(input.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function render(facts: ReadoutFactsT, format: OutputFormat, pretty: boolean): string {
  if (format === 'table') return formatTable(facts);
  if (format === 'json' || pretty) return JSON.stringify(facts, null, format === 'json' || pretty ? 2 : 0);
  return JSON.stringify(facts);
}

export async function runExtract(paths: readonly string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const maxBytes = options.maxSize ? options.maxSize * 1024 * 1024 : DEFAULT_MAX_BYTES;
  const inputs = [...inputsOf(paths.length ? paths : ['-'])];
  const format: OutputFormat = options.format ?? (options.ndjson ? 'ndjson' : io.isTTY ? 'table' : inputs.length === 1 ? 'json' : 'ndjson');
  let failed = 0;
  for (const input of inputs) {
    const name = input.kind === 'stdin' ? 'stdin' : input.path;
    try {
      const { source, bytes } = await load(input, maxBytes, io.stdin);
      const facts = extract(source === 'stdin' ? 'stdin' : basename(source), bytes, { published: options.published ?? null, maxBytes });
      io.out(render(ReadoutFacts.parse(facts), format, Boolean(options.pretty)));
    } catch (error) {
      failed++;
      const message = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
      io.err(`readout: ${name}: ${message}`);
    }
  }
  if (inputs.length === 0) {
    io.err('readout: no input files found (give files, folders or - for standard input)');
    return 2;
  }
  if (failed) io.err(`readout: ${failed} of ${inputs.length} inputs failed`);
  return failed ? 1 : 0;
}

