// Unicode normalisation for extraction: one form per character (NFC), plain spaces, no invisible
// characters, and Latin words freed of look-alike Cyrillic/Greek letters.
import { perLexicons } from '../lexicon/active.js';

const homoglyphs = perLexicons((lex) => {
  const twins: ReadonlyMap<string, string> = new Map(lex.homoglyphs.map((row) => [row.letter, row.latin]));
  // Without the u flag: every look-alike is one UTF-16 unit, and the plain class scans faster.
  return { twins, lookalike: new RegExp(`[${[...twins.keys()].join('')}]`) };
});
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[\p{L}--\p{Script=Latin}]/v;

/** "Russiа" → "Russia"; a word with a non-Latin letter that has no Latin twin is left as it is. */
function foldWord(word: string, twins: ReadonlyMap<string, string>): string {
  if (!LATIN.test(word)) return word;
  let out = '';
  for (const ch of word) {
    const twin = twins.get(ch);
    if (twin) out += twin;
    else if (NON_LATIN_LETTER.test(ch))
      return word; // a genuinely mixed word: do not guess
    else out += ch;
  }
  return out;
}

const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/;

/**
 * A word mixing scripts is read as Latin when every non-Latin letter has a Latin twin: "Russiа"
 * (Cyrillic а) is "Russia". Words wholly in Cyrillic or Greek are left alone. Only the words
 * around a look-alike letter are examined: a Russian date stamp must not cost a pass over every
 * word of the article.
 */
export function foldHomoglyphs(text: string): string {
  // Two ranges are a faster test than the look-alikes' long class: most texts have no Greek or Cyrillic.
  if (!GREEK_OR_CYRILLIC.test(text)) return text;
  const { twins, lookalike } = homoglyphs();
  if (!lookalike.test(text)) return text;
  let out = '';
  let done = 0;
  // A pattern of this call's own: its lastIndex is moved past each word examined.
  const lookalikes = new RegExp(lookalike.source, 'g');
  for (let m = lookalikes.exec(text); m; m = lookalikes.exec(text)) {
    let start = m.index,
      end = m.index + 1;
    while (start > done && LETTER_OR_MARK.test(text[start - 1]!)) start--;
    while (end < text.length && LETTER_OR_MARK.test(text[end]!)) end++;
    out += text.slice(done, start) + foldWord(text.slice(start, end), twins);
    done = end;
    lookalikes.lastIndex = end;
  }
  return out + text.slice(done);
}

// Soft hyphens and zero-width characters go; odd spaces and tabs become a space; carriage returns
// and Unicode line separators become a line break. One pass for all of them.
const IRREGULAR = /\r\n?|[\u00ad\u200b-\u200d\u2060\ufeff]|[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]|[\u2028\u2029]/g;
const regular = (c: string): string =>
  c.charCodeAt(0) === 0x0d || c === '\u2028' || c === '\u2029' ? '\n' : /^[\u00ad\u200b-\u200d\u2060\ufeff]$/.test(c) ? '' : ' ';

// "President Truong Tan Sang andPresident Barack Obama": a small word a page ran into the capitalised word after it.
// (The small word is matched forward after a one-character look-behind, not looked behind for at every position of the text.)
const RUN_TOGETHER = /(?<![^\s(])(and|with|of|by|to|for|the|from|between|in|on|at)(?=\p{Lu}\p{Ll}{2,})/gu;
// "his Russian counterpartIgor Shuvalov": a word of five small letters or more run into a capitalised one.
// (Names written in two capitals, "McDonald", "DeSantis", "YouTube", have fewer small letters before the second;
// a handle or an address is left as written: "@MevlutCavusoglu", "twitter.com/PM_ViktorOrban".)
// Only the rare junction of a small and a capital letter is matched; the word before it is read back from there.
// (Latin letters only, without the u flag: a class of Unicode properties tried at every position of every text
// cost more than the rest of normalisation.)
const SMALL_BEFORE_CAPITAL = /[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})/g;
const SMALL = /[a-zß-öø-ÿ]/;
const LETTER_MARK_OR_HANDLE = /[\p{L}\p{M}\d_@#/.-]/u;

function partRunIntoName(small: string, at: number, text: string): string {
  let start = at;
  while (start > 0 && SMALL.test(text[start - 1]!)) start--;
  if (at + 1 - start < 5) return small;
  // (One capital may open the word: "ArcelorMittal".)
  if (start > 0 && /[A-ZÀ-ÖØ-Þ]/.test(text[start - 1]!)) start--;
  return start > 0 && LETTER_MARK_OR_HANDLE.test(text[start - 1]!) ? small : `${small} `;
}

// "… on Saturday in Lima.The bilateral talks came …": a full stop a page ran into the next sentence's first word.
// (After three small letters at least: "Ts.Enkhbayar", "D.A.Medvedev" and "U.S.Navy" are initials, "Mr.Smith" a title.)
const STOP_RUN_TOGETHER = /(?<=[a-zß-öø-ÿ]{3})\.(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])/g;
const URL_BEFORE = /(?:https?:\/\/|www\.)\S*$/i;
const stopRunTogether = (stop: string, at: number, text: string): string => (URL_BEFORE.test(text.slice(Math.max(0, at - 60), at)) ? stop : '. ');

// "on January 26thand 27th": a day's ordinal a page ran into the word after it.
const ORDINAL_RUN_TOGETHER = /(\d(?:st|nd|rd|th))(and|to|or)(?=\s)/g;

// "the People`s Republic of China", "Russia´s": a grave or acute accent typed for the apostrophe between two letters.
const ACCENT_FOR_APOSTROPHE = /(?<=[A-Za-zÀ-ÖØ-öø-ÿ])[`´](?=[a-zß-öø-ÿ])/g;
// … and an elision before a capital: "Côte d´Ivoire", "l´Union".
const ACCENT_FOR_ELISION = /(?<=\b[dDlL])[`´](?=[A-ZÀ-ÖØ-Þ])/g;

export function normalise(text: string): string {
  const folded = foldHomoglyphs(
    text
      .normalize('NFC')
      .replace(IRREGULAR, regular)
      .replace(/[ ]{2,}/g, ' ')
      .replace(RUN_TOGETHER, '$1 ')
      .replace(SMALL_BEFORE_CAPITAL, partRunIntoName)
      .replace(STOP_RUN_TOGETHER, stopRunTogether)
      .replace(ORDINAL_RUN_TOGETHER, '$1 $2'),
  );
  // (The two look-behind patterns only where an accent stands: most texts have none, and they would be tried at every position.)
  return /[`´]/.test(folded) ? folded.replace(ACCENT_FOR_APOSTROPHE, "'").replace(ACCENT_FOR_ELISION, "'") : folded;
}
