// Document fields the text states about itself: a headline, a "date 2023-05-05" or "Published:"
// line, and a news-agency dateline ("ASTANA. KAZINFORM –", "TASHKENT, March 14 (UzA) –").
import { perLexicons } from '../lexicon/active.js';
import * as chrono from 'chrono-node';
import { isCalendarDate } from '../facts/calendar.js';
import { states } from '../facts/states.js';

export interface Dateline {
  /** The city, or null for an agency's dateline without one ("AKIPRESS.COM -", "October 7, Pozirk."). */
  readonly city: string | null;
  readonly agency: string | null;
  /** Month and day the dateline gives ("March 14"), never a year. */
  readonly monthDay: string | null;
  /** A full date when the dateline states the year too ("ABU DHABI, 14th May, 2025 (WAM)"). */
  readonly date: string | null;
  /** The weekday a stamp of no year writes with its day ("Thursday, February 21"), 0 for Sunday. */
  readonly weekday?: number;
}

// (… also in the site's own language, at the foot of a translated page: "Опубликовано: 20:26 17/10/2018".)
// (… also any label in Cyrillic before a full numeric date, year first, as Mongolian and Central Asian portals print
// it: "Хуучирсан мэдээ: 2015.11.13-нд нийтлэгдсэн".)
const PUBLISHED_LABEL =
  /^\s*(?:first\s+published\s+by\s+[\p{L}\d .'’&-]{1,40}?\s+on|date|(?:first\s+)?publish(?:ed)?(?:\s+(?:on|date|in|the))?|posted(?:\s+on)?|created(?:\s+on)?(?=\s*:)|publication date|(?:last\s+)?updated(?:\s+(?:on|in))?|release date|as\s+of\s*:|опубликовано|опубліковано|дата\s+публикации|opublikowano|publikováno|publicat|publicado(?:\s+el)?|publié(?:\s+le)?|pubblicato(?:\s+il)?|veröffentlicht(?:\s+am)?|objavljeno|yayınlanma\s+tarihi|[\p{Script=Cyrillic}][\p{Script=Cyrillic} ]{1,40}(?=:\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}))\s*(?::|[-–—](?=\s))?\s*/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

// A weekday right before a numeric stamp: "Fri, 10/06/2017".
const WEEKDAY_BEFORE_STAMP = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$/i;
const WEEKDAY_ABBREVIATIONS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const fitsWeekday = (date: string, weekday: string): boolean =>
  new Date(`${date}T00:00:00Z`).getUTCDay() === WEEKDAY_ABBREVIATIONS.indexOf(weekday.toLowerCase());

/** A complete calendar date (day, month and year all stated) as YYYY-MM-DD, else null. */
export function statedDate(text: string): { date: string; index: number; length: number } | null {
  // Every form below writes its year in four digits: no need to try them (chrono is costly) on a line without.
  if (!/\d{4}/.test(text)) return null;
  // A date the calendar lacks ("2024-02-30", "0000-00-00" from a broken CMS) states nothing.
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?/.exec(text);
  if (iso) return isCalendarDate(`${iso[1]}-${iso[2]}-${iso[3]}`) ? { date: `${iso[1]}-${iso[2]}-${iso[3]}`, index: iso.index, length: iso[0].length } : null;
  // Year first with dots or slashes, as East Asian and some European portals print it: "2024.2.21", "2024/02/21".
  const yearFirst = /\b((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})\b(?![./]\d)/.exec(text);
  if (yearFirst) {
    const date = `${yearFirst[1]}-${pad(+yearFirst[3]!)}-${pad(+yearFirst[4]!)}`;
    if (isCalendarDate(date)) return { date, index: yearFirst.index, length: yearFirst[0].length };
  }
  // Day first, the separator repeated: "26.01.2024", "26/01/2024", "26-01-2024".
  const dotted = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/.exec(text);
  if (dotted && +dotted[3]! <= 12 && +dotted[1]! <= 31) {
    const date = `${dotted[4]}-${pad(+dotted[3]!)}-${pad(+dotted[1]!)}`;
    // (… unless a weekday before it fits only the month first: "Fri, 10/06/2017" is 6 October, a Friday.)
    const monthFirst = dotted[2] === '/' && +dotted[1]! <= 12 ? `${dotted[4]}-${pad(+dotted[1]!)}-${pad(+dotted[3]!)}` : null;
    const weekday = WEEKDAY_BEFORE_STAMP.exec(text.slice(0, dotted.index))?.[1];
    if (monthFirst && weekday && isCalendarDate(monthFirst) && !fitsWeekday(date, weekday) && fitsWeekday(monthFirst, weekday))
      return { date: monthFirst, index: dotted.index, length: dotted[0].length };
    return isCalendarDate(date) ? { date, index: dotted.index, length: dotted[0].length } : null;
  }
  // Month first, as American pages print it, when the day cannot be a month: "11/27/2021 7:30:00 PM".
  if (dotted && dotted[2] === '/' && +dotted[1]! <= 12 && +dotted[3]! > 12) {
    const date = `${dotted[4]}-${pad(+dotted[1]!)}-${pad(+dotted[3]!)}`;
    return isCalendarDate(date) ? { date, index: dotted.index, length: dotted[0].length } : null;
  }
  if (/[а-яё]{3,}\s+\d{4}/i.test(text)) {
    const ru = chrono.ru.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
    if (ru && ['day', 'month', 'year'].every((c) => ru.start.isCertain(c as 'day'))) {
      return { date: `${ru.start.get('year')}-${pad(ru.start.get('month')!)}-${pad(ru.start.get('day')!)}`, index: ru.index, length: ru.text.length };
    }
  }
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i.test(text)) {
    // chrono is costly: only where an English month may be
    const found = fullDate(chrono.en, text);
    if (found) return found;
  }
  // A page's own date in its language ("domenica 24 novembre 2024", "23 Oktober 2014", "3 de marzo de 2024"):
  // a day, a word and a year, read by chrono's other locales.
  if (FOREIGN_DAY_MONTH_YEAR.test(text)) {
    for (const locale of FOREIGN_LOCALES) {
      const found = fullDate(locale, text);
      if (found) return found;
    }
  }
  return tabledDate(text);
}

const monthNumbers = perLexicons((lex) => new Map(lex.monthNames.map((row) => [row.form.toLocaleLowerCase(), row.month])));
// "29 lipca 2022", "29. heinäkuuta 2022", and year first, "2022. július 29.": a month of a language chrono has no locale for.
const TABLED_DAY_FIRST = /(?<![\p{L}\d])(\d{1,2})\.?\s+(\p{L}{3,})\s+((?:19|20)\d\d)(?![\p{L}\d])/u;
const TABLED_YEAR_FIRST = /(?<![\p{L}\d])((?:19|20)\d\d)\.?\s+(\p{L}{3,})\s+(\d{1,2})\.?(?![\p{L}\d])/u;

/** A day, month and year with the month named in a language of data/month-names.tsv, else null. */
function tabledDate(text: string): { date: string; index: number; length: number } | null {
  const dayFirst = TABLED_DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? null : TABLED_YEAR_FIRST.exec(text);
  const m = dayFirst ?? yearFirst;
  if (!m) return null;
  const month = monthNumbers().get(m[2]!.toLocaleLowerCase());
  if (month === undefined) return null;
  const [year, day] = dayFirst ? [m[3]!, m[1]!] : [m[1]!, m[3]!];
  const date = `${year}-${pad(month)}-${pad(+day)}`;
  return isCalendarDate(date) ? { date, index: m.index, length: m[0].length } : null;
}

const FOREIGN_DAY_MONTH_YEAR = /\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}\b/u;
const FOREIGN_LOCALES = [chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.de, chrono.nl, chrono.id, chrono.sv];

