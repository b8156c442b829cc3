// Sentences with their offsets in the cleaned text. wink-nlp finds the boundaries within each
// paragraph; paragraphs (lines) are boundaries of their own, so a headline never runs into the lead.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (line) the sentence belongs to. */
  readonly paragraph: number;
}

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/** Token values of a text: the tokenizer alone, as the benchmark's baseline. */
export function tokenize(text: string): string[] {
  return nlp.readDoc(text).tokens().out(its.value) as string[];
}

/**
 * The longest token wink-nlp is given. Its token patterns (abbreviations, ordinals, e-mail addresses)
 * take time that grows with the square of a token's length; no word of any language, nor a usual
 * URL, is longer. A longer run of non-space characters reaches wink cut into pieces of this length.
 */
const MAX_TOKEN = 64;
/**
 * The longest sentence, in characters. The recognisers and extractors read a sentence once per
 * mention in it, so their time grows with the square of its length; published sentences stay far
 * below this (the longest in the evaluation sets has 652 characters). A longer span is cut at the
 * last space before the limit.
 */
export const MAX_SENTENCE = 1_000;

const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');

const WHITESPACE = /\s/;
/** A space to wink-nlp and to the windows below (`\s`), by character code for the ASCII ones. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITESPACE.test(String.fromCharCode(c)));

/** Whether the text holds a run of more than MAX_TOKEN non-space characters: one pass of character codes (a regular expression tried at every position costs five times as much). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) run = 0;
    else if (++run > MAX_TOKEN) return true;
  }
  return false;
}

/** The text as wink-nlp sees it: the same length, with a space every MAX_TOKEN characters of a longer run. */
function tokenizable(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => run.replace(new RegExp(`([^]{${MAX_TOKEN - 1}})[^]`, 'g'), '$1 '));
}

// Characters that end a sentence for wink-nlp; it splits nowhere else (checked over every
// punctuation mark and symbol: "…", ";", ":" and dashes never split).
const FULL_STOP = 46,
  EXCLAMATION = 33,
  QUESTION = 63;
const isStop = (c: number): boolean => c === FULL_STOP || c === EXCLAMATION || c === QUESTION;
// Quotes and brackets that may close a sentence after its stop: «said so."» or «(see below.)».
const CLOSERS = new Set([...'"\'”’»)]'].map((c) => c.charCodeAt(0)));

/**
 * Whether the line [from, to) is one sentence whatever wink-nlp would say: no stop occurs before
 * the run of stops and closers that ends it. Headlines, datelines, captions and the many one-
 * sentence paragraphs of news copy are such lines; they need no tokenizer at all.
 */
