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
  it('reads a place the text gives another state ("Victoria of Australia") as that state\'s wherever the text names it, not a capital of the same name', () => {
    const doc = cleanDocument({
      source: 't.txt',
      text: 'Sichuan established sister provinces with Victoria of Australia. Yesterday, Sichuan and Victoria signed five agreements.',
      format: 'text',
      encoding: 'UTF-8',
      title: null,
      publisher: null,
      published: null,
    });
    const states = recogniseDocument(doc).sentences.flatMap((s) => s.countries.map((c) => c.iso3));
    assert.ok(!states.includes('SYC'), states.join(','));
    assert.ok(states.includes('AUS'));
  });
  it('reads a capital that begins a full name the text gives a person elsewhere ("The Trade Minister, Victoria Hale,") as that name, not a place', () => {
    const doc = recognise(
      'Victoria Hale MP, arrived for talks on fisheries with her Norwegian counterpart.\n\nThe Trade Minister, Victoria Hale, met Minister Per Olsen in Oslo. Victoria hosted the forum last year.',
    );
    assert.deepEqual(
      doc.sentences[0]!.countries.map((c) => c.iso3),
      ['NOR'],
    );
    // Where no name follows, the capital stays a capital.
    assert.deepEqual(
      doc.sentences.at(-1)!.countries.map((c) => c.iso3),
      ['SYC'],
    );
  });
});
