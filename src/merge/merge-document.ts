// One analysed document into the store, through the merge port: its row (replacing the same content
// stored by another extractor version, or an earlier version of the same source), its near-duplicate
// link, then its facts, people first so event participants can point at the canonical person, and
// last the corrections anchored to its reports or applied to the facts it reports (corrections.ts).
// A flow of port calls (merge-steps.ts): the backend runs it with runMerge or runMergeAsync, inside
// its transaction.
import type { AnalysedDocument, RemoveOutcome, SaveOutcome } from '../store/store.js';
import { correctionsAfterDocument, refreshFacts } from './corrections.js';
import type { DuplicateIndex } from './duplicate-index.js';
import { mergeAgreement, mergeEvent, mergePerson, mergeTrade, type MergeContext } from './merge-facts.js';
import type { FactKind } from './merge-port.js';
import { ask, type MergeSteps } from './merge-steps.js';
import { nameKey, namesCompatible } from '../names/names.js';

export function* mergeDocument(duplicates: DuplicateIndex, doc: AnalysedDocument, ingestedAt: string): MergeSteps<SaveOutcome> {
  const sameContent = yield* ask('documentIdByHash', doc.contentHash);
  // An earlier version of the same source (an edited file): its facts give way to this version's.
  const existing = sameContent ?? doc.replaces ?? null;
  let id: number;
  if (existing !== null) {
    yield* forgetMentions(existing, sameContent === null);
    yield* ask('updateDocument', existing, doc, ingestedAt);
    id = existing;
  } else {
    id = yield* ask('insertDocument', doc, ingestedAt);
  }
  const duplicateOf = duplicates.link(id, doc.source, doc.minhash);
  if (duplicateOf || existing !== null) yield* ask('setDuplicate', id, duplicateOf);

  const ctx: MergeContext = { documentId: id, contentHash: doc.contentHash };
  const touched = new Set<string>();
  const people: Array<{ name: string; id: string }> = [];
  for (const [i, person] of doc.facts.people.entries()) {
    const personId = yield* mergePerson(ctx, i, person);
    people.push({ name: person.name, id: personId });
    touched.add(personId);
  }
  const personOf = (name: string): string | null => people.find((p) => namesCompatible(nameKey(p.name), nameKey(name)))?.id ?? null;
  for (const [i, event] of doc.facts.events.entries()) touched.add(yield* mergeEvent(ctx, i, event, personOf));
  for (const [i, agreement] of doc.facts.agreements.entries()) touched.add(yield* mergeAgreement(ctx, i, agreement));
  for (const [i, trade] of doc.facts.trade.entries()) touched.add(yield* mergeTrade(ctx, i, trade));
  yield* correctionsAfterDocument(doc.source, [...touched]);
  const status = sameContent !== null ? 'replaced' : existing !== null ? 'updated' : 'stored';
  return { id, status, duplicateOf };
}

/**
 * Removes a document's mentions; canonical facts left without any mention go too. With `rebuild`,
 * the facts other documents still report are made again from those reports (the document's values
 * leave them); a reindex, which merges the same document straight back, skips that.
 */
function* forgetMentions(documentId: number, rebuild: boolean): MergeSteps<{ deleted: number; kept: number }> {
  const facts = yield* ask('factsMentionedBy', documentId);
  yield* ask('deleteMentions', documentId);
  const kept: Array<{ kind: FactKind; id: string }> = [];
  for (const fact of facts) {
    if (yield* ask('isMentioned', fact.id)) kept.push(fact);
    else yield* ask('deleteFact', fact.kind, fact.id);
  }
  if (rebuild) yield* refreshFacts(kept);
  return { deleted: facts.length - kept.length, kept: kept.length };
}

/** Deletes a document and the facts only it reported; the others are rebuilt from their other reports. */
export function* removeDocument(duplicates: DuplicateIndex, id: number, source: string): MergeSteps<RemoveOutcome> {
  const { deleted, kept } = yield* forgetMentions(id, true);
  yield* ask('deleteDocument', id);
  duplicates.forget(id);
  return { id, source, deleted, kept };
}
