#!/usr/bin/env node
// The `readout` command (bin): the program (program.ts) on this process's arguments and streams.
import { processIo } from './io.js';
import { runCli } from './program.js';

// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
