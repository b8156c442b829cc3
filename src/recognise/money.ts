// Money mentions: "$1.4 billion", "1 billion US dollars", "US$ 250 mln", "€30 million", each with
// the qualifier stated before it ("more than", "about", "exceeded"). Lexicons: data/currencies.tsv,
// data/money-scales.tsv, data/qualifiers.tsv; conversion: data/usd-rates.tsv.
import { lexicons, perLexicons } from '../lexicon/active.js';
import { numberWords } from './number-words.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { QualifierT } from '../facts/schema.js';

export interface MoneyMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly currency: string;
  readonly qualifier: QualifierT;
  /** The text's own US-dollar figure for a figure in another currency ("RM367.53 billion (US$83.53 billion)"). */
  readonly usd: number | null;
}

const byLength = (a: string, b: string): number => b.length - a.length;

// Where a number starts: a run of digits (with its separators), or a number in words before a scale.
const DIGIT_RUN = /\d[\d.,]*/g;
const SCALE_WORD = /\b(?:thousand|million|billion|trillion)\b/i;

/**
 * Numbers in words before a scale ("two billion dollars", "half a billion"): the cardinals of
 * data/number-words.tsv, "a" ("a billion") and the halves money is stated in.
 */
/** The cardinals of a ten (twenty … ninety) and of a unit (one … nine), whose compounds name numbers ("twenty-five"). */
const tensAndUnits = perLexicons(() => {
  const cardinals = [...numberWords().cardinals];
  return {
    tens: cardinals.filter(([, v]) => v >= 20 && v <= 90 && v % 10 === 0),
    units: cardinals.filter(([, v]) => v >= 1 && v <= 9),
  };
});

const amountWords = perLexicons((): ReadonlyMap<string, number> => {
  const words = new Map<string, number>([
    ['a', 1],
    ['half a', 0.5],
    ['a half', 0.5],
  ]);
  for (const [word, value] of numberWords().cardinals) {
    words.set(word, value);
    if (value <= 9) words.set(`${word} and a half`, value + 0.5);
  }
  // "twenty-five billion dollars", "forty two million": a ten and a unit (read by the pattern below as one alternative).
  const { tens, units } = tensAndUnits();
  for (const [ten, t] of tens) for (const [unit, u] of units) for (const joint of ['-', ' ']) words.set(`${ten}${joint}${unit}`, t + u);
  return words;
});

