// `npm run fuzz`: the long fuzz run. FUZZ_RUNS hostile inputs (default 10,000; test/fuzz/hostile.ts,
// larger than the test's) read as ingest reads them and analysed in this process, as an ingest thread
// analyses them, each timed. Prints the inputs tried, what became of them, the failures (exceptions,
// invalid facts, internal errors) and the inputs over the time budget of 1 s per MB (with a floor of
// 1 s for smaller ones), and the slowest inputs with their times. A failing input is saved to a file
// to be read again. Exit code 1 on any failure or input over budget. FUZZ_SEED picks the inputs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractDocument } from '../src/ingest/extract-worker.js';
import type { WorkerReply } from '../src/ingest/worker-pool.js';
import { checkInput, describeInput, type Outcome } from '../test/fuzz/check.js';
import { hostileInput, type FuzzInput } from '../test/fuzz/hostile.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SCALE = Number(process.env.FUZZ_SCALE ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Inputs made at a time: the inputs of a whole run would not fit in memory together. */
const BATCH = 250;
const MB = 1024 * 1024;
/** Milliseconds an input may take: 1 s per MB, and 1 s at least (a small input's floor). */
const budgetMs = (bytes: number): number => Math.max(1_000, (1_000 * bytes) / MB);

const dir = mkdtempSync(join(tmpdir(), 'readout-fuzz-'));
const counts = { extracted: 0, refused: 0, failed: 0, overBudget: 0, documents: 0, bytes: 0 };
// Inputs over 1 s per MB before the floor is applied: small ones whose fixed cost (a few milliseconds,
// more for the first input of a kind) exceeds their share; the slowest of them shows what the floor covers.
const overPerMb = { slowestMs: 0, bytes: 0 };
const slowest: Array<{ input: FuzzInput; outcome: Outcome }> = [];
const failures: string[] = [];
const started = performance.now();

const analyse = (request: Parameters<typeof extractDocument>[0]): WorkerReply => extractDocument({ ...request, factsOnly: false }) as WorkerReply;

try {
  for (let done = 0; done < RUNS; done += BATCH) {
    for (const input of fc.sample(hostileInput(SCALE), { numRuns: Math.min(BATCH, RUNS - done), seed: SEED + done })) {
      const outcome = await checkInput(input, analyse, dir);
      counts[outcome.status]++;
      counts.documents += outcome.documents;
      counts.bytes += input.bytes.length;
      const overBudget = outcome.ms > budgetMs(input.bytes.length);
      if (outcome.ms > (1_000 * input.bytes.length) / MB) {
        if (outcome.ms > overPerMb.slowestMs) Object.assign(overPerMb, { slowestMs: outcome.ms, bytes: input.bytes.length });
      }
      if (overBudget) counts.overBudget++;
      if (outcome.status === 'failed' || overBudget) {
        const saved = join(tmpdir(), `readout-fuzz-failure-${failures.length + 1}-${input.name}`);
        writeFileSync(saved, input.bytes);
        failures.push(
          `${outcome.status === 'failed' ? outcome.problem : `over budget: ${outcome.ms.toFixed(0)} ms`} — ${describeInput(input)} (saved as ${saved})`,
        );
      }
      slowest.push({ input, outcome });
      slowest.sort((a, b) => b.outcome.ms - a.outcome.ms);
      slowest.length = Math.min(slowest.length, 5);
    }
    process.stderr.write(`\r${Math.min(done + BATCH, RUNS)}/${RUNS} inputs`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stderr.write('\n');

const perMb = (o: Outcome, bytes: number): string => `${(((o.ms / Math.max(bytes, 1)) * MB) / 1000).toFixed(2)} s/MB`;
console.log(
  `fuzz: ${RUNS} inputs tried (seed ${SEED}, scale ${SCALE}, ${(counts.bytes / MB).toFixed(1)} MB in all) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `  ${counts.extracted} extracted (${counts.documents} documents), ${counts.refused} refused in one line, ${counts.failed} failures, ${counts.overBudget} over the budget of 1 s per MB (floor 1 s)`,
);
console.log(`  the slowest input over 1 s per MB (before the floor) took ${overPerMb.slowestMs.toFixed(0)} ms (${(overPerMb.bytes / 1024).toFixed(1)} KB)`);
console.log('  slowest inputs:');
for (const { input, outcome } of slowest) console.log(`    ${outcome.ms.toFixed(0)} ms (${perMb(outcome, input.bytes.length)}) ${describeInput(input)}`);
for (const failure of failures) console.log(`  FAILED ${failure}`);
process.exitCode = failures.length ? 1 : 0;
