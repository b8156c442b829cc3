// The `readout` command line: its verbs, each with the settings it takes (settings.ts) and the module
// that runs it, imported only when it runs, so `readout --version` and the query verbs never load
// the NLP pipeline. runCli is the whole program for a given argv and io (bin is main.ts); every
// error ends in one handler (errors.ts).
import { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../facts/extractor-version.js';
import { reportError } from './errors.js';
import type { Io } from './io.js';
import { optionOf, type SettingName } from './settings.js';

interface Verb {
  readonly name: string;
  readonly description: string;
  /** Commander's syntax for the positional arguments, and their help. */
  readonly args?: readonly [syntax: string, help: string];
  readonly settings: readonly SettingName[];
  /**
   * Runs the verb. Its options are what commander parsed with the settings' parsers, keyed by the
   * settings' option names; each command module states their types (typed `never` here, the one
   * place they cross from commander's untyped record).
   */
  readonly run: (args: readonly string[], options: never, io: Io) => Promise<number>;
}

const QUERY_SETTINGS: readonly SettingName[] = ['db', 'country', 'pair', 'since', 'until', 'type', 'kind', 'limit', 'json', 'csv'];
const query = (name: 'events' | 'agreements' | 'trade' | 'people' | 'documents', description: string): Verb => ({
  name,
  description,
  settings: QUERY_SETTINGS,
  run: async (_args, o, io) => (await import('./query-command.js')).runQuery(name, o, io),
});

const VERBS: readonly Verb[] = [
  {
    name: 'extract',
    description: 'extract readout-facts/v1 from text, HTML, JSON and NDJSON files, folders, http(s) pages and feeds, or - (stdin)',
    args: ['[inputs...]', 'files, folders, http(s) URLs, or - for standard input (the default)'],
    settings: ['format', 'ndjson', 'pretty', 'published', 'maxSize', 'workers', 'docTimeout'],
    run: async (args, o, io) => (await import('./extract-command.js')).runExtract(args, o, io),
  },
  {
    name: 'ingest',
    description: 'extract and store text, HTML, JSON and NDJSON files and folders, web pages and RSS/Atom feeds; already stored content is skipped',
    args: ['<inputs...>', 'files, folders (NDJSON: one document per line), http(s) URLs of pages or feeds, or - for standard input'],
    settings: ['db', 'workers', 'published', 'maxSize', 'docTimeout'],
    run: async (args, o, io) => (await import('./ingest-command.js')).runIngest(args, o, io),
  },
  {
    name: 'reindex',
    description: 're-extract stored documents made by another extractor version (--all: every document)',
    settings: ['db', 'all', 'workers', 'docTimeout'],
    run: async (_args, o, io) => (await import('./ingest-command.js')).runReindex(o, io),
  },
  query('events', 'encounters between states, one row per event with all its sources'),
  query('agreements', 'named agreements, declarations, memoranda…'),
  query('trade', 'trade, contract and investment claims; conflicting values flagged'),
  query('people', 'canonical people across documents, with aliases and roles'),
  query('documents', 'stored documents, near-duplicates linked'),
  {
    name: 'search',
    description: 'full-text search over documents and facts',
    args: ['<text>', 'words to find (all of them)'],
    settings: ['db', 'hits', 'json', 'csv'],
    run: async (args, o, io) => (await import('./search-command.js')).runSearch(args[0]!, o, io),
  },
  {
    name: 'stats',
    description: 'counts of documents, facts, conflicts and near-duplicate links',
    settings: ['db', 'json'],
    run: async (_args, o, io) => (await import('./stats-command.js')).runStats(o, io),
  },
  {
    name: 'serve',
    description: 'serve the dashboard and the JSON API over a database (read-only unless --token is given)',
    settings: ['db', 'host', 'port', 'token', 'ingest', 'maxBody', 'maxSize', 'workers', 'docTimeout'],
    run: async (_args, o, io) => (await import('./serve-command.js')).runServe(o, io),
  },
  {
    name: 'export',
    description: 'the whole corpus: ndjson, csv, cameo (GDELT 2.0 event table, 61 columns) or plover (one JSON per event)',
    settings: ['db', 'exportFormat', 'out'],
    run: async (_args, o, io) => (await import('./export-command.js')).runExport(o, io),
  },
];

/** The verbs and the settings each takes, for the documentation test. */
export const VERB_SETTINGS: ReadonlyMap<string, readonly SettingName[]> = new Map(VERBS.map((v) => [v.name, v.settings]));

function program(io: Io, done: (code: number) => void): Command {
  const root = new Command()
    .name('readout')
    .description('Turn diplomatic readouts and news into sourced facts: events, agreements, trade figures, people.')
    .version(EXTRACTOR_VERSION)
    .addOption(optionOf('debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(`readout: ${text.replace(/^error: /, '')}`),
    });
  for (const verb of VERBS) {
    const command = root.command(verb.name).description(verb.description);
    if (verb.args) command.argument(verb.args[0], verb.args[1]);
    for (const name of verb.settings) command.addOption(optionOf(name));
    command.action(async () => done(await verb.run(command.args, command.opts() as never, io)));
  }
  return root;
}

/** Runs `readout` with these arguments (without the node and script paths); returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const root = program(io, (c) => (code = c));
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io, argv.includes('--debug') || Boolean(process.env.READOUT_DEBUG));
  }
}
