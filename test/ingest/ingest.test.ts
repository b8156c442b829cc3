import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reindex } from '../../src/ingest/ingest.js';
import { DEV_DOCS, ingestPaths, tempStore, type TempStore } from './helpers.js';

describe('ingest', () => {
  let t: TempStore;
  const devFiles = readdirSync(DEV_DOCS).length;
  before(async () => {
    t = await tempStore();
  });
  after(() => t.dispose());

  it('stores every dev document from a folder, in parallel', async () => {
    const { summary, events } = await ingestPaths(t.store, [DEV_DOCS]);
    assert.deepEqual(summary, { stored: devFiles, replaced: 0, skipped: 0, failed: 0 });
    assert.equal(events.filter((e) => e.kind === 'stored').length, devFiles);
    assert.equal((await t.store.stats()).documents, devFiles);
  });

  it('is idempotent: a second run skips everything and changes nothing', async () => {
    const before = await t.store.stats();
    const { summary } = await ingestPaths(t.store, [DEV_DOCS]);
    assert.deepEqual(summary, { stored: 0, replaced: 0, skipped: devFiles, failed: 0 });
    assert.deepEqual(await t.store.stats(), before);
  });

  it('skips the same content under another name', async () => {
    const copy = join(t.dir, 'copy');
    mkdirSync(copy);
    const first = readdirSync(DEV_DOCS).sort()[0]!;
    writeFileSync(join(copy, 'renamed.txt'), readFileSync(join(DEV_DOCS, first)));
    const { events } = await ingestPaths(t.store, [copy]);
    assert.deepEqual(events, [{ kind: 'skipped', source: 'renamed.txt', reason: `same content as ${first}` }]);
  });

  it('reports bad inputs and goes on with the batch', async () => {
    const bad = join(t.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-empty.txt'), '   \n');
    writeFileSync(join(bad, 'b-broken.json'), '{"text": ');
    writeFileSync(join(bad, 'c-good.txt'), 'Minsk, 3 March 2024. President of Belarus Aleksandr Lukashenko met President of Tajikistan Emomali Rahmon in Minsk on 3 March 2024.\n');
    const { summary, events } = await ingestPaths(t.store, [bad, join(t.dir, 'missing.txt')]);
    assert.equal(summary.stored, 1);
    assert.equal(summary.failed, 3);
    const failed = events.filter((e) => e.kind === 'failed').map((e) => e.source).sort();
    assert.deepEqual(failed, ['a-empty.txt', 'b-broken.json', join(t.dir, 'missing.txt')].sort());
  });

  it('reads NDJSON, one document per line, named by its source field or file#line', async () => {
    const path = join(t.dir, 'feed.ndjson');
    const lines = [
      { source: 'https://example.org/news/1', title: 'Talks in Astana', text: 'ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev met Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.' },
      { title: 'A note', text: 'Tashkent, 2 February 2024. President of Uzbekistan Shavkat Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif in Tashkent.' },
    ];
    writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    const { summary, events } = await ingestPaths(t.store, [path]);
    assert.deepEqual(summary, { stored: 2, replaced: 0, skipped: 0, failed: 1 });
    const sources = events.filter((e) => e.kind === 'stored').map((e) => e.source).sort();
    assert.deepEqual(sources, ['feed.ndjson#2.json', 'https://example.org/news/1.json']);
    const docs = await t.store.documents();
    assert.equal(docs.find((d) => d.source === 'https://example.org/news/1.json')?.title, 'Talks in Astana');
  });

  it('reindex --all re-extracts every document without doubling facts', async () => {
    const before = await t.store.stats();
    const summary = await reindex(t.store, { workers: 2, all: true });
    assert.equal(summary.replaced, before.documents);
    assert.equal(summary.failed, 0);
    assert.deepEqual(await t.store.stats(), before);
    assert.equal((await reindex(t.store, { workers: 1 })).replaced, 0, 'nothing is stale');
  });
});
