// The extraction threads: a piscina pool running extract-worker.ts. Each thread is given several
// documents at a time (PIPELINE_DEPTH), so it never waits for the main thread: while the main thread
// writes a document or commits a group, the threads carry on with what they were sent.
// Every document has a time budget (docTimeoutMs): a watchdog reads which document each thread is
// on (task-watch.ts) and stops a thread whose document runs over it. A thread that stops, exits, dies
// or runs out of memory fails the one document it was extracting, with a reply naming what happened;
// the documents queued behind it on that thread are sent again, and piscina starts another thread in
// its place: the batch goes on and nothing queued is lost. Threads that cannot even start fail every
// document, rather than leave them queued for a thread that will never come.
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ReadoutFactsT } from '../facts/schema.js';
import { DEFAULT_DOC_TIMEOUT_MS } from '../read/limits.js';
import type { ReadHints } from '../read/read-document.js';
import type { AnalysedDocument } from '../store/store.js';
import { clearSlot, createTaskTable, runningTasks, type TaskTable } from './task-watch.js';

export interface WorkerRequest {
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly published: string | null;
  readonly hints?: ReadHints;
  readonly maxBytes?: number;
  /** sha256 of `bytes` when the caller already has it. */
  readonly contentHash?: string;
  /** Only the facts (readout extract), not the analysis the store keeps. */
  readonly factsOnly?: boolean;
  /** The request's number in its pool, set by the pool: what the task table records. */
  readonly task?: number;
}

/** What a worker sends back: the analysis without the input bytes, which the caller still holds. */
type WorkerDocument = Omit<AnalysedDocument, 'raw'>;

export type WorkerFailure = { readonly ok: false; readonly error: string };
export type WorkerReply = { readonly ok: true; readonly doc: WorkerDocument } | WorkerFailure;
/** The reply to a request with `factsOnly`. */
export type FactsReply = { readonly ok: true; readonly facts: ReadoutFactsT } | WorkerFailure;

/** What the worker modules find in `workerData`. */
export interface PoolWorkerData {
  readonly tasks: TaskTable;
}

/** How often a document queued behind others on a thread that died is sent again before it fails too. */
const RESENDS = 3;

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

/**
 * Each extraction thread's heap: a young generation of 96 MB (semi-spaces of 32 MB) instead of V8's
 * 16 MB semi-spaces. Extraction allocates about 1.5 MB per document, nearly all of it dead when the
 * document is done; with the default, a minor collection every ten documents or so finds the current
 * document's working set alive, copies it, promotes part of it, and major collections follow: the
 * collector took 0.8 ms of every document (4–5 ms). With 96 MB it takes 0.3 ms, and the thread's
 * resident memory grows by at most the extra young space. Measured in bench/extract.ts, which runs in
 * a thread with these limits.
 */
export const THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };

// Compiled, the worker is the .js next to this file; under tsx (tests, benchmarks) it is the .ts,
// which piscina's threads load through the tsx loader they inherit with the process's options.
const EXTRACT_WORKER = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

