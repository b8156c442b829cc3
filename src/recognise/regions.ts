// The first-level regions of states (provinces, oblasts, states of a federation), from country-region-data:
// "the Governor of Sichuan", "the Head of Tatarstan" hold offices of China and Russia. Only a name that one
// state's region bears, and that no state bears, is read: "Georgia" and "Victoria" stay what the gazetteer says.
import { createRequire } from 'node:module';
import type { CountrySlug } from 'country-region-data';
import { states } from '../facts/states.js';
import { words } from './words.js';

interface RegionRecord {
  readonly countryShortCode: CountrySlug;
  readonly regions: ReadonlyArray<{ readonly name: string }>;
}

// Words of a region's official name that English prose leaves out ("Republic of Tatarstan", "Amur Oblast").
const ADMINISTRATIVE =
  /^(?:republic|oblast|krai|kray|okrug|autonomous|province|region|state|territory|prefecture|governorate|county|district|municipality|city|special|administrative|capital|federal|of|the|and)$/;

let byName: ReadonlyMap<string, string> | null = null;

/** A region's words as a lookup key: folded, without its administrative words or a bracketed gloss. */
function regionKey(name: string): string {
  return words(name.replace(/\([^)]*\)/g, ' '))
    .map((w) => w.key.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'))
    .filter((k) => !ADMINISTRATIVE.test(k))
    .join(' ');
}

function build(): ReadonlyMap<string, string> {
  const records = createRequire(import.meta.url)('country-region-data/data.json') as readonly RegionRecord[];
  const byIso2 = new Map([...states()].map(([code, c]) => [c.cca2, code]));
  const stateKeys = new Set([...states().values()].flatMap((c) => [regionKey(c.name.common), regionKey(c.name.official)]));
  const found = new Map<string, string | null>(); // null: a name several states' regions bear
  for (const record of records) {
    const iso3 = byIso2.get(record.countryShortCode);
    if (!iso3) continue;
    for (const region of record.regions) {
      const key = regionKey(region.name);
      if (key.length < 4 || stateKeys.has(key)) continue;
      found.set(key, found.has(key) && found.get(key) !== iso3 ? null : iso3);
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/** The state whose first-level region the name is ("Sichuan" → CHN, "Republic of Tatarstan" → RUS), or null. */
export function regionState(name: string): string | null {
  byName ??= build();
  return byName.get(regionKey(name)) ?? null;
}
