// The thirty-second round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const people = (text: string, published: string | null = null) => facts(text, published).people.map((p) => [p.name, p.role, p.country]);

describe('people: a family name that is also a place, after two given names', () => {
  it('keeps the place word of a known leader’s full name', () => {
    assert.deepEqual(
      people('On a tour of the Andes, the Finnish minister also spoke with Foreign Minister María Ángela Holguín about trade.', '2016-05-02').find((p) =>
        p[0]!.startsWith('María'),
      ),
      ['María Ángela Holguín', 'Foreign Minister', 'COL'],
    );
  });

  it('keeps it after a title when the name ends there, the way a list goes on', () => {
    assert.deepEqual(
      people('The talks were joined by Trade Minister Ana Lucía Holguín and Finance Minister Pedro Vargas.').map((p) => p[0]),
      ['Ana Lucía Holguín', 'Pedro Vargas'],
    );
  });

  it('does not take a place after a preposition into the name', () => {
    assert.deepEqual(
      people('Trade Minister Ana Lucía arrived in Holguín on Monday.').map((p) => p[0]),
      ['Ana Lucía'],
    );
  });
});

const events = (text: string, published: string | null = null) => facts(text, published).events.map((e) => [e.type, e.date, e.planned]);
const agreements = (text: string, published: string | null = null) => facts(text, published).agreements.map((a) => [a.title, a.status, a.date]);

describe('dates: a weekday with its day of the month in brackets', () => {
  const lead = 'President Lula received, this Thursday (14), the Chilean President, Gabriel Boric, at the Alvorada Palace in Brasília.';
  it('takes the day of that number and weekday nearest the day of writing', () => {
    assert.deepEqual(events(lead, '2024-03-15'), [['meeting', '2024-03-14', false]]);
  });

  it('finds the only month of the year of writing whose day fits the weekday, when no day of writing is given', () => {
    // (2025: of the twelve 14ths only 14 August is a Thursday; 2024 has two, March and November.)
    assert.deepEqual(
      events(lead.replace('this Thursday (14)', 'this Thursday (14th)'), '2025').map((e) => e[1]),
      ['2025-08-14'],
    );
    // (Two fit: the year of writing only.)
    assert.deepEqual(
      events(lead, '2024').map((e) => e[1]),
      ['2024'],
    );
    assert.deepEqual(
      events(lead).map((e) => e[1]),
      [null],
    );
  });

  it('reads the weekday as a bare one when the bracketed number does not fit it near the day of writing', () => {
    assert.deepEqual(
      events(lead, '2024-05-02').map((e) => e[1]),
      ['2024-05-02'],
    );
  });

  it('still reads a bare weekday from the day of writing', () => {
    assert.deepEqual(
      events(lead.replace(' (14)', ''), '2024-03-15').map((e) => e[1]),
      ['2024-03-14'],
    );
  });
});

describe('agreements: a day after "on that occasion"', () => {
  const visit = 'The Brazilian president made an official visit to Argentina in January.';
  it('dates the document by the day the sentence gives after the occasion', () => {
    assert.deepEqual(agreements(`${visit} On that occasion, on January 23, a joint declaration on energy integration was signed.`, '2023-06-27'), [
      ['joint declaration on energy integration', 'signed', '2023-01-23'],
    ]);
  });

  it('completes the day with the year the sentence before opened with', () => {
    assert.deepEqual(
      agreements(
        'In 2019, Presidents Ana Reyes and Luis Mora met in Quito. On that occasion, on March 22, they signed a memorandum on fisheries.',
        '2024-06-01',
      ).map((a) => a[2]),
      ['2019-03-22'],
    );
    // (No occasion named: the day is the year of writing's, as before.)
    assert.deepEqual(
      agreements('In 2019, Presidents Ana Reyes and Luis Mora met in Quito. On March 22, they signed a memorandum on fisheries.', '2024-06-01').map(
        (a) => a[2],
      ),
      ['2024-03-22'],
    );
  });

  it('takes no date from an entry into force still to come', () => {
    assert.deepEqual(
      agreements(
        'Presidents Ana Reyes and Luis Mora met in Quito on 17 April 2024. On that occasion, a memorandum on fisheries was signed, which will enter into force on 1 August.',
        '2024-04-20',
      ),
      [['memorandum on fisheries', 'signed', '2024-04-17']],
    );
    // (… nor one past: a document in force is dated by its signing, which the sentence does not give.)
    assert.deepEqual(agreements('The memorandum on fisheries, which entered into force on 1 August, was discussed.', '2024-09-20'), [
      ['memorandum on fisheries', 'in_force', null],
    ]);
  });

  it('keeps the occasion’s month when the sentence gives no day', () => {
    assert.deepEqual(agreements(`${visit} On that occasion, a joint declaration on energy integration was signed.`, '2023-06-27'), [
      ['joint declaration on energy integration', 'signed', '2023-01'],
    ]);
  });
});

