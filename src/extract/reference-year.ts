// The year a text speaks from, established only by the text itself (never by the clock):
//   1. a stated publication date;
//   2. an anniversary whose base year the text states ("the 30th anniversary of relations established
//      in 1993" ⇒ 2023) or a knowledge table documents (the establishment of diplomatic relations
//      between the two states named, an independence, a liberation: data/diplomatic-relations.tsv,
//      data/historical-dates.tsv); "last year … celebrated 50 years of relations" counts from last year;
//   3. a chain of relative years anchored by a stated one: "last year … the year before … in 2022"
//      ⇒ 2024; "took effect in July 2020, five years ago" ⇒ 2025; "in January this year … A year earlier in January
//      2022" ⇒ 2023; and a month named as the last one under a dateline of no year: "held last April 2023" under
//      "Accra, July 7" ⇒ 2023;
//   4. the encounter the lead reports, with its full date: "received a call on Sunday 16/3/2025" ⇒ 2025;
//   5. a weekday the text names with a day and month ("on Tuesday, March 18") that falls on that day in one
//      year only among the years of the text's full dates of the same weeks ("… to conclude on Thursday, March 20,
//      2025") or months of the same season ("the state visit in June 2019", "Thursday 26 September") ⇒ 2025, 2019;
//   6. a day written without its year that the text also writes with one: "on September 15 issued …"
//      and "talks held on September 15, 2014" ⇒ 2014 (also a day of a range: "from May 26 to 31" and "May 27, 2019",
//      "December 3-4, 2024" and "December 4");
//   7. a part-year figure reported as current: "in the first half of 2018 trade already reached …" ⇒ 2018 (not beside a
//      later year the text tells as past).
// The year of the latest full-year figure a text reports does not establish the year it was written.
// Each clue is a rule with an id; the first that applies wins, in this order.
import { mayMatch, requiredLiterals } from '../lexicon/required-literals.js';
import { perLexicons } from '../lexicon/active.js';
import { alternativesOf, numberOf, numberWords } from '../recognise/number-words.js';
import { MONTH_NAMES } from '../clean/fields.js';
import { WEEKDAYS, type DateMention } from '../recognise/dates.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { eventCues } from './event-cues.js';
import { formatDate } from './resolve-date.js';

export interface ReferenceYear {
  readonly year: number;
  readonly reason: string;
  /** The day the text speaks from, when the clue is the lead's dated encounter: months after it in a past clause are the year before. */
  readonly day?: string;
}

