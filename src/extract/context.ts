// What the whole document says about itself, computed once and passed to every fact extractor:
// its reference year, the pair of states it is about, and its "home" state (the publisher's).
import { newsAgencyState } from '../clean/fields.js';
import { findCountries, type CountryMention } from '../recognise/countries.js';
import { perLexicons } from '../lexicon/active.js';
import { LONG_MONTH } from '../recognise/dates.js';
import { datelineState, type RecognisedDocument, type RecognisedSentence } from '../recognise/recognise-document.js';
import { words } from '../recognise/words.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { namedWeekday, referenceYear, type ReferenceYear } from './reference-year.js';
import { daysBetween, formatDate, resolveDate, type DateContext, type WeekAnchor } from './resolve-date.js';

export interface DocumentContext extends DateContext {
  readonly reference: ReferenceYear | null;
  /** States the document is about, most prominent first (title and lead weigh more). */
  readonly focus: readonly string[];
  /** Whether the second state of the focus stands clear of the third: a pair the text is about, not one of a list. */
  readonly pairClear: boolean;
  /** States the text names only by a city that seats an international body it names ("Brussels" beside the EU). */
  readonly bodySeats: ReadonlySet<string>;
  /** The state whose portal or agency published the text, when the text shows it. */
  readonly home: string | null;
  /**
   * The state of the national news agency that published the text (data/news-agencies.tsv): its report
   * speaks from that state wherever its dateline is ("New York (TASR) - Foreign Affairs Minister X …").
   */
  readonly agencyState: string | null;
  readonly datelineCountry: string | null;
  readonly datelineCity: string | null;
  /** Where the lead paragraph begins in the cleaned text, and whether a headline stands above it. */
  readonly leadOffset: number;
  readonly titled: boolean;
  /** The dateline gives a day ("Athens, 7 December 2023 –", "MOSCOW, March 21."): the day the text's news happened. */
  readonly datelineDated: boolean;
  /** A period the page prints under its headline ("08.03.2022 - 09.03.2022"). */
  readonly period: { readonly from: string; readonly to: string } | null;
  /** The month of a stamp that gives no day ("date 2023-12"): the month the text was written in. */
  readonly writtenMonth?: string | null;
}

// A seat of government that speaks: "A Downing Street spokesperson said", "the Akorda press service reported".
const SPEAKS = /^['’s]*\s+(?:\w+\s+)?(?:spokes(?:person|man|woman)|press|said|says|announced|reported|statement|source|sources)\b/i;

/** Countries named in a free string (a publisher's name, a dateline city). */
function countriesIn(text: string | null): string[] {
  if (!text) return [];
  return findCountries(words(text)).map((c) => c.iso3);
}

const commodities = perLexicons((lex) => new Set(lex.commodityWords.map((w) => w.toLowerCase())));
/** "the Russian gas missing from Europe": a state's adjective before goods (data/commodity-words.txt) names where they come from. */
export function ofGoods(text: string, c: CountryMention): boolean {
  if (c.kind !== 'adjective') return false;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(c.end, c.end + 30));
  return next !== null && commodities().has(next[1]!.toLowerCase());
}

/**
 * "The EU-Japan summit … the next summit in Brussels": the states a text names only by a city that seats an international
 * body the text also names (data/body-seats.tsv). Such a city is the body's, no state's taking part.
 */
const seatsOfBodies = perLexicons((lex) =>
  lex.bodySeats.map((b) => ({ city: b.city.toLowerCase(), body: new RegExp(String.raw`\b${escapeRegExp(b.body)}\b`) })),
);

function bodySeatsOf(sentences: readonly RecognisedSentence[]): Set<string> {
  // (Sentence by sentence: no copy of a long text joined.)
  const named = seatsOfBodies()
    .filter((b) => sentences.some((s) => b.body.test(s.text)))
    .map((b) => b.city);
  if (!named.length) return new Set();
  const cities = new Set(named);
  const bySeat = new Set<string>();
  const otherwise = new Set<string>();
  for (const s of sentences)
    for (const c of s.countries) (cities.has(c.form.toLowerCase()) && (c.kind === 'city' || c.kind === 'capital') ? bySeat : otherwise).add(c.iso3);
  return new Set([...bySeat].filter((iso3) => !otherwise.has(iso3)));
}

