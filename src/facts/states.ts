// The states a fact may name, by the ISO 3166-1 alpha-3 code the facts carry: the UN members and the
// few non-member states and territories readouts treat as parties, from world-countries. The
// recognisers build their gazetteer on this list and the command line validates codes against it,
// so a code the CLI accepts is one the extractor can produce.
import { createRequire } from 'node:module';
import type { Countries, Country } from 'world-countries';
import { withoutAccents } from '../names/names.js';

// States and the few non-member states or territories that readouts treat as parties (the Cook Islands and Niue,
// states in free association with New Zealand, keep diplomatic relations of their own and sit at summits).
const BEYOND_UN = new Set(['PSE', 'UNK', 'TWN', 'VAT', 'HKG', 'MAC', 'COK', 'NIU']);
// ISO has no code for Kosovo; XKX is the code the EU, IMF and most event data use.
const CODE_FIXES: Readonly<Record<string, string>> = { UNK: 'XKX' };

/** The code the facts use for a world-countries code (Kosovo's UNK is XKX). */
export const factCode = (cca3: string): string => CODE_FIXES[cca3] ?? cca3;

let loaded: ReadonlyMap<string, Country> | null = null;

/**
 * Each state's world-countries record under the code the facts use, in the package's order. Read on
 * first use: the command line loads this module for every verb, and most never validate a code.
 */
export function states(): ReadonlyMap<string, Country> {
  if (!loaded) {
    const all = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
    loaded = new Map(all.filter((c) => c.unMember || BEYOND_UN.has(c.cca3)).map((c) => [factCode(c.cca3), c]));
  }
  return loaded;
}

/** The state's common English name, or the code itself when it is not one of the states. */
export const stateName = (iso3: string): string => states().get(iso3)?.name.common ?? iso3;

/**
 * Codes to suggest for something that is not a code: the state whose common or official name it is
 * ("Belarus" → BLR), else codes that share its first two letters.
 */
export function suggestStates(text: string): string[] {
  const wanted = withoutAccents(text.trim());
  const named = [...states()].filter(([, c]) => withoutAccents(c.name.common) === wanted || withoutAccents(c.name.official) === wanted).map(([code]) => code);
  if (named.length) return named;
  const prefix = wanted.slice(0, 2).toUpperCase();
  return prefix.length === 2 ? [...states().keys()].filter((code) => code.startsWith(prefix)).sort() : [];
}