// (… also with the occasion between: "Samoa's 60th independence anniversary", "the 75th founding anniversary".)
const OCCASION = String.raw`(?:(?:independence|national|founding|liberation|victory|day|diplomatic|friendship|relations?)\s+){0,3}`;
const ORDINAL = new RegExp(String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s*${OCCASION}anniversary\b`, 'i');
/** "thirtieth anniversary", "ten years ago": numbers in words (data/number-words.tsv). */
const wordPatterns = perLexicons(() => ({
  ordinal: new RegExp(`\\b(${alternativesOf(numberWords().ordinals)})\\s+${OCCASION}anniversary\\b`, 'i'),
  yearsAgo: new RegExp(`\\b(?:(\\d{1,2})|(${alternativesOf(numberWords().cardinals)}))\\s+years\\s+ago\\b`, 'i'),
  // "twenty years of diplomatic relations": the count in words.
  yearsOf: new RegExp(
    `(?<!\\b(?:than|over|nearly|almost|about|around|some|roughly|approximately)\\s)\\b(${alternativesOf(numberWords().cardinals)})\\s+years\\s+(?:of|since)\\b`,
    'i',
  ),
}));
// "50 years of diplomatic relations", "30 years since": a count, not "more than 50 years".
const YEARS_OF = /(?<!\b(?:than|over|nearly|almost|about|around|some|roughly|approximately)\s)\b(\d{1,3})\s+years\s+(?:of|since)\b/i;
// (… or the count up to now of a first: "the first time … in the 33 years since we established formal diplomatic relations".)
const CELEBRATED =
  /\b(?:this|the current)\s+year\b|\bmark(?:s|ed)?\b|\bmarking\b|\bcelebrat|\bcommemorat|\bjubilee\b|\bfirst\b[^.;]{0,120}\bin\s+the\s+\d{1,3}\s+years\s+since\b/i;
// The base year stated right after the words that found it: "established in 1993", "signed on 7 January 1993", "the
// Strategic Partnership first declared in 2000".
const FOUNDED_IN =
  /\b(?:established|re-established|establishment|restored|signed|since|founded|began|begun|set up|launched|adopted|formalised|formalized|(?:first|was|were|jointly)\s+declared)\b[^.;]{0,30}$/i;
const RELATIONS = /\b(?:diplomatic\s+(?:relations|ties)|relations|relationship|ties)\b/i;
const TIES_ENDED = /\b(?:ended|broke(?:\s+off)?|severed|cut)\s+(?:(?:its|their|diplomatic|formal)\s+)*(?:ties|relations)\s+with\s+$/i;
// Another count after the one being read: "… and 15 years since …", "… and the 20th anniversary of …".
const NEXT_COUNT = /\b\d{1,3}(?:st|nd|rd|th)?\s+(?:years?\b|anniversary\b)/i;
const MEMBERSHIP = /\b(?:joined|joining|join|accession\s+to|accessions?|membership\s+(?:of|in)|entry\s+into|admitted\s+to)\s+(?:the\s+)?$/i;
/** The title and the lead: the first sentences of a readout. */
const LEAD_SENTENCES = 4;
// A sentence that recalls another time than the text's own: "recalled his visit to Islamabad on 6 May 2019".
// (… also "Abiy was last in Kenya on December 9, 2020": the visitor's stay before the one reported.)
const RECALLS =
  /\b(?:anniversary|recall\w*|remember\w*|previous|previously|earlier\s+visit|last\s+visit|first\s+visit|former|ago|(?:was|were)\s+last\s+(?:in|at))\b/i;
const FUTURE = /\b(?:will|shall|target|aim|plan|intend|goal|raise|bring)\b|\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b/i;
// A part of a year reported as it stands: "in the first half of 2018", "January–April 2024", "year-to-date".
const PART_YEAR =
  /\b(?:(?:first|second|third)\s+(?:half|quarter)|first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|(?:January|Jan\.?)\s*(?:[-–—]|\s(?:through|to|till|until)\s)\s*(?:February|March|April|May|June|July|August|September|October|November|(?:Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov)\b\.?)|year[-\s]to[-\s]date)\b[^.;]{0,12}?\b(?:of\s+)?(20\d\d)\b|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(20\d\d)\b/i;
const PERCENT = /\d(?:[.,]\d+)?\s*(?:%|per\s?cent\b)/i;
const MONTH = MONTH_NAMES.join('|');
const SAID_IN_PAST = new RegExp(
  String.raw`\b(?:said|stated|noted|announced|reported|told)\s+(?:\w+\s+)?(?:last|in)\s+(?:${MONTH}|year|month)\b|\blast\s+(?:${MONTH})\b[^.;]{0,30}\b(?:said|stated|noted|announced|reported)\b`,
  'i',
);
const TRADE_CUE = /\b(?:trade|turnover|export(?:s|ed|ing)?|import(?:s|ed|ing)?|volume)\b/i;

/** Base years from the knowledge tables, built from the lexicons in use. */
const bases = perLexicons((lex) => ({
  /** Diplomatic relations by unordered pair. */
  relationsSince: new Map(lex.diplomaticRelations.map((r) => [[r.a, r.b].sort().join('-'), Number(r.established.slice(0, 4))] as const)),
  /** Relations broken and restored, by unordered pair: the note's "severed 1967, restored 1991-10-18". */
  relationsRestored: new Map(
    lex.diplomaticRelations.flatMap((r) => {
      const gap = /\b(?:severed|broken|suspended|cut)\s+(\d{4})\b[^;]*?\brestored\s+(\d{4})\b/i.exec(r.note ?? '');
      return gap ? [[[r.a, r.b].sort().join('-'), { severed: Number(gap[1]), restored: Number(gap[2]) }] as const] : [];
    }),
  ),
  /** Other base dates (independences, liberations, foundings), each recognised by its pattern. */
  historical: lex.historicalDates.map((r) => ({
    event: r.event,
    pattern: new RegExp(r.match, 'i'),
    literals: requiredLiterals(r.match),
    year: Number(r.date.slice(0, 4)),
  })),
}));

// "the golden jubilee of diplomatic relations": the years a jubilee counts.
// (… and "the bicentennial of", "the centenary of": a hundred years and two hundred.)
const JUBILEE =
  /\b(?:(silver|ruby|golden|diamond|platinum)\s+jubilee|(sesquicentenn(?:ial|ary)|bicentenn(?:ial|ary)|bicentenary|tercentenary|centenn(?:ial|ary)|centenary))\b/i;
const JUBILEE_YEARS: Readonly<Record<string, number>> = { silver: 25, ruby: 40, golden: 50, diamond: 60, platinum: 70 };
const yearsOfCentenary = (word: string): number => (/^sesqui/i.test(word) ? 150 : /^bi/i.test(word) ? 200 : /^ter/i.test(word) ? 300 : 100);

function anniversaryNumber(text: string): { n: number; at: number } | null {
  const m = ORDINAL.exec(text);
  if (m) return { n: Number(m[1]), at: m.index };
  const j = JUBILEE.exec(text);
  if (j) return { n: j[1] ? JUBILEE_YEARS[j[1].toLowerCase()]! : yearsOfCentenary(j[2]!), at: j.index };
  // The ordinal in words is looked for only where the word it needs stands.
  const w = /anniversary/i.test(text) ? wordPatterns().ordinal.exec(text) : null;
  if (w) return { n: numberOf(w[1]!)!, at: w.index };
  // "since the two countries forged diplomatic ties 48 years ago": the count of years since the relations began.
  const ago = /\b(?:established|forged|set\s+up|opened|began)\s+(?:their\s+|formal\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+/i.exec(text);
  if (ago) {
    // (… also with the partner named between: "established diplomatic relations with China five years ago".)
    const partner = /^(?:with\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}|between\s+(?:the\s+two|both)\s+(?:countries|nations|states)\s+)/u.exec(
      text.slice(ago.index + ago[0].length),
    );
    const from = ago.index + ago[0].length + (partner?.[0].length ?? 0);
    const count = wordPatterns().yearsAgo.exec(text.slice(from, from + 30));
    const n = count ? (count[1] ? Number(count[1]) : numberOf(count[2]!)) : null;
    if (count && count.index === 0 && n) return { n, at: ago.index };
  }
  const y = YEARS_OF.exec(text);
  if (y && CELEBRATED.test(text)) return { n: Number(y[1]), at: y.index };
  const yw = /years\s+(?:of|since)/i.test(text) ? wordPatterns().yearsOf.exec(text) : null;
  if (yw && CELEBRATED.test(text) && numberOf(yw[1]!) !== null) return { n: numberOf(yw[1]!)!, at: yw.index };
  return null;
}

/**
 * The year the anniversary's own phrase founds: "the 25th anniversary of the re-establishment of diplomatic relations
 * between the two countries on October 30, 1997, after they were severed in 1975, … established in 1970" counts from
 * 1997, not from the earliest year the sentence names.
 */
function ownBase(s: RecognisedSentence, at: number): number | null {
  for (const d of s.dates) {
    if (d.start <= at || d.from.year === null || d.kind === 'relative-year') continue;
    const between = s.text.slice(at, d.start);
    // (Nor past another count: "… the restoration of Estonia's independence and the 100th anniversary of the Treaty of 1920".)
    if (between.length > 140 || /[.;,]/.test(between) || NEXT_COUNT.test(between.slice(4))) return null;
    if (OWN_FOUNDING.test(between)) return d.from.year;
  }
  return null;
}
const OWN_FOUNDING = /\banniversary\s+of\s+(?:the\s+)?(?:re-?)?(?:establishment|restoration|founding|signing)\b/i;

/** Years the text writes after a founding word: the base of an anniversary. */
function foundingYears(s: RecognisedSentence): number[] {
  return s.dates
    .filter((d) => d.from.year !== null && d.kind !== 'relative-year' && FOUNDED_IN.test(s.text.slice(Math.max(0, d.start - 45), d.start)))
    .map((d) => d.from.year!);
}

/** "1st", "2nd", "63rd", "11th": a count as the reason writes it. */
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

// The anniversary of a document's signing: "the 63rd anniversary of the signing of the treaty".
const SIGNING_COUNTED =
  /\banniversary\s+of\s+(?:the\s+)?signing\s+of\s+(?:the\s+|their\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}?(treaty|agreement|accord|declaration|memorandum|protocol|charter|convention|pact)\b/iu;

/** Years a sentence gives a signing: "On August 18, 1961, Ghana and China signed a friendship treaty". */
function signingYears(s: RecognisedSentence): number[] {
  return s.dates
    .filter(
      (d) =>
        d.from.year !== null &&
        d.kind !== 'relative-year' &&
        (/\bsigned\b[^.;]{0,30}$/i.test(s.text.slice(Math.max(0, d.start - 45), d.start)) || /^[^.;]{0,60}?\bsigned\b/i.test(s.text.slice(d.end, d.end + 70))),
    )
    .map((d) => d.from.year!);
}

/** How far the celebration lies from the year of writing, for the reason given. */
const celebratedWhen = (offset: number): string =>
  offset < 0 ? `, celebrated ${-offset} year(s) before` : offset > 0 ? `, to be celebrated ${offset} year(s) after` : '';

/** "Last year, A and B celebrated 50 years": the anniversary fell in a year relative to the text's. */
// (Not a year that qualifies a noun, "After hitting last year's target, …": no time of the celebration.)
function celebratedOffset(s: RecognisedSentence, at: number): { offset: number; stated: boolean } {
  // (The year that governs the celebration stands before it, near: "Next year, A and B will celebrate the 55th …", not a
  // forecast after it, "… said trade should double next year".)
  // (… or right after the anniversary's own phrase: "to celebrate the 55th anniversary of diplomatic ties next year".)
  const d =
    s.dates.find(
      (x) =>
        x.kind === 'relative-year' &&
        x.end <= at &&
        at - x.end <= 120 &&
        !/['’]s$/.test(x.text) &&
        !/^['’]s\b/.test(s.text.slice(x.end, x.end + 3)) &&
        // (Not a year another clause's figure or speaker owns: "trade reached $1.6 billion last year, the minister said at a
        // reception marking the 47th anniversary".)
        !/\b(?:said|says|told|added|noted|stated)\b|\d/.test(s.text.slice(x.end, at)),
    ) ??
    s.dates.find(
      (x) =>
        x.kind === 'relative-year' &&
        x.start > at &&
        x.start - at <= 80 &&
        /^[^.;,]*\banniversary\s+of\s+[^.;,]*$/i.test(s.text.slice(at, x.start)) &&
        !/\b(?:trade|turnover|should|could|will|would|double|reach|target)\b/i.test(s.text.slice(at, x.start)),
    );
  return { offset: d?.offset ?? 0, stated: d !== undefined || /\b(?:this|the\s+current)\s+year\b/i.test(s.text) };
}

// A celebration still to come: "prepare to celebrate", "will mark", "ahead of", "the upcoming".
const AHEAD_OF_IT =
  /\b(?:prepar(?:e|es|ing)\s+(?:to|for)|will|shall|going\s+to|set\s+to|ahead\s+of|upcoming|forthcoming|approaching|(?:run-up|eve)\s+(?:to|of))\b[^.;]{0,40}$/i;

/** A celebration told as still ahead, in a calendar year the sentence writes after the anniversary's words. */
function celebrationAhead(s: RecognisedSentence, at: number): boolean {
  if (!AHEAD_OF_IT.test(s.text.slice(Math.max(0, at - 60), at))) return false;
  // (The year of the celebration, "in 2021": not the founding's, "the relations they established on 22 December 1993".)
  const founded = new Set(foundingYears(s));
  return s.dates.some(
    (d) =>
      d.kind === 'year' &&
      d.from.year !== null &&
      !founded.has(d.from.year) &&
      d.start > at &&
      d.start - at <= 100 &&
      /\bin\s+(?:the\s+year\s+)?$/i.test(s.text.slice(Math.max(0, d.start - 16), d.start)),
  );
}

// "32nd anniversary of the establishment of diplomatic relations", "30 years of diplomatic ties": the count, then the relations.
const COUNT_OF_RELATIONS =
  /^\S+\s+(?:anniversary|years)\s+(?:of|since)\s+(?:the\s+)?(?:(?:re-?)?establishment\s+of\s+|establishing\s+)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)\b/i;

/** The base year a knowledge table gives for what the sentence celebrates, with the reason. */
function documentedBase(s: RecognisedSentence, focus: readonly string[], at: number, n: number): { year: number; what: string } | null {
  // The states whose relations the anniversary counts are named with it: "50 years of Kazakh-Chinese
  // relations", "the 30th anniversary of diplomatic relations between Kazakhstan and China", not
  // anywhere in a long sentence ("… 50 years of ASEAN–Australia relations", with Vietnam named elsewhere).
  const window = s.text.slice(Math.max(0, at - 60), at + 110);
  if (RELATIONS.test(window)) {
    // (Not a state whose ties were ended for the new ones: "ended ties with Taiwan and established diplomatic relations
    // with China five years ago".)
    const near = s.countries.filter(
      (c) =>
        c.start >= at - 60 && c.end <= at + 110 && c.kind !== 'city' && c.kind !== 'seat' && !TIES_ENDED.test(s.text.slice(Math.max(0, c.start - 40), c.start)),
    );
    // (… or the two as the subject of the celebrating verb: "Ireland and the Federal Democratic Republic of Ethiopia are
    // celebrating twenty years of diplomatic relations".)
    const from = Math.max(0, at - 40);
    const celebrating = /\b(?:are|is)\s+(?:celebrating|marking|commemorating)\s+$/i.exec(s.text.slice(from, at));
    const verbAt = celebrating ? from + celebrating.index : -1;
    const subjects = s.countries.filter((c) => c.end <= verbAt && c.kind !== 'city' && c.kind !== 'seat');
    const named = [...new Set([...near, ...(new Set(subjects.map((c) => c.iso3)).size === 2 ? subjects : [])].map((c) => c.iso3))];
    const pair =
      named.length === 2
        ? named
        : named.length === 0 &&
            // (… or no state at all beside the count, in a text about two: "coinciding with the 55th anniversary of
            // diplomatic relations", in a report of a Canada–China forum.)
            (/\b(?:two|both|our)\s+(?:countries|states|nations|(?:state\s+)?leaders|sides|peoples|governments)\b/i.test(
              s.text.slice(Math.max(0, at - 120), at + 110),
            ) ||
              !s.countries.some((c) => c.kind !== 'city' && c.kind !== 'seat') ||
              // (… or only the text's two states in the sentence, farther from the count: "the Uzbekistan President …
              // congratulated him on the 32nd anniversary of diplomatic relations and the 5th anniversary of the special
              // strategic partnership between Uzbekistan and Korea".)
              // (A count told as a bound or still ahead is none: "more than 50 years of", "towards the 30th anniversary".)
              // (Only a count of diplomatic relations by those words, not of a group's: "to celebrate 50 years of ASEAN -
              // Australia relations".)
              (focus.length >= 2 &&
                COUNT_OF_RELATIONS.test(s.text.slice(at, at + 90)) &&
                !/\b(?:more\s+than|over|nearly|almost|towards?|ahead\s+of|approaching|run-up\s+to)\s+(?:the\s+)?$/i.test(
                  s.text.slice(Math.max(0, at - 30), at),
                ) &&
                s.countries.every((c) => c.kind === 'city' || c.kind === 'seat' || focus.slice(0, 2).includes(c.iso3))))
          ? focus.slice(0, 2)
          : [];
    const key = [...pair].sort().join('-');
    const established = pair.length === 2 ? bases().relationsSince.get(key) : undefined;
    // (Relations broken and restored: a count that would fall while they were broken counts from their restoration,
    // "30 years of diplomatic relations" between Israel and Russia from 1991, not from 1948.)
    const gap = bases().relationsRestored.get(key);
    const since = established !== undefined && gap && established + n >= gap.severed && established + n < gap.restored ? gap.restored : established;
    if (since) return { year: since, what: `diplomatic relations between ${[...pair].sort().join(' and ')} (${since})` };
  }
  // What the count counts stands with it: the text up to the next count ("30 years since the fall of
  // communism and 15 years since the country joined NATO" counts no years of NATO's founding), and
  // not a membership ("joined NATO", "accession to the EU").
  const next = NEXT_COUNT.exec(s.text.slice(at + 4, at + 110));
  // ("the 30th Independence anniversary of Kazakhstan" is read as the tables name it, "independence of Kazakhstan".)
  const counted = s.text
    .slice(Math.max(0, at - 60), next ? at + 4 + next.index : at + 110)
    .replace(/\b(independence|liberation)(\s+day)?\s+anniversary\s+of\b/gi, '$1$2 of');
  let best: { year: number; what: string; length: number } | null = null;
  const lower = counted.toLowerCase();
  for (const h of bases().historical) {
    const m = mayMatch(lower, h.literals) ? h.pattern.exec(counted) : null;
    if (!m || MEMBERSHIP.test(counted.slice(Math.max(0, m.index - 25), m.index))) continue;
    if (!best || m[0].length > best.length) best = { year: h.year, what: `${h.event} (${h.year})`, length: m[0].length };
  }
  return best;
}

/** The sentences of each paragraph, in order: gathered once, so no rule reads every sentence per paragraph. */
function byParagraph(sentences: readonly RecognisedSentence[]): Map<number, RecognisedSentence[]> {
  const paragraphs = new Map<number, RecognisedSentence[]>();
  for (const s of sentences) {
    const list = paragraphs.get(s.paragraph);
    if (list) list.push(s);
    else paragraphs.set(s.paragraph, [s]);
  }
  return paragraphs;
}

/** Rule anniversary: an anniversary number and its base year, stated in the text or documented. */
function byAnniversary(
  sentences: readonly RecognisedSentence[],
  paragraphs: ReadonlyMap<number, readonly RecognisedSentence[]>,
  focus: readonly string[],
): ReferenceYear | null {
  // The first anniversary read, unless a later one says when it is celebrated ("Next year, A and B will celebrate the
  // 55th anniversary" after "before the two countries celebrate the 55th anniversary").
  let first: ReferenceYear | null = null;
  for (const s of sentences) {
    const found = anniversaryNumber(s.text);
    if (found === null) continue;
    const { n, at } = found;
    const stated = foundingYears(s);
    const paragraph = stated.length
      ? stated
      : paragraphs
          .get(s.paragraph)!
          .filter((o) => o !== s)
          .flatMap(foundingYears);
    // "… the 40th anniversary of diplomatic relations …" then, in the next paragraph, "since the two sides
    // established diplomatic ties in 1983": the founding of the relations it counts, a sentence or two away.
    // … or anywhere in the text, when it states one such founding only ("The bilateral relationship that began on
    // August 21, 1873, …" five sentences after "the 150th anniversary of diplomatic relations").
    const relations = !paragraph.length && RELATIONS.test(s.text.slice(at, at + 80));
    const close = relations ? sentences.filter((o) => o !== s && Math.abs(o.index - s.index) <= 2 && RELATIONS.test(o.text)).flatMap(foundingYears) : [];
    // (Not the relations of a state the text is not about: "Chile established ties with China in 1970".)
    const ofThePair = (o: RecognisedSentence): boolean =>
      o.countries.every((c) => c.kind === 'city' || c.kind === 'seat' || focus.slice(0, 2).includes(c.iso3));
    const anywhere =
      relations && !close.length ? [...new Set(sentences.filter((o) => o !== s && RELATIONS.test(o.text) && ofThePair(o)).flatMap(foundingYears))] : [];
    // "the 63rd anniversary of the signing of the treaty of friendship", then "On August 18, 1961, Ghana and China signed a
    // friendship treaty": the year a sentence close by gives the signing.
    // (The document the sentence close by signs is the one counted: its kind word, "treaty", in both.)
    const counted = SIGNING_COUNTED.exec(s.text.slice(at, at + 120));
    const signing =
      !paragraph.length && !close.length && counted
        ? [
            ...new Set(
              sentences.filter((o) => o !== s && Math.abs(o.index - s.index) <= 2 && new RegExp(`\\b${counted[1]}\\b`, 'i').test(o.text)).flatMap(signingYears),
            ),
          ]
        : [];
    const nearby = paragraph.length ? paragraph : close.length ? close : anywhere.length === 1 ? anywhere : signing.length === 1 ? signing : [];
    const { offset, stated: yearStated } = celebratedOffset(s, at);
    // "as the two sides prepare to celebrate the 50th anniversary of their ties in 2021": a celebration still ahead, in a
    // year the sentence writes, says only that the text is of that year or before.
    if (offset === 0 && !yearStated && celebrationAhead(s, at)) continue;
    let read: ReferenceYear | null = null;
    const own = ownBase(s, at);
    if (own !== null || nearby.length) {
      const base = own ?? Math.min(...nearby);
      read = { year: base + n - offset, reason: `anniversary: the ${ordinal(n)} anniversary of ${base}${celebratedWhen(offset)}` };
    } else {
      const documented = documentedBase(s, focus, at, n);
      if (documented)
        read = {
          year: documented.year + n - offset,
          reason: `anniversary: ${n} years of ${documented.what}${celebratedWhen(offset)}`,
        };
    }
    if (read && yearStated) return read;
    first ??= read;
  }
  return first;
}

function statedYears(s: RecognisedSentence): number[] {
  return s.dates.filter((d) => d.from.year !== null && d.kind !== 'relative-year').map((d) => d.from.year!);
}

// "A year earlier", "two years before": a count of years back from the time the sentence before told.
const YEARS_EARLIER = /\b(a|one|two|three|four|five|\d)\s+years?\s+(?:earlier|before)\b/i;

/** Rule relative-chain: "the year before" with one stated year in the same paragraph; "in 2020, five years ago". */
function byRelativeChain(sentences: readonly RecognisedSentence[], paragraphs: ReadonlyMap<number, readonly RecognisedSentence[]>): ReferenceYear | null {
  for (const s of sentences) {
    const ago = wordPatterns().yearsAgo.exec(s.text);
    if (!ago) continue;
    const n = ago[1] ? Number(ago[1]) : numberOf(ago[2]!)!;
    // The year stated just before "N years ago" is the year it was.
    const year = s.dates.filter((d) => d.from.year !== null && d.end <= ago.index && ago.index - d.end < 25).at(-1)?.from.year;
    if (year) return { year: year + n, reason: `relative chain: ${year} was "${ago[0]}"` };
  }
  // "… in January this year, … A year earlier in January 2022, …": the year stated a year before "this year".
  for (const s of sentences) {
    // (The word the pattern needs, looked for first: most sentences have none.)
    if (!s.text.includes('year')) continue;
    const earlier = YEARS_EARLIER.exec(s.text);
    if (!earlier) continue;
    const n = /^\d+$/.test(earlier[1]!) ? Number(earlier[1]) : (numberOf(earlier[1]!) ?? 1);
    const year = s.dates.find((d) => d.kind !== 'relative-year' && d.from.year !== null && d.start >= earlier.index && d.start - earlier.index <= 40)?.from
      .year;
    const previous = sentences[s.index - 1];
    // ("this year", "in January this year"; "last year", "in January last year" a year further on.)
    const told = previous?.dates.find(
      (d) => (d.kind === 'relative-year' || d.kind === 'calendar') && d.offset !== null && d.offset <= 0 && d.offset >= -1 && d.from.year === null,
    );
    if (year && told) return { year: year + n - told.offset!, reason: `relative chain: ${year} was "${earlier[0]}" than "${told.text}"` };
  }
  for (const inP of paragraphs.values()) {
    const relative = inP.flatMap((s) => s.dates.filter((d) => d.kind === 'relative-year'));
    const offsets = new Set(relative.map((d) => d.offset));
    if (!offsets.has(-2) || !offsets.has(-1)) continue;
    const stated = [...new Set(inP.flatMap(statedYears))];
    if (stated.length === 1) return { year: stated[0]! + 2, reason: `relative chain: "the year before" last year is ${stated[0]}` };
  }
  return null;
}

// "… over the first seven months of this year compared to the same period in 2023": the year before this one.
const SAME_PERIOD_OF_YEAR =
  /\b(?:compared\s+(?:to|with)|as\s+against|than|over|from)\s+the\s+same\s+(?:period|months?|quarter|half)\s+(?:of|in|last\s+year,?\s+(?:i\.e\.\s+)?)\s*((?:19|20)\d\d)\b/i;

/** Rule same-period: a figure of "this year" compared with the same part of a stated year, the year before. */
function byComparedPeriod(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  for (const s of sentences) {
    // (The word the pattern needs, looked for first: most sentences have none.)
    if (!s.text.includes('same')) continue;
    const compared = SAME_PERIOD_OF_YEAR.exec(s.text);
    const thisYear = compared && s.dates.some((d) => d.kind === 'relative-year' && d.offset === 0 && d.end <= compared.index);
    if (thisYear) return { year: Number(compared[1]) + 1, reason: `same period: "this year" compared with the same period of ${compared[1]}` };
  }
  return null;
}

// "held last April 2023": the latest such month before the text was written, with its year.
const LAST_MONTH_YEAR = new RegExp(String.raw`\blast\s+(${MONTH})\s*,?\s+((?:19|20)\d\d)\b`, 'i');

/**
 * Rule last-month: "the inaugural session held last April 2023" under a dateline of July 7: the last April before July is
 * of the same year, so the text speaks from 2023 (from the year after when the month named is not before the dateline's).
 */
function byLastMonth(sentences: readonly RecognisedSentence[], writtenMonth: number | null): ReferenceYear | null {
  if (writtenMonth === null) return null;
  for (const s of sentences) {
    if (!s.text.includes('ast ')) continue;
    const m = LAST_MONTH_YEAR.exec(s.text);
    if (!m) continue;
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
    const year = Number(m[2]) + (month < writtenMonth ? 0 : 1);
    return { year, reason: `last month: "${m[0]}" is the latest ${m[1]} before the dateline's month` };
  }
  return null;
}

