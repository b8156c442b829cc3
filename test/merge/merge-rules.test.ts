import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEvent, choosePerson, chooseTrade, fullerName } from '../../src/merge/merge-rules.js';
import { nameKey, namesCompatible } from '../../src/merge/names.js';
import { minhash, nearDuplicate } from '../../src/merge/near-duplicates.js';

const person = (id: string, name: string, country: string | null, aliases: string[] = []) => ({ id, name, country, aliases, mentions: 0 });

describe('merge rules', () => {
  it('compares names by family name and compatible given names, accents and hyphens folded', () => {
    assert.ok(namesCompatible(nameKey('Tokayev'), nameKey('Kassym-Jomart Tokayev')));
    assert.ok(namesCompatible(nameKey('Kassym Jomart Tokayev'), nameKey('Kassym-Jomart Tokayev')));
    assert.ok(namesCompatible(nameKey('Peter Szijjarto'), nameKey('Péter Szijjártó')));
    assert.ok(namesCompatible(nameKey('K. Tokayev'), nameKey('Kassym-Jomart Tokayev')));
    assert.ok(!namesCompatible(nameKey('Amanzhol Tokayev'), nameKey('Kassym-Jomart Tokayev')));
    assert.ok(namesCompatible(nameKey('Kassym-Jomart Tokayed'), nameKey('Kassym-Jomart Tokayev')), 'one typo, same given names');
    assert.ok(!namesCompatible(nameKey('Tokayed'), nameKey('Tokayev')), 'a typo needs the given names to agree');
  });

  it('joins a person only when the country agrees', () => {
    const candidates = [person('p1', 'Kassym-Jomart Tokayev', 'KAZ'), person('p2', 'Tokayev', 'RUS')];
    assert.equal(choosePerson('Tokayev', 'KAZ', candidates)?.id, 'p1');
    assert.equal(choosePerson('Kassym-Jomart Tokayev', 'TJK', candidates), null);
    assert.equal(choosePerson('Kassym-Jomart Tokayev', null, candidates)?.id, 'p1', 'no country: an exact full name');
    assert.equal(choosePerson('Tokayev', null, candidates), null, 'no country: a surname alone joins nobody');
    assert.equal(fullerName('Tokayev', 'Kassym-Jomart Tokayev'), 'Kassym-Jomart Tokayev');
  });

  it('treats trade values within 1% as the same figure', () => {
    const usd = (value_usd: number) => ({ value_usd, amount: null, currency: null });
    assert.equal(chooseTrade(usd(1.405e9), [{ id: 't', ...usd(1.4e9) }])?.id, 't');
    assert.equal(chooseTrade(usd(1.5e9), [{ id: 't', ...usd(1.4e9) }]), null);
  });

  it('compares figures without a dollar value by their stated amount and currency', () => {
    const stated = (amount: number, currency: string) => ({ value_usd: null, amount, currency });
    assert.equal(chooseTrade(stated(500e9, 'RUB'), [{ id: 'r', ...stated(502e9, 'RUB') }])?.id, 'r', 'within 1%');
    assert.equal(chooseTrade(stated(500e9, 'RUB'), [{ id: 'k', ...stated(500e9, 'KZT') }]), null, 'another currency');
    assert.equal(chooseTrade(stated(500e9, 'RUB'), [{ id: 'r', ...stated(600e9, 'RUB') }]), null, 'another amount');
    assert.equal(chooseTrade({ value_usd: 5.4e9, amount: 500e9, currency: 'RUB' }, [{ id: 'r', ...stated(500e9, 'RUB') }])?.id, 'r', 'one priced, one not: amounts decide');
  });

  it('joins events whose participants overlap, never year-less dates or planned with held', () => {
    const held = { id: 'e', planned: false, participants: [{ name: 'Emomali Rahmon' }] };
    assert.equal(chooseEvent({ date: '2023-05-04', planned: false, participants: [{ name: 'Rahmon', country: 'TJK' }] }, [held])?.id, 'e');
    assert.equal(chooseEvent({ date: '2023-05-04', planned: true, participants: [] }, [held]), null);
    assert.equal(chooseEvent({ date: '--05-04', planned: false, participants: [] }, [held]), null);
    assert.equal(chooseEvent({ date: '2023-05-04', planned: false, participants: [{ name: 'Ilham Aliyev', country: 'AZE' }] }, [held]), null);
  });

  it('estimates near-duplicate similarity with MinHash', () => {
    const story = [
      'President Tokayev held talks with President Rahmon in Astana on trade, transport, energy and water.',
      'The leaders agreed to open a new border crossing and to double the number of flights between the capitals.',
      'They also discussed the next meeting of the intergovernmental commission, planned for the autumn in Dushanbe.',
    ].join(' ');
    assert.ok((nearDuplicate(minhash(story), minhash(`Republished by Daily News. ${story} All rights reserved.`)) ?? 0) >= 0.9);
    assert.equal(nearDuplicate(minhash(story), minhash('The ministry reported new textile projects and a different agenda for the coming year in Dushanbe.')), null);
    assert.equal(nearDuplicate(minhash(story), minhash(story.slice(0, 100))), null, 'an excerpt of a longer text is not a republication');
  });
});
