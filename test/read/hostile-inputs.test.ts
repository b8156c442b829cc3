// Inputs that are not what they claim, through `readout extract` and `readout ingest`: unbounded
// streams, FIFOs, links, folders that cannot be read, lines and files past the limit, text that is
// no text. Each is one line naming the path and the problem, and the batch goes on.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { cli, CLI, NEEDS_BUILD, ROOT } from '../helpers.js';

const TALKS = 'President of Uzbekistan Shavkat Mirziyoyev held talks with President of Kyrgyzstan Sadyr Japarov in Tashkent on 14 March 2024.';
/** The sources of the documents a run printed (NDJSON or one JSON document). */
const printed = (stdout: string): string[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).document.source);
const lineAbout = (stderr: string, path: string): string => stderr.split('\n').find((l) => l.includes(path)) ?? `(no line about ${path})`;

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-hostile-'));
  chmodSync(dir, 0o755);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('unbounded and special inputs', () => {
  it('/dev/zero is refused at the size limit, never read whole', { timeout: 60_000 }, async () => {
    const r = await cli(['extract', '/dev/zero', '--max-size', '1']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^readout: \/dev\/zero: file too large \(more than the limit of 1\.0 MB, see --max-size\)\n/);
  });

  it('standard input past the limit is refused the same way', async () => {
    const r = await cli(['extract', '-', '--max-size', '1'], Buffer.alloc(3 * 1024 * 1024, 'a'));
    assert.match(r.stderr, /^readout: stdin: file too large/);
  });

  it('a FIFO named on the command line is read to the limit; one inside a folder is reported, the rest read', { timeout: 60_000 }, async () => {
    const fifo = join(dir, 'endless.txt');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    // A writer that never stops: the reader must stop at the limit.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w'); const b = Buffer.alloc(65536, 97); try { for (;;) fs.writeSync(fd, b); } catch {}`,
    ]);
    try {
      const r = await cli(['extract', fifo, '--max-size', '1']);
      assert.match(lineAbout(r.stderr, fifo), /file too large/);
    } finally {
      writer.kill();
    }
    const folder = join(dir, 'with-fifo');
    mkdirSync(folder);
    assert.equal(spawnSync('mkfifo', [join(folder, 'a-pipe.txt')]).status, 0);
    writeFileSync(join(folder, 'b-talks.txt'), TALKS);
    const r = await cli(['extract', folder]);
    assert.equal(r.code, 1);
    assert.match(lineAbout(r.stderr, 'a-pipe.txt'), /a FIFO, not a regular file: not read/);
    assert.deepEqual(printed(r.stdout), ['b-talks.txt']);
  });

  it('an NDJSON line past the limit fails alone; the lines around it are read', async () => {
    const file = join(dir, 'lines.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({ source: 'one', text: TALKS }),
        JSON.stringify({ source: 'big', text: 'x'.repeat(2 * 1024 * 1024) }),
        JSON.stringify({ source: 'three', text: TALKS }),
      ].join('\n'),
    );
    const r = await cli(['extract', file, '--max-size', '1']);
    assert.match(lineAbout(r.stderr, 'lines.ndjson#2'), /line file too large \(2\.0 MB/);
    assert.deepEqual(printed(r.stdout), ['one', 'three']);
  });
});

