// The analyst's verbs in process (runCli) on a real SQLite file of the merge fixtures: show one fact
// whole, correct it, reject, merge and split, list and undo corrections; the queries, show and the
// exports read the corrected values and mark them; a correction survives reindex and re-ingest.
// Then each verb once as a real process on the compiled CLI.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { GDELT_COLUMNS } from '../../src/export/cameo.js';
import { cli, CLI, MERGE_FIXTURES, NEEDS_BUILD, tempStore, type TempStore } from '../helpers.js';

const run = promisify(execFile);

describe("the analyst's verbs", () => {
  let t: TempStore;
  let fixtures: string;
  const db = (): string[] => ['--db', t.path];
  const ok = async (args: readonly string[]): Promise<string> => {
    const r = await cli([...args, ...db()]);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const json = async <T>(args: readonly string[]): Promise<T> => JSON.parse(await ok([...args, '--json'])) as T;
  const refused = async (args: readonly string[], message: string | RegExp): Promise<void> => {
    const r = await cli([...args, ...db()]);
    assert.deepEqual([r.code, r.stdout], [1, ''], args.join(' '));
    if (typeof message === 'string') assert.equal(r.stderr, `readout: ${message}\n`, args.join(' '));
    else assert.match(r.stderr, message, args.join(' '));
  };
  type EventJson = {
    id: string;
    date: string | null;
    type: string;
    countries: string[];
    planned: boolean;
    sources: Array<{ document: string }>;
    corrections: Array<{ id: number; changes: Record<string, unknown> }>;
  };
  const talks = async (): Promise<EventJson> => (await json<EventJson[]>(['events', '--type', 'visit']))[0]!;

  before(async () => {
    t = await tempStore();
    // The fixtures in a folder of the test's own, so it can be edited and ingested again.
    fixtures = join(t.dir, 'fixtures');
    mkdirSync(fixtures);
    for (const f of ['a-akorda-talks.txt', 'b-news-agency.txt', 'c-ministry-figures.txt', 'd-republished.txt'])
      copyFileSync(join(MERGE_FIXTURES, f), join(fixtures, f));
    const r = await cli(['ingest', fixtures, ...db(), '--root', t.dir, '--workers', '2']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => t.dispose());

  it('show prints one fact whole: sources with the words read marked, rule, date and country basis, reports, disagreements', async () => {
    const event = await talks();
    const text = await ok(['show', event.id]);
    assert.match(text, new RegExp(`^event ${event.id} — visit KAZ, TJK · 2023-05-04\\n`));
    assert.match(text, /\n {2}date basis {3}stated\n/);
    assert.match(text, /Reports \(3\)/);
    for (const doc of ['fixtures/a-akorda-talks.txt', 'fixtures/b-news-agency.txt', 'fixtures/d-republished.txt'])
      assert.match(text, new RegExp(`\\] ${doc} \\(document \\d+\\)`));
    assert.match(text, /rule {9}event\/main-encounter/);
    assert.match(text, /date {9}stated by the text/);
    assert.match(text, /countries {4}KAZ: [^;\n]+; TJK: /);
    assert.match(text, /sentence \d+, characters \d+–\d+:\n {8}.*\[Emomali Rahmon\]/, 'a participant marked in its sentence');
    assert.match(text, /marked: .*\[Emomali Rahmon\] person/);
    // In the order the reports were stored (ingest runs documents in parallel).
    const type = /The reports disagree on:\n {2}type: (.+)\n/.exec(text)?.[1]?.split(' vs ').sort();
    assert.deepEqual(type, ['meeting (fixtures/a-akorda-talks.txt, fixtures/d-republished.txt)', 'visit (fixtures/b-news-agency.txt)']);
    assert.match(text, /No corrections\.\n$/);
  });

  it('show --json gives the same as one object; a trade figure shows its conflict; a person and a document show too', async () => {
    const event = await talks();
    const view = await json<{
      kind: string;
      id: string;
      fact: EventJson;
      reports: Array<{ rule: string; evidence: Array<{ marked: string; marks: Array<{ what: string }> }>; country_basis: Record<string, string> }>;
      disagreements: unknown[];
    }>(['show', event.id]);
    assert.deepEqual([view.kind, view.id, view.fact.id], ['event', event.id, event.id]);
    assert.equal(view.reports.length, 3);
    assert.ok(view.reports.every((r) => r.rule === 'event/main-encounter' && Object.keys(r.country_basis).sort().join() === 'KAZ,TJK'));
    assert.ok(view.reports[0]!.evidence.some((e) => e.marks.some((m) => m.what === 'person') && /\[.+\]/.test(e.marked)));
    const [low] = (await json<Array<{ id: string; value_usd: number }>>(['trade'])).filter((x) => x.value_usd === 1.1e9);
    const figure = await ok(['show', low!.id]);
    assert.match(figure, /Conflicting claims \(same pair, measure, year and kind, another value\):\n {2}tr_[0-9a-f]{16} \$1\.4 bn \(/);
    const [person] = await json<Array<{ id: string }>>(['people', '--name', 'Rahmon']);
    const shown = await ok(['show', person!.id]);
    assert.match(shown, /^person pe_[0-9a-f]{16} — Emomali Rahmon \(TJK\) — President\n[\s\S]*country {6}TJK\n/);
    assert.match(shown, new RegExp(`Events they took part in:\\n {2}${event.id} {2}visit KAZ, TJK · 2023-05-04\\n`));
    assert.match(shown, /countries {4}TJK: a person's title in the evidence/);
    const doc = await ok(['show', 'fixtures/b-news-agency.txt']);
    assert.match(doc, /^document \d+ — fixtures\/b-news-agency\.txt\n {2}title {8}Kazakh and Tajik leaders meet in Astana\n/);
    assert.match(doc, new RegExp(`\\n {2}${event.id} {2}event {5}visit KAZ, TJK · 2023-05-04 {2}· event/main-encounter, sentence`));
    await refused(['show', 'ev_0000000000000000'], 'no event ev_0000000000000000 is stored (readout events, agreements, trade or people list the ids)');
    await refused(['show', 'nothing.txt'], 'no document nothing.txt is stored (readout documents lists their ids and sources)');
  });

  it('correct sets values that queries, show and every export read and mark, and that survive reindex and re-ingest', async () => {
    const event = await talks();
    const out = await ok(['correct', event.id, '--countries', 'KAZ,UZB', '--date', '2023-05-05', '--by', 'ana', '--note', 'the ministry names Uzbekistan']);
    assert.match(
      out,
      new RegExp(`^correction #1 by ana: ${event.id} date 2023-05-04 → 2023-05-05; countries KAZ, TJK → KAZ, UZB — "the ministry names Uzbekistan"\\n`),
    );
    const check = async (when: string): Promise<void> => {
      const [now] = await json<EventJson[]>(['events', '--pair', 'KAZ-UZB']);
      assert.deepEqual([now?.date, now?.countries, now?.corrections.map((c) => c.id)], ['2023-05-05', ['KAZ', 'UZB'], [1]], when);
      assert.ok(!(await json<EventJson[]>(['events', '--pair', 'KAZ-TJK'])).some((e) => e.type === 'visit'), `${when}: not under the wrong pair`);
      const table = await ok(['events', '--pair', 'KAZ-UZB']);
      assert.match(table, /│ corrected +│/, `${when}: the table marks it`);
      assert.match(table, /│ date, countries \(#1 /, `${when}: what was corrected`);
      assert.match(
        await ok(['show', now!.id]),
        /\n {2}date {9}2023-05-05 {2}\(corrected: #1\)\n[\s\S]*\n {2}countries {4}KAZ, UZB {2}\(corrected: #1\)\n[\s\S]*Corrections:\n {2}#1 .* by ana: date 2023-05-04 → 2023-05-05; countries KAZ, TJK → KAZ, UZB — "the ministry names Uzbekistan" \[in force\]\n$/,
      );
      const cameo = (await ok(['export', '--format', 'cameo']))
        .trim()
        .split('\n')
        .map((l) => l.split('\t'));
      const col = (name: string): number => GDELT_COLUMNS.indexOf(name);
      const visit = cameo.filter((r) => r[col('EventCode')] === '042');
      assert.deepEqual(
        visit.map((r) => [r[col('SQLDATE')], [r[col('Actor1CountryCode')], r[col('Actor2CountryCode')]].sort().join('-')]),
        [['20230505', 'KAZ-UZB']],
        `${when}: CAMEO carries it`,
      );
      const plover = (await ok(['export', '--format', 'plover']))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; event_date: string; corrections: Array<{ id: number }> });
      const record = plover.find((p) => p.id === now!.id)!;
      assert.deepEqual([record.event_date, record.corrections.map((c) => c.id)], ['2023-05-05', [1]], `${when}: PLOVER carries it`);
      const csv = parse(await ok(['export', '--format', 'csv']), { columns: true }) as Array<Record<string, string>>;
      assert.equal(csv.find((r) => r.id === now!.id)?.corrected, 'date, countries (#1 ana)', `${when}: CSV says what was corrected`);
      const ndjson = (await ok(['export']))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; countries?: string[]; corrections?: unknown[] });
      assert.deepEqual(ndjson.find((r) => r.id === now!.id)?.countries, ['KAZ', 'UZB'], `${when}: NDJSON, the default export`);
    };
    await check('once corrected');
    const reindexed = await cli(['reindex', '--all', ...db(), '--workers', '1']);
    assert.equal(reindexed.code, 0, reindexed.stderr);
    await check('after reindex --all');
    await ok(['remove', 'fixtures/b-news-agency.txt', 'fixtures/a-akorda-talks.txt']);
    const again = await cli(['ingest', fixtures, ...db(), '--root', t.dir, '--workers', '1']);
    assert.match(again.stdout, /stored fixtures\/a-akorda-talks\.txt/);
    await check('after removing and ingesting its documents again');
    const path = join(fixtures, 'b-news-agency.txt');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nThe talks were described as productive.\n`);
    const edited = await cli(['ingest', path, ...db(), '--root', t.dir, '--workers', '1']);
    assert.match(edited.stdout, /^updated fixtures\/b-news-agency\.txt/);
    await check('after an edited document is ingested again');
  });

  it('refuses a field the fact has not, and bad values, naming the option and the allowed values', async () => {
    const event = await talks();
    const [claim] = await json<Array<{ id: string }>>(['trade']);
    const [agreementless] = await json<Array<{ id: string }>>(['people']);
    await refused(
      ['correct', event.id, '--status', 'signed'],
      '--status cannot be corrected on an event: it takes --date, --end-date, --type, --planned, --countries',
    );
    await refused(
      ['correct', claim!.id, '--type', 'visit'],
      '--type cannot be corrected on a trade figure: it takes --measure, --kind, --year, --value-usd, --countries',
    );
    await refused(['correct', claim!.id, '--kind', 'treaty'], '--kind of a trade figure is one of actual, target, potential');
    await refused(['correct', agreementless!.id, '--date', '2024'], '--date cannot be corrected on a person: it takes --name, --role, --country');
    await refused(['correct', event.id], 'nothing to correct: give a new value (--date, --end-date, --type, --planned, --countries)');
    await refused(
      ['correct', event.id, '--type', 'talks'],
      "option '--type <type>' argument 'talks' is invalid. Allowed choices are meeting, visit, phone_call, summit, forum, ceremony, other.",
    );
    await refused(
      ['correct', event.id, '--date', '2024-13-01'],
      "option '--date <date>' argument '2024-13-01' is invalid. expected a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (no year), or none",
    );
    await refused(
      ['correct', event.id, '--countries', 'KAZ,XYZ'],
      "option '--countries <codes>' argument 'KAZ,XYZ' is invalid. expected ISO alpha-3 codes of states joined by commas, such as BLR,TJK: XYZ is none",
    );
    await refused(['correct', event.id, '--planned', 'maybe'], "option '--planned <yes|no>' argument 'maybe' is invalid. expected yes or no");
    await refused(['correct', 'x1', '--date', '2024'], 'x1 is not a fact id (ev_…, ag_…, tr_…, pe_… followed by 16 hex digits)');
    await refused(['reject', event.id, '--date', '2024'], /^readout: unknown option '--date'/);
    await refused(['split', event.id], /^readout: required option '--source <document>' not specified/);
    await refused(['merge', event.id], /^readout: missing required argument 'other'/);
    await refused(['corrections', '--undo', '0'], "option '--undo <id>' argument '0' is invalid. expected a whole number from 1 to 9007199254740991");
    await refused(['corrections', '--undo', '99'], 'no correction #99 (readout corrections lists them)');
  });

  it('reject takes a fact out of queries and exports; merge and split regroup reports; corrections lists them; --undo reverts one', async () => {
    const [low] = (await json<Array<{ id: string; value_usd: number }>>(['trade'])).filter((x) => x.value_usd === 1.1e9);
    assert.match(
      await ok(['reject', low!.id, '--by', 'bo', '--note', 'a draft figure']),
      /^correction #2 by bo: tr_[0-9a-f]{16} rejected: not a fact — "a draft figure"\n/,
    );
    assert.ok(!(await json<Array<{ id: string }>>(['trade'])).some((x) => x.id === low!.id));
    assert.ok(!(await ok(['export', '--format', 'csv'])).includes(low!.id));
    assert.match(await ok(['show', low!.id]), /REJECTED \(not a fact: left out of queries and exports\)/);

    const planned = (await json<EventJson[]>(['events', '--type', 'meeting'])).filter((e) => e.planned);
    assert.equal(planned.length, 2);
    await ok(['merge', planned[0]!.id, planned[1]!.id, '--by', 'bo']);
    const merged = (await json<EventJson[]>(['events', '--type', 'meeting'])).filter((e) => e.planned);
    assert.deepEqual(
      merged.map((e) => [e.id, new Set(e.sources.map((s) => s.document)).size]),
      [[planned[0]!.id, 2]],
    );
    await refused(['show', planned[1]!.id], `no event ${planned[1]!.id} is stored (correction #3 merged it into ${planned[0]!.id})`);
    await refused(['correct', planned[1]!.id, '--date', '2024'], `no fact ${planned[1]!.id} (correction #3 merged it into ${planned[0]!.id})`);

    const visit = (await json<EventJson[]>(['events', '--pair', 'KAZ-UZB']))[0]!;
    await refused(
      ['split', visit.id, '--source', 'fixtures/c-ministry-figures.txt'],
      /^readout: --source: ev_[0-9a-f]{16} has no report in fixtures\/c-ministry-figures\.txt; its reports are in /,
    );
    await ok(['split', visit.id, '--source', 'fixtures/b-news-agency.txt', '--by', 'bo']);
    // The split-off fact is what its reports state; the correction stays with the fact it was made on.
    const [corrected] = await json<EventJson[]>(['events', '--pair', 'KAZ-UZB']);
    assert.deepEqual(
      [corrected!.id, [...new Set(corrected!.sources.map((s) => s.document))].sort()],
      [visit.id, ['fixtures/a-akorda-talks.txt', 'fixtures/d-republished.txt']],
    );
    const split = await json<EventJson[]>(['events', '--pair', 'KAZ-TJK', '--type', 'visit']);
    assert.deepEqual(
      split.map((e) => [...new Set(e.sources.map((s) => s.document))]),
      [['fixtures/b-news-agency.txt']],
    );

    const list = await json<Array<{ id: number; action: string; by: string; note: string | null; undone: unknown }>>(['corrections']);
    assert.deepEqual(
      list.map((c) => [c.id, c.action, c.by]),
      [
        [4, 'split', 'bo'],
        [3, 'merge', 'bo'],
        [2, 'reject', 'bo'],
        [1, 'correct', 'ana'],
      ],
    );
    const table = await ok(['corrections']);
    assert.match(table, /│ id +│ at +│ by +│ fact +│ change +│ note +│ state +│/);
    assert.match(await ok(['corrections', '--limit', '1', '--offset', '1', '--csv']), /^id,at,by,action,kind,fact,applies_to,change,note,state\n3,/);

    assert.match(
      await ok(['corrections', '--undo', '2', '--by', 'cy']),
      /^undone: #2 .* by bo: rejected: not a fact — "a draft figure" \[undone by cy at .+\]\n$/,
    );
    assert.ok(
      (await json<Array<{ id: string }>>(['trade'])).some((x) => x.id === low!.id),
      'back in the queries',
    );
    await refused(['corrections', '--undo', '2'], 'correction #2 is undone already');
    await ok(['corrections', '--undo', '3']);
    assert.equal((await json<EventJson[]>(['events', '--type', 'meeting'])).filter((e) => e.planned).length, 2, 'the merge is undone');
    const [stats] = [await json<{ corrections: number }>(['stats'])];
    assert.equal(stats.corrections, 2, 'corrections in force: #1 and #4');
  });

  describe('each verb as a real process, on the compiled CLI', { skip: NEEDS_BUILD }, () => {
    it('show, correct, corrections and remove print what they print in process', async () => {
      const event = await talks().catch(() => null);
      const id = event?.id ?? (await json<EventJson[]>(['events']))[0]!.id;
      for (const args of [
        ['show', id],
        ['corrections'],
        ['correct', id, '--planned', 'no', '--by', 'dee'],
        ['reject', id, '--by', 'dee'],
        ['corrections', '--undo', '6', '--by', 'dee'],
      ]) {
        const { stdout } = await run(process.execPath, [CLI, ...args, ...db()]);
        assert.ok(stdout.length > 0, args.join(' '));
        if (args[0] === 'show' || (args[0] === 'corrections' && args.length === 1)) assert.equal(stdout, await ok(args));
      }
      const { stdout } = await run(process.execPath, [CLI, 'remove', 'fixtures/c-ministry-figures.txt', ...db()]);
      assert.match(stdout, /^removed fixtures\/c-ministry-figures\.txt \(document \d+\): 1 fact only it reported deleted, 0 kept/);
    });
  });
});
