// Paths → documents to ingest, lazily: files as given, folders walked in name order (hidden files and
// unknown extensions skipped), NDJSON files one document per line. Unreadable inputs become failures
// reported with the rest; they never stop the batch.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DOCUMENT_EXTENSIONS, walkFiles } from '../read/walk.js';

export const INGEST_EXTENSIONS: ReadonlySet<string> = new Set([...DOCUMENT_EXTENSIONS, '.ndjson', '.jsonl']);

export type IngestInput =
  | { readonly kind: 'document'; readonly source: string; readonly bytes: Uint8Array; readonly published: string | null }
  | { readonly kind: 'failure'; readonly source: string; readonly problem: string };


const encoder = new TextEncoder();

/** One NDJSON line: a JSON article (text/html/title/…, as `readout extract` reads JSON), named `file#line`. */
function* ndjsonDocuments(path: string, published: string | null): Generator<IngestInput> {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const fallback = `${basename(path)}#${i + 1}`;
    let source = fallback;
    try {
      const parsed = JSON.parse(line) as { source?: unknown; url?: unknown; id?: unknown };
      const named = [parsed.source, parsed.url, parsed.id].find((v) => typeof v === 'string' && v);
      if (typeof named === 'string') source = named;
    } catch {
      yield { kind: 'failure', source: fallback, problem: 'not valid JSON' };
      continue;
    }
    // The engine recognises JSON by the .json extension of its name.
    yield { kind: 'document', source: source.endsWith('.json') ? source : `${source}.json`, bytes: encoder.encode(line), published };
  }
}

function* fileInputs(path: string, published: string | null): Generator<IngestInput> {
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') {
    yield* ndjsonDocuments(path, published);
    return;
  }
  yield { kind: 'document', source: basename(path), bytes: readFileSync(path), published };
}

export function* ingestInputs(paths: readonly string[], published: string | null = null): Generator<IngestInput> {
  for (const path of paths) {
    try {
      const stat = statSync(path);
      const files = stat.isDirectory() ? walkFiles(path, INGEST_EXTENSIONS) : [path];
      for (const file of files) {
        try {
          yield* fileInputs(file, published);
        } catch (error) {
          yield { kind: 'failure', source: basename(file), problem: problemOf(error) };
        }
      }
    } catch (error) {
      yield { kind: 'failure', source: path, problem: problemOf(error) };
    }
  }
}

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  return code ? `cannot read (${code})` : (error as Error).message;
}

/** How many documents `ingestInputs` will yield (NDJSON files read for their line count), for progress and ETA. */
export function countInputs(paths: readonly string[]): number {
  let n = 0;
  for (const path of paths) {
    try {
      const files = statSync(path).isDirectory() ? walkFiles(path, INGEST_EXTENSIONS) : [path];
      for (const file of files) {
        const ext = extname(file).toLowerCase();
        n += ext === '.ndjson' || ext === '.jsonl' ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length : 1;
      }
    } catch {
      n++;
    }
  }
  return n;
}
