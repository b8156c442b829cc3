// Ingest: inputs → (hash check) → worker pool → store. The store commits documents in groups (several
// per transaction); a document is reported `stored` only after its transaction commits, so a killed
// process never loses one it reported; a re-run skips what is stored (same content hash and
// extractor) and does the rest.
import { EXTRACTOR_VERSION } from '../facts/extractor-version.js';
import { factCount } from '../facts/schema.js';
import type { ReindexItem, Store } from '../store/store.js';
import { contentHash } from './analyse.js';
import type { DocumentInput, Input } from '../read/input.js';
import { ExtractionPool } from './worker-pool.js';

/**
 * Documents in flight beyond what the workers hold: analysed ones written and waiting for their
 * group to commit. More than a group holds (512 in the SQLite store), so the workers keep extracting
 * while a group fills. What these lanes hold is bounded by the store's group (it commits early on
 * bytes); inputs read ahead of the workers are bounded separately (ReadAhead).
 */
const AWAITING_COMMIT = 1024;

export type IngestEvent =
  | { readonly kind: 'stored' | 'replaced'; readonly source: string; readonly id: number; readonly duplicateOf: string | null; readonly facts: number }
  /** A changed file (or page) under a stored source: its facts replaced the earlier version's (`before` of them). */
  | {
      readonly kind: 'updated';
      readonly source: string;
      readonly id: number;
      readonly duplicateOf: string | null;
      readonly facts: number;
      readonly before: number;
    }
  | { readonly kind: 'skipped'; readonly source: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly source: string; readonly problem: string };

export interface IngestSummary {
  stored: number;
  replaced: number;
  updated: number;
  skipped: number;
  failed: number;
}

export interface IngestOptions {
  readonly workers: number;
  /** Extraction threads to use instead of starting `workers` of them (left open: whoever made them closes them). */
  readonly pool?: ExtractionPool;
  readonly maxBytes?: number;
  /** The time budget of one document's extraction (the pool's default when not given). */
  readonly docTimeoutMs?: number;
  readonly onEvent?: (event: IngestEvent, summary: Readonly<IngestSummary>) => void;
}

const emptySummary = (): IngestSummary => ({ stored: 0, replaced: 0, updated: 0, skipped: 0, failed: 0 });

/** Standard input names no document over time: two texts piped in are two documents, never versions of one. */
const versioned = (source: string): boolean => source !== 'stdin';

/** Counts each event in the summary (its kinds are the summary's fields), then passes it on. */
const reporter =
  (summary: IngestSummary, onEvent: IngestOptions['onEvent']) =>
  (event: IngestEvent): void => {
    summary[event.kind]++;
    onEvent?.(event, summary);
  };

/**
 * Inputs read and not yet extracted. Lanes waiting for their commit hold only what the store's group
 * holds (bounded there); lanes waiting for a worker hold their input, so a lane reads the next input
 * only while fewer than `maxItems` are read and unextracted and they hold under `maxBytes`.
 */
export class ReadAhead {
  #items = 0;
  #bytes = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(
    private readonly maxItems: number,
    private readonly maxBytes: number,
  ) {}

  async enter(): Promise<void> {
    while (this.#items >= this.maxItems || this.#bytes >= this.maxBytes) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#items++;
  }

  /** The lane's input is read: its bytes count until it leaves. */
  hold(bytes: number): () => void {
    this.#bytes += bytes;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#items--;
      this.#bytes -= bytes;
      this.#waiting.shift()?.();
    };
  }
}

/** Bytes read and not yet extracted: what the workers hold and what waits for them. */
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * Runs `task` over `items` with at most `limit` in flight, pulling items lazily (async generators
 * queue the pulls) and only as `readAhead` allows; `task` calls `extracted` once its input is
 * extracted (or turned away), and it is called for it at the latest when the task ends.
 */
