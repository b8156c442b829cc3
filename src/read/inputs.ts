// Command-line arguments → inputs, lazily and in the order given: files as they are, folders walked
// in name order (walk.ts), NDJSON files one document per line (ndjson.ts), http(s) pages and feeds
// (web.ts), and `-` for standard input, read as bytes so its encoding is found like a file's.
// A missing, unreadable or too large input is a failure reported with the others; it never stops
// the batch. `readout extract` and `readout ingest` both read their arguments through here.
import { readFileSync, statSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { basename, extname } from 'node:path';
import { factsInFile } from './facts-input.js';
import { sourceOfPath } from './source-name.js';
import type { Input } from './input.js';
import { ndjsonCount, ndjsonInputs, NDJSON_EXTENSIONS } from './ndjson.js';
import { tooLarge } from './read-document.js';
import { walkFiles } from './walk.js';
import { isUrl, WebClient, webInputs } from './web.js';

export interface InputOptions {
  /** Inputs larger than this are refused before they are read. */
  readonly maxBytes: number;
  /** The publication date to use for inputs that state none. */
  readonly published: string | null;
  readonly stdin: NodeJS.ReadableStream;
  /** Milliseconds an http(s) request may wait for the server. */
  readonly timeoutMs?: number;
  /** Files are named by their path relative to this folder (default: the current folder). */
  readonly root?: string;
}


export const STDIN = '-';

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  return code ? `cannot read (${code})` : (error as Error).message;
}

async function* fileInputs(path: string, options: InputOptions): AsyncGenerator<Input> {
  const source = sourceOfPath(path, options.root);
  if (NDJSON_EXTENSIONS.has(extname(path).toLowerCase())) return yield* ndjsonInputs(path, options.published, source);
  const name = basename(path);
  try {
    // Refused before reading: a 50 MB file must not be read whole just to be turned away.
    const problem = tooLarge(statSync(path).size, options.maxBytes);
    if (problem) return yield { kind: 'failure', source, path, problem };
    const bytes = readFileSync(path);
    // What `readout extract --format json` wrote is ingested as facts, one input per document.
    const facts = extname(path).toLowerCase() === '.json' ? factsInFile(bytes.toString('utf8'), path, options.published) : null;
    if (facts) return yield* facts;
    yield { kind: 'document', source, name, path, bytes, published: options.published, hints: {} };
  } catch (error) {
    yield { kind: 'failure', source, path, problem: problemOf(error) };
  }
}

async function* stdinInput(options: InputOptions): AsyncGenerator<Input> {
  const bytes = await buffer(options.stdin);
  const problem = tooLarge(bytes.length, options.maxBytes);
  if (problem) yield { kind: 'failure', source: 'stdin', path: 'stdin', problem };
  else yield { kind: 'document', source: 'stdin', path: 'stdin', bytes, published: options.published, hints: {} };
}

function filesOf(path: string): Iterable<string> {
  return statSync(path).isDirectory() ? walkFiles(path) : [path];
}

export async function* readInputs(args: readonly string[], options: InputOptions): AsyncGenerator<Input> {
  let web: WebClient | null = null;
  try {
    for (const arg of args) {
      if (arg === STDIN) {
        yield* stdinInput(options);
      } else if (isUrl(arg)) {
        web ??= new WebClient({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
        yield* webInputs(arg, web, options.published);
      } else {
        try {
          for (const file of filesOf(arg)) yield* fileInputs(file, options);
        } catch (error) {
          // The argument itself, or a folder under it, cannot be read.
          yield { kind: 'failure', source: sourceOfPath(arg, options.root), path: arg, problem: problemOf(error) };
        }
      }
    }
  } finally {
    await web?.close();
  }
}

/** How many inputs readInputs will yield, as far as can be told without reading them (a feed counts one), for progress. */
export async function countInputs(args: readonly string[]): Promise<number> {
  let n = 0;
  for (const arg of args) {
    if (arg === STDIN || isUrl(arg)) {
      n++;
      continue;
    }
    try {
      for (const file of filesOf(arg)) n += NDJSON_EXTENSIONS.has(extname(file).toLowerCase()) ? await ndjsonCount(file) : 1;
    } catch {
      n++;
    }
  }
  return n;
}
