import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reindex } from '../../src/ingest/ingest.js';
import { ExtractionPool } from '../../src/ingest/worker-pool.js';
import { promisify } from 'node:util';
import { cli, CLI, EXAMPLES, ingestPaths, MERGE_FIXTURES, NEEDS_BUILD, tempStore, type TempStore } from '../helpers.js';

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
    assert.deepEqual(summary, { stored: examples, replaced: 0, updated: 0, skipped: 0, failed: 0 });
    assert.equal(events.filter((e) => e.kind === 'stored').length, examples);
    assert.equal((await t.store.stats()).documents, examples);
  });

  it('is idempotent: a second run skips everything and changes nothing', async () => {
    const before = await t.store.stats();
    const { summary } = await ingestPaths(t.store, [EXAMPLES], pool);
    assert.deepEqual(summary, { stored: 0, replaced: 0, updated: 0, skipped: examples, failed: 0 });
    assert.deepEqual(await t.store.stats(), before);
  });

  it('skips the same content under another name', async () => {
    const copy = join(t.dir, 'copy');
    mkdirSync(copy);
    const first = readdirSync(EXAMPLES).sort()[0]!;
    writeFileSync(join(copy, 'renamed.txt'), readFileSync(join(EXAMPLES, first)));
    const { events } = await ingestPaths(t.store, [copy], pool, t.dir);
    assert.deepEqual(events, [{ kind: 'skipped', source: 'copy/renamed.txt', reason: `same content as examples/${first}` }]);
  });

  it('reports bad inputs and goes on with the batch', async () => {
    const bad = join(t.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-empty.txt'), '   \n');
    writeFileSync(join(bad, 'b-broken.json'), '{"text": ');
    writeFileSync(join(bad, 'c-good.txt'), TALKS);
    const { summary, events } = await ingestPaths(t.store, [bad, join(t.dir, 'missing.txt')], pool, t.dir);
    assert.deepEqual(summary, { stored: 1, replaced: 0, updated: 0, skipped: 0, failed: 3 });
    const failed = events.flatMap((e) => (e.kind === 'failed' ? [`${e.source}: ${e.problem}`] : [])).sort();
    assert.equal(failed.length, 3);
    assert.equal(failed[0], 'bad/a-empty.txt: no text (only whitespace)');
    assert.match(failed[1]!, /^bad\/b-broken\.json: invalid JSON \(.+\)$/);
    assert.equal(failed[2], 'missing.txt: no such file or directory');
  });

  it('reads NDJSON, one JSON document per line named by its source field or file#line, whatever the name says', async () => {
    const path = join(t.dir, 'feed.ndjson');
    const lines = [
      {
        source: 'https://example.org/news/1.html',
        title: 'Talks in Astana',
        text: 'ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev met Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.',
      },
      {
        title: 'A note',
        text: 'Tashkent, 2 February 2024. President of Uzbekistan Shavkat Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif in Tashkent.',
      },
    ];
    writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    const { summary, events } = await ingestPaths(t.store, [path], pool, t.dir);
    assert.deepEqual(summary, { stored: 2, replaced: 0, updated: 0, skipped: 0, failed: 1 });
    assert.deepEqual(events.map((e) => `${e.kind} ${e.source}`).sort(), [
      'failed feed.ndjson#3',
      'stored feed.ndjson#2',
      'stored https://example.org/news/1.html',
    ]);
    const doc = (await t.store.documents()).find((d) => d.source === 'https://example.org/news/1.html');
    // Read as the JSON it is, though its name ends in .html.
    assert.deepEqual([doc?.title, doc?.fields.format], ['Talks in Astana', 'json']);
  });

  it('reindex --all re-extracts every document as it was read, without doubling facts', async () => {
    const before = await t.store.stats();
    const documents = await t.store.documents();
    const summary = await reindex(t.store, { workers: 2, all: true, pool });
    assert.deepEqual(summary, { stored: 0, replaced: before.documents, updated: 0, skipped: 0, failed: 0 });
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
      const { summary, events } = await ingestPaths(t.store, [dir], crashing, t.dir);
      assert.deepEqual(summary, { stored: 2, replaced: 0, updated: 0, skipped: 0, failed: 1 });
      assert.deepEqual(
        events.find((e) => e.kind === 'failed'),
        {
          kind: 'failed',
          source: 'crash/exit-b.txt',
          problem: 'the extraction thread stopped while it held this document (worker exited with code: 3)',
        },
      );
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
      const first = await cli(['ingest', dir, '-', '--db', t.path, '--workers', '1', '--published', '2024-03-04', '--root', t.dir], call);
      assert.equal(first.code, 1);
      assert.deepEqual(first.stdout.split('\n').sort(), ['', 'failed in/b.txt: empty file', 'stored in/a.txt (3 facts)', 'stored stdin (3 facts)']);
      assert.match(first.stderr, new RegExp(`^2 stored, 0 skipped, 1 failed in \\d+\\.\\d s → ${t.path}\\n$`));
      assert.equal((await t.reopen().then((s) => s.documents())).find((d) => d.source === 'stdin')?.published, '2024-03-04');
      const again = await cli(['reindex', '--all', '--db', t.path, '--workers', '1']);
      assert.equal(again.code, 0);
      assert.deepEqual(again.stdout.split('\n').sort(), ['', 'replaced in/a.txt (3 facts)', 'replaced stdin (3 facts)']);
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

describe('documents by path, new versions and removal', () => {
  let t: TempStore;
  const pool = new ExtractionPool({ threads: 2 });
  before(async () => {
    t = await tempStore();
  });
  after(async () => {
    await pool.close();
    await t.dispose();
  });
  const TALKS_ALMATY =
    'Almaty, 9 April 2024. President of Kazakhstan Kassym-Jomart Tokayev received Prime Minister of Hungary Viktor Orbán in Almaty on 9 April 2024.\n';

  it('keeps two files of one name in different folders apart, by their path, in queries and exports', async () => {
    for (const [folder, text] of [
      ['north', TALKS],
      ['south', TALKS_ALMATY],
    ] as const) {
      mkdirSync(join(t.dir, 'reports', folder), { recursive: true });
      writeFileSync(join(t.dir, 'reports', folder, 'readout.txt'), text);
    }
    const { summary } = await ingestPaths(t.store, [join(t.dir, 'reports')], pool, t.dir);
    assert.equal(summary.stored, 2);
    assert.deepEqual((await t.store.documents()).map((d) => d.source).sort(), ['reports/north/readout.txt', 'reports/south/readout.txt']);
    const events = await t.store.events();
    assert.deepEqual(events.map((e) => e.sources[0]!.document).sort(), ['reports/north/readout.txt', 'reports/south/readout.txt']);
    const csv = (await cli(['events', '--db', t.path, '--csv'])).stdout;
    assert.match(csv, /,reports\/north\/readout\.txt#\d+,/);
    assert.match(csv, /,reports\/south\/readout\.txt#1,/);
    const exported = (await cli(['export', '--db', t.path])).stdout;
    assert.match(exported, /"document":"reports\/south\/readout\.txt"/, 'export defaults to NDJSON and names the path');
  });

  it('replaces the facts of an edited file at the same path, and says so', async () => {
    const path = join(t.dir, 'reports', 'north', 'readout.txt');
    const before = (await t.store.documents()).find((d) => d.source === 'reports/north/readout.txt')!;
    writeFileSync(path, TALKS.replace(/3 March/g, '5 March'));
    const r = await cli(['ingest', path, '--db', t.path, '--root', t.dir, '--workers', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^updated reports\/north\/readout\.txt: changed since it was stored, its 3 facts replace the 3 of the earlier version\n$/);
    assert.match(r.stderr, /^0 stored, 1 updated, 0 skipped, 0 failed in /);
    const store = await t.reopen();
    const docs = await store.documents();
    assert.equal(docs.length, 2, 'no near-duplicate added');
    assert.equal(docs.find((d) => d.source === 'reports/north/readout.txt')!.id, before.id);
    const dates = (await store.events({ pair: ['BLR', 'TJK'] })).map((e) => e.date);
    assert.deepEqual(dates, ['2024-03-05'], "the earlier version's event is gone");
  });

  it('removes a document and the facts only it reported; facts other documents report stay', async () => {
    const store = await t.reopen();
    const fixtures = ['a-akorda-talks.txt', 'b-news-agency.txt', 'c-ministry-figures.txt'].map((f) => join(MERGE_FIXTURES, f));
    await ingestPaths(store, fixtures, pool, MERGE_FIXTURES);
    const talks = (await store.events({ pair: ['KAZ', 'TJK'], since: '2023-05-04', until: '2023-05-04' }))[0]!;
    assert.deepEqual([...new Set(talks.sources.map((s) => s.document))].sort(), ['a-akorda-talks.txt', 'b-news-agency.txt']);
    const refused = await cli(['remove', 'b-news-agency.txt', 'no-such-file.txt', '--db', t.path]);
    assert.deepEqual([refused.code, refused.stderr], [1, 'readout: no document no-such-file.txt is stored (readout documents lists their ids and sources)\n']);
    assert.equal((await t.reopen().then((s) => s.documents())).length, 5, 'a typo removes nothing');
    const r = await cli(['remove', 'b-news-agency.txt', 'c-ministry-figures.txt', '--db', t.path]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^removed b-news-agency\.txt \(document \d+\): 0 facts only it reported deleted, 4 kept \(other documents report them\)\nremoved c-ministry-figures\.txt \(document \d+\): 1 fact only it reported deleted, 0 kept/,
    );
    const after = await t.reopen();
    const [kept] = await after.events({ ids: [talks.id] });
    assert.deepEqual([...new Set(kept!.sources.map((s) => s.document))], ['a-akorda-talks.txt']);
    assert.ok(!(await after.trade()).some((x) => x.value_usd === 1.1e9), "c's figure is gone with it");
    assert.deepEqual((await after.documents()).map((d) => d.source).sort(), ['a-akorda-talks.txt', 'reports/north/readout.txt', 'reports/south/readout.txt']);
  });
});

describe('what readout extract prints can be ingested back', () => {
  it('readout-facts/v1 lines (NDJSON) and a JSON array are stored as they are, not extracted again', async () => {
    const direct = await tempStore();
    const imported = await tempStore();
    try {
      const texts = [
        join(EXAMPLES, '01-kuksaroy-talks.txt'),
        join(EXAMPLES, '05-uzbekistan-pakistan-trade.txt'),
        join(EXAMPLES, '12-tokayev-receives-szijjarto.txt'),
      ];
      await ingestPaths(direct.store, texts);
      const ndjson = await cli(['extract', ...texts, '--ndjson']);
      const facts = join(imported.dir, 'facts.ndjson');
      writeFileSync(facts, ndjson.stdout);
      const r = await cli(['ingest', facts, '--db', imported.path, '--workers', '1']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => l.replace(/ \(.*/, '')),
        texts.map((p) => `stored examples/${p.split('/').at(-1)}`),
      );
      // Ids come from the first report's content (here the facts, not the text): compared without them.
      const shape = async (s: typeof direct.store) => ({
        events: (await s.events())
          .map((e) => [e.type, e.date, e.countries, e.participants.map((p) => p.name), e.sources.map((x) => [x.document, x.sentence, x.start, x.text])])
          .sort(),
        trade: (await s.trade()).map((x) => [x.measure, x.value_usd, x.year, x.from, x.sources.map((y) => y.text)]).sort(),
        people: (await s.people()).map((p) => [p.name, p.role, p.country]),
      });
      const store = await imported.reopen();
      assert.deepEqual(await shape(store), await shape(direct.store), 'the same facts, sentences and sources');
      assert.equal(
        (await cli(['ingest', facts, '--db', imported.path, '--workers', '1'])).stdout.split('\n').filter((l) => l.startsWith('skipped')).length,
        3,
        'stored once',
      );
      const reindexed = await cli(['reindex', '--all', '--db', imported.path, '--workers', '1']);
      assert.match(reindexed.stderr, /^0 stored, 0 skipped, 0 failed/, 'imported facts have no text to extract again');
      // --format json on several inputs is one JSON array, which ingest reads as well.
      const array = await cli(['extract', texts[0]!, texts[1]!, '--format', 'json']);
      const parsed = JSON.parse(array.stdout) as Array<{ schema: string; document: { source: string; path: string } }>;
      assert.deepEqual(
        parsed.map((d) => [d.schema, d.document.source, d.document.path]),
        [
          ['readout-facts/v1', '01-kuksaroy-talks.txt', 'examples/01-kuksaroy-talks.txt'],
          ['readout-facts/v1', '05-uzbekistan-pakistan-trade.txt', 'examples/05-uzbekistan-pakistan-trade.txt'],
        ],
      );
      const file = join(imported.dir, 'facts.json');
      writeFileSync(file, array.stdout);
      const fresh = join(imported.dir, 'fresh.db');
      const again = await cli(['ingest', file, '--db', fresh, '--workers', '1']);
      assert.match(again.stderr, /^2 stored, 0 skipped, 0 failed/);
    } finally {
      await direct.dispose();
      await imported.dispose();
    }
  });
});