describe('events: "this Monday’s state visit" names the visit reported', () => {
  it('makes the meeting of that day a visit', () => {
    assert.deepEqual(
      events(
        'President Lula received, this Monday (26), the President of Argentina, Alberto Fernández, at the Planalto Palace. This Monday’s state visit takes place at Lula’s invitation.',
        '2023-06-27',
      ),
      [['visit', '2023-06-26', false]],
    );
  });

  it('leaves a meeting a meeting when the text names no visit', () => {
    assert.deepEqual(
      events('President Lula received, this Monday (26), the President of Argentina, Alberto Fernández, at the Planalto Palace.', '2023-06-27'),
      [['meeting', '2023-06-26', false]],
    );
  });
});

describe('people: stations and ceremonies are no persons', () => {
  it('reads a station named after a king as a place', () => {
    assert.deepEqual(people('The minister toured the King Sejong Station, a research base in Antarctica, on 5 February 2019.'), []);
  });

  it('reads an island named after a king as a place', () => {
    assert.deepEqual(
      people('Fisheries Minister Kang Do-hyung visited a research base on King George Island on 5 February 2019.').map((p) => p[0]),
      ['Kang Do-hyung'],
    );
  });

  it('reads a ceremony in Title Case as no person', () => {
    assert.deepEqual(
      people('During a State Investiture Ceremony, President Arif Alvi conferred the award on the visiting leader.', '2021-03-02').map((p) => p[0]),
      ['Arif Alvi'],
    );
  });

  it('still reads the king himself', () => {
    assert.deepEqual(
      people('King Salman received the envoy at the station on Monday.').map((p) => [p[0], p[1]]),
      [['Salman', 'King']],
    );
  });
});

describe('trade: a state’s total exports beside its trade with a partner', () => {
  const trade = (text: string, published: string | null = null) => facts(text, published).trade.map((t) => [t.measure, t.value_usd, t.year, t.from, t.to]);
  it('drops the total, keeps the bilateral figure', () => {
    assert.deepEqual(trade('Chile’s total exports exceed $90 billion a year, while its trade with Ecuador stood at $2.3 billion in 2022, the minister said.'), [
      ['turnover', 2300000000, 2022, null, null],
    ]);
  });

  it('keeps exports to the partner when the total is named in another clause', () => {
    assert.deepEqual(
      trade(
        'Chile sold $400 million of goods to Ecuador, a small share of Chile’s overall exports, and hopes its exports to Ecuador will reach $1 billion.',
      ).map((t) => [t[0], t[1]]),
      [
        ['exports', 400000000],
        ['exports', 1000000000],
      ],
    );
  });
});

