// Date mentions in a sentence, kept as the parts the text states: chrono-node reads calendar
// expressions ("28 June", "May 4-5", "in May 2018", "the day after tomorrow"); bare years and
// relative years ("last year", "the year before") are read here. No year is filled in at this
// stage: resolution against the document's reference year happens in reference-year.ts.
import * as chrono from 'chrono-node';
import { numberOf } from './number-words.js';

export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** `sequel`: a day counted from the day the text last named ("the next day"), `offset` days after it. */
type DateMentionKind = 'calendar' | 'year' | 'relative-year' | 'relative-day' | 'weekday' | 'sequel';

export interface DateMention {
  readonly kind: DateMentionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly from: DateParts;
  /** The end of a stated range ("May 4-5"), else null. */
  readonly to: DateParts | null;
  /** For relative mentions: offset in years (relative-year, and a calendar date with "last year") or days (relative-day). */
  readonly offset: number | null;
}

const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const CALENDAR_HINT = new RegExp(
  String.raw`\b${MONTHS}(?![\p{L}])|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]he day (?:after|before)|(?:[Nn]ext|[Tt]his|[Ll]ast) week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b`,
  'u',
);
const RELATIVE_AFTER = /^,?\s+(?:of\s+)?(last|this|next|the previous|the current)\s+year\b/i;
const RELATIVE_OFFSET: Record<string, number> = { last: -1, 'the previous': -1, this: 0, 'the current': 0, next: 1 };
const MONTH_NUMBER = (name: string): number =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
/**
 * "from the 17th to the 21st of April 2024", "between the 3rd and the 5th of May": a range of
 * ordinal days, each with its article, which chrono reads only as its last day (it reads "17th to
 * 21st of April" whole).
 */
const ORDINAL_DAY_RANGE_PATTERN = new RegExp(
  String.raw`\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:to|until|till|through|and|[-–])\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(${MONTHS})(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'iu',
);
const ORDINAL_DAY_RANGE: chrono.Parser = {
  // One pattern for every parse: chrono asks for it each time it reads a text.
  pattern: () => ORDINAL_DAY_RANGE_PATTERN,
  extract: (context, match) => {
    const [from, to, month, year] = [Number(match[1]), Number(match[2]), MONTH_NUMBER(match[3]!), match[4] ? Number(match[4]) : undefined];
    if (from < 1 || to > 31 || from >= to) return null;
    const result = context.createParsingResult(match.index!, match[0], { day: from, month, ...(year ? { year } : {}) });
    result.end = context.createParsingComponents({ day: to, month, ...(year ? { year } : {}) });
    return result;
  },
};
/**
 * "on the 4th and 5th July", "on 4 and 5 July this year", "July 4 and 5": two consecutive days of one
 * encounter, a range (chrono reads only one of them). Days further apart ("on 4 and 10 July") are two
 * dates, left to chrono.
 */
const CONSECUTIVE_DAYS_PATTERN = new RegExp(
  String.raw`\b(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS})|(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4})|\s+this\s+year)?(?![\p{L}\d])`,
  'iu',
);
const CONSECUTIVE_DAYS: chrono.Parser = {
  pattern: () => CONSECUTIVE_DAYS_PATTERN,
  extract: (context, match) => {
    const [from, to] = match[1] ? [Number(match[1]), Number(match[2])] : [Number(match[5]), Number(match[6])];
    const month = MONTH_NUMBER((match[3] ?? match[4])!);
    const year = match[7] ? Number(match[7]) : undefined;
    if (from < 1 || to > 31 || to !== from + 1) return null;
    const result = context.createParsingResult(match.index!, match[0], { day: from, month, ...(year ? { year } : {}) });
    result.end = context.createParsingComponents({ day: to, month, ...(year ? { year } : {}) });
    return result;
  },
};
/**
 * "between March 28 and April 2", "between 3 May and 5 May 2024": a range of two days each with its
 * month, after "between" (chrono reads them as two dates). The year written after the second is the
 * first's too when the months run in order.
 */
const BETWEEN_DAYS_PATTERN = new RegExp(
  String.raw`\b(between\s+(?:the\s+)?)(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS}))\s+and\s+(?:the\s+)?(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS}))(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'iu',
);
/** The month and day of a range's end, from a match's groups at `i`: month then day, or day then month. */
function monthAndDay(match: RegExpMatchArray, i: number): [number, number] {
  return match[i] ? [MONTH_NUMBER(match[i]), Number(match[i + 1])] : [MONTH_NUMBER(match[i + 3]!), Number(match[i + 2])];
}
const BETWEEN_DAYS: chrono.Parser = {
  pattern: () => BETWEEN_DAYS_PATTERN,
  extract: (context, match) => {
    const [fromMonth, fromDay] = monthAndDay(match, 2);
    const [toMonth, toDay] = monthAndDay(match, 6);
    const year = match[10] ? Number(match[10]) : undefined;
    if (fromDay < 1 || fromDay > 31 || toDay < 1 || toDay > 31) return null;
    // (The range without its "between".)
    const lead = match[1]!.length;
    const result = context.createParsingResult(match.index! + lead, match[0].slice(lead), {
      day: fromDay,
      month: fromMonth,
      ...(year && fromMonth <= toMonth ? { year } : {}),
    });
    result.end = context.createParsingComponents({ day: toDay, month: toMonth, ...(year ? { year } : {}) });
    return result;
  },
};
/**
 * "from Wednesday (Aug 2) to Friday (Aug 4)", "from Monday (3 June) to Wednesday (5 June)": a range of weekdays, each with
 * its day in brackets (chrono reads the brackets as two dates, no range).
 */
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const BRACKETED_DAY = String.raw`\(\s*(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS}))\s*\)`;
const WEEKDAY_BRACKET_RANGE_PATTERN = new RegExp(
  String.raw`\b(from\s+)${WEEKDAY}\s*${BRACKETED_DAY}\s+(?:to|until|till|through)\s+${WEEKDAY}\s*${BRACKETED_DAY}`,
  'iu',
);
const WEEKDAY_BRACKET_RANGE: chrono.Parser = {
  pattern: () => WEEKDAY_BRACKET_RANGE_PATTERN,
  extract: (context, match) => {
    const [fromMonth, fromDay] = monthAndDay(match, 2);
    const [toMonth, toDay] = monthAndDay(match, 6);
    if (fromDay < 1 || fromDay > 31 || toDay < 1 || toDay > 31) return null;
    const lead = match[1]!.length;
    const result = context.createParsingResult(match.index! + lead, match[0].slice(lead), { day: fromDay, month: fromMonth });
    result.end = context.createParsingComponents({ day: toDay, month: toMonth });
    return result;
  },
};
/**
 * "(18.Feb.2024)", "18 th March": a day written with dots around its month, or with its ordinal
 * suffix set apart, which chrono does not read.
 */
