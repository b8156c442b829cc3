// Command-line paths → inputs, lazily: files as given, folders walked in name order (hidden files
// and unknown extensions skipped), "-" for standard input. A path that does not exist is an input
// that fails, so it is reported with the others and does not stop the batch.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json']);

export type Input = { kind: 'file'; path: string; size: number } | { kind: 'stdin' } | { kind: 'missing'; path: string; problem: string };

function* walk(dir: string): Generator<Input> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) yield { kind: 'file', path, size: statSync(path).size };
  }
}

export function* inputsOf(paths: readonly string[]): Generator<Input> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield { kind: 'missing', path, problem: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (error as Error).message})` };
      continue;
    }
    if (stat.isDirectory()) yield* walk(path);
    else yield { kind: 'file', path, size: stat.size };
  }
}
