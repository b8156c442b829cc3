// CPU time by thread, from /proc (Linux only): the ingest bench uses it to show where a document's
// CPU goes — the main thread (the writer, in ingest) and every other thread (extraction workers and
// V8's helper threads for garbage collection and compiling). Threads that end take their counts with
// them, so the bench samples while its workers run and keeps each thread's last count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export class ThreadCpu {
  readonly #start = new Map<string, number>();
  readonly #last = new Map<string, number>();
  readonly available = existsSync('/proc/self/task');

  constructor() {
    this.sample();
    for (const [tid, ticks] of this.#last) this.#start.set(tid, ticks);
  }

  sample(): void {
    if (!this.available) return;
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        this.#last.set(tid, Number(fields[11]) + Number(fields[12])); // utime + stime
      } catch {
        // the thread ended between the listing and the read
      }
    }
  }

  /** Milliseconds of CPU since construction: the main thread's, and all other threads' together. */
  used(): { main: number; others: number } {
    this.sample();
    let main = 0;
    let others = 0;
    for (const [tid, ticks] of this.#last) {
      const ms = (ticks - (this.#start.get(tid) ?? 0)) * TICK_MS;
      if (Number(tid) === process.pid) main += ms;
      else others += ms;
    }
    return { main, others };
  }
}
