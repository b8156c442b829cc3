// The year a text speaks from, established only by the text itself (never by the clock):
//   1. a stated publication date;
//   2. an anniversary: "the 30th anniversary of relations established on January 7, 1993" ⇒ 2023;
//   3. a chain of relative years anchored by a stated one: "last year … the year before … in 2022" ⇒ 2024;
//   4. the encounter the lead reports, with its full date: "received a call on Sunday 16/3/2025" ⇒ 2025;
//   5. the latest completed year the text reports figures for: "trade posted in 2018" ⇒ 2019.
// Each clue is a rule with an id; the first that applies wins, in this order.
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { EVENT_CUES } from './event-cues.js';

export interface ReferenceYear {
  readonly year: number;
  readonly reason: string;
}

const ORDINAL = /\b(\d{1,3})(?:st|nd|rd|th)\s*anniversary\b/i;
const WORD_ORDINALS: Record<string, number> = {
  tenth: 10, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, 'thirty-fifth': 35, fortieth: 40,
  'forty-fifth': 45, fiftieth: 50, sixtieth: 60, seventieth: 70, 'seventy-fifth': 75, eightieth: 80, hundredth: 100,
};
const WORD_ORDINAL = new RegExp(`\\b(${Object.keys(WORD_ORDINALS).join('|')})\\s+anniversary\\b`, 'i');
const YEARS_OF = /\b(\d{1,3})\s+years\s+(?:of|since)\b/i;
const ESTABLISHED = /\b(?:established|establishment|signed|since|from|founded|began|begun|set up|launched|adopted|in)\b/i;
const THIS_YEAR = /\b(?:this|the current)\s+year\b|\bmarks?\b|\bcelebrat/i;
/** The title and the lead: the first sentences of a readout. */
const LEAD_SENTENCES = 4;
const TRADE_CUE = /\b(?:trade|turnover|exports?|imports?|volume)\b/i;
const PAST_FIGURE = /\b(?:reached|amounted|totall?ed|posted|stood|was|were|hit|grew|increased|rose|decreased|fell|declined|exceeded|made up|came to)\b/i;
const FUTURE = /\b(?:will|shall|target|aim|plan|intend|goal|raise|bring)\b|\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b/i;

function anniversaryNumber(text: string): number | null {
  const m = ORDINAL.exec(text);
  if (m) return Number(m[1]);
  const w = WORD_ORDINAL.exec(text);
  if (w) return WORD_ORDINALS[w[1]!.toLowerCase()] ?? null;
  const y = YEARS_OF.exec(text);
  if (y && THIS_YEAR.test(text)) return Number(y[1]);
  return null;
}

function statedYears(s: RecognisedSentence): number[] {
  return s.dates.filter((d) => d.from.year !== null && d.kind !== 'relative-year').map((d) => d.from.year!);
}

/** Rule anniversary: an anniversary number and the founding year, in one sentence or one paragraph. */
function byAnniversary(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  for (const s of sentences) {
    const n = anniversaryNumber(s.text);
    if (n === null) continue;
    const sameSentence = ESTABLISHED.test(s.text) ? statedYears(s) : [];
    const paragraph = sentences.filter((o) => o.paragraph === s.paragraph && o !== s && ESTABLISHED.test(o.text)).flatMap(statedYears);
    const founding = sameSentence.length ? sameSentence : paragraph;
    if (founding.length) {
      const year = Math.min(...founding) + n;
      return { year, reason: `anniversary: the ${n}th anniversary of ${Math.min(...founding)}` };
    }
  }
  return null;
}

/** Rule relative-chain: "the year before" with one stated year in the same paragraph. */
function byRelativeChain(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  const paragraphs = new Set(sentences.map((s) => s.paragraph));
  for (const p of paragraphs) {
    const inP = sentences.filter((s) => s.paragraph === p);
    const relative = inP.flatMap((s) => s.dates.filter((d) => d.kind === 'relative-year'));
    const offsets = new Set(relative.map((d) => d.offset));
    if (!offsets.has(-2) || !offsets.has(-1)) continue;
    const stated = [...new Set(inP.flatMap(statedYears))];
    if (stated.length === 1) return { year: stated[0]! + 2, reason: `relative chain: "the year before" last year is ${stated[0]}` };
  }
  return null;
}

/** Rule latest-reported-year: past figures for a stated year put the text in a later year. */
function byLatestReportedYear(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  let latest: number | null = null;
  for (const s of sentences) {
    if (!s.money.length || !TRADE_CUE.test(s.text) || !PAST_FIGURE.test(s.text) || FUTURE.test(s.text)) continue;
    for (const y of statedYears(s)) latest = latest === null ? y : Math.max(latest, y);
  }
  return latest === null ? null : { year: latest + 1, reason: `latest reported year: figures reported for ${latest} as completed` };
}

/**
 * Rule lead-date: the lead reports its encounter with a full date of its own (day, month and year),
 * in a sentence that is not about the future: the text speaks from that year.
 */
function byLeadDate(sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  for (const s of sentences.slice(0, LEAD_SENTENCES)) {
    if (FUTURE.test(s.text) || !EVENT_CUES.all(s.words).length) continue;
    const d = s.dates.find((x) => x.kind === 'calendar' && x.from.year !== null && x.from.month !== null && x.from.day !== null);
    if (d) return { year: d.from.year!, reason: `lead date: the encounter the lead reports is dated "${d.text}"` };
  }
  return null;
}

export function referenceYear(published: string | null, sentences: readonly RecognisedSentence[]): ReferenceYear | null {
  const stated = published ? /^(\d{4})/.exec(published) : null;
  if (stated) return { year: Number(stated[1]), reason: `publication date ${published}` };
  return byAnniversary(sentences) ?? byRelativeChain(sentences) ?? byLeadDate(sentences) ?? byLatestReportedYear(sentences);
}
