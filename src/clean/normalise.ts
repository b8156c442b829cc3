// Unicode normalisation for extraction: one form per character (NFC), plain spaces, no invisible
// characters, and Latin words freed of look-alike Cyrillic/Greek letters.
import { readTable } from '../lexicon/load.js';

const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(
  readTable<'letter' | 'latin'>('homoglyphs.tsv').map((row) => [row.letter, row.latin]),
);
// Without the u flag: every look-alike is one UTF-16 unit, and the plain class scans faster.
const LOOKALIKE = new RegExp(`[${[...HOMOGLYPHS.keys()].join('')}]`);
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[\p{L}--\p{Script=Latin}]/v;

/**
 * A word mixing scripts is read as Latin when every non-Latin letter has a Latin twin: "Russiа"
 * (Cyrillic а) is "Russia". Words wholly in Cyrillic or Greek are left alone.
 */
export function foldHomoglyphs(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(WORD, (word) => {
    if (!LATIN.test(word) || !LOOKALIKE.test(word)) return word;
    let out = '';
    for (const ch of word) {
      const twin = HOMOGLYPHS.get(ch);
      if (twin) out += twin;
      else if (NON_LATIN_LETTER.test(ch)) return word; // a genuinely mixed word: do not guess
      else out += ch;
    }
    return out;
  });
}

export function normalise(text: string): string {
  return foldHomoglyphs(
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '') // soft hyphen, zero-width characters
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/[ ]{2,}/g, ' '),
  );
}
