// Evidence: the sentence that proves a fact, with its offsets in the cleaned text.
import type { EvidenceT } from '../facts/schema.js';
import type { Sentence } from '../recognise/sentences.js';

function evidenceOf(sentence: Sentence): EvidenceT {
  return { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text };
}

/** Evidence from several sentences, each once, in text order. */
export function evidenceList(sentences: Iterable<Sentence>): EvidenceT[] {
  const seen = new Map<number, Sentence>();
  for (const s of sentences) seen.set(s.index, s);
  return [...seen.values()].sort((a, b) => a.index - b.index).map(evidenceOf);
}
