// Ingest reads inputs ahead of the workers only so far: by count and by bytes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadAhead } from '../../src/ingest/ingest.js';

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('read-ahead of ingest inputs', () => {
  it('lets no more than maxItems be read and unextracted; one leaving lets the next in', async () => {
    const ahead = new ReadAhead(2, Number.MAX_SAFE_INTEGER);
    await ahead.enter();
    const first = ahead.hold(10);
    await ahead.enter();
    ahead.hold(10);
    const third = ahead.enter();
    assert.equal(await settled(third), false);
    first();
    first(); // leaving twice counts once
    assert.equal(await settled(third), true);
    const fourth = ahead.enter();
    assert.equal(await settled(fourth), false);
  });

  it('reads nothing more while what is read holds maxBytes', async () => {
    const ahead = new ReadAhead(100, 1000);
    await ahead.enter();
    const big = ahead.hold(1500);
    const next = ahead.enter();
    assert.equal(await settled(next), false);
    big();
    assert.equal(await settled(next), true);
  });
});
