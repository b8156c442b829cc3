// How a file is named in the store and in `document.path`: apart from the readers so the verbs that
// name stored documents (remove, show) can read a path as ingest did without loading them.
import { relative, resolve, sep } from 'node:path';

/**
 * A file's name in the store: its path relative to the root, with forward slashes, so two files of
 * one name in different folders are two documents, and the same file is named alike however the
 * command line reached it (`examples`, `./examples/`, an absolute path). A file outside the root keeps
 * the `../` that leads to it.
 */
export function sourceOfPath(path: string, root: string = process.cwd()): string {
  return relative(resolve(root), resolve(path)).split(sep).join('/');
}
