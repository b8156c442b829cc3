// Regular expressions compiled once, straight to machine code. By default V8 runs a new pattern in
// its bytecode interpreter and compiles it a second time, to machine code, when it runs again
// ("tier-up"). The extractor's thousands of patterns then cost two compilations each in a process's
// first documents: `readout extract` of one dev article took 3.1 s with tier-up and 2.3 s without
// (six runs by turns), and a warm pipeline is no slower without it (`npm run bench`).
// V8's flags are the process's: this one also reaches the extraction threads. It is imported before
// the modules that build and first run the patterns (main.ts; the benches, to measure what runs).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
