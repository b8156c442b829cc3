// The thirty-third round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const agreements = (text: string, published: string | null = null) =>
  facts(text, published).agreements.map((a) => [a.kind, a.title, a.status, a.date, a.parties]);

const LEAD = 'President Mahama received President Faure Gnassingbé of Togo in Accra on Monday.';

describe('agreements: a partnership that is signed is a document', () => {
  it('reads "signing a Comprehensive Strategic Partnership" as one, dated by the encounter', () => {
    assert.deepEqual(agreements(`${LEAD} The two presidents signed a Comprehensive Strategic Partnership and opened a trade dialogue.`, '2025-03-12'), [
      ['other', 'Comprehensive Strategic Partnership', 'signed', '2025-03-10', ['GHA', 'TGO']],
    ]);
  });

  it('reads "the signing of the first … partnership" as one, its name in small letters', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} The leaders then witnessed the signing of the first Ghana-Togo security and defence partnership, which formalises joint patrols.`,
        '2025-03-12',
      ).map((a) => [a[1], a[2]]),
      [['Ghana-Togo security and defence partnership', 'signed']],
    );
  });

  it('leaves a partnership that names a relationship alone', () => {
    assert.deepEqual(agreements(`${LEAD} The two countries raised their ties to a Comprehensive Strategic Partnership.`, '2025-03-12'), []);
    assert.deepEqual(agreements(`${LEAD} Both sides praised the strategic partnership signed into being by their predecessors.`, '2025-03-12'), []);
  });

  it('leaves the word inside a longer title to the title’s own kind', () => {
    assert.deepEqual(
      agreements(`${LEAD} They urged the prompt signing of the Ghana-Togo Enhanced Partnership and Cooperation Agreement.`, '2025-03-12').map((a) => a[1]),
      ['Ghana-Togo Enhanced Partnership and Cooperation Agreement'],
    );
    assert.deepEqual(
      agreements(`${LEAD} In 2019 the two presidents signed the Partnership for Shared Growth Agreement.`, '2025-03-12').map((a) => a[1]),
      ['Partnership for Shared Growth Agreement'],
    );
  });

  it('keeps "agreement on strategic partnership" one agreement on that subject', () => {
    assert.deepEqual(
      agreements(`${LEAD} They signed an agreement on strategic partnership.`, '2025-03-12').map((a) => a[1]),
      ['agreement on strategic partnership'],
    );
  });
});

describe('agreements: a counted purpose with as many objects as documents', () => {
  it('reads "two agreements to strengthen A and B" as one document on each', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} Ghana and Togo signed two agreements to strengthen trade promotion and the exchange of experience in customs matters.`,
        '2025-03-12',
      ).map((a) => [a[1], a[2], a[3]]),
      [
        ['agreement on trade promotion', 'signed', '2025-03-10'],
        ['agreement on exchange of experience in customs matters', 'signed', '2025-03-10'],
      ],
    );
  });

  it('reads three objects of three memoranda', () => {
    assert.deepEqual(
      agreements(`${LEAD} The ministers signed three memoranda to promote tourism, mining and vocational education.`, '2025-03-12').map((a) => a[1]),
      ['memorandum on tourism', 'memorandum on mining', 'memorandum on vocational education'],
    );
  });

  it('leaves a bundle’s purpose alone when the objects are not as many as the documents, or name no field', () => {
    for (const sentence of [
      'They signed 13 agreements to strengthen cooperation.',
      'They signed three agreements to boost trade and tourism.',
      'They signed two agreements to strengthen ties and cooperation.',
      'They signed two agreements to make it easier for exporters and investors.',
      'Ghana and Togo signed agreements to boost trade and tourism.',
    ])
      assert.deepEqual(agreements(`${LEAD} ${sentence}`, '2025-03-12'), [], sentence);
  });
});

describe('agreements: a plural’s purpose that says its cooperation in a verb', () => {
  it('reads "agreements to collaborate in A, B, and C" as one on each', () => {
    assert.deepEqual(
      agreements(`${LEAD} The delegations concluded more than a dozen agreements to collaborate in fisheries, aviation, and mining.`, '2025-03-12').map((a) => [
        a[1],
        a[2],
      ]),
      [
        ['agreement on fisheries', 'signed'],
        ['agreement on aviation', 'signed'],
        ['agreement on mining', 'signed'],
      ],
    );
    assert.deepEqual(
      agreements(`${LEAD} The ministers signed several memoranda to cooperate in agriculture, health and energy.`, '2025-03-12').map((a) => a[1]),
      ['memorandum on agriculture', 'memorandum on health', 'memorandum on energy'],
    );
  });

  it('leaves one field after the verb alone, as it leaves one field after "to promote cooperation in"', () => {
    assert.deepEqual(agreements(`${LEAD} They signed agreements to cooperate on the fight against terrorism.`, '2025-03-12'), []);
    assert.deepEqual(agreements(`${LEAD} They signed agreements to promote cooperation in the fight against terrorism.`, '2025-03-12'), []);
  });
});

const events = (text: string, published: string | null = null) => facts(text, published).events.map((e) => [e.type, e.date, e.planned, e.countries]);

describe('events: a meeting held over a video link is a call', () => {
  it('reads "had a virtual meeting with" as a phone call', () => {
    assert.deepEqual(events('Malaysian Prime Minister Anwar Ibrahim said he had a virtual meeting with Turkish President Erdogan on Sunday.', '2025-09-12'), [
      ['phone_call', '2025-09-07', false, ['MYS', 'TUR']],
    ]);
    assert.deepEqual(
      events('The foreign ministers of Chile and Japan held virtual talks on Tuesday on the trade agreement.', '2025-09-12').map((e) => e[0]),
      ['phone_call'],
    );
  });

  it('keeps a meeting in person a meeting', () => {
    assert.deepEqual(
      events('Malaysian Prime Minister Anwar Ibrahim met Turkish President Erdogan in Ankara on Sunday.', '2025-09-12').map((e) => e[0]),
      ['meeting'],
    );
  });
});
