// Command-line arguments → inputs, lazily and in the order given: files as they are, folders walked
// in name order (walk.ts), NDJSON files one document per line (ndjson.ts), http(s) pages and feeds
// (web.ts), and `-` for standard input, read as bytes so its encoding is found like a file's.
// A missing, unreadable or too large input is a failure reported with the others; it never stops
// the batch, and no input is held in memory past the size limit (bounded.ts). `readout extract` and `readout ingest` both read their arguments through here.
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readFileBounded, readStreamBounded } from './bounded.js';
import { fileProblem } from './errors.js';
import { factsInFile } from './facts-input.js';
import { sourceOfPath } from './source-name.js';
import type { Input } from './input.js';
import { ndjsonCount, ndjsonInputs, NDJSON_EXTENSIONS } from './ndjson.js';
import { tooLarge } from './read-document.js';
import { walkFiles, type WalkEntry } from './walk.js';
import { isUrl, WebClient, webInputs } from './web.js';

export interface InputOptions {
  /** Inputs larger than this are refused before they are read. */
  readonly maxBytes: number;
  /** The publication date to use for inputs that state none. */
  readonly published: string | null;
  readonly stdin: NodeJS.ReadableStream;
  /** Milliseconds an http(s) request may wait for the server (each stretch of silence). */
  readonly timeoutMs?: number;
  /** Milliseconds one http(s) request may take in all. */
  readonly deadlineMs?: number;
  /** Fetch from loopback, private and link-local addresses too (--allow-private). */
  readonly allowPrivate?: boolean;
  /** Files are named by their path relative to this folder (default: the current folder). */
  readonly root?: string;
}

export const STDIN = '-';

async function* fileInputs(path: string, options: InputOptions): AsyncGenerator<Input> {
  const source = sourceOfPath(path, options.root);
  if (NDJSON_EXTENSIONS.has(extname(path).toLowerCase())) {
    yield* ndjsonInputs(path, options.published, options.maxBytes, source);
    return;
  }
  const name = basename(path);
  try {
    // Never more than the limit in memory: a 50 MB file, /dev/zero or a FIFO is turned away at the limit.
    const read = await readFileBounded(path, options.maxBytes);
    if ('tooLarge' in read) {
      yield { kind: 'failure', source, path, problem: tooLarge(read.tooLarge, options.maxBytes)! };
      return;
    }
    const bytes = read.bytes;
    // What `readout extract --format json` wrote is ingested as facts, one input per document.
    const facts =
      extname(path).toLowerCase() === '.json'
        ? factsInFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), path, options.published)
        : null;
    if (facts) return yield* facts;
    yield { kind: 'document', source, name, path, bytes, published: options.published, hints: {} };
  } catch (error) {
    yield { kind: 'failure', source, path, problem: fileProblem(error) };
  }
}

async function* stdinInput(options: InputOptions): AsyncGenerator<Input> {
  const read = await readStreamBounded(options.stdin, options.maxBytes);
  if ('tooLarge' in read) yield { kind: 'failure', source: 'stdin', path: 'stdin', problem: tooLarge(read.tooLarge, options.maxBytes)! };
  else yield { kind: 'document', source: 'stdin', path: 'stdin', bytes: read.bytes, published: options.published, hints: {} };
}

/** The files an argument names: itself, or what a walk of the folder finds (with what it cannot read). */
function filesOf(path: string): Iterable<WalkEntry> {
  return statSync(path).isDirectory() ? walkFiles(path) : [{ path }];
}

export async function* readInputs(args: readonly string[], options: InputOptions): AsyncGenerator<Input> {
  let web: WebClient | null = null;
  try {
    for (const arg of args) {
      if (arg === STDIN) {
        yield* stdinInput(options);
      } else if (isUrl(arg)) {
        web ??= new WebClient({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, deadlineMs: options.deadlineMs, allowPrivate: options.allowPrivate });
        yield* webInputs(arg, web, options.published);
      } else {
        try {
          for (const file of filesOf(arg)) {
            if (file.problem) yield { kind: 'failure', source: sourceOfPath(file.path, options.root), path: file.path, problem: file.problem };
            else yield* fileInputs(file.path, options);
          }
        } catch (error) {
          // The argument itself cannot be read.
          yield { kind: 'failure', source: sourceOfPath(arg, options.root), path: arg, problem: fileProblem(error) };
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
      for (const file of filesOf(arg)) n += !file.problem && NDJSON_EXTENSIONS.has(extname(file.path).toLowerCase()) ? await ndjsonCount(file.path) : 1;
    } catch {
      n++;
    }
  }
  return n;
}
