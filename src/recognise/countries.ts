// Country mentions: names, adjectives ("Belarusian", "Kazakh-Tajik"), capitals and cities as
// metonyms ("Minsk and Dushanbe support each other") and seats of government ("the Kremlin").
import { perLexicons } from '../lexicon/active.js';
import { gazetteer, type PlaceKind } from './gazetteer.js';
import type { Word } from './words.js';

export interface CountryMention {
  readonly iso3: string;
  readonly kind: PlaceKind;
  readonly form: string;
  readonly start: number;
  readonly end: number;
  /** Index of the first word of the mention within the sentence's words. */
  readonly word: number;
}

/** A mention that names a state itself, not one of its places (a city, a capital, a seat of government). */
export function namesState(c: CountryMention): boolean {
  return c.kind !== 'city' && c.kind !== 'capital' && c.kind !== 'seat';
}

function matchAt(ws: readonly Word[], i: number): { iso3: string; kind: PlaceKind; form: string; length: number } | null {
  const first = ws[i]!;
  if (!first.capitalised) return null;
  for (const entry of gazetteer().byFirstWord.get(first.key) ?? []) {
    const n = entry.keys.length;
    if (i + n > ws.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = ws[i + k]!.key === entry.keys[k];
    if (ok) return { iso3: entry.iso3, kind: entry.kind, form: entry.form, length: n };
  }
  return null;
}

type Part = { iso3: string; kind: PlaceKind; form: string; start: number; end: number };

/**
 * The states of hyphened pieces starting at `cursor` in word i, and how many words after it the last
 * piece runs on ("…-Papua New Guinea": the last piece opens "Papua New Guinea"); null when a piece names none.
 */
function pieceParts(ws: readonly Word[], i: number, pieces: readonly string[], cursor: number): { parts: Part[]; more: number } | null {
  const parts: Part[] = [];
  let more = 0;
  for (const [n, piece] of pieces.entries()) {
    const entries = gazetteer().byFirstWord.get(piece.toLowerCase()) ?? [];
    let entry = entries.find((e) => e.keys.length === 1);
    let end = cursor + piece.length;
    if (!entry && n === pieces.length - 1) {
      entry = entries.find((e) => e.keys.length > 1 && e.keys.slice(1).every((k, j) => ws[i + 1 + j]?.key === k));
      if (entry) {
        more = entry.keys.length - 1;
        end = ws[i + more]!.end;
      }
    }
    if (!entry || !/^\p{Lu}/u.test(piece)) return null;
    parts.push({ iso3: entry.iso3, kind: entry.kind, form: entry.form, start: cursor, end });
    cursor += piece.length + 1;
  }
  return { parts, more };
}

/** Parts of a hyphenated compound ("Kazakh-Tajik", "Belarus-Tajikistan-Afghanistan", "Australia-Papua New Guinea"). */
function compoundParts(ws: readonly Word[], i: number): { parts: Part[]; more: number } | null {
  const word = ws[i]!;
  if (!word.text.includes('-')) return null;
  const found = pieceParts(ws, i, word.text.split('-'), word.start);
  return found && found.parts.length > 1 ? found : null;
}

/**
 * A state of several words whose last word opens a compound: "Papua New Guinea-Australia", "South
 * Africa-Nigeria". The state, then the pieces after it.
 */
function namedIntoCompound(ws: readonly Word[], i: number): { parts: Part[]; last: number } | null {
  for (const entry of gazetteer().byFirstWord.get(ws[i]!.key) ?? []) {
    const n = entry.keys.length;
    const glued = ws[i + n - 1];
    if (n < 2 || !glued || !glued.key.startsWith(`${entry.keys[n - 1]}-`)) continue;
    if (!entry.keys.slice(0, n - 1).every((k, j) => ws[i + j]!.key === k)) continue;
    const at = glued.start + entry.keys[n - 1]!.length;
    const rest = pieceParts(ws, i + n - 1, glued.text.slice(entry.keys[n - 1]!.length + 1).split('-'), at + 1);
    if (!rest) continue;
    const head: Part = { iso3: entry.iso3, kind: entry.kind, form: entry.form, start: ws[i]!.start, end: at };
    return { parts: [head, ...rest.parts], last: i + n - 1 + rest.more };
  }
  return null;
}

// "South American", "Central Asian", "Latin American": a region's adjective, not a state's (data/region-prefixes.txt).
const regionPrefixes = perLexicons((lex) => new Set(lex.regionPrefixes));

// "Shanghai Cooperation Organisation", "Minsk Agreements", "Astana format": a city that names a body,
// a process or a document is no place of the sentence (data/city-named-words.txt).
const namedAfterCity = perLexicons((lex) => new Set(lex.cityNamedWords.map((w) => w.toLowerCase())));
// "the Gulf of Guinea", "the Sea of Japan": a feature named after a state (data/geographic-features.txt).
const features = perLexicons((lex) => new Set(lex.geographicFeatures.map((w) => w.toLowerCase())));
// "the Central African country", "West African nations": a region's adjective describing a state,
// not the state it names (data/state-nouns.txt).
const stateNouns = perLexicons((lex) => new Set(lex.stateNouns));
// "CELAC by its Spanish acronym": a language's adjective (data/language-nouns.txt).
const languageNouns = perLexicons((lex) => new Set(lex.languageNouns));
// "the Israeli-Palestinian conflict": a compound of states naming a topic (data/conflict-words.txt).
const conflictWords = perLexicons((lex) => new Set(lex.conflictWords));

export function findCountries(ws: readonly Word[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const hit = matchAt(ws, i);
    if (hit && hit.kind === 'adjective' && hit.length === 1 && i > 0 && regionPrefixes().has(ws[i - 1]!.key) && ws[i - 1]!.capitalised) continue;
    if (hit && hit.kind === 'adjective' && hit.length > 1 && regionPrefixes().has(ws[i]!.key) && stateNouns().has(ws[i + hit.length]?.key ?? '')) {
      i += hit.length - 1;
      continue;
    }
    if (
      hit &&
      (hit.kind === 'name' || hit.kind === 'official') &&
      i > 1 &&
      ws[i - 1]!.key === 'of' &&
      ws[i - 2]!.capitalised &&
      features().has(ws[i - 2]!.key)
    ) {
      i += hit.length - 1;
      continue;
    }
    const after = hit ? ws[i + hit.length] : undefined;
    // "the South China Sea", "the Indian Ocean", "the Persian Gulf": a feature named with a state's name or adjective before it.
    if (hit && hit.kind !== 'city' && hit.kind !== 'capital' && after?.capitalised && features().has(after.key)) {
      i += hit.length;
      continue;
    }
    if (
      hit &&
      (hit.kind === 'city' || hit.kind === 'capital') &&
      after !== undefined &&
      (after.capitalised || after.key === 'format') &&
      namedAfterCity().has(after.key)
    ) {
      i += hit.length;
      continue;
    }
    // "the State Department for Diaspora Affairs" (Kenya's), "the Foreign Office of Brazil": an institution of that name for
    // a remit or of a state, not the seat the name alone means.
    // (Not a headline's purpose: "Modi Arrives at the Kremlin for Talks With Putin".)
    if (
      hit &&
      hit.kind === 'seat' &&
      (after?.key === 'for' || after?.key === 'of') &&
      ws[i + hit.length + 1]?.capitalised &&
      !/^(?:talks|meeting|meetings|visit|consultations|negotiations|dinner|lunch|summit|ceremony)$/.test(ws[i + hit.length + 1]!.key)
    ) {
      i += hit.length;
      continue;
    }
    if (hit && hit.kind === 'adjective' && languageNouns().has(after?.key ?? '')) {
      i += hit.length - 1;
      continue;
    }
    if (hit) {
      const last = ws[i + hit.length - 1]!;
      out.push({ iso3: hit.iso3, kind: hit.kind, form: hit.form, start: ws[i]!.start, end: last.end, word: i });
      i += hit.length - 1;
      continue;
    }
    // "the Israeli-Palestinian conflict", "the India-Pakistan dispute": a topic of talks, not their sides.
    if (conflictWords().has(ws[i + 1]?.key ?? '')) continue;
    const into = namedIntoCompound(ws, i);
    if (into) {
      for (const part of into.parts) out.push({ ...part, word: i });
      i = into.last;
      continue;
    }
    const compound = compoundParts(ws, i);
    if (!compound) continue;
    for (const part of compound.parts) out.push({ ...part, word: i });
    i += compound.more;
  }
  return out;
}