describe('agreements: a count told again, with a list after "on specific matters:"', () => {
  const signed = 'After the talks the minister said: “These are the four agreements we have just signed.”';
  it('gives the documents counted again the status the count had one sentence before', () => {
    assert.deepEqual(
      agreements(`${signed} The minister listed four cooperation agreements on specific matters: fisheries, water, tourism, and digital trade.`),
      [
        ['cooperation agreement on fisheries', 'signed', null],
        ['cooperation agreement on water', 'signed', null],
        ['cooperation agreement on tourism', 'signed', null],
        ['cooperation agreement on digital trade', 'signed', null],
      ],
    );
  });

  it('reads "on the following issues:" as the head of the list', () => {
    assert.deepEqual(
      agreements('The ministers signed three memoranda on the following issues: fisheries, water and tourism.').map((a) => a[0]),
      ['memorandum on fisheries', 'memorandum on water', 'memorandum on tourism'],
    );
  });

  it('takes no status from a different count', () => {
    assert.deepEqual(agreements(`${signed} The minister listed three cooperation agreements on specific matters: fisheries, water and tourism.`), []);
  });

  it('ends the list at "in addition to" a document with a quoted word', () => {
    assert.deepEqual(
      agreements(
        'The ministers signed three memoranda on the following issues: fisheries, water and tourism, in addition to an “ambitious” agreement on ports.',
      ).map((a) => a[0]),
      ['memorandum on fisheries', 'memorandum on water', 'memorandum on tourism', 'agreement on ports'],
    );
  });
});

describe('agreements: a signing reported after "It is expected that"', () => {
  it('reads the clause after a word of expectation as the signing, not as a relative clause', () => {
    assert.deepEqual(agreements('It is expected that Peru and India will sign a memorandum of understanding on mining.'), [
      ['memorandum of understanding on mining', 'planned', null],
    ]);
    assert.deepEqual(agreements('It was reported that Peru and India signed a memorandum of understanding on mining.'), [
      ['memorandum of understanding on mining', 'signed', null],
    ]);
  });

  it('still reads a relative clause as speaking of its own noun', () => {
    assert.deepEqual(agreements('India is a partner that Peru signed several deals with, and a memorandum of understanding on mining is under study.'), []);
  });
});

describe('review: counts with a verb of their own, totals told otherwise, a place surname before a verb', () => {
  it('takes no earlier status for a count that has a verb of its own', () => {
    assert.deepEqual(
      agreements(
        'Last year Egypt and Jordan signed three agreements in Amman. This year the two governments plan three agreements on specific matters: water, electricity and health.',
        '2024-10-02',
      ),
      [],
    );
  });

  const trade = (text: string, published: string | null = null) => facts(text, published).trade.map((t) => [t.measure, t.value_usd, t.from, t.to]);
  it('reads "total imports amount to", "foreign trade turnover" and "exports worldwide" as a state’s totals', () => {
    assert.deepEqual(
      trade('Peru’s total imports amount to some 50 billion dollars a year, whereas its exports to Korea reached 2.5 billion dollars in 2021.', '2022-08-01'),
      [['exports', 2500000000, 'PER', 'KOR']],
    );
    assert.deepEqual(
      trade('Uzbekistan’s foreign trade turnover exceeded $60 billion in 2023, and its trade with Hungary grew, the president said.', '2024-03-10'),
      [],
    );
    assert.deepEqual(trade('Georgia’s total exports to Armenia reached $700 million in 2022, while its exports worldwide exceeded $5 billion.', '2023-04-12'), [
      ['exports', 700000000, 'GEO', 'ARM'],
    ]);
  });

  it('keeps a family name that is also a city before a verb whose subject is a person', () => {
    assert.deepEqual(
      people('Ambassador María José Salta attended the talks in Brasília on Tuesday.', '2023-10-18').map((p) => p[0]),
      ['María José Salta'],
    );
    assert.deepEqual(
      people('Ambassador María José arrived in Salta on Tuesday.', '2023-10-18').map((p) => p[0]),
      ['María José'],
    );
  });
});

describe('dates: "last month\'s" in the middle of a sentence', () => {
  it('counts months from the day of writing, not thirty-one months', () => {
    assert.deepEqual(
      events('The Chinese Foreign Ministry on Monday welcomed last month’s state visit of President Lula to Beijing.', '2023-05-03').map((e) => e[1]),
      ['2023-04'],
    );
    assert.deepEqual(events('President Lula will visit Beijing next month.', '2023-05-03'), [['visit', '2023-06', true]]);
  });
});
