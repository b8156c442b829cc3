// The thirty-second round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const people = (text: string, published: string | null = null) => facts(text, published).people.map((p) => [p.name, p.role, p.country]);

describe('people: a family name that is also a place, after two given names', () => {
  it('keeps the place word of a known leader’s full name', () => {
    assert.deepEqual(
      people('On a tour of the Andes, the Finnish minister also spoke with Foreign Minister María Ángela Holguín about trade.', '2016-05-02').find((p) =>
        p[0]!.startsWith('María'),
      ),
      ['María Ángela Holguín', 'Foreign Minister', 'COL'],
    );
  });

  it('keeps it after a title when the name ends there, the way a list goes on', () => {
    assert.deepEqual(
      people('The talks were joined by Trade Minister Ana Lucía Holguín and Finance Minister Pedro Vargas.').map((p) => p[0]),
      ['Ana Lucía Holguín', 'Pedro Vargas'],
    );
  });

  it('does not take a place after a preposition into the name', () => {
    assert.deepEqual(
      people('Trade Minister Ana Lucía arrived in Holguín on Monday.').map((p) => p[0]),
      ['Ana Lucía'],
    );
  });
});