/**
 * The first date chrono's locale reads in the text with day, month and year all stated. (Not "Today's
 * Paper | December 19, 2024": chrono counts "today" from its reference day as certain, and a stated
 * date is written with digits.)
 */
function fullDate(locale: { parse: typeof chrono.parse }, text: string): { date: string; index: number; length: number } | null {
  const parsed = locale.parse(text, new Date(Date.UTC(2000, 0, 1))).find((p) => /\d/.test(p.text));
  if (!parsed || !['day', 'month', 'year'].every((c) => parsed.start.isCertain(c as 'day'))) return null;
  const date = `${parsed.start.get('year')}-${pad(parsed.start.get('month')!)}-${pad(parsed.start.get('day')!)}`;
  return isCalendarDate(date) ? { date, index: parsed.index, length: parsed.text.length } : null;
}

/** An ISO timestamp or any complete date from HTML/JSON metadata, as YYYY-MM-DD. */
export function normaliseMetaDate(value: string | null): string | null {
  if (!value) return null;
  return statedDate(value)?.date ?? null;
}

export interface PublishedLine {
  readonly date: string;
  /** The line with the label and the date removed (what is left is content). */
  readonly rest: string;
}

/**
 * A publication date stated at the head of the text: a labelled date ("date 2023-05-05",
 * "Published: 14 March 2024 10:31") or a line holding nothing but a date.
 */
const DASHED_STAMP = new RegExp(
  `^\\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?)\\s*[-–]\\s*(\\d{1,2})\\s*[-–]\\s*((?:19|20)\\d\\d)\\s*$`,
  'i',
);
const WEEKDAY_DAY_DASH_MONTH =
  /^(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2})\s*[-–]\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+((?:19|20)\d\d)(?:\s*[-–]\s*\d{1,2}:\d{2})?\s*$/i;