describe('folders', () => {
  it('follows links to files and folders; reports a broken link and a link back into the walk', async () => {
    const root = join(dir, 'linked');
    mkdirSync(join(root, 'inner'), { recursive: true });
    writeFileSync(join(root, 'inner', 'a.txt'), TALKS);
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'b.txt'), TALKS.replace('14 March', '15 March'));
    symlinkSync(elsewhere, join(root, 'to-elsewhere'));
    symlinkSync(join(elsewhere, 'b.txt'), join(root, 'c-link.txt'));
    symlinkSync(join(dir, 'missing.txt'), join(root, 'd-broken.txt'));
    symlinkSync(root, join(root, 'inner', 'loop'));
    const r = await cli(['extract', root]);
    assert.deepEqual(printed(r.stdout).sort(), ['a.txt', 'b.txt', 'c-link.txt']);
    assert.match(lineAbout(r.stderr, 'd-broken.txt'), /broken symbolic link \(no such file or directory\)/);
    assert.match(lineAbout(r.stderr, 'loop'), /symbolic link to a folder already read: not read twice/);
  });

  it('ingest of an empty folder says it found nothing, and creates no database', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const db = join(dir, 'empty.db');
    const r = await cli(['ingest', empty, '--db', db]);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: `readout: no input files found in ${empty} (give files, folders, URLs or - for standard input)\n` });
    assert.equal(spawnSync('test', ['-e', db]).status, 1);
  });

  it('an unreadable folder is reported; its readable siblings are still read', { skip: NEEDS_BUILD, timeout: 60_000 }, () => {
    const root = join(dir, 'locked');
    mkdirSync(join(root, 'a-open'), { recursive: true });
    mkdirSync(join(root, 'b-closed'));
    writeFileSync(join(root, 'a-open', 'one.txt'), TALKS);
    writeFileSync(join(root, 'b-closed', 'two.txt'), TALKS);
    writeFileSync(join(root, 'c.txt'), TALKS.replace('14 March', '16 March'));
    chmodSync(join(root, 'b-closed'), 0o000);
    // Root reads any folder: the permission is tested as an ordinary user.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [CLI, 'extract', root], { cwd: ROOT, encoding: 'utf8', ...user });
    chmodSync(join(root, 'b-closed'), 0o755);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(printed(r.stdout), ['one.txt', 'c.txt']);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 2, r.stderr);
    assert.match(lineAbout(r.stderr, 'b-closed'), /^readout: .*b-closed: cannot read this folder \(permission denied\); the rest is read$/);
  });
});

describe('text that is no text, and text in disguise', () => {
  it('zero-width characters only, and HTML of scripts only, are refused in one line', async () => {
    writeFileSync(join(dir, 'invisible.txt'), '\u200b\u200c\u200d\u2060'.repeat(100));
    writeFileSync(
      join(dir, 'scripts.html'),
      `<html><head><script>${'var a = 1;'.repeat(100)}</script></head><body><script>alert(1)</script><style>p{}</style></body></html>`,
    );
    const r = await cli(['extract', join(dir, 'invisible.txt'), join(dir, 'scripts.html')]);
    assert.match(lineAbout(r.stderr, 'invisible.txt'), /no text \(only spaces, invisible characters or punctuation\)$/);
    assert.match(lineAbout(r.stderr, 'scripts.html'), /HTML page has no readable text \(only markup, scripts or navigation\)$/);
  });

  it('reads UTF-16 saved without a byte-order mark, in either byte order', async () => {
    writeFileSync(join(dir, 'le.txt'), iconv.encode(TALKS, 'utf-16le'));
    writeFileSync(join(dir, 'be.txt'), iconv.encode(TALKS, 'utf-16be'));
    const r = await cli(['extract', join(dir, 'le.txt'), join(dir, 'be.txt')]);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      docs.map((d) => d.document.encoding),
      ['UTF-16LE', 'UTF-16BE'],
    );
    for (const d of docs) assert.equal(d.events[0].date, '2024-03-14');
  });

  it('a page or file that states an impossible date has no publication date', async () => {
    writeFileSync(
      join(dir, 'bad-date.html'),
      `<html><head><meta property="article:published_time" content="2024-02-30T10:00:00Z"></head><body><article><p>${TALKS}</p></article></body></html>`,
    );
    writeFileSync(join(dir, 'bad-date.json'), JSON.stringify({ published: '0000-00-00', text: TALKS }));
    const r = await cli(['extract', join(dir, 'bad-date.html'), join(dir, 'bad-date.json')]);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).document.published),
      [null, null],
    );
  });
});