function focusOf(sentences: readonly RecognisedSentence[], titleSentences: number, bodySeats: ReadonlySet<string>): { focus: string[]; pairClear: boolean } {
  const score = new Map<string, number>();
  for (const s of sentences) {
    const weight = s.index < titleSentences ? 4 : s.index < titleSentences + 2 ? 2 : 1;
    // (A state named only as where goods come from, "Serbia will keep buying Russian gas", still ranks, last: it may be the
    // only other state the text names.)
    for (const c of s.countries) if (!bodySeats.has(c.iso3)) score.set(c.iso3, (score.get(c.iso3) ?? 0) + (ofGoods(s.text, c) ? 0 : weight));
    for (const p of s.people) if (p.country) score.set(p.country, (score.get(p.country) ?? 0) + weight);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  return { focus: ranked.map(([iso3]) => iso3), pairClear: ranked.length === 2 || (ranked.length > 2 && ranked[1]![1] > ranked[2]![1]) };
}

/**
 * The dateline's month and day ("--04-23") in the year that puts it within three days before the page's date
 * or ten days after it, else null. (A page cannot report a day after its own date: a page stamped the 6th
 * over "New Delhi, July 10" carries the day its copy was first filed, not the day it was written.)
 */
function datelineDayNear(published: string, monthDay: string): string | null {
  const year = Number(published.slice(0, 4));
  const at = Date.parse(`${published}T00:00:00Z`);
  for (const y of [year, year - 1, year + 1]) {
    const day = `${y}${monthDay.slice(1)}`;
    const t = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isNaN(t) && t - at >= -3 * 86_400_000 && t - at <= 10 * 86_400_000) return day;
  }
  return null;
}

export function documentContext(rec: RecognisedDocument): DocumentContext {
  const { doc, sentences } = rec;
  const titleSentences = doc.title ? sentences.filter((s) => s.paragraph === 0).length : 0;
  const datelineCountry = datelineState(doc);
  // The publishing state: the dateline's, the publisher's, or a seat of government speaking in the
  // lead ("A Downing Street spokesperson said", "the Akorda press service reported").
  const seat = sentences.slice(0, 5).flatMap((s) => s.countries.filter((c) => c.kind === 'seat' && SPEAKS.test(s.text.slice(c.end, c.end + 40))))[0];
  const home = datelineCountry ?? countriesIn(doc.publisher)[0] ?? seat?.iso3 ?? null;
  const published = doc.published && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) ? doc.published : null;
  const bodySeats = bodySeatsOf(sentences);
  const { focus, pairClear } = focusOf(sentences, titleSentences, bodySeats);
  // (A page with no date of its own may quote a dated post: the latest such post's day is the latest it was written on.)
  const post = doc.published || doc.publishedMonth || doc.dateline?.monthDay ? null : postDay(doc.text);
  const reference =
    referenceYear(doc.published ?? doc.publishedMonth, sentences, focus, doc.dateline?.monthDay ? Number(doc.dateline.monthDay.slice(2, 4)) : null) ??
    (post ? { year: Number(post.slice(0, 4)), reason: `embedded post: the page quotes a post dated ${post}` } : null);
  // A dateline's "March 14" with a year the text establishes is the day the text was written.
  const monthDay = doc.dateline?.monthDay;
  // Without a year, the dateline's day still anchors "yesterday" (as a day without a year).
  // (… and over a page's date a few days off it: "BAGHDAD, Apr 23 (NNN) – … yesterday" on a page stamped the 22nd, a
  // copy reposted in another time zone or on another day, is written on the 23rd.)
  const anchor =
    (published && monthDay ? datelineDayNear(published, monthDay) : null) ??
    published ??
    (monthDay ? (reference ? `${reference.year}${monthDay.slice(1)}` : monthDay) : (statedToday(rec, reference?.year ?? null) ?? captionDay(rec) ?? post));
  return {
    published,
    anchor,
    // (… first the weekday a stamp of no year writes with its day: "Thursday, February 21".)
    weekAnchor:
      anchor && !anchor.startsWith('--')
        ? null
        : ((anchor && doc.dateline?.weekday !== undefined ? { day: anchor, weekday: doc.dateline.weekday } : null) ??
          weekAnchorOf(sentences, reference?.year ?? null) ??
          spanAnchorOf(sentences, reference?.year ?? null)),
    reference,
    focus,
    pairClear,
    bodySeats,
    home,
    agencyState: newsAgencyState(doc.publisher),
    datelineCountry,
    datelineCity: doc.dateline?.city ?? null,
    datelineDated: doc.dateline !== null && (doc.dateline.monthDay !== null || doc.dateline.date !== null),
    leadOffset: doc.leadOffset,
    titled: doc.title !== null && doc.text.startsWith(doc.title),
    period: doc.period,
    writtenMonth: doc.published ? null : doc.publishedMonth,
  };
}