const ODD_DAY_PATTERN = new RegExp(
  String.raw`\b(\d{1,2})(?:\.(${MONTHS})\.?\s*|\s+(?:st|nd|rd|th)\s+(?:of\s+)?(${MONTHS})(?:,?\s+|(?![\p{L}\d])))(\d{4})?(?![\p{L}\d])`,
  'iu',
);
const ODD_DAY: chrono.Parser = {
  pattern: () => ODD_DAY_PATTERN,
  extract: (context, match) => {
    const day = Number(match[1]);
    const month = MONTH_NUMBER((match[2] ?? match[3])!);
    if (day < 1 || day > 31 || month < 1) return null;
    return context.createParsingResult(match.index!, match[0].trimEnd(), { day, month, ...(match[4] ? { year: Number(match[4]) } : {}) });
  },
};
/**
 * "the upcoming May visit", "early May": the month "May" after a word of time, which chrono leaves unread
 * (alone, "May" is most often the verb).
 */
const MAY_AFTER_TIME_WORD: chrono.Parser = {
  // (The word of time is kept in the result: chrono drops a result that is "May" alone unless "in" precedes it.)
  pattern: () => /\b(?:upcoming|coming|next|this|last|early|late|mid-?)\s?May\b(?!\s+(?:be|have|also|not|well)\b)/,
  extract: (context, match) => context.createParsingResult(match.index!, match[0], { month: 5 }),
};
// chrono-node's casual English parsers less those for times of day ("at 3 p.m.", "within 2 hours"):
// Readout dates events and never times them, and those parsers cost about half of chrono's time.
// Also less "N units ago" and "N units later": chrono only sees sentences with a calendar word
// (CALENDAR_HINT), relative years are read below, and those two parsers were a third of chrono's time.
const DATE_PARSER = (() => {
  const configuration = chrono.en.configuration.createCasualConfiguration();
  const timeOfDay = /TimeExpression|CasualTime|TimeUnitWithin|EndOfCurrentMonth|TimeUnitAgo|TimeUnitLater/;
  configuration.parsers = configuration.parsers.filter((p) => !timeOfDay.test(p.constructor.name));
  configuration.parsers.push(ORDINAL_DAY_RANGE, CONSECUTIVE_DAYS, BETWEEN_DAYS, WEEKDAY_BRACKET_RANGE, ODD_DAY, MAY_AFTER_TIME_WORD);
  return new chrono.Chrono(configuration);
})();
// A word that may start a date ("Jan", "May", "day", "year", "autumn", "ago", "this afternoon"), with alternatives
// grouped by first letter: one flat alternation of twenty words scanned three times slower.
const ANY_DATE_WORD =
  /[Jj](?:an|u[nl])|[Ff](?:eb|all)|[Mm]a[ry]|[Aa](?:pr|ug|utumn|go)|[Ss](?:ep|pring|ummer)|[Oo]ct|[Nn]ov|[Dd]ec|day|year|week|tomorrow|fiscal|first\s+(?:half|quarter|\w+\s+(?:months|quarters))|tonight|night|morning|afternoon|evening|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC/;
