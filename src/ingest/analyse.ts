// One input → everything the store keeps: the facts (from the engine), the cleaned text and its
// sentences (the same stages the engine runs), the content hash and a MinHash signature.
// The engine's analyseRaw returns the cleaned document and its sentences with the facts, so nothing runs twice.
import { createHash } from 'node:crypto';
import { analyseRaw, EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { minhash } from '../merge/near-duplicates.js';
import { readDocument, type ReadHints } from '../read/read-document.js';
import type { AnalysedDocument } from '../store/store.js';
import { importFacts } from './import-facts.js';

export interface AnalyseOptions {
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** sha256 of the bytes, hex, when the caller has it already. */
  readonly contentHash?: string;
  readonly hints?: ReadHints;
}

export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Throws InputError (src/read/errors.ts) for unusable input, like extract(). A readout-facts/v1 document is stored as it is (import-facts.ts). */
export function analyseDocument(source: string, bytes: Uint8Array, options: AnalyseOptions = {}): AnalysedDocument {
  if (options.hints?.facts) return importFacts(source, bytes, options);
  const raw = readDocument(source, bytes, options);
  const { facts, doc, sentences } = analyseRaw(raw, options);
  const text = doc.text;
  return {
    source,
    contentHash: options.contentHash ?? contentHash(bytes),
    extractor: EXTRACTOR_VERSION,
    raw: bytes,
    publishedOption: options.published ?? null,
    readHints: options.hints ?? {},
    text,
    sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    facts,
    minhash: minhash(text),
  };
}
