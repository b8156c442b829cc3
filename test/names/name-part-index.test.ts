import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NamePartIndex } from '../../src/names/name-part-index.js';
import { compatibleWithAny, nameKey, namesCompatible, samePart } from '../../src/names/names.js';

// Family names of many shapes: transliterations, one slip of the pen, swaps, short names that allow no slip.
const PARTS = ['Tokayev', 'Tokaev', 'Tokayed', 'Tokyaev', 'Mirziyoyev', 'Mirzioyev', 'Li', 'Lee', 'Wang', 'Wong', 'Aliyev', 'Aliev', 'Alive', 'Orbán', 'Orban'];

/** A name part for the i-th of many people: syllables, so that many parts are one slip from another. */
function synthetic(i: number): string {
  const syllables = ['ka', 'ri', 'mo', 'ta', 'ne', 'lu', 'sa', 'vi'];
  let out = '';
  for (let k = i + 9; k > 0; k = Math.floor(k / 8)) out += syllables[k % 8];
  return `${out[0]!.toUpperCase()}${out.slice(1)}ov`;
}

/** What a scan of every part filed would find, in the order filed. */
const scan = (filed: readonly string[], query: string): number[] => filed.flatMap((p, i) => (samePart(p, query) ? [i] : []));

describe('NamePartIndex', () => {
  it('finds every part samePart calls the same, in the order filed, whether it scans or indexes', () => {
    for (const filed of [PARTS, [...PARTS, ...Array.from({ length: 400 }, (_, i) => synthetic(i))]]) {
      const index = new NamePartIndex<number>();
      filed.forEach((p, i) => index.add(p, i));
      for (const query of [...filed, 'Tokaiev', 'Tokayeva', 'Mirziyoev', 'Orbn', 'Le', 'Kariov', 'Xyz'])
        assert.deepEqual(index.find(query), scan(filed, query), query);
    }
  });

  it('finds a transliteration and a slip, never a different short name', () => {
    const index = new NamePartIndex<string>();
    for (const p of ['Tokayev', 'Li', 'Mirziyoyev']) index.add(p, p);
    assert.deepEqual(index.find('Tokaev'), ['Tokayev']);
    assert.deepEqual(index.find('Mirzioyev'), ['Mirziyoyev']);
    assert.deepEqual(index.find('Lu'), []);
  });
});

describe('compatibleWithAny', () => {
  it('agrees with namesCompatible over every pair of names', () => {
    const names = [
      'Kassym-Jomart Tokayev',
      'K. Tokayev',
      'Tokayev',
      'Amanzhol Tokayev',
      'Kassym-Jomart Tokaiev',
      'Shavkat Mirziyoyev',
      'Li Qiang',
      'Xi Jinping',
    ];
    const keys = names.map(nameKey);
    for (let n = 1; n <= keys.length; n++) {
      const some = keys.slice(0, n);
      const test = compatibleWithAny(some);
      for (const k of keys)
        assert.equal(
          test(k),
          some.some((s) => namesCompatible(s, k)),
          `${k.given.join(' ')} ${k.family} against ${n}`,
        );
    }
  });
});