export interface PoolOptions {
  readonly threads: number;
  readonly depth?: number;
  /** The worker module (a default export taking a WorkerRequest): extract-worker unless a test gives another. */
  readonly worker?: URL;
  /** The time budget of one document's extraction, from the moment its thread starts it. */
  readonly docTimeoutMs?: number;
  /** Each thread's memory limits, over THREAD_LIMITS (a thread over them dies, failing its document). */
  readonly resourceLimits?: ResourceLimits;
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(3)} s`;

export class ExtractionPool {
  readonly #piscina: Piscina<WorkerRequest, WorkerReply | FactsReply>;
  readonly #threads: number;
  readonly #depth: number;
  readonly #timeoutMs: number;
  readonly #tasks = createTaskTable();
  readonly #watchdog: NodeJS.Timeout;
  /** Tasks whose thread the watchdog stopped, and the threads it stopped. */
  readonly #overBudget = new Set<number>();
  readonly #stopped = new Set<number>();
  #nextTask = 0;
  /** Why no thread can run, once every one has failed while starting. */
  #unstartable: Error | null = null;

  constructor(options: PoolOptions) {
    this.#threads = Math.max(1, options.threads);
    this.#depth = Math.max(1, options.depth ?? PIPELINE_DEPTH);
    this.#timeoutMs = options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS;
    this.#piscina = new Piscina({
      filename: (options.worker ?? EXTRACT_WORKER).href,
      minThreads: this.#threads,
      maxThreads: this.#threads,
      concurrentTasksPerWorker: this.#depth,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { tasks: this.#tasks } satisfies PoolWorkerData,
      resourceLimits: { ...THREAD_LIMITS, ...options.resourceLimits },
    });
    // A thread that fails with no task in hand. Piscina replaces a thread that had started; one that
    // failed while starting is not replaced, and once none is left, queued tasks would wait forever.
    this.#piscina.on('error', (error: Error) => {
      if (this.#piscina.threads.length > 0) return;
      this.#unstartable = error;
      void this.#piscina.destroy(); // rejects every queued task
    });
    // A fifth of the budget between looks: a document is stopped at most 20% past it.
    this.#watchdog = setInterval(() => this.#stopOverBudget(), Math.max(20, Math.min(1000, this.#timeoutMs / 5))).unref();
  }

  /** How many documents the pool holds at once: its threads times the pipeline depth. */
  get capacity(): number {
    return this.#threads * this.#depth;
  }

  /** The document's analysis, or why it has none; never rejects. */
  run(request: WorkerRequest): Promise<WorkerReply> {
    return this.#send({ ...request, factsOnly: false }) as Promise<WorkerReply>;
  }

  /** The document's facts (readout extract), or why it has none; never rejects. */
  facts(request: WorkerRequest): Promise<FactsReply> {
    return this.#send({ ...request, factsOnly: true }) as Promise<FactsReply>;
  }

  async #send(request: WorkerRequest): Promise<WorkerReply | FactsReply> {
    const task = ++this.#nextTask;
    for (let sent = 0; ; sent++) {
      if (this.#unstartable) return this.#failure(this.#unstartable);
      try {
        return await this.#piscina.run({ ...request, task });
      } catch (error) {
        if (this.#overBudget.delete(task))
          return { ok: false, error: `extraction took longer than ${seconds(this.#timeoutMs)} (the limit per document, --doc-timeout)` };
        // The thread died: the document it was extracting fails; those queued behind it go again.
        if (this.#unstartable || this.#wasRunning(task) || sent >= RESENDS) return this.#failure(this.#unstartable ?? (error as Error));
      }
    }
  }

  /** Whether `task` was the one its thread was extracting when the thread died (not stopped by the watchdog for another). */
  #wasRunning(task: number): boolean {
    const entry = runningTasks(this.#tasks).find((t) => t.task === task);
    if (!entry) return false;
    clearSlot(this.#tasks, entry.slot);
    return !this.#stopped.has(entry.threadId);
  }

  #stopOverBudget(): void {
    const now = Date.now();
    for (const t of runningTasks(this.#tasks)) {
      if (now - t.startedAt <= this.#timeoutMs || this.#stopped.has(t.threadId)) continue;
      const thread = this.#piscina.threads.find((w) => w.threadId === t.threadId);
      if (!thread) continue;
      this.#overBudget.add(t.task);
      this.#stopped.add(t.threadId);
      clearSlot(this.#tasks, t.slot);
      // Piscina sees the thread exit: it fails the thread's tasks (#send sends the others again) and starts another.
      void thread.terminate();
    }
  }

  #failure(error: Error): WorkerFailure {
    if (this.#unstartable) return { ok: false, error: `the extraction threads cannot start (${error.message})` };
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
      return { ok: false, error: 'the extraction thread ran out of memory on this document' };
    return { ok: false, error: `the extraction thread stopped while it held this document (${error.message})` };
  }

  async close(): Promise<void> {
    clearInterval(this.#watchdog);
    if (!this.#unstartable) await this.#piscina.destroy();
  }
}