function isOneSentence(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && (text.charCodeAt(end - 1) <= 32 || CLOSERS.has(text.charCodeAt(end - 1)))) end--;
  if (end > from && isStop(text.charCodeAt(end - 1))) end--;
  for (let i = from; i < end; i++) if (isStop(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Units (runs of non-space characters) wink-nlp reads after and before a unit holding a stop. Each of
 * its sentence patterns begins at a stop or at an abbreviation (which holds a full stop) and spans at
 * most four tokens (the longest path of the model's automaton), so what decides a stop lies within
 * three tokens after it, and a unit holds at least one token. Nothing before a stop can start a
 * pattern that reaches it unless it is a stop itself, with a window of its own that merges with this
 * one; one unit before is kept as a margin. (Three units after rather than four: the same sentences
 * on the 741 texts checked, 2 % less time, except in two pages of raw HTML tags read as text.)
 */
const UNITS_AFTER = 3,
  UNITS_BEFORE = 1;

/** A stretch of a line wink-nlp reads: every stop in it with its context, at [from, to) of the text. */
interface Window {
  readonly from: number;
  readonly to: number;
}

/**
 * The windows of the line [from, to): each unit holding a stop with its context units,
 * overlapping windows merged. One pass over the line's units, whatever their length.
 */
function windowsOf(text: string, from: number, to: number, out: Window[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const stops: number[] = [];
  for (let i = from; i < to;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let stop = false;
    for (; i < to && !isSpace(text.charCodeAt(i)); i++) stop ||= isStop(text.charCodeAt(i));
    if (stop) stops.push(starts.length);
    starts.push(start);
    ends.push(i);
  }
  let open = -1,
    close = -1;
  for (const u of stops) {
    const first = Math.max(0, u - UNITS_BEFORE),
      last = Math.min(starts.length - 1, u + UNITS_AFTER);
    if (open >= 0 && first <= close + 1) close = last;
    else {
      if (open >= 0) out.push({ from: starts[open]!, to: ends[close]! });
      open = first;
      close = last;
    }
  }
  if (open >= 0) out.push({ from: starts[open]!, to: ends[close]! });
}

/**
 * Sentence spans of the text. A paragraph (line) boundary always ends a sentence. Lines that can only
 * be one sentence are taken whole. In the others wink-nlp decides every boundary, but reads only each
 * stop with its context (wink ends sentences at stops alone, and its patterns are a few tokens long),
 * in one pass over all the windows joined by line breaks; the ends of its sentences inside a window
 * cut the line.
 */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (from: number, to: number): void => {
    const span = trim(text, from, to);
    if (span[0] < span[1]) spans.push(...capped(text, span));
  };
  const windows: Window[] = [];
  const lines: Array<[number, number]> = [];
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (isOneSentence(text, from, to)) push(from, to);
    else {
      lines.push([from, to]);
      windowsOf(text, from, to, windows);
    }
    from = to + 1;
  }
  if (lines.length) {
    const cuts = winkCuts(text, windows);
    let c = 0;
    for (const [from, to] of lines) {
      let start = from;
      while (c < cuts.length && cuts[c]! < to) {
        if (cuts[c]! > start) push(start, cuts[c]!);
        start = Math.max(start, cuts[c++]!);
      }
      push(start, to);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return joinDecimals(text, spans);
}

/** Where wink-nlp ends sentences inside the windows, as ascending offsets in the text. */
function winkCuts(text: string, windows: readonly Window[]): number[] {
  const shadowStarts: number[] = [];
  let shadowLength = 0;
  const parts = windows.map((w) => {
    shadowStarts.push(shadowLength);
    shadowLength += w.to - w.from + 1;
    return text.slice(w.from, w.to);
  });
  const shadow = tokenizable(parts.join('\n'));
  const doc = nlp.readDoc(shadow);
  const values = doc.tokens().out(its.value) as string[];
  // Map token indexes to character offsets by walking the text wink read: it keeps token text verbatim.
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = shadow.indexOf(values[i]!, cursor);
    starts[i] = at >= 0 ? at : cursor;
    cursor = starts[i]! + values[i]!.length;
  }
  const cuts: number[] = [];
  let w = 0;
  for (const [, last] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const end = starts[last]! + values[last]!.length;
    while (w + 1 < windows.length && shadowStarts[w + 1]! <= end) w++;
    const window = windows[w]!;
    const offset = end - shadowStarts[w]!;
    // A sentence that ends where a window ends was cut by the window (or by the line's end, which cuts anyway).
    if (offset > 0 && offset < window.to - window.from) cuts.push(window.from + offset);
  }
  return cuts;
}

/** A span cut into pieces of at most MAX_SENTENCE characters, each ending at a space where there is one. */
function capped(text: string, [start, end]: [number, number]): Array<[number, number]> {
  if (end - start <= MAX_SENTENCE) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE);
    const to = space > from ? space : from + MAX_SENTENCE;
    pieces.push(trim(text, from, to));
    from = to;
    while (from < end && text[from] === ' ') from++;
  }
  if (from < end) pieces.push(trim(text, from, end));
  return pieces;
}

/**
 * "1. Memorandum on …", "ii. MoU on …" as a line of a numbered list: the number, in figures or small roman numerals,
 * opens the item; it is no sentence of its own.
 */
function isListNumber(text: string, prev: readonly [number, number], span: readonly [number, number]): boolean {
  if (prev[1] - prev[0] > 5 || !/^(?:\d{1,2}|[ivx]{1,4})[.)]$/.test(text.slice(prev[0], prev[1])) || !/^[ \t]+$/.test(text.slice(prev[1], span[0])))
    return false;
  const lineStart = text.lastIndexOf('\n', prev[0]) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, prev[0]));
}

