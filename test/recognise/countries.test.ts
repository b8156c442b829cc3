import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCountries } from '../../src/recognise/countries.js';
import { words } from '../../src/recognise/words.js';

const codes = (text: string): string[] => findCountries(words(text)).map((c) => c.iso3);

describe('countries', () => {
  it('takes no sides from a conflict named by its states ("the Israeli-Palestinian conflict"), but keeps a pair\'s treaty or trade', () => {
    assert.deepEqual(codes('a two-state solution to the Israeli-Palestinian conflict'), []);
    assert.deepEqual(codes('the Armenia-Azerbaijan peace treaty and India-Pakistan trade'), ['ARM', 'AZE', 'IND', 'PAK']);
  });
  it('takes no state from a sea or an ocean named with its name or adjective ("the South China Sea", "the Indian Ocean")', () => {
    assert.deepEqual(codes('incident prevention in the South China Sea between Viet Nam and the Philippines'), ['VNM', 'PHL']);
    assert.deepEqual(codes('security in the Indian Ocean and the Persian Gulf'), []);
    // The state itself, and its adjective before other words, stay.
    assert.deepEqual(codes('China and the Indian side'), ['CHN', 'IND']);
  });
  it('takes no state from a language\'s adjective ("CELAC by its Spanish acronym", "the French version"), but keeps "Spanish exports"', () => {
    assert.deepEqual(codes('The community (CELAC by its Spanish acronym) met; the French version was published.'), []);
    assert.deepEqual(codes('Spanish exports grew.'), ['ESP']);
  });
  it('reads common and official names, demonyms and adjectives', () => {
    assert.deepEqual(codes('the Republic of Tajikistan and Belarus'), ['TJK', 'BLR']);
    assert.deepEqual(codes('the Belarusian leader met his Tajik counterpart'), ['BLR', 'TJK']);
    assert.deepEqual(codes('Emirati and Saudi ministers, Uzbekistani experts'), ['ARE', 'SAU', 'UZB']);
  });
  it('takes no city that names a body, a process or a document for a place', () => {
    assert.deepEqual(codes('at the Shanghai Cooperation Organisation summit in Astana'), ['KAZ']);
    assert.deepEqual(codes('the Minsk Agreements and the Astana format were discussed in Moscow'), ['RUS']);
    assert.deepEqual(codes('talks in Minsk'), ['BLR']);
  });
  it('splits hyphenated compounds into their states', () => {
    assert.deepEqual(codes('the Kazakh-Tajik Business Forum'), ['KAZ', 'TJK']);
    assert.deepEqual(codes('forum Belarus-Tajikistan-Afghanistan'), ['BLR', 'TJK', 'AFG']);
  });
  it('reads capitals and cities as metonyms, with their kind', () => {
    const found = findCountries(words('Minsk and Dushanbe support each other; talks in Samarkand'));
    assert.deepEqual(
      found.map((c) => [c.iso3, c.kind]),
      [
        ['BLR', 'capital'],
        ['TJK', 'capital'],
        ['UZB', 'city'],
      ],
    );
  });
  it('reads possessives and prefers the longest name', () => {
    assert.deepEqual(codes("Belarus’ Minister and Tajikistan's President"), ['BLR', 'TJK']);
    assert.deepEqual(codes('Papua New Guinea and Guinea-Bissau'), ['PNG', 'GNB']);
    assert.deepEqual(codes('South Sudan and Sudan'), ['SSD', 'SDN']);
  });
  it('does not take lower-case words or parts of other words', () => {
    assert.deepEqual(codes('we ate turkey in china cups; Chadwick'), []);
  });
  it("takes no state from a feature named after one or from a region's adjective describing a state", () => {
    assert.deepEqual(codes('a pipeline across the Gulf of Guinea and patrols in the Sea of Japan'), []);
    assert.deepEqual(codes('during his visit to the Central African country, and with West African nations'), []);
    assert.deepEqual(codes('Central African President Touadera met the President of Guinea'), ['CAF', 'GIN']);
  });
  it('reads a state of several words inside a hyphened compound ("Papua New Guinea-Australia", "Australia-Papua New Guinea", "South Africa-Nigeria")', () => {
    const states = (text: string) => findCountries(words(text)).map((c) => [text.slice(c.start, c.end), c.iso3]);
    assert.deepEqual(states('the Papua New Guinea-Australia Leaders Dialogue'), [
      ['Papua New Guinea', 'PNG'],
      ['Australia', 'AUS'],
    ]);
    assert.deepEqual(states('the Australia-Papua New Guinea Leaders Dialogue'), [
      ['Australia', 'AUS'],
      ['Papua New Guinea', 'PNG'],
    ]);
    assert.deepEqual(states('the South Africa-Nigeria Bi-National Commission'), [
      ['South Africa', 'ZAF'],
      ['Nigeria', 'NGA'],
    ]);
  });
  it('reads older and transliterated spellings of states that agency copy prints ("Tadzhikistan", "Kirguizstan", "Byelorussia", "Moldavian")', () => {
    const text = 'The leaders of Tadzhikistan, Kirguizstan, Byelorussia and Moldavia met; a Moldavian delegation came to Dushambe.';
    assert.deepEqual([...new Set(codes(text))], ['TJK', 'KGZ', 'BLR', 'MDA']);
  });
});
