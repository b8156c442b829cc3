// Personal-name shape and comparison: which words can be part of a name, and when two written
// forms are one name ("Tokayev"/"Tokayed", "Kassym-Jomart"/"Kassym-Zhomart", "Aleksandr"/"Alexander").
import { readList } from '../lexicon/load.js';
import { PLACE_WORDS } from './gazetteer.js';
import type { Word } from './words.js';

const NON_NAME = new Set(readList('non-name-words.txt').map((w) => w.toLowerCase()));
const PARTICLES = new Set(readList('name-particles.txt'));
const PATRONYMIC = new RegExp(`(?:${readList('patronymic-endings.txt').join('|')})$`, 'i');
export const HONORIFICS = readList('honorifics.txt');

/** A word that can be part of a personal name: capitalised, with lower-case letters, not a known non-name. */
// Set lookups first, patterns last: this runs for every word of every sentence.
const ARTICLE_NAME = /^(?:al|el|ad|as|ash)-\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;

export function isNameWord(word: Word, extraStops: ReadonlySet<string>, allowPlace = false): boolean {
  const t = word.text;
  if (!word.capitalised) return t.length > 3 && t.includes('-') && ARTICLE_NAME.test(t);
  if (t.length < 2 || NON_NAME.has(word.key) || extraStops.has(word.key)) return false;
  if (!allowPlace && PLACE_WORDS.has(word.key) && !t.includes('-')) return false;
  return LOWER.test(t) && !DIGIT.test(t);
}

/** "Jr.", "III": what may close a name after the family name. */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

export function isParticle(word: Word): boolean {
  return PARTICLES.has(word.text);
}

/** "Van" in "Van Klaveren said": a particle that opens a family name, capitalised at a sentence start. */
export function opensFamilyName(part: string): boolean {
  return PARTICLES.has(part.toLowerCase());
}

export function isPatronymic(text: string): boolean {
  return PATRONYMIC.test(text) && text.length > 5;
}

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
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };

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

export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Same name part, allowing one slip of the pen in longer names ("Tokayev"/"Tokayed"). */
export function samePart(a: string, b: string): boolean {
  const x = foldName(a), y = foldName(b);
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 5 && x[0] === y[0] && editDistance(x, y, 1) <= 1;
}