/**
 * The first day the text writes with its weekday ("a press conference in Casa de Nariño on Monday, October 3"), in the
 * year the text establishes, else without one: the day its bare weekdays count from when it states no day of writing.
 * (Only when every day it so writes falls within one week of the first: a text of one trip, not of several visits.)
 */
function weekAnchorOf(sentences: readonly RecognisedSentence[], year: number | null): WeekAnchor | null {
  const named: Array<{ day: string; weekday: number }> = [];
  for (const s of sentences)
    for (const d of s.dates) {
      // (Only a day written without its year: "Friday, 12 July 1996" is a day of history, not of the text's week.)
      if (d.kind !== 'calendar' || d.from.month === null || d.from.day === null || d.offset !== null || d.from.year !== null) continue;
      const weekday = namedWeekday(s, d);
      if (weekday === null) continue;
      const monthDay = `-${String(d.from.month).padStart(2, '0')}-${String(d.from.day).padStart(2, '0')}`;
      named.push({ day: year === null ? `-${monthDay}` : `${year}${monthDay}`, weekday });
    }
  const first = named[0];
  if (!first) return null;
  const days = (a: string, b: string): number => Math.abs(Date.parse(`2001${a.slice(-6)}T00:00:00Z`) - Date.parse(`2001${b.slice(-6)}T00:00:00Z`)) / 86_400_000;
  return named.every((n) => days(n.day, first.day) <= 6) ? first : null;
}

/**
 * "The visit began on February 1 and runs through February 7": the first span of a week or less the text states, in the
 * year it establishes, when it writes no day with its weekday: its bare weekdays ("met on Tuesday") are days of that
 * span. (Its first day's weekday is the calendar's; a weekday outside the span is none of its days.)
 */
function spanAnchorOf(sentences: readonly RecognisedSentence[], year: number | null): WeekAnchor | null {
  if (year === null) return null;
  for (const s of sentences) {
    const days = s.dates.filter(
      (d) => d.kind === 'calendar' && d.offset === null && d.from.month !== null && d.from.day !== null && (d.from.year ?? year) === year,
    );
    const first = days[0];
    if (!first) continue;
    const to = first.to?.month != null && first.to.day != null ? first.to : (days[1]?.from ?? null);
    if (!to || to.month === null || to.day === null) continue;
    const start = formatDate({ ...first.from, year })!;
    const last = formatDate({ ...to, year })!;
    const length = daysBetween(start, last);
    if (length > 0 && length <= 6) return { day: start, weekday: new Date(`${start}T12:00:00Z`).getUTCDay(), last };
  }
  return null;
}

