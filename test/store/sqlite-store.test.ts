import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { analyseDocument } from '../../src/ingest/analyse.js';
import { DEV_DOCS, tempStore, type TempStore } from '../ingest/helpers.js';

describe('SQLite store', () => {
  let t: TempStore;
  const files = readdirSync(DEV_DOCS).sort();
  const analysed = files.map((f) => analyseDocument(f, readFileSync(`${DEV_DOCS}/${f}`)));

  before(async () => {
    t = await tempStore();
    for (const doc of analysed) await t.store.saveDocument(doc);
  });
  after(() => t.dispose());

  it('stores documents with hash, extractor, fields, cleaned text and sentences', async () => {
    const docs = await t.store.documents();
    assert.equal(docs.length, files.length);
    for (const doc of analysed) {
      const row = docs.find((d) => d.source === doc.source)!;
      assert.equal(row.content_hash, doc.contentHash);
      assert.equal(row.extractor, doc.extractor);
      assert.equal(row.published, doc.facts.document.published);
      assert.equal(row.counts.events, doc.facts.events.length);
    }
    const stats = await t.store.stats();
    assert.equal(stats.sentences, analysed.reduce((n, d) => n + d.sentences.length, 0));
  });

  it('keeps each document\'s sentences with it, read one row per sentence through the sentences view', () => {
    const db = new Database(t.path, { readonly: true });
    try {
      for (const doc of analysed) {
        const rows = db.prepare('select s.idx, s.start, s."end", s.text from sentences s join documents d on d.id = s.document_id where d.content_hash = ? order by s.idx').all(doc.contentHash);
        assert.deepEqual(rows, doc.sentences.map((x) => ({ idx: x.index, start: x.start, end: x.end, text: x.text })), doc.source);
      }
    } finally {
      db.close();
    }
  });

  it('cuts each sentence out of the stored text right when the text has characters beyond the BMP', async () => {
    const scratch = await tempStore();
    try {
      const text = 'Astana, 3 May 2024. 🇰🇿 President Tokayev met 𝔓𝔯𝔦𝔪𝔢 Minister Rahmon. 🤝 The sides signed a road map.\n\nTrade reached $200 million — 😀 a record.';
      const doc = analyseDocument('astral.txt', Buffer.from(text));
      assert.ok(doc.sentences.length >= 3 && /[\uD800-\uDFFF]/.test(doc.text));
      await scratch.store.saveDocument(doc);
      await scratch.store.stats(); // commits the open group
      const db = new Database(scratch.path, { readonly: true });
      try {
        const rows = db.prepare('select idx, start, "end", text from sentences order by idx').all();
        assert.deepEqual(rows, doc.sentences.map((x) => ({ idx: x.index, start: x.start, end: x.end, text: x.text })));
      } finally {
        db.close();
      }
    } finally {
      await scratch.dispose();
    }
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
    const events = await t.store.events({ pair: ['BLR', 'TJK'] });
    assert.ok(events.length > 0);
    for (const e of events) for (const s of e.sources) assert.ok(s.text.length > 0 && typeof s.document === 'string');
  });

  it('applies migrations once: reopening the file keeps the data', async () => {
    const before = await t.store.stats();
    const store = await t.reopen();
    assert.deepEqual(await store.stats(), before);
  });

  it('replaces a document stored by another extractor version without doubling its facts', async () => {
    const before = await t.store.stats();
    const again = { ...analysed[0]!, extractor: 'readout-extract/older' };
    assert.equal((await t.store.saveDocument(again)).status, 'replaced');
    assert.deepEqual(await t.store.documentsToReindex(analysed[0]!.extractor, false), [(await t.store.documentByHash(again.contentHash))!.id]);
    assert.equal((await t.store.saveDocument(analysed[0]!)).status, 'replaced');
    assert.deepEqual(await t.store.stats(), before);
  });

  it('replaces a document within the same group commit: the first version\'s facts and evidence go', async () => {
    const scratch = await tempStore();
    try {
      const doc = analysed[0]!;
      const older = { ...doc, extractor: 'readout-extract/older' };
      // Saved without waiting: both land in one transaction, the second replacing the first.
      const [first, second] = await Promise.all([scratch.store.saveDocument(older), scratch.store.saveDocument(doc)]);
      assert.equal(first.status, 'stored');
      assert.equal(second.status, 'replaced');
      const facts = [...doc.facts.events, ...doc.facts.agreements, ...doc.facts.trade, ...doc.facts.people];
      const stats = await scratch.store.stats();
      assert.equal(stats.mentions, facts.length);
      assert.equal(stats.documents, 1);
      const events = await scratch.store.events({});
      assert.equal(events.length, doc.facts.events.length);
      // Evidence of one version only: as many sources as the document's events have evidence sentences.
      const sources = events.flatMap((e) => e.sources);
      assert.equal(sources.length, doc.facts.events.reduce((n, e) => n + e.evidence.length, 0));
      assert.ok(sources.every((x) => x.document === doc.source));
    } finally {
      await scratch.dispose();
    }
  });

  it('merges an agreement whose dates agree (one a prefix of the other, or none), not one dated otherwise', async () => {
    const scratch = await tempStore();
    try {
      const base = analysed.find((d) => d.facts.agreements.length)!;
      const agreement = base.facts.agreements[0]!;
      const variant = (n: number, date: string | null) => ({
        ...base,
        source: `agreement-${n}.txt`,
        contentHash: `${base.contentHash.slice(0, -2)}${String(n).padStart(2, '0')}`,
        facts: { ...base.facts, events: [], trade: [], people: [], agreements: [{ ...agreement, date }] },
      });
      for (const [n, date] of [[1, '2024-05'], [2, '2024-05-12'], [3, null], [4, '2024'], [5, '2023-05-12'], [6, '2024-06-01']] as const) {
        await scratch.store.saveDocument(variant(n, date));
      }
      const stored = await scratch.store.agreements({});
      const sourcesOf = (date: string | null) => [...new Set(stored.find((a) => a.date === date)?.sources.map((x) => x.document))].sort();
      // 2024-05, 2024-05-12, undated and 2024 are one document; 2023-05-12 and 2024-06-01 are others.
      assert.equal(stored.length, 3);
      assert.deepEqual(sourcesOf('2024-05'), ['agreement-1.txt', 'agreement-2.txt', 'agreement-3.txt', 'agreement-4.txt']);
      assert.deepEqual(sourcesOf('2023-05-12'), ['agreement-5.txt']);
      assert.deepEqual(sourcesOf('2024-06-01'), ['agreement-6.txt']);
    } finally {
      await scratch.dispose();
    }
  });

  it('filters by country, pair, dates and type', async () => {
    const all = await t.store.events();
    const pair = await t.store.events({ pair: ['KAZ', 'TJK'] });
    assert.ok(pair.length > 0 && pair.length < all.length);
    assert.ok(pair.every((e) => e.countries.includes('KAZ') && e.countries.includes('TJK')));
    const since = await t.store.events({ since: '2023-01-01' });
    assert.ok(since.every((e) => e.date !== null && !e.date.startsWith('--') && e.date >= '2023'));
    const until = await t.store.events({ until: '2019-12-31' });
    assert.ok(until.every((e) => e.date! <= '2019-12-31'));
    const meetings = await t.store.events({ type: 'meeting' });
    assert.ok(meetings.every((e) => e.type === 'meeting'));
    const targets = await t.store.trade({ country: 'KAZ', kind: 'target' });
    assert.ok(targets.length > 0 && targets.every((x) => x.kind === 'target' && x.parties.includes('KAZ')));
  });

  it('searches documents and facts with FTS5, whatever punctuation the query holds', async () => {
    const hits = await t.store.search('Dushanbe');
    assert.ok(hits.some((h) => h.kind === 'document'));
    const facts = await t.store.search('Tokayev');
    assert.ok(facts.some((h) => h.kind === 'person'));
    assert.deepEqual(await t.store.search('"unbalanced AND ('), []);
  });

  it('group commit: documents saved together share a transaction, and one that fails is rolled back alone', async () => {
    const scratch = await tempStore();
    try {
      const [a, b, c] = analysed;
      const event = b!.facts.events[0]!;
      // A NOT NULL column left null: the write fails inside the batch.
      const broken = { ...b!, facts: { ...b!.facts, events: [{ ...event, type: null as unknown as typeof event.type }] } };
      const results = await Promise.allSettled([a!, broken, c!].map((d) => scratch.store.saveDocument(d)));
      assert.equal(results[0]!.status, 'fulfilled');
      assert.equal(results[1]!.status, 'rejected');
      assert.equal(results[2]!.status, 'fulfilled');
      const stored = await scratch.store.documents();
      assert.deepEqual(stored.map((d) => d.source).sort(), [a!.source, c!.source].sort());
      // Nothing of the failed document is left, and the others are whole.
      const stats = await scratch.store.stats();
      const facts = (d: typeof a) => d!.facts.events.length + d!.facts.agreements.length + d!.facts.trade.length + d!.facts.people.length;
      assert.equal(stats.mentions, facts(a) + facts(c));
      assert.equal(stats.sentences, a!.sentences.length + c!.sentences.length);
      assert.equal((await scratch.store.saveDocument(b!)).status, 'stored');
    } finally {
      await scratch.dispose();
    }
  });
});
