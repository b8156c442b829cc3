// A date mention → DATE (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD), using only what the document
// establishes: its publication date and its reference year. Without a year, --MM-DD; never a guess.
import type { DateMention, DateParts } from '../recognise/dates.js';
import type { ReferenceYear } from './reference-year.js';

export interface DateContext {
  /** The stated publication date (YYYY-MM-DD) or null. */
  readonly published: string | null;
  readonly reference: ReferenceYear | null;
  /** The day the text is written on, for "today" and "on Thursday": the publication date, else null. */
  readonly anchor?: string | null;
  /** The day the text named last before this mention, for "the next day". */
  /** The last day the text named before (null: none, though dates were named; undefined: no date named yet). */
  readonly previousDay?: string | null;
  /**
   * The years the text has just given months ("Korea-Poland summit (June 2022)" above "on June 29"):
   * month → year, from the mentions of this sentence and the two before it.
   */
  readonly monthYears?: ReadonlyMap<number, number>;
  /**
   * A day the text writes with its weekday ("Monday, October 3", a caption's) when it states no day of writing: the
   * day its bare weekdays are counted from ("On Wednesday, Blinken met …" is October 5).
   */
  /** The day bare weekdays count from when the text gives no day of writing. */
  readonly weekAnchor?: WeekAnchor | null;
}