/**
 * Rule lead-date: the lead reports its encounter with a full date of its own (day, month and year),
 * in a sentence that is not about the future: the text speaks from that year.
 */
const TODAY_BEFORE = /\btoday,?\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(?:the\s+)?$/i;

function byLeadDate(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  let read = 0;
  for (const s of sentences) {
    // (Page furniture above the lead is no sentence of it: "Most Widely Read Newspaper", "INDONESIA-PERU-DIPLOMACY".)
    if (s.words.length < 6) continue;
    if (++read > LEAD_SENTENCES) break;
    // "President Ruto will travel to Germany today, Thursday, September 12th, 2024": the day of writing, named as such.
    const today = s.dates.find(
      (x) => x.kind === 'calendar' && x.from.year !== null && x.from.day !== null && TODAY_BEFORE.test(s.text.slice(Math.max(0, x.start - 24), x.start)),
    );
    if (today) return { year: today.from.year!, reason: `lead date: the text's "today" is dated "${today.text}"`, day: formatDate(today.from)! };
    // (Not an encounter the lead recalls: "Rahmon also recalled his visit to Islamabad on 6 May 2019".)
    if (FUTURE.test(s.text) || RECALLS.test(s.text) || !eventCues().all(s.words).length) continue;
    const d = s.dates.find((x) => x.kind === 'calendar' && x.from.year !== null && x.from.month !== null && x.from.day !== null);
    if (d) return { year: d.from.year!, reason: `lead date: the encounter the lead reports is dated "${d.text}"`, day: formatDate(d.from)! };
  }
  return null;
}

