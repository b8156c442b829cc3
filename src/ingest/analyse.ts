// One input → everything the store keeps: the facts (from the engine), the cleaned text and its
// sentences (the same stages the engine runs), the content hash and a MinHash signature.
// The engine's extractFromRaw cleans and splits the text too but returns only the facts, so cleaning
// and splitting run twice (about a fifth of the analysis). Copying the engine's stages here would
// drift from the engine as it changes; an engine entry point returning the cleaned document and its
// sentences with the facts would remove the repeat.
import { createHash } from 'node:crypto';
import { cleanDocument } from '../clean/clean-document.js';
import { EXTRACTOR_VERSION, extractFromRaw } from '../extract/pipeline.js';
import { minhash } from '../merge/near-duplicates.js';
import { readDocument } from '../read/read-document.js';
import { splitSentences } from '../recognise/sentences.js';
import type { AnalysedDocument } from '../store/store.js';

export interface AnalyseOptions {
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** sha256 of the bytes, hex, when the caller has it already. */
  readonly contentHash?: string;
}

export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Throws InputError (src/read/errors.ts) for unusable input, like extract(). */
export function analyseDocument(source: string, bytes: Uint8Array, options: AnalyseOptions = {}): AnalysedDocument {
  const raw = readDocument(source, bytes, options);
  const facts = extractFromRaw(raw, options);
  const text = cleanDocument(raw, options).text;
  return {
    source,
    contentHash: options.contentHash ?? contentHash(bytes),
    extractor: EXTRACTOR_VERSION,
    raw: bytes,
    publishedOption: options.published ?? null,
    text,
    sentences: splitSentences(text).map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    facts,
    minhash: minhash(text),
  };
}
