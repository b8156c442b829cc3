// Every way English news names a state: common and official names, demonyms and adjectives,
// capitals, major cities and seats of government. world-countries gives the maintained core;
// data/country-extras.tsv adds the forms it lacks (Tajik, Russia, Kyiv/Kiev, the Kremlin…).
import { existsSync } from 'node:fs';
import { factCode, states } from '../facts/states.js';
import { readTable } from '../lexicon/load.js';
import { words } from './words.js';

export type PlaceKind = 'name' | 'official' | 'adjective' | 'capital' | 'city' | 'seat';

export interface GazetteerEntry {
  readonly iso3: string;
  readonly kind: PlaceKind;
  readonly form: string;
  readonly keys: readonly string[];
}

export interface Country {
  readonly iso3: string;
  readonly name: string;
  readonly official: string;
  readonly capitals: readonly string[];
  readonly adjective: string | null;
}

const EXTRAS = new URL('../../data/country-extras.tsv', import.meta.url);

function isLatin(form: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u.test(form);
}

function build(): { entries: GazetteerEntry[]; countries: Map<string, Country> } {
  const entries: GazetteerEntry[] = [];
  const byCode = new Map<string, Country>();
  const extraAdjective = new Set<string>();
  const add = (iso3: string, kind: PlaceKind, form: string): void => {
    const clean = form.replace(/^the\s+/i, '').trim();
    if (clean.length < 3 || !isLatin(clean) || /^[A-Z]{2}$/.test(clean)) return;
    entries.push({ iso3, kind, form: clean, keys: words(clean).map((w) => w.key) });
  };
  for (const [iso3, c] of states()) {
    const demonym = c.demonyms?.eng?.m ?? null;
    byCode.set(iso3, { iso3, name: c.name.common, official: c.name.official, capitals: c.capital ?? [], adjective: demonym });
    add(iso3, 'name', c.name.common);
    add(iso3, 'official', c.name.official);
    // Single-word alternative spellings include given names and common words ("Dominique", "Island").
    for (const alt of c.altSpellings ?? []) if (/\s/.test(alt)) add(iso3, 'official', alt);
    for (const capital of c.capital ?? []) add(iso3, 'capital', capital);
    if (demonym) add(iso3, 'adjective', demonym);
    if (c.demonyms?.eng?.f && c.demonyms.eng.f !== demonym) add(iso3, 'adjective', c.demonyms.eng.f);
  }
  if (existsSync(EXTRAS)) {
    for (const row of readTable<'iso3' | 'kind' | 'form'>('country-extras.tsv')) {
      const iso3 = factCode(row.iso3);
      if (!byCode.has(iso3) || !row.form) continue;
      if (['name', 'official', 'adjective', 'capital', 'city', 'seat'].includes(row.kind)) add(iso3, row.kind as PlaceKind, row.form);
      if (row.kind === 'adjective') {
        const country = byCode.get(iso3)!;
        // The extras list the usual English adjective first; it beats world-countries' rarer forms.
        if (!extraAdjective.has(iso3)) {
          extraAdjective.add(iso3);
          byCode.set(iso3, { ...country, adjective: row.form });
        }
      }
    }
  }
  return { entries: dedupe(entries), countries: byCode };
}

/** A form that names two states (e.g. a shared city name) is dropped rather than guessed. */
function dedupe(entries: GazetteerEntry[]): GazetteerEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    const key = e.keys.join(' ');
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(e.iso3);
  }
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = e.keys.join(' ');
    if (owners.get(key)!.size > 1 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const built = build();

export const COUNTRIES: ReadonlyMap<string, Country> = built.countries;

/** Entries indexed by their first word key, longest first, for greedy matching. */
export const BY_FIRST_WORD: ReadonlyMap<string, readonly GazetteerEntry[]> = (() => {
  const index = new Map<string, GazetteerEntry[]>();
  for (const e of built.entries) {
    const first = e.keys[0]!;
    if (!index.has(first)) index.set(first, []);
    index.get(first)!.push(e);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
})();

/**
 * One-word place names: a person's name never contains one. Words of longer names ("Camp David",
 * "La Paz") are not listed: they are given names and family names too.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(built.entries.filter((e) => e.keys.length === 1).map((e) => e.keys[0]!));

export function countryName(iso3: string): string {
  return COUNTRIES.get(iso3)?.name ?? iso3;
}

export function lookupForm(form: string): GazetteerEntry | undefined {
  const keys = words(form).map((w) => w.key);
  return BY_FIRST_WORD.get(keys[0] ?? '')?.find((e) => e.keys.length === keys.length && e.keys.every((k, i) => k === keys[i]));
}