// The weekday written with a date: "Tuesday, March 18", "on Tuesday (18 March)", "Tuesday the 18th of March".
const WEEKDAY_OF_DATE = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\W{0,3}(?:the\s+)?$/i;
const WEEKDAY_IN_DATE = /^(?:on\s+)?(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/i;

/** The weekday (0 = Sunday) a sentence names with one of its dates, else null. */
export function namedWeekday(s: RecognisedSentence, d: { start: number; text: string }): number | null {
  const m = WEEKDAY_IN_DATE.exec(d.text) ?? WEEKDAY_OF_DATE.exec(s.text.slice(Math.max(0, d.start - 16), d.start));
  return m ? WEEKDAYS.indexOf(m[1]!.toLowerCase()) : null;
}

/**
 * Rule weekday-calendar: dates the text writes with their weekday but no year ("Tuesday, March 18")
 * fall on those weekdays in one year only among the years of the text's full dates: the text speaks
 * from that year. (The calendar decides, not a guess: each weekday fits about one year in seven.)
 */
function byWeekdayCalendar(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  const full: Array<{ year: number; month: number; day: number; days: number }> = [];
  const named: Array<{ month: number; day: number; weekday: number; text: string }> = [];
  for (const s of sentences) {
    for (const d of s.dates) {
      if (d.kind !== 'calendar' || d.from.month === null || d.offset !== null) continue;
      // (A month of a year counts from its middle, within a season: "the state visit in June 2019", then the
      // consultations on "Thursday 26 September".)
      if (d.from.day === null) {
        if (d.from.year !== null && d.to === null) full.push({ year: d.from.year, month: d.from.month, day: 15, days: 120 });
        continue;
      }
      if (d.from.year !== null) full.push({ year: d.from.year, month: d.from.month, day: d.from.day, days: 45 });
      else {
        const weekday = namedWeekday(s, d);
        if (weekday !== null) named.push({ month: d.from.month, day: d.from.day, weekday, text: d.text });
      }
    }
  }
  if (!named.length || !full.length) return null;
  const fits = (year: number): boolean => named.every((n) => new Date(Date.UTC(year, n.month - 1, n.day)).getUTCDay() === n.weekday);
  // (Only a full date of the same weeks: "a treaty signed on 4 May 2002" dates no "Tuesday, October 8" of the visit.)
  const near = (f: (typeof full)[number]): boolean =>
    named.every((n) => Math.abs(Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, n.month - 1, n.day)) <= f.days * 86_400_000);
  const years = [...new Set(full.filter(near).map((f) => f.year))].filter(fits);
  if (years.length !== 1) return null;
  return { year: years[0]!, reason: `weekday: "${named[0]!.text}" falls on that weekday in ${years[0]}, a year of the text's own dates` };
}

