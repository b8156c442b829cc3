// When two mentions from different documents are one fact. Pure functions over plain records: the
// store finds candidates by indexed keys and asks these rules which candidate, if any, is the same.
import type { AgreementT, EventT, PlaceT } from '../facts/schema.js';
import { combinedDate, daySpan, isStatedDay, signingDatesAgree, spansOverlap, type DatedEncounter } from './date-spans.js';
import type { ValueRange } from './merge-port.js';
import { stemmer } from 'stemmer';
import { titleSimilarity } from '../names/titles.js';
import { nameKey, namesCompatible } from '../names/names.js';

/** Tolerance for "the same figure": values within 1% of each other. */
export const SAME_VALUE_TOLERANCE = 0.01;

export const countriesKey = (codes: readonly string[]): string => [...new Set(codes)].sort().join(',');

export interface PersonCandidate {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  /** The latest role a report gave, or null. */
  readonly role?: string | null;
  /** How many mentions the candidate has; taken as 0 when not known. */
  readonly mentions?: number;
}

const ROLE_FILLER = new Set(['of', 'the', 'and', 'for', 'affairs', 'on']);
const roleWords = (role: string): Set<string> =>
  new Set(
    role
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !ROLE_FILLER.has(w))
      .map((w) => stemmer(w)),
  );

