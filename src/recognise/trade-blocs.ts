// Groupings of states that trade and sign as one side (data/trade-blocs.txt): "the India–EU Free Trade Agreement",
// "exports to the EU". A state beside one is the only state of the pair the text names.
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** Any bloc's name or abbreviation as a whole word, longest first (global: callers iterate or reset it). */
export const blocPattern = perLexicons(
  (lex) =>
    new RegExp(
      `(?<![\\p{L}])(?:${[...lex.tradeBlocs]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}])`,
      'gu',
    ),
);

/** A bloc named as the other side of a flow or a total: "to the EU", "with ASEAN", "and the Pacific Alliance members" (not "from": "the largest investor from GCC countries" names where the investor is from). */
export const blocCounterpart = perLexicons(
  (lex) =>
    new RegExp(
      `\\b(?:to|with|and|between)\\s+(?:the\\s+)?(?:${[...lex.tradeBlocs]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}])`,
      'u',
    ),
);
