// The extraction threads: a piscina pool running extract-worker.ts. Each thread is given several
// documents at a time (PIPELINE_DEPTH), so it never waits for the main thread: while the main thread
// writes a document or commits a group, the threads carry on with what they were sent.
// A thread that dies or exits mid-task fails the documents it held, each with a reply naming what
// happened, and piscina starts another in its place; the batch goes on. Threads that cannot even
// start fail every document, rather than leave them queued for a thread that will never come.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadHints } from '../read/read-document.js';
import type { AnalysedDocument } from '../store/store.js';

export interface WorkerRequest {
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly published: string | null;
  readonly hints?: ReadHints;
  readonly maxBytes?: number;
  /** sha256 of `bytes` when the caller already has it. */
  readonly contentHash?: string;
}

/** What a worker sends back: the analysis without the input bytes, which the caller still holds. */
type WorkerDocument = Omit<AnalysedDocument, 'raw'>;

export type WorkerReply = { readonly ok: true; readonly doc: WorkerDocument } | { readonly ok: false; readonly error: string };

/**
 * One extraction thread per core. The main thread (reading inputs, writing to the store) takes about
 * half as much CPU per document as extraction (README, ingest bench), but only in short stretches,
 * and a worker never waits for it (see above): the cores are best kept busy extracting, the
 * operating system shares them with the main thread when it writes (the workers yield to it).
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/**
 * Documents sent to one worker ahead of its replies: enough to keep it busy while the main thread
 * writes a document or commits a group (store/sqlite/sqlite-write.ts). With 4, the workers sat idle
 * a third of the time; 32 keeps them busy. (The bytes they hold are bounded by ingest's read-ahead.)
 */
export const PIPELINE_DEPTH = 32;

// Compiled, the worker is the .js next to this file; under tsx (tests, benchmarks) it is the .ts,
// which piscina's threads load through the tsx loader they inherit with the process's options.
const EXTRACT_WORKER = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

export interface PoolOptions {
  readonly threads: number;
  readonly depth?: number;
  /** The worker module (a default export taking a WorkerRequest): extract-worker unless a test gives another. */
  readonly worker?: URL;
}

export class ExtractionPool {
  readonly #piscina: Piscina<WorkerRequest, WorkerReply>;
  readonly #threads: number;
  readonly #depth: number;
  /** Why no thread can run, once every one has failed while starting. */
  #unstartable: Error | null = null;

  constructor(options: PoolOptions) {
    this.#threads = Math.max(1, options.threads);
    this.#depth = Math.max(1, options.depth ?? PIPELINE_DEPTH);
    this.#piscina = new Piscina({
      filename: (options.worker ?? EXTRACT_WORKER).href,
      minThreads: this.#threads,
      maxThreads: this.#threads,
      concurrentTasksPerWorker: this.#depth,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    // A thread that fails with no task in hand. Piscina replaces a thread that had started; one that
    // failed while starting is not replaced, and once none is left, queued tasks would wait forever.
    this.#piscina.on('error', (error: Error) => {
      if (this.#piscina.threads.length > 0) return;
      this.#unstartable = error;
      void this.#piscina.destroy(); // rejects every queued task
    });
  }

  /** How many documents the pool holds at once: its threads times the pipeline depth. */
  get capacity(): number {
    return this.#threads * this.#depth;
  }

  /** The document's analysis, or why it has none; never rejects. */
  async run(request: WorkerRequest): Promise<WorkerReply> {
    if (this.#unstartable) return this.#failure(this.#unstartable);
    try {
      return await this.#piscina.run(request);
    } catch (error) {
      return this.#failure(this.#unstartable ?? (error as Error));
    }
  }

  #failure(error: Error): WorkerReply {
    const cause = this.#unstartable ? `the extraction threads cannot start (${error.message})` : `the extraction thread stopped while it held this document (${error.message})`;
    return { ok: false, error: cause };
  }

  async close(): Promise<void> {
    if (!this.#unstartable) await this.#piscina.destroy();
  }
}
