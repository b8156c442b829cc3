// The encounters a text has opened so far, looked up by the sentences that define them and by a
// day they may hold, without a scan of every one per candidate: a dense text (a megabyte of dated
// meetings) opens thousands of encounters, and scanning them all for each candidate grew with the
// square of its length (27 % of its time).
import { earliest } from '../indexing.js';

/** What the index needs of an encounter: its date, day, month or year, and its end for a span. */
export interface Dated {
  readonly date: string | null;
  readonly end: string | null;
}

/**
 * The bucket an encounter is filed in: its year and month ("2024-03" for "2024-03-12" and "2024-03"),
 * its year alone ("2024"), a span, or no year. A full date can only fall in an encounter of its own
 * month or year (one holds the other: "in late August", "on Aug. 25") or in a span (see `within` in
 * events.ts); a day without a year ("--03-12") falls in no dated encounter of a known year but a span.
 */
function bucketOf(g: Dated): string {
  if (g.date === null) return 'undated';
  if (g.end !== null) return 'span';
  return g.date.startsWith('--') ? 'yearless' : g.date.slice(0, 7);
}

/** The buckets whose encounters a full date may fall in. */
function bucketsFor(date: string): string[] {
  const year = date.slice(0, 4);
  if (date.length >= 7) return [year, date.slice(0, 7), 'span'];
  return [year, ...Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`), 'span'];
}

export class EncounterIndex<G extends Dated, S> {
  readonly #order = new Map<G, number>();
  readonly #bucket = new Map<G, string>();
  readonly #byBucket = new Map<string, Set<G>>();
  readonly #definedBy = new Map<S, G[]>();

  /** Keeps a new encounter, defined by its first sentence. */
  add(g: G, sentence: S): void {
    this.#order.set(g, this.#order.size);
    this.defines(g, sentence);
    this.update(g);
  }

  /** Notes that the sentence defines the encounter too. */
  defines(g: G, sentence: S): void {
    const list = this.#definedBy.get(sentence);
    if (!list) this.#definedBy.set(sentence, [g]);
    else if (!list.includes(g)) list.push(g);
  }

  /** Files the encounter again after its date or end changed. */
  update(g: G): void {
    const bucket = bucketOf(g);
    const old = this.#bucket.get(g);
    if (old === bucket) return;
    if (old !== undefined) this.#byBucket.get(old)!.delete(g);
    this.#bucket.set(g, bucket);
    let set = this.#byBucket.get(bucket);
    if (!set) this.#byBucket.set(bucket, (set = new Set()));
    set.add(g);
  }

  /** Whether the sentence defines any encounter (or the one given). */
  isDefining(sentence: S, g?: G): boolean {
    const list = this.#definedBy.get(sentence);
    return list !== undefined && (g === undefined || list.includes(g));
  }

  /**
   * The first encounter, in the order they were opened, that satisfies the test and could hold the
   * date: those of its month and year and the spans, or all of them for a day without a year.
   * `always` is tried whatever its bucket (an encounter whose date is set outside `update`).
   */
  find(date: string, test: (g: G) => boolean, always: G | null): G | undefined {
    const pool = date.startsWith('--') ? [...this.#order.keys()] : bucketsFor(date).flatMap((bucket) => [...(this.#byBucket.get(bucket) ?? [])]);
    return earliest(always ? [...pool, always] : pool, this.#order, test);
  }
}
