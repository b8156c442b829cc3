// The forty-third round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const events = (text: string, published: string | null = null) =>
  facts(text, published).events.map((e) => `${e.type} ${e.date}${e.planned ? ' planned' : ''} ${e.countries.join(',')}`);

describe('events: an encounter told only in a participle or by the signing the two leaders saw', () => {
  it('"said on Sunday that … while receiving the Foreign Minister" is a meeting on that Sunday', () => {
    const got = events(
      'MANILA, 15 September 2025 — President Rivera said on Sunday that closer maritime cooperation serves both nations while receiving Chilean Foreign Minister Andrea Solis at the palace.',
    );
    assert.deepEqual(got, ['meeting 2025-09-14 CHL,PHL']);
  });

  it('keeps the saying\'s day out of a meeting it only reports: "said on Monday that the talks held in May …"', () => {
    const got = events(
      'LIMA, 9 June 2025 — Foreign Minister Elmer Schialer said on Monday that the talks he held with the Brazilian Foreign Minister in Brasília on 3 June were useful.',
    );
    assert.deepEqual(got, ['meeting 2025-06-03 BRA,PER']);
  });

  it('"President A and President B on Thursday witnessed the signing of three memoranda" is their meeting that day', () => {
    const got = events(
      "LUSAKA, 21 March 2025 — President Hichilema and Botswana's President Boko on Thursday witnessed the signing of three memoranda of understanding at the State House.",
    );
    assert.deepEqual(got, ['meeting 2025-03-20 BWA,ZMB']);
  });

  it('a signing the two leaders saw after their talks is part of those talks, not a second encounter', () => {
    const got = events(
      "LUSAKA, 21 March 2025 — President Hichilema received Botswana's President Boko at the State House on Thursday. The two leaders then witnessed the signing of three memoranda of understanding.",
    );
    assert.deepEqual(got, ['meeting 2025-03-20 BWA,ZMB']);
  });
});

describe('events: a visit under way told by its last day', () => {
  it('"is in X on an official visit that runs until 10 March" is a visit begun by the day of writing, ending that day', () => {
    const got = facts("HANOI, 4 April 2025 — Chile's President Gabriel Boric is in Vietnam on an official visit that runs until 6 April.").events;
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.end_date, e.planned, e.countries.join(',')]),
      [['visit', '2025-04-04', '2025-04-06', false, 'CHL,VNM']],
    );
  });

  it('"until Thursday" is the Thursday after the talks on Monday, not the one before', () => {
    const got = events(
      'KAMPALA, 17 November 2025 — The President of Peru is in Uganda for a visit that runs until Thursday.\nHe held talks with President Museveni at State House on Monday.',
    );
    assert.deepEqual(got, ['visit 2025-11-17 PER,UGA']);
  });
});
