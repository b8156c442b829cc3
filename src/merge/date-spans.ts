// The days a date can stand for, so that reports of one encounter or one signing dated differently
// meet: "12 May" lies inside "10-13 May"; "May 2024" and "2024" hold any of their days; and a date
// taken from the publication day (the text gave none) is an upper bound: the encounter happened on
// that day or in the days just before it.
import type { EventT } from '../facts/schema.js';

export type DateBasis = NonNullable<EventT['date_basis']>;

/** How many days before its publication a report undated by its text may describe. */
const PUBLICATION_LAG_DAYS = 3;
/** How far back a stored multi-day encounter may start and still hold a later day. */
const LONGEST_SPAN_DAYS = 14;

export interface DatedEncounter {
  readonly date: string | null;
  readonly end_date: string | null;
  /** Null (rows stored before the basis was kept) reads as stated. */
  readonly date_basis: DateBasis | null;
}

/** Inclusive first and last day, as YYYY-MM-DD. */
export type DaySpan = readonly [string, string];

const DAY_MS = 86_400_000;

/** The day `days` after (or before, when negative) a YYYY-MM-DD day, by UTC calendar arithmetic. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// Day 0 of the next month is the last day of this one.
const lastDayOfMonth = (month: string): string => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const lastDay = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? lastDayOfMonth(date) : date);

/** Whether a date names one day the text (or a day arithmetic on it) gives: not a month, a year or a publication day. */
export const isStatedDay = (e: DatedEncounter): boolean => e.date !== null && e.date.length === 10 && e.date_basis !== 'publication';

/** The days the encounter may have taken place on; null when it has no date or no year. */
export function daySpan(e: DatedEncounter): DaySpan | null {
  if (!e.date || e.date.startsWith('--')) return null;
  if (e.date_basis === 'publication' && e.date.length === 10) return [addDays(e.date, -PUBLICATION_LAG_DAYS), e.date];
  const end = e.end_date && !e.end_date.startsWith('--') && e.end_date >= e.date ? e.end_date : e.date;
  return [firstDay(e.date), lastDay(end)];
}

export const spansOverlap = (a: DaySpan, b: DaySpan): boolean => a[0] <= b[1] && b[0] <= a[1];

/**
 * How much a date says, for choosing the canonical one: a stated day or span, then a publication
 * day, then a month, then a year.
 */
function dateReliability(e: DatedEncounter): number {
  if (!e.date || e.date.startsWith('--')) return 0;
  if (e.date.length === 10) return e.date_basis === 'publication' ? 3 : 4;
  return e.date.length === 7 ? 2 : 1;
}

/**
 * The canonical date of two reports of one encounter: the more reliable one; two stated days or
 * spans make their union (the talks on the 12th belong to the visit of the 10th to the 13th).
 */
export function combinedDate(stored: DatedEncounter, reported: DatedEncounter): DatedEncounter {
  if (isStatedDay(stored) && isStatedDay(reported)) {
    const a = daySpan(stored)!;
    const b = daySpan(reported)!;
    const from = a[0] <= b[0] ? a[0] : b[0];
    const to = a[1] >= b[1] ? a[1] : b[1];
    return {
      date: from,
      end_date: to === from ? null : to,
      date_basis: stored.date_basis === 'inferred' && reported.date_basis === 'inferred' ? 'inferred' : 'stated',
    };
  }
  return dateReliability(reported) > dateReliability(stored) ? reported : stored;
}

/**
 * The stored dates worth looking up: every date string that could lie in a span overlapping the
 * one looked for. A stored year or month is its own string (the date's `year`, and its `month` when
 * it has one); stored days, spans and months inside the span sort between `from` and `to` (string
 * order is day order). A superset of what the merge rules accept.
 */
export interface DateWindow {
  readonly year: string;
  readonly month: string | null;
  readonly from: string;
  readonly to: string;
}

function windowAround(date: string, span: DaySpan, daysBefore: number, daysAfter: number): DateWindow {
  // '~' sorts after every character a date holds: "2024-05-31~" is after every day up to May 31.
  return {
    year: date.slice(0, 4),
    month: date.length > 4 ? date.slice(0, 7) : null,
    from: addDays(span[0], -daysBefore),
    to: `${addDays(span[1], daysAfter)}~`,
  };
}

/**
 * Where the date of a stored encounter overlapping this one's span can lie: a span starting up to
 * LONGEST_SPAN_DAYS before, or a publication day up to PUBLICATION_LAG_DAYS after.
 */
export function encounterWindow(e: DatedEncounter): DateWindow | null {
  const span = daySpan(e);
  return span && e.date ? windowAround(e.date, span, LONGEST_SPAN_DAYS, PUBLICATION_LAG_DAYS) : null;
}

/**
 * Two reports of one signing may date it a day or two apart: one by the first day of the visit, the
 * other by the day of the talks, or by the day the news was filed.
 */
const SIGNING_SLACK_DAYS = 3;

/** Where a stored agreement with a compatible date (signingDatesAgree) lies. */
export function signingWindow(date: string): DateWindow | null {
  const span = daySpan({ date, end_date: null, date_basis: 'stated' });
  return span ? windowAround(date, span, SIGNING_SLACK_DAYS, SIGNING_SLACK_DAYS) : null;
}

/** A signing date agrees with another when one is missing, one contains the other (2024, 2024-05, 2024-05-12), or the days are a few apart. */
export function signingDatesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length !== 10 || b.length !== 10 || a.startsWith('--') || b.startsWith('--')) return false;
  const [early, late] = a < b ? [a, b] : [b, a];
  return addDays(early, SIGNING_SLACK_DAYS) >= late;
}
