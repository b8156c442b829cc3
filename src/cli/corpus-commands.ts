// The corpus commands: ingest, reindex, the fact queries, search, stats and export. Every command
// takes --db PATH (else READOUT_DB, else ./readout.db). Only cli/ prints or sets the exit code.
import { createWriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from '../export/export-corpus.js';
import { flattenAgreements, flattenDocuments, flattenEvents, flattenPeople, flattenTrade, type Flattened } from '../export/flatten.js';
import { defaultWorkers } from '../ingest/worker-pool.js';
import { databasePath, openStore } from '../store/open-store.js';
import type { FactFilter, Store } from '../store/store.js';
import { renderRows, type RowsFormat } from './corpus-output.js';
import { runIngest, runReindex } from './ingest-command.js';

const day = (value: string): string => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
};
const iso3 = (value: string): string => {
  if (!/^[A-Za-z]{3}$/.test(value)) throw new InvalidArgumentError('expected an ISO 3166-1 alpha-3 code such as TJK');
  return value.toUpperCase();
};
const pair = (value: string): [string, string] => {
  const m = value.match(/^([A-Za-z]{3})[-–,]([A-Za-z]{3})$/);
  if (!m) throw new InvalidArgumentError('expected two ISO alpha-3 codes such as BLR-TJK');
  return [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
};
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const print = (text: string): void => {
  process.stdout.write(text);
};
const printErr = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function withStore<T>(db: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(databasePath(db));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

interface QueryOptions {
  db?: string;
  country?: string;
  pair?: [string, string];
  since?: string;
  until?: string;
  type?: string;
  kind?: string;
  limit?: number;
  json?: boolean;
  csv?: boolean;
}

const formatOf = (o: { json?: boolean; csv?: boolean }): RowsFormat => (o.json ? 'json' : o.csv ? 'csv' : 'table');

const FACT_QUERIES: ReadonlyArray<{
  name: string;
  description: string;
  load: (store: Store, filter: FactFilter) => Promise<readonly unknown[]>;
  flatten: (rows: never) => Flattened;
  table?: readonly string[];
}> = [
  { name: 'events', description: 'encounters between states, one row per event with all its sources', load: (s, f) => s.events(f), flatten: flattenEvents, table: ['id', 'date', 'type', 'countries', 'participants', 'num_documents'] },
  { name: 'agreements', description: 'named agreements, declarations, memoranda…', load: (s, f) => s.agreements(f), flatten: flattenAgreements, table: ['id', 'date', 'status', 'kind', 'parties', 'title', 'num_documents'] },
  { name: 'trade', description: 'trade, contract and investment claims; conflicting values flagged', load: (s, f) => s.trade(f), flatten: flattenTrade, table: ['id', 'parties', 'measure', 'year', 'kind', 'qualifier', 'value_usd', 'num_documents', 'conflicts_with'] },
  { name: 'people', description: 'canonical people across documents, with aliases and roles', load: (s, f) => s.people(f), flatten: flattenPeople, table: ['id', 'name', 'country', 'role', 'aliases', 'num_documents'] },
  { name: 'documents', description: 'stored documents, near-duplicates linked', load: (s, f) => s.documents(f), flatten: flattenDocuments, table: ['id', 'source', 'published', 'duplicate_of', 'events', 'agreements', 'trade', 'people'] },
];

const dbOption = (): Option => new Option('--db <path>', 'database file (default: $READOUT_DB or ./readout.db)');

export function registerCorpusCommands(program: Command): void {
  program
    .command('ingest')
    .description('extract and store text, HTML, JSON and NDJSON files and folders, web pages and RSS/Atom feeds; already stored content is skipped')
    .argument('<inputs...>', 'files, folders (NDJSON: one document per line) or http(s) URLs of pages or feeds')
    .addOption(dbOption())
    .option('--workers <n>', 'extraction threads (default: one per core)', positive)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that do not state one', day)
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', Number, 20)
    .action(async (paths: string[], o: { db?: string; workers?: number; published?: string; maxSize: number }) => {
      process.exitCode = await runIngest(
        paths,
        { db: databasePath(o.db), workers: o.workers ?? defaultWorkers(), published: o.published, maxBytes: o.maxSize * 1024 * 1024 },
        { out: (l) => print(`${l}\n`), err: printErr, isTTY: Boolean(process.stderr.isTTY) },
      );
    });

  program
    .command('reindex')
    .description('re-extract stored documents made by another extractor version (--all: every document)')
    .addOption(dbOption())
    .option('--all', 're-extract every document')
    .option('--workers <n>', 'extraction threads (default: one per core)', positive)
    .action(async (o: { db?: string; all?: boolean; workers?: number }) => {
      process.exitCode = await runReindex(
        { db: databasePath(o.db), workers: o.workers ?? defaultWorkers(), all: o.all },
        { out: (l) => print(`${l}\n`), err: printErr, isTTY: Boolean(process.stderr.isTTY) },
      );
    });

  for (const q of FACT_QUERIES) {
    program
      .command(q.name)
      .description(q.description)
      .addOption(dbOption())
      .option('--country <ISO3>', 'involving this country', iso3)
      .option('--pair <A-B>', 'involving both countries, e.g. BLR-TJK', pair)
      .option('--since <date>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)', day)
      .option('--until <date>', 'on or before', day)
      .option('--type <type>', 'event type (meeting, visit, …), agreement kind or trade measure')
      .option('--kind <kind>', 'trade kind (actual, target, potential) or agreement kind')
      .option('--limit <n>', 'at most this many rows', positive)
      .addOption(new Option('--json', 'a JSON array of rows with id and sources').conflicts('csv'))
      .option('--csv', 'CSV with a header')
      .action(async (o: QueryOptions) => {
        const { db, json, csv, ...filter } = o;
        await withStore(db, async (store) => {
          const rows = await q.load(store, filter);
          print(renderRows(formatOf({ json, csv }), rows, q.flatten(rows as never), q.table));
        });
      });
  }

  program
    .command('search')
    .description('full-text search over documents and facts')
    .argument('<text>', 'words to find (all of them)')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many hits of each kind', positive, 20)
    .option('--json', 'JSON rows')
    .option('--csv', 'CSV with a header')
    .action(async (text: string, o: { db?: string; limit: number; json?: boolean; csv?: boolean }) => {
      await withStore(o.db, async (store) => {
        const hits = await store.search(text, o.limit);
        const flat: Flattened = { columns: ['kind', 'id', 'document', 'snippet'], rows: hits.map((h) => ({ ...h })) };
        print(renderRows(formatOf(o), hits, flat));
      });
    });

  program
    .command('stats')
    .description('counts of documents, facts, conflicts and near-duplicate links')
    .addOption(dbOption())
    .option('--json', 'one JSON object')
    .action(async (o: { db?: string; json?: boolean }) => {
      await withStore(o.db, async (store) => {
        const stats = await store.stats();
        if (o.json) print(`${JSON.stringify(stats, null, 2)}\n`);
        else print(Object.entries(stats).map(([k, v]) => `${k.replace(/_/g, ' ').padEnd(22)} ${v}`).join('\n') + '\n');
      });
    });

  program
    .command('export')
    .description('the whole corpus: ndjson, csv, cameo (GDELT 2.0 event table, 61 columns) or plover (one JSON per event)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (o: { db?: string; format: ExportFormat; out?: string }) => {
      await withStore(o.db, async (store) => {
        const file = o.out ? createWriteStream(o.out) : null;
        const n = await exportCorpus(store, o.format, (line) => (file ? file.write(`${line}\n`) : print(`${line}\n`)));
        if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
        printErr(`${n} ${o.format} record${n === 1 ? '' : 's'}${o.out ? ` → ${o.out}` : ''}`);
      });
    });
}
