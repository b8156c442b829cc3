import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldHomoglyphs, normalise } from '../../src/clean/normalise.js';

describe('homoglyphs', () => {
  it('reads a Cyrillic letter inside a Latin word as its Latin twin', () => {
    assert.equal(foldHomoglyphs('talks with Russiа today'), 'talks with Russia today');
    assert.equal(foldHomoglyphs('Kаzаkhstаn'), 'Kazakhstan');
  });
  it('reads Greek look-alikes too', () => {
    assert.equal(foldHomoglyphs('Tοkyo'), 'Tokyo'); // Greek omicron
  });
  it('leaves words wholly in Cyrillic alone', () => {
    assert.equal(foldHomoglyphs('Москва и Russia'), 'Москва и Russia');
  });
  it('does not guess when a mixed word has a letter with no Latin twin', () => {
    assert.equal(foldHomoglyphs('Rusбia'), 'Rusбia');
  });
  it('folds each mixed word of a text that also holds Cyrillic words, and only those', () => {
    assert.equal(foldHomoglyphs('Москва, 12 мая. Kаzаkhstаn and Tοkyo; Rusбia, а Russiа.'), 'Москва, 12 мая. Kazakhstan and Tokyo; Rusбia, а Russia.');
    assert.equal(foldHomoglyphs('Peña met Kаrimov'), 'Peña met Karimov'); // a Latin letter with an accent stays
  });
});

describe('normalise', () => {
  it('makes spaces plain, drops invisible characters and unifies line ends', () => {
    assert.equal(normalise('a\u00a0b\u200bc\r\nd\u00ade'), 'a bc\nde');
  });
  it('composes accents (NFC)', () => {
    assert.equal(normalise('Erdog\u0306an'), 'Erdoğan');
  });
});

describe('run-together words', () => {
  it('parts a small word a page ran into the capitalised word after it ("andPresident"), and no word of its own', () => {
    assert.equal(normalise('President Truong Tan Sang andPresident Barack Obama'), 'President Truong Tan Sang and President Barack Obama');
    assert.equal(normalise('the Theodore Roosevelt Institute, Andorra and Toronto'), 'the Theodore Roosevelt Institute, Andorra and Toronto');
  });
  it('parts a long word a page ran into a capitalised one ("counterpartIgor", "inVietnam"), not a name written in two capitals, a handle or an address', () => {
    assert.equal(normalise('met his Russian counterpartIgor Petrov on projects inVietnam'), 'met his Russian counterpart Igor Petrov on projects in Vietnam');
    const kept = 'McDonald, DeSantis, YouTube, PayPal, @MevlutCavusoglu and twitter.com/PM_ViktorOrban';
    assert.equal(normalise(kept), kept);
  });
});
