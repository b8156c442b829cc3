// Lexicon phrases found by their word keys: the longest phrase that starts at a word. Matching on
// the words a sentence already has is cheaper than one regular expression alternating over the
// whole lexicon, and agrees with the word splitting everything else uses.
import { words, type Word } from './words.js';

export interface PhraseHit<T> {
  readonly value: T;
  /** Number of words the phrase covers. */
  readonly length: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ keys: readonly string[]; value: T }>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [form, value] of entries) {
      const keys = words(form).map((w) => w.key);
      if (!keys.length) continue;
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push({ keys, value });
      this.byFirst.set(keys[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest phrase that starts at word i, or null. */
  at(ws: readonly Word[], i: number): PhraseHit<T> | null {
    const candidates = this.byFirst.get(ws[i]!.key);
    if (!candidates) return null;
    for (const { keys, value } of candidates) {
      if (i + keys.length > ws.length) continue;
      let j = 1;
      while (j < keys.length && ws[i + j]!.key === keys[j]) j++;
      if (j === keys.length) return { value, length: keys.length };
    }
    return null;
  }

  /** Every phrase in the words, left to right, longest first at each word, never overlapping. */
  all(ws: readonly Word[]): Array<{ readonly value: T; readonly length: number; readonly index: number }> {
    const out: Array<{ value: T; length: number; index: number }> = [];
    for (let i = 0; i < ws.length; i++) {
      const hit = this.at(ws, i);
      if (!hit) continue;
      out.push({ value: hit.value, length: hit.length, index: i });
      i += hit.length - 1;
    }
    return out;
  }
}
