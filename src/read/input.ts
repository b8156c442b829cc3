// One input as found, before it is read: a document's bytes with its name and what its container
// said about it, or why it could not be had. readInputs (inputs.ts) makes them from command-line
// arguments; readDocument turns a document's bytes into a RawDocument wherever extraction runs.
import type { ReadHints } from './read-document.js';

export interface DocumentInput {
  readonly kind: 'document';
  /**
   * The document's name in the store: a file's path relative to the root (the current folder, or
   * --root), a URL, `stdin`, an NDJSON line's name. Two files of one name in different folders are
   * two sources; a changed file under the same source is a new version of the same document.
   */
  readonly source: string;
  /** The name `readout extract` gives it in `document.source` when that differs (a file's base name, as the readout-facts/v1 contract has it). */
  readonly name?: string;
  /** Where it was found, for messages: the path as walked, a URL, `stdin`, `file#line`. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The publication date to use when the document states none (the item date of a feed, else --published). */
  readonly published: string | null;
  readonly hints: ReadHints;
}

export interface FailedInput {
  readonly kind: 'failure';
  readonly source: string;
  readonly path: string;
  readonly problem: string;
}

export type Input = DocumentInput | FailedInput;
