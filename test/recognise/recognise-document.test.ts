import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanDocument } from '../../src/clean/clean-document.js';
import { readDocument } from '../../src/read/read-document.js';
import { recogniseDocument } from '../../src/recognise/recognise-document.js';

const recognise = (text: string) => recogniseDocument(cleanDocument(readDocument('r.txt', Buffer.from(text))));

describe('recogniseDocument', () => {
  it('reads a sentence repeated in one document once, and places each copy where it stands', () => {
    const line = 'President Shavkat Mirziyoyev met Chancellor Olaf Scholz in Berlin on 2 May 2024.';
    const doc = recognise(`Talks in Berlin\n\n${line}\n\nThe sides discussed energy.\n\n${line}`);
    const copies = doc.sentences.filter((s) => s.text === line);
    assert.equal(copies.length, 2);
    const [first, second] = copies as [(typeof copies)[0], (typeof copies)[0]];
    assert.ok(second.start > first.start);
    for (const copy of copies) {
      const placed = (m: { start: number; end: number }): string => doc.doc.text.slice(copy.start + m.start, copy.start + m.end);
      assert.deepEqual(copy.people.map(placed), ['Shavkat Mirziyoyev', 'Olaf Scholz']);
      assert.deepEqual(copy.dates.map(placed), ['on 2 May 2024']);
      assert.ok(copy.countries.some((c) => c.iso3 === 'DEU' && placed(c) === 'Berlin'));
    }
    // The one between them is read for itself.
    assert.equal(doc.sentences.find((s) => s.text.startsWith('The sides'))?.people.length, 0);
  });
});
