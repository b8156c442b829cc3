// What a command reads and writes, passed in: the real process in bin (main.ts), buffers in tests.
export interface Io {
  /** Standard output, written as given: callers end their lines. */
  readonly out: (text: string) => void;
  /** One line on standard error. */
  readonly err: (line: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  /** Standard output is a terminal: extract prints its table then. */
  readonly outIsTTY: boolean;
  /** Standard error is a terminal: ingest draws a progress bar on it then. */
  readonly errIsTTY: boolean;
  /**
   * Registers what to do when standard output is closed by its reader (`readout ingest | head`). A
   * command that registers nothing is ended quietly then, as `head` expects; one that registers
   * finishes on its own terms (ingest says what it stored and fails).
   */
  readonly onOutClosed?: (handler: () => void) => void;
}

/** The process's streams; `outClosed` is called by main.ts when a write to standard output meets a closed pipe. */
export function processIo(): Io & { readonly outClosed: () => boolean } {
  const handlers: Array<() => void> = [];
  let closed = false;
  return {
    // Once the reader is gone, what is left to print has nowhere to go.
    out: (text) => void (closed || process.stdout.write(text)),
    err: (line) => void process.stderr.write(`${line}\n`),
    stdin: process.stdin,
    outIsTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    onOutClosed: (handler) => void handlers.push(handler),
    /** Marks the output closed and tells the handlers (once); false when none was registered. */
    outClosed: () => {
      const first = !closed;
      closed = true;
      if (first) for (const handler of handlers) handler();
      return handlers.length > 0;
    },
  };
}
