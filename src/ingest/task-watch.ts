// Which document each extraction thread is working on, and since when: a table in shared memory that
// the threads write as they start and finish a task and the main thread reads, without a message
// per document and without waiting for a thread's event loop (a thread caught in a long regex has
// none to answer with). The pool's watchdog stops a thread whose task runs over the time budget, and
// when a thread dies, the table says which of the tasks it held was running: that one fails, the
// ones queued behind it are sent again.
import { threadId } from 'node:worker_threads';

/** Slots in the table: more than the threads alive at once, handed out in turn as threads start. */
const SLOTS = 256;
const FIELDS = 3; // thread id, task number (0: idle), start in milliseconds since the table's epoch

export interface TaskTable {
  readonly buffer: SharedArrayBuffer;
  /** Date.now() when the table was made: start times are stored as offsets from it (32-bit). */
  readonly epoch: number;
}

export const createTaskTable = (): TaskTable => ({ buffer: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + SLOTS * FIELDS)), epoch: Date.now() });

export interface RunningTask {
  readonly slot: number;
  readonly threadId: number;
  readonly task: number;
  readonly startedAt: number;
}

/** The main thread's view: the tasks running now. */
export function runningTasks(table: TaskTable): RunningTask[] {
  const cells = new Int32Array(table.buffer);
  const out: RunningTask[] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    const at = 1 + slot * FIELDS;
    const task = Atomics.load(cells, at + 1);
    if (task !== 0) out.push({ slot, threadId: Atomics.load(cells, at), task, startedAt: table.epoch + Atomics.load(cells, at + 2) });
  }
  return out;
}

/** Forgets what a dead thread was running, so it is neither blamed again nor watched. */
export function clearSlot(table: TaskTable, slot: number): void {
  Atomics.store(new Int32Array(table.buffer), 1 + slot * FIELDS + 1, 0);
}

/** A task that carries its number in the pool (`task`), as every request the pool sends does. */
export interface NumberedRequest {
  readonly task?: number;
}

/**
 * The worker's side: wraps a worker module's task function so that each call is entered in the
 * table for as long as it runs (a promise until it settles). Without a table (a thread started
 * outside the pool) the function runs as it is.
 */
export function watched<Q extends NumberedRequest, R>(table: TaskTable | undefined, run: (request: Q) => R): (request: Q) => R {
  if (!table) return run;
  const cells = new Int32Array(table.buffer);
  const at = 1 + (Atomics.add(cells, 0, 1) % SLOTS) * FIELDS;
  Atomics.store(cells, at, threadId);
  const end = (): void => void Atomics.store(cells, at + 1, 0);
  return (request) => {
    Atomics.store(cells, at + 2, Date.now() - table.epoch);
    Atomics.store(cells, at + 1, request.task ?? 0);
    let result: R;
    try {
      result = run(request);
    } catch (error) {
      end();
      throw error;
    }
    if (result instanceof Promise) return result.finally(end) as R;
    end();
    return result;
  };
}
