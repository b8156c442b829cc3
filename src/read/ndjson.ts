// NDJSON files: one JSON article per line (text/html/title/…, as a saved .json file), read line by
// line so a large file is never held whole. A line is named by its `source`, `url` or `id` field,
// else `file#line`; a line that is not JSON fails alone. A readout-facts/v1 line (what `readout
// extract` prints) is a facts document, stored as it is (facts-input.ts).
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { factsInput, isFactsDocument } from './facts-input.js';
import type { Input } from './input.js';

export const NDJSON_EXTENSIONS: ReadonlySet<string> = new Set(['.ndjson', '.jsonl']);

const encoder = new TextEncoder();

function nameOf(parsed: { source?: unknown; url?: unknown; id?: unknown } | null): string | null {
  const named = [parsed?.source, parsed?.url, parsed?.id].find((v) => typeof v === 'string' && v);
  return typeof named === 'string' ? named : null;
}

/** The lines of an NDJSON file as inputs; `source` is the file's own name in the store (a line without a name is `source#line`). */
export async function* ndjsonInputs(path: string, published: string | null, source = path): AsyncGenerator<Input> {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    if (!line.trim()) continue;
    const where = `${source}#${number}`;
    const name = `${basename(path)}#${number}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      yield { kind: 'failure', source: where, path: `${path}#${number}`, problem: 'not valid JSON' };
      continue;
    }
    if (isFactsDocument(parsed)) {
      yield factsInput(parsed, `${path}#${number}`, published);
      continue;
    }
    const named = nameOf(parsed as { source?: unknown } | null);
    yield { kind: 'document', source: named ?? where, name: named ?? name, path: `${path}#${number}`, bytes: encoder.encode(line), published, hints: { format: 'json' } };
  }
}

/** How many documents an NDJSON file holds, for progress. */
export async function ndjsonCount(path: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })) if (line.trim()) n++;
  return n;
}
