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

export const queryVerbsSuite = (corpus: Corpus): void => void describe('query verbs', () => {
  const db = () => ['--db', corpus.path];
  const json = async (args: string[]): Promise<unknown> => {
    const r = await cli([...args, ...db(), '--json']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  it('events, agreements, trade, people and documents print the store\'s rows as JSON, filters applied', async () => {
    const { store } = corpus.t;
    assert.deepEqual(await json(['events']), JSON.parse(JSON.stringify(await store.events())));
    assert.deepEqual(await json(['agreements', '--kind', 'memorandum']), JSON.parse(JSON.stringify(await store.agreements({ kind: 'memorandum' }))));
    assert.deepEqual(await json(['trade', '--country', 'tjk', '--since', '2015']), JSON.parse(JSON.stringify(await store.trade({ country: 'TJK', since: '2015' }))));
    assert.deepEqual(await json(['people', '--pair', 'KAZ-HUN', '--limit', '2']), JSON.parse(JSON.stringify(await store.people({ pair: ['KAZ', 'HUN'], limit: 2 }))));
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
    assert.deepEqual(records.map((r) => r[0]), trade.map((x) => x.id));
    const table = await cli(['trade', ...db()]);
    assert.match(table.stdout, new RegExp(`\\n${trade.length} rows\\n$`));
    assert.equal((await cli(['events', ...db(), '--pair', 'ATA-AQA'])).stdout, '(no rows)\n');
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
      [['trade', '--since', 'May'], /^readout: option '--since <date>' argument 'May' is invalid\. expected a date as YYYY, YYYY-MM or YYYY-MM-DD\n$/],
      [['people', '--limit', '0'], /^readout: option '--limit <n>' argument '0' is invalid\. expected a whole number from 1 to 9007199254740991\n$/],
      [['export'], /^readout: required option '--format <format>' not specified\n$/],
    ] as const) {
      const r = await cli([...args, '--db', join(corpus.t.dir, 'never-created.db')]);
      assert.deepEqual([r.code, r.stdout], [1, ''], args.join(' '));
      assert.match(r.stderr, expected);
    }
  });

  describe('each verb as a real process, on the compiled CLI', { skip: NEEDS_BUILD }, () => {
    for (const args of [['events', '--json'], ['agreements', '--csv'], ['trade'], ['people', '--country', 'KAZ'], ['documents', '--json'], ['search', 'Dushanbe'], ['stats'], ['export', '--format', 'cameo']]) {
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
