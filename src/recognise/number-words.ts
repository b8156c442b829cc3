// Numbers written as words (data/number-words.tsv): one table for every reader of them — counts of
// documents, money, years ago, anniversaries, days of a visit.
import { perLexicons } from '../lexicon/active.js';

export interface NumberWords {
  /** "four" → 4. */
  readonly cardinals: ReadonlyMap<string, number>;
  /** "thirtieth" → 30. */
  readonly ordinals: ReadonlyMap<string, number>;
}

export const numberWords = perLexicons((lex): NumberWords => ({
  cardinals: new Map(lex.numberWords.filter((w) => w.kind === 'cardinal').map((w) => [w.form, w.value])),
  ordinals: new Map(lex.numberWords.filter((w) => w.kind === 'ordinal').map((w) => [w.form, w.value])),
}));

/** The value of a cardinal or ordinal word, or of digits; undefined for anything else. */
export function numberOf(word: string): number | undefined {
  const key = word.toLowerCase();
  if (/^\d+$/.test(key)) return Number(key);
  return numberWords().cardinals.get(key) ?? numberWords().ordinals.get(key);
}

/** Alternatives for a regular expression: the words of one kind, longest first. */
export const alternativesOf = (words: ReadonlyMap<string, number>): string => [...words.keys()].sort((a, b) => b.length - a.length).join('|');