const LEADING_MONTH = /^\W*(?:earlier\s+)?(last|this|next|previous)\s+month\b/i;
// … or right after an encounter's verb and the state, city or person it names: "Minister X visited Cyprus last month".
const ENCOUNTER_MONTH =
  /(?<!\b(?:who|which|that)\s+(?:\w+\s+)?)\b(?:visited|met(?:\s+with)?|travell?ed\s+to|went\s+to|toured|hosted|received|visit\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}((last|this|next|previous)\s+month)\b/u;
// … or after an encounter announced: "The two leaders will meet in person for the first time next month".
const ANNOUNCED_MONTH =
  /(?<!\b(?:who|which|that)\s+)\b(?:will|to|shall)\s+(?:(?:also|then|again|soon)\s+)?(?:meet|convene|visit|travel|hold\s+talks|pay\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}visit)\b[^.;,]{0,60}?\b((next|this)\s+month)\b/iu;
// A numeric date whose first number can only be a day.
const DAY_FIRST = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/\d{4}\b/;
// A day the text writes with its month: "Aug. 11", "11th August".
const WRITTEN_DAY = new RegExp(String.raw`\b${MONTHS}\s+\d{1,2}\b(?!\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}`, 'i');
const NUMERIC_END = /\b\d{1,2}\/\d{1,2}\/\d{4}\s*$/;
const WEEKDAY_BEFORE = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\W{0,3}$/i;
/** The stems of the weekdays' names, by the day's number (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const DAY_IN_BRACKETS = /^\s*\((\d{1,2})(?:st|nd|rd|th)?\)/;
const REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));
const DAY_MS = 86_400_000;

// (A count of years is exact: not "twenty-five years ago" read as five, nor "more than ten years ago".)
const NOT_MORE = String.raw`(?<!(?:-|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|more\s+than|over|nearly|almost|about|some|around|at\s+least)\s))`;
const RELATIVE_YEAR_FORMS: ReadonlyArray<[string, number]> = [
  [String.raw`\b(?:the\s+)?year\s+before\s+last\b`, -2],
  // ("up from $4 billion a year earlier", "the preceding year": counted back from the year the sentence names, where it names one.)
  [
    // (… also India's "in the last fiscal", the noun left out.)
    String.raw`\b(?:last|past|previous)\s+(?:(?:(?:fiscal|financial)\s+)?year(?:['’]s)?|fiscal(?!\s+(?:deficit|policy|year|space)))\b|\ba\s+year\s+ago\b|\bthe\s+(?:previous|preceding)\s+year(?:['’]s)?\b|\ba\s+year\s+(?:earlier|before)\b(?!\s+(?:the|that|this|his|her|its|their)\b)`,
    -1,
  ],
  // "last autumn": the season before the present one, which readouts use for the year before.
  [String.raw`\blast\s+(?:spring|summer|autumn|fall)\b`, -1],
  [String.raw`\bthe\s+year\s+before\b(?!\s+last)`, -2],
  [String.raw`\b(?:this|the\s+current|current)\s+(?:(?:(?:fiscal|financial)\s+)?year(?:['’]s)?|fiscal(?!\s+(?:deficit|policy|year|space)))\b`, 0],
  // "in the second half of the year", "by the end of the year", "in the first seven months of the year", "in the third
  // quarter of the year": the year the text speaks from.
  [
    String.raw`\b(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+the\s+year\b|\b(?:the\s+)?first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+(?:months|quarters)\s+of\s+the\s+year\b|\b(?:the\s+)?end\s+of\s+the\s+year\b|\blater\s+in\s+the\s+year\b`,
    0,
  ],
  // … and with no year named: "in the first nine months", "in the first three quarters", "since the start of the year" —
  // part of the year the text is written in, as reported (not "the first half of March", "the first quarter of 2023").
  [
    String.raw`\b(?:in|during|over|for)\s+the\s+(?:first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+(?:months|quarters)|first\s+(?:half|quarter))\b(?!\s+(?:of|in)\b|-)|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b`,
    0,
  ],
  [String.raw`\bnext\s+year(?:['’]s)?\b|\bthe\s+coming\s+year\b`, 1],
  // "the Amir's last visit to Japan four years ago": a count of years back from the year the text speaks from.
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((word, k): [string, number] => [
    String.raw`${NOT_MORE}\b(?:${word}|${k + 2})\s+years\s+ago\b`,
    -(k + 2),
  ]),
];
// One scan for all forms: group i+1 is the i-th form.
const RELATIVE_YEAR = new RegExp(RELATIVE_YEAR_FORMS.map(([form]) => `(${form})`).join('|'), 'gi');

// "the next day", "the same day", "earlier in the day" count from the day the text last named; "this morning" is the day of writing,
// "last night" the day before it.
// … and "a day earlier", "two days later", "a day before," (a count of days, not before a named moment: "a day before the vote").
const DAY_WORDS =
  /\b(?:(the\s+(?:next|following|previous|same)\s+day|the\s+day\s+(?:after|before)(?!\s+(?:tomorrow|yesterday))|that\s+(?:same\s+)?day|(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day)|((?:a|one|two|three|four|five|six|[1-6])\s+days?\s+(?:earlier|later|(?:before|after)(?=\s*[,.;)]|\s*$)))|this\s+(?:morning|afternoon|evening)|tonight|(last\s+(?:night|evening)|yesterday\s+evening)|((?:a|one|two|three|four|five|six|[1-6])\s+days?\s+ago))\b/gi;

// A capitalised word right before a year that is no month, weekday or small word: "Vision 2030".
const NAMED_YEAR =
  /\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|In|By|Since|From|Until|Till|For|Of|On|At|And|The|To|Before|After|During|Through|Between|Around|About|Also|Since|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter)\b)\p{Lu}[\p{L}-]+\s$/u;

// Words that make a year part of a name wherever it stands ("Expo 2020", "Vision 2030", "Agenda 2063").
const YEAR_NAME_WORD = /\b(?:Expo|Vision|Agenda|Horizon|Strategy|Euro|Olympics|Paralympics|Games|Cup)\s$/;

const NAME_AFTER_YEAR =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Expo|Exposition|World\s+Cup|Cup|Olympics|Olympic\s+Games|Games|Agenda|Vision|Strategy|Plan|Programme|Program|Championships?|Exhibition|Census|Budget|Road\s*Map|Roadmap)\b/u;

// The second year of a range ("2024–2027") is a period's end, not a date of its own.
// A fiscal year ("2022-23", "2022/23", "FY2021-22", "fiscal year 2019–2020", "FY23", "FY 2024"), read as the calendar year
// it starts in when both are written, as the annotators of the later waves read it ("trade in 2020-21 was $9.2 billion" is
// 2020's), and as the year written when one is ("FY23" is 2023): a span of two years
// written with its second year cut to two digits after a preposition ("in 2022-23", not the name "Programme 2023-24"
// nor "the 2024-25 round"), or any form with the fiscal label.
// (… also "the 2023-24 financial year", the label after it.)
const FISCAL_YEAR =
  /\b(?:(FY\s?|(?:fiscal|financial)\s+(?:year\s+)?)((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)|(?<=\b(?:in|for|during|of|over|since|from|to|and|between)\s+)((?:19|20)\d\d)\s*[-–/]\s*(\d\d)(?!\s+(?:round|session|season|programme|program|plan|edition|cycle)\b)|FY\s?['’]?(\d\d|(?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\s+(?:fiscal|financial)\s+year)\b(?![-–/]\d)/gi;

/** The year a fiscal year starts in (the one written, for "FY23"), or null when its two years do not follow each other. */
function fiscalYearOf(m: RegExpMatchArray): number | null {
  if (m[6] !== undefined) return m[6].length === 2 ? 2000 + +m[6] : +m[6];
  const first = +(m[2] ?? m[4] ?? m[7])!;
  const second = m[3] ?? m[5] ?? m[8]!;
  const end = second.length === 2 ? first - (first % 100) + +second + (+second < first % 100 ? 100 : 0) : +second;
  return end === first + 1 ? first : null;
}

