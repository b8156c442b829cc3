import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reindex } from '../../src/ingest/ingest.js';
import { ExtractionPool } from '../../src/ingest/worker-pool.js';
import { promisify } from 'node:util';
import { cli, CLI, EXAMPLES, ingestPaths, NEEDS_BUILD, tempStore, type TempStore } from '../helpers.js';

const run = promisify(execFile);

const TALKS = 'Minsk, 3 March 2024. President of Belarus Aleksandr Lukashenko met President of Tajikistan Emomali Rahmon in Minsk on 3 March 2024.\n';

describe('ingest', () => {
  let t: TempStore;
  // One pool for the whole file: threads start once, not at every run.
  const pool = new ExtractionPool({ threads: 2 });
  const examples = readdirSync(EXAMPLES).length;
  before(async () => {
    t = await tempStore();
  });
  after(async () => {
    await pool.close();
    await t.dispose();
  });

  it('stores every document of a folder, in parallel', async () => {
    const { summary, events } = await ingestPaths(t.store, [EXAMPLES], pool);
    assert.deepEqual(summary, { stored: examples, replaced: 0, skipped: 0, failed: 0 });
    assert.equal(events.filter((e) => e.kind === 'stored').length, examples);
    assert.equal((await t.store.stats()).documents, examples);
  });

  it('is idempotent: a second run skips everything and changes nothing', async () => {
    const before = await t.store.stats();
    const { summary } = await ingestPaths(t.store, [EXAMPLES], pool);
    assert.deepEqual(summary, { stored: 0, replaced: 0, skipped: examples, failed: 0 });
    assert.deepEqual(await t.store.stats(), before);
  });

  it('skips the same content under another name', async () => {
    const copy = join(t.dir, 'copy');
    mkdirSync(copy);
    const first = readdirSync(EXAMPLES).sort()[0]!;
    writeFileSync(join(copy, 'renamed.txt'), readFileSync(join(EXAMPLES, first)));
    const { events } = await ingestPaths(t.store, [copy], pool);
    assert.deepEqual(events, [{ kind: 'skipped', source: 'renamed.txt', reason: `same content as ${first}` }]);
  });

  it('reports bad inputs and goes on with the batch', async () => {
    const bad = join(t.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-empty.txt'), '   \n');
    writeFileSync(join(bad, 'b-broken.json'), '{"text": ');
    writeFileSync(join(bad, 'c-good.txt'), TALKS);
    const { summary, events } = await ingestPaths(t.store, [bad, join(t.dir, 'missing.txt')], pool);
    assert.deepEqual(summary, { stored: 1, replaced: 0, skipped: 0, failed: 3 });
    const failed = events.flatMap((e) => (e.kind === 'failed' ? [`${e.source}: ${e.problem}`] : [])).sort();
    assert.equal(failed.length, 3);
    assert.equal(failed[0], `${join(t.dir, 'missing.txt')}: no such file or directory`);
    assert.equal(failed[1], 'a-empty.txt: no text (only whitespace)');
    assert.match(failed[2]!, /^b-broken\.json: invalid JSON \(.+\)$/);
  });

  it('reads NDJSON, one JSON document per line named by its source field or file#line, whatever the name says', async () => {
    const path = join(t.dir, 'feed.ndjson');
    const lines = [
      { source: 'https://example.org/news/1.html', title: 'Talks in Astana', text: 'ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev met Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.' },
      { title: 'A note', text: 'Tashkent, 2 February 2024. President of Uzbekistan Shavkat Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif in Tashkent.' },
    ];
    writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    const { summary, events } = await ingestPaths(t.store, [path], pool);
    assert.deepEqual(summary, { stored: 2, replaced: 0, skipped: 0, failed: 1 });
    assert.deepEqual(events.map((e) => `${e.kind} ${e.source}`).sort(), ['failed feed.ndjson#3', 'stored feed.ndjson#2', 'stored https://example.org/news/1.html']);
    const doc = (await t.store.documents()).find((d) => d.source === 'https://example.org/news/1.html');
    // Read as the JSON it is, though its name ends in .html.
    assert.deepEqual([doc?.title, doc?.fields.format], ['Talks in Astana', 'json']);
  });

  it('reindex --all re-extracts every document as it was read, without doubling facts', async () => {
    const before = await t.store.stats();
    const documents = await t.store.documents();
    const summary = await reindex(t.store, { workers: 2, all: true, pool });
    assert.deepEqual(summary, { stored: 0, replaced: before.documents, skipped: 0, failed: 0 });
    assert.deepEqual(await t.store.stats(), before);
    const strip = (rows: typeof documents) => rows.map(({ ingested_at: _, ...d }) => d);
    assert.deepEqual(strip(await t.store.documents()), strip(documents), 'the same fields: the NDJSON line is still read as JSON');
    assert.equal((await reindex(t.store, { workers: 1, pool })).replaced, 0, 'nothing is stale');
  });

  it('a thread that dies fails the documents it held, naming them, and the batch goes on', async () => {
    const crashing = new ExtractionPool({ threads: 1, depth: 1, worker: new URL('./workers/crashing-worker.ts', import.meta.url) });
    const dir = join(t.dir, 'crash');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), TALKS.replace('3 March', '4 March'));
    writeFileSync(join(dir, 'exit-b.txt'), TALKS.replace('3 March', '5 March'));
    writeFileSync(join(dir, 'c.txt'), TALKS.replace('3 March', '6 March'));
    try {
      const { summary, events } = await ingestPaths(t.store, [dir], crashing);
      assert.deepEqual(summary, { stored: 2, replaced: 0, skipped: 0, failed: 1 });
      assert.deepEqual(events.find((e) => e.kind === 'failed'), {
        kind: 'failed', source: 'exit-b.txt', problem: 'the extraction thread stopped while it held this document (worker exited with code: 3)',
      });
    } finally {
      await crashing.close();
    }
  });
});

