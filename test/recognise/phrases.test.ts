import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseIndex } from '../../src/recognise/phrases.js';
import { words } from '../../src/recognise/words.js';

const index = new PhraseIndex([
  ['visit', 'visit'],
  ['state visit', 'state visit'],
  ['official working visit', 'official working visit'],
  ['co-chaired', 'co-chaired'],
] as const);
const found = (text: string): string[] => [...index.all(words(text))].map((h) => `${h.value}@${h.index}`);

describe('phrase index', () => {
  it('takes the longest phrase at a word and does not match inside it again', () => {
    assert.deepEqual(found('An Official Working Visit followed the state visit.'), ['official working visit@1', 'state visit@6']);
  });
  it('matches on word keys: case, possessives and hyphenated words', () => {
    assert.deepEqual(found("The VISIT's agenda was co-chaired by both."), ['visit@1', 'co-chaired@4']);
  });
  it('does not match a phrase that runs past the end or a word that only contains a phrase', () => {
    assert.deepEqual(found('a revisit of the state'), []);
  });
});
