// Every way English news names a state: common and official names, demonyms and adjectives,
// capitals, major cities and seats of government. world-countries gives the maintained core;
// data/country-extras.tsv adds the forms it lacks (Tajik, Russia, Kyiv/Kiev, the Kremlin…).
import { factCode, states } from '../facts/states.js';
import { perLexicons } from '../lexicon/active.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { words } from './words.js';

export type PlaceKind = 'name' | 'official' | 'adjective' | 'capital' | 'city' | 'seat';

export interface GazetteerEntry {
  readonly iso3: string;
  readonly kind: PlaceKind;
  readonly form: string;
  readonly keys: readonly string[];
}

function isLatin(form: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u.test(form);
}

interface Gazetteer {
  /** Entries indexed by their first word key, longest first, for greedy matching. */
  readonly byFirstWord: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /**
   * One-word place names: a person's name never contains one. Words of longer names ("Camp David",
   * "La Paz") are not listed: they are given names and family names too.
   */
  readonly placeWords: ReadonlySet<string>;
}

function build(lex: Lexicons): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const add = (iso3: string, kind: PlaceKind, form: string): void => {
    const clean = form.replace(/^the\s+/i, '').trim();
    if (clean.length < 3 || !isLatin(clean) || /^[A-Z]{2}$/.test(clean)) return;
    entries.push({ iso3, kind, form: clean, keys: words(clean).map((w) => w.key) });
  };
  for (const [iso3, c] of states()) {
    const demonym = c.demonyms?.eng?.m ?? null;
    add(iso3, 'name', c.name.common);
    add(iso3, 'official', c.name.official);
    // Single-word alternative spellings include given names and common words ("Dominique", "Island").
    for (const alt of c.altSpellings ?? []) if (/\s/.test(alt)) add(iso3, 'official', alt);
    for (const capital of c.capital ?? []) add(iso3, 'capital', capital);
    if (demonym) add(iso3, 'adjective', demonym);
    if (c.demonyms?.eng?.f && c.demonyms.eng.f !== demonym) add(iso3, 'adjective', c.demonyms.eng.f);
  }
  for (const row of lex.countryExtras) {
    const iso3 = factCode(row.iso3);
    // leader-title rows name an office, not a place.
    if (states().has(iso3) && row.kind !== 'leader-title') add(iso3, row.kind, row.form);
  }
  const kept = dedupe(
    entries,
    new Map(
      lex.ambiguousNames.map((a) => [
        words(a.form)
          .map((w) => w.key)
          .join(' '),
        a.usual,
      ]),
    ),
  );
  const byFirstWord = new Map<string, GazetteerEntry[]>();
  for (const e of kept) {
    const first = e.keys[0]!;
    if (!byFirstWord.has(first)) byFirstWord.set(first, []);
    byFirstWord.get(first)!.push(e);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const placeWords = new Set(kept.filter((e) => e.keys.length === 1).map((e) => e.keys[0]!));
  return { byFirstWord, placeWords };
}

/**
 * A form that names two states (e.g. a shared city name) is dropped rather than guessed, unless
 * data/ambiguous-names.tsv says which state it usually names (the document may say otherwise:
 * resolveAmbiguousNames in recognise-document.ts).
 */
function dedupe(entries: GazetteerEntry[], usual: ReadonlyMap<string, string>): GazetteerEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    const key = e.keys.join(' ');
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(e.iso3);
  }
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = e.keys.join(' ');
    const owner = usual.get(key);
    if (owner !== undefined ? e.iso3 !== owner : owners.get(key)!.size > 1) return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The gazetteer of the lexicons in use, built on first use. */
export const gazetteer = perLexicons(build);

export function lookupForm(form: string): GazetteerEntry | undefined {
  const keys = words(form).map((w) => w.key);
  return gazetteer()
    .byFirstWord.get(keys[0] ?? '')
    ?.find((e) => e.keys.length === keys.length && e.keys.every((k, i) => k === keys[i]));
}
