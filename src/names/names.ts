// Person names, compared: the one place that says when two written names are one person's. Two
// folds for two questions: foldName reads spellings alike across transliterations ("Tokayev",
// "Tokaev"; "Zhomart", "Jomart") for matching mentions within a text; keyFold keeps the letters and
// gives the stored key of a person (merge: "Tokayev" and "Kassym-Jomart Tokayev" are compatible,
// "Kassym-Jomart Tokayev" and "Amanzhol Tokayev" are not). Honorifics come from data/honorifics.txt.
import { addTo } from '../indexing.js';
import { perLexicons } from '../lexicon/active.js';

/** Every word of every honorific ("His Excellency" gives "his" and "excellency"), as keyFold writes them. */
const honorificWords = perLexicons((lex) => new Set(lex.honorifics.flatMap((h) => keyFold(h).split(' ')).filter(Boolean)));

/** Words that open a name and may be left out ("Sardar Ayaz Sadiq", "Ayaz Sadiq"), as keyFold writes them. */
const namePrefixWords = perLexicons((lex) => new Set(lex.namePrefixWords.map((w) => keyFold(w))));

/** Whether a word opens names as a lineage, rank or respect kept in the name ("Sardar", "Raja"): data/name-prefix-words.txt. */
export function isNamePrefix(word: string): boolean {
  return namePrefixWords().has(keyFold(word));
}

/** A word as spelled, without case or accents ("Keïta" → "keita"); no transliteration folded, unlike foldName. */
export const withoutAccents = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const folded = new Map<string, string>();

/** Folded spelling for comparison: no accents, common transliteration variants made one. */
export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear(); // a bounded memo: names repeat within and across documents
    f = fold(s);
    folded.set(s, f);
  }
  return f;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
};

function fold(s: string): string {
  return s
    .replace(/[łŁøØđĐßæÆœŒıħþ]/g, (c) => UNDECOMPOSED[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/ye|yo|yu|ya/g, (m) => m[1]!)
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/(.)\1/g, '$1');
}

/** Same name part, allowing one slip of the pen in longer names ("Tokayev"/"Tokayed"). */
const ARTICLE = /^(?:al|el)[-\s]/i;
export function samePart(a: string, b: string): boolean {
  // (The article of an Arabic name is no part of the comparison: "Al-Hamad" is not "Al-Ahmad" by a swap of "ha".)
  const x = foldName(a.replace(ARTICLE, '')),
    y = foldName(b.replace(ARTICLE, ''));
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 5 && x[0] === y[0] && withinOneEdit(x, y);
}

export interface NameKey {
  readonly family: string;
  readonly given: readonly string[];
}

/** A name as its key reads it: lower case, no accents, hyphens as spaces ("Kassym-Jomart" is "kassym jomart"). */
const keyFold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s.]/gu, '')
    // Initials glued to the name: "D.A.Medvedev", "Kh.Battulga".
    .replace(/(?<![\p{L}\p{N}])(\p{L}{1,3}\.)(?=\p{L})/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();

/** A generation's or a reign's number after a name: "Jr.", "Sr", "II", "XVI" (a roman numeral, never "I" alone). */
export const NAME_SUFFIX = /^(?:Jr|Sr|(?!I$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.?$/;
/** The same, as keyFold writes it ("jr.", "ii", "xvi"). */
const GENERATION = new RegExp(NAME_SUFFIX.source, 'i');

const keys = new Map<string, NameKey>();
let keysFor: ReadonlySet<string> | null = null;

/** The key of a name, remembered: the writer asks for the same few names at every mention. */
export function nameKey(name: string): NameKey {
  // The remembered keys hold for one set of honorifics.
  if (keysFor !== honorificWords()) {
    keys.clear();
    keysFor = honorificWords();
  }
  let key = keys.get(name);
  if (!key) {
    if (keys.size > 100_000) keys.clear(); // bounded: a long ingest meets many names
    key = keyOf(name);
    keys.set(name, key);
  }
  return key;
}

function keyOf(name: string): NameKey {
  const stops = honorificWords();
  const words = keyFold(name)
    .split(' ')
    .filter((w) => w && !stops.has(w));
  // "Marcos Jr.", "Felipe VI": the family name is the word before a generation's or reign's number.
  while (words.length > 1 && GENERATION.test(words[words.length - 1]!)) words.pop();
  if (!words.length) return { family: '', given: [] };
  return { family: words[words.length - 1]!, given: words.slice(0, -1) };
}

const givenWordsMatch = (a: string, b: string): boolean => {
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  // An initial: one letter, or up to three written with a full stop ("Kh." for Khaltmaagiin).
  const initial = (w: string, bare: string): boolean => bare.length === 1 || (w.endsWith('.') && bare.length <= 3);
  return x === y || (initial(a, x) && y.startsWith(x)) || (initial(b, y) && x.startsWith(y));
};

/** Given names agree when one is missing, or when one list is a prefix of the other word by word (initials allowed). */
function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  // "Sardar Ayaz Sadiq" and "Ayaz Sadiq": a word that opens a name (data/name-prefix-words.txt) may be left out.
  const prefixes = namePrefixWords();
  if (a[0] !== b[0] && (prefixes.has(a[0]!) || prefixes.has(b[0]!))) {
    const bare = (g: readonly string[]): readonly string[] => (g.length > 1 && prefixes.has(g[0]!) ? g.slice(1) : g);
    [a, b] = [bare(a), bare(b)];
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Kassym Jomart" (hyphen folded) against "Kassym Jomart": compare word by word.
  return short.every((w, i) => givenWordsMatch(w, long[i]!));
}

/**
 * Whether one edit (a letter added, dropped, changed, or two neighbours swapped) turns a into b: the
 * restricted edit distance is at most 1. One pass from each end, no table: this runs for every pair of
 * name mentions a document holds.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    // A change at i, or a swap of i and i + 1; the rest must agree.
    const swapped = i + 1 < short.length && short[i] === long[i + 1] && short[i + 1] === long[i];
    return short.slice(i + 1) === long.slice(i + 1) || (swapped && short.slice(i + 2) === long.slice(i + 2));
  }
  // A letter added at i.
  return short.slice(i) === long.slice(i + 1);
}

/** Same family name (or one typo in a long one, with full given names agreeing) and compatible given names. */
export function namesCompatible(a: NameKey, b: NameKey): boolean {
  if (!a.family || !b.family) return false;
  if (a.family === b.family) return givenCompatible(a.given, b.given);
  const typo = a.family.length >= 6 && b.family.length >= 6 && withinOneEdit(a.family, b.family);
  return typo && a.given.length > 0 && b.given.length > 0 && a.given.join(' ') === b.given.join(' ');
}

/**
 * A test of whether a name is compatible with any of these (namesCompatible), which looks at the
 * ones of the same family name or the same given names alone, the only ones it can be compatible
 * with: an encounter of thousands of participants was checked mention by mention against them all.
 */
export function compatibleWithAny(keys: readonly NameKey[]): (key: NameKey) => boolean {
  const byFamily = new Map<string, NameKey[]>();
  const byGiven = new Map<string, NameKey[]>();
  for (const k of keys) {
    addTo(byFamily, k.family, k);
    if (k.given.length) addTo(byGiven, k.given.join(' '), k);
  }
  return (key) =>
    (byFamily.get(key.family) ?? []).some((k) => namesCompatible(k, key)) ||
    (key.given.length > 0 && (byGiven.get(key.given.join(' ')) ?? []).some((k) => namesCompatible(k, key)));
}
