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
function deletions(folded: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < folded.length; i++) out.add(folded.slice(0, i) + folded.slice(i + 1));
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
    for (const e of this.#candidates(folded)) if (e.folded[0] === folded[0] && !found.has(e.item) && samePart(e.part, part)) found.add(e.item);
    return found.size > 1 ? [...found].sort((a, b) => this.#order.get(a)! - this.#order.get(b)!) : [...found];
  }

  /** The entries that may be the same part: all of them while few, else those sharing a form with at most one letter deleted. */
  #candidates(folded: string): ReadonlyArray<Entry<T>> {
    if (!this.#byFolded) return this.#entries;
    const out = [...(this.#byFolded.get(folded) ?? [])];
    if (folded.length >= SLIP_LENGTH) {
      out.push(...(this.#byDeletion!.get(folded) ?? []));
      for (const d of deletions(folded)) out.push(...(this.#byFolded.get(d) ?? []), ...(this.#byDeletion!.get(d) ?? []));
    }
    return out;
  }
}
