// The lexicons and knowledge tables of data/: every file reads against its schema, a bad row is an
// error naming its file and line, what loads is frozen, and an extractor reads the tables it is given.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { createExtractor, extractText } from '../../src/extract/pipeline.js';
import { DATA_DIR, LexiconError, loadLexicons, type Lexicons } from '../../src/lexicon/lexicons.js';

const scratch = mkdtempSync(join(tmpdir(), 'readout-lexicons-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ with one file's text changed, as a directory URL. */
function dataWith(file: string, change: (text: string) => string): URL {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return pathToFileURL(`${dir}/`);
}

describe('lexicons', () => {
  const lex = loadLexicons();

  it('reads every file of data/ into non-empty, frozen tables', () => {
    for (const [name, table] of Object.entries(lex)) {
      if (table instanceof Map) assert.ok(table.size > 0, name);
      else assert.ok(Array.isArray(table) && table.length > 0 && Object.isFrozen(table), name);
    }
    assert.ok(Object.isFrozen(lex.titles[0]), 'rows are frozen too');
    assert.throws(() => (lex.titles as unknown as unknown[]).push({}), TypeError);
  });

  it('refuses a row that does not fit its schema, naming the file, the line and the column', () => {
    const dir = dataWith('titles.tsv', (t) => t.replace(/^President\thead_of_state\t90\t/m, 'President\thead_of_state\tninety\t'));
    const line =
      readFileSync(new URL('titles.tsv', dir), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('President\thead_of_state\tninety')) + 1;
    assert.throws(
      () => loadLexicons(dir),
      (e: unknown) => e instanceof LexiconError && e.message === `data/titles.tsv:${line}: rank "ninety" is not a number`,
    );
  });

  it('refuses an unknown kind, a bad code and a broken pattern, never skipping the row', () => {
    assert.throws(() => loadLexicons(dataWith('event-cues.tsv', (t) => `${t}\nbrunch\t50\tlunch with\n`)), /data\/event-cues\.tsv:\d+: type "brunch"/);
    assert.throws(
      () => loadLexicons(dataWith('leaders.tsv', (t) => `${t}\nXX\tPresident\tAna Soler\t\t2020\t\n`)),
      /data\/leaders\.tsv:\d+: iso3 "XX" is not an ISO 3166-1 alpha-3 code/,
    );
    assert.throws(
      () => loadLexicons(dataWith('historical-dates.tsv', (t) => `${t}\n\tsomething\tfounding of (the\t1990\tgeneral knowledge\n`)),
      /data\/historical-dates\.tsv:\d+: match "founding of \(the" is not a valid regular expression/,
    );
    assert.throws(() => loadLexicons(dataWith('usd-rates.tsv', (t) => `${t}\nXYZ\t-1\n`)), /data\/usd-rates\.tsv:\d+: 2010 "-1" is not a positive number/);
  });

  it('lets an extractor read with other tables, leaving the default one as it was', () => {
    const text = 'Grand Vizier Ana Soler of Chile received Luis Quispe.';
    const withTitle: Lexicons = { ...lex, titles: [...lex.titles, { form: 'Grand Vizier', category: 'official', rank: 60, generic: 'no', full: '' }] };
    const custom = createExtractor({ lexicons: withTitle });
    assert.deepEqual(
      custom.extractText('t.txt', text).people.map((p) => [p.name, p.role, p.country]),
      [['Ana Soler', 'Grand Vizier', 'CHL']],
    );
    assert.ok(!extractText('t.txt', text).people.some((p) => p.role === 'Grand Vizier'), 'the default tables know no such title');
    assert.deepEqual(
      custom.extractText('t.txt', text).people.map((p) => p.role),
      ['Grand Vizier'],
      'and the custom one still does',
    );
  });

  it('keeps rules written as data with an id, what they match and why; a rule without a reason is refused', () => {
    for (const rules of [lex.venueWords, lex.stockCues]) {
      assert.ok(
        rules.every((r) => r.id && r.match && r.reason.length > 10),
        'every rule says why',
      );
      assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'ids are unique');
    }
    assert.throws(() => loadLexicons(dataWith('venue-words.tsv', (t) => `${t}\nbarn\tBarn\t\n`)), /data\/venue-words\.tsv:\d+: reason "" is empty/);
  });

  it('reads a venue word from the table: another table, another venue', () => {
    const text = 'Ana Soler, President of Chile, met President of Peru Luis Quispe at the Grand Barn of Lima on 3 May 2024.';
    const withBarn: Lexicons = { ...lex, venueWords: [...lex.venueWords, { id: 'barn', match: 'Barn', reason: 'a test venue' }] };
    const place = (e: ReturnType<typeof extractText>): string | undefined => e.events[0]?.place?.name ?? undefined;
    assert.notEqual(place(extractText('t.txt', text)), 'Grand Barn of Lima');
    assert.equal(place(createExtractor({ lexicons: withBarn }).extractText('t.txt', text)), 'Grand Barn of Lima');
  });
});
