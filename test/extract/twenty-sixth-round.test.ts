// The twenty-sixth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = null): string[] => facts(text, published).agreements.map((a) => a.title);

describe('agreements: actions listed before one shared object', () => {
  it('keeps "on preventing, detecting and suppressing X" one subject', () => {
    const text =
      'Kyrgyzstan and Belarus signed agreements on preventing, detecting and suppressing the laundering of criminal proceeds and on cooperation in veterinary control.';
    assert.deepEqual(titles(text), [
      'agreement on preventing, detecting and suppressing the laundering of criminal proceeds',
      'agreement on cooperation in veterinary control',
    ]);
  });

  it('still splits fields that end in -ing and take no object', () => {
    const text = 'Oman and Tanzania signed memoranda on mining, banking and shipping.';
    assert.deepEqual(titles(text), ['memorandum on mining', 'memorandum on banking', 'memorandum on shipping']);
  });
});

describe('agreements: a list of sectors closed by "among other sectors"', () => {
  it('names no document "among other sectors" and splits the last two fields', () => {
    const text = 'Seven memoranda were signed between Oman and Kenya. These include fisheries, mining, tourism and aviation, among other sectors.';
    assert.deepEqual(titles(text), ['memorandum on fisheries', 'memorandum on mining', 'memorandum on tourism', 'memorandum on aviation']);
  });

  it('keeps a pair that names one field whole', () => {
    const text = 'Seven memoranda were signed between Oman and Kenya. These include fisheries, mining, research and development.';
    assert.deepEqual(titles(text), ['memorandum on fisheries', 'memorandum on mining', 'memorandum on research and development']);
  });
});

describe('agreements: the parties after a list of subjects', () => {
  it('reads "between the Philippines and leading Japanese firms" as who signed, and a kind word as no subject of its own', () => {
    const text =
      'President Marcos witnessed the signing of letters of intent on investments and agreements between the Philippines and leading Japanese firms.';
    assert.deepEqual(titles(text), ['letter of intent on investments and agreements']);
  });

  it('still reads two items after "between" with the first no state as subjects', () => {
    const text = 'Thailand and Laos signed memoranda on trade between border provinces and tourism.';
    assert.equal(titles(text).length, 2, JSON.stringify(titles(text)));
  });
});

describe('trade: a count of new jobs after a sum', () => {
  it('reads no money in "almost 30 thousand new jobs" after a figure in euros', () => {
    const text = 'Japanese firms have invested nearly EUR 7.7 billion in Poland, creating almost 30 thousand new jobs.';
    assert.deepEqual(
      facts(text).trade.map((t) => t.amount),
      [7700000000],
    );
  });

  it('still reads a second sum in the same currency', () => {
    const text = 'Japanese firms have invested EUR 7.7 billion in Poland, and Polish firms 300 million in Japan.';
    assert.deepEqual(
      facts(text).trade.map((t) => t.amount),
      [7700000000, 300000000],
    );
  });
});

describe('people: a run of capitalised words that holds a body word', () => {
  it('takes no person from "Kenya Shipyard Limited signed"', () => {
    const text = 'On August 29, Goa Shipyard Limited and Kenya Shipyard Limited signed an MoU on ship design.';
    assert.deepEqual(
      facts(text).people.map((p) => p.name),
      [],
    );
  });

  it('still takes a person who signed', () => {
    const text = 'On August 29, Ahmed Ali Hassan signed an MoU on ship design with Kenya.';
    assert.deepEqual(
      facts(text).people.map((p) => p.name),
      ['Ahmed Ali Hassan'],
    );
  });
});

describe('trade: a year after a bracket the figure opened', () => {
  it('dates "USD 7.26 billion (EGP 139.4 billion at the time) in 2022" by 2022', () => {
    const text =
      'Trade between Egypt and India amounted to USD 6.06 billion (EGP 187.2 billion) in 2023, down from a record USD 7.26 billion (EGP 139.4 billion at the time) in 2022.';
    assert.deepEqual(
      facts(text).trade.map((t) => `${t.value_usd} ${t.year}`),
      ['6060000000 2023', '7260000000 2022'],
    );
  });
});

describe('agreements: a meeting convened to sign, told as past', () => {
  const text =
    'Last month, the Foreign Minister of Qatar Sheikh Mohammed Bin Abdulrahman Al Thani and the Minister of State of Saudi Arabia Musaed Bin Mohammed Al Aiban convened in Riyadh to sign a protocol on the establishment of a coordination council.';

  it('reads the protocol as signed in the month the sentence opens with, and the meeting as one', () => {
    const f = facts(text, '2021-09-05');
    assert.deepEqual(
      f.agreements.map((a) => `${a.status} ${a.date}`),
      ['signed 2021-08'],
    );
    assert.deepEqual(
      f.events.map((e) => `${e.type} ${e.date} ${e.countries.join('+')}`),
      ['meeting 2021-08 QAT+SAU'],
    );
  });

  it('still reads a meeting set to sign as planned', () => {
    const f = facts('The two ministers are scheduled to meet in Riyadh next week to sign a protocol on a coordination council.', '2021-09-05');
    assert.deepEqual(
      f.agreements.map((a) => a.status),
      ['planned'],
    );
  });
});

describe('text: a line of navigation words one after another', () => {
  it('takes no title from "Skip to content Skip to navigation"', () => {
    const f = facts(
      'Skip to content Skip to navigation\n\nPresident Lula hosts Chinese leader\n\nPresident Lula received President Xi Jinping in Brasilia on Tuesday.',
    );
    assert.equal(f.document.title, 'President Lula hosts Chinese leader');
  });

  it('still takes a headline that holds such words among others', () => {
    const f = facts('Skip the queue: Lula and Xi sign visa deal\n\nPresident Lula received President Xi Jinping in Brasilia on Tuesday.');
    assert.equal(f.document.title, 'Skip the queue: Lula and Xi sign visa deal');
  });
});