const FIRM_AFTER_YEAR = /^\)\s+(?:Limited|Ltd\.?|Inc\.?|LLC|PLC|Plc|Company|Corporation|Corp\.?|Co\.|GmbH|S\.A\.|AG|Holdings?|Group)(?![\p{L}])/u;
const BARE_YEAR = /(?<![-–]\s?)\b(1[89]\d\d|20\d\d)\b(?!\s*(?:[-–]\s*\d|million|billion|thousand|mln|bln|tons?|tonnes|km|%|people|units|students))/g;

/** "two days earlier" → -2, "a day later" → 1. */
function countedDays(phrase: string): number {
  const [count, , direction] = phrase.toLowerCase().split(/\s+/);
  // (The number words of data/number-words.tsv, and "a day".)
  const n = count === 'a' ? 1 : numberOf(count!)!;
  return /^(?:earlier|before)$/.test(direction!) ? -n : n;
}

function parts(component: chrono.ParsedComponents): DateParts {
  const known = (c: 'year' | 'month' | 'day'): number | null => (component.isCertain(c) ? (component.get(c) ?? null) : null);
  return { year: known('year'), month: known('month'), day: known('day') };
}

const CALENDAR_HINTS = new RegExp(CALENDAR_HINT.source, 'gu');
const MONTH_HYPHEN_DAY = /(?<=\p{L})-(?=\d)/gu;
// "from 8 – 9, August 2023": a comma between a range of days and its month, which stops chrono at the range.
const RANGE_COMMA = /(?<=\d\s*[–-]\s*\d{1,2}),(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;
/** The months written alone that are given names too ("Foreign Minister January Makamba"); "May" is read apart. */
export const MONTH_GIVEN_NAME = /^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
const MONTH_BEFORE = /\b(?:in|by|since|until|till|from|to|of|during|early|late|mid|last|next|this|before|after|through|and)\s+$/i;
/** Characters around a calendar word that a date expression can reach ("between 4 and 5 May", "May 4, 2023"). */
const REACH_BEFORE = 30,
  REACH_AFTER = 35;

/**
 * The stretches of a sentence chrono needs to read: a calendar word and a few words either side,
 * whole words, overlapping stretches joined. chrono scans its whole input once per parser, and
 * most of a long sentence holds no date.
 */
function calendarStretches(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(CALENDAR_HINTS)) {
    let start = Math.max(0, m.index - REACH_BEFORE),
      end = Math.min(text.length, m.index + m[0].length + REACH_AFTER);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** chrono's results over the stretches, each with its index in the whole sentence. */
function calendarResults(text: string): Array<{ r: chrono.ParsedResult; index: number }> {
  // ("30 January-1 February 2023": chrono reads a range at a dash, not at a hyphen glued to the month; one character for one,
  // as the range's comma before its month is a space.)
  return calendarStretches(text).flatMap(([start, end]) =>
    DATE_PARSER.parse(text.slice(start, end).replace(MONTH_HYPHEN_DAY, '–').replace(RANGE_COMMA, ' '), REFERENCE).map((r) => ({
      r,
      index: start + r.index,
    })),
  );
}

// "On August 4, 5 and 6, 2022", "on 4, 5 and 6 August 2022": days listed with one month and one year, the span of them.
/** A month's name in full, captured ("August"). */
export const LONG_MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY_LIST_MONTH_FIRST = new RegExp(String.raw`\b${LONG_MONTH}\s+(\d{1,2})(?:,\s*\d{1,2})+,?\s+and\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`, 'g');
const DAY_LIST_DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:,\s*\d{1,2})+,?\s+and\s+(\d{1,2})\s+${LONG_MONTH},?\s+((?:19|20)\d\d)\b`, 'g');

/** Days listed with one month and year: one mention from the first day to the last, in sentence offsets. */
function dayLists(text: string): DateMention[] {
  const out: DateMention[] = [];
  const add = (m: RegExpMatchArray, month: string, first: string, last: string, year: string): void => {
    const at = MONTH_NUMBER(month);
    const [y, d1, d2] = [Number(year), Number(first), Number(last)];
    if (d1 < 1 || d2 > 31 || d1 >= d2) return;
    out.push({
      kind: 'calendar',
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      from: { year: y, month: at, day: d1 },
      to: { year: y, month: at, day: d2 },
      offset: null,
    });
  };
  for (const m of text.matchAll(DAY_LIST_MONTH_FIRST)) add(m, m[1]!, m[2]!, m[3]!, m[4]!);
  for (const m of text.matchAll(DAY_LIST_DAY_FIRST)) add(m, m[3]!, m[1]!, m[2]!, m[4]!);
  return out;
}

function calendarMentions(text: string, offset: number): DateMention[] {
  if (!CALENDAR_HINT.test(text)) return [];
  const lists = /\d,\s*\d/.test(text) ? dayLists(text) : [];
  const out: DateMention[] = lists.map((l) => ({ ...l, start: l.start + offset, end: l.end + offset }));
  for (const { r, index } of calendarResults(text)) {
    if (lists.some((l) => index < l.end && index + r.text.length > l.start)) continue;
    if (/^(?:now|tonight)$/i.test(r.text.trim())) continue;
    // "21/5/1445 AH": a date of the Hijri calendar, no day of ours.
    if (/^\s*(?:AH\b|A\.H\.|H(?![.\w])|Hijri)/.test(text.slice(index + r.text.length, index + r.text.length + 8))) continue;
    // "Prime Minister Theresa May,": a family name after a given name, no month (a month alone follows "in", "by", "since" …).
    if (
      /^May(?:\W*|\s+of)$/.test(r.text.trim()) &&
      /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, index - 20), index)) &&
      !MONTH_BEFORE.test(text.slice(0, index))
    )
      continue;
    // "Foreign Minister January Makamba": any month written alone between a capitalised word and a name is a given name.
    if (
      MONTH_GIVEN_NAME.test(r.text.trim()) &&
      /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, index - 20), index)) &&
      !MONTH_BEFORE.test(text.slice(0, index)) &&
      /^\s+\p{Lu}\p{Ll}+/u.test(text.slice(index + r.text.length, index + r.text.length + 20))
    )
      continue;
    const relative = r.tags().has('result/relativeDate') || [...r.tags()].some((t) => t.startsWith('casualReference'));
    if (relative) {
      const days = Math.round((Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!) - Date.UTC(2000, 5, 15)) / DAY_MS);
      // Only day-scale offsets are kept here; relative years are read by RELATIVE_YEAR.
      if (/\byear\b/i.test(r.text)) continue;
      // ("last month's visit": an offset in months, as the resolver reads a mention that names a month, not 31 days.)
      const months = /\bmonth\b/i.test(r.text) ? (r.start.get('year')! - 2000) * 12 + (r.start.get('month')! - 6) : null;
      out.push({
        kind: 'relative-day',
        start: offset + index,
        end: offset + index + r.text.length,
        text: text.slice(index, index + r.text.length),
        from: { year: null, month: null, day: null },
        to: null,
        offset: months ?? days,
      });
      continue;
    }
    let from = parts(r.start);
    // "21/5/1445 AH corresponding to 12/5/2023 AD": a sentence that writes one numeric date day first writes them all so.
    const numeric = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(r.text.trim());
    if (numeric && from.month === Number(numeric[1]) && Number(numeric[2]) <= 12 && from.day !== null && DAY_FIRST.test(text))
      from = { ...from, day: from.month, month: from.day };
    // "on Wednesday (05/07/2023)": the weekday beside an ambiguous numeric date says which number is the day.
    else if (
      NUMERIC_END.test(r.text) &&
      from.year !== null &&
      from.month !== null &&
      from.day !== null &&
      from.month <= 12 &&
      from.day <= 12 &&
      from.month !== from.day
    ) {
      const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 16), index + r.text.length).replace(NUMERIC_END, ''));
      if (named) {
        const weekday = WEEKDAYS.indexOf(named[1]!.toLowerCase());
        const dayOfWeek = (month: number, day: number): number => new Date(Date.UTC(from.year!, month - 1, day)).getUTCDay();
        if (dayOfWeek(from.month, from.day) !== weekday && dayOfWeek(from.day, from.month) === weekday) from = { ...from, day: from.month, month: from.day };
      }
    }
    // "at the end of March", "in early May": the month, not a day chrono fills in.
    const vague = /(?:\b(?:end|beginning|start|middle)\s+of\s+|\b(?:mid|early|late)[\s-]+)$/i;
    // (Not a day the text writes: "on late Aug. 11" is late on the 11th.)
    const writtenDay = WRITTEN_DAY.test(r.text);
    if (
      from.day !== null &&
      !writtenDay &&
      (vague.test(text.slice(Math.max(0, index - 20), index)) || /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b|^(?:mid|early|late)\b/i.test(r.text))
    )
      from = { ...from, day: null };
    // "this month": chrono calls its year and month certain, taken from our stand-in reference
    // date. A year the text does not write is not a year it states.
    if (from.year !== null && !/\d{4}|['’]\d{2}\b/.test(r.text)) continue;
    if (from.month == null && from.day == null) {
      // "on Tuesday": a day of the week, anchored later to the publication date (0 = Sunday).
      if (r.start.isCertain('weekday')) {
        // "this Monday (26)": the day of the month in brackets after the weekday, as Brazilian and Portuguese agencies write it.
        const bracketed = DAY_IN_BRACKETS.exec(text.slice(index + r.text.length, index + r.text.length + 8));
        const day = bracketed && Number(bracketed[1]) >= 1 && Number(bracketed[1]) <= 31 ? Number(bracketed[1]) : null;
        const length = r.text.length + (day !== null ? bracketed![0].length : 0);
        out.push({
          kind: 'weekday',
          start: offset + index,
          end: offset + index + length,
          text: text.slice(index, index + length),
          from: day !== null ? { ...from, day } : from,
          to: null,
          offset: r.start.get('weekday')!,
        });
      }
      continue;
    }
    // "in January last year", "on 3 March this year": the month's year is relative to the text's.
    const yearWord = from.year === null ? RELATIVE_AFTER.exec(text.slice(index + r.text.length, index + r.text.length + 16)) : null;
    out.push({
      kind: 'calendar',
      start: offset + index,
      end: offset + index + r.text.length + (yearWord ? yearWord[0].length : 0),
      text: text.slice(index, index + r.text.length) + (yearWord ? yearWord[0] : ''),
      from,
      to: r.end ? parts(r.end) : null,
      offset: yearWord ? RELATIVE_OFFSET[yearWord[1]!.toLowerCase()]! : null,
    });
  }
  return out;
}

/** ENCOUNTER_MONTH's "last month" (or ANNOUNCED_MONTH's "next month"), as LEADING_MONTH gives it: the words at index 0, the word "last" at 1. */
function monthAfterEncounter(text: string): { index: number; 0: string; 1: string } | null {
  const m = ENCOUNTER_MONTH.exec(text) ?? ANNOUNCED_MONTH.exec(text);
  return m ? { index: m.index + m[0].length - m[1]!.length, 0: m[1]!, 1: m[2]! } : null;
}

function overlaps(mentions: readonly DateMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && end > m.start);
}

export function findDates(text: string, offset = 0): DateMention[] {
  // Most sentences hold no date: one cheap test for all of them. ("Last month, …" opening a sentence is read below; the
  // word "month" alone does not send a sentence to the calendar parser, which is the costliest step.)
  const dated = /\d/.test(text) || ANY_DATE_WORD.test(text);
  const leadingMonth = LEADING_MONTH.exec(text) ?? (/month/.test(text) ? monthAfterEncounter(text) : null);
  if (!dated && !leadingMonth) return [];
  const out = dated ? calendarMentions(text, offset) : [];
  // Cheap tests first: most sentences hold no year at all, and each pattern costs a scan.
  if (/year|spring|summer|autumn|fall|fiscal|first\s+(?:half|quarter|\w+\s+(?:months|quarters))/i.test(text))
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const start = offset + m.index,
        end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      const years = RELATIVE_YEAR_FORMS[m.slice(1).findIndex((g) => g !== undefined)]![1];
      out.push({ kind: 'relative-year', start, end, text: m[0], from: { year: null, month: null, day: null }, to: null, offset: years });
    }
  if (/\bdays?\b|\bthis (?:morning|afternoon|evening)\b|\b(?:to|last )night\b|\blast evening\b/i.test(text))
    for (const m of text.matchAll(DAY_WORDS)) {
      const start = offset + m.index,
        end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      const sequel = m[1] !== undefined || m[2] !== undefined;
      // ("last night": the evening before the day of writing.)
      // ("two days ago": counted back from the day of writing.)
      const days =
        m[4] !== undefined
          ? -countedDays(m[4].replace(/\s+ago$/i, ' later'))
          : m[2] !== undefined
            ? countedDays(m[2])
            : sequel
              ? /next|following|after/i.test(m[1]!)
                ? 1
                : /same|that|earlier|later/i.test(m[1]!)
                  ? 0
                  : -1
              : m[3] !== undefined
                ? -1
                : 0;
      out.push({ kind: sequel ? 'sequel' : 'relative-day', start, end, text: m[0], from: { year: null, month: null, day: null }, to: null, offset: days });
    }
  // "Last month, X visited Brazil": a month counted from the day of writing (offset in months), only where it opens the
  // sentence and so dates what it reports (not "the duties imposed last month by …"), or follows an encounter's verb and
  // what it names ("visited Cyprus last month").
  if (leadingMonth) {
    const [start, end] = [offset + leadingMonth.index, offset + leadingMonth.index + leadingMonth[0].length];
    const months = /last|previous/i.test(leadingMonth[1]) ? -1 : /next/i.test(leadingMonth[1]) ? 1 : 0;
    if (!overlaps(out, start, end))
      out.push({ kind: 'relative-day', start, end, text: leadingMonth[0], from: { year: null, month: null, day: null }, to: null, offset: months });
  }
  // "this week", which chrono leaves unread: the week of the day of writing (resolved to its month when the week lies in one).
  if (/\bthis\s+week\b/i.test(text))
    for (const m of text.matchAll(/\bthis\s+week\b/gi)) {
      const start = offset + m.index,
        end = start + m[0].length;
      if (!overlaps(out, start, end))
        out.push({ kind: 'relative-day', start, end, text: m[0], from: { year: null, month: null, day: null }, to: null, offset: 0 });
    }
  if (/\d\d\s*[-–/]\s*\d\d|FY/.test(text))
    for (const m of text.matchAll(FISCAL_YEAR)) {
      const start = offset + m.index,
        end = start + m[0].length;
      const year = fiscalYearOf(m);
      if (year === null || overlaps(out, start, end)) continue;
      out.push({ kind: 'year', start, end, text: m[0], from: { year, month: null, day: null }, to: null, offset: null });
    }
  if (/\d{4}/.test(text))
    for (const m of text.matchAll(BARE_YEAR)) {
      const start = offset + m.index,
        end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      // "Vision 2030", "Agenda 2063", "Expo 2020": a year in a name is no date.
      // (Also after "for", "to" or "in": "the visit … to Dubai for Expo 2020", whose name words say they are names.)
      if (
        NAMED_YEAR.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
        (!/\b(?:in|of|since|from|by|until|for)\s+\S+\s$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
          YEAR_NAME_WORD.test(text.slice(Math.max(0, m.index - 12), m.index)))
      )
        continue;
      // "the 2030 World Expo", "the 2026 FIFA World Cup": a year that opens the name of an exhibition, a
      // tournament or a plan (not "the 2018 Summit", whose year is the encounter's).
      if (
        /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        NAME_AFTER_YEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))
      )
        continue;
      // "Lake Asphalt of Trinidad and Tobago (1978) Limited": a bracketed year inside a firm's name.
      if (
        /\p{Lu}[\p{L}.&-]*\s+\($/u.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
        FIRM_AFTER_YEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
      )
        continue;
      out.push({ kind: 'year', start, end, text: m[0], from: { year: +m[1]!, month: null, day: null }, to: null, offset: null });
    }
  out.sort((a, b) => a.start - b.start);
  // "between January and October last year": the year word after a range's end is its start's too.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (
      a.kind === 'calendar' &&
      b.kind === 'calendar' &&
      a.offset === null &&
      a.from.year === null &&
      b.offset !== null &&
      /^\s*(?:and|to|through|till|until|[-–—])\s*$/i.test(text.slice(a.end - offset, b.start - offset))
    )
      out[i] = { ...a, offset: b.offset };
    // "in April and November 2023": a month with no year before "and" a month of a stated year shares that year.
    else if (
      a.kind === 'calendar' &&
      b.kind === 'calendar' &&
      a.offset === null &&
      a.from.year === null &&
      a.from.day === null &&
      a.to === null &&
      b.from.year !== null &&
      b.from.day === null &&
      b.from.month !== null &&
      a.from.month !== null &&
      a.from.month < b.from.month &&
      /^\s*(?:,\s*)?(?:and|&)\s+(?:in\s+)?$/i.test(text.slice(a.end - offset, b.start - offset))
    )
      out[i] = { ...a, from: { ...a.from, year: b.from.year } };
  }
  // "today (June 10, 2022)", "on Monday (8 May)": the day in brackets restates the relative one, and is the date.
  return out.filter(
    (m, i) =>
      !(
        (m.kind === 'relative-day' || m.kind === 'weekday') &&
        out[i + 1]?.kind === 'calendar' &&
        /^\s*\(\s*$/.test(text.slice(m.end - offset, out[i + 1]!.start - offset))
      ),
  );
}
