// A fixed pool of worker threads running analyseDocument, one document at a time each.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysedDocument } from '../store/store.js';

export interface WorkerRequest {
  readonly id: number;
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly published: string | null;
  readonly maxBytes?: number;
}

export type WorkerReply = { readonly id: number; readonly ok: true; readonly doc: AnalysedDocument } | { readonly id: number; readonly ok: false; readonly error: string };

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

/** One core stays with the main thread, which writes every document to the store. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

export class WorkerPool {
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<(w: Worker) => void> = [];
  readonly #all: Worker[] = [];
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      worker.unref();
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  get size(): number {
    return this.#all.length;
  }

  async run(request: Omit<WorkerRequest, 'id'>): Promise<WorkerReply> {
    const worker = this.#idle.pop() ?? (await new Promise<Worker>((resolve) => this.#waiting.push(resolve)));
    const id = this.#next++;
    try {
      return await new Promise<WorkerReply>((resolve, reject) => {
        const onMessage = (reply: WorkerReply): void => {
          if (reply.id !== id) return;
          worker.off('error', onError);
          worker.off('message', onMessage);
          resolve(reply);
        };
        const onError = (error: Error): void => {
          worker.off('message', onMessage);
          reject(error);
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.postMessage({ ...request, id });
      });
    } finally {
      const waiter = this.#waiting.shift();
      if (waiter) waiter(worker);
      else this.#idle.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((w) => w.terminate()));
  }
}