/** Digits, or a number in words before a scale. */
const numberPatterns = perLexicons(() => {
  // (The compounds of a ten and a unit as one pattern, not each spelled out: the alternation stays short.)
  const { tens, units } = tensAndUnits();
  const compound = `(?:${tens.map(([w]) => w).join('|')})[-\\s](?:${units.map(([w]) => w).join('|')})`;
  const compounds = new Set(tens.flatMap(([ten]) => units.flatMap(([unit]) => [`${ten}-${unit}`, `${ten} ${unit}`])));
  const words = `${compound}|${[...amountWords().keys()]
    .filter((w) => !compounds.has(w))
    .sort(byLength)
    .join('|')}`;
  return {
    number: String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|(?:${words})(?=\s+(?:hundred\s+)?(?:thousand|million|billion|trillion)\b))`,
    wordStart: new RegExp(`\\b(?:${words})(?=\\s+(?:hundred\\s+)?(?:thousand|million|billion|trillion)\\b)`, 'gi'),
  };
});

// Where a currency symbol may start: not glued to a letter ("A$", "HK$" are other dollars), except after a
// small word a missing space left it on ("and$1.3bn").
const NOT_AFTER_LETTER = String.raw`(?:(?<![A-Za-z])|(?<=\b(?:and|or|of|to|at|by|from|with|about|over)))`;

/** The patterns and tables money is read with, built from the lexicons in use. */
const patterns = perLexicons((lex) => {
  const NUMBER = numberPatterns().number;
  // (A prefix several states share stands for "the local one" until the document says which: see localCurrency.)
  const local = [...new Set(lex.localCurrencies.map((c) => c.form))];
  const currencyOf = new Map([
    ...lex.currencies.map((c) => [c.form.toLowerCase(), c.currency] as const),
    ...local.map((f) => [f.toLowerCase(), `${LOCAL}${f}`] as const),
  ]);
  const localAt = (position: 'before' | 'after'): string[] => [...new Set(lex.localCurrencies.filter((c) => c.position === position).map((c) => c.form))];
  const before = [...lex.currencies.filter((c) => c.position === 'before').map((c) => c.form), ...localAt('before')].sort(byLength);
  const after = [...lex.currencies.filter((c) => c.position === 'after').map((c) => c.form), ...localAt('after')].sort(byLength);
  const afterForms = after.map(escapeRegExp).join('|');
  const scale = new Map(lex.moneyScales.map((s) => [s.form.toLowerCase(), s.factor]));
  const scales = [...scale.keys()].sort(byLength);
  const qualifiers = [...lex.qualifiers].sort((a, b) => byLength(a.form, b.form));
  // ("US$20-billion mark": a hyphen may join the scale.)
  const scaleRe = String.raw`(?:(?:\s|-)?(${scales.map(escapeRegExp).join('|')})\.?(?![\p{L}]))?`;
  return {
    currencyOf,
    scale,
    qualifiers,
    qualifierBefore: new RegExp(
      `\\b(${qualifiers.map((q) => escapeRegExp(q.form)).join('|')})\\s*(?:the\\s+)?(?:a\\s+)?(?:level\\s+of\\s+|mark\\s+of\\s+|total\\s+of\\s+)?$`,
      'i',
    ),
    // "A$26.9 billion" and "HK$" are other dollars: a "$" glued to letters is not the US dollar.
    // ("and$1.338bn": a symbol glued to a small word is still a symbol; "US$. 340 million": a stray dot after it.)
    symbolFirst: new RegExp(`${NOT_AFTER_LETTER}(${before.map(escapeRegExp).join('|')})\\.?\\s?${NUMBER}${scaleRe}`, 'yiu'),
    // … also with the currency in brackets: "1.75 bln (euros)".
    // (… and with the country before the scale: "15.6 U.S. billion dollars".)
    wordAfter: new RegExp(
      `(?<![\\p{L}$€£])${NUMBER}(?:\\s(?:U\\.S\\.|US)(?=\\s\\p{L}+\\s+dollars?\\b))?${scaleRe}\\s?(?:\\(\\s*(?=(?:${afterForms})\\s*\\)))?(${afterForms})(?![\\p{L}])(?:(?<=\\(\\s*\\S+)\\s*\\))?`,
      'yiu',
    ),
    // A figure that goes on in the currency of the one before it: "exports of $268 million and imports of 134 million".
    bareFigure: new RegExp(
      `(?<![\\p{L}$€£\\d.,])${NUMBER}\\s?(${scales
        .filter((x) => x.length > 2)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}])`,
      'yiu',
    ),
    longestSymbol: Math.max(...before.map((f) => f.length)),
    // The symbol right before a number ("US$ 250", "€30"): read backwards from the number's start.
    symbolBefore: new RegExp(`${NOT_AFTER_LETTER}(?:${before.map(escapeRegExp).join('|')})\\.?\\s?$`, 'iu'),
    // "280 million people", "5 million tonnes", "30 thousand new jobs": counts, not money (data/counted-units.txt).
    // (One describing word may stand before the unit, but no preposition: "5 million for residents" is money; nor is a unit
    // that names what a sum is for, "a 100 million youth jobs fund".)
    counted: new RegExp(
      `^\\s*(?:(?!(?:to|for|of|in|from|by|with|per|and|or|at|on)\\s)[a-z]+\\s+)?(?:${lex.countedUnits.map(escapeRegExp).join('|')})\\b(?!\\s+(?:fund|programme|program|scheme|initiative|project|facility|package)\\b)`,
      'i',
    ),
  };
});

/** The one reading currencies.tsv gives each form, by its lower-case form. */
const fixedCurrencies = perLexicons((lex) => new Map(lex.currencies.map((c) => [c.form.toLowerCase(), c.currency] as const)));

/** The currency of a figure written with a prefix several states share ("Sh"), until the document resolves it. */
export const LOCAL = 'local:';

/**
 * The currency a shared prefix stands for in a text that names states `named` times each (data/local-currencies.tsv):
 * the currency of the claimant the text is about, named at least twice as often as any other ("Kenyan exports …
 * behind Uganda" in a Kenyan paper); null when it names none, or none that much more.
 */
export function localCurrency(form: string, named: ReadonlyMap<string, number>, reporting: string | null = null): string | null {
  const claimants = lexicons()
    .localCurrencies.filter((c) => c.form.toLowerCase() === form.toLowerCase() && named.has(c.iso3))
    .sort((a, b) => named.get(b.iso3)! - named.get(a.iso3)!);
  const [first, second] = claimants;
  // (A form with a reading of its own in currencies.tsv keeps it when the text settles on no claimant: "Rs" is the Indian
  // rupee unless the text is about Pakistan, Sri Lanka or Nepal.)
  const fixed = fixedCurrencies().get(form.toLowerCase()) ?? null;
  if (!first) return fixed;
  if (second === undefined || named.get(first.iso3)! >= 2 * named.get(second.iso3)!) return first.currency;
  // (Two states named about as often: the one that reports, when the caller knows it, else no guess.)
  return claimants.find((c) => c.iso3 === reporting)?.currency ?? fixed;
}

/** US dollars per unit of `currency` in `year` (nearest listed year), or null when unknown. */
export function usdRate(currency: string, year: number | null): number | null {
  if (currency === 'USD') return 1;
  const rates = lexicons().usdRates.get(currency);
  if (!rates?.size) return null;
  const years = [...rates.keys()];
  const target = year ?? Math.max(...years);
  const nearest = years.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  return rates.get(nearest) ?? null;
}

/**
 * A text that writes a decimal comma unmistakably ("16,6%", "$612,87 million": one or two digits after the
 * comma before a percentage or a scale) writes it throughout, as translations from Russian or Azerbaijani do:
 * there "$525,737 million" is 525.737 million, not 525,737 million.
 */
const DECIMAL_COMMA = /(?<![\d,.])\d{1,3},\d{1,2}(?!\d)\s*(?:%|per\s?cent\b|(?:thousand|million|billion|trillion|mln|bln)\b)/i;

// (… unless the text groups thousands with commas too: "$3,500,000".)
export const writesDecimalComma = (text: string): boolean => DECIMAL_COMMA.test(text) && !/\d,\d{3},\d{3}\b/.test(text);

// Words between two figures that turn to another matter or speaker: "…, Kamikawa said, while Japan's loans …".
const OTHER_MATTER = /\b(?:while|whereas|loans?|credits?|aid|grants?|ODA|assistance|said|says|budget|spent|cost)\b/i;
// A trade measure shortly before a bare figure: "mutual trade turnover had exceeded".
const TRADE_BEFORE = /\b(?:turnover|trade|exports?|imports?|investments?)\b[^.;,\d]{0,40}$/i;

function toNumber(digits: string, decimalComma: boolean): number {
  const word = amountWords().get(digits.toLowerCase());
  if (word !== undefined) return word;
  if (decimalComma && /^\d+,\d+$/.test(digits)) return Number(digits.replace(',', '.'));
  // "1,400" is a thousands separator; "1,4" (two digits or fewer after the comma) is a decimal comma.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(',', '.'));
}

function qualifierBefore(text: string, start: number): QualifierT {
  const m = patterns().qualifierBefore.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return 'exact';
  return patterns().qualifiers.find((q) => q.form.toLowerCase() === m[1]!.toLowerCase())?.qualifier ?? 'exact';
}

/**
 * Where numbers start. The long currency patterns are tried at these positions only (sticky), not at
 * every character of a sentence: most characters of a sentence start no figure.
 */
function numberStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) starts.push(m.index);
  if (SCALE_WORD.test(text)) {
    const wordStart = numberPatterns().wordStart;
    wordStart.lastIndex = 0;
    for (let m = wordStart.exec(text); m; m = wordStart.exec(text)) starts.push(m.index);
    starts.sort((x, y) => x - y);
  }
  return starts;
}

/** A sticky pattern's match at `index`, or null. */
function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

// The words that restate a figure in another currency ("(roughly", ", or about", "— more than").
// ("(approx. $2.1 billion)", ", equivalent to about 1 trillion pesos", "(i.e. $5 million)".)
// (… also a sign: "(>10 billion USD)", "(~$2 billion)".)
const RESTATING_WORDS = String.raw`(?:(?:equivalent|equal)\s+to\s+|i\.\s?e\.,?\s+)?(?:[<>~≈]|about|around|roughly|approx\.|approx|approximately|some|nearly|over|more\s+than|almost|close\s+to|circa|ca\.)?`;
const RESTATED = new RegExp(String.raw`^\s*(?:[([]|,\s*or|[-–—]|,(?=\s*(?:equivalent|equal)\s+to\b))\s*${RESTATING_WORDS}\s*$`, 'i');
const OR_DOLLARS = new RegExp(String.raw`^\s+or\s+${RESTATING_WORDS}\s*$`, 'i');
// A dollar figure in brackets after other words: "5 trillion yen or Rs3.2 lakh crore ($42 billion)".
const DOLLARS_IN_BRACKETS = new RegExp(String.raw`[([]\s*${RESTATING_WORDS}\s*$`, 'i');

// Bare "pounds of" a thing that is no money: "pounds of supplies", "pounds of beef" (not "pounds of investment").
const POUNDS_OF_GOODS =
  /^\s+of\s+(?!(?:new\s+|fresh\s+|foreign\s+|direct\s+)?(?:investments?|funding|funds?|aid\s+money|support|spending|revenues?|exports?|imports?|trade|business|contracts?|deals?|loans?|credits?|grants?|taxpayers|public\s+money|capital|financing|assets|projects?)\b)(?:[\p{L}-]+\s+){0,2}?(?:supplies|aid|food|goods|cargo|beef|pork|meat|rice|wheat|grain|flour|fish|seafood|fruit|vegetables|cotton|tea|coffee|medicine|medicines|medical|equipment|materials|relief|produce|products|waste|explosives|ammunition|drugs|cocaine|heroin|\p{L}+s)\b/iu;

const PAIR_BEFORE = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s+(?:and|or)\s+$/;
const RESPECTIVELY_AFTER = /^[^.;]{0,30}\brespectively\b/i;

export function findMoney(text: string, offset = 0, decimalComma = writesDecimalComma(text)): MoneyMention[] {
  const starts = numberStarts(text);
  if (!starts.length) return []; // no figure, no money
  const { currencyOf, scale: scaleOf, symbolFirst, wordAfter, bareFigure, longestSymbol, symbolBefore, counted: countedUnit } = patterns();
  const out: MoneyMention[] = [];
  const push = (index: number, matched: string, currencyForm: string | null, digits: string, scale: string | undefined, inherited?: string): void => {
    const start = offset + index,
      end = start + matched.length;
    if (out.some((m) => start < m.end && end > m.start)) return;
    // A lone letter scale ("m", "b") only counts when glued to the number, as in "$5m".
    const factor = scale ? (scaleOf.get(scale.toLowerCase()) ?? 1) : 1;
    const currency = inherited ?? currencyOf.get((currencyForm ?? '').toLowerCase()) ?? 'USD';
    // Rounded to the cent: 8.2 × 1e9 is 8199999999.999999 in floating point.
    const value = Math.round(toNumber(digits, decimalComma) * factor * 100) / 100;
    out.push({ start, end, text: matched, value, currency, qualifier: qualifierBefore(text, index), usd: null });
  };
  for (const at of starts) {
    const before = text.slice(Math.max(0, at - longestSymbol - 1), at);
    const symbol = symbolBefore.exec(before);
    const m = symbol ? matchAt(symbolFirst, text, at - (before.length - symbol.index)) : null;
    // A one-letter symbol ("R5.8 billion", the rand) only glued to its number and with a scale.
    if (m && (!/^\p{L}$/u.test(m[1]!) || (m[3] !== undefined && /^\p{L}\d/u.test(m[0])))) push(m.index, m[0], m[1]!, m[2]!, m[3]);
  }
  for (const at of starts) {
    const m = matchAt(wordAfter, text, at);
    // "in 2019 won the election": a year before a currency word that is also an English word is no figure.
    if (!m || (!m[2] && /^(?:1[89]|20)\d\d$/.test(m[1]!) && /^[a-z]/.test(m[3]!))) continue;
    // "the nearly 100,000 pounds of supplies delivered": a weight, not sterling.
    // (Without a scale: "2 billion pounds of goods" is sterling.)
    if (/^pounds?$/i.test(m[3]!) && !m[2] && POUNDS_OF_GOODS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    push(m.index, m[0], m[3]!, m[1]!, m[2]);
  }
  out.sort((a, b) => a.start - b.start);
  if (out.length) {
    for (const at of starts) {
      const m = matchAt(bareFigure, text, at);
      if (!m) continue;
      const index = m.index;
      const previous = out.filter((o) => o.end - offset <= index).at(-1);
      // Only in the same run of figures: a clause or two after a figure with its currency.
      // … and only for money: "280 million people", "5 million tonnes" are counts.
      const counted = countedUnit.test(text.slice(index + m[0].length, index + m[0].length + 20));
      // "(GHS 4.9 billion)": a figure after a currency code the table does not know is in that currency, not the one before.
      if (/\b[A-Z]{3}\s?$/.test(text.slice(Math.max(0, index - 4), index))) continue;
      if (previous && !counted && index - (previous.end - offset) <= 120 && !/[.;]\s/.test(text.slice(previous.end - offset, index)))
        push(index, m[0], null, m[1]!, m[2], previous.currency);
      else if (!previous && !counted) {
        // "turnover had exceeded 400 million and we plan to raise it to $2 billion": a trade figure that opens the run
        // takes the currency of the figure right after it in the same sentence.
        const next = out.find((o) => o.start - offset >= index + m[0].length);
        const gap = next ? text.slice(index + m[0].length, next.start - offset) : '';
        // (Dollars only, and no other matter between: not "trade reached 4 billion, and Japan pledged 165 billion yen in loans".)
        if (
          next &&
          next.currency === 'USD' &&
          gap.length <= 120 &&
          !/[.;]\s/.test(gap) &&
          !OTHER_MATTER.test(gap) &&
          TRADE_BEFORE.test(text.slice(Math.max(0, index - 60), index))
        )
          push(index, m[0], null, m[1]!, m[2], next.currency);
      }
    }
    out.sort((a, b) => a.start - b.start);
    // "exports and imports totalled 1.7 and 1.8 trillion roubles, respectively": the first of a pair takes the second's
    // scale and currency.
    for (const n of [...out]) {
      const pair = PAIR_BEFORE.exec(text.slice(Math.max(0, n.start - offset - 24), n.start - offset));
      const scale = /\b(thousand|million|billion|trillion|bn|mn)\b/i.exec(n.text)?.[1];
      if (!pair || !scale || !RESPECTIVELY_AFTER.test(text.slice(n.end - offset, n.end - offset + 40))) continue;
      const index = n.start - offset - pair[0].length;
      push(index, pair[1]!, null, pair[1]!, scale, n.currency);
    }
    out.sort((a, b) => a.start - b.start);
  }
  // "€2.6 billion (roughly $2.8 billion)", "5 trillion yen or Rs3.2 lakh crore ($42 billion)": one figure,
  // stated in its currency, with the text's own dollar value.
  // "USD 12 billion (EGP 370.7 billion)", "46 billion forints (EUR 137.5 million)": the same figure
  // in another currency in brackets is no figure of its own.
  const merged: MoneyMention[] = [];
  // … or restated after a comma or a dash: "100.3 billion yen, or roughly US$912 million", "$75 billion — more than Rs 5 lakh crore".
  const bracketed = (between: string): boolean => RESTATED.test(between);
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const dollar = m.currency !== 'USD' ? out.slice(i + 1).find((n) => n.currency === 'USD' && n.start - m.end <= 60) : undefined;
    const between = dollar ? text.slice(m.end - offset, dollar.start - offset) : '';
    // (A sentence's end between them parts them; the stop of "approx." does not.)
    // (… or with a bare "or": "20 billion New Zealand dollars or 14 billion US dollars".)
    if (
      dollar &&
      (bracketed(between) || DOLLARS_IN_BRACKETS.test(between) || OR_DOLLARS.test(between)) &&
      !/[.;]\s/.test(between.replace(/\b(?:approx|ca|i\.\s?e)\.\s/gi, ' '))
    ) {
      // (A restatement's own hedge holds for the figure: "9 billion Australian dollars or roughly 6 billion US dollars".)
      const qualifier = m.qualifier === 'exact' && (OR_DOLLARS.test(between) || /^\s*,\s*or\s/i.test(between)) ? dollar.qualifier : m.qualifier;
      merged.push({ ...m, qualifier, end: dollar.end, text: text.slice(m.start - offset, dollar.end - offset), usd: dollar.value });
      i = out.indexOf(dollar);
      continue;
    }
    const next = out[i + 1];
    if (next && next.currency !== m.currency && bracketed(text.slice(m.end - offset, next.start - offset))) {
      // "$8.7bn (7.8bn euros; £6.7bn)": each restatement the bracket goes on with is the same figure.
      let last = i + 1;
      const opened = /[([]/.test(text.slice(m.end - offset, next.start - offset));
      while (opened && out[last + 1] && /^\s*[;,]\s*(?:or\s+)?$/.test(text.slice(out[last]!.end - offset, out[last + 1]!.start - offset))) last++;
      merged.push({ ...m, end: out[last]!.end, text: text.slice(m.start - offset, out[last]!.end - offset) });
      i = last;
      continue;
    }
    merged.push(m);
  }
  return withRangeScale(
    text,
    offset,
    joinedParts(
      text,
      offset,
      merged.map((m) => withLargerPart(text, offset, m, decimalComma)),
    ),
    decimalComma,
  );
}

/**
 * "$1 billion 786 million": the larger part was read as a figure of its own ("$1 billion") before the
 * smaller part took it in; the two are one figure, with the currency and qualifier of the first.
 */
function joinedParts(text: string, offset: number, mentions: MoneyMention[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (previous && previous.end > m.start && previous.start <= m.start) {
      out[out.length - 1] = {
        ...m,
        start: previous.start,
        text: text.slice(previous.start - offset, m.end - offset),
        currency: previous.currency,
        qualifier: previous.qualifier,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

// "$14-16 billion", "USD 1.5–2 billion": the scale after a range's second figure is the first's too.
/** A mention's factor: its value over the number it writes ("16 billion" → 1e9, "$14" → 1). */
function scaleFactor(m: MoneyMention, decimalComma: boolean): number {
  const digits = /\d[\d.,]*/.exec(m.text)?.[0];
  const number = digits ? toNumber(digits.replace(/[.,]$/, ''), decimalComma) : 0;
  return number > 0 ? m.value / number : 1;
}

/** The mentions with the first figure of a range scaled as its second, when only the second names a scale. */
function withRangeScale(text: string, offset: number, mentions: MoneyMention[], decimalComma: boolean): MoneyMention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.currency !== m.currency || !/^\s*[-–]\s*$/.test(text.slice(m.end - offset, next.start - offset))) return m;
    const factor = scaleFactor(next, decimalComma);
    return factor > 1 && scaleFactor(m, decimalComma) === 1 && m.value < 1000 ? { ...m, value: Math.round(m.value * factor * 100) / 100 } : m;
  });
}

// "1 billion 800 million US dollars": a figure stated in two scales, the larger part written first.
const LARGER_PART = /(\d{1,3}(?:[.,]\d+)?)\s+(trillion|billion|bln|million|mln)\s+$/i;

/** The mention with the larger part of its figure that stands right before it, when there is one. */
function withLargerPart(text: string, offset: number, m: MoneyMention, decimalComma: boolean): MoneyMention {
  const at = m.start - offset;
  const part = LARGER_PART.exec(text.slice(Math.max(0, at - 24), at));
  const own = /\b(thousand|million|mln|billion|bln)\b/i.exec(m.text)?.[1];
  // The scales compared by their factors (data/money-scales.tsv): "billion" before "million", not the reverse.
  const factorOf = (word: string): number => patterns().scale.get(word.toLowerCase()) ?? 1;
  if (!part || !own || factorOf(part[2]!) <= factorOf(own) || /^\D/.test(m.text)) return m;
  const factor = factorOf(part[2]!);
  const value = Math.round((toNumber(part[1]!, decimalComma) * factor + m.value) * 100) / 100;
  const start = m.start - part[0].length;
  return { ...m, start, text: text.slice(start - offset, m.end - offset), value, qualifier: qualifierBefore(text, start - offset) };
}
