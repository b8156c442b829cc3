// Corrections, removals and new versions through the Store interface only: part of the store suite
// (store.case.ts), so every backend runs it unchanged. The documents are the merge fixtures: a and d
// (a republished copy) report talks and a planned meeting, b the same talks, c another figure.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CorrectionError } from '../../src/facts/corrections.js';
import type { EventT } from '../../src/facts/schema.js';
import { analyseDocument } from '../../src/ingest/analyse.js';
import type { AnalysedDocument, Store } from '../../src/store/store.js';
import type { StoreFactory } from './store.case.js';

const FIXTURES = new URL('../merge/fixtures/', import.meta.url).pathname;
const fixture = (name: string): AnalysedDocument => analyseDocument(name, readFileSync(join(FIXTURES, name)));

const ana = { by: 'ana', note: 'checked against the ministry' } as const;

/** The document as another extractor version made it (a reindex), with facts changed by `change`. */
const reextracted = (
  doc: AnalysedDocument,
  change: (facts: AnalysedDocument['facts']) => Partial<AnalysedDocument['facts']> = () => ({}),
): AnalysedDocument => ({ ...doc, extractor: `${doc.extractor}+next`, facts: { ...doc.facts, ...change(doc.facts) } });

/** The same source with other content: a new version of the file. */
const edited = (
  doc: AnalysedDocument,
  replaces: number,
  change: (facts: AnalysedDocument['facts']) => Partial<AnalysedDocument['facts']>,
): AnalysedDocument => ({ ...doc, contentHash: `${doc.contentHash.slice(0, -4)}beef`, replaces, facts: { ...doc.facts, ...change(doc.facts) } });

const sourcesOf = (row: { sources: ReadonlyArray<{ document: string }> }): string[] => [...new Set(row.sources.map((s) => s.document))].sort();

