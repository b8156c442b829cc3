// Every command-line option, once: its flags, environment variable, default, parser and help. The
// verbs (program.ts) name the settings they take, so --db, --max-size, --published and the rest are
// validated the same way wherever they appear, from a flag or from the environment.
// test/cli/settings.test.ts checks that the README documents each one.
import { InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS } from '../export/formats.js';
import { isCalendarDate } from '../facts/calendar.js';
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

export const parsers = {
  path: (value: string): string => (value.trim() ? value : reject('a file path')),
  megabytes: (value: string): number => {
    const n = Number(value);
    return value.trim() && n > 0 && Number.isFinite(n) ? n : reject('a positive number of megabytes');
  },
  day: (value: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value) ? value : reject('a date as YYYY-MM-DD')),
  dateBound: (value: string): string => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && isCalendarDate(value) ? value : reject('a date as YYYY, YYYY-MM or YYYY-MM-DD')),
  iso3: (value: string): string => (/^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : reject('an ISO 3166-1 alpha-3 code such as TJK')),
  pair: (value: string): [string, string] => {
    const m = /^([A-Za-z]{3})[-–,]([A-Za-z]{3})$/.exec(value);
    return m ? [m[1]!.toUpperCase(), m[2]!.toUpperCase()] : reject('two ISO alpha-3 codes such as BLR-TJK');
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
};

export const SETTINGS = {
  db: { flags: '--db <path>', env: 'READOUT_DB', default: './readout.db', parse: parsers.path, help: 'database file' },
  maxSize: { flags: '--max-size <MB>', default: DEFAULT_MAX_BYTES / MEGABYTE, parse: parsers.megabytes, help: 'refuse inputs larger than this many megabytes' },
  published: { flags: '--published <date>', parse: parsers.day, help: 'publication date (YYYY-MM-DD) for inputs that do not state one' },
  workers: { flags: '--workers <n>', parse: parsers.threads, help: 'extraction threads (default: one per core)' },
  docTimeout: { flags: '--doc-timeout <seconds>', env: 'READOUT_DOC_TIMEOUT', default: DEFAULT_DOC_TIMEOUT_MS / 1000, parse: parsers.seconds, help: 'time budget of one document\'s extraction; a document over it fails and the batch goes on' },
  format: { flags: '-f, --format <format>', choices: ['json', 'ndjson', 'table'], help: 'output format (default: table on a terminal, JSON for one input, NDJSON for several)' },
  ndjson: { flags: '--ndjson', help: 'one JSON object per line, whatever the number of inputs' },
  pretty: { flags: '--pretty', help: 'indented JSON' },
  all: { flags: '--all', help: 're-extract every document' },
  country: { flags: '--country <ISO3>', parse: parsers.iso3, help: 'involving this country' },
  pair: { flags: '--pair <A-B>', parse: parsers.pair, help: 'involving both countries, e.g. BLR-TJK' },
  since: { flags: '--since <date>', parse: parsers.dateBound, help: 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)' },
  until: { flags: '--until <date>', parse: parsers.dateBound, help: 'on or before' },
  type: { flags: '--type <type>', help: 'event type (meeting, visit, …), agreement kind or trade measure' },
  kind: { flags: '--kind <kind>', help: 'trade kind (actual, target, potential) or agreement kind' },
  limit: { flags: '--limit <n>', parse: parsers.positive, help: 'at most this many rows' },
  hits: { flags: '--limit <n>', default: 20, parse: parsers.positive, help: 'at most this many hits of each kind' },
  json: { flags: '--json', conflicts: 'csv', help: 'JSON: the rows (stats: one object)' },
  csv: { flags: '--csv', help: 'CSV with a header' },
  exportFormat: { flags: '--format <format>', choices: EXPORT_FORMATS, required: true, help: 'output format' },
  out: { flags: '-o, --out <file>', parse: parsers.path, help: 'write to a file instead of standard output' },
  debug: { flags: '--debug', env: 'READOUT_DEBUG', help: 'on an error, print its stack too' },
  host: { flags: '--host <address>', env: 'READOUT_HOST', parse: parsers.host, help: 'address to listen on (default 127.0.0.1: this machine only)' },
  port: { flags: '--port <n>', env: 'READOUT_PORT', parse: parsers.port, help: 'port to listen on (default 8080; 0 picks a free one)' },
  token: { flags: '--token <token>', env: 'READOUT_TOKEN', help: 'accept POST /api/documents with this bearer token (without it the server is read-only)' },
  ingest: { flags: '--ingest <paths...>', help: 'ingest these files and folders first (already stored content is skipped)' },
  maxBody: { flags: '--max-body <MB>', default: 5, parse: parsers.megabytes, help: 'largest document accepted by POST /api/documents, in megabytes' },
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