async function pipelined<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  readAhead: ReadAhead,
  bytesOf: (item: T) => number,
  task: (item: T, extracted: () => void) => Promise<void>,
): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const lane = async (): Promise<void> => {
    for (;;) {
      await readAhead.enter();
      const next = await iterator.next();
      const extracted = readAhead.hold(next.done ? 0 : bytesOf(next.value));
      if (next.done) return extracted();
      try {
        await task(next.value, extracted);
      } finally {
        extracted();
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

export async function ingest(store: Store, inputs: Iterable<Input> | AsyncIterable<Input>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const report = reporter(summary, options.onEvent);
  const pool = options.pool ?? new ExtractionPool({ threads: options.workers, docTimeoutMs: options.docTimeoutMs });
  // Inputs with the same content in one run: the later one waits for the earlier to be stored (or
  // not), then finds it like any stored document.
  const inFlight = new Map<string, Promise<void>>();
  try {
    const readAhead = new ReadAhead(pool.capacity, READ_AHEAD_BYTES);
    const bytesOf = (input: Input): number => (input.kind === 'document' ? input.bytes.byteLength : 0);
    await pipelined(inputs, pool.capacity + AWAITING_COMMIT, readAhead, bytesOf, async (input, extracted) => {
      if (input.kind === 'failure') return report({ kind: 'failed', source: input.source, problem: input.problem });
      const hash = contentHash(input.bytes);
      while (inFlight.has(hash)) await inFlight.get(hash);
      let done!: () => void;
      inFlight.set(hash, new Promise<void>((resolve) => (done = resolve)));
      try {
        await ingestOne(input, hash, extracted);
      } finally {
        inFlight.delete(hash);
        done();
      }
    });
  } finally {
    if (pool !== options.pool) await pool.close();
  }
  return summary;

  async function ingestOne(input: DocumentInput, hash: string, extracted: () => void): Promise<void> {
    const stored = await store.documentByHash(hash);
    // Imported facts are what they are whichever extractor made them: stored once is enough.
    if (stored && (stored.extractor === EXTRACTOR_VERSION || input.hints.facts)) {
      return report({ kind: 'skipped', source: input.source, reason: stored.source === input.source ? 'already stored' : `same content as ${stored.source}` });
    }
    // The same source with other content: this is its new version.
    const earlier = !stored && versioned(input.source) ? ((await store.documentsBySource(input.source))[0] ?? null) : null;
    const before = earlier ? (await store.documents({ ids: [String(earlier.id)] }))[0]?.counts : undefined;
    const reply = await pool.run({
      source: input.source,
      bytes: input.bytes,
      published: input.published,
      hints: input.hints,
      maxBytes: options.maxBytes,
      contentHash: hash,
    });
    extracted();
    if (!reply.ok) return report({ kind: 'failed', source: input.source, problem: reply.error });
    try {
      const outcome = await store.saveDocument({ ...reply.doc, raw: input.bytes, replaces: earlier?.id ?? null });
      const common = { source: input.source, id: outcome.id, duplicateOf: outcome.duplicateOf?.source ?? null, facts: factCount(reply.doc.facts) };
      if (outcome.status === 'updated')
        report({ kind: 'updated', ...common, before: before ? before.events + before.agreements + before.trade + before.people : 0 });
      else report({ kind: outcome.status, ...common });
    } catch (error) {
      report({ kind: 'failed', source: input.source, problem: `cannot store: ${(error as Error).message}` });
    }
  }
}

/** Re-extracts stored documents made by another extractor version (or all of them), group-committed like ingest. */
export async function reindex(store: Store, options: IngestOptions & { readonly all?: boolean }): Promise<IngestSummary> {
  const ids = await store.documentsToReindex(EXTRACTOR_VERSION, options.all ?? false);
  const summary = emptySummary();
  const pool = options.pool ?? new ExtractionPool({ threads: options.workers, docTimeoutMs: options.docTimeoutMs });
  const report = reporter(summary, options.onEvent);
  // Stored documents are read as lanes pull them, so their bytes count in the read-ahead like inputs'.
  async function* stored(): AsyncGenerator<ReindexItem> {
    for (const id of ids) {
      const item = await store.reindexItem(id);
      if (item) yield item;
    }
  }
  try {
    const readAhead = new ReadAhead(pool.capacity, READ_AHEAD_BYTES);
    await pipelined(
      stored(),
      pool.capacity + AWAITING_COMMIT,
      readAhead,
      (item) => item.raw.byteLength,
      async (item, extracted) => {
        const reply = await pool.run({
          source: item.source,
          bytes: item.raw,
          published: item.publishedOption,
          hints: item.readHints,
          maxBytes: Number.MAX_SAFE_INTEGER,
        });
        extracted();
        if (!reply.ok) return report({ kind: 'failed', source: item.source, problem: reply.error });
        const outcome = await store.saveDocument({ ...reply.doc, raw: item.raw });
        report({ kind: 'replaced', source: item.source, id: outcome.id, duplicateOf: outcome.duplicateOf?.source ?? null, facts: factCount(reply.doc.facts) });
      },
    );
  } finally {
    if (pool !== options.pool) await pool.close();
  }
  return summary;
}
