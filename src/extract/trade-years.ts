// The year of a trade figure: from its clause, from a date a change or a comparison gives each of
// its figures, from the sentence before, and the year a target is set for. Dates that belong to
// another figure of the sentence (its comparison's base, the other end of a change) are never this
// figure's.
import { numberOf } from '../recognise/number-words.js';
import type { TradeMeasureT } from '../facts/schema.js';
import type { DateMention } from '../recognise/dates.js';
import type { MoneyMention } from '../recognise/money.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { resolveDate, yearOf } from './resolve-date.js';

/** Whether the words before a figure make it a change, not a level: "rose by", "an increase of". */
export function isIncrement(b: string): boolean {
  return (
    /\b(?:grew|grown|rose|risen|increased|jumped|climbed|surged|soared|fell|fallen|declined|dropped|decreased|shrank|went up|went down|up|down)\s+(?:(?:\w+\s+){0,2}?)by\s+(?:some|about|nearly|almost|over|more than|around|approximately|roughly)?\s*$/i.test(
      b,
    ) ||
    /\b(?:an?\s+)?(?:increase|rise|decline|decrease|drop|fall)\s+of\s+(?:some|about|nearly|almost|over|more than|around|approximately|roughly)?\s*$/i.test(b) ||
    // (… also with no "by": "imports decreased nearly 8 million dinars during the first quarter".)
    /\b(?:rose|increased|jumped|climbed|surged|fell|declined|dropped|decreased|shrank)\s+(?:some|about|nearly|almost|over|more than|around|approximately|roughly)?\s*$/i.test(
      b,
    )
  );
}

// (… also a growth "over the same period of 2010" before the figure it reached: "grew 25.9 per cent over the same period of
// 2010 to reach €6.37 billion".)
// "the same period", "the same months": the span of an earlier year a figure is compared with.
const SAME_SPAN = String.raw`the\s+same\s+(?:period|months?|quarter|time)`;
const PERCENT = String.raw`(?:per\s*cent|percent|%)`;
const COMPARED_WITH = new RegExp(
  // (… and a growth "over the previous year": "grew 70 percent over the previous year and reached $11.5 billion".)
  String.raw`\b(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|year[-\s]on[-\s]year\s+from)\b[^.;,]{0,40}$|\b${PERCENT}\s+(?:over|on|from)\s+${SAME_SPAN}\s+(?:of|in|last)\s+(?:the\s+)?$|(?:\d|\b)${PERCENT}\s+(?:over|on|from)\s+$`,
  'i',
);

/**
 * A year stated earlier in the sentence, outside the figure's clause: "rose … in June 2020 compared
 * to …, and exceeded $2 billion". Not a year that another figure has right after it ("trade reached
 * $6.1 billion in 2023, and companies hold an investment of €2.6 billion": 2023 is the trade's).
 */
export function yearEarlierInSentence(s: RecognisedSentence, money: MoneyMention, ctx: DocumentContext): number | null {
  const year = yearFor(s, money, 0, money.start, ctx);
  if (year === null) return null;
  // (… unless the figures are set side by side: "EUR 733 million at the end of 2023, while Indian investment reached EUR 1.6 billion".)
  const owned = s.dates.some(
    (d) =>
      s.money.some((m) => m !== money && d.start >= m.end && d.start - m.end <= 15 && !isIncrement(s.text.slice(Math.max(0, m.start - 80), m.start))) &&
      !(d.end <= money.start && SIDE_BY_SIDE.test(s.text.slice(d.end, money.start))),
  );
  return owned ? null : year;
}

// What opens the base of a comparison: "compared with", "up from", "against".
const COMPARED_BASE = /\b(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|(?:up|down)\s+from|from)\s+$/i;
// "… from $22 billion the previous year": a year counted back from the one the sentence has just named.
const ANAPHORIC_YEAR = /\b(?:the\s+previous|the\s+preceding|a\s+year\s+(?:earlier|before))\b|\bthe\s+year\s+before\b/i;

