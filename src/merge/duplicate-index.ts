// Which stored document a new one republishes: the near-duplicate index of stored documents, in
// memory. It is loaded from the stored signatures at the first transaction, then topped up at each
// transaction's start with the documents other writers added since (ids only grow). Within a
// transaction the writer holds the write lock, so nobody else adds any: once per transaction is enough.
import type { SaveOutcome } from '../store/store.js';
import type { StoredSignature } from './merge-port.js';
import { BandIndex, nearDuplicate } from './near-duplicates.js';

export class DuplicateIndex {
  #index = new BandIndex();
  readonly #signatures = new Map<number, Omit<StoredSignature, 'id'>>();
  #seen = 0;

  /** The greatest document id the index holds: catch up with the documents stored after it. */
  get seen(): number {
    return this.#seen;
  }

  #add(id: number, entry: Omit<StoredSignature, 'id'>): void {
    const old = this.#signatures.get(id);
    if (old) this.#index.remove(id, old.signature);
    this.#signatures.set(id, entry);
    this.#index.add(id, entry.signature);
    this.#seen = Math.max(this.#seen, id);
  }

  /**
   * Adds the documents other writers stored since the last catch-up (the port's signaturesSince(seen)):
   * call it when a transaction begins.
   */
  catchUp(stored: readonly StoredSignature[]): void {
    for (const { id, ...entry } of stored) this.#add(id, entry);
  }

  /** The original this document republishes, if any; then remembers the document. */
  link(id: number, source: string, signature: Uint32Array): SaveOutcome['duplicateOf'] {
    let best: { id: number; similarity: number } | null = null;
    for (const candidate of this.#index.candidates(signature)) {
      if (candidate === id) continue;
      const c = this.#signatures.get(candidate)!;
      const s = nearDuplicate(signature, c.signature);
      if (s !== null && (!best || s > best.similarity)) best = { id: c.duplicateOf ?? candidate, similarity: s };
    }
    this.#add(id, { source, signature, duplicateOf: best?.id ?? null });
    if (!best) return null;
    return { id: best.id, source: this.#signatures.get(best.id)?.source ?? '', similarity: best.similarity };
  }

  /** A document deleted: it is nobody's original any more, and what named it as theirs is read again from the store on the next catch-up. */
  forget(id: number): void {
    const entry = this.#signatures.get(id);
    if (!entry) return;
    this.#index.remove(id, entry.signature);
    this.#signatures.delete(id);
    for (const [other, e] of this.#signatures) if (e.duplicateOf === id) this.#signatures.set(other, { ...e, duplicateOf: null });
  }

  /** After a rollback: forget everything, reload from the database on the next catch-up. */
  reset(): void {
    this.#index = new BandIndex();
    this.#signatures.clear();
    this.#seen = 0;
  }
}