export function correctionsSuite(open: StoreFactory): void {
  describe('corrections, removals and new versions', () => {
    const [a, b, c, d] = ['a-akorda-talks.txt', 'b-news-agency.txt', 'c-ministry-figures.txt', 'd-republished.txt'].map(fixture) as [
      AnalysedDocument,
      AnalysedDocument,
      AnalysedDocument,
      AnalysedDocument,
    ];
    const withStore = async (docs: readonly AnalysedDocument[], test: (store: Store) => Promise<void>): Promise<void> => {
      const opened = await open();
      try {
        for (const doc of docs) await opened.store.saveDocument(doc);
        await test(opened.store);
      } finally {
        await opened.dispose();
      }
    };
    const talks = async (store: Store) => (await store.events({ since: '2023-05', until: '2023-05' }))[0]!;

    it('sets values in place: rows read them and say so, filters follow them, stats count the correction', async () => {
      await withStore([a, b], async (store) => {
        const event = await talks(store);
        const made = await store.correct({ action: 'correct', factId: event.id, changes: { countries: ['KAZ', 'UZB'], date: '2023-05-05' } }, ana);
        assert.deepEqual([made.by, made.note, made.applied_to, made.undone], ['ana', ana.note, event.id, null]);
        assert.deepEqual(made.previous, { countries: ['KAZ', 'TJK'], date: '2023-05-04' });
        const [now] = await store.events({ ids: [event.id] });
        assert.deepEqual([now!.countries, now!.date, now!.corrections.map((n) => n.id)], [['KAZ', 'UZB'], '2023-05-05', [made.id]]);
        assert.deepEqual(sourcesOf(now!), sourcesOf(event), 'the sources stay');
        assert.ok(!(await store.events({ pair: ['KAZ', 'TJK'] })).some((e) => e.id === event.id), 'no longer under the wrong pair');
        assert.ok(
          (await store.events({ pair: ['KAZ', 'UZB'] })).some((e) => e.id === event.id),
          'found under the corrected pair',
        );
        assert.equal((await store.stats()).corrections, 1);
        const detail = await store.fact(event.id);
        assert.deepEqual(
          detail?.corrections.map((x) => x.id),
          [made.id],
        );
        assert.ok(
          detail.reports.length >= 2 && detail.reports.every((r) => (r.data.countries as string[]).includes('TJK')),
          'the reports keep what the documents state',
        );
      });
    });

    it('finds its fact again when the document is merged anew and the fact gets a new id', async () => {
      await withStore([a], async (store) => {
        const event = await talks(store);
        const made = await store.correct({ action: 'correct', factId: event.id, changes: { countries: ['KAZ', 'UZB'] } }, ana);
        // A new extractor reads one more event first: the talks are its second, so their id changes.
        const extra: EventT = { ...a.facts.events[1]!, date: '2023-01-01', planned: false, type: 'other' };
        await store.saveDocument(reextracted(a, (f) => ({ events: [extra, ...f.events] })));
        const moved = await store.events({ pair: ['KAZ', 'UZB'] });
        assert.equal(moved.length, 1);
        assert.notEqual(moved[0]!.id, event.id, 'a new id');
        assert.equal(moved[0]!.date, '2023-05-04');
        assert.deepEqual((await store.corrections())[0]!.applied_to, moved[0]!.id);
        assert.ok(!(await store.events({ pair: ['KAZ', 'TJK'] })).some((e) => e.date === '2023-05-04'), 'not back under the wrong pair');
        // Another reads the talks' date differently: the report is found by its sentence.
        await store.saveDocument(reextracted(a, (f) => ({ events: f.events.map((e, i) => (i === 0 ? { ...e, date: '2023-05' } : e)) })));
        const again = await store.events({ pair: ['KAZ', 'UZB'] });
        assert.deepEqual(
          again.map((e) => e.date),
          ['2023-05'],
        );
        assert.equal(again[0]!.corrections[0]!.id, made.id);
      });
    });

    it('keeps a corrected value when another report of the fact is merged in', async () => {
      await withStore([a], async (store) => {
        const event = await talks(store);
        // b calls the talks a visit, which the merge would prefer: the analyst's type stays.
        await store.correct({ action: 'correct', factId: event.id, changes: { type: 'summit' } }, ana);
        await store.saveDocument(b);
        const [now] = await store.events({ ids: [event.id] });
        assert.deepEqual([now!.type, sourcesOf(now!)], ['summit', [a.source, b.source]]);
      });
    });

    it('rejects a fact: out of lists, counts and conflicts, shown as rejected; a later report of it stays out; undo brings it back', async () => {
      await withStore([a, c], async (store) => {
        const [claim] = await store.trade({ kind: 'actual' }).then((rows) => rows.filter((r) => r.value_usd === 1.1e9));
        const before = await store.stats();
        assert.equal(before.conflicts, 1);
        const made = await store.correct({ action: 'reject', factId: claim!.id }, ana);
        assert.ok(!(await store.trade()).some((t) => t.id === claim!.id));
        const after = await store.stats();
        assert.deepEqual([after.trade_claims, after.conflicts], [before.trade_claims - 1, 0]);
        assert.deepEqual((await store.trade())[0]!.conflicts_with, []);
        assert.equal((await store.fact(claim!.id))?.hidden, true);
        assert.ok(!(await store.search('turnover')).some((h) => h.id === claim!.id));
        await store.saveDocument(reextracted(c));
        assert.ok(!(await store.trade()).some((t) => t.value_usd === 1.1e9), 'still out after a reindex');
        const undone = await store.undoCorrection(made.id, 'bo');
        assert.deepEqual(undone.undone?.by, 'bo');
        assert.ok((await store.trade()).some((t) => t.id === claim!.id));
        assert.equal((await store.stats()).conflicts, 1);
        await assert.rejects(store.undoCorrection(made.id, 'bo'), CorrectionError);
      });
    });

    it('merges two events into one with every source; survives a reindex; undo parts them under their ids', async () => {
      await withStore([a, d], async (store) => {
        const planned = await store.events({ type: 'meeting' }).then((rows) => rows.filter((e) => e.planned));
        assert.equal(planned.length, 2);
        const [first, second] = planned as [(typeof planned)[0], (typeof planned)[0]];
        const made = await store.correct({ action: 'merge', factId: first.id, otherId: second.id }, ana);
        const merged = await store.events({ type: 'meeting' }).then((rows) => rows.filter((e) => e.planned));
        assert.deepEqual(
          merged.map((e) => [e.id, sourcesOf(e)]),
          [[first.id, [a.source, d.source]]],
        );
        await store.saveDocument(reextracted(d));
        assert.equal((await store.events({ type: 'meeting' })).filter((e) => e.planned).length, 1, 'still one after a reindex');
        await store.undoCorrection(made.id, 'ana');
        const parted = await store.events({ type: 'meeting' }).then((rows) => rows.filter((e) => e.planned));
        assert.deepEqual(parted.map((e) => e.id).sort(), [first.id, second.id].sort());
        for (const e of parted) assert.equal(sourcesOf(e).length, 1);
      });
    });

    it('merges two people: names, aliases, sources and the events that name them join the first', async () => {
      // One report gives Tokayev no country: he stays apart from the Tokayev of the other document.
      const stateless = {
        ...b,
        facts: { ...b.facts, people: b.facts.people.map((p) => (p.name === 'Tokayev' ? { ...p, name: 'K. Tokayev', country: null } : p)) },
      };
      await withStore([a, stateless], async (store) => {
        const people = await store.people({ name: 'Tokayev' });
        assert.equal(people.length, 2);
        const full = people.find((p) => p.name === 'Kassym-Jomart Tokayev')!;
        const other = people.find((p) => p.id !== full.id)!;
        await store.correct({ action: 'merge', factId: full.id, otherId: other.id }, ana);
        const [one] = await store.people({ name: 'Tokayev' });
        assert.equal((await store.people({ name: 'Tokayev' })).length, 1);
        assert.deepEqual(
          [one!.id, one!.name, one!.aliases.includes('K. Tokayev'), sourcesOf(one!)],
          [full.id, 'Kassym-Jomart Tokayev', true, [a.source, b.source]],
        );
        const events = await store.events({ person: full.id });
        assert.ok(events.length >= 1);
        assert.deepEqual(await store.events({ person: other.id }), [], 'no event names the merged person any more');
      });
    });

    it("splits one document's reports out of an event; survives a reindex; undo joins them again", async () => {
      await withStore([a, b], async (store) => {
        const event = await talks(store);
        assert.deepEqual(sourcesOf(event), [a.source, b.source]);
        const made = await store.correct({ action: 'split', factId: event.id, document: b.source }, ana);
        const both = await store.events({ since: '2023-05', until: '2023-05' });
        assert.deepEqual(both.map(sourcesOf).sort(), [[a.source], [b.source]]);
        assert.equal(made.applied_to, made.other_id);
        await store.saveDocument(reextracted(b));
        await store.saveDocument(reextracted(a));
        assert.deepEqual((await store.events({ since: '2023-05', until: '2023-05' })).map(sourcesOf).sort(), [[a.source], [b.source]], 'still apart');
        await store.undoCorrection(made.id, 'ana');
        const joined = await store.events({ since: '2023-05', until: '2023-05' });
        assert.deepEqual(joined.map(sourcesOf), [[a.source, b.source]]);
      });
    });

    it('removes a document: the facts only it reported go, those others report stay with their other sources', async () => {
      await withStore([a, b, c], async (store) => {
        const [removed] = (await store.documents()).filter((x) => x.source === b.source);
        const outcome = await store.removeDocument(removed!.id);
        assert.deepEqual(outcome && [outcome.source, outcome.deleted, outcome.kept > 0], [b.source, 0, true]);
        assert.deepEqual((await store.documents()).map((x) => x.source).sort(), [a.source, c.source]);
        const event = await talks(store);
        assert.deepEqual(sourcesOf(event), [a.source]);
        assert.equal(event.type, 'meeting', 'rebuilt from the reports left: b called it a visit');
        const [gone] = (await store.documents()).filter((x) => x.source === c.source);
        const second = await store.removeDocument(gone!.id);
        assert.deepEqual([second?.deleted, second?.kept], [1, 0]);
        assert.ok(!(await store.trade()).some((t) => t.value_usd === 1.1e9));
        assert.equal(await store.removeDocument(9999), null);
      });
    });

    it('keeps a correction of a removed document waiting, and applies it when the document comes back', async () => {
      await withStore([a], async (store) => {
        const event = await talks(store);
        await store.correct({ action: 'correct', factId: event.id, changes: { date: '2023-05-02' } }, ana);
        await store.removeDocument((await store.documents())[0]!.id);
        assert.equal((await store.corrections())[0]!.applied_to, null);
        await store.saveDocument(a);
        assert.equal((await talks(store).catch(() => null))?.date ?? (await store.events()).find((e) => !e.planned)?.date, '2023-05-02');
      });
    });

    it('replaces the facts of a source when a new version of it is saved', async () => {
      await withStore([a], async (store) => {
        const [stored] = await store.documents();
        const outcome = await store.saveDocument(edited(a, stored!.id, () => ({ trade: [] })));
        assert.equal(outcome.status, 'updated');
        assert.equal(outcome.id, stored!.id);
        const docs = await store.documents();
        assert.deepEqual(
          docs.map((x) => [x.source, x.counts.trade]),
          [[a.source, 0]],
        );
        assert.deepEqual(await store.trade(), []);
        assert.deepEqual(
          (await store.documentsBySource(a.source)).map((x) => x.id),
          [stored!.id],
        );
      });
    });

    it('refuses what cannot apply, naming the problem', async () => {
      await withStore([a], async (store) => {
        const event = await talks(store);
        const [person] = await store.people();
        const refused = async (request: Parameters<Store['correct']>[0], message: RegExp): Promise<void> => {
          await assert.rejects(store.correct(request, ana), (error: Error) => error instanceof CorrectionError && message.test(error.message));
        };
        await refused({ action: 'correct', factId: 'ev_0000000000000000', changes: { date: '2024' } }, /no fact ev_0000000000000000/);
        await refused({ action: 'correct', factId: 'x42', changes: { date: '2024' } }, /not a fact id/);
        await refused(
          { action: 'correct', factId: event.id, changes: { status: 'signed' } as never },
          /--status cannot be corrected on an event: it takes --date/,
        );
        await refused({ action: 'correct', factId: event.id, changes: { countries: ['KAZ'] } }, /--countries: at least two countries/);
        await refused({ action: 'correct', factId: event.id, changes: {} }, /nothing to correct/);
        await refused({ action: 'merge', factId: event.id, otherId: person!.id }, /only two events or two people/);
        await refused({ action: 'merge', factId: event.id, otherId: event.id }, /one event already/);
        await refused({ action: 'split', factId: event.id, document: b.source }, /no report in b-news-agency.txt/);
        await refused({ action: 'split', factId: event.id, document: a.source }, /nothing to split it from/);
        await assert.rejects(store.undoCorrection(77, 'ana'), /no correction #77/);
        assert.deepEqual(await store.corrections(), [], 'nothing refused was stored');
      });
    });
  });
}
