// Groupings of states that trade and sign as one side (data/trade-blocs.txt): "the India–EU Free Trade Agreement",
// "exports to the EU". A state beside one is the only state of the pair the text names.
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** The blocs' names and abbreviations as one alternation, longest first. */
const names = perLexicons((lex) =>
  [...lex.tradeBlocs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
);

/** Any bloc's name or abbreviation as a whole word (global: callers iterate it with matchAll). */
export const blocPattern = perLexicons(() => new RegExp(`(?<![\\p{L}])(?:${names()})(?![\\p{L}])`, 'gu'));

/**
 * A bloc named as the other side of a flow or a total: "to the EU", "with ASEAN", "and the Pacific Alliance members"
 * (not "from": "the largest investor from GCC countries" names where the investor is from).
 */
export const blocCounterpart = perLexicons(() => new RegExp(`\\b(?:to|with|and|between)\\s+(?:the\\s+)?(?:${names()})(?![\\p{L}])`, 'u'));
