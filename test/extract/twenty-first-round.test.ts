// The twenty-first round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const agreements = (text: string, published: string | null = null): string[] =>
  facts(text, published)
    .agreements.map((a) => `${a.title} | ${a.parties.join('+')} | ${a.status} | ${a.date}`)
    .sort();
const events = (text: string, published: string | null = null): string[] =>
  facts(text, published)
    .events.map((e) => `${e.type} ${e.countries.join('+')} ${e.date}`)
    .sort();

describe('document fields: the year a text speaks from', () => {
  it('reads a dateline of slashes with a numeric day and the agency', () => {
    const f = facts(
      'Two ministers meet in Yerevan\n\nYerevan/14.03.23/Arka: The foreign ministers of Armenia and Georgia met in Yerevan on March 14 and signed a memorandum on consular cooperation.',
    );
    assert.equal(f.document.published, '2023-03-14');
    assert.equal(f.document.publisher, 'Arka');
    assert.equal(f.events[0]?.date, '2023-03-14');
    // A day the calendar lacks is no date.
    const impossible = facts('Talks in Yerevan\n\nYerevan/31.02.23/Arka: The foreign ministers of Armenia and Georgia met in Yerevan.');
    assert.equal(impossible.document.published, null);
  });

  it('takes the year of a day the text writes again with its year', () => {
    const text =
      'Hanoi and Delhi adopt a joint statement\n\nViet Nam and India on October 3 adopted a joint statement during the visit of the Indian Prime Minister.\n\n' +
      'The two sides reviewed trade, investment and defence ties. They agreed to open new air routes. They welcomed growing tourism.\n\n' +
      'The statement, dated October 3, 2019, runs to twelve pages.';
    const f = facts(text);
    assert.equal(f.document.reference_year?.year, 2019);
    assert.ok(
      agreements(text).some((a) => a.startsWith('joint statement') && a.endsWith('2019-10-03')),
      JSON.stringify(agreements(text)),
    );
  });

  it('does not take the year of the same day in an anniversary’s base', () => {
    const text =
      'Leaders mark the day\n\nThe two presidents met on October 3 in Hanoi.\n\nThe 50th anniversary of relations established on October 3, 1973 was celebrated.';
    const f = facts(text);
    assert.notEqual(f.document.reference_year?.reason.startsWith('restated day'), true, JSON.stringify(f.document.reference_year));
  });
});

describe('agreements: lists announced or reached, asides in brackets', () => {
  it('reads a counted list of documents "planned to be signed" or "expected to be signed" as planned documents', () => {
    const found = agreements(
      'Ghana and Turkey held talks in Accra. Two agreements are also expected to be signed in the fields of mining and tourism.',
      '2024-05-02',
    );
    assert.deepEqual(
      found.map((a) => a.split(' | ').slice(0, 3).join(' | ')),
      ['agreement on mining | GHA+TUR | planned', 'agreement on tourism | GHA+TUR | planned'],
    );
    const planned = agreements('Ghana and Turkey held talks in Accra. Three memoranda are planned to be signed on health, water and roads.', '2024-05-02');
    assert.equal(planned.filter((a) => a.includes('| planned |')).length, 3, JSON.stringify(planned));
  });

  it('reads documents "reached" on a list of areas as concluded, past descriptions in brackets', () => {
    const found = agreements(
      'Peru and Chile held a binational cabinet in Lima on Monday. Five agreements were also reached on fisheries (a plan for joint monitoring of stocks and data sharing), ' +
        'border crossings (with the aim of cutting waiting times), tourism, customs and water resources.',
      '2024-11-12',
    );
    assert.deepEqual(
      found.map((a) => a.split(' | ')[0]),
      ['agreement on border crossings', 'agreement on customs', 'agreement on fisheries', 'agreement on tourism', 'agreement on water resources'],
    );
    assert.ok(
      found.every((a) => a.includes('| signed |')),
      JSON.stringify(found),
    );
  });

  it('reads the items on either side of an aside, and no aside as an item', () => {
    const found = agreements(
      'Peru and Chile signed agreements on trade, fisheries (covering the Humboldt current) and tourism on Monday in Lima.',
      '2024-11-12',
    );
    assert.deepEqual(
      found.map((a) => a.split(' | ')[0]),
      ['agreement on fisheries', 'agreement on tourism', 'agreement on trade'],
    );
  });

  it('reads no subject from "in the coming weeks" after a document to be signed', () => {
    const found = agreements(
      'Oman and India have concluded negotiations for a comprehensive economic partnership agreement, and the deal is set to be inked in the coming weeks.',
      '2025-06-01',
    );
    assert.ok(!found.some((a) => /coming weeks/.test(a)), JSON.stringify(found));
    // Negotiations concluded: the document is still to be signed.
    assert.ok(
      found.some((a) => a.startsWith('comprehensive economic partnership agreement') && a.includes('| planned |')),
      JSON.stringify(found),
    );
  });

  it('keeps a document concluded as signed', () => {
    const found = agreements('Oman and India concluded an agreement on maritime transport in Muscat on Monday.', '2025-06-03');
    assert.ok(
      found.some((a) => a.startsWith('agreement on maritime transport') && a.includes('| signed |')),
      JSON.stringify(found),
    );
  });
});