const GLUED_STAMP = /^([\p{L} .'’]{1,30}\p{Ll})(?=\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\s*$)/u;

// A page's article number before its date label: "ID : N-402 Date : 2017/10/04 - 16:28", "News ID: 84512 Published: …".
const ARTICLE_ID_BEFORE_LABEL = /^\s*(?:News\s+|Article\s+)?(?:ID|Code)\s*:\s*[\w-]{1,20}\s+(?=(?:date|published|posted)\b)/i;

// "0 Comment(s)Print E-mail Xinhua, April 29, 2012": a page's sharing widgets before the agency and its stamp.
export const SHARING_WIDGETS = String.raw`\d{1,5}\s*Comments?(?:\(s\))?\s*(?:(?:Print|E-?mail|Share|Tweet)\s*)*`;
const WIDGETS_BEFORE = new RegExp(String.raw`^\s*${SHARING_WIDGETS}(?=\p{Lu})`, 'u');

export function publishedLine(whole: string): PublishedLine | null {
  // ("[28/ May/2024]": a stamp in brackets, its parts joined by slashes.)
  const line = whole
    .replace(ARTICLE_ID_BEFORE_LABEL, '')
    .replace(WIDGETS_BEFORE, '')
    .replace(/^\s*\[\s*([^\]]{6,40}?)\s*\]\s*$/, '$1')
    .replace(/^(\s*\d{1,2})\s*\/\s*(\p{L}{3,9})\s*\/\s*((?:19|20)\d\d)\b/u, '$1 $2 $3');
  const label = PUBLISHED_LABEL.exec(line);
  // "12March 2019": a day glued to its month, as some CMSs print it.
  // (A labelled stamp may give the time first: "Published: 20:26 17/10/2018".)
  const stripped = (label ? line.slice(label[0].length).replace(/^\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(?=\d{1,2}[./-])/, '') : line).replace(
    /^(\s*\d{1,2})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/,
    '$1 ',
  );
  // "The Sun27-05-2025": a numeric date glued to the publisher's name before it (a short line only:
  // the pattern looks behind at every position).
  // "March - 26 - 2019": a stamp whose parts are joined by dashes, as some portals print it.
  // "Sunday - 24 July 2022": a weekday set off by a dash (chrono would read "Sunday - 24 July" as a span from a Sunday).
  // "Wed 24 - May 2017 - 20:04": a weekday, the day, a dash, the month and year, and a time after a dash.
  const unDashed = stripped
    .replace(WEEKDAY_DAY_DASH_MONTH, '$1 $2 $3')
    .replace(DASHED_STAMP, '$1 $2, $3')
    .replace(/^(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+[-–—]\s+(?=\d)/, '$1, ');
  const body = unDashed.length <= 48 ? unDashed.replace(GLUED_STAMP, '$1 ') : unDashed;
  const found = statedDate(body.slice(0, 60));
  if (!found) return null;
  if (found.index > 2) {
    const head = body.slice(0, found.index);
    // (A credit may stand before it: "Source: Xinhua| 2021-11-27 23:03:30|", "Today's Paper | December 19, 2024".)
    // … or a time ("17.57 - domenica 24 novembre 2024", "18:02 / 22.10.2021.", "16:42 pm on 19 March 2015").
    if (
      label ||
      line.length > 80 ||
      !/^[\s(]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*(?:on\s+)?|[-–|/]\s*))?(?:source\s*:\s*)?[\p{L} .'’]{0,30}(?:,\s*[\p{L} .'’]{1,30})?[)]?(?:\s+[-–]\s+|[\s,|]*)(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s,|/]*$/iu.test(
        head,
      )
    )
      return null;
  }
  // (A full stop may close the date: "14.11.2024.")
  const after = body
    .slice(found.index + found.length)
    .replace(/^\.(?=\s*$)/, '')
    .replace(/^[\s,|]*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M\b|[AP]\.\s?M\.?))?)?[\s|]*/i, '')
    // (chrono takes "2:06 p" of "2:06 p.m" into the date: the rest of the clock's "p.m".)
    .replace(/^\.\s?m\.?(?=\s|$)/i, '');
  // An unlabelled date must stand alone on its line, give or take a time and an agency in brackets.
  // Each word is a capital and letters, separated from the next by spaces or commas: one way to read
  // a line, so a long run of capitals cannot be split into words in a combinatorial number of ways.
  const placeOrUpdate = /^[,\s]*\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,5}[\s,]*$|^\s*[-–|]\s*Updated?\b/u;
  // … or by a place and an agency ("24 May 2025, Bishkek - 24.kg news agency"): a short tail with no sentence in it.
  const shortTail = after.trim().split(/\s+/).length <= 8 && !/[.!?]$/.test(after.trim()) && !/\b(?:is|are|was|were|has|have|will|said)\b/.test(after);
  // … or a row of short cells of the page's furniture after a bar ("04/26/2024 | Press release | Distributed by Public on …").
  // (Not a row of a table the page prints: "06/20/2024 | Talks | Bujumbura".)
  const barred = !label && after.includes('|');
  const cells =
    barred &&
    FURNITURE_CELL.test(after) &&
    after.split('|').every((cell) => cell.trim().split(/\s+/).length <= 8) &&
    !/\b(?:is|are|was|were|has|have|will|said)\b/.test(after);
  if (barred && !cells && !placeOrUpdate.test(after)) return null;
  if (!label && after.trim() && !placeOrUpdate.test(after) && !shortTail && !cells) return null;
  // (Those cells are the page's furniture, no headline.)
  return { date: found.date, rest: cells ? '' : after };
}

