import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayMatch, requiredLiterals } from '../../src/lexicon/required-literals.js';

describe('required literals of a pattern', () => {
  it('takes one plain run per top-level alternative, never a character a quantifier makes optional', () => {
    assert.deepEqual(requiredLiterals("liberation of (?:the )?belarus|belarus(?:ian|['’]s?)? liberation"), ['liberation of', 'liberation']);
    assert.deepEqual(requiredLiterals('victory (?:at|in) stalingrad'), ['stalingrad']);
    assert.deepEqual(requiredLiterals('founding days?'), ['founding day']);
    assert.deepEqual(requiredLiterals('(?:a|b)|[xy]z'), null, 'an alternative without a literal: always run');
  });

  it('lets through every text the pattern matches, and skips text without the literals', () => {
    const source = "liberation of (?:the )?belarus|belarus(?:ian|['’]s?)? liberation|operation bagration";
    const literals = requiredLiterals(source);
    const pattern = new RegExp(source, 'i');
    for (const text of ['the 80th anniversary of the Liberation of Belarus', "Belarus' liberation", 'Operation Bagration began']) {
      assert.ok(pattern.test(text) && mayMatch(text.toLowerCase(), literals), text);
    }
    assert.ok(!mayMatch('the 30th anniversary of diplomatic relations', literals));
  });
});
