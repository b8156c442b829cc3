// End-to-end: `readout extract` through the real program, in process, on files in a temp folder;
// and once as a real process on the compiled CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import iconv from 'iconv-lite';
import { ReadoutFacts } from '../../src/facts/schema.js';
import { cli, CLI, NEEDS_BUILD, ROOT } from '../helpers.js';

const run = (args: string[], input: string | Uint8Array = '') => cli(['extract', ...args], input);

const TEXT = [
  'Talks with the President of Kyrgyzstan',
  '',
  'date 2024-03-14',
  'President of Uzbekistan Shavkat Mirziyoyev held talks with President of Kyrgyzstan Sadyr Japarov in Tashkent on 14 March.',
  '',
  'Trade between the two countries reached $1.5 billion in 2023. The presidents signed the Treaty on the State Border.',
].join('\n');
const HTML = `<!doctype html><html><head><title>Phone call with the Prime Minister of Malaysia</title>
<meta property="og:site_name" content="Press Service"><meta name="date" content="2024-05-02"></head>
<body><nav>Home | News</nav><article><h1>Phone call with the Prime Minister of Malaysia</h1>
<p>President of Indonesia Joko Widodo had a telephone conversation with Prime Minister of Malaysia Anwar Ibrahim on 2 May. ${'The leaders discussed trade, energy and the border. '.repeat(4)}</p>
<p>They agreed to raise bilateral trade to $30 billion.</p></article><footer>© Press Service</footer></body></html>`;

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  writeFileSync(join(dir, 'talks.txt'), TEXT);
  writeFileSync(join(dir, 'call.html'), HTML);
});