/**
 * A stamp that gives a month and no day ("date 2025-04", "Published: 2025-04", a line "December 2020"):
 * no publication date, but the year the text was written in.
 */
export function publishedMonthLine(line: string): { month: string; rest: string } | null {
  // A month and a year alone on their line ("December 2020"), as portals print under a headline.
  const alone = MONTH_YEAR_LINE.exec(line);
  if (alone) return { month: `${alone[2]}-${pad(MONTH_NAMES.indexOf(alone[1]!.toLowerCase()) + 1)}`, rest: '' };
  const label = PUBLISHED_LABEL.exec(line);
  if (!label) return null;
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?![-\d])/.exec(line.slice(label[0].length));
  return m ? { month: `${m[1]}-${m[2]}`, rest: line.slice(label[0].length + m[0].length) } : null;
}

// Words of the furniture a page prints in cells beside its stamp: "Press release", "News", "3 min read", "Distributed by".
const FURNITURE_CELL =
  /\b(?:press\s+releases?|news|statements?|articles?|distributed\s+by|published|posted|updated|min(?:ute)?s?\s+read|views?|comments?|share|print|editorial|opinion|feature|source)\b/i;

/** The weekdays' names, Sunday first (a weekday's number is its index, as Date#getUTCDay gives it). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_YEAR_LINE = new RegExp(`^\\s*(${MONTH_NAMES.join('|')})\\s+((?:19|20)\\d\\d)\\s*$`, 'i');

// A dateline's place and day: the city in capitals or Title Case, a second city, a country or state, a date.
const DATELINE_PLACE_DAY =
  // (Accented capitals too: "SÃO PAULO", "BRASÍLIA", "Asunción".)
  String.raw`^((?:ST\. )?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2})` + // city, in capitals or Title Case
  String.raw`(?:/[A-Z][A-Z'’-]+|/[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)?` + // a second city ("BRASILIA/MONTEVIDEO", "New Delhi/Washington")
  String.raw`(?: \([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?\)(?=,))?` + // its state in brackets before a comma ("New Delhi/Kigali (Rwanda), July 24")
  String.raw`(?:,\s*(?:[A-Z][a-z]+|[A-Z]{2}|[A-Z]\.[A-Z]\.)){0,2}` + // optional ", Country", ", ON", ", D.C."
  String.raw`(?:[,.]?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4}|\. \d{4}| ?\/ ?\d{4})?|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,? \d{4})?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}(?:,? \d{4})?))?`; // … or in capitals ("KATHMANDU, DECEMBER 3")
const DATELINE = new RegExp(
  DATELINE_PLACE_DAY +
    // (An agency in capitals may close with a stop: "YEREVAN, JULY 17, ARMENPRESS. Prime Minister …".)
    String.raw`\s*[.,]?\s*(?:\(([^)]{2,90})\)|/([^/]{2,40})/|([A-Z][A-Za-z-]*[A-Z][A-Za-z-]*|[A-Z][a-z]+)(?=\s*(?:[-–—]|:\s))|([A-Z]{4,})(?=\.\s+[A-Z]))?` +
    // After an agency in brackets or slashes the dash may be missing: "ABU DHABI, (WAM - 12th Oct, 2020) During a call …",
    // "BISHKEK, November 12. /TASS/. Russian President …".
    // … and after a day in capitals no dash at all: "KATHMANDU, DECEMBER 3 Prime Minister …";
    // after a day with its year a full stop closes it: "Tashkent, 4 June 2024. The President …".
    String.raw`(?:\.?\s*[-–—:]+\s*|(?<=\d{4})\.\s+(?=[A-Z])|(?<=\))\s+(?=[A-Z])|(?<=/)\.?\s+(?=[A-Z])|(?<=[A-Z]{3,}\.? \d{1,2})\s+(?=[A-Z][a-z])|(?<=[A-Z]{4,})\.\s+(?=[A-Z]))`,
);
// A place and a day that make a line of their own ("BAKU, Azerbaijan, Sept. 12"): the lead is the next line.
// … also with the agency after the day: "Baku, January 23, AZERTAC".
const DATELINE_LINE = new RegExp(DATELINE_PLACE_DAY + String.raw`(?:,\s*([A-Z][A-Za-z-]*[A-Z][A-Za-z-]*))?\.?\s*$`);

export interface DatelineMatch {
  readonly dateline: Dateline;
  readonly rest: string;
}

// Capitals are a dateline's typography, not the name's: "KAZINFORM" is Kazinform; short acronyms (SPA, WAM) stay.
// A city in capitals is a city: "LIMA" is Lima (an agency's acronym stays as it is).
const cityCase = (s: string): string => (/[a-z]/.test(s) ? s : s.replace(/[A-Z]+/g, (w) => w.charAt(0) + w.slice(1).toLowerCase()));
const titleCase = (s: string): string => (/[a-z]/.test(s) || /^[A-Z]{2,4}$/.test(s) ? s : s.replace(/[A-Z]+/g, (w) => w.charAt(0) + w.slice(1).toLowerCase()));

// An agency alone, as a web address in capitals, whatever its domain: "AKIPRESS.COM - President …",
// "NEWS.AZ —", "THESTAR.COM.MY -".
const AGENCY_DOMAIN = /^([A-Z][A-Z0-9-]+(?:\.[A-Z]{2,6}){1,2})\s*[-–—]\s+(?=\S)/;
// A day and an agency without a city: "October 7, Pozirk. Oman’s Sultan …".
const DAY_AGENCY = new RegExp(
  String.raw`^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\.\s+(?=\p{Lu})`,
  'u',
);

// An agency, then the day: "ENA January 10/2019… Prime Minister …", "KUNA March 3, 2024 - …".
const AGENCY_DAY =
  /^([A-Z]{2,8})\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4}| ?\/ ?\d{4})?)\s*(?:…|\.\.\.|[-–—:])\s*(?=\p{Lu})/u;

function monthDayOf(text: string): { monthDay: string; date: string | null } | null {
  // ("March 1 /2024": the year after a slash; "May 28. 2024": after a full stop.)
  const plain = text
    .replace(/(\d)(?:st|nd|rd|th)\b/, '$1')
    .replace(/(\d)\s*\/\s*(\d{4})\b/, '$1, $2')
    .replace(/(\d)\.\s(\d{4})\b/, '$1, $2');
  const parsed = chrono.en.parse(plain, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  const monthDay = `--${pad(parsed.start.get('month')!)}-${pad(parsed.start.get('day')!)}`;
  return { monthDay, date: parsed.start.isCertain('year') ? `${parsed.start.get('year')}${monthDay.slice(1)}` : null };
}

let capitalNames: Set<string> | undefined;
const capitalCities = (): Set<string> => (capitalNames ??= new Set([...states().values()].flatMap((c) => (c.capital ?? []).map((x) => x.toLowerCase()))));

// "Astana. July 4. KazTAG - …": a city, a day and an agency, each closed by a full stop.
const CITY_DAY_AGENCY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\.\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.\s+(\p{Lu}[\p{L}-]+)\s*[-–—:]\s+`,
  'u',
);

// Slashes between the city, a numeric day and the agency: "Baku/29.09.21/Turan: …", "Tashkent / 12.03.2024 / UzA -",
// also alone on its line ("Hanoi/15.03.24/VNA") or without the agency ("Minsk/20.05.24 — …").
// The day is written day first, as in the countries that use this form; a two-digit year is of this century.
const CITY_SLASH_DAY_AGENCY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s*\/\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s*\/\s*(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?))?\s*(?:[-–—:]\s+|$)`,
  'u',
);

function slashDay(day: string, month: string, year: string): { monthDay: string; date: string | null } | null {
  const monthDay = `--${pad(Number(month))}-${pad(Number(day))}`;
  const full = `${year.length === 2 ? 2000 + Number(year) : Number(year)}${monthDay.slice(1)}`;
  return isCalendarDate(full) ? { monthDay, date: full } : null;
}

/**
 * How far into a paragraph a dateline may reach: a city of a few words, a date and an agency in
 * brackets. The patterns read no further, so a long run of capitals costs what its first characters cost.
 */
