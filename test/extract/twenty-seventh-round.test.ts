// The twenty-seventh round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const visits = (text: string, published: string | null = null) =>
  facts(text, published)
    .events.filter((e) => e.type === 'visit')
    .map((e) => `${e.countries.join('-')} ${e.date ?? '-'}${e.planned ? ' planned' : ''}`)
    .sort();

describe('events: a tour told by the count of its states', () => {
  it('splits "a tour of three African countries - A, B and C -" begun today into a visit now and two ahead', () => {
    const text =
      'The Prime Minister of Portugal today began his tour of three African countries - Ghana, Togo and Benin - with talks in Accra with President John Mahama.';
    assert.deepEqual(visits(text, '2025-03-04'), ['BEN-PRT - planned', 'GHA-PRT 2025-03-04', 'PRT-TGO - planned']);
  });

  it('keeps every leg of a tour told after its end as made', () => {
    const text =
      'The Prime Minister of Portugal visited three African nations: Ghana, Togo and Benin, from 2 to 6 March, holding talks with each of their presidents.';
    const found = visits(text, '2025-03-10');
    assert.equal(found.length, 3, JSON.stringify(found));
    assert.ok(
      found.every((v) => !v.includes('planned')),
      JSON.stringify(found),
    );
  });
});

describe('events: a meeting agreed for a later year than the writing', () => {
  it('reads "agrees to hold the first high-level meeting in 2026" as planned', () => {
    const text = 'The joint declaration signed in Lisbon also agrees to hold the first Portugal-Ghana high-level meeting in 2026.';
    const meeting = facts(text, '2025-03-04').events.find((e) => e.type === 'meeting');
    assert.equal(meeting?.date, '2026');
    assert.equal(meeting?.planned, true);
  });

  it('keeps a meeting held earlier in the year of writing as past', () => {
    const text = 'The first Portugal-Ghana high-level meeting was held in Accra in January 2025.';
    const meeting = facts(text, '2025-03-04').events.find((e) => e.type === 'meeting');
    assert.equal(meeting?.planned, false);
  });
});
