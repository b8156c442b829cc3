// The store suite: what every backend must do, tested through the Store interface only. Each backend
// runs it with a factory of fresh stores (sqlite/sqlite-store.test.ts); a PostgreSQL backend runs it
// unchanged. The documents are the examples and the merge fixtures, both in this repository.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyseDocument } from '../../src/ingest/analyse.js';
import type { AnalysedDocument, Store } from '../../src/store/store.js';
import { correctionsSuite } from './corrections.case.js';

export interface OpenedStore {
  readonly store: Store;
  /** Closes the store and opens the same data again. */
  reopen(): Promise<Store>;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

/** Fresh, empty stores of one backend. */
export type StoreFactory = () => Promise<OpenedStore>;

const ROOT = new URL('../../', import.meta.url).pathname;
const folders = [join(ROOT, 'examples'), join(ROOT, 'test/merge/fixtures')];

function analysedDocuments(): AnalysedDocument[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .sort()
      .map((f) => analyseDocument(f, readFileSync(join(folder, f)))),
  );
}

const factCount = (d: AnalysedDocument): number => d.facts.events.length + d.facts.agreements.length + d.facts.trade.length + d.facts.people.length;

export function storeSuite(backend: string, open: StoreFactory): void {
  describe(`store suite: ${backend}`, () => {
    let t: OpenedStore;
    const analysed = analysedDocuments();
    const withScratch = async (test: (store: Store) => Promise<void>): Promise<void> => {
      const scratch = await open();
      try {
        await test(scratch.store);
      } finally {
        await scratch.dispose();
      }
    };

    before(async () => {
      t = await open();
      for (const doc of analysed) await t.store.saveDocument(doc);
    });
    after(() => t.dispose());

    correctionsSuite(open);

    it('stores documents with hash, extractor, fields and sentences', async () => {
      const docs = await t.store.documents();
      assert.equal(docs.length, analysed.length);
      for (const doc of analysed) {
        const row = docs.find((d) => d.source === doc.source)!;
        assert.equal(row.content_hash, doc.contentHash);
        assert.equal(row.extractor, doc.extractor);
        assert.equal(row.published, doc.facts.document.published);
        assert.equal(row.counts.events, doc.facts.events.length);
      }
      const stats = await t.store.stats();
      assert.equal(
        stats.sentences,
        analysed.reduce((n, d) => n + d.sentences.length, 0),
      );
      assert.equal(
        stats.mentions,
        analysed.reduce((n, d) => n + factCount(d), 0),
      );
    });

    it('finds a stored document by its content hash', async () => {
      const doc = analysed[0]!;
      const found = await t.store.documentByHash(doc.contentHash);
      assert.deepEqual(found && { source: found.source, extractor: found.extractor }, { source: doc.source, extractor: doc.extractor });
      assert.equal(await t.store.documentByHash('0'.repeat(64)), null);
    });

    it('keeps evidence that is a real substring of the stored cleaned text, with its sentence', async () => {
      for (const doc of analysed) {
        for (const fact of [...doc.facts.events, ...doc.facts.trade, ...doc.facts.people, ...doc.facts.agreements]) {
          for (const e of fact.evidence) {
            assert.equal(doc.text.slice(e.start, e.end), e.text, `${doc.source} evidence offsets`);
            const sentence = doc.sentences[e.sentence]!;
            assert.ok(sentence.start <= e.start && e.end <= sentence.end, `${doc.source}: evidence inside sentence ${e.sentence}`);
          }
        }
      }
      const events = await t.store.events({ pair: ['KAZ', 'TJK'] });
      const sources = events.flatMap((e) => e.sources);
      assert.ok(sources.length > 0);
      for (const s of sources) assert.ok(s.text.length > 0 && analysed.some((d) => d.source === s.document && d.text.includes(s.text)), s.text);
    });

    it('keeps the data when reopened', async () => {
      const before = await t.store.stats();
      const store = await t.reopen();
      assert.deepEqual(await store.stats(), before);
    });

    it('replaces a document stored by another extractor version without doubling its facts', async () => {
      const before = await t.store.stats();
      const again = { ...analysed[0]!, extractor: 'readout-extract/older' };
      assert.equal((await t.store.saveDocument(again)).status, 'replaced');
      assert.deepEqual(await t.store.documentsToReindex(analysed[0]!.extractor, false), [(await t.store.documentByHash(again.contentHash))!.id]);
      const item = await t.store.reindexItem((await t.store.documentByHash(again.contentHash))!.id);
      assert.deepEqual(item && { source: item.source, raw: Buffer.from(item.raw) }, { source: again.source, raw: Buffer.from(again.raw) });
      assert.equal((await t.store.saveDocument(analysed[0]!)).status, 'replaced');
      assert.deepEqual(await t.store.stats(), before);
      assert.equal((await t.store.documentsToReindex(analysed[0]!.extractor, true)).length, analysed.length);
    });

    it("replaces a document within the same group of writes: the first version's facts and evidence go", async () => {
      await withScratch(async (store) => {
        const doc = analysed.find((d) => d.facts.events.length)!;
        const older = { ...doc, extractor: 'readout-extract/older' };
        const [first, second] = await Promise.all([store.saveDocument(older), store.saveDocument(doc)]);
        assert.equal(first.status, 'stored');
        assert.equal(second.status, 'replaced');
        const stats = await store.stats();
        assert.equal(stats.mentions, factCount(doc));
        assert.equal(stats.documents, 1);
        const events = await store.events({});
        assert.equal(events.length, doc.facts.events.length);
        // Evidence of one version only: as many sources as the document's events have evidence sentences.
        const sources = events.flatMap((e) => e.sources);
        assert.equal(
          sources.length,
          doc.facts.events.reduce((n, e) => n + e.evidence.length, 0),
        );
        assert.ok(sources.length > 0);
        for (const s of sources) assert.equal(s.document, doc.source);
      });
    });

    it('merges an agreement whose dates agree (one holds the other, a few days apart, or none), not one dated otherwise', async () => {
      await withScratch(async (store) => {
        const base = analysed.find((d) => d.facts.agreements.length)!;
        const agreement = base.facts.agreements[0]!;
        const variant = (n: number, date: string | null): AnalysedDocument => ({
          ...base,
          source: `agreement-${n}.txt`,
          contentHash: `${base.contentHash.slice(0, -2)}${String(n).padStart(2, '0')}`,
          facts: { ...base.facts, events: [], trade: [], people: [], agreements: [{ ...agreement, date }] },
        });
        const dates = [
          [1, '2024-05'],
          [2, '2024-05-12'],
          [3, null],
          [4, '2024'],
          [5, '2023-05-12'],
          [6, '2024-06-01'],
          [7, '2024-05-14'],
        ] as const;
        for (const [n, date] of dates) await store.saveDocument(variant(n, date));
        const stored = await store.agreements({});
        const sourcesOf = (date: string | null) => [...new Set(stored.find((a) => a.date === date)?.sources.map((x) => x.document))].sort();
        // 2024-05, 2024-05-12, undated, 2024 and 2024-05-14 are one document, dated by its most precise
        // report; 2023-05-12 and 2024-06-01 are others.
        assert.equal(stored.length, 3);
        assert.deepEqual(sourcesOf('2024-05-12'), ['agreement-1.txt', 'agreement-2.txt', 'agreement-3.txt', 'agreement-4.txt', 'agreement-7.txt']);
        assert.deepEqual(sourcesOf('2023-05-12'), ['agreement-5.txt']);
        assert.deepEqual(sourcesOf('2024-06-01'), ['agreement-6.txt']);
      });
    });

    it('makes one claim of figures within 1% and flags a further one as a conflict', async () => {
      await withScratch(async (store) => {
        const base = analysed.find((d) => d.facts.trade.some((x) => x.year !== null))!;
        const figure = base.facts.trade.find((x) => x.year !== null)!;
        const variant = (n: number, value: number): AnalysedDocument => ({
          ...base,
          source: `figure-${n}.txt`,
          contentHash: `${base.contentHash.slice(0, -2)}${String(n).padStart(2, '0')}`,
          facts: { ...base.facts, events: [], agreements: [], people: [], trade: [{ ...figure, value_usd: value }] },
        });
        for (const [n, value] of [
          [1, 1e9],
          [2, 1.009e9],
          [3, 1.2e9],
        ] as const)
          await store.saveDocument(variant(n, value));
        const claims = await store.trade({});
        // The variants share one text, so they are near-duplicates: their sources are told apart by name.
        const reporting = (c: (typeof claims)[number]) => new Set(c.sources.map((s) => s.document)).size;
        assert.deepEqual(claims.map((c) => [c.value_usd, reporting(c), c.conflicts_with.length]).sort(), [
          [1e9, 2, 1],
          [1.2e9, 1, 1],
        ]);
        assert.equal((await store.stats()).conflicts, 1);
      });
    });

    it('never makes one claim of "more than" and "less than" the same value: two claims, flagged', async () => {
      await withScratch(async (store) => {
        const base = analysed.find((d) => d.facts.trade.some((x) => x.year !== null))!;
        const figure = base.facts.trade.find((x) => x.year !== null)!;
        const variant = (n: number, qualifier: 'more_than' | 'less_than'): AnalysedDocument => ({
          ...base,
          source: `bound-${n}.txt`,
          contentHash: `${base.contentHash.slice(0, -2)}${String(n).padStart(2, '0')}`,
          facts: { ...base.facts, events: [], agreements: [], people: [], trade: [{ ...figure, value_usd: 2e9, qualifier }] },
        });
        await store.saveDocument(variant(1, 'more_than'));
        await store.saveDocument(variant(2, 'less_than'));
        const claims = await store.trade({});
        assert.deepEqual(claims.map((c) => [c.qualifier, c.conflicts_with.length]).sort(), [
          ['less_than', 1],
          ['more_than', 1],
        ]);
        assert.equal((await store.stats()).conflicts, 1);
        assert.equal((await store.conflicts()).length, 1);
      });
    });

    it('keeps a figure without a dollar value, by its stated amount and currency', async () => {
      await withScratch(async (store) => {
        const base = analysed.find((d) => d.facts.trade.some((x) => x.year !== null))!;
        const figure = base.facts.trade.find((x) => x.year !== null)!;
        const variant = (n: number, amount: number, currency: string): AnalysedDocument => ({
          ...base,
          source: `stated-${n}.txt`,
          contentHash: `${base.contentHash.slice(0, -2)}${String(n).padStart(2, '0')}`,
          facts: { ...base.facts, events: [], agreements: [], people: [], trade: [{ ...figure, value_usd: null, amount, currency }] },
        });
        for (const [n, amount, currency] of [
          [1, 500e9, 'XYZ'],
          [2, 501e9, 'XYZ'],
          [3, 500e9, 'ABC'],
        ] as const)
          await store.saveDocument(variant(n, amount, currency));
        const claims = await store.trade({});
        const reporting = (c: (typeof claims)[number]) => new Set(c.sources.map((s) => s.document)).size;
        assert.deepEqual(
          claims.map((c) => [c.value_usd, c.amount, c.currency, reporting(c), c.conflicts_with.length]).sort(),
          [
            [null, 500e9, 'ABC', 1, 0],
            [null, 500e9, 'XYZ', 2, 0],
          ],
          'within 1% in the same currency is one claim; another currency is another; no dollar value, no conflict',
        );
        assert.equal((await store.stats()).conflicts, 0);
      });
    });

    it('filters by country, pair, dates, type and kind', async () => {
      const all = await t.store.events();
      const pair = await t.store.events({ pair: ['KAZ', 'TJK'] });
      assert.ok(pair.length > 0 && pair.length < all.length);
      for (const e of pair) assert.ok(e.countries.includes('KAZ') && e.countries.includes('TJK'));
      const since = await t.store.events({ since: '2024-01-01' });
      assert.ok(since.length > 0 && since.length < all.length);
      for (const e of since) assert.ok(e.date !== null && !e.date.startsWith('--') && e.date >= '2024', String(e.date));
      const until = await t.store.events({ until: '2023-12-31' });
      assert.ok(until.length > 0 && until.length < all.length);
      for (const e of until) assert.ok(e.date !== null && e.date <= '2023-12-31', String(e.date));
      const calls = await t.store.events({ type: 'phone_call' });
      assert.ok(calls.length > 0 && calls.length < all.length);
      for (const e of calls) assert.equal(e.type, 'phone_call');
      const targets = await t.store.trade({ kind: 'target' });
      assert.ok(targets.length > 0);
      for (const x of targets) assert.equal(x.kind, 'target');
      assert.equal((await t.store.people({ limit: 2 })).length, 2);
      const documents = await t.store.documents({ country: 'BRA' });
      assert.deepEqual(
        documents.map((d) => d.source),
        ['04-brazil-angola-signing.txt'],
      );
    });

    it('searches documents and facts, whatever punctuation the query holds', async () => {
      const hits = await t.store.search('Dushanbe');
      assert.ok(hits.some((h) => h.kind === 'document'));
      const facts = await t.store.search('Tokayev');
      assert.ok(facts.some((h) => h.kind === 'person'));
      assert.deepEqual(await t.store.search('"unbalanced AND ('), []);
    });

    it('searches with the first words of a 2,000-word query (a pasted text finds what its opening words find)', async () => {
      const hit = (await t.store.search('Dushanbe')).find((h) => h.kind === 'document')!;
      const text = (await t.store.document(Number(hit.id)))!.text;
      const opening = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 32);
      const pasted = [...opening, ...Array.from({ length: 2000 - opening.length }, (_, i) => `absent${i}`)].join(' ');
      assert.ok((await t.store.search(pasted)).some((h) => h.kind === 'document' && h.id === hit.id));
      const repeated = `${'Dushanbe '.repeat(2000)}`;
      assert.ok(
        (await t.store.search(repeated)).some((h) => h.kind === 'document'),
        'repeated words count once',
      );
    });

    it('documents saved together: one that fails is rejected alone, the others are stored whole', async () => {
      await withScratch(async (store) => {
        const [a, b, c] = analysed.filter((d) => d.facts.events.length);
        const event = b!.facts.events[0]!;
        // A fact the schema forbids (an event without a type): the backend must refuse it.
        const broken = { ...b!, facts: { ...b!.facts, events: [{ ...event, type: null as unknown as typeof event.type }] } };
        const results = await Promise.allSettled([a!, broken, c!].map((d) => store.saveDocument(d)));
        assert.deepEqual(
          results.map((r) => r.status),
          ['fulfilled', 'rejected', 'fulfilled'],
        );
        const stored = await store.documents();
        assert.deepEqual(stored.map((d) => d.source).sort(), [a!.source, c!.source].sort());
        const stats = await store.stats();
        assert.equal(stats.mentions, factCount(a!) + factCount(c!));
        assert.equal(stats.sentences, a!.sentences.length + c!.sentences.length);
        assert.equal((await store.saveDocument(b!)).status, 'stored');
      });
    });
  });
}
