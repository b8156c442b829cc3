// A readout-facts/v1 document (what `readout extract` prints) → what the store keeps, without
// extracting anything: the facts are the input. The cleaned text is not part of the contract, so the
// stored text is rebuilt from the evidence: each quoted sentence at its offsets, blanks between.
// Queries, `show` and the dashboard then find every fact's sentence where its evidence says.
import { createHash } from 'node:crypto';
import { ReadoutFacts, type EvidenceT, type ReadoutFactsT } from '../facts/schema.js';
import { minhash } from '../merge/near-duplicates.js';
import { InputError } from '../read/errors.js';
import type { ReadHints } from '../read/read-document.js';
import type { AnalysedDocument, StoredSentence } from '../store/store.js';

function parsed(source: string, bytes: Uint8Array): ReadoutFactsT {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(source, `invalid JSON (${(error as Error).message})`);
  }
  const result = ReadoutFacts.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(source, `not a readout-facts/v1 document: ${issue.path.join('.') || 'the document'}: ${issue.message}`);
  }
  return result.data;
}

/** The sentences the evidence quotes, once each, in text order; a sentence quoted two ways is an error. */
function quotedSentences(source: string, facts: ReadoutFactsT): EvidenceT[] {
  const bySentence = new Map<number, EvidenceT>();
  for (const fact of [...facts.events, ...facts.agreements, ...facts.trade, ...facts.people]) {
    for (const e of fact.evidence) {
      const seen = bySentence.get(e.sentence);
      if (seen && (seen.start !== e.start || seen.text !== e.text)) throw new InputError(source, `sentence ${e.sentence} is quoted two ways`);
      if (e.end - e.start !== e.text.length) throw new InputError(source, `the evidence of sentence ${e.sentence} does not span its text`);
      bySentence.set(e.sentence, e);
    }
  }
  const sorted = [...bySentence.values()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end || sorted[i]!.sentence < sorted[i - 1]!.sentence)
      throw new InputError(source, `sentences ${sorted[i - 1]!.sentence} and ${sorted[i]!.sentence} overlap`);
  }
  return sorted;
}

export function importFacts(
  source: string,
  bytes: Uint8Array,
  options: { readonly contentHash?: string; readonly hints?: ReadHints; readonly published?: string | null } = {},
): AnalysedDocument {
  const facts = parsed(source, bytes);
  const quoted = quotedSentences(source, facts);
  let text = '';
  const sentences: StoredSentence[] = [];
  for (const e of quoted) {
    // Sentences the evidence never quotes keep their index, empty, where the next one begins.
    while (sentences.length < e.sentence) sentences.push({ index: sentences.length, start: text.length, end: text.length, text: '' });
    text = text.padEnd(e.start, ' ') + e.text;
    sentences.push({ index: e.sentence, start: e.start, end: e.end, text: e.text });
  }
  return {
    source,
    contentHash: options.contentHash ?? createHash('sha256').update(bytes).digest('hex'),
    extractor: facts.document.extractor ?? 'unknown',
    raw: bytes,
    publishedOption: options.published ?? null,
    readHints: { ...options.hints, facts: true },
    text,
    sentences,
    facts: { ...facts, document: { ...facts.document, source } },
    minhash: minhash(text),
  };
}
