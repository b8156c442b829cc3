// Money mentions: "$1.4 billion", "1 billion US dollars", "US$ 250 mln", "€30 million", each with
// the qualifier stated before it ("more than", "about", "exceeded"). Lexicons: data/currencies.tsv,
// data/money-scales.tsv, data/qualifiers.tsv; conversion: data/usd-rates.tsv.
import { escapeRegExp, readTable } from '../lexicon/load.js';
import type { QualifierT } from '../facts/schema.js';

export interface MoneyMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly currency: string;
  readonly qualifier: QualifierT;
}

const byLength = (a: string, b: string): number => b.length - a.length;

const currencies = readTable<'currency' | 'position' | 'form'>('currencies.tsv');
const CURRENCY_OF = new Map(currencies.map((c) => [c.form.toLowerCase(), c.currency]));
const BEFORE = currencies.filter((c) => c.position === 'before').map((c) => c.form).sort(byLength);
const AFTER = currencies.filter((c) => c.position === 'after').map((c) => c.form).sort(byLength);

const SCALE = new Map(readTable<'form' | 'factor'>('money-scales.tsv').map((s) => [s.form.toLowerCase(), Number(s.factor)]));
const SCALES = [...SCALE.keys()].sort(byLength);

const QUALIFIERS = readTable<'qualifier' | 'form'>('qualifiers.tsv').sort((a, b) => byLength(a.form, b.form));
const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIERS.map((q) => escapeRegExp(q.form)).join('|')})\\s*(?:the\\s+)?(?:a\\s+)?(?:level\\s+of\\s+|mark\\s+of\\s+|total\\s+of\\s+)?$`, 'i');

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const SCALE_RE = String.raw`(?:\s?(${SCALES.map(escapeRegExp).join('|')})\.?(?![\p{L}]))?`;
// "A$26.9 billion" and "HK$" are other dollars: a "$" glued to letters is not the US dollar.
const SYMBOL_FIRST = new RegExp(`(?<![A-Za-z])(${BEFORE.map(escapeRegExp).join('|')})\\s?${NUMBER}${SCALE_RE}`, 'giu');
const WORD_AFTER = new RegExp(`(?<![\\p{L}$€£])${NUMBER}${SCALE_RE}\\s?(${AFTER.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');

const rates = readTable<string>('usd-rates.tsv');
const RATE_YEARS = Object.keys(rates[0] ?? {}).filter((k) => /^\d{4}$/.test(k)).map(Number);

/** US dollars per unit of `currency` in `year` (nearest listed year), or null when unknown. */
export function usdRate(currency: string, year: number | null): number | null {
  if (currency === 'USD') return 1;
  const row = rates.find((r) => r.currency === currency);
  if (!row || !RATE_YEARS.length) return null;
  const target = year ?? Math.max(...RATE_YEARS);
  const nearest = RATE_YEARS.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  return Number(row[String(nearest)]) || null;
}

function toNumber(digits: string): number {
  // "1,400" is a thousands separator; "1,4" (two digits or fewer after the comma) is a decimal comma.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(',', '.'));
}

function qualifierBefore(text: string, start: number): QualifierT {
  const m = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return 'exact';
  return (QUALIFIERS.find((q) => q.form.toLowerCase() === m[1]!.toLowerCase())?.qualifier ?? 'exact') as QualifierT;
}

export function findMoney(text: string, offset = 0): MoneyMention[] {
  if (!/\d/.test(text)) return []; // no figure, no money: skip the two long patterns
  const out: MoneyMention[] = [];
  const push = (index: number, matched: string, currencyForm: string, digits: string, scale: string | undefined): void => {
    const start = offset + index, end = start + matched.length;
    if (out.some((m) => start < m.end && end > m.start)) return;
    // A lone letter scale ("m", "b") only counts when glued to the number, as in "$5m".
    const factor = scale ? SCALE.get(scale.toLowerCase()) ?? 1 : 1;
    const currency = CURRENCY_OF.get(currencyForm.toLowerCase()) ?? 'USD';
    out.push({ start, end, text: matched, value: toNumber(digits) * factor, currency, qualifier: qualifierBefore(text, index) });
  };
  for (const m of text.matchAll(SYMBOL_FIRST)) push(m.index!, m[0], m[1]!, m[2]!, m[3]);
  for (const m of text.matchAll(WORD_AFTER)) push(m.index!, m[0], m[3]!, m[1]!, m[2]);
  out.sort((a, b) => a.start - b.start);
  // "€2.6 billion (roughly $2.8 billion)": the text's own dollar figure replaces the other currency.
  return out.filter((m, i) => {
    const next = out[i + 1];
    return !(m.currency !== 'USD' && next?.currency === 'USD' && next.start - m.end <= 25 && /^\s*[(\[]/.test(text.slice(m.end - offset, next.start - offset)));
  });
}
