// `readout serve`: the dashboard and JSON API over a database. With --ingest, the given files and
// folders are ingested first (what is stored already is skipped), as `npm start` does with examples/.
// The command runs until SIGINT or SIGTERM, then closes the server and the store.
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../serve/server.js';
import { openStore } from '../store/open-store.js';
import { StoreError, type Store } from '../store/store.js';
import { CliError } from './errors.js';
import { runIngest } from './ingest-command.js';
import type { Io } from './io.js';

export interface ServeCommandOptions {
  readonly db: string;
  readonly host?: string;
  readonly port?: number;
  readonly token?: string;
  readonly ingest?: readonly string[];
  readonly maxBody: number;
  readonly maxSize: number;
  readonly allowPrivate?: boolean;
  readonly workers?: number;
  readonly docTimeout?: number;
}

export async function runServe(o: ServeCommandOptions, io: Io): Promise<number> {
  if (o.ingest?.length) {
    const code = await runIngest(
      [...o.ingest],
      { db: o.db, workers: o.workers, maxSize: o.maxSize, docTimeout: o.docTimeout, allowPrivate: o.allowPrivate },
      { ...io, out: () => {} },
    );
    if (code !== 0) io.err('readout: some inputs could not be ingested; serving what is stored');
  }
  let store: Store;
  try {
    store = await openStore(o.db);
  } catch (error) {
    throw new CliError(error instanceof StoreError ? error.message : `cannot open the database ${o.db}: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  }
  const host = o.host ?? DEFAULT_HOST,
    port = o.port ?? DEFAULT_PORT;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(store, { host, port, token: o.token, maxBodyBytes: Math.round(o.maxBody * 1024 * 1024) });
  } catch (error) {
    await store.close();
    const e = error as NodeJS.ErrnoException;
    throw new CliError(`cannot listen on ${host}:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port)' : e.message}`);
  }
  io.out(`Readout is serving ${o.db} at ${server.url} (${o.token ? 'documents may be added with the token' : 'read-only'}); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
  return 0;
}
