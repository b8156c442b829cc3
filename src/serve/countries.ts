// Country names for display, from world-countries (the same table the recognisers start from).
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const table = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
const NAMES: ReadonlyMap<string, string> = new Map(table.map((c) => [c.cca3, c.name.common]));

export const countryName = (code: string): string => NAMES.get(code) ?? code;
export const isKnownCountry = (code: string): boolean => NAMES.has(code);
