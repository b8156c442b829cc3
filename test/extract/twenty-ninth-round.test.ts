// The twenty-ninth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = '2024-03-04') => facts(text, published).agreements.map((a) => a.title);

describe('agreements: the sectors a bundle of firms’ deals covers', () => {
  it('makes no agreement per sector when business leaders signed the bundle', () => {
    const text =
      'Business leaders from Kazakhstan and Japan signed 22 cooperation agreements across various sectors during a business forum in Astana. The newly signed agreements cover a wide array of industries, including energy, ecology, transport and tourism.';
    assert.deepEqual(titles(text), []);
  });

  it('makes none for "deals from companies" whose sectors "They cover"', () => {
    const text =
      'A total of 30 deals from more than 80 Saudi and Syrian companies are to be signed at the investment forum in Damascus on Thursday. They cover key sectors including energy, industry, real estate, health and agriculture.';
    assert.deepEqual(titles(text), []);
  });

  it('still makes one per sector when the two states signed the bundle', () => {
    const text =
      'Kazakhstan and Japan signed 22 cooperation agreements during the visit. The newly signed agreements cover a wide array of industries, including energy, ecology, transport and tourism.';
    assert.deepEqual(titles(text).sort(), ['agreement on ecology', 'agreement on energy', 'agreement on tourism', 'agreement on transport']);
  });
});