/** Two roles are one office when the words of one are all in the other ("Foreign Minister", "Minister of Foreign Affairs"). */
export function rolesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [roleWords(a), roleWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

/**
 * The canonical person a mention belongs to: names compatible with the canonical name or an alias,
 * and the same country. A mention without a country joins only an exact full-name match; so does a
 * mention whose report gives another country, and only when the roles agree too (one report
 * misattributed the person).
 * Among several compatible candidates, the most mentioned wins.
 */
export function choosePerson<C extends PersonCandidate>(name: string, country: string | null, candidates: readonly C[], role: string | null = null): C | null {
  const key = nameKey(name);
  const full = (n: string): boolean => {
    const k = nameKey(n);
    return k.given.length > 0 && k.family === key.family && k.given.join(' ') === key.given.join(' ');
  };
  const fits = candidates.filter((c) => {
    const sameFullName = key.given.length > 0 && (full(c.name) || c.aliases.some(full));
    if (country === null || c.country === null) return sameFullName;
    if (c.country !== country) return sameFullName && rolesAgree(role, c.role);
    return [c.name, ...c.aliases].some((n) => namesCompatible(key, nameKey(n)));
  });
  // The same country first: a misattribution joins only when no compatriot fits.
  return (
    fits.sort(
      (a, b) => Number(b.country === country) - Number(a.country === country) || (b.mentions ?? 0) - (a.mentions ?? 0) || a.id.localeCompare(b.id),
    )[0] ?? null
  );
}

/**
 * A canonical person after another report of them: the fuller name, every other form as an alias,
 * and the role the report gives (else the one before).
 */
export function joinedPerson(
  stored: { readonly name: string; readonly aliases: readonly string[]; readonly role: string | null },
  reported: { readonly name: string; readonly aliases: readonly string[]; readonly role: string | null },
): { name: string; family_key: string; aliases: string[]; role: string | null } {
  const name = fullerName(stored.name, reported.name);
  const aliases = new Set([...stored.aliases, stored.name, reported.name, ...reported.aliases]);
  aliases.delete(name);
  return { name, family_key: nameKey(name).family, aliases: [...aliases].sort(), role: reported.role ?? stored.role };
}

/** The fuller of two names for the same person: more words, then longer. */
export const fullerName = (a: string, b: string): string => {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  return wb > wa || (wb === wa && b.length > a.length) ? b : a;
};

export interface EventCandidate extends DatedEncounter {
  readonly id: string;
  readonly type: EventT['type'];
  readonly planned: boolean;
  readonly participants: ReadonlyArray<{ readonly name: string }>;
}

type ReportedEvent = Pick<EventT, 'type' | 'planned' | 'participants' | 'date' | 'end_date' | 'date_basis'>;

const isCall = (type: EventT['type']): boolean => type === 'phone_call';

/**
 * Same encounter: the store matched the countries; planned must agree, a call is never a meeting,
 * the days the two dates stand for overlap (date-spans.ts), and no participant of one is
 * missing from the other when both name some. The same date, then an overlapping stated day or
 * span, join at once; a month, a year or a publication day joins only a report naming a common
 * participant, and only when exactly one stored encounter fits (two meetings of a pair in one month
 * are not told apart by a month).
 */
export function chooseEvent<C extends EventCandidate>(event: ReportedEvent, candidates: readonly C[]): C | null {
  const reported: DatedEncounter = { date: event.date, end_date: event.end_date, date_basis: event.date_basis ?? null };
  const span = daySpan(reported);
  if (!span) return null;
  const named = (c: C): boolean | null => {
    if (!event.participants.length || !c.participants.length) return null;
    return event.participants.some((p) => c.participants.some((q) => namesCompatible(nameKey(p.name), nameKey(q.name))));
  };
  const fits = candidates.filter((c) => {
    const other = daySpan(c);
    return c.planned === event.planned && isCall(c.type) === isCall(event.type) && other !== null && spansOverlap(span, other) && named(c) !== false;
  });
  const sameDate = fits.find((c) => c.date === event.date && (c.date_basis === 'publication') === (event.date_basis === 'publication'));
  if (sameDate) return sameDate;
  if (isStatedDay(reported)) {
    const stated = fits.find((c) => isStatedDay(c));
    if (stated) return stated;
  }
  const vague = fits.filter((c) => named(c) === true);
  return vague.length === 1 ? vague[0]! : null;
}

export interface TradeCandidate {
  readonly id: string;
  readonly value_usd: number | null;
  readonly amount: number | null;
  readonly currency: string | null;
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(a, b);

/**
 * The stored values worth looking up for a figure: twice the tolerance either way, so the range holds
 * every value sameValue accepts (chooseTrade still decides). Null when the value bounds no range.
 */
export function sameValueRange(value: number): ValueRange | null {
  if (!(value > 0 && Number.isFinite(value))) return null;
  return { low: value * (1 - 2 * SAME_VALUE_TOLERANCE), high: value / (1 - 2 * SAME_VALUE_TOLERANCE) };
}

type Figure = Pick<TradeCandidate, 'value_usd' | 'amount' | 'currency'> & { readonly qualifier?: string };

/** "More than X" and "less than X" cannot both be true of one figure. */
const contradictoryQualifiers = (a: string | undefined, b: string | undefined): boolean =>
  (a === 'more_than' && b === 'less_than') || (a === 'less_than' && b === 'more_than');

/**
 * Two claims of one key contradict each other: dollar values further apart than the tolerance, or
 * the same value bounded from opposite sides. The one rule for conflicts; the store's SQL
 * (sqlite/trade-conflicts.ts) finds the same groups.
 */
export function figuresConflict(
  a: { readonly value_usd: number | null; readonly qualifier?: string },
  b: { readonly value_usd: number | null; readonly qualifier?: string },
): boolean {
  if (a.value_usd === null || b.value_usd === null) return false;
  return !sameValue(a.value_usd, b.value_usd) || contradictoryQualifiers(a.qualifier, b.qualifier);
}

/**
 * Same figure: the dollar values agree within the tolerance; or, when either has no dollar value,
 * both were stated in the same currency and those amounts agree.
 */
function sameFigure(a: Figure, b: Figure): boolean {
  if (contradictoryQualifiers(a.qualifier, b.qualifier)) return false;
  if (a.value_usd !== null && b.value_usd !== null) return sameValue(a.value_usd, b.value_usd);
  return a.currency !== null && a.currency === b.currency && a.amount !== null && b.amount !== null && sameValue(a.amount, b.amount);
}

/** Same claim: the store matched pair, measure, year, kind, direction and scope; the figures agree (sameFigure), qualifiers included. */
export function chooseTrade<C extends TradeCandidate>(trade: Figure, candidates: readonly C[]): C | null {
  return candidates.find((c) => sameFigure(c, trade)) ?? null;
}

export interface AgreementCandidate {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
}

const STATUS_ORDER: readonly AgreementT['status'][] = ['planned', 'signed', 'in_force'];

/**
 * The canonical date and status of two reports of one document: the more precise date when one
 * contains the other (a day over its month), else the first stored; the furthest status (a document
 * reported as planned and later as signed is signed).
 */
export function combinedAgreement(
  stored: Pick<AgreementT, 'date' | 'status'>,
  reported: Pick<AgreementT, 'date' | 'status'>,
): Pick<AgreementT, 'date' | 'status'> {
  const date =
    !stored.date || (reported.date && reported.date.length > stored.date.length && reported.date.startsWith(stored.date))
      ? (reported.date ?? stored.date)
      : stored.date;
  const status = STATUS_ORDER.indexOf(reported.status) > STATUS_ORDER.indexOf(stored.status) ? reported.status : stored.status;
  return { date, status };
}

/** Same document: the store matched parties and kind; titles share most words and dates do not disagree. */
export function chooseAgreement<C extends AgreementCandidate>(agreement: { title: string; date: string | null }, candidates: readonly C[]): C | null {
  return candidates.find((c) => titleSimilarity(c.title, agreement.title) >= 0.8 && signingDatesAgree(c.date, agreement.date)) ?? null;
}

interface JoinableEvent extends DatedEncounter {
  readonly type: EventT['type'];
  readonly place: PlaceT | null;
  readonly participants: ReadonlyArray<{ readonly name: string; readonly country: string | null; readonly person_id: string | null }>;
}

/**
 * A canonical encounter after another report of it: every participant, the most specific place and
 * type, the most reliable date (date-spans.ts), whatever the order the reports arrive in.
 */
export function joinedEvent<P extends JoinableEvent['participants'][number]>(
  stored: JoinableEvent & { readonly participants: readonly P[] },
  reported: Omit<JoinableEvent, 'participants'>,
  participants: readonly P[],
): Pick<JoinableEvent, 'type' | 'place' | 'date' | 'end_date' | 'date_basis'> & { participants: P[] } {
  const merged = [...stored.participants];
  for (const p of participants) if (!merged.some((x) => namesCompatible(nameKey(x.name), nameKey(p.name)))) merged.push(p);
  const date = combinedDate(stored, reported);
  return {
    participants: merged,
    place: combinedPlace(stored.place, reported.place),
    type: preferredEventType(stored.type, reported.type),
    date: date.date,
    end_date: date.end_date,
    date_basis: date.date_basis,
  };
}

// Reports of one encounter may call it differently ("talks" in one, "the visit" in another): the
// canonical type is the most specific one any report gives, whatever the order reports arrive in.
const TYPE_PRECEDENCE: readonly EventT['type'][] = ['visit', 'summit', 'phone_call', 'forum', 'ceremony', 'meeting', 'other'];

const preferredEventType = (a: EventT['type'], b: EventT['type']): EventT['type'] => (TYPE_PRECEDENCE.indexOf(a) <= TYPE_PRECEDENCE.indexOf(b) ? a : b);

const placeDetail = (p: PlaceT | null): number => (p === null ? 0 : p.name ? 3 : p.city ? 2 : p.country ? 1 : 0);
const agree = (a: string | null, b: string | null): boolean => a === null || b === null || a.toLowerCase() === b.toLowerCase();

/**
 * The canonical place of two reports of one encounter: the most specific one (a venue over a city
 * over a country), whatever the order reports arrive in. When they do not contradict each other
 * (same country and city where both give one), each fills what the other leaves out.
 */
export function combinedPlace(stored: PlaceT | null, reported: PlaceT | null): PlaceT | null {
  if (stored === null || reported === null) return stored ?? reported;
  if (agree(stored.country, reported.country) && agree(stored.city, reported.city) && agree(stored.name, reported.name)) {
    return { name: stored.name ?? reported.name, city: stored.city ?? reported.city, country: stored.country ?? reported.country };
  }
  return placeDetail(reported) > placeDetail(stored) ? reported : stored;
}