describe('readout ingest and reindex, in process', () => {
  it('print one line per document and a summary; a failure makes the exit code 1', async () => {
    const t = await tempStore();
    try {
      const dir = join(t.dir, 'in');
      mkdirSync(dir);
      writeFileSync(join(dir, 'a.txt'), TALKS);
      writeFileSync(join(dir, 'b.txt'), '');
      const call = 'Baku. President of Azerbaijan Ilham Aliyev had a phone call with President of Turkey Recep Tayyip Erdoğan on 28 May.';
      const first = await cli(['ingest', dir, '-', '--db', t.path, '--workers', '1', '--published', '2024-03-04'], call);
      assert.equal(first.code, 1);
      assert.deepEqual(first.stdout.split('\n').sort(), ['', 'failed b.txt: empty file', 'stored a.txt (3 facts)', 'stored stdin (3 facts)']);
      assert.match(first.stderr, new RegExp(`^2 stored, 0 skipped, 1 failed in \\d+\\.\\d s → ${t.path}\\n$`));
      assert.equal((await t.reopen().then((s) => s.documents())).find((d) => d.source === 'stdin')?.published, '2024-03-04');
      const again = await cli(['reindex', '--all', '--db', t.path, '--workers', '1']);
      assert.equal(again.code, 0);
      assert.deepEqual(again.stdout.split('\n').sort(), ['', 'replaced a.txt (3 facts)', 'replaced stdin (3 facts)']);
      assert.match(again.stderr, /^0 stored, 2 re-extracted, 0 skipped, 0 failed in /);
      // The one real process of reindex (ingest's is the SIGKILL test): nothing is stale any more.
      if (!NEEDS_BUILD) {
        const { stdout, stderr } = await run(process.execPath, [CLI, 'reindex', '--db', t.path, '--workers', '1']);
        assert.equal(stdout, '');
        assert.match(stderr, new RegExp(`^0 stored, 0 skipped, 0 failed in \\d+\\.\\d s → ${t.path}\\n$`));
      }
    } finally {
      await t.dispose();
    }
  });
});
