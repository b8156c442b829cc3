// Command-line paths → inputs, lazily: files as given, folders walked in name order (hidden files
// and unknown extensions skipped), "-" for standard input. A path that does not exist is an input
// that fails, so it is reported with the others and does not stop the batch.
import { statSync } from 'node:fs';
import { walkFiles } from '../read/walk.js';

export type Input = { kind: 'file'; path: string; size: number } | { kind: 'stdin' } | { kind: 'missing'; path: string; problem: string };

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
    if (stat.isDirectory()) for (const file of walkFiles(path)) yield { kind: 'file', path: file, size: statSync(file).size };
    else yield { kind: 'file', path, size: stat.size };
  }
}
