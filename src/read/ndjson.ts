// NDJSON files: one JSON article per line (text/html/title/…, as a saved .json file), read line by
// line so a large file is never held whole. A line is named by its `source`, `url` or `id` field,
// else `file#line`; a line that is not JSON fails alone.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Input } from './input.js';

export const NDJSON_EXTENSIONS: ReadonlySet<string> = new Set(['.ndjson', '.jsonl']);

const encoder = new TextEncoder();

function nameOf(line: string): string | null {
  const parsed = JSON.parse(line) as { source?: unknown; url?: unknown; id?: unknown } | null;
  const named = [parsed?.source, parsed?.url, parsed?.id].find((v) => typeof v === 'string' && v);
  return typeof named === 'string' ? named : null;
}

export async function* ndjsonInputs(path: string, published: string | null): AsyncGenerator<Input> {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    if (!line.trim()) continue;
    const where = `${basename(path)}#${number}`;
    let name: string | null;
    try {
      name = nameOf(line);
    } catch {
      yield { kind: 'failure', source: where, path: `${path}#${number}`, problem: 'not valid JSON' };
      continue;
    }
    yield { kind: 'document', source: name ?? where, path: `${path}#${number}`, bytes: encoder.encode(line), published, hints: { format: 'json' } };
  }
}

/** How many documents an NDJSON file holds, for progress. */
export async function ndjsonCount(path: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })) if (line.trim()) n++;
  return n;
}