// A relative day the text dates itself: "today, Thursday 05 December", "yesterday (4 December 2019)".
const APPOSED = /^\s*(?:,|\()\s*$/;

/**
 * The day the text speaks from when it writes a date beside its own "today" or "yesterday": the date
 * less the relative day's offset, in the date's year or else the text's (without a year, --MM-DD).
 */
function statedToday(rec: RecognisedDocument, year: number | null): string | null {
  for (const s of rec.sentences) {
    for (let i = 0; i + 1 < s.dates.length; i++) {
      // ("yesterday (March 3)", and the day first: "on August 17 yesterday".)
      const dayFirst = s.dates[i]!.kind === 'calendar' && s.dates[i + 1]!.kind === 'relative-day';
      const rel = s.dates[dayFirst ? i + 1 : i]!,
        day = s.dates[dayFirst ? i : i + 1]!;
      if (rel.kind !== 'relative-day' || rel.offset === null || Math.abs(rel.offset) > 1) continue;
      if (day.kind !== 'calendar' || day.from.month === null || day.from.day === null || day.to !== null || day.offset !== null) continue;
      if (
        dayFirst
          ? !/^\s*,?\s*$/.test(s.text.slice(day.end, rel.start))
          : !APPOSED.test(s.text.slice(rel.end, day.start).replace(/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b,?/i, ''))
      )
        continue;
      // (Not a day of history likened to today: "on a day like today, 12 May 1999".)
      if (/\b(?:like|such\s+as|as)\s+$/i.test(s.text.slice(Math.max(0, rel.start - 12), rel.start))) continue;
      const y = day.from.year ?? year;
      // (Date arithmetic in a leap year when the year is unknown: the day is kept without it.)
      const t = Date.UTC(y ?? 2000, day.from.month - 1, day.from.day) - rel.offset * 86_400_000;
      const iso = new Date(t).toISOString().slice(0, 10);
      return y === null ? `-${iso.slice(4)}` : iso;
    }
  }
  return null;
}

// A wire photo's credit closing its caption: "(Xinhua/Pang Xinglei)", "Photo: AFP".
const PHOTO_CREDIT = /\(\p{Lu}[\p{L}]+\s?\/\s?\p{Lu}[^)]{1,40}\)\s*$|\b(?:Photo|PHOTO|Picture|PICTURE)\s*:\s*\S/u;

/**
 * "Chinese Premier Li Keqiang meets with Cameroonian President Paul Biya in Beijing, March 23, 2018. (Xinhua/…)":
 * the full day of a credited photo above the lead, the day of the encounter it shows. With no page date and no
 * dateline it is the day the report counts its weekdays from ("on Friday met"). (Not an archive photo's.)
 */
function captionDay(rec: RecognisedDocument): string | null {
  const { doc, sentences } = rec;
  // (Not over the report of a call: the photo shows an earlier meeting of the two.)
  const lead = sentences.find((s) => s.start >= doc.leadOffset);
  if (lead && /\b(?:phone|telephone|call|video\s+link|videoconference)\b/i.test(lead.text)) return null;
  let lineStart = 0;
  for (const line of doc.text.slice(0, doc.leadOffset).split('\n')) {
    const lineEnd = lineStart + line.length;
    if (PHOTO_CREDIT.test(line) && !/\b(?:file|archive)\b/i.test(line)) {
      const day = sentences
        .filter((s) => s.start >= lineStart && s.start < lineEnd)
        .flatMap((s) => s.dates)
        .find((d) => d.kind === 'calendar' && d.from.year !== null && d.from.month !== null && d.from.day !== null && d.to === null);
      // (A full day read as the date reader reads it: no context needed.)
      if (day) return resolveDate(day, false, { published: null, reference: null }).date;
    }
    lineStart = lineEnd + 1;
  }
  return datedCaptionDay(rec);
}

// The signature line of a post a page quotes: "— Rishi Sunak (@RishiSunak) January 12, 2024" (its author, handle and day).
const POST_SIGNATURE = new RegExp(String.raw`[—–]\s*[^()\n—–]{1,80}\(@\w{1,30}\)\s+(${LONG_MONTH}\s+\d{1,2},\s+(?:19|20)\d\d)\s*$`, 'gm');

const OLD_POST_BEFORE =
  /\b(?:ago|back\s+in|had\s+(?:written|posted|tweeted|said|shared|pledged)|years?\s+(?:earlier|before)|in\s+(?:19|20)\d\d|last\s+(?:year|month)|archive|file)\b/i;