// A full date that names another time than the text's own: "relations established on 15 September 1992".
const OTHER_TIME_BEFORE = /\b(?:since|established|establishment|founded|anniversary|signed\s+in|in\s+force\s+since)\b[^.;]{0,40}$/i;

/** The last day of a range within one month and year (two weeks at most), else the mention's own day. */
function lastDayOfRange(d: DateMention): number {
  const from = d.from.day!;
  return d.to !== null && d.to.month === d.from.month && d.to.day !== null && (d.from.year === null || d.to.year === d.from.year)
    ? Math.min(d.to.day, from + 14)
    : from;
}

/**
 * Rule restated-day: a day the text writes without its year ("on September 15 issued a communiqué", or within a range,
 * "visiting from May 26 to 31") and, elsewhere, with one ("talks on September 15, 2014", "May 27, 2019"): the same day,
 * so the text speaks from that year. Only when every full date of that day and month agrees, and none of them names an anniversary's base.
 */
function byRestatedDay(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  const full = new Map<string, Set<number>>();
  const bare: Array<{ key: string; text: string }> = [];
  for (const s of sentences) {
    for (const d of s.dates) {
      if (d.kind !== 'calendar' || d.from.month === null || d.from.day === null || d.offset !== null) continue;
      // (Also each day of a range in one month: "is visiting China from May 26 to 31" and the caption's "May 27, 2019".)
      const last = lastDayOfRange(d);
      if (d.from.year === null) for (let day = d.from.day; day <= last; day++) bare.push({ key: `${d.from.month}-${day}`, text: d.text });
      // (… nor from a sentence that recalls another time: "He recalled his visit to Islamabad on 6 May 2019".)
      else if (!OTHER_TIME_BEFORE.test(s.text.slice(Math.max(0, d.start - 60), d.start)) && !RECALLS.test(s.text)) {
        // (… each day of a dated range too: "on December 3-4, 2024" and "on December 4".)
        for (let day = d.from.day; day <= last; day++) {
          const years = full.get(`${d.from.month}-${day}`) ?? new Set<number>();
          years.add(d.from.year);
          full.set(`${d.from.month}-${day}`, years);
        }
      }
    }
  }
  for (const b of bare) {
    const years = full.get(b.key);
    if (years?.size === 1) {
      const [year] = years;
      // (The day it restates is one the text speaks from or after: "last September" beside "August 28" is the year before.)
      const [month, day] = b.key.split('-').map(Number);
      return {
        year: year!,
        reason: `restated day: "${b.text}" is written elsewhere with its year ${year}`,
        day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      };
    }
  }
  return null;
}