/** A date's year; "the previous year" counts from the last year the sentence names before it, when there is one. */
export function yearOfMention(s: RecognisedSentence, d: DateMention, ctx: DocumentContext): number | null {
  // "during April-January 2025": a span of months across the turn of a year, which writes only the year it ends in, is of
  // that year (a fiscal year's months so far).
  if (d.kind === 'calendar' && d.from.year === null && d.from.month !== null && d.to?.year != null && d.to.month !== null && d.from.month > d.to.month)
    return d.to.year;
  // "in the first half of 2021 (January to June)": months in brackets restate the part of the year just named.
  if (d.kind === 'calendar' && d.from.year === null && /\(\s*$/.test(s.text.slice(Math.max(0, d.start - 3), d.start))) {
    const restated = s.dates.find((x) => x.from.year !== null && x.end <= d.start && /^\s*\(\s*$/.test(s.text.slice(x.end, d.start)));
    if (restated) return restated.from.year;
  }
  // ("… was $11 billion in 2023, compared with last year's $9.5 billion": the base of a comparison with a year the sentence
  // names is the year before that one, whatever year the text was written in.)
  const comparedLastYear = d.kind === 'relative-year' && /^last\s+year/i.test(d.text) && COMPARED_BASE.test(s.text.slice(Math.max(0, d.start - 30), d.start));
  if (d.kind === 'relative-year' && (ANAPHORIC_YEAR.test(d.text) || comparedLastYear)) {
    const named = s.dates.filter((x) => x.end <= d.start && x.from.year !== null).at(-1);
    if (named) return named.from.year! + (d.offset ?? -1);
  }
  return yearOf(resolveDate(d, false, ctx).date);
}

// The figure a change starts from: "down from", "up from", "compared to", "against".
// (… also "an increase of 5% from $8.7 billion recorded in the same period in 2022".)
const BASELINE_BEFORE =
  /\b(?:(?:down|up)\s+from|compared\s+(?:to|with)|as\s+against|against|(?:increase|rise|growth|decrease|decline|drop|fall)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:from|over|on))\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;
// Between a year and the figure it owns: "last year's figure of", "2023's total of", "2019's all-time high of".
const YEARS_FIGURE =
  /^(?:['’]s)?\s+(?:(?:all[-\s]time|record|historic)\s+)?(?:(?:trade|export|import|turnover)\s+)?(?:figure|level|total|volume|value|result|high|peak|record|low)\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|over)\s+)?$/i;

/** A possessive year right before the figure: "last year's figure of $2.39 billion", "from the previous year's $4 billion". */
function ownsFigure(text: string, d: DateMention, money: MoneyMention): boolean {
  const between = text.slice(d.end, money.start);
  return (/['’]s$/.test(d.text) || /^['’]s/.test(between)) && (YEARS_FIGURE.test(between) || /^(?:['’]s)?\s*$/.test(between));
}

// Between a year and a figure of the clause it opens: ", when bilateral trade amounted to", "compared
// with 2021, which was".
const WHEN_AFTER = /^\s*,?\s*(?:when\b|which\s+(?:was|were|stood|amounted|totall?ed)\b)[^.;,$€£\d]*$/i;

/**
 * A date right after another figure of the sentence is that figure's: "from 481 million euro in 2014
 * down to 380 million" (2014 is the 481's), "16.1 million euro (16.8 million euro in 2014)".
 */
function ownedByOther(s: RecognisedSentence, d: DateMention, money: MoneyMention): boolean {
  return s.money.some(
    (m) =>
      m !== money &&
      dateOfFigure(s, m, d) &&
      !(money.start >= m.end && money.start < d.start) &&
      // (An increment gives the period of the change, not a figure's own year: "rose by $61 million in June 2020 …, and exceeded $200 million".)
      !isIncrement(s.text.slice(Math.max(0, m.start - 80), m.start)) &&
      // (Figures set side by side share it: "EUR 733 million at the end of 2023, while Indian investment reached EUR 1.6 billion".)
      !(d.end <= money.start && SIDE_BY_SIDE.test(s.text.slice(d.end, money.start))) &&
      // (… and so does a balance told with the figure: "exports were $200 million with a negative trade balance of $56 million in 2015".)
      !(money.end <= m.start && WITH_BALANCE.test(s.text.slice(money.end, m.start))),
  );
}

// A year-on-year growth over a base year's span, before the figure it reached ("grew 9 per cent over the same period of
// 2018 to reach €1.15 billion") or after it ("…, up 12 percent over the same period of 2020").
const GROWTH_OVER_SAME_PERIOD = new RegExp(
  String.raw`\b${PERCENT}\s+(?:over|on|from)\s+${SAME_SPAN}\s+(?:of|in)\s+((?:19|20)\d\d)\s+(?:to\s+(?:reach\s+|hit\s+|stand\s+at\s+)?|and\s+(?:reached|stood\s+at|amounted\s+to)\s+)(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$`,
  'i',
);
const GROWTH_OVER_SAME_PERIOD_AFTER = new RegExp(
  String.raw`^[^.;$€£¥]{0,60}?\b(?:up|down|rising|growing|an?\s+(?:increase|rise|growth)\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|over\s+)?[\d.,]+\s*${PERCENT}\s+(?:over|on|from|compared\s+(?:to|with))\s+${SAME_SPAN}\s+(?:of|in)\s+((?:19|20)\d\d)\b`,
  'i',
);
const SAME_PERIOD_LAST_YEAR = new RegExp(String.raw`^\s*(?:\p{L}+\s+)?(?:for|over|in|during)\s+${SAME_SPAN}\s+(?:of\s+)?last\s+year\b`, 'iu');
const YEARS_EARLIER_AFTER = /^\s*(?:(a\s+decade)|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years?)\s+(?:earlier|before)\b/i;
const FOLLOWING_YEAR = /^\s*,?\s*(?:in\s+)?(?:the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later)\b/i;
const SIDE_BY_SIDE = /^[^.;]{0,10},?\s+(?:while|whereas)\b/;
const WITH_BALANCE = /^[^.;,]{0,10}\s+with\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:balance|deficit|surplus)\s+of\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$/iu;

// The figure's measure between it and its year: "the $350 million value of trade in 2007", "$2 billion in bilateral trade in 2019".
const MEASURE_THEN_YEAR =
  /^\s+(?:(?:value|volume|worth|level)\s+of\s+|in\s+)?(?:(?:bilateral|mutual|two-way|total)\s+)?(?:trade|exports|imports|turnover|investments?)\s+(?:in|during)\s+$/i;

/** A date right after a figure, in its phrase (no comma, semicolon or closing bracket between): "$481 million in 2014". */
function dateOfFigure(s: RecognisedSentence, m: MoneyMention, d: DateMention): boolean {
  if (m.end > d.start) return false;
  const between = s.text.slice(m.end, d.start);
  // (… also "$1.4 billion over the same period of 2022".)
  return (d.start - m.end <= 15 && !/[,;)]/.test(between)) || SAME_PERIOD_OF.test(between) || MEASURE_THEN_YEAR.test(between);
}
const SAME_PERIOD_OF = new RegExp(String.raw`^\s+(?:over|against|compared\s+(?:to|with)|for|in)\s+${SAME_SPAN}\s+(?:of|in|last)\s+(?:the\s+)?$`, 'i');

// Between a figure and the one it is compared with: "… compared to 465 million in 2014", "… (16.8 million in 2014)".
export const COMPARED_AFTER = /\b(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?)\b|\(/i;

/**
 * The years the sentence gives the figures this one is compared with ("380 million euro compared to
 * 465 million in 2014"): never this figure's by inheritance. (A figure beside it — "… last year, while
 * exports reached $90 million" — shares its year.)
 */
export function comparedYears(s: RecognisedSentence, money: MoneyMention, ctx: DocumentContext): Set<number> {
  const years = new Set<number>();
  for (const m of s.money) {
    if (m.start < money.end || !COMPARED_AFTER.test(s.text.slice(money.end, m.start))) continue;
    for (const d of s.dates) {
      const year = dateOfFigure(s, m, d) ? yearOfMention(s, d, ctx) : null;
      if (year !== null) years.add(year);
    }
  }
  return years;
}

// Between a figure's year and the next figure, the end of a change: "from 481 million in 2014 down to 380 million".
const CHANGE_TO = /^\s*(?:(?:down|up)\s+)?to\s*$/i;

// "Between 2002 and 2012, trade grew …, from US$ 1.5 billion to US$ 9 billion": the years of the change's two ends.
const BETWEEN_YEARS = /\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b/i;
const FROM_BEFORE = /\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;

/** The year of one end of a change over a span of years, or null. */
function endOfSpan(s: RecognisedSentence, money: MoneyMention, from: number, to: number): number | null {
  const span = BETWEEN_YEARS.exec(s.text.slice(from, to));
  if (!span) return null;
  const lead = (m: MoneyMention): string => s.text.slice(Math.max(from, m.start - 20), m.start);
  if (FROM_BEFORE.test(lead(money))) return Number(span[1]);
  const started = s.money.some((m) => m.end <= money.start && m.start >= from && FROM_BEFORE.test(lead(m)));
  return started && /\bto\s+$/i.test(lead(money)) ? Number(span[2]) : null;
}

// The clause before a figure ends in a span of years: "between 2020 and 2023", "from 2020 to 2023", "over 2020–2023".
const YEAR_SPAN_END =
  /\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|until|till|through)|(?:over|in|during)\s+(?:the\s+(?:period|years)\s+)?(?:19|20)\d\d\s*[-–])\s*(?:19|20)\d\d$/i;

const SO_FAR = /\b(?:thus|so)\s+far\b|\bto\s+date\b|\btill\s+date\b|\bup\s+to\s+now\b/i;
const PAST_MONTHS = /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\b/i;
const CITED_DATA = /^,?\s*according\s+to\s+(?:the\s+)?(?:latest\s+|official\s+)?((?:19|20)\d\d)\s+(?:data|figures|statistics|estimates)\b/i;

const PART_OF_YEAR =
  /^\s*(?:in|during|for|over)\s+(?:the\s+)?(?:first|last|past|second|third|fourth|initial)\s+(?:(?:\w+|\d{1,2})\s+)?(?:months?|quarters?|half|weeks?)\s+of\s+(?:the\s+year\s+)?$/i;

/** A year right after its figure: a few characters between them, no comma or semicolon ("compared to 465 million in 2014"). */
const closeAfter = (gap: string): boolean => gap.length <= 15 && !/[,;]/.test(gap);

/**
 * The text from a figure to `at` without the brackets in it: "$543 million (Sh70.8 billion) in 2021". A bracket the
 * figure opened ends there too: "USD 7.26 billion (EGP 139.4 billion at the time) in 2021/22".
 */
function withoutBrackets(s: RecognisedSentence, money: MoneyMention, at: number): string {
  const gap = s.text.slice(money.end, at);
  const opened = /\([^)]*$/.test(s.text.slice(money.start, money.end));
  return (opened ? gap.replace(/^[^()]{0,40}\)/, '') : gap).replace(/\s*\([^()]{0,40}\)/g, '');
}

export function yearFor(s: RecognisedSentence, money: MoneyMention, from: number, to: number, ctx: DocumentContext): number | null {
  const spanEnd = endOfSpan(s, money, from, to);
  if (spanEnd !== null) return spanEnd;
  // "trade was $3.8 billion, according to 2010 data": the year of the statistics the clause after it cites.
  const cited = CITED_DATA.exec(s.text.slice(to, to + 60));
  if (cited) return Number(cited[1]);
  // "invested $170 million over the past six months", written in June: months of the year of writing (most of them).
  const past = PAST_MONTHS.exec(s.text.slice(from, to));
  const months = past ? (numberOf(past[1]!) ?? Number(past[1])) : NaN;
  if (past && ctx.published && months > 0 && months <= Number(ctx.published.slice(5, 7))) return Number(ctx.published.slice(0, 4));
  // "grew 9 per cent over the same period of 2018 to reach €1.15 billion": a year-on-year growth, the year after its base.
  // (… or told after it: "reached $1.2 billion in the first nine months, up 12 percent over the same period of 2020".)
  const base = GROWTH_OVER_SAME_PERIOD.exec(s.text.slice(from, money.start)) ?? GROWTH_OVER_SAME_PERIOD_AFTER.exec(s.text.slice(money.end, to));
  if (base) return Number(base[1]) + 1;
  // "reaching 23 million dinars in the first quarter of 2023, compared to 13 million for the same period last year": the
  // year before the one the sentence stated for the figure it is compared with.
  // (Each counted from the year the sentence stated last before the figure.)
  const statedYear = (anyDate: boolean): number | null => {
    const stated = s.dates.filter((d) => d.end <= money.start && (anyDate ? d.from.year !== null : d.kind === 'year')).at(-1);
    return stated ? yearOfMention(s, stated, ctx) : null;
  };
  // "reaching 23 million dinars in the first quarter of 2023, compared to 13 million for the same period last year": the
  // year before the one the sentence stated for the figure it is compared with.
  if (SAME_PERIOD_LAST_YEAR.test(s.text.slice(money.end, money.end + 50))) {
    const year = statedYear(true);
    if (year !== null) return year - 1;
  }
  // "$400 million by 2020, from $150 million a decade earlier": the years back from the one the sentence stated last.
  const earlier = YEARS_EARLIER_AFTER.exec(s.text.slice(money.end, money.end + 30));
  if (earlier) {
    const year = statedYear(false);
    const back = earlier[1] ? 10 : (numberOf(earlier[2]!) ?? Number(earlier[2]));
    if (year !== null && back > 0) return year - back;
  }
  // "$1 billion in 2014 and $1.2 billion the following year": the year after the one the sentence stated last.
  if (FOLLOWING_YEAR.test(s.text.slice(money.end, money.end + 30))) {
    const year = statedYear(false);
    if (year !== null) return year + 1;
  }
  const dated = s.dates
    .map((d) => ({ d, year: yearOfMention(s, d, ctx), lead: s.text.slice(Math.max(0, d.start - 20), d.start) }))
    .filter(
      (x) =>
        x.year !== null &&
        x.d.end <= to &&
        x.d.start >= from &&
        !ownedByOther(s, x.d, money) &&
        // (A span of months in one year is the figure's period: "From January to September 2018, trade hit …".)
        // (… nor "before 2030", a deadline of something else: "12 worth $220 million are already operational, with the rest
        // slated for launch before 2030".)
        (!/\b(?:since|from|by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?$/i.test(x.lead) ||
          ownsFigure(s.text, x.d, money) ||
          // "By the end of 2021, trade increased by 33% ($4.3 billion)", "by 2024, it had reached only $73.8 million",
          // written in a later year (or in a text of no known year: the level is told as reached): the close of a past year.
          (x.year < (ctx.reference?.year ?? Number.POSITIVE_INFINITY) &&
            /\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?$/i.test(x.lead) &&
            // (Not a present figure told after it: "By 2020 they had signed 30 agreements, and trade now stands at …", "to
            // $20 billion by 2020 from its current value of $15 billion".)
            !/\b(?:now|currently|current|present|today)\b/i.test(s.text.slice(x.d.end, money.start))) ||
          (x.d.to !== null && x.d.from.month !== null && (x.d.from.year === null || x.d.from.year === x.d.to.year))) &&
        // The base of a comparison is not the figure's year: "rose … in June 2020 compared to the same month in 2019"
        // (unless the figure is that base: "compared to 465 million in 2014", "compared with last year's $4 billion").
        (!COMPARED_WITH.test(s.text.slice(Math.max(0, x.d.start - 50), x.d.start)) ||
          ownsFigure(s.text, x.d, money) ||
          (x.d.start >= money.end && (closeAfter(withoutBrackets(s, money, x.d.start)) || MEASURE_THEN_YEAR.test(withoutBrackets(s, money, x.d.start))))),
    );
  // "… every year since 2015, when bilateral trade amounted to $1.83 billion": the year a "when" clause opens with.
  const when = s.dates.find((d) => d.end <= money.start && money.start - d.end <= 80 && WHEN_AFTER.test(s.text.slice(d.end, money.start)));
  const whenYear = when ? yearOfMention(s, when, ctx) : null;
  if (whenYear !== null) return whenYear;
  // The year stated before the figure in its clause; else the one right after it.
  const before = dated.filter((x) => x.d.end <= money.start).pop();
  const after = dated.find((x) => x.d.start >= money.end);
  // "… after $301 million in 2022": a year right after the figure is its own, unless it opens the
  // next figure's phrase ("$169 million, in 2017 — to $259 million").
  const opensNext =
    after !== undefined && s.money.some((m) => m.start >= after.d.end && m.start - after.d.end <= 25 && !CHANGE_TO.test(s.text.slice(after.d.end, m.start)));
  // (A bracket after the figure does not part it from its year: "$543 million (Sh70.8 billion) in 2021".)
  const gap = after ? withoutBrackets(s, money, after.d.start) : '';
  // "a cumulative FDI of $3.25 billion between April 2000 and December 2022": a total over a span, of no one year.
  if (
    after &&
    /^\s*(?:between|from)\s+$/i.test(gap) &&
    after.d.from.year !== null &&
    s.dates.some(
      (d) =>
        d.start > after.d.end &&
        d.from.year !== null &&
        d.from.year !== after.d.from.year &&
        /^\s*(?:and|to|until|till|[-–])\s*$/i.test(s.text.slice(after.d.end, d.start)),
    )
  )
    return null;
  // (… also after the part of it the figure covers: "$140 million in the first nine months of this year".)
  if (after && (gap.length <= 15 || PART_OF_YEAR.test(gap) || MEASURE_THEN_YEAR.test(gap)) && !opensNext) return after.year;
  // The base of a comparison has its own period after it: "down from $3.7 billion during the same period
  // in 2023", "up from $1.4 billion in the same period last year".
  if (after && gap.length <= 45 && !opensNext && BASELINE_BEFORE.test(s.text.slice(Math.max(0, money.start - 40), money.start))) return after.year;
  // "from last year's figure of $2.39 billion": a year that owns the figure.
  const owner = dated.find((x) => x.d.end <= money.start && ownsFigure(s.text, x.d, money));
  if (owner) return owner.year;
  // "trade dropped last year from 5.6 billion euros to 4.7 billion euros": the year is the change's, and the
  // level it started from is the year before's.
  if (before && startsChange(s, money)) return before.year! - 1;
  // (… and so with the year after the change's end: "jumped from $150.2 million to $155 million last year"; not a
  // goal's deadline, "boost trade from $15 billion to $20 billion by 2020", which dates no level it starts from.)
  if (!before && startsChange(s, money)) {
    const end = s.money.find((m) => m.start >= money.end)!;
    const closing = s.dates.find((d) => d.start >= end.end && d.start - end.end <= 15 && d.end <= to && !/\bby\s*$/i.test(s.text.slice(end.end, d.start)));
    const year = closing ? yearOfMention(s, closing, ctx) : null;
    // (Not when the sentence names the start's year too: "… in 2023 compared with 2018".)
    if (year !== null && s.dates.filter((d) => d.from.year !== null || d.kind === 'relative-year').length === 1) return year - 1;
  }
  // "The deal was signed in July 2007, and between January and August this year, trade was at $1.8 billion and has
  // increased 300% between 2002 and 2007": a period the clause gives the figure, nearer than any other date, is its
  // period, though the text cannot place its year.
  const unplaced = s.dates.filter(
    (d) => d.start >= from && d.end <= money.start && (d.kind === 'relative-year' || d.kind === 'calendar') && yearOfMention(s, d, ctx) === null,
  );
  if (unplaced.length && (!before || unplaced.at(-1)!.start > before.d.end)) return null;
  // "Having started in 2018 …, thus far one billion dollars has been invested": a running total, of no past year.
  if (before && SO_FAR.test(s.text.slice(before.d.end, money.end + 40))) return null;
  // "between 2020 and 2023, Ghana exported goods worth $21.2 million": a total over the span, of no one year.
  if (before && YEAR_SPAN_END.test(s.text.slice(from, before.d.end))) return null;
  if (before) return before.year;
  if (after) return after.year;
  return null;
}

// "exports were $11 billion and imports $2 billion in 2023": the next figure of a pair, joined by "and" and its measure,
// before the year they share.
const PAIRED_NEXT =
  /^\s*,?\s*and\s+(?:(?:its|their|the)\s+)?(?:exports|imports|investments?|turnover|trade)(?:\s+(?:were|was|stood\s+at|amounted\s+to|reached|totall?ed|of|at))?\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;
const RIGHT_AFTER_PAIR = /^\s*,?\s*(?:in|during|for)\s+$/i;

/** The year written right after the next figure of a pair ("… were $11 billion and imports $2 billion in 2023"). */
export function yearAfterPairedFigure(s: RecognisedSentence, money: MoneyMention, ctx: DocumentContext): number | null {
  const next = s.money.find((m) => m.start >= money.end);
  if (!next || !PAIRED_NEXT.test(s.text.slice(money.end, next.start))) return null;
  if (s.dates.some((d) => d.start >= money.end && d.end <= next.start)) return null;
  const year = s.dates.find((d) => d.kind === 'year' && d.start >= next.end && RIGHT_AFTER_PAIR.test(s.text.slice(next.end, d.start)));
  return year ? yearOfMention(s, year, ctx) : null;
}

/** The figure is the start of a change told with "from … to …" (its end the next figure of the sentence). */
function startsChange(s: RecognisedSentence, money: MoneyMention): boolean {
  if (!FROM_BEFORE.test(s.text.slice(Math.max(0, money.start - 20), money.start))) return false;
  const next = s.money.find((m) => m.start >= money.end);
  return (
    next !== undefined && /^\s*(?:(?:down|up)\s+)?to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(s.text.slice(money.end, next.start))
  );
}

// The year a target is set for: "by 2030", "by the end of next year"; right after the figure
// ("$5 billion by 2020", "for 2028", "by the year 2020"), or fronted in its clause ("By the end of
// this year, turnover will be $2 billion").
// ("By the end of the year, trade will be $11 billion": the end of the year the text speaks from;
// "This year trade would cross $32 billion": fronted, with no preposition.)
// (… also "well ahead of the target year 2030", "a trade target of USD 50 billion before 2030", "plan to invest $40bn
// between now and 2024".)
const YEAR_SET = String.raw`(?:(?:(?:by|until|in|for|before|between\s+now\s+and)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?|(?:ahead\s+of|before|by)\s+the\s+target\s+year\s+)(?:(20\d\d)\b|(this|next)\s+year\b)|by\s+the\s+end\s+of\s+(the)\s+year\b)`;
// (… or right after the figure: "should reach $5 billion this year".)
const TARGET_YEAR_AFTER = new RegExp(String.raw`^[^.;]{0,30}?\b${YEAR_SET}|^\s*,?\s*(this|next)\s+year\b`, 'i');
const BY_YEAR_LATER = /^[^.;,]{0,100}?\bby\s+(?:the\s+end\s+of\s+)?(20\d\d)\b/i;
const TARGET_YEAR_FRONTED = new RegExp(String.raw`^[\s"“‘']*(?:${YEAR_SET}|(this|next)\s+year\b)`, 'i');

// "rose by 29 percent in 2018, to $771 million", "by 20 percent in 2026, to $2 billion": a year set off by a comma right
// before "to" and the figure.
const YEAR_BEFORE_TO = /\b(in|during|by)\s+((?:19|20)\d\d)\s*,?\s+(?:up\s+)?to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$/i;

/** The year right before "to" and the figure, with the word that introduces it. */
export function yearRightBeforeTo(before: string): { year: number; preposition: string } | null {
  const m = YEAR_BEFORE_TO.exec(before);
  return m ? { year: Number(m[2]), preposition: m[1]!.toLowerCase() } : null;
}

// "within three years", "within the next five years": a goal's span counted from the time of writing.
const WITHIN_YEARS = /\bwithin\s+(?:the\s+next\s+)?(\d|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/i;

export function targetYear(before: string, after: string, ctx: DocumentContext): number | null {
  // (A quotation opens a clause of its own: 'said, “By the end of the year, our trade will be …'.)
  const quoted = before.lastIndexOf('“');
  // (… and so does "that": "I hope that this year this figure will reach half a billion dollars".)
  const that = [...before.matchAll(/\bthat\s+/gi)].at(-1);
  const m =
    TARGET_YEAR_AFTER.exec(after) ??
    TARGET_YEAR_FRONTED.exec(before) ??
    (quoted > 0 ? TARGET_YEAR_FRONTED.exec(before.slice(quoted)) : null) ??
    // (… with a future of its own: not "recalled that in 2022 the two countries had set the goal of raising trade to …".)
    (that && /\b(?:will|would|shall|should|could)\b/i.test(before.slice(that.index))
      ? TARGET_YEAR_FRONTED.exec(before.slice(that.index + that[0].length))
      : null);
  // "agreed to boost trade by 20 percent in 2026, to $2 billion": the year right before "to".
  const yearTo = m ? null : yearRightBeforeTo(before);
  if (yearTo && yearTo.preposition !== 'during' && yearTo.year >= 2000) return yearTo.year;
  // ("$2.5 billion commitment to Tanzania through the Korea Economic Development Cooperation Fund by 2028": "by" a year
  // further on in the figure's clause, no comma between.)
  const later = m ? null : BY_YEAR_LATER.exec(after);
  if (later) return Number(later[1]);
  // "to more than double bilateral trade within three years": so many years on from the year the text speaks from.
  const within = m ? null : WITHIN_YEARS.exec(before);
  if (within && ctx.reference) return ctx.reference.year + (/^\d$/.test(within[1]!) ? Number(within[1]) : (numberOf(within[1]!) ?? 0));
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  // "by the end of this year", "next year": the year the text speaks from, when it is established.
  const relative = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
  return ctx.reference ? ctx.reference.year + (relative === 'next' ? 1 : 0) : null;
}

const NOT_THE_FIGURES_YEAR =
  /\b(?:(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?|target\s+year\s+|(?:compared\s+(?:to|with)|as\s+against|than(?:\s+in)?|over)\s+(?:the\s+same\s+(?:period|month|quarter)\s+(?:of|in)\s+)?)$/i;

const PERIOD_NAMED_BEFORE =
  /^\W*(?:in|during|for|throughout)\s+the\s+(?:(?:above[-\s]?|afore)?mentioned|said|same|reported|reporting)\s+(?:period|year|time)\b/i;

const THAT_YEAR = /\b(?:(?:during|in|for|over|throughout)\s+the\s+(?:same\s+)?year|(?:in|during)\s+that\s+year)\b(?!\s+(?:before|after|earlier|later|ago))/i;

/** "Trade reached $402 million in 2023. Exports were $268 million": a figure without a year takes the year of the sentence before. */
export function yearOfPreviousSentence(
  sentences: readonly RecognisedSentence[],
  s: RecognisedSentence,
  measure: TradeMeasureT,
  ctx: DocumentContext,
): number | null {
  if (measure === 'investment' || measure === 'contracts') return null;
  // A year the sentence names but the text cannot place ("last year", no publication date) is not the previous one.
  if (s.dates.some((d) => d.kind === 'relative-year')) return null;
  // ("Currently, trade is estimated at $6.3 billion": the level now, not of the year the sentence before named.)
  if (/\b(?:currently|at\s+present|presently)\b/i.test(s.text)) return null;
  const previous = sentences[s.index - 1];
  // (A sentence with no figure counts when it opens with its year: "In 2022, Malaysia was Thailand's largest trading partner.")
  // (… or when this one points back to its period: "According to the statistics for 2018, Germany is the 8th largest trading
  // partner. During the mentioned period, the trade turnover … amounted to 482 million USD.")
  // (… or "during the year", "that year" anywhere in it: "Kenya exported $812 million to Uganda during the year", after "… rose
  // to a new high in 2023".)
  const pointsBack = PERIOD_NAMED_BEFORE.test(s.text) || THAT_YEAR.test(s.text);
  const scene = previous !== undefined && (/^\s*(?:In|During|Throughout)\s+(?:(?:19|20)\d\d)\b/.test(previous.text) || pointsBack);
  // (A sentence that points back reads the one before across a line break too.)
  if (!previous || (previous.paragraph !== s.paragraph && !(pointsBack && previous.paragraph === s.paragraph - 1)) || (!previous.money.length && !scene))
    return null;
  // A target's year ("to $30 billion by 2025") is no year of a figure reported after it, and
  // neither is the base of a comparison ("increased by $2 billion compared to 2022").
  // (Nor the day it was said: "… rose to a new high in 2023, the Central Bank said on Monday.")
  const years = previous.dates
    .filter((d) => d.kind !== 'weekday' && d.kind !== 'relative-day')
    .filter((d) => !NOT_THE_FIGURES_YEAR.test(previous.text.slice(Math.max(0, d.start - 30), d.start)))
    .map((d) => yearOf(resolveDate(d, false, ctx).date))
    .filter((y): y is number => y !== null);
  return years.length === 1 ? years[0]! : null;
}
