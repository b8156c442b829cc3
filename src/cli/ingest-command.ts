// `readout ingest` and `readout reindex`: a progress bar (documents, rate, ETA) on a terminal, one
// plain line per document otherwise, and a summary. A document is reported stored after it commits.
import cliProgress from 'cli-progress';
import { ingest, reindex, type IngestEvent, type IngestSummary } from '../ingest/ingest.js';
import { defaultWorkers } from '../ingest/worker-pool.js';
import { countInputs, readInputs } from '../read/inputs.js';
import { MEGABYTE } from '../read/limits.js';
import { withStore } from './corpus.js';
import { CliError, EXIT_FAILED, EXIT_USAGE } from './errors.js';
import type { Io } from './io.js';
import { printable } from './printable.js';

export interface IngestCommandOptions {
  readonly db: string;
  readonly workers?: number;
  readonly published?: string;
  readonly maxSize: number;
  readonly root?: string;
  /** Seconds. */
  readonly docTimeout?: number;
  readonly allowPrivate?: boolean;
}

/** One line per document; names and problems come from the inputs, so their control characters are escaped. */
const describe = (e: IngestEvent): string => printable(describeEvent(e));

const describeEvent = (e: IngestEvent): string => {
  switch (e.kind) {
    case 'stored':
    case 'replaced':
      return `${e.kind} ${e.source} (${e.facts} facts${e.duplicateOf ? `, near-duplicate of ${e.duplicateOf}` : ''})`;
    case 'updated':
      return `updated ${e.source}: changed since it was stored, its ${e.facts} facts replace the ${e.before} of the earlier version`;
    case 'skipped':
      return `skipped ${e.source} (${e.reason})`;
    case 'failed':
      return `failed ${e.source}: ${e.problem}`;
  }
};

function reporter(io: Io, total: number): { onEvent: (e: IngestEvent, s: Readonly<IngestSummary>) => void; stop: () => void } {
  if (!io.errIsTTY) return { onEvent: (e) => io.out(`${describe(e)}\n`), stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest |{bar}| {value}/{total} docs · {rate} docs/s · ETA {eta_formatted} · {stored} stored, {skipped} skipped, {failed} failed',
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  const failures: string[] = [];
  bar.start(total, 0, { rate: '0', stored: 0, skipped: 0, failed: 0 });
  return {
    onEvent: (e, s) => {
      done++;
      if (done > bar.getTotal()) bar.setTotal(done);
      // Failures are listed when the bar is done, so they do not tear it.
      if (e.kind === 'failed') failures.push(describe(e));
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { rate: rate.toFixed(1), stored: s.stored + s.replaced + s.updated, skipped: s.skipped, failed: s.failed });
    },
    stop: () => {
      bar.stop();
      for (const line of failures.splice(0)) io.err(line);
    },
  };
}

/** The inputs until `stop` says so. */
async function* until<T>(inputs: AsyncIterable<T>, stop: () => boolean): AsyncGenerator<T> {
  for await (const input of inputs) {
    if (stop()) return;
    yield input;
  }
}

const msOf = (seconds: number | undefined): number | undefined => (seconds === undefined ? undefined : seconds * 1000);

const summaryLine = (s: IngestSummary, seconds: number): string =>
  `${s.stored} stored, ${s.updated ? `${s.updated} updated, ` : ''}${s.replaced ? `${s.replaced} re-extracted, ` : ''}${s.skipped} skipped, ${s.failed} failed in ${seconds.toFixed(1)} s`;

export async function runIngest(args: readonly string[], options: IngestCommandOptions, io: Io): Promise<number> {
  const maxBytes = options.maxSize * MEGABYTE;
  // Feeds have as many documents as items: the bar's total grows as they are read.
  const total = await countInputs(args);
  if (total === 0)
    throw new CliError(`no input files found in ${args.join(', ') || 'the arguments'} (give files, folders, URLs or - for standard input)`, EXIT_USAGE);
  return withStore(options.db, 'write', async (store) => {
    const started = Date.now();
    const progress = reporter(io, total);
    // Whoever read the per-document lines stopped reading (`ingest | head`): no input is read after
    // that; the documents already under way are stored, and the summary on stderr says what was.
    let cut = false;
    io.onOutClosed?.(() => (cut = true));
    try {
      const inputs = until(
        readInputs(args, { maxBytes, published: options.published ?? null, stdin: io.stdin, root: options.root, allowPrivate: options.allowPrivate }),
        () => cut,
      );
      const summary = await ingest(store, inputs, {
        workers: options.workers ?? defaultWorkers(),
        maxBytes,
        docTimeoutMs: msOf(options.docTimeout),
        onEvent: progress.onEvent,
      });
      progress.stop();
      io.err(`${summaryLine(summary, (Date.now() - started) / 1000)} → ${store.location}`);
      if (cut) {
        io.err('readout: the output was closed before the end (a pipe whose reader stopped): ingest stopped there; the line above says what was stored');
        return EXIT_FAILED;
      }
      return summary.failed ? EXIT_FAILED : 0;
    } finally {
      progress.stop();
    }
  });
}

export async function runReindex(options: Pick<IngestCommandOptions, 'db' | 'workers' | 'docTimeout'> & { readonly all?: boolean }, io: Io): Promise<number> {
  return withStore(options.db, 'update', async (store) => {
    const started = Date.now();
    const progress = reporter(io, (await store.stats()).documents);
    try {
      const summary = await reindex(store, {
        workers: options.workers ?? defaultWorkers(),
        all: options.all,
        docTimeoutMs: msOf(options.docTimeout),
        onEvent: progress.onEvent,
      });
      progress.stop();
      io.err(`${summaryLine(summary, (Date.now() - started) / 1000)} → ${store.location}`);
      return summary.failed ? EXIT_FAILED : 0;
    } finally {
      progress.stop();
    }
  });
}
