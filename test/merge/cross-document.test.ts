// Reports of one encounter by different publishers, written for this test in the shapes real ones take
// (test/merge/reports/): a ministry's readout of a three-day state visit and a news agency's report
// of the talks on its second day, with another trade figure; an undated report (its date is the
// publication day) and a dated one of the same ministers' meeting, one spelling a name differently; a
// report that gives only the month and one that gives the day. Extracted by the real pipeline and
// merged into a real SQLite file, in both orders: the canonical facts must not depend on which
// report arrived first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyseDocument } from '../../src/ingest/analyse.js';
import type { AnalysedDocument, EventRow, Store } from '../../src/store/store.js';
import { ROOT, tempStore, type TempStore } from '../helpers.js';

const REPORTS = join(ROOT, 'test/merge/reports');
const reports: AnalysedDocument[] = readdirSync(REPORTS)
  .sort()
  .map((f) => analyseDocument(f, readFileSync(join(REPORTS, f))));

const ORDERS = { 'in name order': reports, 'in reverse order': [...reports].reverse() };

for (const [order, docs] of Object.entries(ORDERS)) {
  describe(`one encounter from several reports, ${order}`, () => {
    let t: TempStore;
    let store: Store;
    before(async () => {
      t = await tempStore();
      store = t.store;
      for (const doc of docs) await store.saveDocument(doc);
    });
    after(() => t.dispose());

    const eventsOf = async (a: string, b: string): Promise<EventRow[]> => store.events({ pair: [a, b] });
    const documents = (e: { sources: ReadonlyArray<{ document: string }> }): string[] => [...new Set(e.sources.map((s) => s.document))].sort();

    it('joins the talks on the second day to the state visit: one visit, its span, both sources', async () => {
      const events = await eventsOf('KAZ', 'UZB');
      assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.type, e.date])));
      const [visit] = events;
      assert.deepEqual([visit!.type, visit!.date, visit!.end_date], ['visit', '2025-10-14', '2025-10-16']);
      assert.deepEqual(documents(visit!), ['visit-agency.txt', 'visit-ministry.txt']);
      assert.equal(visit!.participants.length, 2);
    });

    it('joins an undated report to the dated one: the stated day replaces the publication day, the city is kept', async () => {
      const events = await eventsOf('ARM', 'GEO');
      assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.type, e.date, e.date_basis])));
      const [meeting] = events;
      assert.deepEqual([meeting!.date, meeting!.date_basis], ['2025-03-12', 'stated']);
      assert.equal(meeting!.place?.city, 'Tbilisi');
      assert.deepEqual(documents(meeting!), ['ministers-dated.txt', 'ministers-undated.txt']);
    });

    it('joins a month to the day: the day, the venue and the visit kept', async () => {
      const events = await eventsOf('AZE', 'TKM');
      assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.type, e.date])));
      const [visit] = events;
      assert.deepEqual([visit!.type, visit!.date, visit!.place?.name, visit!.place?.city], ['visit', '2025-05-20', 'Presidential Palace', 'Baku']);
      assert.deepEqual(documents(visit!), ['day-report.txt', 'month-report.txt']);
    });

    it('keeps one person under two spellings of the family name', async () => {
      const people = (await store.people({ country: 'GEO' })).filter((p) => /kvaratskheli/i.test(p.name));
      assert.equal(people.length, 1, people.map((p) => p.name).join(', '));
      assert.deepEqual([people[0]!.name, ...people[0]!.aliases].sort(), ['Levan Kvaratskhelia', 'Levan Kvaratskheliya']);
    });

    it('makes one treaty of two reports naming it in other word forms and dating it a day apart', async () => {
      const treaties = (await store.agreements({ pair: ['KAZ', 'UZB'] })).filter((a) => a.kind === 'treaty');
      assert.equal(treaties.length, 1, treaties.map((a) => `${a.title} ${a.date}`).join('; '));
      assert.deepEqual(documents(treaties[0]!), ['visit-agency.txt', 'visit-ministry.txt']);
    });

    it('keeps contradicting figures as two claims, each flagged against the other', async () => {
      const claims = (await store.trade({ pair: ['KAZ', 'UZB'] })).filter((c) => c.measure === 'turnover' && c.year === 2024);
      assert.deepEqual(claims.map((c) => c.value_usd).sort(), [3.9e9, 4.2e9]);
      for (const c of claims)
        assert.deepEqual(
          c.conflicts_with,
          claims.filter((o) => o !== c).map((o) => o.id),
        );
      assert.equal((await store.stats()).conflicts, 1);
    });
  });
}