describe('events: the stops of a tour the text names by their place', () => {
  const tour =
    'LUSAKA, (Agency) – President Ebrahim Raisi of Iran has completed a three-nation tour of Africa.\n\n' +
    'Raisi held talks with President Hakainde Hichilema in Lusaka on Wednesday.\n\n' +
    'The two leaders oversaw the signing of memoranda in the fields of mining, health and energy.\n\n' +
    'Before arriving in Lusaka, Raisi was first in Tanzania, where he met President Samia Suluhu Hassan.\n\n' +
    'They signed new memoranda in the areas of agriculture, fisheries and tourism.\n\n' +
    'In Malawi, Raisi met President Lazarus Chakwera.';

  it('gives each earlier stop a visit of its own, of the journey’s year', () => {
    const found = events(tour, '2023-07-13');
    assert.ok(found.includes('visit IRN+TZA 2023'), JSON.stringify(found));
    assert.ok(found.includes('visit IRN+MWI 2023'), JSON.stringify(found));
    assert.ok(
      found.some((e) => e.startsWith('visit IRN+ZMB 2023-07-12') || e.startsWith('meeting IRN+ZMB 2023-07-12')),
      JSON.stringify(found),
    );
  });

  it('gives documents "they signed" at a stop that stop’s two states, apart from alike titles of the main stop', () => {
    const found = agreements(tour, '2023-07-13');
    assert.ok(
      found.some((a) => a.startsWith('memorandum on agriculture | IRN+TZA')),
      JSON.stringify(found),
    );
    assert.ok(
      found.some((a) => a.startsWith('memorandum on mining | IRN+ZMB')),
      JSON.stringify(found),
    );
    assert.ok(!found.some((a) => a.startsWith('memorandum on agriculture | IRN+ZMB')), JSON.stringify(found));
  });

  it('does not make a meeting held where the main encounter is a second stop', () => {
    const found = events(
      'LUSAKA, (Agency) – President Ebrahim Raisi of Iran held talks with President Hakainde Hichilema in Lusaka on Wednesday.\n\nIn Lusaka, Raisi also met business leaders.',
      '2023-07-13',
    );
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});

describe('people: the other side of an encounter, places named after a state', () => {
  const people = (text: string, published: string | null = null): string[] =>
    facts(text, published)
      .people.map((p) => `${p.name} ${p.country}`)
      .sort();

  it('gives a minister who "held a telephone conversation with" a titled counterpart the other state of the pair', () => {
    const found = people(
      'India and France discuss defence\n\nNew Delhi: Defence Minister Arjun Mehra on Tuesday held a telephone conversation with French Defence Minister Claire Dubois and reviewed bilateral defence cooperation between India and France.',
      '2024-03-06',
    );
    assert.ok(found.includes('Arjun Mehra IND'), JSON.stringify(found));
    assert.ok(found.includes('Claire Dubois FRA'), JSON.stringify(found));
  });

  it('gives two officials who "exchanged views" the two sides of the pair', () => {
    const found = people(
      'India and France hold talks\n\nIndia and France held foreign office consultations on Tuesday. Foreign Secretary Ravi Kapoor and the French Secretary-General Luc Martin exchanged views on regional issues.',
      '2024-03-06',
    );
    assert.ok(found.includes('Ravi Kapoor IND'), JSON.stringify(found));
  });

  it('reads no person’s state from the name of a place the person visits', () => {
    const found = people(
      'India and South Korea sign two memoranda\n\nIndia and South Korea signed two memoranda on defence during Defence Minister Arjun Mehra’s visit to the East Asian nation.\n\n' +
        'Earlier, Mehra laid a wreath at the National Cemetery of Korea.',
      '2024-03-06',
    );
    assert.ok(!found.includes('Arjun Mehra KOR'), JSON.stringify(found));
  });
});

describe('calls, pledges and shares of trade', () => {
  it('dates a call "earlier in the day" by the day the sentence names, with or without its year', () => {
    const text =
      'In a statement released on Tuesday, March 4, President Samia Suluhu Hassan said she held a telephone conversation with Japanese Prime Minister Shigeru Ishiba earlier in the day.';
    assert.deepEqual(events(text), ['phone_call JPN+TZA --03-04']);
    assert.deepEqual(events(text, '2025-03-05'), ['phone_call JPN+TZA 2025-03-04']);
  });

  it('reads a facility pledged ("pledging a 30 million euros facility") as a target of investment', () => {
    const found = facts(
      'Italy and Ghana held talks in Accra on Monday. Rome is pledging a 30 million euros facility to expand Ghana’s solar generation capacity.',
      '2024-05-07',
    ).trade;
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.measure, 'investment');
    assert.equal(found[0]!.kind, 'target');
    assert.equal(found[0]!.amount, 30_000_000);
    assert.equal(found[0]!.currency, 'EUR');
  });

  it('reads "with A exporting $X and importing $Y" as the two directions of the turnover', () => {
    const found = facts(
      'Portugal and Brazil held talks in Lisbon on Monday. Trade between the two countries reached $6.1 billion in 2023, with Brazil exporting $4.2 billion and importing $1.9 billion.',
      '2024-05-07',
    ).trade.map((t) => `${t.measure} ${t.from ?? '-'}>${t.to ?? '-'} ${t.value_usd}`);
    assert.deepEqual(found.sort(), ['exports BRA>PRT 4200000000', 'imports PRT>BRA 1900000000', 'turnover ->- 6100000000']);
  });

  it('does not give a document whose implementation the sides discussed the day of the call', () => {
    const found = agreements(
      'President Ruto held a telephone conversation with Chancellor Scholz of Germany on Tuesday, March 4, 2025. They discussed the implementation of the migration agreement that the two countries signed.',
    );
    assert.ok(
      found.some((a) => a.startsWith('migration agreement') && a.endsWith('| null')),
      JSON.stringify(found),
    );
  });

  it('reads a page widget’s label above the lead as no title', () => {
    const f = facts('Editor’s Review\n\nPresident William Ruto held talks with President Yoweri Museveni of Uganda in Nairobi on Monday.', '2024-05-07');
    assert.equal(f.document.title, null);
  });
});

describe('dates of a visit under way, names that open with a city', () => {
  it('dates a visit "since last Wednesday (April 12)" by the bracketed day', () => {
    const found = events('President Gustavo Petro of Colombia, who has been visiting China since last Wednesday (October 23, 2023), met Premier Li Qiang.');
    assert.ok(
      found.some((e) => e.startsWith('visit CHN+COL 2023-10-23')),
      JSON.stringify(found),
    );
    // "since" before an older date still dates nothing of the encounter.
    const older = events('President Gustavo Petro of Colombia met Premier Li Qiang of China on Monday, October 23, 2023, their first talks since June 2021.');
    assert.ok(
      older.some((e) => e.endsWith('2023-10-23')),
      JSON.stringify(older),
    );
  });

  it('reads a leader’s name that opens with a city’s name in a list after a plural title', () => {
    const found = facts(
      'The memorandum was signed during a video conference attended by Foreign Ministers Alberto van Klaveren of Chile and Santiago Cafiero of Argentina.',
    ).people.map((p) => `${p.name} ${p.country}`);
    assert.ok(found.includes('Santiago Cafiero ARG'), JSON.stringify(found));
  });
});

describe('a tour still to come', () => {
  const tour =
    'President Lula of Brazil will leave on Sunday for a five-day trip to three African countries. Lula is scheduled to visit Angola, Nigeria and Ghana.\n\n' +
    'During his visit to Nigeria, Lula will meet President Bola Tinubu and attend a business forum. ' +
    'The talks will also address the fight against piracy in the Gulf of Guinea, which was declared a regional priority in 2019. ' +
    'Two agreements are also planned to be signed in the sectors of fertilisers and aviation.';

  it('dates no stop by a past year in a relative clause about something else', () => {
    const found = events(tour);
    assert.ok(!found.some((e) => e.endsWith(' 2019')), JSON.stringify(found));
    // A clause that describes the encounter itself still dates it.
    assert.deepEqual(events('The visit of President Ruto to Uganda, which was held on 5 May 2024, was a success.'), ['visit KEN+UGA 2024-05-05']);
  });

  it('gives documents to be signed, in the paragraph of one stop, that stop’s two states', () => {
    const found = agreements(tour);
    assert.ok(
      found.some((a) => a.startsWith('agreement on fertilisers | BRA+NGA | planned')),
      JSON.stringify(found),
    );
    assert.ok(
      found.some((a) => a.startsWith('agreement on aviation | BRA+NGA | planned')),
      JSON.stringify(found),
    );
  });
});

describe('departures, forecasts and what an encounter comes before', () => {
  it('dates a visit the lead leaves undated by the day the visitor "was seen off"', () => {
    const found = events(
      'HARARE, (Agency) – President Ebrahim Raisi of Iran has completed his tour of Africa.\n\nRaisi was seen off at the airport in Harare by President Emmerson Mnangagwa late on Thursday.',
      '2023-07-14',
    );
    assert.ok(found.includes('visit IRN+ZWE 2023-07-13'), JSON.stringify(found));
  });

  it('reads "a forecast of more than $1 billion in 2025" as a target', () => {
    const found = facts(
      'Turkey and Nigeria held talks in Abuja on Monday. Nigeria is a major trading partner, with a trade volume of $754 million in 2020 and a forecast of more than $1 billion in 2025.',
      '2021-10-19',
    ).trade.map((t) => `${t.kind} ${t.value_usd} ${t.year}`);
    assert.deepEqual(found.sort(), ['actual 754000000 2020', 'target 1000000000 2025']);
  });

  it('types a call by the sentence’s own encounter, not by the visit it comes before', () => {
    assert.deepEqual(events('President Ruto spoke on Tuesday with President Museveni of Uganda ahead of his visit this week to Europe.', '2024-05-08'), [
      'phone_call KEN+UGA 2024-05-07',
    ]);
    // A visit named alone after "ahead of" is still read as it was.
    const alone = events('Foreign Minister Mudavadi of Kenya arrived in Kampala on Tuesday ahead of the visit of President Ruto.', '2024-05-08');
    assert.ok(
      alone.some((e) => e.startsWith('visit KEN+UGA')),
      JSON.stringify(alone),
    );
  });
});
