// Things filed under a name part ("Tokayev"), found again by any part that samePart says is the same
// ("Tokaev", "Tokayed"), without comparing the part with every one filed: a text naming thousands of
// people (a roster, a list of delegations) compared each mention with all of them.
import { addTo } from '../indexing.js';
import { foldName, samePart } from './names.js';

/**
 * Two folded parts are one slip apart (a letter changed, added, dropped, or two swapped) only when
 * deleting at most one letter from each gives the same string (the symmetric-deletion method), so
 * past a few dozen parts each is filed under its folded form and under each form with one letter
 * deleted.
 */
function deletions(folded: string): string[] {
  const out: string[] = [];
  // (Deleting either of two equal neighbours gives one string: the second is skipped, so each form comes once.)
  for (let i = 0; i < folded.length; i++) if (i === 0 || folded[i] !== folded[i - 1]) out.push(folded.slice(0, i) + folded.slice(i + 1));
  return out;
}

/** The length below which samePart asks for the same folded spelling: no slip is allowed. */
const SLIP_LENGTH = 5;
/** Parts compared one by one up to this many (a readout names a few dozen people): building the deletions costs more. */
const SCAN_LIMIT = 64;

interface Entry<T> {
  readonly part: string;
  readonly folded: string;
  readonly item: T;
}

export class NamePartIndex<T> {
  readonly #order = new Map<T, number>();
  readonly #entries: Array<Entry<T>> = [];
  /** Built once there are more than SCAN_LIMIT parts. */
  #byFolded: Map<string, Array<Entry<T>>> | null = null;
  #byDeletion: Map<string, Array<Entry<T>>> | null = null;

  add(part: string, item: T): void {
    if (!this.#order.has(item)) this.#order.set(item, this.#order.size);
    const entry = { part, folded: foldName(part), item };
    this.#entries.push(entry);
    if (this.#byFolded) this.#file(entry);
    else if (this.#entries.length > SCAN_LIMIT) {
      [this.#byFolded, this.#byDeletion] = [new Map(), new Map()];
      for (const e of this.#entries) this.#file(e);
    }
  }

  #file(e: Entry<T>): void {
    addTo(this.#byFolded!, e.folded, e);
    if (e.folded.length >= SLIP_LENGTH) for (const d of deletions(e.folded)) addTo(this.#byDeletion!, d, e);
  }

  /** The items filed under a part that is the same as this one (samePart), in the order they were first filed. */
  find(part: string): T[] {
    const folded = foldName(part);
    const found = new Set<T>();
    // (The same part begins with the same folded letter: a cheap test before samePart's.)
    const test = (e: Entry<T>): void => {
      if (e.folded[0] === folded[0] && !found.has(e.item) && samePart(e.part, part)) found.add(e.item);
    };
    if (!this.#byFolded) this.#entries.forEach(test);
    else this.#eachCandidate(folded, test);
    return found.size > 1 ? [...found].sort((a, b) => this.#order.get(a)! - this.#order.get(b)!) : [...found];
  }

  /** Each entry that may be the same part: those sharing a form with at most one letter deleted (lists read in place, not copied). */
  #eachCandidate(folded: string, test: (e: Entry<T>) => void): void {
    this.#byFolded!.get(folded)?.forEach(test);
    if (folded.length < SLIP_LENGTH) return;
    this.#byDeletion!.get(folded)?.forEach(test);
    for (const d of deletions(folded)) {
      this.#byFolded!.get(d)?.forEach(test);
      this.#byDeletion!.get(d)?.forEach(test);
    }
  }
}
