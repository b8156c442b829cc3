// Every command-line option, once: its flags, environment variable, default, parser and help. The
// verbs (program.ts) name the settings they take, so --db, --max-size, --published and the rest are
// validated the same way wherever they appear, from a flag or from the environment.
// test/cli/settings.test.ts checks that the README documents each one.
import { InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS } from '../export/formats.js';
import { isCalendarDate } from '../facts/calendar.js';
import { AgreementKind, AgreementStatus, EventType, TradeKind, TradeMeasure } from '../facts/schema.js';
import { states, suggestStates } from '../facts/states.js';
import { DEFAULT_DOC_TIMEOUT_MS, DEFAULT_MAX_BYTES, MEGABYTE } from '../read/limits.js';

export interface Setting {
  /** Commander's flags, e.g. `--db <path>`; the option's name is the long flag in camel case. */
  readonly flags: string;
  readonly env?: string;
  readonly default?: unknown;
  /** Turns the text given into the value, or throws InvalidArgumentError saying what was expected. */
  readonly parse?: (value: string) => unknown;
  readonly choices?: readonly string[];
  /** The verb cannot run without it. */
  readonly required?: boolean;
  /** A setting this one cannot be given with. */
  readonly conflicts?: string;
  readonly help: string;
}

const reject = (expected: string): never => {
  throw new InvalidArgumentError(`expected ${expected}`);
};

/** The code, if it is a state's; else why not, with the codes it may have meant. */
function stateCode(value: string): { code: string } | { problem: string } {
  const code = value.trim().toUpperCase();
  if (states().has(code)) return { code };
  const suggestions = suggestStates(value);
  return { problem: suggestions.length ? ` (did you mean ${suggestions.slice(0, 8).join(', ')}?)` : '' };
}

const iso3 = (value: string): string => {
  const checked = stateCode(value);
  return 'code' in checked ? checked.code : reject(`an ISO 3166-1 alpha-3 code of a state such as TJK${checked.problem}`);
};

/** The word that clears a corrected field (an end date, a year, a person's country). */
const NONE = 'none';

const parsers = {
  path: (value: string): string => (value.trim() ? value : reject('a file path')),
  megabytes: (value: string): number => {
    const n = Number(value);
    return value.trim() && n > 0 && Number.isFinite(n) ? n : reject('a positive number of megabytes');
  },
  day: (value: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value) ? value : reject('a date as YYYY-MM-DD')),
  dateBound: (value: string): string =>
    /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && isCalendarDate(value) ? value : reject('a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  iso3,
  pair: (value: string): [string, string] => {
    const m = /^([A-Za-z]{3})[-–,]([A-Za-z]{3})$/.exec(value.trim());
    if (!m) return reject('two ISO alpha-3 codes such as BLR-TJK');
    return [iso3(m[1]!), iso3(m[2]!)];
  },
  port: (value: string): number => {
    const n = Number(value);
    return value.trim() && Number.isInteger(n) && n >= 0 && n <= 65535 ? n : reject('a port number from 0 to 65535 (0 picks a free one)');
  },
  host: (value: string): string => (/^[\w.:-]+$/.test(value) ? value : reject('a host name or an IP address')),
  seconds: (value: string): number => {
    const n = Number(value);
    return value.trim() && n > 0 && n <= 86_400 ? n : reject('a number of seconds greater than 0 (at most a day)');
  },
  positive: (value: string): number => {
    const n = Number(value);
    return value.trim() && Number.isSafeInteger(n) && n >= 1 ? n : reject(`a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`);
  },
  // Each thread loads the NLP pipeline (tens of megabytes): more threads than this only thrash.
  threads: (value: string): number => {
    const n = Number(value);
    return value.trim() && Number.isInteger(n) && n >= 1 && n <= 256 ? n : reject('a whole number of threads from 1 to 256');
  },
  offset: (value: string): number => {
    const n = Number(value);
    return value.trim() && Number.isInteger(n) && n >= 0 ? n : reject('a whole number, 0 or more');
  },
  text: (value: string): string => (value.trim() ? value.trim() : reject('some text')),
  /** A fact's date as the facts write it, or none. */
  factDate: (value: string): string | null => {
    if (value === NONE) return null;
    return isCalendarDate(value) ? value : reject(`a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (no year), or ${NONE}`);
  },
  /** Countries as codes joined by commas or hyphens: BLR,TJK or BLR-TJK. */
  countries: (value: string): string[] => {
    const codes = value.split(/[,\s–-]+/).filter(Boolean);
    if (!codes.length) return reject('ISO alpha-3 codes joined by commas, such as BLR,TJK');
    const checked = codes.map((c) => [c, stateCode(c)] as const);
    const bad = checked.find(([, r]) => 'problem' in r);
    if (bad) return reject(`ISO alpha-3 codes of states joined by commas, such as BLR,TJK: ${bad[0]} is none${(bad[1] as { problem: string }).problem}`);
    return [...new Set(checked.map(([, r]) => (r as { code: string }).code))].sort();
  },
  countryOrNone: (value: string): string | null => (value === NONE ? null : iso3(value)),
  year: (value: string): number | null => {
    if (value === NONE) return null;
    const n = Number(value);
    return /^\d{4}$/.test(value.trim()) && n >= 1900 && n <= 2100 ? n : reject(`a year such as 2024, or ${NONE}`);
  },
  usd: (value: string): number => {
    const n = Number(value.replace(/[_,]/g, ''));
    return value.trim() && n >= 0 && Number.isFinite(n) ? n : reject('a dollar value such as 200000000');
  },
  yesNo: (value: string): boolean => (value === 'yes' || value === 'true' ? true : value === 'no' || value === 'false' ? false : reject('yes or no')),
};

