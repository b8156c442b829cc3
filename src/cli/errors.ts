// One error shape for the command line: a problem the user can act on is a CliError, whose message
// is printed as one line `readout: message`; anything else is an internal error, printed the same
// way. The stack follows only with --debug. Problems with single inputs are not errors of the
// command: they are reported per input and the batch goes on (extract-command.ts, ingest-command.ts).
import { CommanderError } from 'commander';
import type { Io } from './io.js';
import { printable } from './printable.js';

/** Exit codes: 1 for a failed run, 2 for a command line that cannot run (usage). */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}

/** The top-level handler: reports `error` on stderr and returns the exit code. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  // Commander has printed its own message (through the program's outputError, in this shape).
  if (error instanceof CommanderError) return error.exitCode;
  const known = error instanceof CliError;
  const message = error instanceof Error ? error.message : String(error);
  io.err(`readout: ${printable(known ? message : `internal error: ${message}`)}${!known && !debug ? ' (run with --debug for details)' : ''}`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  return known ? error.exitCode : EXIT_FAILED;
}
