// Personal-name shape and comparison: which words can be part of a name, and when two written
// forms are one name ("Tokayev"/"Tokayed", "Kassym-Jomart"/"Kassym-Zhomart", "Aleksandr"/"Alexander").
import { perLexicons } from '../lexicon/active.js';
import { gazetteer } from './gazetteer.js';
import type { Word } from './words.js';

const nameWords = perLexicons((lex) => ({
  nonName: new Set(lex.nonNameWords.map((w) => w.toLowerCase())),
  familyNames: new Set(lex.familyNameWords.map((w) => w.toLowerCase())),
  particles: new Set(lex.nameParticles),
  patronymic: new RegExp(`(?:${lex.patronymicEndings.join('|')})$`, 'i'),
}));

/** A word that can be part of a personal name: capitalised, with lower-case letters, not a known non-name. */
// Set lookups first, patterns last: this runs for every word of every sentence.
const ARTICLE_NAME = /^(?:al|el|ad|as|ash)-\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;

// A lower-case letter followed by a capital inside a word: "EconomySociety".
const CAMEL_HUMP = /\p{Ll}\p{Lu}/gu;

export function isNameWord(word: Word, extraStops: ReadonlySet<string>, allowPlace = false): boolean {
  const t = word.text;
  if (!word.capitalised) return t.length > 3 && t.includes('-') && ARTICLE_NAME.test(t);
  // (After a title, a family name that is also a word stands: "Foreign Minister Park Jin".)
  if (t.length < 2 || (nameWords().nonName.has(word.key) && !(allowPlace && nameWords().familyNames.has(word.key))) || extraStops.has(word.key)) return false;
  // "the Customs General Administrations", "the two deputy PMs": a plural of a non-name word, a plural abbreviation.
  // (Only a long one: "Parks", "Fields" and "Halls" are family names.)
  // (… also of a title: "the non-resident Ambassadors/ Commissioners".)
  if (
    t.endsWith('s') &&
    ((t.length >= 8 && (nameWords().nonName.has(word.key.slice(0, -1)) || extraStops.has(word.key.slice(0, -1)))) || PLURAL_ABBREVIATION.test(t))
  )
    return false;
  if (!allowPlace && gazetteer().placeWords.has(word.key) && !t.includes('-')) return false;
  // "EconomySocietyPoliticsHealth…": a site's menu run together, no name ("McDonald", "DeSantis" have one hump or two).
  // (No word of a name runs past forty letters: a longer one is furniture, and is not scanned.)
  if (t.length > 40 || (t.length > 16 && (t.match(CAMEL_HUMP) ?? []).length >= 3)) return false;
  return LOWER.test(t) && !DIGIT.test(t);
}

export function isParticle(word: Word): boolean {
  return nameWords().particles.has(word.text);
}

/** "Van" in "Van Klaveren said": a particle that opens a family name, capitalised at a sentence start. */
export function opensFamilyName(part: string): boolean {
  return nameWords().particles.has(part.toLowerCase());
}

export function isPatronymic(text: string): boolean {
  return text.length > 5 && nameWords().patronymic.test(text);
}
