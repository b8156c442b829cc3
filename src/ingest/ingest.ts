// Ingest: inputs → (hash check) → worker pool → store. The store commits documents in groups (several
// per transaction); a document is reported `stored` only after its transaction commits, so a killed
// process never loses one it reported; a re-run skips what is stored (same content hash and
// extractor) and does the rest.
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { factCount } from '../facts/schema.js';
import type { Store } from '../store/store.js';
import { contentHash } from './analyse.js';
import type { IngestInput } from './inputs.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Documents in flight beyond what the workers hold: analysed ones written and waiting for their
 * group to commit. More than a group holds (512 in the SQLite store), so the workers keep extracting
 * while a group fills; the store commits early on bytes, so large inputs do not pile up here.
 */
const AWAITING_COMMIT = 1024;

export type IngestEvent =
  | { readonly kind: 'stored' | 'replaced'; readonly source: string; readonly id: number; readonly duplicateOf: string | null; readonly facts: number }
  | { readonly kind: 'skipped'; readonly source: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly source: string; readonly problem: string };

export interface IngestSummary {
  stored: number;
  replaced: number;
  skipped: number;
  failed: number;
}

export interface IngestOptions {
  readonly workers: number;
  readonly maxBytes?: number;
  readonly onEvent?: (event: IngestEvent, summary: Readonly<IngestSummary>) => void;
}

export const emptySummary = (): IngestSummary => ({ stored: 0, replaced: 0, skipped: 0, failed: 0 });

/** Counts each event in the summary (its kinds are the summary's fields), then passes it on. */
const reporter = (summary: IngestSummary, onEvent: IngestOptions['onEvent']) => (event: IngestEvent): void => {
  summary[event.kind]++;
  onEvent?.(event, summary);
};

/** Runs `task` over `items` with at most `limit` in flight, pulling items lazily (async generators queue the pulls). */
async function pipelined<T>(items: Iterable<T> | AsyncIterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const lane = async (): Promise<void> => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await task(next.value);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

export async function ingest(store: Store, inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const report = reporter(summary, options.onEvent);
  const pool = new WorkerPool(options.workers);
  // Inputs with the same content in one run: the later one waits for the earlier to be stored (or
  // not), then finds it like any stored document.
  const inFlight = new Map<string, Promise<void>>();
  try {
    await pipelined(inputs, pool.capacity + AWAITING_COMMIT, async (input) => {
      if (input.kind === 'failure') return report({ kind: 'failed', source: input.source, problem: input.problem });
      const hash = contentHash(input.bytes);
      while (inFlight.has(hash)) await inFlight.get(hash);
      let done!: () => void;
      inFlight.set(hash, new Promise<void>((resolve) => (done = resolve)));
      try {
        await ingestOne(input, hash);
      } finally {
        inFlight.delete(hash);
        done();
      }
    });
  } finally {
    await pool.close();
  }
  return summary;

  async function ingestOne(input: Extract<IngestInput, { kind: 'document' }>, hash: string): Promise<void> {
    const stored = await store.documentByHash(hash);
    if (stored && stored.extractor === EXTRACTOR_VERSION) {
      return report({ kind: 'skipped', source: input.source, reason: stored.source === input.source ? 'already stored' : `same content as ${stored.source}` });
    }
    const reply = await pool.run({ source: input.source, bytes: input.bytes, published: input.published, maxBytes: options.maxBytes, contentHash: hash });
    if (!reply.ok) return report({ kind: 'failed', source: input.source, problem: reply.error });
    try {
      const outcome = await store.saveDocument({ ...reply.doc, raw: input.bytes });
      report({ kind: outcome.status, source: input.source, id: outcome.id, duplicateOf: outcome.duplicateOf?.source ?? null, facts: factCount(reply.doc.facts) });
    } catch (error) {
      report({ kind: 'failed', source: input.source, problem: `cannot store: ${(error as Error).message}` });
    }
  }
}

/** Re-extracts stored documents made by another extractor version (or all of them), group-committed like ingest. */
export async function reindex(store: Store, options: IngestOptions & { readonly all?: boolean }): Promise<IngestSummary> {
  const ids = await store.documentsToReindex(EXTRACTOR_VERSION, options.all ?? false);
  const summary = emptySummary();
  const pool = new WorkerPool(options.workers);
  const report = reporter(summary, options.onEvent);
  try {
    await pipelined(ids, pool.capacity + AWAITING_COMMIT, async (id) => {
      const item = await store.reindexItem(id);
      if (!item) return;
      const reply = await pool.run({ source: item.source, bytes: item.raw, published: item.publishedOption, maxBytes: Number.MAX_SAFE_INTEGER });
      if (!reply.ok) return report({ kind: 'failed', source: item.source, problem: reply.error });
      const outcome = await store.saveDocument({ ...reply.doc, raw: item.raw });
      report({ kind: 'replaced', source: item.source, id: outcome.id, duplicateOf: outcome.duplicateOf?.source ?? null, facts: factCount(reply.doc.facts) });
    });
  } finally {
    await pool.close();
  }
  return summary;
}
