// SIGKILL stays a non-event: the compiled CLI's ingest is killed at random moments (a few times here;
// `npm run bench:crash` does it 20 times) and after each kill the database is sound (SQLite's
// integrity and foreign-key checks), holds every document a run reported stored, each whole and
// once; a last run completes the folder without doubles. The moments come from a fixed seed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crashCycle } from '../../bench/crash-cycle.js';
import { NEEDS_BUILD } from '../helpers.js';

describe('ingest survives SIGKILL', { skip: NEEDS_BUILD }, () => {
  it('3 kills at random moments: sound after each, nothing reported stored is lost, each document once and whole', { timeout: 300_000 }, async () => {
    const report = await crashCycle({ kills: 3, documents: 600, seed: 13, maxDelayMs: 3_000 });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(
      { kills: report.kills, integrityOk: report.integrityOk, lost: report.lost, doubled: report.doubled, incomplete: report.incomplete },
      { kills: 3, integrityOk: 3, lost: 0, doubled: 0, incomplete: 0 },
    );
    assert.ok(report.storedBeforeKills > 0, 'the kills came after some documents were stored');
    assert.equal(report.storedAtEnd, 600);
  });
});
