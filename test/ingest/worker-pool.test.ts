// The extraction pool cannot hang: a document over its time budget, or one whose thread exits, dies
// or runs out of memory, fails with an error naming what happened; the documents queued behind it on
// the same thread are sent again, and the batch goes on on a fresh thread. The test worker
// (workers/cue-worker.ts) only answers cues; test/ingest/ingest.test.ts crashes a real ingest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExtractionPool, THREAD_LIMITS, type WorkerRequest } from '../../src/ingest/worker-pool.js';

const TALKS = 'Minsk, 3 March 2024. President of Belarus Aleksandr Lukashenko met President of Tajikistan Emomali Rahmon in Minsk on 3 March 2024.';
const request = (source: string): WorkerRequest => ({ source, bytes: Buffer.from(TALKS), published: null });
const CUES = new URL('./workers/cue-worker.ts', import.meta.url);

describe('extraction pool', () => {
  it('a thread that exits mid-task fails the documents it held; the others are extracted', { timeout: 60_000 }, async () => {
    // One thread, one document at a time: only the document that makes it exit is lost.
    const pool = new ExtractionPool({ threads: 1, depth: 1, worker: CUES });
    try {
      const replies = await Promise.all(['echo-a.txt', 'exit-b.txt', 'echo-c.txt'].map((s) => pool.run(request(s))));
      assert.deepEqual(replies, [
        { ok: false, error: 'echo echo-a.txt' },
        { ok: false, error: 'the extraction thread stopped while it held this document (worker exited with code: 3)' },
        { ok: false, error: 'echo echo-c.txt' },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('a thread killed by an uncaught error fails its documents with that error; a fresh thread goes on', { timeout: 60_000 }, async () => {
    const pool = new ExtractionPool({ threads: 1, depth: 1, worker: CUES });
    try {
      const replies = await Promise.all(['throw-a.txt', 'echo-b.txt'].map((s) => pool.run(request(s))));
      assert.deepEqual(replies, [
        { ok: false, error: 'the extraction thread stopped while it held this document (an uncaught error)' },
        { ok: false, error: 'echo echo-b.txt' },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('a document over its time budget fails alone: its thread is replaced, the documents queued behind it are sent again', { timeout: 60_000 }, async () => {
    // One thread holding four documents at once: all four are on the thread that is stopped.
    const pool = new ExtractionPool({ threads: 1, depth: 4, worker: CUES, docTimeoutMs: 300 });
    try {
      const replies = await Promise.all(['echo-a.txt', 'hang-b.txt', 'echo-c.txt', 'echo-d.txt'].map((s) => pool.run(request(s))));
      assert.deepEqual(replies, [
        { ok: false, error: 'echo echo-a.txt' },
        { ok: false, error: 'extraction took longer than 0.3 s (the limit per document, --doc-timeout)' },
        { ok: false, error: 'echo echo-c.txt' },
        { ok: false, error: 'echo echo-d.txt' },
      ]);
      assert.deepEqual(await pool.run(request('echo-e.txt')), { ok: false, error: 'echo echo-e.txt' }, 'the fresh thread takes new work');
    } finally {
      await pool.close();
    }
  });

  it('a thread that exits with documents queued on it fails only the one it was extracting', { timeout: 60_000 }, async () => {
    const pool = new ExtractionPool({ threads: 1, depth: 4, worker: CUES });
    try {
      const replies = await Promise.all(['echo-a.txt', 'exit-b.txt', 'echo-c.txt', 'echo-d.txt'].map((s) => pool.run(request(s))));
      assert.deepEqual(
        replies.map((r) => (r.ok ? 'ok' : r.error)),
        ['echo echo-a.txt', 'the extraction thread stopped while it held this document (worker exited with code: 3)', 'echo echo-c.txt', 'echo echo-d.txt'],
      );
    } finally {
      await pool.close();
    }
  });

  it('a thread out of memory names the document; the others go on', { timeout: 60_000 }, async () => {
    const pool = new ExtractionPool({ threads: 1, depth: 2, worker: CUES, resourceLimits: { maxOldGenerationSizeMb: 16 } });
    try {
      const replies = await Promise.all(['oom-a.txt', 'echo-b.txt'].map((s) => pool.run(request(s))));
      assert.deepEqual(replies, [
        { ok: false, error: 'the extraction thread ran out of memory on this document' },
        { ok: false, error: 'echo echo-b.txt' },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('threads get the larger young generation, also when a caller sets other limits', { timeout: 60_000 }, async () => {
    const limitsOf = async (pool: ExtractionPool): Promise<Record<string, number>> => {
      try {
        const reply = await pool.run(request('limits-a.txt'));
        assert.ok(!reply.ok);
        return JSON.parse(reply.error) as Record<string, number>;
      } finally {
        await pool.close();
      }
    };
    const plain = await limitsOf(new ExtractionPool({ threads: 1, depth: 1, worker: CUES }));
    assert.equal(plain.maxYoungGenerationSizeMb, THREAD_LIMITS.maxYoungGenerationSizeMb);
    const capped = await limitsOf(new ExtractionPool({ threads: 1, depth: 1, worker: CUES, resourceLimits: { maxOldGenerationSizeMb: 64 } }));
    assert.equal(capped.maxYoungGenerationSizeMb, THREAD_LIMITS.maxYoungGenerationSizeMb);
    assert.equal(capped.maxOldGenerationSizeMb, 64);
  });

  it('threads that cannot start fail every document instead of leaving it queued', { timeout: 60_000 }, async () => {
    const pool = new ExtractionPool({ threads: 2, depth: 2, worker: new URL('./workers/unstartable-worker.ts', import.meta.url) });
    try {
      const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(request(`${i}.txt`))));
      // Those sent to a thread fail with it; those still queued fail once no thread is left.
      for (const reply of replies)
        assert.ok(!reply.ok && /^the extraction (thread stopped while it held this document|threads cannot start) \(/.test(reply.error), JSON.stringify(reply));
      assert.ok(
        replies.some((r) => !r.ok && r.error.startsWith('the extraction threads cannot start')),
        'the queued ones are not left waiting',
      );
    } finally {
      await pool.close();
    }
  });
});
