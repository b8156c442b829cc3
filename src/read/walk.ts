// Files under a folder, in name order, that a reader can take: hidden files and unknown extensions
// are skipped. The one walker of `readout extract` and `readout ingest` (inputs.ts).
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.ndjson', '.jsonl']);

export function* walkFiles(dir: string, extensions: ReadonlySet<string> = DOCUMENT_EXTENSIONS): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, extensions);
    else if (entry.isFile() && extensions.has(extname(entry.name).toLowerCase())) yield path;
  }
}
