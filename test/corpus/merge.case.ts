import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { NEEDS_SHARED } from '../helpers.js';
import type { Corpus } from './corpus.test.js';

// Fixtures: a = an Akorda readout; b = a news agency on the same talks ("Kazakh President Tokayev");
// c = a ministry giving another 2022 turnover; d = a republished copy of a with a new header and footer.
// The fixtures' reports of the Astana talks are checked together with the dev document that reports them too.
// Sources are stored by their path (test/merge/fixtures/…); these checks name them by file name.
export const mergeSuite = (corpus: Corpus): void =>
  void describe('merge across documents', { skip: NEEDS_SHARED }, () => {
    it('keeps one canonical Tokayev, with the surname-only form as an alias', async () => {
      const tokayevs = (await corpus.t.store.people()).filter((p) => /tokay/i.test(p.name));
      assert.equal(tokayevs.length, 1);
      const [tokayev] = tokayevs;
      assert.equal(tokayev!.name, 'Kassym-Jomart Tokayev');
      assert.equal(tokayev!.country, 'KAZ');
      assert.ok(tokayev!.aliases.includes('Tokayev'));
      assert.equal(tokayev!.role, 'President');
      const documents = new Set(tokayev!.sources.map((s) => basename(s.document)));
      assert.ok(documents.has('b-news-agency.txt') && documents.has('a-akorda-talks.txt') && documents.has('003_e3cf86469e9e2e0d.txt'));
    });

    it('makes one trade claim with the sources that state the same figure', async () => {
      const claims = (await corpus.t.store.trade({ pair: ['KAZ', 'TJK'] })).filter(
        (c) => c.year === 2022 && c.measure === 'turnover' && c.scope === null && c.kind === 'actual',
      );
      const same = claims.filter((c) => c.value_usd === 1.4e9);
      assert.equal(same.length, 1, 'one $1.4 bn claim');
      const documents = new Set(same[0]!.sources.map((s) => basename(s.document)));
      for (const d of ['a-akorda-talks.txt', 'b-news-agency.txt', '003_e3cf86469e9e2e0d.txt']) assert.ok(documents.has(d), d);
      // a and its republished copy d count once.
      assert.equal(same[0]!.num_documents, 3);
    });

    it('flags different values for the same pair, measure, year and kind as a conflict, both sources shown', async () => {
      const claims = (await corpus.t.store.trade({ pair: ['KAZ', 'TJK'], since: '2022', until: '2022' })).filter(
        (c) => c.measure === 'turnover' && c.scope === null && c.kind === 'actual',
      );
      const high = claims.find((c) => c.value_usd === 1.4e9)!;
      const low = claims.find((c) => c.value_usd === 1.1e9)!;
      assert.deepEqual(high.conflicts_with, [low.id]);
      assert.deepEqual(low.conflicts_with, [high.id]);
      assert.deepEqual(
        low.sources.map((s) => s.document),
        ['test/merge/fixtures/c-ministry-figures.txt'],
      );
      assert.ok((await corpus.t.store.stats()).conflicts >= 1);
    });

    it('makes one event of the same talks reported by several sources', async () => {
      const events = (await corpus.t.store.events({ pair: ['KAZ', 'TJK'] })).filter((e) => e.date === '2023-05-04');
      assert.equal(events.length, 1);
      const [talks] = events;
      const documents = new Set(talks!.sources.map((s) => basename(s.document)));
      for (const d of ['a-akorda-talks.txt', 'b-news-agency.txt', 'd-republished.txt', '003_e3cf86469e9e2e0d.txt']) assert.ok(documents.has(d), d);
      assert.equal(talks!.num_documents, 3, 'the republished copy is not a new source');
      assert.equal(talks!.participants.filter((p) => /tokayev/i.test(p.name)).length, 1);
    });

    it('links the republished copy as a near-duplicate, and nothing else', async () => {
      const docs = await corpus.t.store.documents();
      const linked = docs.filter((d) => d.duplicate_of);
      assert.equal(linked.length, 1);
      const pair = [linked[0]!.source, linked[0]!.duplicate_of!.source].sort();
      assert.deepEqual(pair, ['test/merge/fixtures/a-akorda-talks.txt', 'test/merge/fixtures/d-republished.txt']);
      assert.ok(linked[0]!.duplicate_of!.similarity >= 0.8);
      assert.equal((await corpus.t.store.stats()).near_duplicate_links, 1);
    });
  });
