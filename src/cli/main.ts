#!/usr/bin/env node
// The `readout` command (bin): the program (program.ts) on this process's arguments and streams.
import './regexp-engine.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

const io = processIo();

// Output piped into `head` and the like: a closed pipe ends the command quietly, unless the command
// has something to say about it (ingest: what it stored before it stopped).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  if (!io.outClosed()) process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), io);