describe('events: a trip made to meet and attend', () => {
  it('reads "went to Brazil on 15 and 16 July, to meet its leaders and attend a summit", written in September, as past', () => {
    const f = facts(
      'During the visit by Chinese President Xi Jinping to Brazil in July, the two countries signed agreements worth US$ 11 billion. Xi went to Brazil on 15 and 16 July, to meet national leaders and attend a BRICS summit held there.',
      '2014-09-17',
    );
    assert.ok(
      f.events.every((e) => !e.planned && e.date?.startsWith('2014-07')),
      JSON.stringify(f.events.map((e) => [e.type, e.date, e.planned])),
    );
  });

  it('still reads "is due to travel to Brazil to attend a summit" as planned', () => {
    const f = facts('Chinese President Xi Jinping is due to travel to Brazil in July to attend a BRICS summit.', '2014-06-02');
    assert.ok(
      f.events.some((e) => e.planned),
      JSON.stringify(f.events.map((e) => [e.type, e.date, e.planned])),
    );
  });
});

describe('events: a month the encounter phrase gives, gone by when the text was written', () => {
  it('dates "the visit by X to Brazil in July", written in September, by July', () => {
    const f = facts(
      'During the visit by Chinese President Xi Jinping to Brazil in July, the two countries signed agreements worth US$ 11 billion.',
      '2014-09-17',
    );
    assert.equal(f.events[0]?.date, '2014-07');
  });

  it('still dates a visit of the month the text was written by that month', () => {
    const f = facts(
      'During the visit by Chinese President Xi Jinping to Brazil in September, the two countries signed agreements worth US$ 11 billion.',
      '2014-09-17',
    );
    assert.equal(f.events[0]?.date, '2014-09');
  });
});

describe('events: the year that names an edition', () => {
  it('dates "the 2022 Cuba-Mexico Business Forum" by the dateline day, not by its name', () => {
    const f = facts(
      'HAVANA, Cuba, Jul 14 (ACN) Deputy Prime Minister Ricardo Cabrisas described the 2022 Cuba-Mexico Business Forum as a golden opportunity.',
      '2022-07-14',
    );
    assert.deepEqual(
      f.events.map((e) => `${e.type} ${e.date}`),
      ['forum 2022-07-14'],
    );
  });

  it('still dates a forum by a year the text gives as its time', () => {
    const f = facts('The first Cuba-Mexico Business Forum was held in Havana in 2019.', '2022-07-14');
    assert.deepEqual(
      f.events.map((e) => `${e.type} ${e.date}`),
      ['forum 2019'],
    );
  });
});

describe('agreements: the time a document is due in is no part of its title', () => {
  it('ends "a tourism framework in upcoming months" at its kind word', () => {
    assert.deepEqual(titles('Jamaica and the Dominican Republic agreed to sign a multi-destination tourism framework in upcoming months.'), [
      'multi-destination tourism framework',
    ]);
  });

  it('ends "an agreement on trade in the coming weeks" at its subject', () => {
    assert.deepEqual(titles('Jamaica and Cuba will sign an agreement on trade in the coming weeks.'), ['agreement on trade']);
  });
});

describe('events: a guest welcomed to the host state is on a visit', () => {
  it('reads "welcomed President Ruto to China" as a visit', () => {
    const f = facts('Chinese President Xi Jinping on Thursday officially welcomed President William Ruto of Kenya to China.', '2025-04-25');
    assert.deepEqual(
      f.events.map((e) => `${e.type} ${e.date} ${e.countries.join('+')}`),
      ['visit 2025-04-24 CHN+KEN'],
    );
  });

  it('still reads "welcomed President Ruto to the talks" as a meeting', () => {
    const f = facts('Chinese President Xi Jinping on Thursday welcomed President William Ruto of Kenya to the talks in Beijing.', '2025-04-25');
    assert.deepEqual(
      f.events.map((e) => e.type),
      ['meeting'],
    );
  });
});

describe('events: the span announced for the visit under way', () => {
  const text =
    'The welcoming ceremony included a 21-gun salute and a state banquet.\n\n' +
    'Chinese President Xi Jinping on Thursday, April 24 officially welcomed President William Ruto of Kenya to China.\n\n' +
    'This visit was his third to China, following previous trips for the Belt and Road Forum in October 2023 and the Forum on China-Africa Cooperation (FOCAC) in September 2024.\n\n' +
    'The state visit, which will take place from April 22 to 26, is aimed at deepening the partnership.';

  it('gives the visit reported its span, names no ceremony apart, and keeps the earlier trips', () => {
    assert.deepEqual(
      facts(text).events.map((e) => `${e.type} ${e.date} ${e.end_date} ${e.planned ? 'planned' : 'past'}`),
      ['visit --04-22 --04-26 past', 'visit 2023-10 null past', 'visit 2024-09 null past'],
    );
  });

  it('still reads a visit announced for later days than the one reported as another', () => {
    const later =
      'Chinese President Xi Jinping on Thursday, April 24 received Foreign Minister Musalia Mudavadi of Kenya in Beijing.\n\n' +
      'The state visit of President Ruto, which will take place from May 12 to 15, is aimed at deepening the partnership.';
    assert.ok(
      facts(later).events.some((e) => e.planned && e.date === '--05-12'),
      JSON.stringify(facts(later).events.map((e) => [e.type, e.date, e.planned])),
    );
  });
});
