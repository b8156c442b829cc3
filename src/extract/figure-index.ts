// The trade figures a text has kept so far, looked up by what a new figure must share with one to be
// the same claim (measure, kind, scope, parties) and by its size, so that a text of thousands of
// figures is not compared figure by figure: 500 KB of figures of one pair of states took 3 s, most of
// it in that comparison.
import { addTo, earliest } from '../indexing.js';

/** What the index reads of a figure. */
export interface Figure {
  readonly measure: string;
  readonly kind: string;
  readonly scope: string | null;
  readonly parties: readonly string[];
  readonly value_usd: number | null;
  readonly amount?: number | null;
  readonly currency?: string | null;
}

/**
 * Bins of sizes 2 % wide on a log scale: two figures within 1 % of each other (the test for one
 * claim) lie in the same bin or in neighbouring ones.
 */
const BIN = 0.02;
const binOf = (x: number): number => (x > 0 ? Math.floor(Math.log(x) / BIN) : Number.NEGATIVE_INFINITY);

export class FigureIndex<F extends Figure> {
  readonly #order = new Map<F, number>();
  /** By claim and bin of the value in dollars (figures that have one). */
  readonly #byUsd = new Map<string, F[]>();
  /** By claim, currency and bin of the amount as stated (figures that have both). */
  readonly #byAmount = new Map<string, F[]>();

  static #claim(f: Figure): string {
    return `${f.measure}|${f.kind}|${f.scope ?? ''}|${f.parties.join()}`;
  }

  add(f: F): void {
    this.#order.set(f, this.#order.size);
    const claim = FigureIndex.#claim(f);
    if (f.value_usd !== null) addTo(this.#byUsd, `${claim}|${binOf(f.value_usd)}`, f);
    if (f.currency != null && f.amount != null) addTo(this.#byAmount, `${claim}|${f.currency}|${binOf(f.amount)}`, f);
  }

  /**
   * The first figure kept, in the order they were added, of the same claim and a size the new one
   * may share (its value in dollars, or its amount in the same currency) that passes the test.
   */
  find(f: Figure, test: (kept: F) => boolean): F | undefined {
    const claim = FigureIndex.#claim(f);
    const pool: F[] = [];
    const near = (map: Map<string, F[]>, key: string, x: number): void => {
      const bin = binOf(x);
      for (const b of [bin - 1, bin, bin + 1]) pool.push(...(map.get(`${key}|${b}`) ?? []));
    };
    if (f.value_usd !== null) near(this.#byUsd, claim, f.value_usd);
    if (f.currency != null && f.amount != null) near(this.#byAmount, `${claim}|${f.currency}`, f.amount);
    return earliest(pool, this.#order, test);
  }
}