/** The last month a part of a year covers: "first half" 6, "third quarter" 9, "first nine months" 9, "January–April" 4. */
function lastMonthOf(part: string): number {
  const p = part.toLowerCase();
  const half = /\b(first|second)\s+half\b/.exec(p);
  if (half) return half[1] === 'first' ? 6 : 12;
  const quarter = /\b(first|second|third)\s+quarter\b/.exec(p);
  if (quarter) return { first: 3, second: 6, third: 9 }[quarter[1] as 'first' | 'second' | 'third'];
  const months = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b/.exec(p);
  if (months) return numberOf(months[1]!) ?? Number(months[1]);
  const named = [...p.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/g)].at(-1);
  return named ? MONTH_NAMES.findIndex((month) => month.startsWith(named[1]!)) + 1 : 12;
}

/**
 * Rule part-year-figure: a trade figure for part of a year, reported as it stands, is of the current year
 * ("in the first nine months of 2021", "in the eight months of 2021", "January-August 2021").
 */
// Words that put a sentence's year ahead: "agreed to hold the next summit in Hanoi in 2019".
const AHEAD_WORDS = /\b(?:next|upcoming|forthcoming|agreed\s+to|decided\s+to|to\s+be\s+held|expected|scheduled|planned|would|should)\b/i;