/** The latest day of the posts a page quotes, as YYYY-MM-DD. */
function postDay(text: string): string | null {
  if (!text.includes('(@')) return null;
  let latest: string | null = null;
  for (const m of text.matchAll(POST_SIGNATURE)) {
    // (Not a post the text tells as an old one: "Five years ago the two had pledged … in a joint post", "Back in 2019 he
    // had written:".)
    if (OLD_POST_BEFORE.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    const t = Date.parse(`${m[1]} UTC`);
    const day = Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
    if (day && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

// A caption that ends with the day of what it shows: "Rama and Erdogan sign one of the agreements, February 20, 2024".
const DATED_CAPTION = new RegExp(String.raw`,\s*(?:${LONG_MONTH}\s+\d{1,2},?\s+|\d{1,2}\s+${LONG_MONTH}\s+)(?:19|20)\d\d\s*$`);

// How far into the page a caption labelled with its day may stand to date it (the head and the lead's paragraphs).
const HEAD_CAPTION_REACH = 1200;
const DATE_FIRST_CAPTION = /^\s*(?:Photo|Picture|Image)\s*:\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\.?\s+\p{Lu}/u;

const CAPTION_VERB =
  /\b(?:sign|signs|meet|meets|hold|holds|shake|shakes|attend|attends|receive|receives|welcome|welcomes|greet|greets|pose|poses|speak|speaks|talk|talks|inspect|inspects|review|reviews|exchange|exchanges|witness|witnesses|lay|lays|address|addresses)\b/i;

/**
 * The day of a caption line, a picture's description that closes with its full date and names who is in it (no
 * sentence: no full stop). With no page date and no dateline, it is the day the report speaks from ("signed today").
 */
function datedCaptionDay(rec: RecognisedDocument): string | null {
  const { doc, sentences } = rec;
  // (Who it shows, by a name the text gives in full elsewhere: "Rama and Erdogan sign …".)
  let names: Set<string> | null = null;
  const namesOf = (): Set<string> =>
    (names ??= new Set(sentences.flatMap((s) => s.people.flatMap((p) => p.parts.filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w))))));
  let lineStart = 0;
  for (const line of doc.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    // (A picture's description, in the present tense, not a line of a timeline: "- Treaty signed by A and B, March 3, 1992".)
    // (… or one whose label gives its day first: "Photo: 10/25/2023. X (R) shakes hands with Y during …".)
    // (Near the top only, and of the encounter the page reports: not "Photo: 10/25/2019. A and B at the 2019 talks" at its end.)
    const dateFirst =
      DATE_FIRST_CAPTION.test(line) &&
      lineStart < HEAD_CAPTION_REACH &&
      !/\b(?:file|archive|at\s+the\s+(?:19|20)\d\d|earlier|previous|first\s+meeting)\b/i.test(line);
    if (line.length <= 300 && (DATED_CAPTION.test(line) || dateFirst) && !/^\s*[-–—•*·]/.test(line) && CAPTION_VERB.test(line)) {
      const inLine = sentences.filter((s) => s.start >= lineStart && s.start < lineEnd);
      const day = dateFirst ? inLine.flatMap((s) => s.dates)[0] : inLine.flatMap((s) => s.dates).at(-1);
      const shows = inLine.some((s) => s.people.length > 0) || line.split(/[^\p{L}'’-]+/u).some((w) => namesOf().has(w));
      if (shows && day && day.kind === 'calendar' && day.from.year !== null && day.from.month !== null && day.from.day !== null && day.to === null)
        return resolveDate(day, false, { published: null, reference: null }).date;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** The two parties of a bilateral fact: the sentence's own states, completed from the focus. */
export function partiesFor(sentenceCountries: readonly string[], ctx: DocumentContext): string[] {
  const own = [...new Set(sentenceCountries)];
  if (own.length >= 2) {
    const pair = ctx.focus.slice(0, 2);
    const inFocus = own.filter((c) => pair.includes(c));
    // A third state named in passing ("goods travelling through Afghanistan") does not replace the pair.
    if (inFocus.length === 1 && pair.length === 2) return [...pair].sort();
    return (inFocus.length === 2 ? inFocus : own.slice(0, 2)).sort();
  }
  const parties = new Set(own);
  for (const c of ctx.focus) {
    if (parties.size >= 2) break;
    parties.add(c);
  }
  return [...parties].sort();
}
