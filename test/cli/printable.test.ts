// Control characters and ANSI escapes from documents never reach the terminal as such: file names in
// ingest's report lines, titles and sentences in extract's table and in `readout show` are printed
// with their control characters escaped (a document cannot recolour, move the cursor or rewrite a
// line); JSON output stays JSON.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { printable } from '../../src/cli/printable.js';
import { cli } from '../helpers.js';

const ESC = '\u001b';
const TITLE = `Tokayev ${ESC}[2J${ESC}[31mmeets${ESC}[0m Li Qiang\u202e`;
const TEXT =
  'ASTANA, 12 March 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Premier of China Li Qiang ' +
  `${ESC}]0;owned\u0007in Astana on 12 March 2024.\n`;
// Raw control bytes make a file binary, refused; JSON carries them as escapes, which reading decodes.
const DOCUMENT = JSON.stringify({ title: TITLE, text: TEXT });

/** Nothing that a terminal would obey: no C0/C1 control but the line breaks, no bidi override. */
// eslint-disable-next-line no-control-regex -- these are the characters looked for
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const assertInert = (text: string, what: string): void => assert.doesNotMatch(text, CONTROLS, what);

describe('control characters from documents on the terminal', () => {
  let dir = '';
  let db = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-printable-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', `${ESC}[31mred.json`), DOCUMENT);
    db = join(dir, 'corpus.db');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes them, and only them', () => {
    assert.equal(printable(`a${ESC}[31mb\u202ec\u0007\td`), 'a\\x1b[31mb\\u202ec\\x07\\td');
    assert.equal(printable('Kassym-Jomart Tokayev — «Astana»'), 'Kassym-Jomart Tokayev — «Astana»');
  });

  it("in ingest's report lines, extract's table and show; JSON stays JSON", async () => {
    const ingest = await cli(['ingest', join(dir, 'docs'), '--db', db, '--root', join(dir, 'docs'), '--workers', '1']);
    assert.equal(ingest.code, 0, ingest.stderr);
    assertInert(ingest.stdout, 'ingest');
    assert.match(ingest.stdout, /^stored \\x1b\[31mred\.json \(/);
    const table = await cli(['extract', join(dir, 'docs'), '--format', 'table']);
    assert.equal(table.code, 0, table.stderr);
    assertInert(table.stdout, 'extract --format table');
    assert.match(table.stdout, /\\x1b\[31mmeets/);
    const show = await cli(['show', '1', '--db', db]);
    assert.equal(show.code, 0, show.stderr);
    assertInert(show.stdout, 'show');
    assert.match(show.stdout, /title {8}Tokayev \\x1b\[2J\\x1b\[31mmeets\\x1b\[0m Li Qiang\\u202e$/m);
    const json = await cli(['show', '1', '--db', db, '--json']);
    assert.equal(json.code, 0, json.stderr);
    assert.ok(json.stdout.includes('Tokayev \\u001b[2J'), 'the JSON keeps the title as it is, escaped the JSON way');
    JSON.parse(json.stdout);
  });
});
