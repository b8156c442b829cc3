// A fixed pool of worker threads running analyseDocument. Each worker is given a few documents at a
// time (its message queue holds the next ones), so it never waits for the main thread: while the
// main thread writes a document or commits a group, the workers carry on with what they were sent.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysedDocument } from '../store/store.js';

export interface WorkerRequest {
  readonly id: number;
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly published: string | null;
  readonly maxBytes?: number;
  /** sha256 of `bytes` when the caller already has it. */
  readonly contentHash?: string;
}

/** What a worker sends back: the analysis without the input bytes, which the caller still holds. */
export type WorkerDocument = Omit<AnalysedDocument, 'raw'>;

export type WorkerReply = { readonly id: number; readonly ok: true; readonly doc: WorkerDocument } | { readonly id: number; readonly ok: false; readonly error: string };

// Compiled, the worker is the .js next to this file. Under tsx (tests, benchmarks) the sources are .ts
// and a worker does not inherit tsx's loader, so it registers it before importing the worker.
const underTsx = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./extract-worker${underTsx ? '.ts' : '.js'}`, import.meta.url);
const startWorker = (): Worker =>
  underTsx
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`,
        { eval: true },
      )
    : new Worker(workerUrl);

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
 * a third of the time; 32 keeps them busy.
 */
export const PIPELINE_DEPTH = 32;
/** …unless the documents it holds already add up to this many bytes (large inputs). */
export const PIPELINE_BYTES = 32 * 1024 * 1024;

interface Slot {
  worker: Worker;
  bytes: number;
  readonly inFlight: Map<number, { bytes: number; resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>;
}

export class WorkerPool {
  readonly #slots: Slot[] = [];
  readonly #waiting: Array<() => void> = [];
  readonly #depth: number;
  #next = 0;
  #closed = false;

  constructor(size: number, depth = PIPELINE_DEPTH) {
    this.#depth = Math.max(1, depth);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: null as unknown as Worker, bytes: 0, inFlight: new Map() };
      this.#start(slot);
      this.#slots.push(slot);
    }
  }

  #start(slot: Slot): void {
    const worker = startWorker();
    worker.unref();
    slot.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      slot.bytes -= pending.bytes;
      pending.resolve(reply);
      this.#waiting.shift()?.();
    });
    // A worker that dies (out of memory, say) fails what it held; a fresh one takes its place.
    worker.once('error', (error) => {
      const lost = [...slot.inFlight.values()];
      slot.inFlight.clear();
      slot.bytes = 0;
      if (!this.#closed) this.#start(slot);
      for (const pending of lost) pending.reject(error);
      for (let i = 0; i < lost.length; i++) this.#waiting.shift()?.();
    });
  }

  get size(): number {
    return this.#slots.length;
  }

  /** How many documents the pool holds at once: its workers times the pipeline depth. */
  get capacity(): number {
    return this.#slots.length * this.#depth;
  }

  async run(request: Omit<WorkerRequest, 'id'>): Promise<WorkerReply> {
    let slot = this.#available();
    while (!slot) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
      slot = this.#available();
    }
    const id = this.#next++;
    return new Promise<WorkerReply>((resolve, reject) => {
      const bytes = request.bytes.byteLength;
      slot.inFlight.set(id, { bytes, resolve, reject });
      slot.bytes += bytes;
      slot.worker.postMessage({ ...request, id });
    });
  }

  #full(slot: Slot): boolean {
    return slot.inFlight.size >= this.#depth || (slot.inFlight.size > 0 && slot.bytes >= PIPELINE_BYTES);
  }

  /** The worker holding the fewest documents, among those that can take one more. */
  #available(): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.#slots) if (!this.#full(slot) && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    return best;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
