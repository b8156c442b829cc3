// Every lexicon and knowledge table in data/, read and checked in one place. Each file has a zod
// schema for its rows: a row that does not fit is an error naming the file, the line and the
// column, never a row silently skipped. What loadLexicons returns is frozen; the recognisers and
// extractors build their indexes from it (active.ts), so a caller can hand the extractor other
// tables (createExtractor in extract/pipeline.ts) and nothing reads data/ when a module is imported.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AgreementKind, AgreementStatus, EventType, Qualifier, TradeMeasure } from '../facts/schema.js';

export const DATA_DIR = new URL('../../data/', import.meta.url);

const text = z.string().min(1, 'is empty');
const optionalText = z.string();
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'is not an ISO 3166-1 alpha-3 code');
const iso4217 = z.string().regex(/^[A-Z]{3}$/, 'is not an ISO 4217 code');
const yesNo = z.enum(['yes', 'no']);
const number = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?(?:e\d+)?$/, 'is not a number')
  .transform(Number);
const optionalNumber = z.union([z.literal('').transform(() => null), number]);
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
const regex = text.refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');
const pipeList = z.string().transform((s) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean),
);
const PLACE_KINDS = ['name', 'official', 'adjective', 'capital', 'city', 'seat'] as const;
/** A rule written as data: what it matches and why, under an id a fact's explanation can name. */
const rule = z.object({ id: z.string().regex(/^[a-z0-9-]+$/, 'is not an id (lower case, digits, hyphens)'), match: regex, reason: text });

/** The tab-separated tables: file name and the schema of one row (the header names its columns). */
const TABLES = {
  agreementKinds: [
    'agreement-kinds.tsv',
    z.object({ kind: AgreementKind, form: text, plural: pipeList, named: yesNo, written: z.enum(['any', 'capitalised', 'signed', 'listing']) }),
  ],
  kindAbbreviations: ['kind-abbreviations.tsv', z.object({ kind: AgreementKind, form: text, plural: pipeList, stands_for: text })],
  agreementStatus: ['agreement-status.tsv', z.object({ status: AgreementStatus, form: text })],
  ambiguousNames: ['ambiguous-names.tsv', z.object({ form: text, usual: iso3, other: iso3 })],
  bodySeats: ['body-seats.tsv', z.object({ city: text, body: text })],
  // leader-title rows ("Taoiseach") name a state's office; the gazetteer leaves them out.
  countryExtras: ['country-extras.tsv', z.object({ iso3, kind: z.enum([...PLACE_KINDS, 'leader-title']), form: text })],
  currencies: ['currencies.tsv', z.object({ currency: iso4217, position: z.enum(['before', 'after']), form: text })],
  localCurrencies: ['local-currencies.tsv', z.object({ form: text, iso3, currency: iso4217, position: z.enum(['before', 'after']) })],
  diplomaticRelations: ['diplomatic-relations.tsv', z.object({ a: iso3, b: iso3, established: date, source: text, note: optionalText.optional() })],
  eventCues: ['event-cues.tsv', z.object({ type: EventType, priority: number, form: text })],
  fips: ['fips10-4.tsv', z.object({ iso3, fips: z.string().regex(/^[A-Z]{2}$/, 'is not a FIPS 10-4 code') })],
  historicalDates: ['historical-dates.tsv', z.object({ iso3: z.union([z.literal(''), iso3]), event: text, match: regex, date, source: text })],
  homoglyphs: ['homoglyphs.tsv', z.object({ letter: z.string().length(1, 'is not one character'), latin: z.string().length(1, 'is not one character') })],
  leaders: ['leaders.tsv', z.object({ iso3, role: text, name: text, aliases: pipeList, from: optionalNumber, to: optionalNumber })],
  moneyScales: ['money-scales.tsv', z.object({ form: text, factor: number })],
  monthNames: ['month-names.tsv', z.object({ language: text, month: number, form: text })],
  newsAgencies: ['news-agencies.tsv', z.object({ agency: text, iso3 })],
  stockCues: ['stock-cues.tsv', rule],
  venueWords: ['venue-words.tsv', rule],
  numberWords: ['number-words.tsv', z.object({ form: text, value: number, kind: z.enum(['cardinal', 'ordinal']) })],
  qualifiers: ['qualifiers.tsv', z.object({ qualifier: Qualifier.exclude(['exact']), form: text })],
  titles: [
    'titles.tsv',
    z.object({
      form: text,
      category: z.enum(['head_of_state', 'head_of_government', 'monarch', 'minister', 'diplomat', 'official', 'expert']),
      rank: number,
      generic: yesNo,
      full: optionalText.optional(),
    }),
  ],
  titleSpellings: ['title-spellings.tsv', z.object({ form: text, variant: text })],
  stateGroups: ['state-groups.tsv', z.object({ group: text, form: text, members: pipeList.pipe(z.array(iso3).min(2)) })],
  tradeCues: ['trade-cues.tsv', z.object({ measure: z.union([TradeMeasure, z.literal('not-trade')]), form: text })],
} as const;

