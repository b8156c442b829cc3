// `readout ingest` and `readout reindex`: a progress bar (documents, rate, ETA) on a terminal, one
// plain line per document otherwise, and a summary. A document is reported stored after it commits.
import cliProgress from 'cli-progress';
import { ingest, reindex, type IngestEvent, type IngestSummary } from '../ingest/ingest.js';
import { countInputs, ingestInputs, type IngestInput } from '../ingest/inputs.js';
import { isUrl, WebClient, webInputs } from '../ingest/web.js';
import { openStore } from '../store/open-store.js';

export interface IngestIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** A terminal on stderr: draw a progress bar instead of one line per document. */
  readonly isTTY: boolean;
}

export interface IngestCommandOptions {
  readonly db: string;
  readonly workers: number;
  readonly published?: string;
  readonly maxBytes?: number;
}

const describe = (e: IngestEvent): string => {
  switch (e.kind) {
    case 'stored':
    case 'replaced':
      return `${e.kind} ${e.source} (${e.facts} facts${e.duplicateOf ? `, near-duplicate of ${e.duplicateOf}` : ''})`;
    case 'skipped':
      return `skipped ${e.source} (${e.reason})`;
    case 'failed':
      return `failed ${e.source}: ${e.problem}`;
  }
};

function reporter(io: IngestIo, total: number): { onEvent: (e: IngestEvent, s: Readonly<IngestSummary>) => void; stop: () => void } {
  if (!io.isTTY) return { onEvent: (e) => io.out(describe(e)), stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest |{bar}| {value}/{total} docs · {rate} docs/s · ETA {eta_formatted} · {stored} stored, {skipped} skipped, {failed} failed', hideCursor: true, stream: process.stderr },
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
      bar.update(done, { rate: rate.toFixed(1), stored: s.stored + s.replaced, skipped: s.skipped, failed: s.failed });
    },
    stop: () => {
      bar.stop();
      for (const line of failures.splice(0)) io.err(line);
    },
  };
}

const summaryLine = (s: IngestSummary, seconds: number): string =>
  `${s.stored} stored, ${s.replaced ? `${s.replaced} re-extracted, ` : ''}${s.skipped} skipped, ${s.failed} failed in ${seconds.toFixed(1)} s`;

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Files and folders first, then URLs (pages and feeds), as one stream of inputs. */
async function* allInputs(args: readonly string[], options: IngestCommandOptions, client: WebClient): AsyncGenerator<IngestInput> {
  yield* ingestInputs(args.filter((a) => !isUrl(a)), options.published ?? null);
  const urls = args.filter(isUrl);
  if (urls.length) yield* webInputs(urls, client, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, published: options.published ?? null });
}

export async function runIngest(args: readonly string[], options: IngestCommandOptions, io: IngestIo): Promise<number> {
  const store = await openStore(options.db);
  const client = new WebClient({ maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const started = Date.now();
  // Feeds have as many documents as items: the bar's total grows as they are read.
  const progress = reporter(io, countInputs(args.filter((a) => !isUrl(a))) + args.filter(isUrl).length);
  try {
    const summary = await ingest(store, allInputs(args, options, client), { workers: options.workers, maxBytes: options.maxBytes, onEvent: progress.onEvent });
    progress.stop();
    io.err(`${summaryLine(summary, (Date.now() - started) / 1000)} → ${store.location}`);
    return summary.failed ? 1 : 0;
  } finally {
    progress.stop();
    await client.close();
    await store.close();
  }
}

export async function runReindex(options: IngestCommandOptions & { readonly all?: boolean }, io: IngestIo): Promise<number> {
  const store = await openStore(options.db);
  const started = Date.now();
  const total = (await store.stats()).documents;
  const progress = reporter(io, total);
  try {
    const summary = await reindex(store, { workers: options.workers, all: options.all, onEvent: progress.onEvent });
    progress.stop();
    io.err(`${summaryLine(summary, (Date.now() - started) / 1000)} → ${store.location}`);
    return summary.failed ? 1 : 0;
  } finally {
    progress.stop();
    await store.close();
  }
}