const DATELINE_REACH = 200;

// Honorifics of one word ("Shri", "Dr.", "Mr"): "His Excellency" opens with a word brackets of agencies open with too.
const honorificWords = perLexicons((lex) => new Set(lex.honorifics.filter((h) => !/\s/.test(h)).map((h) => h.toLowerCase())));
const honorificOpens = (text: string): boolean => honorificWords().has(text.split(/\s+/)[0]!.toLowerCase());

const SYNDICATION_CREDIT = /^\s*\([^()]{2,60}\)\s+(?=\p{Lu}{3,}\b)/u;

export function datelineOf(paragraph: string): DatelineMatch | null {
  // "FILE- President X shakes hands with …": an archive photo's marker before its caption, no city.
  if (/^\s*FILE\s*[-–—:]/.test(paragraph)) return null;
  // "(MENAFN- Nam News Network) BAGHDAD, Apr 23 (NNN-NINA) – …": a syndicator's credit in brackets before the dateline.
  const credit = SYNDICATION_CREDIT.exec(paragraph);
  if (credit) {
    const inner = datelineOf(paragraph.slice(credit[0].length));
    if (inner) return inner;
  }
  // "13:29 | Lima, Nov. 6.": the clock time of the portal's stamp before the dateline.
  const clock = /^\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?[|•·]\s*(?=\p{Lu})/iu.exec(paragraph);
  if (clock) {
    const inner = datelineOf(paragraph.slice(clock[0].length));
    if (inner) return inner;
  }
  // "by Staff Writers Astana, Kazakhstan (AFP) Sept 07, 2013 Kazakhstan and …": a byline run into the dateline.
  const byline = /^[Bb]y\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})/u.exec(paragraph);
  if (byline) {
    // (Where each of the byline's words ends: the dateline is tried after the most of them first.)
    const ends = [...byline[0].matchAll(/\S+\s+/g)].map((w) => w.index + w[0].length);
    for (let n = ends.length - 1; n >= 1; n--) {
      const inner = datelineOf(paragraph.slice(ends[n]));
      if (inner?.dateline.agency || inner?.dateline.monthDay) return inner;
    }
  }
  const head = paragraph.slice(0, DATELINE_REACH);
  const cityDay = CITY_DAY_AGENCY.exec(head);
  if (cityDay) {
    const day = monthDayOf(cityDay[2]!);
    return {
      dateline: { city: cityCase(cityDay[1]!), agency: cityDay[3]!, monthDay: day?.monthDay ?? null, date: day?.date ?? null },
      rest: paragraph.slice(cityDay[0].length),
    };
  }
  const slashed = CITY_SLASH_DAY_AGENCY.exec(head);
  const slashedDay = slashed ? slashDay(slashed[2]!, slashed[3]!, slashed[4]!) : null;
  if (slashed && slashedDay)
    return {
      dateline: { city: cityCase(slashed[1]!), agency: slashed[5] ?? null, monthDay: slashedDay.monthDay, date: slashedDay.date },
      rest: paragraph.slice(slashed[0].length),
    };
  const agencyDay = AGENCY_DAY.exec(head);
  if (agencyDay) {
    const day = monthDayOf(agencyDay[2]!);
    return {
      dateline: { city: null, agency: titleCase(agencyDay[1]!), monthDay: day?.monthDay ?? null, date: day?.date ?? null },
      rest: paragraph.slice(agencyDay[0].length),
    };
  }
  // "Tuesday 3, June ,2025  {HMC} Somali President …": a full day and an agency's short name in brackets, no city.
  const dayTag = DAY_TAG.exec(head);
  const taggedDay = dayTag ? statedDate(dayTag[1]!.replace(/\s*,\s*/g, ' ')) : null;
  if (dayTag && taggedDay) {
    // ("November 7, 2022 (KHARTOUM) – …": a capital in the bracket, not an agency.)
    const place = capitalCities().has(dayTag[2]!.toLowerCase());
    return {
      dateline: {
        city: place ? cityCase(dayTag[2]!) : null,
        agency: place ? null : dayTag[2]!,
        monthDay: `--${taggedDay.date.slice(5)}`,
        date: taggedDay.date,
      },
      rest: paragraph.slice(dayTag[0].length),
    };
  }
  const domain = AGENCY_DOMAIN.exec(head);
  if (domain) return { dateline: { city: null, agency: domain[1]!, monthDay: null, date: null }, rest: paragraph.slice(domain[0].length) };
  const dayAgency = DAY_AGENCY.exec(head);
  if (dayAgency) {
    const day = monthDayOf(dayAgency[1]!);
    return { dateline: { city: null, agency: dayAgency[2]!, monthDay: day?.monthDay ?? null, date: null }, rest: paragraph.slice(dayAgency[0].length) };
  }
  const alone = paragraph.length <= 80 ? DATELINE_LINE.exec(paragraph) : null;
  if (alone?.[2]) {
    const day = monthDayOf(alone[2]);
    const agency = alone[3] ? titleCase(alone[3]) : null;
    // ("Thursday, February 21": a weekday before the day is a stamp of no place.)
    const weekday = WEEKDAY_NAMES.indexOf(alone[1]!.toLowerCase());
    if (weekday >= 0) return { dateline: { city: null, agency, monthDay: day?.monthDay ?? null, date: day?.date ?? null, weekday }, rest: '' };
    return { dateline: { city: cityCase(alone[1]!), agency, monthDay: day?.monthDay ?? null, date: day?.date ?? null }, rest: '' };
  }
  // "June 11, 2021 – Ottawa, Ontario – Global Affairs Canada": the day, the city (and its province), the publisher, a
  // line of its own, as government news releases open.
  const release = paragraph.length <= 120 ? DAY_CITY_PUBLISHER.exec(paragraph) : null;
  const releaseDay = release ? statedDate(release[1]!) : null;
  if (release && releaseDay)
    return {
      dateline: { city: cityCase(release[2]!), agency: release[3]!.trim(), monthDay: `--${releaseDay.date.slice(5)}`, date: releaseDay.date },
      rest: '',
    };
  const m = DATELINE.exec(head);
  if (!m) return null;
  // A hyphen inside a word is no dateline dash: "President Abdel Fattah El-Sisi received …".
  const separator = /[-–—:]+\s*$/.exec(m[0]);
  if (separator && separator[0] === '-' && /\p{L}$/u.test(m[0].slice(0, separator.index)) && /^\p{L}/u.test(paragraph.slice(m[0].length))) return null;
  // (The agency in capitals closed by a stop only after a day: "TASHKENT, UZBEKISTAN. The …" names no agency.)
  if (m[6] && !m[2]) return null;
  const agency = m[3] ?? m[4] ?? m[5] ?? m[6] ?? null;
  // "France-Cameroon: Trade ties …": two names joined by a hyphen are a pair a headline names, no city and agency (unlike
  // "ASTANA-Kazinform:", a known agency's name).
  const cityAt = m[0].indexOf(m[1]!);
  const joined = cityAt >= 0 && /^\s*-\p{L}/u.test(m[0].slice(cityAt + m[1]!.replace(/-$/, '').length));
  if (joined && newsAgencyState(agency) === null) return null;
  // "Prime Minister (PM) Lawrence Wong has …": the bracket holds the initials of the words before it, an abbreviation
  // defined in the lead, no city and agency. (Not a city in capitals whose agency's letters are its own: "ADDIS ABABA (AA) –".)
  if (
    m[3] &&
    !/^[A-Z .'’/-]+$/.test(m[1]!) &&
    m[3].replace(/[^A-Za-z]/g, '').toUpperCase() ===
      m[1]!
        .split(/[\s/-]+/)
        .map((w) => w[0])
        .join('')
        .toUpperCase()
  )
    return null;
  // "Official Spokesperson (Shri Syed Akbaruddin): …": a transcript's speaker, an honorific opening the bracket.
  if (m[3] && /\)\s*:\s*$/.test(m[0]) && honorificOpens(m[3])) return null;
  const capitals = /^[A-Z][A-Z'’ .-]+$/.test(m[1]!) && m[1]!.replace(/[^A-Z]/g, '').length >= 3;
  // A Title Case city is a dateline only with a date or an agency after it ("Riyadh, June 10, 2025, SPA --"),
  // or alone before a spaced long dash that a whole sentence follows ("Luanda — The President … left …."):
  // a headline such as "Kenya – Ethiopia Relations" has no sentence after its dash.
  const sentenceAfterDash = /\s[–—]\s*$/.test(m[0]) && /^\p{Lu}.{60,}[.!?"”]$/u.test(paragraph.slice(m[0].length).trim());
  if (!capitals && !(m[2] || agency) && !sentenceAfterDash) return null;
  // ("Astana, 4 June 2024. The …": a Title Case city closed by a full stop after the year is a dateline when it is a
  // capital; "Monday, 4 June 2024." is not.)
  const stopAfterYear = /\d{4}\.\s+$/.test(m[0]) && capitalCities().has(m[1]!.toLowerCase());
  // ("New Delhi/Washington, Jan 8: Prime Minister …": a day and a colon close a Title Case capital's dateline too.)
  const dayAndColon = m[2] !== undefined && /:\s*$/.test(m[0]) && capitalCities().has(m[1]!.toLowerCase());
  if (!capitals && !/[-–—]/.test(m[0]) && !m[3] && !stopAfterYear && !dayAndColon) return null;
  const day = m[2] ? monthDayOf(m[2]) : null;
  // "ISTANBUL (Türkiye) – Sunday, 23 July 2023 (APS) – …": a second part with the day and the agency;
  // the first bracket then held the city's country.
  const found = m[2] ? null : DAY_AND_AGENCY.exec(paragraph.slice(m[0].length, m[0].length + 80));
  const foundDay = found ? statedDate(found[1]!) : null;
  const second = found && foundDay ? { length: found[0].length, agency: found[2] ?? agency, date: foundDay.date } : null;
  // "MOSCOW (Pakistan Point News / Sputnik - 14th January, 2019)": the day inside the agency's bracket.
  const inBracket = !second && !day ? AGENCY_THEN_DAY.exec(agency ?? '') : null;
  const bracketDay = inBracket ? statedDate(inBracket[2]!) : null;
  const named = second?.agency ?? (bracketDay ? inBracket![1]! : agency);
  return {
    dateline: {
      city: cityCase(m[1]!.replace(/\.$/, '')),
      agency: named ? titleCase(named.trim()) : null,
      monthDay: second ? `--${second.date.slice(5)}` : bracketDay ? `--${bracketDay.date.slice(5)}` : (day?.monthDay ?? null),
      date: second ? second.date : (bracketDay?.date ?? day?.date ?? null),
    },
    rest: paragraph.slice(m[0].length + (second?.length ?? 0)),
  };
}

// A full date in words, day or month first: "23 July 2023", "June 11, 2021", "Dec. 7th, 2021".
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// A day with its year (commas anywhere between its words), then an agency's short name in braces, brackets or parentheses.
const DAY_TAG = new RegExp(
  String.raw`^(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*${MONTH_WORD}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?)\s*,?\s*\d{4})` +
    String.raw`\s*[{[(]([A-Z]{2,8}|[A-Z][a-z]{2,15})[}\])]\s*(?:[-–—:]\s*)?(?=\p{Lu})`,
  'u',
);
const FULL_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD},?\s+\d{4}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
// A news release's opening line: "June 11, 2021 – Ottawa, Ontario – Global Affairs Canada".
const DAY_CITY_PUBLISHER = new RegExp(
  String.raw`^\s*(${FULL_DATE})\s+[–—-]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s+[–—-]\s+(\p{Lu}[^–—\n]{2,60}?)\s*$`,
  'u',
);
// An agency and its day in one bracket: "Pakistan Point News / Sputnik - 14th January, 2019".
const AGENCY_THEN_DAY = /^(.{2,60}?)\s+[-–—]\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\s*$/u;
// The day and the agency after a dateline's place: "Sunday, 23 July 2023 (APS) – ".
const DAY_AND_AGENCY = new RegExp(
  String.raw`^((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?${FULL_DATE})\s*(?:\(([^)]{2,30})\))?\s*(?:[-–—]+\s*|(?<=\d)\s+(?=\p{Lu}))`,
  'u',
);