/** The one-column lists. */
const LISTS = {
  agreementSubjects: 'agreement-subjects.txt',
  boilerplateLines: 'boilerplate-lines.txt',
  cityNamedWords: 'city-named-words.txt',
  conflictWords: 'conflict-words.txt',
  commodityWords: 'commodity-words.txt',
  fieldPairs: 'field-pairs.txt',
  nounLikeAdjectives: 'noun-like-adjectives.txt',
  actionGerunds: 'action-gerunds.txt',
  familyNameWords: 'family-name-words.txt',
  familyFirstStates: 'family-first-states.txt',
  countedUnits: 'counted-units.txt',
  futureCues: 'future-cues.txt',
  geographicFeatures: 'geographic-features.txt',
  descriptiveWords: 'descriptive-words.txt',
  honorifics: 'honorifics.txt',
  internationalBodies: 'international-bodies.txt',
  tradeBlocs: 'trade-blocs.txt',
  languageNouns: 'language-nouns.txt',
  nameParticles: 'name-particles.txt',
  namedAfterWords: 'named-after-words.txt',
  nameWordsInTitles: 'name-words-in-titles.txt',
  namePrefixWords: 'name-prefix-words.txt',
  nonNameWords: 'non-name-words.txt',
  notTradeCues: 'not-trade-cues.txt',
  organisationWords: 'organisation-words.txt',
  legalForms: 'legal-forms.txt',
  patronymicEndings: 'patronymic-endings.txt',
  personVerbs: 'person-verbs.txt',
  portfolios: 'portfolios.txt',
  remitContinuations: 'remit-continuations.txt',
  regionPrefixes: 'region-prefixes.txt',
  spokespersonTitles: 'spokesperson-titles.txt',
  stateNouns: 'state-nouns.txt',
  titleStopWords: 'title-stop-words.txt',
} as const;

type Tables = { readonly [K in keyof typeof TABLES]: ReadonlyArray<Readonly<z.output<(typeof TABLES)[K][1]>>> };
type Lists = { readonly [K in keyof typeof LISTS]: readonly string[] };

/** Yearly average US dollars per unit of a currency (usd-rates.tsv): currency → year → rate. */
type UsdRates = ReadonlyMap<string, ReadonlyMap<number, number>>;

export type Lexicons = Tables & Lists & { readonly usdRates: UsdRates };

/** A data file that does not read as its schema says. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

interface Line {
  readonly number: number;
  readonly text: string;
}

/** Lines that are not blank or comments, with their line numbers (from 1). */
function contentLines(file: string, dir: URL): Line[] {
  let raw: string;
  try {
    raw = readFileSync(new URL(file, dir), 'utf8');
  } catch (e) {
    throw new LexiconError(`data/${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return raw
    .split(/\r?\n/)
    .map((line, i) => ({ number: i + 1, text: line.replace(/\s+$/, '') }))
    .filter((l) => l.text.trim() && !l.text.trimStart().startsWith('#'));
}

function readRows<S extends z.ZodType>(file: string, schema: S, dir: URL): Array<z.output<S>> {
  const [header, ...rows] = contentLines(file, dir);
  if (!header) throw new LexiconError(`data/${file}: has no header line`);
  const columns = header.text.split('\t').map((c) => c.trim());
  return rows.map((line) => {
    const cells = line.text.split('\t');
    if (cells.length > columns.length) throw new LexiconError(`data/${file}:${line.number}: ${cells.length} cells for ${columns.length} columns`);
    const row = Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LexiconError(
        `data/${file}:${line.number}: ${issue.path.join('.') || 'row'} ${JSON.stringify(row[String(issue.path[0])] ?? '')} ${issue.message}`,
      );
    }
    return parsed.data;
  });
}

function readUsdRates(dir: URL): UsdRates {
  const file = 'usd-rates.tsv';
  const [header, ...rows] = contentLines(file, dir);
  if (!header) throw new LexiconError(`data/${file}: has no header line`);
  const [first, ...years] = header.text.split('\t').map((c) => c.trim());
  if (first !== 'currency' || !years.every((y) => /^\d{4}$/.test(y)))
    throw new LexiconError(`data/${file}:${header.number}: the header is "currency" and then years`);
  return new Map(
    rows.map((line) => {
      const [currency = '', ...cells] = line.text.split('\t').map((c) => c.trim());
      if (!/^[A-Z]{3}$/.test(currency)) throw new LexiconError(`data/${file}:${line.number}: currency ${JSON.stringify(currency)} is not an ISO 4217 code`);
      const rates = new Map<number, number>();
      cells.forEach((cell, i) => {
        if (!cell) return;
        const rate = Number(cell);
        if (!(rate > 0)) throw new LexiconError(`data/${file}:${line.number}: ${years[i]} ${JSON.stringify(cell)} is not a positive number`);
        rates.set(Number(years[i]), rate);
      });
      return [currency, rates] as const;
    }),
  );
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

/** Reads and checks every data file. Throws a LexiconError naming the first file and line that does not fit. */
export function loadLexicons(dir: URL = DATA_DIR): Lexicons {
  const tables = Object.fromEntries(Object.entries(TABLES).map(([key, [file, schema]]) => [key, readRows(file, schema, dir)]));
  const lists = Object.fromEntries(Object.entries(LISTS).map(([key, file]) => [key, contentLines(file, dir).map((l) => l.text.trim())]));
  // Maps cannot be frozen entry by entry; usdRates is read-only by its type.
  const usdRates = readUsdRates(dir);
  return { ...deepFreeze({ ...tables, ...lists }), usdRates } as Lexicons;
}