export interface ResolvedDate {
  readonly date: string | null;
  readonly end: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date's parts as the schema writes them: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD. */
/** The days from one calendar day (YYYY-MM-DD) to another, negative when the second is earlier. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000;
}

export function formatDate(p: DateParts): string | null {
  if (p.year !== null) {
    if (p.month === null) return String(p.year);
    return p.day === null ? `${p.year}-${pad(p.month)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  }
  if (p.month !== null && p.day !== null) return `--${pad(p.month)}-${pad(p.day)}`;
  return null;
}

function publishedParts(ctx: DateContext): { y: number; m: number; d: number } | null {
  // (Without a page date, the day of the encounter the lead dates: the text speaks from it.)
  const day = ctx.published ?? ctx.reference?.day ?? null;
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

/**
 * The year of a day and month without one. With a publication date, the occurrence on the side the
 * tense points to (a past event within the year before publication, a planned one after it);
 * otherwise the reference year; otherwise none.
 */
function yearFor(month: number, day: number | null, planned: boolean, ctx: DateContext): number | null {
  // The year the sentence opens with ("In 2005, … on 14 September") before any reckoning from the page's date.
  const opened = ctx.monthYears?.get(SENTENCE_YEAR);
  if (opened !== undefined) return ctx.monthYears?.get(month) ?? opened;
  const pub = publishedParts(ctx);
  if (pub) {
    const published = pub.m * 100 + pub.d;
    // A month without a day reaches from its first to its last day: "in late August" in a 15 August piece is this August.
    if (!planned && month * 100 + (day ?? 1) > published + 7) return pub.y - 1; // a week of slack for "on 28 June" in a 27 June piece
    if (planned && month * 100 + (day ?? 31) < published - 7) return pub.y + 1;
    return pub.y;
  }
  // A year the text has just given this month is nearer evidence than the year the whole text speaks from.
  return ctx.monthYears?.get(month) ?? ctx.reference?.year ?? null;
}

function complete(p: DateParts, planned: boolean, ctx: DateContext): DateParts {
  if (p.year !== null || p.month === null) return p;
  return { ...p, year: yearFor(p.month, p.day, planned, ctx) };
}

export function addDays(iso: string, days: number): string | null {
  if (iso.startsWith('--')) {
    // A day without a year ("October 7" in a dateline): counting across the end of February needs
    // the year, so only shifts that stay clear of it are made.
    const t = new Date(`2001${iso.slice(1)}T12:00:00Z`).getTime() + days * 86_400_000;
    const out = new Date(t).toISOString().slice(4, 10);
    const crossesFebruary = (a: string, b: string): boolean => a < '-03-01' !== b < '-03-01' || a < '-01-01' !== b < '-01-01';
    return crossesFebruary(iso.slice(1), out) ? null : `-${out}`;
  }
  const t = new Date(`${iso}T12:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** "last month", "next month": the month counted from the day of writing. */
function monthOf(anchor: string, offset: number): string | null {
  if (anchor.startsWith('--')) return null;
  const [y, m] = anchor.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * "next week", "this week": the month when the days it can mean fall in one, else the year, else null. Of "this
 * week", a past encounter's days run to the day of writing and a planned one's from it.
 */
function weekOf(anchor: string, offset: number, planned: boolean): string | null {
  if (anchor.startsWith('--')) return null;
  const day = new Date(`${anchor}T12:00:00Z`);
  let monday = new Date(day.getTime() + (offset - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  let sunday = new Date(monday.getTime() + 6 * 86_400_000);
  if (offset === 0) [monday, sunday] = planned ? [day, sunday] : [monday, day];
  const [a, b] = [monday.toISOString().slice(0, 7), sunday.toISOString().slice(0, 7)];
  return a === b ? a : a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : null;
}

/**
 * A bare weekday counted from a day the text gives with its weekday: the one within three days of it, either side
 * (the days of one trip or one week's talks). Not "last week", "next …": those count from the day of writing.
 */
/** A day and its weekday that bare weekdays count from; `last`: the end of a span they fall within. */
export interface WeekAnchor {
  readonly day: string;
  readonly weekday: number;
  readonly last?: string;
}

function weekdayNear(anchor: WeekAnchor, m: DateMention): string | null {
  if (/\b(?:last|next)\b/i.test(m.text)) return null;
  // (A span's weekday is the one day of it that falls on that weekday, if any.)
  if (anchor.last !== undefined) {
    const day = addDays(anchor.day, (m.offset! - anchor.weekday + 7) % 7);
    return day !== null && day <= anchor.last ? day : null;
  }
  let delta = (m.offset! - anchor.weekday + 7) % 7;
  if (delta > 3) delta -= 7;
  return addDays(anchor.day, delta);
}

/**
 * "this Monday (26)": the day with that weekday and that day of the month nearest the day of writing (within a fortnight);
 * with no day of writing, the only such day of the year the text was written in. Null when none, or more than one, fits.
 */
function weekdayOfTheMonth(m: DateMention, ctx: DateContext): string | null {
  const anchor = ctx.anchor ?? ctx.published;
  const fits = (iso: string | null): boolean =>
    iso !== null && Number(iso.slice(8, 10)) === m.from.day && new Date(`${iso}T12:00:00Z`).getUTCDay() === m.offset;
  if (anchor && !anchor.startsWith('--') && anchor.length === 10) {
    // (Nearest first: 0, -1, 1, -2, 2 … ±13 days.)
    const near = Array.from({ length: 27 }, (_, k) => addDays(anchor, (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2)));
    return near.find(fits) ?? null;
  }
  const year = anchor && /^\d{4}/.test(anchor) ? Number(anchor.slice(0, 4)) : ctx.reference?.year;
  if (year === undefined) return null;
  const days = Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, '0')}-${String(m.from.day).padStart(2, '0')}`).filter(
    (iso) => new Date(`${iso}T12:00:00Z`).getUTCMonth() === Number(iso.slice(5, 7)) - 1 && fits(iso),
  );
  return days.length === 1 ? days[0]! : null;
}

export function resolveDate(m: DateMention, planned: boolean, ctx: DateContext): ResolvedDate {
  switch (m.kind) {
    case 'relative-year':
      return { date: ctx.reference ? String(ctx.reference.year + m.offset!) : null, end: null };
    case 'relative-day': {
      const anchor = ctx.anchor ?? ctx.published;
      if (!anchor) return { date: null, end: null };
      if (/\bweek\b/i.test(m.text)) return { date: weekOf(anchor, m.offset!, planned), end: null };
      if (/\bmonth\b/i.test(m.text)) return { date: monthOf(anchor, m.offset!), end: null };
      return { date: addDays(anchor, m.offset!), end: null };
    }
    case 'sequel': {
      // Before the text names any date (no previous day known at all), "the day before" counts from the
      // day of writing: "X has concluded his visit … The day before, he held talks".
      const day = ctx.previousDay === undefined ? (ctx.anchor ?? ctx.published) : ctx.previousDay;
      return { date: day && (day.length === 10 || day.startsWith('--')) ? addDays(day, m.offset!) : null, end: null };
    }
    case 'year':
      return { date: String(m.from.year), end: null };
    case 'weekday': {
      if (m.from.day !== null) {
        const dated = weekdayOfTheMonth(m, ctx);
        if (dated) return { date: dated, end: null };
      }
      const anchor = ctx.anchor ?? ctx.published;
      if (!anchor || anchor.startsWith('--')) return { date: ctx.weekAnchor ? weekdayNear(ctx.weekAnchor, m) : null, end: null };
      // The nearest such weekday on or before the text's day for a past event, after it for a planned one.
      const today = new Date(`${anchor}T12:00:00Z`).getUTCDay();
      // "on Wednesday last week", "Friday of next week": that day of the calendar week (from Monday) before or after this one.
      const week = /\b(last|next)\s+week$/i.exec(m.text);
      if (week) return { date: addDays(anchor, (week[1]!.toLowerCase() === 'last' ? -7 : 7) - ((today + 6) % 7) + ((m.offset! + 6) % 7)), end: null };
      const back = (today - m.offset! + 7) % 7;
      // "next Sunday" is the coming one, "last Sunday" the one before, whatever the verb's tense.
      const next = /^next\b/i.test(m.text);
      const ahead = next || (planned && !/^last\b/i.test(m.text));
      // A planned encounter "on Friday" in a text of a Friday is that day (agencies name the day of the week,
      // not "today"); only "next Friday" is a week on.
      return { date: addDays(anchor, ahead ? (m.offset! - today + 7) % 7 || (next ? 7 : 0) : -back || (/^last\b/i.test(m.text) ? -7 : 0)), end: null };
    }
    case 'calendar': {
      if (m.offset !== null && m.from.year === null) {
        const year = ctx.reference ? ctx.reference.year + m.offset : null;
        return { date: formatDate({ ...m.from, year }), end: m.to ? formatDate({ year, month: m.to.month ?? m.from.month, day: m.to.day }) : null };
      }
      // "from January to September 2018", "28 June to 1 July 2024": the range's year is its start's too (a later month, the year before).
      const ranged =
        m.from.year === null && m.to?.year != null && m.from.month !== null
          ? { ...m.from, year: m.to.year - ((m.to.month ?? m.from.month) < m.from.month ? 1 : 0) }
          : m.from;
      // ("the upcoming May visit": a month the text itself puts ahead, whatever the verb's tense.)
      const ahead = planned || /^(?:upcoming|coming|next)\b/i.test(m.text);
      const from = complete(ranged, ahead, ctx);
      // (A range into the next year, "from December 30 to January 2": its end in the year after.)
      const toMonth = m.to?.month ?? from.month;
      const toYear = m.to?.year ?? (from.year !== null && toMonth !== null && from.month !== null && toMonth < from.month ? from.year + 1 : from.year);
      const to = m.to ? complete({ year: toYear, month: toMonth, day: m.to.day }, ahead, ctx) : null;
      return { date: formatDate(from), end: to ? formatDate(to) : null };
    }
  }
}

/** The year a resolved date falls in, or null. */
export function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

// A year opening a sentence of one clause ("In 2005, A met B in Astana on 14 September"), and what makes a second clause.
const YEAR_OPENS = /^\W*(?:In|During|Back\s+in)\s+((?:19|20)\d\d)\s*,/;
const OTHER_CLAUSE = /;|,\s+(?:and|but|while|whereas)\s|\bthis\s+year\b/i;
/** The key of monthYears under which the year a sentence opens with is kept (no month is 0). */
const SENTENCE_YEAR = 0;
/** The occasion the sentence before told, named again: "On that occasion", "During this visit" (a pattern's source). */
export const THAT_OCCASION = String.raw`(?:(?:on|at)\s+(?:that|this|the\s+same)\s+occasion|(?:during|on)\s+(?:that|this|the\s+same)\s+(?:visit|trip|tour|meeting))`;
const OPENS_WITH_OCCASION = new RegExp(String.raw`^\W*${THAT_OCCASION}\s*,`, 'i');

/** How many sentences back a month's stated year reaches: a heading and the paragraph under it. */
const MONTH_YEAR_REACH = 2;

/**
 * For each sentence, the years its own mentions and those of the MONTH_YEAR_REACH sentences before it
 * give months ("June 2022", "5 June 2022"); the later mention wins.
 */
export function monthYearsBySentence(
  sentences: ReadonlyArray<{ readonly dates: readonly DateMention[]; readonly text?: string }>,
): ReadonlyArray<ReadonlyMap<number, number>> {
  // Events and agreements both ask it of the document's sentences: read them once.
  const known = MONTH_YEARS_READ.get(sentences);
  if (known) return known;
  const read = readMonthYears(sentences);
  MONTH_YEARS_READ.set(sentences, read);
  return read;
}
const MONTH_YEARS_READ = new WeakMap<object, ReadonlyArray<ReadonlyMap<number, number>>>();

function readMonthYears(sentences: ReadonlyArray<{ readonly dates: readonly DateMention[]; readonly text?: string }>): Array<ReadonlyMap<number, number>> {
  const stated = sentences.map((s) =>
    s.dates.filter((d) => d.kind === 'calendar' && d.from.year !== null && d.from.month !== null).map((d) => [d.from.month!, d.from.year!] as const),
  );
  // Most windows state no month's year: they share one empty map.
  return sentences.map((s, i) => {
    const window = stated.slice(Math.max(0, i - MONTH_YEAR_REACH), i + 1);
    // "In 2005, A met B in Astana on 14 September": a year opening the sentence is the year of its days.
    // (Not across a second clause with a time of its own: "In 2005, relations were established, and they last met on 14 September".)
    const opening = s.text !== undefined && !OTHER_CLAUSE.test(s.text) ? YEAR_OPENS.exec(s.text) : null;
    if (opening) return new Map([[SENTENCE_YEAR, Number(opening[1])], ...stated[i]!]);
    // "In 2019, A and B met in Santiago. On that occasion, on March 22, they signed …": the occasion's year.
    const before = i > 0 ? sentences[i - 1]! : undefined;
    const occasionYear =
      s.text !== undefined && before?.text !== undefined && OPENS_WITH_OCCASION.test(s.text) && !OTHER_CLAUSE.test(before.text)
        ? YEAR_OPENS.exec(before.text)
        : null;
    if (occasionYear) return new Map([[SENTENCE_YEAR, Number(occasionYear[1])], ...stated[i]!]);
    return window.some((pairs) => pairs.length) ? new Map(window.flat()) : NO_MONTH_YEARS;
  });
}
const NO_MONTH_YEARS: ReadonlyMap<number, number> = new Map();

/**
 * For each sentence, the last day the text named before it ("On 11 November … The talks took place
 * the next day"): the anchor of its `sequel` mentions. Only days count, not months or years.
 */
export function previousDays(sentences: ReadonlyArray<{ readonly dates: readonly DateMention[] }>, ctx: DateContext): Array<string | null> {
  const out: Array<string | null> = [];
  let last: string | null = null;
  // One context whose day moves on with the reading: resolveDate keeps nothing of it.
  const here: { -readonly [K in keyof DateContext]: DateContext[K] } = {
    published: ctx.published,
    reference: ctx.reference,
    anchor: ctx.anchor,
    previousDay: last,
  };
  for (const s of sentences) {
    out.push(last);
    for (const d of s.dates) {
      here.previousDay = last;
      const r: string | null = resolveDate(d, false, here).date;
      if (r && (r.length === 10 || (r.startsWith('--') && r.length === 7))) last = r;
    }
  }
  return out;
}
