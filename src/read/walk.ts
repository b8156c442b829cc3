// Files under a folder, in name order, that a reader can take: hidden files and unknown extensions
// are skipped. Symbolic links are followed (a link back into a folder already walked is reported, not
// walked again); what cannot be read (a folder without permission, a broken link, a FIFO or device
// with a document's name) is reported as an entry with its problem, and the walk goes on with the
// rest. The one walker of `readout extract` and `readout ingest` (inputs.ts).
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { specialKind } from './bounded.js';
import { fileProblem } from './errors.js';

const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.ndjson', '.jsonl']);

/** A file to read, or a path that cannot be read and why. */
export interface WalkEntry {
  readonly path: string;
  readonly problem?: string;
}

export function* walkFiles(dir: string, extensions: ReadonlySet<string> = DOCUMENT_EXTENSIONS, walked: Set<string> = new Set()): Generator<WalkEntry> {
  let entries: Dirent[];
  try {
    walked.add(realpathSync(dir));
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    yield { path: dir, problem: `cannot read this folder (${fileProblem(error)}); the rest is read` };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let kind = entry.isDirectory() ? 'folder' : (specialKind(entry) ?? 'file');
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        kind = target.isDirectory() ? 'folder' : (specialKind(target) ?? 'file');
        if (kind === 'folder' && walked.has(realpathSync(path))) {
          yield { path, problem: 'symbolic link to a folder already read: not read twice' };
          continue;
        }
      } catch (error) {
        yield { path, problem: `broken symbolic link (${fileProblem(error)})` };
        continue;
      }
    }
    if (kind === 'folder') yield* walkFiles(path, extensions, walked);
    else if (extensions.has(extname(entry.name).toLowerCase())) yield kind === 'file' ? { path } : { path, problem: `${kind}, not a regular file: not read` };
  }
}