describe('readout extract', () => {
  it('prints one schema-valid JSON document for one text input', async () => {
    const r = await run([join(dir, 'talks.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const facts = ReadoutFacts.parse(JSON.parse(r.stdout));
    assert.equal(facts.document.source, 'talks.txt');
    assert.equal(facts.document.published, '2024-03-14');
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.countries.join()]),
      [['meeting', '2024-03-14', 'KGZ,UZB']],
    );
    assert.deepEqual(
      facts.trade.map((t) => [t.value_usd, t.year]),
      [[1.5e9, 2023]],
    );
    assert.deepEqual(
      facts.agreements.map((a) => [a.kind, a.status]),
      [['treaty', 'signed']],
    );
    const ev = facts.trade[0]!.evidence[0]!;
    assert.ok(ev.text.includes('$1.5 billion') && ev.end > ev.start, 'evidence carries the sentence and its offsets');
  });
  it('reads HTML pages: meta date, site name, main text', async () => {
    const facts = ReadoutFacts.parse(JSON.parse((await run([join(dir, 'call.html')])).stdout));
    assert.equal(facts.document.publisher, 'Press Service');
    assert.equal(facts.document.published, '2024-05-02');
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.countries.join()]),
      [['phone_call', '2024-05-02', 'IDN,MYS']],
    );
    assert.deepEqual(
      facts.trade.map((t) => [t.kind, t.value_usd]),
      [['target', 3e10]],
    );
  });
  it('prints NDJSON for several inputs and reads stdin', async () => {
    const r = await run([dir]);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).document.source),
      ['call.html', 'talks.txt'],
    );
    const piped = await run(['-', '--published', '2024-03-15'], TEXT.replace('date 2024-03-14\n', ''));
    assert.equal(JSON.parse(piped.stdout).document.published, '2024-03-15');
  });
  it("reads stdin as bytes, its encoding detected like a file's: UTF-16BE with a byte-order mark, KOI8-R", async () => {
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    const fromStdin = ReadoutFacts.parse(JSON.parse((await run(['-'], utf16be)).stdout));
    assert.deepEqual([fromStdin.document.source, fromStdin.document.encoding, fromStdin.trade[0]?.value_usd], ['stdin', 'UTF-16BE', 1.5e9]);
    const russian =
      'Президент Узбекистана Шавкат Мирзиёев провёл переговоры с Президентом Кыргызстана Садыром Жапаровым в Ташкенте. Стороны обсудили торговлю, транспорт и энергетику.\n';
    writeFileSync(join(dir, 'ru-koi8.txt'), iconv.encode(russian.repeat(3), 'koi8-r'));
    const koi8 = ReadoutFacts.parse(JSON.parse((await run([join(dir, 'ru-koi8.txt')])).stdout));
    assert.equal(koi8.document.encoding, 'KOI8-R');
    assert.ok(koi8.trade.length === 0 && koi8.events.length === 0, 'no English facts in Russian text');
  });
  it('prints a readable table on request', async () => {
    const r = await run([join(dir, 'talks.txt'), '--format', 'table']);
    assert.match(r.stdout, /■ talks\.txt — Talks with the President of Kyrgyzstan/);
    assert.match(r.stdout, /trade\s+2023\s+turnover KGZ–UZB \$1\.5 bn · actual/);
  });
  it('reports each bad input in one line, goes on with the rest, and exits non-zero', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'readout-bad-'));
    writeFileSync(join(bad, 'a-empty.txt'), '');
    writeFileSync(join(bad, 'b-binary.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    const huge = openSync(join(bad, 'c-huge.txt'), 'w');
    ftruncateSync(huge, 50 * 1024 * 1024);
    closeSync(huge);
    writeFileSync(
      join(bad, 'd-broken.html'),
      '<html><body><div><p>The foreign ministers of Chile and Argentina met in Santiago on 14 March. '.repeat(5) + '<li><b>unclosed',
    );
    writeFileSync(join(bad, 'e-unknown.txt'), iconv.encode('日本と中国の首脳会談が東京で行われた。両国は貿易の拡大で合意した。'.repeat(5), 'Shift_JIS'));
    writeFileSync(join(bad, 'f-good.txt'), TEXT);
    const r = await run([bad, join(bad, 'missing.txt')]);
    assert.equal(r.code, 1);
    const errors = r.stderr.trim().split('\n');
    assert.match(
      errors.find((l) => l.includes('a-empty.txt'))!,
      /empty file/,
    );
    assert.match(
      errors.find((l) => l.includes('b-binary.txt'))!,
      /binary/,
    );
    assert.match(
      errors.find((l) => l.includes('c-huge.txt'))!,
      /too large \(50\.0 MB/,
    );
    assert.match(
      errors.find((l) => l.includes('e-unknown.txt'))!,
      /encoding/,
    );
    assert.match(
      errors.find((l) => l.includes('missing.txt'))!,
      /no such file/,
    );
    assert.match(errors.at(-1)!, /5 of 7 inputs failed/);
    const printed = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).document.source);
    assert.deepEqual(printed, ['d-broken.html', 'f-good.txt'], 'broken HTML and the good file are still extracted');
  });
  it('refuses an argument it cannot use, in one line: no inputs at all, a bad date, a bad size', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'readout-empty-'));
    assert.deepEqual(await run([empty]), {
      code: 2,
      stdout: '',
      stderr: 'readout: no input files found (give files, folders, URLs or - for standard input)\n',
    });
    const date = await run([join(dir, 'talks.txt'), '--published', '2024-02-30']);
    assert.deepEqual(date, {
      code: 1,
      stdout: '',
      stderr: "readout: option '--published <date>' argument '2024-02-30' is invalid. expected a date as YYYY-MM-DD\n",
    });
    const size = await run([join(dir, 'talks.txt'), '--max-size', '0']);
    assert.equal(size.stderr, "readout: option '--max-size <MB>' argument '0' is invalid. expected a positive number of megabytes\n");
  });
});

describe('readout extract as a real process', { skip: NEEDS_BUILD }, () => {
  it('reads standard input and prints the same JSON as in process', async () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', '-'], { cwd: ROOT, input: TEXT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, (await run(['-'], TEXT)).stdout);
  });
});
