// The `readout` command line: its verbs, each with the settings it takes (settings.ts) and the module
// that runs it, imported only when it runs, so `readout --version` and the query verbs never load
// the NLP pipeline. runCli is the whole program for a given argv and io (bin is main.ts); every
// error ends in one handler (errors.ts).
import { createRequire } from 'node:module';
import { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../facts/extractor-version.js';
import { reportError } from './errors.js';
import type { Io } from './io.js';
import { optionOf, type SettingName } from './settings.js';

interface Verb {
  readonly name: string;
  readonly description: string;
  /** Commander's syntax for each positional argument, and its help. */
  readonly args?: ReadonlyArray<readonly [syntax: string, help: string]>;
  readonly settings: readonly SettingName[];
  /**
   * Runs the verb. Its options are what commander parsed with the settings' parsers, keyed by the
   * settings' option names; each command module states their types (typed `never` here, the one
   * place they cross from commander's untyped record).
   */
  readonly run: (args: readonly string[], options: never, io: Io) => Promise<number>;
}

/** The query verbs: each takes only the filters that apply to its rows (query-command.ts maps them). */
const QUERY_VERBS = {
  events: ['db', 'country', 'pair', 'since', 'until', 'eventType', 'person', 'limit', 'offset', 'json', 'csv'],
  agreements: ['db', 'country', 'pair', 'since', 'until', 'agreementKind', 'status', 'limit', 'offset', 'json', 'csv'],
  trade: ['db', 'country', 'pair', 'sinceYear', 'untilYear', 'measure', 'tradeKind', 'limit', 'offset', 'json', 'csv'],
  people: ['db', 'country', 'name', 'limit', 'offset', 'json', 'csv'],
  documents: ['db', 'country', 'pair', 'publishedSince', 'publishedUntil', 'limit', 'offset', 'json', 'csv'],
} as const satisfies Record<string, readonly SettingName[]>;

type QueryName = keyof typeof QUERY_VERBS;

const query = (name: QueryName, description: string): Verb => ({
  name,
  description,
  settings: QUERY_VERBS[name],
  run: async (_args, o, io) => (await import('./query-command.js')).runQuery(name, o, io),
});

const CORRECTION_FIELDS: readonly SettingName[] = [
  'setDate',
  'setEndDate',
  'setType',
  'setPlanned',
  'setCountries',
  'setStatus',
  'setKind',
  'setTitle',
  'setMeasure',
  'setYear',
  'setValue',
  'setName',
  'setRole',
  'setCountry',
];

const VERBS: readonly Verb[] = [
  {
    name: 'extract',
    description: 'extract readout-facts/v1 from text, HTML, JSON and NDJSON files, folders, http(s) pages and feeds, or - (stdin)',
    args: [['[inputs...]', 'files, folders, http(s) URLs, or - for standard input (the default)']],
    settings: ['format', 'ndjson', 'pretty', 'published', 'maxSize', 'root', 'workers', 'docTimeout', 'allowPrivate'],
    run: async (args, o, io) => (await import('./extract-command.js')).runExtract(args, o, io),
  },
  {
    name: 'ingest',
    description:
      'extract and store text, HTML, JSON and NDJSON files and folders (readout-facts/v1 lines are stored as they are), web pages and RSS/Atom feeds; already stored content is skipped, a changed file replaces its earlier version',
    args: [['<inputs...>', 'files, folders (NDJSON: one document per line), http(s) URLs of pages or feeds, or - for standard input']],
    settings: ['db', 'workers', 'published', 'maxSize', 'root', 'docTimeout', 'allowPrivate'],
    run: async (args, o, io) => (await import('./ingest-command.js')).runIngest(args, o, io),
  },
  {
    name: 'reindex',
    description: 're-extract stored documents made by another extractor version (--all: every document); corrections are applied again',
    settings: ['db', 'all', 'workers', 'docTimeout'],
    run: async (_args, o, io) => (await import('./ingest-command.js')).runReindex(o, io),
  },
  {
    name: 'remove',
    description: 'delete documents and the facts only they support (facts that other documents report stay, with those sources)',
    args: [['<documents...>', 'document ids or sources, as `readout documents` lists them']],
    settings: ['db'],
    run: async (args, o, io) => (await import('./remove-command.js')).runRemove(args, o, io),
  },
  query('events', 'encounters between states, one row per event with all its sources'),
  query('agreements', 'named agreements, declarations, memoranda…'),
  query('trade', 'trade, contract and investment claims; conflicting values flagged'),
  query('people', 'canonical people across documents, with aliases and roles'),
  query('documents', 'stored documents, near-duplicates linked'),
  {
    name: 'show',
    description:
      'one fact, person or document whole: every source with its sentence and the words read marked, the rule, how the date and the countries were established, the reports merged into it, disagreements and corrections',
    args: [['<id>', 'a fact or person id (ev_…, ag_…, tr_…, pe_…), a document id or a document source']],
    settings: ['db', 'json'],
    run: async (args, o, io) => (await import('./show-command.js')).runShow(args[0]!, o, io),
  },
  {
    name: 'correct',
    description: 'set values of a fact or person; kept apart from what was extracted and applied again after reindex and re-ingest',
    args: [['<id>', 'a fact or person id']],
    settings: ['db', ...CORRECTION_FIELDS, 'by', 'note'],
    run: async (args, o, io) => (await import('./correct-command.js')).runCorrect(args[0]!, o, io),
  },
  {
    name: 'reject',
    description: 'mark a fact or person as not a fact: left out of queries, exports and the dashboard (readout corrections --undo brings it back)',
    args: [['<id>', 'a fact or person id']],
    settings: ['db', 'by', 'note'],
    run: async (args, o, io) => (await import('./correct-command.js')).runReject(args[0]!, o, io),
  },
  {
    name: 'merge',
    description: 'make two events, or two people, one: the second joins the first with all its sources',
    args: [
      ['<id>', 'the event or person that stays'],
      ['<other>', 'the event or person that joins it'],
    ],
    settings: ['db', 'by', 'note'],
    run: async (args, o, io) => (await import('./correct-command.js')).runMerge(args[0]!, args[1]!, o, io),
  },
  {
    name: 'split',
    description: "take one document's reports out of an event or a person into a fact of their own",
    args: [['<id>', 'an event id or a person id']],
    settings: ['db', 'splitSource', 'by', 'note'],
    run: async (args, o, io) => (await import('./correct-command.js')).runSplit(args[0]!, o, io),
  },
  {
    name: 'corrections',
    description: 'the corrections made, newest first, with who made them, when and why; --undo ID reverts one',
    settings: ['db', 'undo', 'by', 'limit', 'offset', 'json', 'csv'],
    run: async (_args, o, io) => (await import('./correct-command.js')).runCorrections(o, io),
  },
  {
    name: 'search',
    description: 'full-text search over documents and facts',
    args: [['<text>', 'words to find (all of them)']],
    settings: ['db', 'hits', 'offset', 'json', 'csv'],
    run: async (args, o, io) => (await import('./search-command.js')).runSearch(args[0]!, o, io),
  },
  {
    name: 'stats',
    description: 'counts of documents, facts, conflicts, near-duplicate links and corrections',
    settings: ['db', 'json'],
    run: async (_args, o, io) => (await import('./stats-command.js')).runStats(o, io),
  },
  {
    name: 'serve',
    description: 'serve the dashboard and the JSON API over a database (read-only unless --token is given)',
    settings: ['db', 'host', 'port', 'token', 'ingest', 'maxBody', 'maxSize', 'workers', 'docTimeout', 'allowPrivate'],
    run: async (_args, o, io) => (await import('./serve-command.js')).runServe(o, io),
  },
  {
    name: 'export',
    description:
      'the whole corpus, corrections applied: ndjson (the default: one fact per line), csv, cameo (GDELT 2.0 event table, 61 columns; planned events coded 036, intent to meet) or plover (one JSON per event that took place: planned events are left out, as PLOVER records what happened)',
    settings: ['db', 'exportFormat', 'out'],
    run: async (_args, o, io) => (await import('./export-command.js')).runExport(o, io),
  },
];

/** The verbs and the settings each takes, for the documentation test. */
export const VERB_SETTINGS: ReadonlyMap<string, readonly SettingName[]> = new Map(VERBS.map((v) => [v.name, v.settings]));

/** `readout 0.1.0` and, on its own line, the extractor that makes the facts (documents record it). */
function versionText(): string {
  // package.json sits two folders up from both src/cli and dist/cli.
  const { name, version } = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };
  return `${name} ${version}\nextractor ${EXTRACTOR_VERSION}`;
}

function program(io: Io, done: (code: number) => void): Command {
  const root = new Command()
    .name('readout')
    .description('Turn diplomatic readouts and news into sourced facts: events, agreements, trade figures, people.')
    .version(versionText(), '-V, --version', 'print the version of readout and of its extractor')
    .addOption(optionOf('debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(`readout: ${text.replace(/^error: /, '')}`),
    });
  for (const verb of VERBS) {
    const command = root.command(verb.name).description(verb.description);
    for (const [syntax, help] of verb.args ?? []) command.argument(syntax, help);
    for (const name of verb.settings) command.addOption(optionOf(name));
    command.action(async () => done(await verb.run(command.args, command.opts<never>(), io)));
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
