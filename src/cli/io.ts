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
}

export const processIo = (): Io => ({
  out: (text) => void process.stdout.write(text),
  err: (line) => void process.stderr.write(`${line}\n`),
  stdin: process.stdin,
  outIsTTY: Boolean(process.stdout.isTTY),
  errIsTTY: Boolean(process.stderr.isTTY),
});