const SINCE_HELP = 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)';

export const SETTINGS = {
  db: { flags: '--db <path>', env: 'READOUT_DB', default: './readout.db', parse: parsers.path, help: 'database file' },
  maxSize: { flags: '--max-size <MB>', default: DEFAULT_MAX_BYTES / MEGABYTE, parse: parsers.megabytes, help: 'refuse inputs larger than this many megabytes' },
  published: { flags: '--published <date>', parse: parsers.day, help: 'publication date (YYYY-MM-DD) for inputs that do not state one' },
  root: {
    flags: '--root <dir>',
    env: 'READOUT_ROOT',
    parse: parsers.path,
    help: 'name files by their path relative to this folder (default: the current folder)',
  },
  workers: { flags: '--workers <n>', parse: parsers.threads, help: 'extraction threads (default: one per core)' },
  docTimeout: {
    flags: '--doc-timeout <seconds>',
    env: 'READOUT_DOC_TIMEOUT',
    default: DEFAULT_DOC_TIMEOUT_MS / 1000,
    parse: parsers.seconds,
    help: "time budget of one document's extraction; a document over it fails and the batch goes on",
  },
  allowPrivate: { flags: '--allow-private', help: 'fetch URLs on loopback, private and link-local addresses too (refused by default)' },
  format: {
    flags: '-f, --format <format>',
    choices: ['json', 'ndjson', 'table'],
    help: 'output format (default: table on a terminal, JSON for one input, NDJSON for several; json on several inputs is one array)',
  },
  ndjson: { flags: '--ndjson', help: 'one JSON object per line, whatever the number of inputs' },
  pretty: { flags: '--pretty', help: 'indented JSON' },
  all: { flags: '--all', help: 're-extract every document' },
  country: { flags: '--country <ISO3>', parse: parsers.iso3, help: 'involving this country' },
  pair: { flags: '--pair <A-B>', parse: parsers.pair, help: 'involving both countries, e.g. BLR-TJK' },
  since: { flags: '--since <date>', parse: parsers.dateBound, help: SINCE_HELP },
  until: { flags: '--until <date>', parse: parsers.dateBound, help: 'on or before' },
  sinceYear: { flags: '--since <date>', parse: parsers.dateBound, help: 'figures of this year or later (YYYY; a longer date counts by its year)' },
  untilYear: { flags: '--until <date>', parse: parsers.dateBound, help: 'figures of this year or earlier' },
  publishedSince: { flags: '--since <date>', parse: parsers.dateBound, help: `published ${SINCE_HELP}` },
  publishedUntil: { flags: '--until <date>', parse: parsers.dateBound, help: 'published on or before' },
  eventType: { flags: '--type <type>', choices: EventType.options, help: 'event type' },
  person: { flags: '--person <name>', parse: parsers.text, help: 'events this person took part in (a name, a family name or an alias)' },
  agreementKind: { flags: '--kind <kind>', choices: AgreementKind.options, help: 'agreement kind' },
  status: { flags: '--status <status>', choices: AgreementStatus.options, help: 'agreement status' },
  measure: { flags: '--measure <measure>', choices: TradeMeasure.options, help: 'trade measure' },
  tradeKind: { flags: '--kind <kind>', choices: TradeKind.options, help: 'actual figures, targets or potentials' },
  name: { flags: '--name <name>', parse: parsers.text, help: 'people with this name, family name or alias' },
  limit: { flags: '--limit <n>', parse: parsers.positive, help: 'at most this many rows' },
  offset: { flags: '--offset <n>', parse: parsers.offset, help: 'skip this many rows first' },
  hits: { flags: '--limit <n>', default: 20, parse: parsers.positive, help: 'at most this many hits of each kind' },
  json: { flags: '--json', conflicts: 'csv', help: 'JSON: the rows (stats, show: one object)' },
  csv: { flags: '--csv', help: 'CSV with a header' },
  exportFormat: { flags: '--format <format>', choices: EXPORT_FORMATS, default: 'ndjson', help: 'output format' },
  out: { flags: '-o, --out <file>', parse: parsers.path, help: 'write to a file instead of standard output' },
  debug: { flags: '--debug', env: 'READOUT_DEBUG', help: 'on an error, print its stack too' },
  host: { flags: '--host <address>', env: 'READOUT_HOST', parse: parsers.host, help: 'address to listen on (default 127.0.0.1: this machine only)' },
  port: { flags: '--port <n>', env: 'READOUT_PORT', parse: parsers.port, help: 'port to listen on (default 8080; 0 picks a free one)' },
  token: { flags: '--token <token>', env: 'READOUT_TOKEN', help: 'accept POST /api/documents with this bearer token (without it the server is read-only)' },
  ingest: { flags: '--ingest <paths...>', help: 'ingest these files and folders first (already stored content is skipped)' },
  maxBody: { flags: '--max-body <MB>', default: 5, parse: parsers.megabytes, help: 'largest document accepted by POST /api/documents, in megabytes' },
  // Corrections: who made them and why, and the values they set (corrections.ts says which apply to which kind of fact).
  by: { flags: '--by <name>', env: 'READOUT_USER', parse: parsers.text, help: 'who makes the correction (default: the user logged in)' },
  note: { flags: '--note <text>', parse: parsers.text, help: 'why: kept with the correction' },
  setDate: { flags: '--date <date>', parse: parsers.factDate, help: `date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or ${NONE}` },
  setEndDate: { flags: '--end-date <date>', parse: parsers.factDate, help: `an event's last day, or ${NONE}` },
  setType: { flags: '--type <type>', choices: EventType.options, help: "an event's type" },
  setPlanned: { flags: '--planned <yes|no>', parse: parsers.yesNo, help: 'an event announced for the future (yes) or that took place (no)' },
  setCountries: {
    flags: '--countries <codes>',
    parse: parsers.countries,
    help: "an event's countries, an agreement's parties or a trade figure's pair: ISO codes such as BLR,TJK",
  },
  setStatus: { flags: '--status <status>', choices: AgreementStatus.options, help: "an agreement's status" },
  setKind: {
    flags: '--kind <kind>',
    choices: [...new Set([...AgreementKind.options, ...TradeKind.options])],
    help: `an agreement's kind (${AgreementKind.options.join(', ')}) or a trade figure's (${TradeKind.options.join(', ')})`,
  },
  setTitle: { flags: '--title <title>', parse: parsers.text, help: "an agreement's title" },
  setMeasure: { flags: '--measure <measure>', choices: TradeMeasure.options, help: "a trade figure's measure" },
  setYear: { flags: '--year <year>', parse: parsers.year, help: `the year a trade figure refers to, or ${NONE}` },
  setValue: { flags: '--value-usd <dollars>', parse: parsers.usd, help: "a trade figure's value in US dollars" },
  setName: { flags: '--name <name>', parse: parsers.text, help: "a person's name" },
  setRole: { flags: '--role <role>', parse: parsers.text, help: "a person's role" },
  setCountry: { flags: '--country <ISO3>', parse: parsers.countryOrNone, help: `the state a person serves, or ${NONE}` },
  splitSource: {
    flags: '--source <document>',
    parse: parsers.text,
    required: true,
    help: 'the document (id or source path) whose reports become a fact of their own',
  },
  undo: { flags: '--undo <id>', parse: parsers.positive, help: 'revert this correction (it stays listed as undone)' },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** The commander option of a setting. */
export function optionOf(name: SettingName): Option {
  const s: Setting = SETTINGS[name];
  const option = new Option(s.flags, s.help);
  if (s.parse) option.argParser(s.parse);
  if (s.choices) option.choices(s.choices);
  if (s.env) option.env(s.env);
  if (s.default !== undefined) option.default(s.default);
  if (s.required) option.makeOptionMandatory();
  if (s.conflicts) option.conflicts(s.conflicts);
  return option;
}
