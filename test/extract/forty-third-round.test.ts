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
      'LUSAKA, 21 March 2025 — President Hichilema and Botswana\'s President Boko on Thursday witnessed the signing of three memoranda of understanding at the State House.',
    );
    assert.deepEqual(got, ['meeting 2025-03-20 BWA,ZMB']);
  });

  it('a signing the two leaders saw after their talks is part of those talks, not a second encounter', () => {
    const got = events(
      'LUSAKA, 21 March 2025 — President Hichilema received Botswana\'s President Boko at the State House on Thursday. The two leaders then witnessed the signing of three memoranda of understanding.',
    );
    assert.deepEqual(got, ['meeting 2025-03-20 BWA,ZMB']);
  });
});
