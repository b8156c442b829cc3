// `npm run bench:crash`: SIGKILL a running `readout ingest` (the compiled CLI) 20 times at random
// moments (bench/crash-cycle.ts), checking the database after each kill, then let a last run finish.
// Prints the kills, how many left the database sound, and the documents lost, doubled or incomplete
// (all three must be 0). CRASH_KILLS, CRASH_DOCS and CRASH_SEED change the run. Exit code 1 on any problem.
import { crashCycle } from './crash-cycle.js';

const kills = Number(process.env.CRASH_KILLS ?? 20);
const documents = Number(process.env.CRASH_DOCS ?? 4_000);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const started = performance.now();
const r = await crashCycle({ kills, documents, seed });
console.log(
  `crash: ${r.kills} SIGKILLs at random moments of readout ingest (seed ${seed}, ${r.documents} documents) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `  integrity ok after ${r.integrityOk} of ${r.kills} kills; lost ${r.lost} (reported stored, then missing), doubled ${r.doubled}, incomplete ${r.incomplete}`,
);
console.log(
  `  documents found after each kill: ${(r.storedBeforeKills / Math.max(1, r.kills)).toFixed(0)} on average; after a last run, ${r.storedAtEnd} of ${r.documents}, each once`,
);
for (const problem of r.problems) console.log(`  PROBLEM ${problem}`);
process.exitCode = r.problems.length ? 1 : 0;
