// One analysed document into the store, through the merge port: its row (replacing the same content
// stored by another extractor version), its near-duplicate link, then its facts, people first so
// event participants can point at the canonical person. A flow of port calls (merge-steps.ts): the
// backend runs it with runMerge or runMergeAsync, inside its transaction.
import type { AnalysedDocument, SaveOutcome } from '../store/store.js';
import type { DuplicateIndex } from './duplicate-index.js';
import { mergeAgreement, mergeEvent, mergePerson, mergeTrade, type MergeContext } from './merge-facts.js';
import { ask, type MergeSteps } from './merge-steps.js';
import { nameKey, namesCompatible } from '../names/names.js';

export function* mergeDocument(duplicates: DuplicateIndex, doc: AnalysedDocument, ingestedAt: string): MergeSteps<SaveOutcome> {
  const existing = yield* ask('documentIdByHash', doc.contentHash);
  let id: number;
  if (existing !== null) {
    yield* forgetMentions(existing);
    yield* ask('updateDocument', existing, doc, ingestedAt);
    id = existing;
  } else {
    id = yield* ask('insertDocument', doc, ingestedAt);
  }
  const duplicateOf = duplicates.link(id, doc.source, doc.minhash);
  if (duplicateOf || existing !== null) yield* ask('setDuplicate', id, duplicateOf);

  const ctx: MergeContext = { documentId: id, contentHash: doc.contentHash };
  const people: Array<{ name: string; id: string }> = [];
  for (const [i, person] of doc.facts.people.entries()) people.push({ name: person.name, id: yield* mergePerson(ctx, i, person) });
  const personOf = (name: string): string | null => people.find((p) => namesCompatible(nameKey(p.name), nameKey(name)))?.id ?? null;
  for (const [i, event] of doc.facts.events.entries()) yield* mergeEvent(ctx, i, event, personOf);
  for (const [i, agreement] of doc.facts.agreements.entries()) yield* mergeAgreement(ctx, i, agreement);
  for (const [i, trade] of doc.facts.trade.entries()) yield* mergeTrade(ctx, i, trade);
  return { id, status: existing !== null ? 'replaced' : 'stored', duplicateOf };
}

/** Removes a document's mentions; canonical facts left without any mention go too. */
function* forgetMentions(documentId: number): MergeSteps<void> {
  const facts = yield* ask('factsMentionedBy', documentId);
  yield* ask('deleteMentions', documentId);
  for (const { kind, id } of facts) if (!(yield* ask('isMentioned', id))) yield* ask('deleteFact', kind, id);
}
