// `readout serve`: the dashboard and JSON API over a database. With --ingest, the given files and
// folders are ingested first (what is stored already is skipped), as `npm start` does with examples/.
import { Command, InvalidArgumentError, Option } from 'commander';
import { defaultWorkers } from '../ingest/worker-pool.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../serve/server.js';
import { databasePath, openStore } from '../store/open-store.js';
import { runIngest } from './ingest-command.js';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 picks a free one)');
  return n;
};

interface ServeOptions { db?: string; host: string; port: number; token?: string; ingest?: string[]; maxBody: number }

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and the JSON API over a database (read-only unless --token is given)')
    .addOption(new Option('--db <path>', 'database file (default: $READOUT_DB or ./readout.db)'))
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--port <n>', 'port to listen on', port, DEFAULT_PORT)
    .addOption(new Option('--token <token>', 'accept POST /api/documents with this bearer token').env('READOUT_TOKEN'))
    .option('--ingest <paths...>', 'ingest these files and folders first (already stored content is skipped)')
    .option('--max-body <MB>', 'largest document accepted by POST /api/documents, in megabytes', Number, 5)
    .action(async (o: ServeOptions) => {
      const db = databasePath(o.db);
      if (o.ingest?.length) {
        const code = await runIngest(o.ingest, { db, workers: defaultWorkers() }, {
          out: () => {},
          err: (line) => process.stderr.write(`${line}\n`),
          isTTY: Boolean(process.stderr.isTTY),
        });
        if (code !== 0) process.stderr.write('some inputs could not be ingested; serving what is stored\n');
      }
      const store = await openStore(db);
      try {
        const server = await startServer(store, { host: o.host, port: o.port, token: o.token, maxBodyBytes: Math.round(o.maxBody * 1024 * 1024) });
        process.stdout.write(`Readout is serving ${db} at ${server.url} (${o.token ? 'documents may be added with the token' : 'read-only'}); Ctrl-C stops it\n`);
        const stop = (): void => {
          void server.close().then(() => store.close()).then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        await store.close();
        const e = error as NodeJS.ErrnoException;
        process.stderr.write(`cannot listen on ${o.host}:${o.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port)' : e.message}\n`);
        process.exitCode = 1;
      }
    });
}
