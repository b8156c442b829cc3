import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combinedDate, signingDatesAgree } from '../../src/merge/date-spans.js';
import {
  chooseAgreement,
  chooseEvent,
  combinedAgreement,
  choosePerson,
  chooseTrade,
  combinedPlace,
  fullerName,
  rolesAgree,
  type EventCandidate,
} from '../../src/merge/merge-rules.js';
import { nameKey, namesCompatible } from '../../src/names/names.js';
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
    assert.equal(
      chooseTrade({ value_usd: 5.4e9, amount: 500e9, currency: 'RUB' }, [{ id: 'r', ...stated(500e9, 'RUB') }])?.id,
      'r',
      'one priced, one not: amounts decide',
    );
  });

  describe('one encounter from several reports', () => {
    const stored = (id: string, date: string | null, more: Partial<EventCandidate> = {}): EventCandidate => ({
      id,
      type: 'meeting',
      planned: false,
      date,
      end_date: null,
      date_basis: 'stated',
      participants: [{ name: 'Emomali Rahmon' }],
      ...more,
    });
    const report = (date: string | null, more: Partial<Parameters<typeof chooseEvent>[0]> = {}): Parameters<typeof chooseEvent>[0] => ({
      type: 'meeting',
      planned: false,
      date,
      end_date: null,
      date_basis: 'stated',
      participants: [{ name: 'Rahmon', country: 'TJK' }],
      ...more,
    });

    it('joins the same day when participants overlap or one report names none; never planned with held, a call with a meeting, or a year-less date', () => {
      const held = stored('e', '2023-05-04');
      assert.equal(chooseEvent(report('2023-05-04'), [held])?.id, 'e');
      assert.equal(chooseEvent(report('2023-05-04', { participants: [] }), [held])?.id, 'e');
      assert.equal(chooseEvent(report('2023-05-04', { planned: true }), [held]), null);
      assert.equal(chooseEvent(report('2023-05-04', { type: 'phone_call' }), [held]), null);
      assert.equal(chooseEvent(report('--05-04'), [held]), null);
      assert.equal(chooseEvent(report('2023-05-04', { participants: [{ name: 'Ilham Aliyev', country: 'AZE' }] }), [held]), null);
    });

    it('joins a day inside a stored visit, and a visit holding a stored day', () => {
      const visit = stored('v', '2024-10-09', { type: 'visit', end_date: '2024-10-11' });
      assert.equal(chooseEvent(report('2024-10-10'), [visit])?.id, 'v');
      assert.equal(chooseEvent(report('2024-10-12'), [visit]), null, 'the day after the visit');
      assert.equal(chooseEvent(report('2024-10-09', { type: 'visit', end_date: '2024-10-11' }), [stored('d', '2024-10-10')])?.id, 'd');
    });

    it('joins a month or a year to the one stored day of the pair that shares a participant, and nothing when two could be meant', () => {
      const may = stored('m', '2024-05-12');
      assert.equal(chooseEvent(report('2024-05'), [may])?.id, 'm');
      assert.equal(chooseEvent(report('2024'), [may])?.id, 'm');
      assert.equal(chooseEvent(report('2024-05', { participants: [] }), [may]), null, 'a month alone names no one to compare');
      assert.equal(chooseEvent(report('2024-05'), [may, stored('m2', '2024-05-28')]), null, 'two meetings in May: which one?');
      assert.equal(chooseEvent(report('2024-05-12'), [stored('y', '2024')])?.id, 'y', 'a stored year meets a reported day');
    });

    it('reads a publication day as an upper bound: the days just before it, never after', () => {
      const published = { date_basis: 'publication' as const };
      assert.equal(chooseEvent(report('2024-03-14', published), [stored('s', '2024-03-12')])?.id, 's');
      assert.equal(chooseEvent(report('2024-03-14', published), [stored('s', '2024-03-15')]), null, 'after publication');
      assert.equal(chooseEvent(report('2024-03-14', published), [stored('s', '2024-03-01')]), null, 'two weeks before');
      assert.equal(chooseEvent(report('2024-03-12'), [stored('p', '2024-03-14', published)])?.id, 'p', 'either way round');
    });

    it('keeps the most reliable date: a stated span over a stated day, a stated day over a publication day, a day over a month', () => {
      const stated = (date: string, end_date: string | null = null) => ({ date, end_date, date_basis: 'stated' as const });
      assert.deepEqual(combinedDate(stated('2024-10-10'), stated('2024-10-09', '2024-10-11')), stated('2024-10-09', '2024-10-11'));
      assert.deepEqual(combinedDate({ date: '2024-03-14', end_date: null, date_basis: 'publication' }, stated('2024-03-12')), stated('2024-03-12'));
      assert.deepEqual(combinedDate(stated('2024-03-12'), { date: '2024-03-14', end_date: null, date_basis: 'publication' }), stated('2024-03-12'));
      assert.deepEqual(combinedDate({ date: '2024-03', end_date: null, date_basis: 'stated' }, stated('2024-03-12')), stated('2024-03-12'));
    });

    it('keeps the most specific place, whichever report came first', () => {
      const city = { name: null, city: 'Dushanbe', country: 'TJK' };
      const venue = { name: 'Palace of Nations', city: 'Dushanbe', country: 'TJK' };
      assert.deepEqual(combinedPlace(city, venue), venue);
      assert.deepEqual(combinedPlace(venue, city), venue);
      assert.deepEqual(combinedPlace({ name: null, city: null, country: 'TJK' }, city), city);
      assert.deepEqual(
        combinedPlace({ name: 'Kremlin', city: 'Moscow', country: 'RUS' }, city),
        { name: 'Kremlin', city: 'Moscow', country: 'RUS' },
        'a contradiction keeps the more specific',
      );
      assert.deepEqual(combinedPlace(null, city), city);
    });
  });

  it('joins a person another report gave the wrong country only by full name and an agreeing role', () => {
    const rahmon = { ...person('p', 'Emomali Rahmon', 'TJK'), role: 'President' };
    assert.equal(choosePerson('Emomali Rahmon', 'UZB', [rahmon], 'President')?.id, 'p');
    assert.equal(choosePerson('Emomali Rahmon', 'UZB', [rahmon], 'Minister of Energy'), null, 'another office');
    assert.equal(choosePerson('Rahmon', 'UZB', [rahmon], 'President'), null, 'a surname alone');
    assert.equal(choosePerson('Emomali Rahmon', 'UZB', [rahmon]), null, 'no role to compare');
    assert.ok(rolesAgree('Foreign Minister', 'Minister of Foreign Affairs'));
    assert.ok(!rolesAgree('Foreign Minister', 'Minister of Energy'));
  });

  it('dates one signing a few days apart, or by its month, and keeps the more precise date and the furthest status', () => {
    assert.ok(signingDatesAgree('2025-10-14', '2025-10-16'));
    assert.ok(signingDatesAgree('2025-10', '2025-10-16'));
    assert.ok(!signingDatesAgree('2025-10-01', '2025-10-16'), 'two weeks apart: another signing');
    assert.ok(!signingDatesAgree('2025-09', '2025-10-01'));
    assert.deepEqual(combinedAgreement({ date: '2025-10', status: 'planned' }, { date: '2025-10-16', status: 'signed' }), {
      date: '2025-10-16',
      status: 'signed',
    });
    assert.deepEqual(combinedAgreement({ date: '2025-10-14', status: 'in_force' }, { date: '2025-10-16', status: 'signed' }), {
      date: '2025-10-14',
      status: 'in_force',
    });
  });

  it('matches agreement titles across word forms', () => {
    const stored = [{ id: 'a', title: 'Treaty on Allied Relations', date: null }];
    assert.equal(chooseAgreement({ title: 'Treaty on Ally Relations', date: null }, stored)?.id, 'a');
    assert.equal(chooseAgreement({ title: 'treaty on the allied relation', date: null }, stored)?.id, 'a');
    assert.equal(chooseAgreement({ title: 'Treaty on Good-Neighbourly Relations', date: null }, stored), null);
  });

  it('estimates near-duplicate similarity with MinHash', () => {
    const story = [
      'President Tokayev held talks with President Rahmon in Astana on trade, transport, energy and water.',
      'The leaders agreed to open a new border crossing and to double the number of flights between the capitals.',
      'They also discussed the next meeting of the intergovernmental commission, planned for the autumn in Dushanbe.',
    ].join(' ');
    assert.ok((nearDuplicate(minhash(story), minhash(`Republished by Daily News. ${story} All rights reserved.`)) ?? 0) >= 0.9);
    assert.equal(
      nearDuplicate(minhash(story), minhash('The ministry reported new textile projects and a different agenda for the coming year in Dushanbe.')),
      null,
    );
    assert.equal(nearDuplicate(minhash(story), minhash(story.slice(0, 100))), null, 'an excerpt of a longer text is not a republication');
  });
});