function byPartYearFigure(sentences: readonly RecognisedSentence[], writtenMonth: number | null): ReferenceYear | null {
  // (Not when the text tells a later year as past: "in the first nine months of 2018 …" and "trips to Ankara in June 2022".)
  // (Read only for a part-year figure found: most texts have none.)
  const latestPast = (): number =>
    Math.max(0, ...sentences.filter((s) => s.dates.length && !FUTURE.test(s.text) && !AHEAD_WORDS.test(s.text)).flatMap(statedYears));
  for (const s of sentences) {
    // (A figure in money or a share: "In January-June 2015, exports to Romania represented 22.36% of the total".)
    if ((!s.money.length && !PERCENT.test(s.text)) || !TRADE_CUE.test(s.text) || FUTURE.test(s.text)) continue;
    // ("X said last December that trade grew in the first nine months of 2024": told in a past month, not as it stands.)
    if (SAID_IN_PAST.test(s.text)) continue;
    const m = PART_YEAR.exec(s.text);
    const year = m ? Number(m[1] ?? m[2]) : NaN;
    // (Not beside a later year the sentence reports: "in the ten months of 2022 …, while for the whole of 2023 it reached".)
    const later = s.dates.some(
      (d) =>
        d.from.year !== null &&
        d.from.year > year &&
        !/\b(?:by|until|till|to|before|in\s+the\s+next)\s+(?:the\s+end\s+of\s+)?$/i.test(s.text.slice(Math.max(0, d.start - 20), d.start)),
    );
    // (Nor a part that had not ended by the dateline's month: "New Delhi, Jan 11 — … trade in the first half of 2021" is
    // told in a later year.)
    if (m && writtenMonth !== null && writtenMonth <= lastMonthOf(m[0])) continue;
    if (m && !later && latestPast() <= year) return { year, reason: `part-year figure: "${m[0]}" is reported as it stands` };
  }
  return null;
}

