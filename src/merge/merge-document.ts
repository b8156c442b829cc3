// One analysed document into the store, through the merge port: its row (replacing the same content
// stored by another extractor version), its near-duplicate link, then its facts, people first so
// event participants can point at the canonical person.
import type { AnalysedDocument, SaveOutcome } from '../store/store.js';
import type { DuplicateIndex } from './duplicate-index.js';
import { mergeAgreement, mergeEvent, mergePerson, mergeTrade, type MergeContext } from './merge-facts.js';
import type { MergePort } from './merge-port.js';
import { nameKey, namesCompatible } from './names.js';

export function mergeDocument(port: MergePort, duplicates: DuplicateIndex, doc: AnalysedDocument, ingestedAt: string): SaveOutcome {
  const existing = port.documentIdByHash(doc.contentHash);
  let id: number;
  if (existing !== null) {
    forgetMentions(port, existing);
    port.updateDocument(existing, doc, ingestedAt);
    id = existing;
  } else {
    id = port.insertDocument(doc, ingestedAt);
  }
  const duplicateOf = duplicates.link(id, doc.source, doc.minhash);
  if (duplicateOf || existing !== null) port.setDuplicate(id, duplicateOf);

  const ctx: MergeContext = { port, documentId: id, contentHash: doc.contentHash };
  const people = doc.facts.people.map((person, i) => ({ name: person.name, id: mergePerson(ctx, i, person) }));
  const personOf = (name: string): string | null => people.find((p) => namesCompatible(nameKey(p.name), nameKey(name)))?.id ?? null;
  doc.facts.events.forEach((event, i) => mergeEvent(ctx, i, event, personOf));
  doc.facts.agreements.forEach((agreement, i) => mergeAgreement(ctx, i, agreement));
  doc.facts.trade.forEach((trade, i) => mergeTrade(ctx, i, trade));
  return { id, status: existing !== null ? 'replaced' : 'stored', duplicateOf };
}

/** Removes a document's mentions; canonical facts left without any mention go too. */
function forgetMentions(port: MergePort, documentId: number): void {
  const facts = port.factsMentionedBy(documentId);
  port.deleteMentions(documentId);
  for (const { kind, id } of facts) if (!port.isMentioned(id)) port.deleteFact(kind, id);
}
