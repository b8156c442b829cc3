// NDJSON files: one JSON article per line (text/html/title/…, as a saved .json file), read line by
// line so a large file is never held whole, and no line past the size limit is held either: a line
// longer than the limit fails alone, as a file that size would. A line is named by its `source`,
// `url` or `id` field, else `file#line`; a line that is not JSON fails alone. A readout-facts/v1 line
// (what `readout extract` prints) is a facts document, stored as it is (facts-input.ts).
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { factsInput, isFactsDocument } from './facts-input.js';
import type { Input } from './input.js';
import { tooLarge } from './read-document.js';

export const NDJSON_EXTENSIONS: ReadonlySet<string> = new Set(['.ndjson', '.jsonl']);

/** A line's bytes (without its line break), or its length when it passed the limit. */
type Line = { readonly number: number; readonly bytes: Buffer } | { readonly number: number; readonly tooLarge: number };

/** The lines of a file, each held only up to `maxBytes`: the rest of a longer line is counted, not kept. */
async function* lines(path: string, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const end = (): Line => {
    number++;
    const bytes = size > maxBytes ? null : Buffer.concat(parts);
    // A CRLF file's lines end in a carriage return: not part of the line.
    const line: Line = bytes === null ? { number, tooLarge: size } : { number, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield end();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield end();

  function take(part: Buffer): void {
    size += part.length;
    if (size <= maxBytes) parts.push(part);
    else parts = [];
  }
}

const text = (bytes: Buffer): string => bytes.toString('utf8');

function nameOf(parsed: { source?: unknown; url?: unknown; id?: unknown } | null): string | null {
  const named = [parsed?.source, parsed?.url, parsed?.id].find((v) => typeof v === 'string' && v);
  return typeof named === 'string' ? named : null;
}

/** The lines of an NDJSON file as inputs; `source` is the file's own name in the store (a line without a name is `source#line`). */
export async function* ndjsonInputs(path: string, published: string | null, maxBytes: number, source = path): AsyncGenerator<Input> {
  for await (const line of lines(path, maxBytes)) {
    const where = `${source}#${line.number}`;
    const at = `${path}#${line.number}`;
    if ('tooLarge' in line) {
      yield { kind: 'failure', source: where, path: at, problem: `line ${tooLarge(line.tooLarge, maxBytes)}` };
      continue;
    }
    const json = text(line.bytes);
    if (!json.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      yield { kind: 'failure', source: where, path: at, problem: 'not valid JSON' };
      continue;
    }
    if (isFactsDocument(parsed)) {
      yield factsInput(parsed, at, published);
      continue;
    }
    const named = nameOf(parsed as { source?: unknown } | null);
    yield {
      kind: 'document',
      source: named ?? where,
      name: named ?? `${basename(path)}#${line.number}`,
      path: at,
      bytes: line.bytes,
      published,
      hints: { format: 'json' },
    };
  }
}

/** How many documents an NDJSON file holds, for progress. */
export async function ndjsonCount(path: string): Promise<number> {
  let n = 0;
  // A line over the limit is one failure; its size does not matter here.
  for await (const line of lines(path, 1 << 20)) if ('tooLarge' in line || text(line.bytes).trim()) n++;
  return n;
}
