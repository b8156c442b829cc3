// The fuzz suite, short (npm run fuzz runs the long one, bench/fuzz.ts): a few hundred hostile text,
// HTML, JSON and NDJSON inputs (hostile.ts) read as ingest reads them and analysed on the real
// extraction pool, under its time budget per document (--doc-timeout's default). No exception may
// escape, every document's facts validate against the schema, and none runs over the budget: the
// budget's outcome is asserted (the pool stops a document over it and says so), not a wall time.
// The seed is fixed, so a run is the same each time; FUZZ_SEED picks another.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { ExtractionPool } from '../../src/ingest/worker-pool.js';
import { checkInput, describeInput } from './check.js';
import { hostileInput } from './hostile.js';

const RUNS = 300;
const SCALE = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 13);

describe('fuzz: hostile inputs through reading and extraction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-fuzz-'));
  const pool = new ExtractionPool({ threads: 2 });
  after(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Inputs the long run (npm run fuzz) found failing, kept as they were found.
  const FOUND: Array<{ name: string; text: string; expect: 'extracted' | 'refused' }> = [
    // Cleaning dropped the lone line (a page number) and wink-nlp gave the empty text a sentence of no tokens.
    { name: 'fuzz.txt', text: '7', expect: 'extracted' },
  ];
  it('inputs the long run found', async () => {
    for (const found of FOUND) {
      const input = { name: found.name, bytes: new TextEncoder().encode(found.text), kind: 'found' };
      const outcome = await checkInput(input, (request) => pool.run(request), dir);
      assert.equal(outcome.status, found.expect, `${describeInput(input)}: ${outcome.problem}`);
    }
  });

  it(`${RUNS} inputs: no exception, facts that validate, every document within its time budget`, { timeout: 600_000 }, async () => {
    const seen = { extracted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostileInput(SCALE), async (input) => {
        const outcome = await checkInput(input, (request) => pool.run(request), dir);
        assert.notEqual(outcome.status, 'failed', `${describeInput(input)}: ${outcome.problem}`);
        seen[outcome.status as 'extracted' | 'refused']++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The inputs reach the extractor, not only the readers' refusals.
    assert.ok(seen.extracted > RUNS / 3, `only ${seen.extracted} of ${RUNS} inputs had a document extracted`);
  });
});
