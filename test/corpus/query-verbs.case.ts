// The verbs that read the corpus, run in process through the real program (settings, rendering,
// errors), each compared with what the store returns; then each once as a real process on the
// compiled CLI, which must print the same.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CLI, cli, NEEDS_BUILD } from '../helpers.js';
import type { Corpus } from './corpus.test.js';

const run = promisify(execFile);

export const queryVerbsSuite = (corpus: Corpus): void =>
  void describe('query verbs', () => {
    const db = () => ['--db', corpus.path];
    const json = async (args: string[]): Promise<unknown> => {
      const r = await cli([...args, ...db(), '--json']);
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout);
    };

    it("events, agreements, trade, people and documents print the store's rows as JSON, filters applied", async () => {
      const { store } = corpus.t;
      assert.deepEqual(await json(['events']), JSON.parse(JSON.stringify(await store.events())));
      assert.deepEqual(await json(['agreements', '--kind', 'memorandum']), JSON.parse(JSON.stringify(await store.agreements({ kind: 'memorandum' }))));
      assert.deepEqual(
        await json(['trade', '--country', 'tjk', '--since', '2015']),
        JSON.parse(JSON.stringify(await store.trade({ country: 'TJK', since: '2015' }))),
      );
      assert.deepEqual(
        await json(['people', '--country', 'KAZ', '--limit', '2']),
        JSON.parse(JSON.stringify(await store.people({ country: 'KAZ', limit: 2 }))),
      );
      assert.deepEqual(await json(['documents', '--until', '2024-03']), JSON.parse(JSON.stringify(await store.documents({ until: '2024-03' }))));
      const calls = (await json(['events', '--type', 'phone_call'])) as Array<{ type: string }>;
      assert.ok(calls.length > 0);
      for (const e of calls) assert.equal(e.type, 'phone_call');
    });

    it('prints CSV that parses to one record per row, and a table with the row count', async () => {
      const trade = await corpus.t.store.trade();
      const csv = await cli(['trade', ...db(), '--csv']);
      const [header, ...records] = parse(csv.stdout) as string[][];
      assert.equal(header![0], 'id');
      assert.deepEqual(
        records.map((r) => r[0]),
        trade.map((x) => x.id),
      );
      const table = await cli(['trade', ...db()]);
      assert.match(table.stdout, new RegExp(`\\n${trade.length} rows\\n$`));
      assert.equal((await cli(['events', ...db(), '--pair', 'ISL-NRU'])).stdout, '(no rows)\n');
    });

    it('search finds facts and documents; stats counts the corpus', async () => {
      assert.deepEqual(await json(['search', 'Tokayev']), JSON.parse(JSON.stringify(await corpus.t.store.search('Tokayev', 20))));
      assert.deepEqual(await json(['stats']), await corpus.t.store.stats());
      const text = await cli(['stats', ...db()]);
      assert.match(text.stdout, new RegExp(`^documents +${(await corpus.t.store.stats()).documents}\\n`));
    });

    it('export writes every format to standard output or a file, counting records on stderr', async () => {
      for (const format of ['ndjson', 'csv', 'cameo', 'plover']) {
        const r = await cli(['export', ...db(), '--format', format]);
        assert.equal(r.code, 0, r.stderr);
        const records = format === 'csv' ? parse(r.stdout).length - 1 : r.stdout.trim().split('\n').length;
        assert.equal(r.stderr, `${records} ${format} record${records === 1 ? '' : 's'}\n`);
      }
      const file = join(corpus.t.dir, 'corpus.ndjson');
      const r = await cli(['export', ...db(), '--format', 'ndjson', '-o', file]);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^\\d+ ndjson records → ${file}\\n$`));
      assert.equal(readFileSync(file, 'utf8'), (await cli(['export', ...db(), '--format', 'ndjson'])).stdout);
    });

    it('rejects bad filter values in one line, before touching the database', async () => {
      for (const [args, expected] of [
        [['events', '--pair', 'KAZ'], /^readout: option '--pair <A-B>' argument 'KAZ' is invalid\. expected two ISO alpha-3 codes such as BLR-TJK\n$/],
        [
          ['events', '--pair', 'KAZ-XYZ'],
          /^readout: option '--pair <A-B>' argument 'KAZ-XYZ' is invalid\. expected an ISO 3166-1 alpha-3 code of a state such as TJK\n$/,
        ],
        [
          ['events', '--country', 'ATA'],
          /^readout: option '--country <ISO3>' argument 'ATA' is invalid\. expected an ISO 3166-1 alpha-3 code of a state such as TJK/,
        ],
        [['trade', '--since', 'May'], /^readout: option '--since <date>' argument 'May' is invalid\. expected a date as YYYY, YYYY-MM or YYYY-MM-DD\n$/],
        [
          ['events', '--until', '2024-13'],
          /^readout: option '--until <date>' argument '2024-13' is invalid\. expected a date as YYYY, YYYY-MM or YYYY-MM-DD\n$/,
        ],
        [['agreements', '--since', '2024-02-30'], /^readout: option '--since <date>' argument '2024-02-30' is invalid/],
        [['people', '--limit', '0'], /^readout: option '--limit <n>' argument '0' is invalid\. expected a whole number from 1 to 9007199254740991\n$/],
        [['documents', '--offset', '-1'], /^readout: option '--offset <n>' argument '-1' is invalid\. expected a whole number, 0 or more\n$/],
        [
          ['events', '--type', 'talks'],
          /^readout: option '--type <type>' argument 'talks' is invalid\. Allowed choices are meeting, visit, phone_call, summit, forum, ceremony, other\.\n$/,
        ],
        [
          ['agreements', '--kind', 'mou'],
          /^readout: option '--kind <kind>' argument 'mou' is invalid\. Allowed choices are agreement, declaration, memorandum, roadmap, joint_statement, treaty, protocol, contract, program, other\.\n$/,
        ],
        [
          ['agreements', '--status', 'done'],
          /^readout: option '--status <status>' argument 'done' is invalid\. Allowed choices are signed, planned, in_force\.\n$/,
        ],
        [
          ['trade', '--kind', 'memorandum'],
          /^readout: option '--kind <kind>' argument 'memorandum' is invalid\. Allowed choices are actual, target, potential\.\n$/,
        ],
        [
          ['trade', '--measure', 'gdp'],
          /^readout: option '--measure <measure>' argument 'gdp' is invalid\. Allowed choices are turnover, exports, imports, contracts, investment\.\n$/,
        ],
        [['export', '--format', 'xml'], /^readout: option '--format <format>' argument 'xml' is invalid\. Allowed choices are ndjson, csv, cameo, plover\.\n$/],
      ] as const) {
        const r = await cli([...args, '--db', join(corpus.t.dir, 'never-created.db')]);
        assert.deepEqual([r.code, r.stdout], [1, ''], args.join(' '));
        assert.match(r.stderr, expected);
      }
    });

    it('refuses an option that does not apply to the verb, naming it', async () => {
      for (const [args, option] of [
        [['events', '--kind', 'actual'], '--kind'],
        [['events', '--status', 'signed'], '--status'],
        [['agreements', '--type', 'visit'], '--type'],
        [['agreements', '--person', 'Tokayev'], '--person'],
        [['trade', '--type', 'turnover'], '--type'],
        [['trade', '--person', 'Tokayev'], '--person'],
        [['people', '--since', '2024'], '--since'],
        [['people', '--pair', 'KAZ-TJK'], '--pair'],
        [['people', '--type', 'visit'], '--type'],
        [['documents', '--kind', 'actual'], '--kind'],
        [['stats', '--limit', '3'], '--limit'],
        [['ingest', 'x.txt', '--json'], '--json'],
        [['export', '--limit', '3'], '--limit'],
      ] as const) {
        const r = await cli([...args, ...db()]);
        assert.deepEqual([r.code, r.stdout], [1, ''], args.join(' '));
        assert.match(r.stderr, new RegExp(`^readout: unknown option '${option}'`), args.join(' '));
      }
    });

    it('refuses --since after --until, and a person nobody stored', async () => {
      assert.equal((await cli(['events', ...db(), '--since', '2025', '--until', '2024-12'])).stderr, 'readout: --since 2025 is after --until 2024-12\n');
      const nobody = await cli(['events', ...db(), '--person', 'Nobody Atall']);
      assert.deepEqual([nobody.code, nobody.stderr], [1, 'readout: --person: nobody named "Nobody Atall" is stored (readout people --name lists who is)\n']);
    });

    it("pages every list with --limit and --offset, in the list's order", async () => {
      for (const verb of ['events', 'agreements', 'trade', 'people', 'documents'] as const) {
        const all = (await json([verb])) as Array<{ id: string | number }>;
        assert.ok(all.length > 3, verb);
        const page = (await json([verb, '--limit', '2', '--offset', '1'])) as Array<{ id: string | number }>;
        assert.deepEqual(
          page.map((r) => r.id),
          all.slice(1, 3).map((r) => r.id),
          verb,
        );
        assert.deepEqual(((await json([verb, '--offset', String(all.length - 1)])) as unknown[]).length, 1, verb);
      }
      const hits = (await json(['search', 'Tokayev', '--limit', '1'])) as Array<{ kind: string; id: string }>;
      const next = (await json(['search', 'Tokayev', '--limit', '1', '--offset', '1'])) as Array<{ kind: string; id: string }>;
      assert.ok(hits.length && next.length && next[0]!.id !== hits[0]!.id);
    });

    it('events --person takes a name, agreements --status a status, trade --measure and --kind', async () => {
      const { store } = corpus.t;
      const [tokayev] = await store.people({ name: 'Tokayev' });
      const withTokayev = (await json(['events', '--person', 'tokayev'])) as Array<{ id: string; participants: Array<{ person_id: string | null }> }>;
      assert.ok(withTokayev.length > 1);
      assert.deepEqual(
        withTokayev.map((e) => e.id),
        (await store.events({ person: tokayev!.id })).map((e) => e.id),
      );
      for (const e of withTokayev) assert.ok(e.participants.some((p) => p.person_id === tokayev!.id));
      const signed = (await json(['agreements', '--status', 'signed'])) as Array<{ status: string }>;
      const all = (await json(['agreements'])) as Array<{ status: string }>;
      assert.ok(signed.length > 0 && signed.length < all.length);
      for (const a of signed) assert.equal(a.status, 'signed');
      const exports = (await json(['trade', '--measure', 'exports', '--kind', 'actual'])) as Array<{ measure: string; kind: string }>;
      assert.ok(exports.length > 0);
      for (const t of exports) assert.deepEqual([t.measure, t.kind], ['exports', 'actual']);
    });

    it('tables show what a reader needs: place, planned and end date; direction; title and publisher; status', async () => {
      const header = async (verb: string): Promise<string[]> => {
        const out = (await cli([verb, ...db(), '--limit', '1'])).stdout;
        return out
          .split('\n')[1]!
          .split('│')
          .map((c) => c.trim())
          .filter(Boolean);
      };
      assert.deepEqual(await header('events'), ['id', 'date', 'end_date', 'type', 'planned', 'countries', 'place', 'participants', 'num_documents']);
      assert.deepEqual(await header('trade'), ['id', 'parties', 'direction', 'measure', 'year', 'kind', 'value', 'num_documents', 'conflicts_with']);
      assert.deepEqual(await header('documents'), [
        'id',
        'source',
        'title',
        'publisher',
        'published',
        'duplicate_of',
        'events',
        'agreements',
        'trade',
        'people',
      ]);
      assert.deepEqual(await header('agreements'), ['id', 'date', 'status', 'kind', 'parties', 'title', 'num_documents']);
      const exports = (await cli(['trade', ...db(), '--measure', 'exports'])).stdout;
      assert.match(exports, /│ [A-Z]{3} → [A-Z]{3} +│/, 'exports show their direction');
    });

    describe('each verb as a real process, on the compiled CLI', { skip: NEEDS_BUILD }, () => {
      for (const args of [
        ['events', '--json'],
        ['agreements', '--csv'],
        ['trade'],
        ['people', '--country', 'KAZ'],
        ['documents', '--json'],
        ['search', 'Dushanbe'],
        ['stats'],
        ['export', '--format', 'cameo'],
        ['show', '1'],
        ['corrections'],
      ]) {
        it(`readout ${args.join(' ')}`, async () => {
          const inProcess = await cli([...args, ...db()]);
          const { stdout } = await run(process.execPath, [CLI, ...args, ...db()], { maxBuffer: 64 * 1024 * 1024 });
          // cameo's DATEADDED is the export's own time; the rest is the corpus.
          const stable = (text: string) => text.replace(/\t\d{14}\t/g, '\tX\t');
          assert.equal(stable(stdout), stable(inProcess.stdout));
        });
      }
    });
  });