/**
 * wink ends a sentence inside "RM5.40" or "AED12.3" (a digit, a full stop and a digit are one number)
 * and inside "Kh.Battulga" (an initial of one to three letters glued to the name it abbreviates).
 */
const TITLE_ABBREVIATION = /(?:^|[^\p{L}])(?:Adv|Hon|Amb|Gen|Lt|Col|Capt|Maj|Brig|Sen|Rep|Gov|Prof|Engr|Eng|Rtd|Atty|Rev|Mgr|Msgr|Fr|Card|Abp)\.$/u;

// A sum: a number with a scale word, or with its thousands grouped (not "… in USD. 2 of them agreed").
const SUM_AHEAD = /^\d[\d.,]*\s?(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|m|b)\b|^\d{1,3}(?:,\d{3})+/i;

/** A currency's code or prefix with a full stop of its own ("KES. 445 billion", "USD. 40 million"): data/currencies.tsv. */
const CURRENCY_PREFIX = perLexicons(
  (lex) =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${lex.currencies
        .filter((c) => c.position === 'before' && /^\p{L}{2,}$/u.test(c.form))
        .map((c) => escapeRegExp(c.form))
        .join('|')})\.$`,
      'iu',
    ),
);

function joinDecimals(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const before = prev ? text.slice(Math.max(0, prev[1] - 5), prev[1]) : '';
    const next = text.slice(span[0], span[0] + 1);
    const glued =
      prev !== undefined &&
      prev[1] === span[0] &&
      ((/\d\.$/.test(before) && /^\d/.test(next)) || (/(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2}\.$/u.test(before) && /^\p{Lu}/u.test(next)));
    // "Minister of Justice Adv. Yvonne Dausab": a title's abbreviation before a name ends no sentence.
    const title = prev !== undefined && TITLE_ABBREVIATION.test(before) && /^[ \t]+$/.test(text.slice(prev[1], span[0])) && /^\p{Lu}/u.test(next);
    // "He arrived Monday (May. 1st) in Ghana", "on Sept. 12": a month's abbreviation before its day ends no sentence.
    const month =
      prev !== undefined &&
      /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/.test(text.slice(Math.max(0, prev[1] - 6), prev[1])) &&
      /^[ \t]+$/.test(text.slice(prev[1], span[0])) &&
      /^\d/.test(next);
    // "a total of KES. 445 billion": a currency's code before its figure ends no sentence.
    const currency =
      prev !== undefined &&
      SUM_AHEAD.test(text.slice(span[0], span[0] + 40)) &&
      /^[ \t]*$/.test(text.slice(prev[1], span[0])) &&
      CURRENCY_PREFIX().test(text.slice(Math.max(0, prev[1] - 12), prev[1]));
    if (glued || title || month || currency || (prev !== undefined && isListNumber(text, prev, span))) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

export function splitSentences(text: string): Sentence[] {
  // Paragraph index of each line start, to number paragraphs as non-empty lines.
  const lineStarts: number[] = [];
  const paragraphOfLine: number[] = [];
  let p = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) p++;
    lineStarts.push(offset);
    paragraphOfLine.push(Math.max(p, 0));
    offset += line.length + 1;
  }
  let line = 0;
  return sentenceSpans(text).map(([start, end], index) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
    return { index, start, end, text: text.slice(start, end), paragraph: paragraphOfLine[line]! };
  });
}
