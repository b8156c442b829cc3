// When two mentions from different documents are one fact. Pure functions over plain records: the
// store finds candidates by indexed keys and asks these rules which candidate, if any, is the same.
import type { EventT } from '../facts/schema.js';
import type { DateWindow, ValueRange } from './merge-port.js';
import { nameKey, namesCompatible } from './names.js';

/** Tolerance for "the same figure": values within 1% of each other. */
export const SAME_VALUE_TOLERANCE = 0.01;

export const countriesKey = (codes: readonly string[]): string => [...new Set(codes)].sort().join(',');

export interface PersonCandidate {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  /** How many mentions the candidate has; taken as 0 when not known. */
  readonly mentions?: number;
}

/**
 * The canonical person a mention belongs to: names compatible with the canonical name or an alias,
 * and the same country. A mention without a country joins only an exact full-name match.
 * Among several compatible candidates, the most mentioned wins.
 */
export function choosePerson<C extends PersonCandidate>(name: string, country: string | null, candidates: readonly C[]): C | null {
  const key = nameKey(name);
  const fits = candidates.filter((c) => {
    if (country === null || c.country === null) {
      const full = (n: string) => { const k = nameKey(n); return k.given.length > 0 && k.family === key.family && k.given.join(' ') === key.given.join(' '); };
      return key.given.length > 0 && (full(c.name) || c.aliases.some(full)) && (country === null || c.country === null);
    }
    return c.country === country && [c.name, ...c.aliases].some((n) => namesCompatible(key, nameKey(n)));
  });
  return fits.sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.id.localeCompare(b.id))[0] ?? null;
}

/** The fuller of two names for the same person: more words, then longer. */
export const fullerName = (a: string, b: string): string => {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  return wb > wa || (wb === wa && b.length > a.length) ? b : a;
};

export interface EventCandidate {
  readonly id: string;
  readonly planned: boolean;
  readonly participants: ReadonlyArray<{ readonly name: string }>;
}

/**
 * Same encounter: the store already matched date and countries; planned must agree, and the
 * participants overlap (or one report names none).
 */
export function chooseEvent<C extends EventCandidate>(event: Pick<EventT, 'planned' | 'participants' | 'date'>, candidates: readonly C[]): C | null {
  if (!event.date || event.date.startsWith('--')) return null;
  for (const c of candidates) {
    if (c.planned !== event.planned) continue;
    if (!event.participants.length || !c.participants.length) return c;
    const overlap = event.participants.some((p) => c.participants.some((q) => namesCompatible(nameKey(p.name), nameKey(q.name))));
    if (overlap) return c;
  }
  return null;
}

export interface TradeCandidate {
  readonly id: string;
  readonly value_usd: number | null;
  readonly amount: number | null;
  readonly currency: string | null;
}

export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(a, b);

/**
 * The stored values worth looking up for a figure: twice the tolerance either way, so the range holds
 * every value sameValue accepts (chooseTrade still decides). Null when the value bounds no range.
 */
export function sameValueRange(value: number): ValueRange | null {
  if (!(value > 0 && Number.isFinite(value))) return null;
  return { low: value * (1 - 2 * SAME_VALUE_TOLERANCE), high: value / (1 - 2 * SAME_VALUE_TOLERANCE) };
}

type Figure = Pick<TradeCandidate, 'value_usd' | 'amount' | 'currency'>;

/**
 * Same figure: the dollar values agree within the tolerance; or, when either has no dollar value,
 * both were stated in the same currency and those amounts agree.
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.value_usd !== null && b.value_usd !== null) return sameValue(a.value_usd, b.value_usd);
  return a.currency !== null && a.currency === b.currency && a.amount !== null && b.amount !== null && sameValue(a.amount, b.amount);
}

/** Same claim: the store matched pair, measure, year, kind, direction and scope; the figures agree (sameFigure). */
export function chooseTrade<C extends TradeCandidate>(trade: Figure, candidates: readonly C[]): C | null {
  return candidates.find((c) => sameFigure(c, trade)) ?? null;
}

const titleWords = (title: string): Set<string> =>
  new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !['the', 'and', 'between', 'with', 'for', 'on', 'of'].includes(w)));

export function titleOverlap(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

export interface AgreementCandidate {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
}

const datesCompatible = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

/**
 * The stored dates an agreement dated `date` can share (datesCompatible): a DATE is 4, 7 or 10
 * characters long, so its prefixes are its year, its month and itself; the dates it is a prefix of
 * extend it. Undated agreements are always candidates.
 */
export const compatibleDates = (date: string): DateWindow => ({ equalTo: [date.slice(0, 4), date.slice(0, 7), date], extending: date });

/** Same document: the store matched parties and kind; titles share most words and dates do not disagree. */
export function chooseAgreement<C extends AgreementCandidate>(agreement: { title: string; date: string | null }, candidates: readonly C[]): C | null {
  return candidates.find((c) => titleOverlap(c.title, agreement.title) >= 0.8 && datesCompatible(c.date, agreement.date)) ?? null;
}

// Reports of one encounter may call it differently ("talks" in one, "the visit" in another): the
// canonical type is the most specific one any report gives, whatever the order reports arrive in.
const TYPE_PRECEDENCE: readonly EventT['type'][] = ['visit', 'summit', 'phone_call', 'forum', 'ceremony', 'meeting', 'other'];

export const preferredEventType = (a: EventT['type'], b: EventT['type']): EventT['type'] =>
  TYPE_PRECEDENCE.indexOf(a) <= TYPE_PRECEDENCE.indexOf(b) ? a : b;