// "in 2017" and "this year" right after a figure: the year the text gives the figure, in the figure's own clause
// ("grown to 106 million dollars, and this year we project …" gives the next figure its year, not this one).
const FIGURE_GAP = String.raw`(?:(?!\b(?:and|but|while|whereas)\b)[^.;]){0,25}?`;
const FIGURE_YEAR = new RegExp(String.raw`^${FIGURE_GAP}\b(?:in|for|by|of)\s+((?:19|20)\d\d)\b`, 'i');
const FIGURE_THIS_YEAR = new RegExp(String.raw`^${FIGURE_GAP}\b(?:this\s+year|the\s+current\s+year)\b`, 'i');

/**
 * Rule restated-figure: one figure given once with its year and once with "this year" ("trade
 * should reach $66 bln in 2017 … we will reach $66 bln this year"): the text speaks from that year.
 */
function byRestatedFigure(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  const figures = sentences.flatMap((s) => s.money.map((m) => ({ m, after: s.text.slice(m.end, m.end + 40) })));
  // The figures given "this year", by currency and value (the first two of each: one may be the figure
  // itself): looked up, not searched for, so a text of many figures is read in one pass.
  const thisYear = new Map<string, Array<(typeof figures)[number]>>();
  const key = (f: (typeof figures)[number]): string => `${f.m.currency} ${f.m.value}`;
  for (const f of figures) {
    if (!FIGURE_THIS_YEAR.test(f.after)) continue;
    const list = thisYear.get(key(f));
    if (!list) thisYear.set(key(f), [f]);
    else if (list.length < 2) list.push(f);
  }
  for (const a of figures) {
    const year = FIGURE_YEAR.exec(a.after)?.[1];
    if (!year) continue;
    const again = thisYear.get(key(a))?.find((b) => b !== a);
    if (again) return { year: Number(year), reason: `restated figure: ${a.m.text} in ${year} is ${again.m.text} "this year"` };
  }
  return null;
}

export function referenceYear(
  published: string | null,
  sentences: readonly RecognisedSentence[],
  focus: readonly string[] = [],
  /** The month of a dateline that gives no year ("New Delhi, Jan 11"). */
  writtenMonth: number | null = null,
): ReferenceYear | null {
  const stated = published ? /^(\d{4})/.exec(published) : null;
  if (stated) return { year: Number(stated[1]), reason: `${published!.length === 7 ? 'publication month' : 'publication date'} ${published}` };
  const paragraphs = byParagraph(sentences);
  return (
    byAnniversary(sentences, paragraphs, focus) ??
    byRestatedFigure(sentences) ??
    byRelativeChain(sentences, paragraphs) ??
    byComparedPeriod(sentences) ??
    byLastMonth(sentences, writtenMonth) ??
    byLeadDate(sentences) ??
    byWeekdayCalendar(sentences) ??
    byRestatedDay(sentences) ??
    byPartYearFigure(sentences, writtenMonth) ??
    byRecentMonths(sentences)
  );
}

// "Over the past six months, … in February 2025 and … in April 2025": months the text counts among the recent ones.
const RECENT_MONTHS = /\b(?:over|in|during|within)\s+the\s+(?:past|last|preceding)\s+(few|two|three|four|five|six|several|\d{1,2})\s+months\b/i;

/**
 * Rule recent-months: the months a sentence dates in full and counts "over the past six months" end at most that many
 * months before the text was written: the text speaks from the latest one's year when those months cannot reach into
 * the next ("February 2025 … April 2025" and six months ⇒ 2025; "November 2024" and six months may be 2025).
 */
function byRecentMonths(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  for (const s of sentences) {
    const span = RECENT_MONTHS.exec(s.text);
    if (!span) continue;
    const months = /^\d+$/.test(span[1]!)
      ? Number(span[1])
      : span[1]!.toLowerCase() === 'few' || span[1]!.toLowerCase() === 'several'
        ? 6
        : (numberOf(span[1]!) ?? 12);
    const dated = s.dates.filter((d) => d.kind === 'calendar' && d.offset === null && d.from.year !== null && d.from.month !== null);
    if (!dated.length) continue;
    const latest = dated.map((d) => d.from.year! * 12 + (d.from.month! - 1)).reduce((a, b) => Math.max(a, b));
    const year = Math.floor(latest / 12);
    if ((latest % 12) + 1 + months <= 12) return { year, reason: `months dated in ${year} told as within the past ${span[1]} months` };
  }
  return null;
}