/** A first line that reads as a headline: short, no closing full stop, more than one word. */
// An agency's tag before its headline: "(LEAD) …", "(2nd LD) …", "(URGENT) …", "(News Focus) …".
const AGENCY_TAG = /^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|News\s+Focus|Yonhap\s+Interview|UPDATE(?:\s+\d+)?|AMENDED|CORRECTED)\b[^)]{0,30}\)\s+/i;

export function headlineOf(line: string): string | null {
  const t = line.trim().replace(AGENCY_TAG, '');
  if (t.length < 8 || t.length > 250 || /[.:;,]$/.test(t) || !/\s/.test(t)) return null;
  if (!/^[\p{Lu}\p{N}"“«]/u.test(t)) return null;
  // "29 Jan, 09:09", "Monday, March 3 - 14:20": a stamp of day and time, no headline.
  if (STAMP_ONLY.test(t)) return null;
  // "… are seen in front of the Putra Mosque before their meeting on Monday. AFP": a photo's caption and its credit.
  if (CAPTION_CREDIT.test(t)) return null;
  return t;
}

// A line of nothing but a day, a month, a year and a time of day.
const STAMP_TOKEN = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|${MONTH_WORD}|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d{2}(?::\d{2})?|[AaPp]\.?[Mm]\.?|GMT|UTC)`;
const STAMP_ONLY = new RegExp(String.raw`^(?:${STAMP_TOKEN}|[,/|–—-])(?:[\s,/|–—-]+${STAMP_TOKEN})*$`);

// A sentence closed by a photo agency's credit, the way captions end.
const CAPTION_CREDIT =
  /[.!?]\s+(?:Photo:?\s*|\(?)(?:AFP|AP|Reuters|EPA|EPA-EFE|Xinhua|Bernama|Getty\s+Images|Anadolu|AA|IRNA|TASS|Sputnik|WAM|SPA|PTI|ANI|Yonhap|Kyodo|Handout|File)(?:\s*\/\s*[\p{L}. ]{2,30})?\)?$/u;

// The national agencies (data/news-agencies.tsv), longest name first, as one pattern.
const agencyNames = perLexicons((lex) => {
  const names = lex.newsAgencies.map((a) => a.agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(String.raw`,\s+(${names.join('|')})\s+(?:reports|informs)\b`, 'iu');
});

// The national news agencies (data/news-agencies.tsv), by their names in lower case.
const agencies = perLexicons((lex) => new Map(lex.newsAgencies.map((a) => [a.agency.toLowerCase(), a.iso3])));

/** The state of the national agency a name is ("TASR", "Kazinform", "WAM"), whatever its case; else null. */
export const newsAgencyState = (name: string | null): string | null => (name ? (agencies().get(name.trim().toLowerCase()) ?? null) : null);

/** "…, Trend reports via the press service": a national agency naming itself in the lead, in the present tense (a report it cites would be past). */
export function selfReportedAgency(lead: string): string | null {
  return agencyNames().exec(lead.slice(0, 600))?.[1] ?? null;
}
