import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const events = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).events.map((e) => ({ type: e.type, date: e.date, end: e.end_date, planned: e.planned, countries: e.countries }));

describe('events', () => {
  it('second review of the round: a gathering\'s year dates a meeting on its sidelines; "Arriving in Lima on Monday, X was welcomed" is a visit; a state visit to attend a forum stays a visit; "Last month," dates its month; a meeting "in <state>" after a topic keeps its venue', () => {
    assert.deepEqual(
      events('President Ana Soler met President Luis Quispe on the sidelines of the 2019 G20 summit in Osaka.', '2025-03-01').map((e) => e.date),
      ['2019'],
    );
    assert.deepEqual(
      events('Arriving in Lima on Monday, Chilean President Ana Soler was welcomed by President Luis Quispe.', '2024-05-07').map((e) => [e.type, e.date]),
      [['visit', '2024-05-06']],
    );
    assert.deepEqual(
      events(
        'President Ana Soler of Chile is on a state visit to Peru to attend the Chile-Peru Economic Forum, where she met President Luis Quispe on Monday.',
        '2024-05-07',
      ).map((e) => e.type),
      ['visit'],
    );
    assert.deepEqual(
      events('Last month, Chilean President Ana Soler visited Peru.', '2024-05-07').map((e) => e.date),
      ['2024-04'],
    );
    assert.deepEqual(
      extractText('t.txt', 'The foreign ministers of Chile and Peru discussed the peace treaty at a meeting in Bolivia on Friday.', {
        published: '2024-05-07',
      }).events.map((e) => e.place?.country),
      ['BOL'],
    );
  });
  it('second review of the round: the traveller of "He is scheduled to visit A and B" is the one who left his own capital; a concluded visit keeps apart a sidelines meeting elsewhere', () => {
    assert.deepEqual(
      events('Prime Minister Ana Soler of Chile departed Santiago on Sunday night. She is scheduled to visit Brazil and Peru.', '2024-05-07')
        .filter((e) => e.planned)
        .map((e) => e.countries.join('+')),
      ['BRA+CHL', 'CHL+PER'],
    );
    assert.deepEqual(
      events(
        'Lima, May 7 (Andina) — President Ana Soler of Chile has concluded her state visit to Peru on Tuesday. On Friday, Soler and President Luis Quispe met in Brasilia on the sidelines of the Mercosur summit.',
        '2024-05-07',
      ).map((e) => [e.type, e.date]),
      [
        ['visit', '2024-05-07'],
        ['meeting', '2024-05-03'],
      ],
    );
  });
  it('keeps "first visited Peru in 1995" and "met previously at the G7 Summit" as earlier encounters, apart from the visit the text reports', () => {
    const got = events(
      'The two leaders, who met previously at the G7 Summit in Japan in May last year, agreed to enhance cooperation. Ana Soler arrived in Lima on Wednesday morning for her first official visit to Peru, where she met President Luis Quispe. Soler first visited Peru as a traveller in 1995. In the first eight months of 2017 trade between Chile and Peru reached $2 billion.',
    );
    assert.deepEqual(
      got
        .filter((e) => e.type === 'visit')
        .map((e) => e.date)
        .sort(),
      ['1995', '2017'],
    );
  });
  it('dates a visit the dateline reports as concluded by the earlier day of its talks ("He was received Monday by …"), and a press conference "alongside his counterpart" as a meeting of the day', () => {
    assert.deepEqual(
      events(
        'Lima, May 21 (Andina) — Chilean Foreign Minister Ana Soler has concluded her official visit to Peru. She was received Monday by the President of Peru, Luis Quispe.',
        '2019-05-21',
      ).map((e) => [e.type, e.date]),
      [['visit', '2019-05-20']],
    );
    assert.deepEqual(
      events(
        'Chile and Peru signed four memoranda during this conference. The Prime Minister of Chile, Ana Soler, on Tuesday addressed the media during a press conference in Peru alongside her counterpart Luis Quispe. She is on a four-day official visit to Peru.',
        '2024-10-02',
      ).map((e) => [e.type, e.date]),
      [['visit', '2024-10-01']],
    );
  });
  it('makes no encounter of a parliament\'s joint session, goods or tourists "arriving in" a state, preparations begun for a visit, or "the next session of the UN General Assembly"; keeps a lead that opens "Last month,"', () => {
    const none = [
      "The joint session of Peru's parliament on Monday passed a resolution on Chile.",
      'Chilean goods arriving in Peru will face new tariffs from June.',
      'The number of Chilean tourists arriving in Peru rose last year.',
    ];
    for (const text of none) assert.deepEqual(events(text, '2024-05-07'), [], text);
    assert.deepEqual(
      events('Officials in Lima began preparations for the upcoming visit of President Ana Soler of Chile to Peru.', '2024-05-07').map((e) => e.planned),
      [true],
    );
    assert.deepEqual(
      events(
        'Chile and Peru held talks in Lima on Monday. Both sides agreed to coordinate positions at the next session of the UN General Assembly.',
        '2024-05-07',
      ).length,
      1,
    );
    assert.deepEqual(
      events('Last month, Chilean President Ana Soler visited Peru and met President Luis Quispe in Lima.', '2024-05-07').map((e) => [
        e.type,
        e.countries.join('+'),
      ]),
      [['visit', 'CHL+PER']],
    );
  });
  it('sends the traveller of "He will then travel to A" from the visitor, not the host of the city the sentence before names; "this week" of a past visit runs to the day of writing', () => {
    assert.deepEqual(
      events('Peruvian President Luis Quispe received Chilean Foreign Minister Ana Soler in Lima on Monday. She will then travel to Bolivia.', '2024-05-07')
        .filter((e) => e.planned)
        .map((e) => e.countries.join('+')),
      ['BOL+CHL'],
    );
    assert.deepEqual(
      events('Chilean President Ana Soler visited Peru this week.', '2024-05-30').map((e) => e.date),
      ['2024-05'],
    );
  });
  it('keeps the next stop of a tour ("before departing for Port of Spain, Trinidad and Tobago") out of the visit and out of the state of the official who saw the visitor off', () => {
    const got = extractText(
      't.txt',
      'Accra: Indian Prime Minister Narendra Modi on Thursday concluded his two-day official visit to Ghana. He was seen off at the Kotoka International Airport by Vice President Professor Ama Owusu before departing for Port of Spain, Trinidad and Tobago, as part of his five-nation tour.',
      { published: '2025-07-04' },
    );
    assert.deepEqual(
      got.events.map((e) => e.countries.join('+')),
      ['GHA+IND'],
    );
    assert.deepEqual(
      got.people.map((p) => `${p.name} ${p.country}`),
      ['Narendra Modi IND', 'Ama Owusu null'],
    );
  });
  it('reads "X, who was visiting Peru to attend the APEC Summit, held a working lunch with Y" as a meeting, not a visit; a state visit to Peru stays a visit', () => {
    assert.deepEqual(
      events(
        'On July 12, Ms. Ana Soler, Prime Minister of Chile, who was visiting Peru to attend the APEC Summit, held a working lunch with Mr. Luis Quispe, Prime Minister of Peru.',
        '2023-07-12',
      ).map((e) => [e.type, e.date]),
      [['meeting', '2023-07-12']],
    );
    assert.deepEqual(
      events(
        'On July 12, Ms. Ana Soler, Prime Minister of Chile, who was visiting Peru, held talks with Mr. Luis Quispe, Prime Minister of Peru.',
        '2023-07-12',
      ).map((e) => e.type),
      ['visit'],
    );
  });
  it('takes no date from a year that qualifies another noun ("the 1995 arms drop case"), but keeps "the 2018 summit"', () => {
    const got = events(
      'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Saturday. In the talks, Chile raised the extradition of the prime accused in the 1995 arms drop case. They recalled the 2018 summit in Santiago.',
      '2021-10-10',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [
        ['meeting', '2021-10-09'],
        ['summit', '2018'],
      ],
    );
  });
  it('reads "agreements that were expected to be signed when the President embarked on a visit to Chile" as a visit made, not planned', () => {
    assert.deepEqual(
      events(
        'The loan contract was one of seven agreements that were expected to be signed when President Luis Quispe of Peru embarked on a six-day official visit to Chile.',
      ).map((e) => [e.type, e.planned, e.countries.join('+')]),
      [['visit', false, 'CHL+PER']],
    );
  });
  it('reads a joint session of two governments as their meeting, and "The next joint session of both governments will be held in Peru" as a planned one', () => {
    assert.deepEqual(
      events(
        'Lima, 24 May 2019 (Andina) – Participants in the inaugural joint session between the governments of Chile and Peru agreed that trust is fundamental. The next joint session of both governments will be held in Chile.',
        '2019-05-24',
      ).map((e) => [e.type, e.date, e.planned, e.countries.join('+')]),
      [
        ['meeting', '2019-05-24', false, 'CHL+PER'],
        ['meeting', null, true, 'CHL+PER'],
      ],
    );
  });
  it('reads "looking forward to an upcoming official visit by Peruvian PM X" in a text about Chile and Peru as a planned visit to the other state of the pair', () => {
    assert.deepEqual(
      events(
        'Chile is committed to opening border crossings with Peru, Ana Soler, the foreign minister, said. The government, she added, was looking forward to an upcoming official visit by Peruvian PM Luis Quispe, which would offer an opportunity for talks.',
      ).map((e) => [e.type, e.planned, e.countries.join('+')]),
      [['visit', true, 'CHL+PER']],
    );
  });
  it('reads "just after arriving in Peru yesterday, held official talks" as a visit', () => {
    assert.deepEqual(
      events(
        'Prime Minister of Chile Ana Soler, just after arriving in Peru yesterday, held official talks with Prime Minister of Peru Luis Quispe.',
        '2019-12-04',
      ).map((e) => [e.type, e.date]),
      [['visit', '2019-12-03']],
    );
  });
  it('reads "agreed to begin early discussions to build a railway" as a process begun, no meeting, so a visit the text frames later is the main encounter', () => {
    const got = events(
      "LIMA: Chile and Peru have agreed to begin early discussions to build a high-speed railway between Lima and Arica.\n\nThe project was discussed during Chilean President Ana Soler's meeting with Peruvian President Luis Quispe on Sunday (Jan 15).\n\nMs Soler is on a two-day state visit to Peru.",
      '2017-01-16',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [['visit', '2017-01-15', false]],
    );
    assert.deepEqual(
      events('Chile and Peru agreed to start talks on a railway in Lima next week.', '2017-01-16').map((e) => [e.type, e.planned]),
      [['meeting', true]],
    );
  });
  it('reads a meeting named after a verb of saying ("X is confident trade will recover, X said during his meeting with Y in Belarus") as past, in the third state it names', () => {
    const got = extractText(
      't.txt',
      'LIMA, JULY 17, ANDINA. President of Peru Luis Quispe is confident trade with Chile will soon be restored, Quispe said during his meeting with President of Chile Ana Soler in Belarus.',
      { published: '2020-07-17' },
    ).events;
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned, e.countries.join('+'), e.place?.country]),
      [['meeting', '2020-07-17', false, 'CHL+PER', 'BLR']],
    );
  });
  it('reads a state named as where a meeting took place ("in Indonesia on the sidelines of the Summit") as its venue, not a side, and the year from a part-year figure of imports', () => {
    const got = events(
      'Chilean President Ana Soler said at a meeting with Peruvian President Luis Quispe in Indonesia on Wednesday on the sidelines of the 42nd ASEAN Summit that trade will grow. In the first quarter of 2023, Peru imported fruit worth $450 million from Chile.',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2023', 'CHL+PER']],
    );
  });
  it('dates a signing ceremony by the day the text gives the signing, a bracketed date over the relative one ("today (June 10, 2022)")', () => {
    const got = extractText(
      't.txt',
      '"A credit line agreement was signed between Chile and the Export-Import Bank of Peru today (June 10, 2022) at Lima, in the presence of Prime Minister Ana Soler," the embassy said. During the signing ceremony, Prime Minister Ana Soler thanked Peru.',
      { published: '2022-06-11' },
    );
    assert.deepEqual(
      got.events.map((e) => [e.type, e.date]),
      [['ceremony', '2022-06-10']],
    );
    assert.deepEqual(
      got.agreements.map((a) => a.date),
      ['2022-06-10'],
    );
  });
  it('reads a tour: a visit "earlier this week" as an earlier leg of its own (dated by the week\'s month), and "He is to travel to A and B next" as the traveller\'s legs', () => {
    assert.deepEqual(
      events(
        'President Ana Soler of Chile held talks with her Peruvian counterpart Luis Quispe in Lima on Saturday. Her visit to Peru is part of a four-nation tour. Earlier this week, the Chilean president visited Ecuador, where she opened a port. She flew on to Lima on Saturday (Sept. 16). She is to travel to Bolivia and Paraguay next.',
        '2023-09-16',
      ).map((e) => [e.type, e.date, e.planned, e.countries.join('+')]),
      [
        ['visit', '2023-09-16', false, 'CHL+PER'],
        ['visit', '2023-09', false, 'CHL+ECU'],
        ['visit', null, true, 'BOL+CHL'],
        ['visit', null, true, 'CHL+PRY'],
      ],
    );
  });
  it('reads a joint press conference or a working lunch of two leaders as their meeting', () => {
    assert.deepEqual(
      events(
        'President Ana Soler of Chile said at a joint press conference with Peruvian President Luis Quispe on Monday that trade is growing.',
        '2023-09-20',
      ).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2023-09-18', 'CHL+PER']],
    );
    assert.deepEqual(
      events('President Ana Soler of Chile held a working lunch with Peruvian President Luis Quispe on Tuesday.', '2023-09-20').map((e) => e.type),
      ['meeting'],
    );
  });
  it('reads a visit to a third state for a summit as a meeting of the two sides there, and no day from a time-zone bracket', () => {
    assert.deepEqual(
      events(
        'On September 20, commencing at 1:10 p.m. local time (2:10 a.m., September 21, Lima time), President Ana Soler of Chile, visiting New York to attend the United Nations General Assembly, held a working lunch with President Luis Quispe of Peru.',
        '2023-09-21',
      ).map((e) => [e.type, e.date, e.planned, e.countries.join('+')]),
      [['meeting', '2023-09-20', false, 'CHL+PER']],
    );
    assert.deepEqual(
      events('Chilean President Ana Soler, who is visiting New Delhi for the G20 summit, met Peruvian President Luis Quispe on Saturday.', '2023-09-11').map(
        (e) => e.type,
      ),
      ['meeting'],
    );
    // A visit to one of the sides stays a visit.
    assert.deepEqual(
      events('During her visit to Lima, President Ana Soler of Chile met Peruvian President Luis Quispe on Monday.', '2023-09-12').map((e) => e.type),
      ['visit'],
    );
  });
  it('keeps a meeting whose sentence recalls another leader\'s visit ("following President X\'s state visit to Y in April") on its own day', () => {
    const got = events(
      'Prime Minister Ana Soler of Chile today held a series of bilateral meetings with senior leaders. In her meeting with Peruvian Foreign Minister Luis Quispe, Soler said the ties continue to be strengthened following President Rosa Vidal’s state visit to Chile in April, during which ten agreements were signed. During her meeting with Bolivian Foreign Minister Juan Mamani, Soler said the two countries cooperate.',
      '2025-07-11',
    );
    assert.ok(
      got.some((e) => e.type === 'meeting' && e.date === '2025-07-11' && e.countries.join('+') === 'CHL+PER'),
      JSON.stringify(got),
    );
  });
  it('keeps the states of the summit a meeting is beside ("on the side-lines of the trilateral summit between A, B and C") and a tour\'s last stop out of its sides', () => {
    assert.deepEqual(
      events(
        'Chilean President Ana Soler received Peruvian President Luis Quispe on Tuesday on the side-lines of the trilateral summit between Chile, Bolivia and Peru.',
        '2023-11-15',
      ).map((e) => [e.type, e.countries.join('+')]),
      [['meeting', 'CHL+PER']],
    );
    assert.deepEqual(
      events('President Ana Soler of Chile landed in Lima on Sunday as part of a two-stop tour that will conclude in Quito this week.', '2024-10-21').map((e) =>
        e.countries.join('+'),
      ),
      ['CHL+PER'],
    );
  });
  it('reads a dateline whose day is in capitals and has no dash ("KATHMANDU, DECEMBER 3 Prime Minister …")', () => {
    const facts = extractText('t.txt', 'KATHMANDU, DECEMBER 3 Prime Minister KP Sharma Oli, on an official visit to China, met President Xi Jinping.', {});
    assert.deepEqual(facts.document.dateline, { city: 'Kathmandu', country: 'NPL' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.place?.city ?? null]),
      [['visit', '--12-03', null]],
    );
  });
  it('counts "The day before" from the day of writing when the text has named no day yet, and keeps "the recent visit of X" out of the main encounter', () => {
    const concluded = events(
      'President Ana Soler of Chile has concluded her state visit to Peru. The day before, Ana Soler held official talks with Peruvian President Luis Quispe.',
      '2023-03-02',
    );
    assert.deepEqual(
      concluded.map((e) => [e.type, e.date]),
      [['visit', '2023-03-01']],
    );
    const recent = events(
      'President Ana Soler said during a meeting with Peruvian President Luis Quispe at La Moneda that trade is growing. Quispe noted that during the recent visit of Chilean Deputy Minister Rosa Vidal to Peru there was a useful discussion.',
      '2024-09-05',
    );
    assert.equal(recent[0]?.type, 'meeting', JSON.stringify(recent));
  });
  it('dates "on the same day" by the day its own sentence names, and places a meeting in a third state\'s city there without making that state a side', () => {
    const text = [
      'Lima — President Luis Quispe of Peru is to pay a state visit to Chile on the 4th and 5th July this year.',
      'The news was released last Monday, in Quito, Ecuador, by the Chilean President Ana Soler, at the end of a meeting with President Quispe, who returned home on the same day, coming from the Ecuadorian capital.',
    ].join('\n\n');
    const facts = extractText('t.txt', text, { published: '2020-02-11' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.end_date, e.planned, e.countries.join('+'), e.place?.city ?? null]),
      [
        ['visit', '2020-07-04', '2020-07-05', true, 'CHL+PER', null],
        ['meeting', '2020-02-10', null, false, 'CHL+PER', 'Quito'],
      ],
    );
  });
  it('takes no venue from the earlier encounter a summit follows ("after the one held in 2019, in Santiago")', () => {
    const facts = extractText(
      't.txt',
      'At the end of the 3rd Chile/Peru summit, after the one held in 2019, in Santiago, Prime Minister Ana Soler and Prime Minister Luis Quispe signed a joint statement. The summit was held on Sunday.',
      { published: '2024-03-05' },
    );
    assert.ok(facts.events.length > 0);
    assert.ok(
      facts.events.every((e) => e.place?.city !== 'Santiago' && e.date !== '2019'),
      JSON.stringify(facts.events),
    );
  });
  it('does not date the current summit by the earlier one it follows ("after the one held in 2010, in Lisbon")', () => {
    const got = events(
      'At the end of the 3rd Chile/Peru summit, after the one held in 2019, in Santiago, Prime Minister Ana Soler and Prime Minister Luis Quispe signed a joint statement. The summit was held in Lima on Sunday.',
      '2024-03-05',
    );
    assert.ok(got.length >= 1);
    assert.ok(
      got.every((e) => e.date !== '2019'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((e) => e.date === '2024-03-03'),
      JSON.stringify(got),
    );
  });
  it('dates a text by a part-year figure written "from January through October 2024" or "from January to June 2023"', () => {
    for (const [months, year] of [
      ['From January through October 2024', 2024],
      ['From January to June 2023', 2023],
    ] as const) {
      const facts = extractText(
        't.txt',
        `Minister Ana Soler of Chile met Minister Luis Marca of Peru in Lima on 12 November. ${months}, trade amounted to $10.2 billion.`,
        {},
      );
      assert.equal(facts.document.reference_year?.year, year);
      assert.equal(facts.events[0]?.date, `${year}-11-12`);
    }
  });
  it('dates a text by an anniversary of relations whose founding the text states sentences later ("The relationship that began on August 21, 1873"), and no meeting by the year of a trade figure told at it', () => {
    const facts = extractText(
      't.txt',
      [
        'Foreign Minister Ana Soler of Chile met her Thai counterpart Somchai Wong in Santiago on 4 May, celebrating the 150th anniversary of diplomatic relations.',
        'At the end of the meeting, Soler said that in 2022 the trade between Chile and Thailand totaled US$4.2 billion, higher than that of the previous year.',
        'Soler spoke of the culture of both peoples.',
        'She also praised the two communities.',
        '"The bilateral relationship that began on August 21, 1873, is in excellent state," Soler said.',
      ].join('\n\n'),
      {},
    );
    assert.equal(facts.document.reference_year?.year, 2023);
    assert.deepEqual(
      facts.events.map((e) => [e.date, e.countries.join('+')]),
      [['2023-05-04', 'CHL+THA']],
    );
  });
  it('dates a text by a weekday written with a day and month ("on Tuesday, March 18") that falls so in one year of its own dates only', () => {
    const facts = extractText(
      't.txt',
      'King Hendrik of the Netherlands began a state visit to Kenya on Tuesday, March 18, received by President Daniel Mwangi in Nairobi. The two discussed trade. They spoke of schools. They praised the farmers. The ministry published its figures on Thursday, March 20, 2025.',
      {},
    );
    assert.match(facts.document.reference_year?.reason ?? '', /^weekday/);
    assert.equal(facts.document.reference_year?.year, 2025);
    assert.equal(facts.events[0]?.date, '2025-03-18');
    // (A weekday that fits none of the text's years, or several, establishes nothing.)
    const none = extractText(
      't.txt',
      'King Hendrik of the Netherlands began a state visit to Kenya on Wednesday, March 18, received by President Daniel Mwangi in Nairobi. The two discussed trade. They spoke of schools. They praised the farmers. The ministry published its figures on Thursday, March 20, 2025.',
      {},
    );
    assert.equal(none.document.reference_year, null);
  });
  it('takes the day a text writes beside its own "today" or "yesterday" for the day it speaks from', () => {
    const facts = extractText(
      't.txt',
      'The two presidents observed the signing of the agreement today, Thursday 05 December, at the presidency in Accra. President Daniel Mwangi of Kenya paid a visit to Guinea yesterday, 04 December 2019. In official talks in Accra today, President Mwangi and President Kofi Boateng of Ghana discussed trade.',
      {},
    );
    assert.equal(facts.document.reference_year?.year, 2019);
    assert.ok(
      facts.events.some((e) => e.date === '2019-12-05' && e.countries.join('+') === 'GHA+KEN'),
      JSON.stringify(facts.events.map((e) => [e.date, e.countries])),
    );
  });
  it('dates a text by "since the two countries forged diplomatic ties N years ago" and the table\'s base year for the pair', () => {
    const facts = extractText(
      't.txt',
      'China and Kazakhstan signed accords in Astana on Monday. Xi said relations have progressed smoothly since the two countries established diplomatic relations thirty years ago.',
      {},
    );
    assert.equal(facts.document.reference_year?.year, 2022);
    // (Not a count that is no time since the relations began: "forged diplomatic ties with 30 states".)
    const none = extractText('t.txt', 'China and Kazakhstan signed accords in Astana on Monday. Kazakhstan has forged diplomatic ties with thirty states.', {});
    assert.equal(none.document.reference_year, null);
  });
  it('dates a text by a jubilee of relations whose base year the table documents ("the golden jubilee" = 50 years)', () => {
    const facts = extractText(
      't.txt',
      'Prime Minister Lee Wei Ming met Vietnamese Prime Minister Tran Van Minh on Monday. The two leaders celebrated the golden jubilee of diplomatic relations between Singapore and Vietnam.',
      {},
    );
    assert.equal(facts.document.reference_year?.year, 2023);
    assert.deepEqual(
      facts.events.map((e) => e.date),
      ['2023'],
    );
  });
  it('reads a tour listed with a comma before "and" ("visit to Guinea, Equatorial Guinea, and South Africa") as one visit per state', () => {
    const got = events('Prime Minister Abiy Ahmed left today for an official visit to Guinea, Equatorial Guinea, and South Africa.', '2020-01-07');
    assert.deepEqual(got.map((e) => e.countries.join('+')).sort(), ['ETH+GIN', 'ETH+GNQ', 'ETH+ZAF']);
    // … a state whose name holds "of", and "official visits to" in the plural; a leg of no day of its own takes the tour's month.
    const tour = events(
      'Foreign Minister Ana Soler of Chile will visit the Democratic Republic of Congo, Cameroon and Senegal from August 28 to September 2.',
      '2023-08-20',
    );
    assert.deepEqual(
      tour.map((e) => [e.countries.join('+'), e.date, e.planned]),
      [
        ['CHL+COD', '2023-08', true],
        ['CHL+CMR', '2023-08', true],
        ['CHL+SEN', '2023-08', true],
      ],
    );
    const visits = events(
      'Prime Minister Ana Soler of Chile is scheduled to pay official visits to Brunei, Malaysia and Singapore from 9 to 12 October.',
      '2023-10-07',
    );
    assert.deepEqual(
      visits.map((e) => e.countries.join('+')),
      ['BRN+CHL', 'CHL+MYS', 'CHL+SGP'],
    );
  });
  it("does not date a call by the day of the visit another word of its sentence governs ('invitation to visit in April next year')", () => {
    const text =
      "President Ana Soler said she accepted Peruvian President Luis Quispe's invitation to visit Lima in April next year, as the leaders held phone talks on Monday.";
    const got = events(text, '2025-11-25').filter((e) => e.type === 'phone_call');
    assert.deepEqual(
      got.map((e) => e.date),
      ['2025-11-24'],
    );
  });
  it("reads a tenseless headline's encounter as the one the lead announces ('will be held today'), planned, with the documents to be signed", () => {
    const text = [
      'The council of Chile and Peru today in Lima attended by the presidents',
      'The second session of the Council for Strategic Cooperation between Chile and Peru will be held today in Lima, with President Ana Soler and President Luis Quispe.',
      'After the session, a joint political declaration between Chile and Peru will be signed.',
    ].join('\n');
    const facts = extractText('t.txt', text, { published: '2024-11-14' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.planned, e.countries.join('+')]),
      [['meeting', '2024-11-14', true, 'CHL+PER']],
    );
    assert.deepEqual(
      facts.agreements.map((a) => [a.status, a.date]),
      [['planned', '2024-11-14']],
    );
  });
  it("makes a lead's signing day part of the visit a later sentence spans, and keeps that day for the documents", () => {
    const text = [
      'LIMA, June 11. President of Peru Luis Quispe and President of Chile Ana Soler signed a joint declaration on strategic partnership.',
      'The document was signed following talks held in Lima as part of the state visit of the President of Chile.',
      'President Soler arrived in Peru on a state visit on June 10, which will last until June 13.',
    ].join('\n');
    const facts = extractText('t.txt', text, { published: '2025-06-11' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.end_date]),
      [['visit', '2025-06-10', '2025-06-13']],
    );
    assert.deepEqual(
      facts.agreements.map((a) => a.date),
      ['2025-06-11'],
    );
  });
  it('reads "discussed by phone" and "over phone" as a call, not a reporter\'s "told by phone"', () => {
    const lead = 'President of Chile Ana Soler and President of Peru Luis Quispe discussed over phone issues of bilateral cooperation.';
    assert.deepEqual(
      events(lead, '2020-02-19').map((e) => [e.type, e.date]),
      [['phone_call', '2020-02-19']],
    );
    assert.deepEqual(events('Minister of Trade of Chile Rosa Vera told reporters by phone that exports grew.', '2020-02-19'), []);
  });
  it('does not date a call by the year of a trade clause in its sentence ("turnover that grew 2.6 times last year")', () => {
    const text = [
      'President of Chile Ana Soler and President of Peru Luis Quispe held a telephone conversation.',
      'In the course of the telephone conversation, the presidents noted the bilateral trade turnover that grew 2.6 times last year.',
    ].join('\n');
    assert.deepEqual(
      events(text, '2020-02-19').map((e) => [e.type, e.date]),
      [['phone_call', '2020-02-19']],
    );
  });
  it('reads a headline\'s "X to travel to Y on Sunday" as an announced visit, the next such day', () => {
    const text = [
      'Soler to travel to Lima on Sunday for talks with Quispe',
      '',
      'LIMA – President of Chile Ana Soler will hold talks with President of Peru Luis Quispe in Lima, her office announced on Thursday.',
    ].join('\n');
    const [main] = events(text, '2024-03-14');
    assert.deepEqual([main?.type, main?.date, main?.planned], ['visit', '2024-03-17', true]);
    const past = events('Soler travelled to Lima on Sunday for talks with President of Peru Luis Quispe.', '2024-03-14');
    assert.deepEqual([past[0]?.date, past[0]?.planned], ['2024-03-10', false], 'a journey reported as made: the Sunday before');
  });
  it('makes one event of the parts of one encounter', () => {
    const text = [
      'Talks with the President of Kyrgyzstan',
      '',
      'President of Uzbekistan Shavkat Mirziyoyev held talks with President of Kyrgyzstan Sadyr Japarov at the Kuksaroy residence in Tashkent on 14 March.',
      '',
      'The talks were preceded by an official welcoming ceremony. A one-on-one meeting followed, then broader negotiations with the delegations.',
    ].join('\n');
    assert.deepEqual(events(text, '2024-03-14'), [{ type: 'meeting', date: '2024-03-14', end: null, planned: false, countries: ['KGZ', 'UZB'] }]);
  });
  it("dates a day by the year a heading just gave its month, and keeps one pair's summits apart from another's", () => {
    const text = [
      'Chile-Peru summit (March 2021)',
      'President of Chile Ana Soler and President of Peru Luis Quispe on March 12 held a summit in Lima.',
      'Chile-Bolivia summit (March 2021)',
      'President of Chile Ana Soler on March 20 held a summit with President of Bolivia Mario Choque in La Paz.',
    ].join('\n');
    assert.deepEqual(
      events(text).map((e) => [e.date, e.countries.join('-')]),
      [
        ['2021-03-12', 'CHL-PER'],
        ['2021-03-20', 'BOL-CHL'],
      ],
    );
  });
  it('takes no year from a month two paragraphs up and more', () => {
    const text = [
      'The forum opened in March 2021.',
      'Trade grew.',
      'Ports were built.',
      'Roads were paved.',
      'President of Chile Ana Soler met President of Peru Luis Quispe on March 12 in Lima.',
    ].join('\n');
    assert.ok(events(text).some((e) => e.date === '--03-12'));
  });
  it('splits a departure for legs named one after the other, each with its dates, keeps the leg the text reports on its own, and takes no venue from the city left', () => {
    const text = [
      'President of Chile Ana Soler left Santiago on May 3 for an official visit to Peru from May 3-5 and to Bolivia from May 5-7.',
      'Soler will also pay a state visit to Bolivia from May 5-7 at the invitation of President of Bolivia Mario Choque.',
    ].join('\n');
    const got = extractText('t.txt', text, { published: '2024-05-03' }).events;
    assert.deepEqual(
      got.map((e) => [e.countries.join('-'), e.date, e.end_date, e.planned, e.place?.city ?? null]),
      [
        ['CHL-PER', '2024-05-03', '2024-05-05', false, null],
        ['BOL-CHL', '2024-05-05', '2024-05-07', true, null],
      ],
    );
  });
  it('takes no date another verb governs for the visit ("taking office on", "marked on")', () => {
    const text = [
      'President of Chile Ana Soler arrived in Lima on May 3 for an official visit to Peru.',
      'Soler is on an official visit to Lima, her first since winning the April 2 election and taking office on April 20.',
      'She said the visit is symbolic for the anniversary of relations, marked on April 28.',
    ].join('\n');
    assert.deepEqual(
      events(text, '2024-05-03').map((e) => [e.type, e.date]),
      [['visit', '2024-05-03']],
    );
  });
  it('gives a year-less announced visit the year the text writes for it elsewhere ("the decision to visit in November 2025")', () => {
    const text = [
      'President of Chile Ana Soler will pay a state visit to Peru from November 11-12, the ministry announced.',
      'Trade has grown fast.',
      "Soler's decision to visit Peru in November 2025 was welcomed in Lima.",
    ].join('\n');
    assert.deepEqual(
      events(text).map((e) => [e.date, e.end, e.planned]),
      [['2025-11-11', '2025-11-12', true]],
    );
  });
  it('keeps an announced visit of two states the text names without a date, apart from the call it was discussed in', () => {
    const text =
      "President of Chile Ana Soler and President of Peru Luis Quispe held a telephone conversation on May 21. Soler's upcoming state visit to Peru was also discussed.";
    assert.deepEqual(
      events(text, '2024-05-21').map((e) => [e.type, e.date, e.planned]),
      [
        ['phone_call', '2024-05-21', false],
        ['visit', null, true],
      ],
    );
  });
  it('reads a multi-day visit with its end date', () => {
    const [e] = events(
      'The state visit of the President of Kazakhstan Kassym-Jomart Tokayev to the United Arab Emirates on May 20-22 ended with talks.',
      '2024-05-22',
    );
    assert.deepEqual(e, { type: 'visit', date: '2024-05-20', end: '2024-05-22', planned: false, countries: ['ARE', 'KAZ'] });
  });
  it('reports a past encounter the text recalls as its own event', () => {
    const got = events(
      'President of Brazil Luiz Inácio Lula da Silva met President of Angola João Lourenço in Brasília on 23 April. Lula da Silva recalled his official visit to Luanda in August 2023.',
      '2024-04-23',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [
        ['meeting', '2024-04-23'],
        ['visit', '2023-08'],
      ],
    );
  });
  it('reads phone calls', () => {
    const [e] = events('President of Türkiye Recep Tayyip Erdoğan had a telephone conversation with President of Azerbaijan Ilham Aliyev on 28 May.');
    assert.deepEqual(e, { type: 'phone_call', date: '--05-28', end: null, planned: false, countries: ['AZE', 'TUR'] });
  });
  it('marks announced encounters as planned', () => {
    const got = events(
      'The foreign ministers of India and Kenya met in Nairobi on 4 June. President of Kenya William Ruto will pay a state visit to India in December.',
      '2024-06-05',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['meeting', '2024-06-04', false],
        ['visit', '2024-12', true],
      ],
    );
  });
  it('reads a proposal to hold an encounter as planned, not held', () => {
    const got = events(
      'The prime ministers of Georgia and Armenia met in Tbilisi on 3 March. The Armenian side proposed holding the next business forum in Yerevan in October.',
      '2024-03-04',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['meeting', '2024-03-03', false],
        ['forum', '2024-10', true],
      ],
    );
  });
  it('reads a visit the text awaits as planned', () => {
    const got = events(
      'Kassym-Jomart Tokayev said Kazakhstan expects the state visit of President of Uzbekistan Shavkat Mirziyoyev to Astana in May.',
      '2025-03-02',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [['visit', '2025-05', true]],
    );
  });
  it('dates a visit planned for "the second half of the year" by the year', () => {
    const got = events(
      'President of Kyrgyzstan Sadyr Japarov spoke by phone with President of Uzbekistan Shavkat Mirziyoyev on 19 March. They went over the state visit of Sadyr Japarov to Uzbekistan planned for the second half of the year.',
      '2024-03-19',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['phone_call', '2024-03-19', false],
        ['visit', '2024', true],
      ],
    );
  });
  it('does not count the spokesperson who reports an encounter among its participants', () => {
    const f = extractText(
      't.txt',
      'Kremlin Spokesman Dmitry Peskov said President of Russia Vladimir Putin held talks with President of China Xi Jinping in Moscow on 21 March.',
      { published: '2023-03-21' },
    );
    assert.deepEqual(
      f.events[0]?.participants.map((p) => p.name),
      ['Vladimir Putin', 'Xi Jinping'],
    );
  });
  it('does not make an event of a hypothetical', () => {
    const got = events('The presidents of Belarus and Tajikistan met in Minsk on 28 June. I think other leaders may join these talks one day.');
    assert.equal(got.length, 1);
  });
});

describe('events: visits framed by an arrival', () => {
  it('reads "on her arrival" and "arrived in the Kingdom after visiting X" as a visit to the host, and "a pleasure to visit" as none', () => {
    assert.deepEqual(
      events(
        'Prime Minister Ana Reyes of Peru received a ceremonial welcome from President Juan Ortiz of Chile on her arrival at the presidential palace on Tuesday. Reyes said it is always a pleasure for her to visit the country.',
        '2024-09-04',
      ),
      [{ type: 'visit', date: '2024-09-03', end: null, planned: false, countries: ['CHL', 'PER'] }],
    );
    const kingdom = events(
      'King Salman of Saudi Arabia met British Prime Minister Keir Holt in Riyadh on Wednesday.\n\nHolt arrived in the Kingdom earlier on Wednesday after visiting Qatar.',
      '2024-03-14',
    );
    assert.deepEqual(kingdom[0], { type: 'visit', date: '2024-03-13', end: null, planned: false, countries: ['GBR', 'SAU'] });
    const stop = events(
      'King Salman of Saudi Arabia met British Prime Minister Keir Holt in Riyadh on Wednesday. Holt arrived in the Kingdom after a stop in Qatar.',
      '2024-03-14',
    );
    assert.deepEqual(stop[0]?.countries, ['GBR', 'SAU'], 'the stop before is no side of the visit');
  });
  it('takes "bilateral discussions held between A and B" for the encounter, not a ceremony they attended', () => {
    const got = events(
      'Colombo, April 5: Several agreements were signed following the bilateral discussions held between Prime Minister Narendra Modi and Sri Lankan President Anura Kumara Dissanayake at the Presidential Secretariat in Colombo, on Saturday. They also took part in the virtual ground-breaking ceremony of a solar plant.',
      '2025-04-05',
    );
    assert.deepEqual(got[0], { type: 'meeting', date: '2025-04-05', end: null, planned: false, countries: ['IND', 'LKA'] });
  });
});

describe('events: one visit named several ways', () => {
  it('reads "embarked Friday on a 72-hour state visit" as the visit the Saturday signing is part of', () => {
    assert.deepEqual(
      events(
        'Brazzaville | Kenya and the Republic of the Congo signed on Saturday 18 cooperation agreements during President William Ruto’s state visit to Congo-Brazzaville.\n\nThe Kenyan president embarked Friday on a 72-hour state visit to the Republic of the Congo.',
        '2023-07-09',
      ),
      [{ type: 'visit', date: '2023-07-07', end: '2023-07-09', planned: false, countries: ['COG', 'KEN'] }],
    );
  });
  it('gives an announced visit the days of "the short visit from April 4-5", and keeps it planned', () => {
    assert.deepEqual(
      events(
        'LIMA, April 3 (Andes Press) - President Ana Reyes of Peru will undertake an official visit to Santiago beginning Sunday.\nThe foreign ministry said the short visit from April 4-5 is also to honour an invitation by President Juan Ortiz of Chile.',
      ),
      [{ type: 'visit', date: '--04-04', end: '--04-05', planned: true, countries: ['CHL', 'PER'] }],
    );
  });
  it('reads a visit under way whose days "will" run on as one visit, not planned; "the first leader to visit" is no other visit', () => {
    assert.deepEqual(
      events(
        'Foreign Minister Juan Ortiz of Chile is currently making an official visit to Peru. He will stay in Lima on 23-25 August at the invitation of Foreign Minister Ana Reyes of Peru. Ortiz is the first foreign minister to visit Peru this year.',
        '2024-08-24',
      ),
      [{ type: 'visit', date: '2024-08-23', end: '2024-08-25', planned: false, countries: ['CHL', 'PER'] }],
    );
  });
});

describe('events: a name of two states', () => {
  it('reads "Congo" as the Republic of the Congo beside Brazzaville, and as the DR Congo otherwise', () => {
    const brazzaville = extractText(
      't.txt',
      'President William Ruto met President Denis Sassou Nguesso of Congo in Nairobi on Monday. Brazzaville and Nairobi agreed to expand trade. The Congolese leader thanked Kenya.',
      { published: '2024-06-12' },
    );
    assert.deepEqual(brazzaville.events[0]?.countries, ['COG', 'KEN']);
    assert.equal(brazzaville.people.find((p) => p.name === 'Denis Sassou Nguesso')?.country, 'COG');
    assert.deepEqual(events('President Felix Tshisekedi of Congo met President William Ruto in Nairobi on Monday.', '2024-06-12')[0]?.countries, [
      'COD',
      'KEN',
    ]);
  });
});

describe('events: dates that belong to something else', () => {
  it('takes no day from the statement that reports a visit, and no month from an upgrade of ties', () => {
    assert.deepEqual(
      events(
        "Chile's Foreign Minister Juan Ortiz's two-day official visit to Peru has boosted relations between Chile and Peru, said a statement of Chile's Foreign Ministry Sunday.\nOrtiz paid an official visit to Peru on April 19-20 at the invitation of Peruvian Foreign Minister Ana Reyes.\nDuring their talks in Lima, the two ministers reviewed the elevation of bilateral ties to comprehensive partnership in August 2017.",
        '2018-04-22',
      ),
      [{ type: 'visit', date: '2018-04-19', end: '2018-04-20', planned: false, countries: ['CHL', 'PER'] }],
    );
  });
  it('takes neither the year of a document signed long ago nor the place of a previous meeting for the visit', () => {
    const facts = extractText(
      't.txt',
      'Foreign Minister Juan Ortiz of Chile is making his first trip to Peru since taking office. One of the issues under discussion with Foreign Minister Ana Reyes of Peru is the expansion of a complementary agreement signed in 2002, which was the subject of a previous bilateral meeting held in Santiago.',
    );
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.place?.city ?? null]),
      [['visit', null, null]],
    );
  });
  it('reads "was in Russia today to meet X" as a past encounter and "was expected in Moscow on Friday to meet X" as announced', () => {
    assert.deepEqual(
      events('President Ana Reyes of Peru was in Chile earlier today (22 February), to meet with President Juan Ortiz of Chile.', '2022-02-22').map(
        (e) => e.planned,
      ),
      [false],
    );
    assert.deepEqual(
      events('President Ana Reyes of Peru was expected in Santiago on Friday to meet with President Juan Ortiz of Chile.', '2022-02-22').map((e) => e.planned),
      [true],
    );
  });
  it('takes no day a future verb governs for the encounter just reported', () => {
    const got = events(
      'Premier Li Wen of China met Prime Minister Ana Reyes of Peru at the palace in Lima today. At the end of the meeting, Reyes said official talks to upgrade the existing trade agreement between the nations will start on April 25.',
    );
    assert.equal(got[0]?.date ?? null, null);
  });
});

describe("events: a speaker's today", () => {
  it('takes no day from "today" inside a quotation, which is the day of the speech', () => {
    const got = events(
      'President Ana Reyes of Peru paid a state visit to Chile from the 3rd to the 6th of May 2024.\n\nAt the closing press conference, President Juan Ortiz said: “We reviewed every part of our cooperation in today’s talks.”',
      '2024-05-09',
    );
    assert.deepEqual(got, [{ type: 'visit', date: '2024-05-03', end: '2024-05-06', planned: false, countries: ['CHL', 'PER'] }]);
    // Outside a quotation, the page's today stands.
    assert.deepEqual(
      events('President Ana Reyes of Peru held talks today with President Juan Ortiz of Chile in Santiago.', '2024-05-09').map((e) => e.date),
      ['2024-05-09'],
    );
  });
});

describe('events: one call, and meetings beside an encounter', () => {
  it('reads "The phone call took place …" as the call already dated, whatever day the sentence names', () => {
    const got = events(
      'President Ana Reyes of Peru held a phone conversation with President Juan Ortiz of Chile on Sunday. The phone call took place on the eve of the national holiday, which falls on Monday.',
      '2024-05-07',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [['phone_call', '2024-05-05']],
    );
  });
  it('reads a meeting with someone of a third state ("also met President X of Z") as a meeting of its own', () => {
    const got = events(
      'Prime Minister Ana Reyes of Peru held talks with President Juan Ortiz of Chile on the sidelines of the regional summit in Quito today. Reyes also met President Luis Mora of Paraguay.',
      '2024-05-07',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.countries]),
      [
        ['meeting', '2024-05-07', ['CHL', 'PER']],
        ['meeting', '2024-05-07', ['PER', 'PRY']],
      ],
    );
  });
  it('reads "conferred with leaders of several countries at the sidelines of the summit" as one meeting per state, not a summit', () => {
    const got = events(
      'Prime Minister Ana Reyes of Peru conferred with leaders of several countries at the sidelines of the regional summit in Quito today.\n\nReyes held talks with leaders of Chile, Paraguay and Uruguay on trade and security.',
      '2024-05-07',
    );
    assert.deepEqual(got.map((e) => [e.type, e.countries]).sort(), [
      ['meeting', ['CHL', 'PER']],
      ['meeting', ['PER', 'PRY']],
      ['meeting', ['PER', 'URY']],
    ]);
  });
  it('reads two sides acting "in the context of" or "during" a summit or forum as their meeting there, and the gathering of many as the summit', () => {
    assert.deepEqual(
      events(
        'President Ana Soler of Chile and President Luis Quispe of Peru spoke in Kazan on Thursday in the context of the 16th BRICS Summit.',
        '2024-10-25',
      ).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2024-10-24', 'CHL+PER']],
    );
    assert.deepEqual(
      events(
        'Ghana and Kenya signed a memorandum of understanding on mining on Tuesday during the third edition of the Future Minerals Forum.',
        '2024-01-11',
      ).map((e) => e.type),
      ['meeting'],
    );
    // … also "ahead of" a gathering in the host's capital.
    assert.deepEqual(
      events('LIMA - Chile signed new deals with Peru on Saturday worth $500 million ahead of Lima’s international forum on trade.', '2017-05-14').map((e) => [
        e.type,
        e.date,
      ]),
      [['meeting', '2017-05-13']],
    );
    assert.deepEqual(
      events('Leaders of Brazil, India, China and Russia gathered in Kazan during the 16th BRICS Summit.', '2024-10-25').map((e) => [
        e.type,
        e.countries.length,
      ]),
      [['summit', 4]],
    );
  });
});

describe('events: stays with no year, and trips of firms', () => {
  it('reads "arrived on D1 … a visit that will last until D2" as one visit from D1 to D2, with the signing day inside it, and no year guessed', () => {
    const got = events(
      'Presidents Ana Reyes of Peru and Juan Ortiz of Chile signed four agreements during the latter’s visit. The signing ceremony took place on March 12 at the presidential palace.\n\nPresident Ortiz arrived in Peru on March 11 at the invitation of President Reyes as part of a state visit that will last until March 14.\n\nThe Peruvian president announced that 100 Peruvian business leaders will travel to Santiago to meet Chilean companies.',
    );
    assert.deepEqual(got, [{ type: 'visit', date: '--03-11', end: '--03-14', planned: false, countries: ['CHL', 'PER'] }]);
  });
});

describe('events: a tour\'s legs and "the two countries"', () => {
  it('keeps the sides of the visit when a later sentence speaks of "the two countries" and the text names the previous leg more often', () => {
    const got = events(
      'date 2021-12-02 President Ana Reyes of Peru arrived in Quito, Ecuador, on Wednesday evening for a two-day state visit.\n\nThe visit to Ecuador follows a state visit to Bolivia on 30 November 2021, marked by a session of the Peru-Bolivia commission in Bolivia.\n\nThe visit comes at a time when the two countries are consolidating their cooperation.',
    );
    assert.deepEqual(
      got.map((e) => [e.date, e.countries]),
      [
        ['2021-12-01', ['ECU', 'PER']],
        ['2021-11-30', ['BOL', 'PER']],
      ],
    );
  });
});

describe('events: a visit the text says had already taken place', () => {
  it('takes no date for the undated visit it reports from one that "had already" taken place, which is its own', () => {
    const got = events(
      "date 2023-07-26 President Ana Reyes of Peru paid a visit to Vienna. Austria's Foreign Minister Karl Huber received her. Huber had already visited Peru in April 2023.",
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.countries]),
      [
        ['visit', '2023-07-26', ['AUT', 'PER']],
        ['visit', '2023-04', ['AUT', 'PER']],
      ],
    );
  });
});

describe('events: bodies set up and simple pasts', () => {
  it('takes "the establishment of a Permanent Joint Commission" for no meeting, and "had phone talks" for the call it is', () => {
    assert.deepEqual(
      events('Among other things, the accords include the establishment of a Permanent Joint Commission between Peru and Chile.', '2024-05-10'),
      [],
    );
    assert.deepEqual(
      events('Prime Minister Ana Reyes of Peru had phone talks with her Chilean counterpart Juan Ortiz on Thursday.', '2024-05-10').map((e) => [
        e.type,
        e.date,
      ]),
      [['phone_call', '2024-05-09']],
    );
  });
});

describe('events: past visits in a list of years', () => {
  it('reads "when he visited X in 2015 and 2019" as two past visits', () => {
    const got = events(
      'President Luis Mora of Paraguay arrived in Lima on 30 January for a state visit to Peru. Mora recalled that when he visited Peru in 2015 and 2019, he saw its ports.',
      '2024-01-31',
    );
    assert.deepEqual(
      got.map((e) => e.date),
      ['2024-01-30', '2015', '2019'],
    );
  });
});

describe('events: dates and spans', () => {
  it('reads "in January last year" against the reference year', () => {
    const got = events(
      'President of Uzbekistan Shavkat Mirziyoyev spoke by phone with President of Kyrgyzstan Sadyr Japarov on 10 January. They recalled the state visit to Bishkek in January last year.',
      '2024-01-10',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [
        ['phone_call', '2024-01-10'],
        ['visit', '2023-01'],
      ],
    );
  });
  it('extends the main visit to the day the text says it ends', () => {
    const got = events(
      'President Cyril Ramaphosa of South Africa will begin a state visit to Nigeria on 3 December 2024. The visit will conclude on 4 December 2024.',
      '2024-12-01',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.end, e.planned]),
      [['visit', '2024-12-03', '2024-12-04', true]],
    );
  });
  it("reports talks the text frames as one side's visit as the visit, even when one day is given", () => {
    const [e] = events(
      'President of Azerbaijan Ilham Aliyev, who is on a working visit to Türkiye, held talks with President Recep Tayyip Erdoğan in Ankara on 12 March.',
      '2025-03-12',
    );
    assert.equal(e!.type, 'visit');
  });
});

describe('events: anchors and names', () => {
  it('reads "on Thursday" against a dateline day in the year the text establishes', () => {
    const text =
      'SANTIAGO, March 14 (Cono Sur Press) – The foreign ministers of Chile and Argentina met in Santiago on Thursday to mark the 40th anniversary of the treaty signed in 1984.';
    assert.deepEqual(
      events(text).map((e) => e.date),
      ['2024-03-14'],
    );
  });
  it('takes a person named after a city for a person, not a place', () => {
    const facts = extractText(
      't.txt',
      'President Luiz Inácio Lula da Silva received Paraguayan President Santiago Peña at the Planalto Palace in Brasília on 8 April.',
      { published: '2024-04-08' },
    );
    assert.deepEqual(facts.events[0]!.countries, ['BRA', 'PRY']);
    assert.equal(facts.events[0]!.place?.city, 'Brasília');
  });
  it('reads a meeting of heads of state as a summit', () => {
    const [e] = events(
      'The Consultative Meeting of the Heads of State of Central Asia was held in Astana on 9 August with the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
      '2024-08-09',
    );
    assert.equal(e!.type, 'summit');
    assert.equal(e!.countries.length, 5);
  });
});

describe('events: sides', () => {
  it('takes "the two leaders" for the document pair, not every state the sentence names', () => {
    const text =
      'Prime Minister of Italy Giorgia Meloni held talks with President of Egypt Abdel Fattah al-Sisi in Cairo on 17 March. The two leaders last met in October, on the sidelines of a peace summit on Gaza and Palestine.';
    const got = events(text, '2024-03-17');
    assert.deepEqual(got.find((e) => e.date === '2023-10')?.countries, ['EGY', 'ITA']);
  });
  it("gives an encounter the two sides name as theirs their states, not the venue's", () => {
    const lead = 'Prime Minister Hana Moro of Japan met President Adi Putra of Indonesia in Jakarta on Monday. ';
    const recalled = (sentence: string) => events(lead + sentence, '2023-12-05').filter((e) => e.date !== '2023-12-04');
    assert.deepEqual(
      recalled('The leaders recalled their meeting in Kazan in October.').map((e) => [e.date, e.countries.join('+')]),
      [['2023-10', 'IDN+JPN']],
    );
    assert.deepEqual(
      recalled('They recalled their telephone conversation on 28 October.').map((e) => [e.type, e.countries.join('+')]),
      [['phone_call', 'IDN+JPN']],
    );
    // A third state named as a side stays one: "their meeting with the Chinese president".
    assert.deepEqual(
      recalled('Moro recalled his meeting with President of China Li Wen in Beijing in October.').map((e) => e.countries.join('+')),
      ['CHN+JPN'],
    );
  });
  it('takes no date from a co-chair\'s remark or from a visit recalled with "after your", and no visit framing from a visit elsewhere', () => {
    const commission =
      'The Intergovernmental Commission of Chile and Peru met for its 23rd session in Lima, co-chaired by Minister of Economy of Chile Ana Soler and Minister of Trade of Peru Luis Marca.\nThe Chilean co-chair of the commission noted that in July 2024 a railway was repaired.';
    assert.deepEqual(
      events(commission).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', null, 'CHL+PER']],
    );
    const sidelines =
      'The meeting between President of Chile Ana Soler and President of Peru Luis Marca has begun in Lima.\n' +
      '"We noted this during the visit to Chile," Marca said. "After your state visit to Chile in August, our relations grew," Soler said.';
    assert.deepEqual(
      events(sidelines, '2024-10-08').map((e) => [e.type, e.date]),
      [
        ['meeting', '2024-10-08'],
        ['visit', '2024-08'],
      ],
    );
  });
  it('reads a host "welcoming X and his delegation to Chile" as a visit, and a quoted earlier visit elsewhere as its own encounter, not its date', () => {
    const text =
      'On Wednesday, seven agreements were signed in the presence of President Ana Soler of Chile and President Luis Marca of Peru, with the ceremony taking place in Santiago.\n' +
      'Soler expressed her pleasure in welcoming Marca and his delegation to Chile. She said: "During my 2023 visit to Lima, we laid the foundation of our partnership."';
    assert.deepEqual(
      events(text).map((e) => [e.type, e.date, e.countries.join('+')]),
      [
        ['visit', null, 'CHL+PER'],
        ['visit', '2023', 'CHL+PER'],
      ],
    );
  });
  it('reads "held on the second day of the two-day visit, during which he held a summit the previous day" as a visit that began the day before', () => {
    const text =
      "TOKYO, March 17 -- President Ana Soler of Chile met business leaders of Chile and Japan on Friday.\nThe roundtable was held on the second day of Soler's two-day visit to Tokyo during which she held a summit with Japanese Prime Minister Ken Sato the previous day.";
    assert.deepEqual(
      events(text, '2023-03-17').map((e) => [e.type, e.date, e.end]),
      [['visit', '2023-03-16', '2023-03-17']],
    );
  });
  it("does not date the news's encounter by an encounter that ended more than a month before the page", () => {
    const text =
      "During Soler's visit to Lima, the prime ministers of Chile and Peru, Ana Soler and Luis Marca, signed a memorandum on trade.\n" +
      'Context\nSoler visited Peru in October 2023 to attend a forum.';
    assert.deepEqual(
      events(text, '2024-01-27').map((e) => [e.type, e.date]),
      [
        ['visit', '2024-01-27'],
        ['visit', '2023-10'],
      ],
    );
  });
  it('reads "received a call from X" and "was on the phone to speak with X" as calls, and "speaking to reporters on the phone" as none', () => {
    assert.deepEqual(
      events('President Ana Soler of Chile received a call from President Luis Marca of Peru on Monday.', '2024-03-12').map((e) => [
        e.type,
        e.countries.join('+'),
      ]),
      [['phone_call', 'CHL+PER']],
    );
    assert.deepEqual(
      events('President Ana Soler of Chile was on the phone to speak with President Luis Marca of Peru on Monday.', '2024-03-12').map((e) => e.type),
      ['phone_call'],
    );
    assert.deepEqual(events('Soler, speaking to reporters on the phone, said trade grew.', '2024-03-12'), []);
  });
  it('reads "last autumn" as the year before', () => {
    const got = events(
      'President of Kazakhstan Kassym-Jomart Tokayev received the foreign minister of Hungary on 27 February. He recalled his official visit to Budapest last autumn.',
      '2024-02-27',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [
        ['meeting', '2024-02-27'],
        ['visit', '2023'],
      ],
    );
  });
});

describe('events: spans and recalled visits', () => {
  it('reads "a two-day official visit beginning tomorrow" as a planned two-day span', () => {
    const [e] = events('Prime Minister of Malaysia Anwar Ibrahim will undertake a two-day official visit to Brunei beginning tomorrow.', '2023-10-23');
    assert.deepEqual([e!.type, e!.date, e!.end, e!.planned], ['visit', '2023-10-24', '2023-10-25', true]);
  });
  it('keeps an undated past visit elsewhere as its own event', () => {
    const got = events(
      'President of Belarus Aleksandr Lukashenko held talks with President of Zimbabwe Emmerson Mnangagwa in Minsk on 4 June.\nThe talks covered agriculture.\nLukashenko recalled his official visit to Zimbabwe and the warm welcome in Harare.',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date]),
      [
        ['meeting', '--06-04'],
        ['visit', null],
      ],
    );
  });
});

describe('events: the main encounter on real pages', () => {
  it('finds the lead under page furniture (editor note, byline, agency dateline)', () => {
    const text =
      '(ATTN: UPDATES with quotes)\n\nBy Mira Soltan\n\nDAKAR, March 3 (APS) -- President of Senegal Aliou Ndiaye held talks with President of Mali Oumar Keita in Dakar on Sunday.\n\nThe talks covered security.';
    const f = extractText('t.txt', text, { published: '2024-03-03' });
    assert.equal(f.document.publisher, 'APS');
    assert.deepEqual(
      f.events.map((e) => [e.type, e.date, e.countries.join()]),
      [['meeting', '2024-03-03', 'MLI,SEN']],
    );
  });
  it("types the encounter as a visit when any sentence frames it as the guest's visit", () => {
    const text =
      'President of Senegal Aliou Ndiaye held talks with President of Mali Oumar Keita in Bamako on 3 March.\n\nIt was the first visit by a Senegalese head of state since 2015. During the visit the leaders opened a bridge.';
    assert.deepEqual(
      events(text, '2024-03-04').map((e) => [e.type, e.date]),
      [['visit', '2024-03-03']],
    );
  });
  it('does not take an earlier visit named in a recollection for the framing', () => {
    const text =
      "The foreign ministers of Senegal and Mali met in Bamako on 3 March. The minister recalled that relations were elevated during President Ndiaye's visit to Bamako.";
    assert.equal(events(text, '2024-03-04')[0]!.type, 'meeting');
  });
  it('reads an invitation as an announced visit and the call it was made in as the encounter', () => {
    const text =
      'Prime Minister of Ghana Kofi Mensah has invited the President of Kenya Daniel Otieno to visit Accra, which the latter accepted on Wednesday.\n\nThe premier extended the invitation during a telephonic call with the Kenyan leader.';
    const got = events(text, '2024-07-11');
    assert.deepEqual(got[0], { type: 'phone_call', date: '2024-07-10', end: null, planned: false, countries: ['GHA', 'KEN'] });
  });
  it('dates a call made in a later paragraph by the invitation it carried', () => {
    const text =
      'Prime Minister of Ghana Kofi Mensah held talks with the President of Kenya in Accra on 1 July.\n\nOn 9 July, Prime Minister Kofi Mensah also invited the President of Togo to visit Ghana.\n\nThe invitation was extended during a telephone call with the Togolese president.';
    assert.ok(events(text, '2024-07-11').some((e) => e.type === 'phone_call' && e.date === '2024-07-09' && e.countries.join() === 'GHA,TGO'));
  });
  it('reads "At the end of his two-day visit to Chile on Friday" as a visit that ended that Friday', () => {
    const [e] = events('At the end of his two-day visit to Chile on Friday, Peruvian President Luis Quispe met President Ana Soler.', '2024-03-09');
    assert.deepEqual([e!.date, e!.end], ['2024-03-07', '2024-03-08']);
  });
  it('reads "left Hanoi on Wednesday to pay a state visit" on a Wednesday as that day, the visit begun, not next week\'s', () => {
    const [e] = events(
      'President Nguyen Van An of Viet Nam left Ha Noi on Wednesday to pay a three-day State visit to Indonesia at the invitation of Indonesian President Joko Widodo.',
      '2022-12-21',
    );
    assert.deepEqual([e!.type, e!.date, e!.end, e!.planned], ['visit', '2022-12-21', '2022-12-23', false]);
  });
  it('dates "a meeting this week" by the day of the week the text names for it ("on Monday signed 12 agreements"), one encounter', () => {
    const got = events(
      "During President Ana Soler's meeting this week with Peruvian President Luis Quispe, the two leaders discussed trade. Chile and Peru on Monday signed 12 cooperation agreements.",
      '2023-12-05',
    );
    assert.deepEqual(
      got.map((e) => [e.date, e.countries.join('+')]),
      [['2023-12-04', 'CHL+PER']],
    );
  });
  it('reads a trilateral dialogue of three states as one meeting, and gives a span of no year the year of an encounter told inside it', () => {
    const got = extractText(
      't.txt',
      "Foreign Minister Ana Soler of Chile will visit Peru from 5th to 8th May. She will also participate in the 5th Chile-Peru-Bolivia Trilateral Foreign Ministers' Dialogue on 6th May 2023 in Lima.",
      {},
    ).events.map((e) => [e.type, e.date, e.end_date, e.planned, e.countries.join('+')]);
    assert.deepEqual(got, [
      ['visit', '2023-05-05', '2023-05-08', true, 'CHL+PER'],
      ['meeting', '2023-05-06', null, true, 'BOL+CHL+PER'],
    ]);
  });
  it('reads "The visit will focus on …" as the announced visit, a leaders\' dialogue as a meeting, and no encounter from the date of a document ("the Abidjan Declaration of 26 March 2018")', () => {
    assert.deepEqual(
      events('Prime Minister Ana Soler of Chile will visit Peru next week. The visit will focus on trade.', '2024-02-10').map((e) => [e.type, e.planned]),
      [['visit', true]],
    );
    assert.deepEqual(
      events(
        "Prime Minister Ana Soler of Chile and President Luis Quispe of Peru held the fifth Annual Leaders' Dialogue on 8 February 2024.",
        '2024-02-10',
      ).map((e) => [e.type, e.date]),
      [['meeting', '2024-02-08']],
    );
    assert.deepEqual(
      events(
        'The Chile-Peru Initiative gives meaning to the Lima Declaration of 26 March 2018, in which the presidents of Chile and Peru set a strategy.',
        '2024-04-19',
      ).some((e) => e.date === '2018-03-26'),
      false,
    );
  });
  it('reads "received three senior delegations from A, B and C" as one meeting with each', () => {
    assert.deepEqual(
      events('President Ana Soler of Chile received three senior delegations from Peru, Bolivia and Ecuador on Monday in Santiago.', '2024-03-05').map((e) =>
        e.countries.join('+'),
      ),
      ['CHL+PER', 'BOL+CHL', 'CHL+ECU'],
    );
  });
  it('reads the next stops of a trip ("will go on from Riyadh to Qatar on Wednesday and the UAE on Thursday", "continues the tour on Sunday, heading to A, then B on Tuesday") as planned visits on their days, not sides of the visit', () => {
    assert.deepEqual(
      events(
        'US President Donald Trump arrived in Riyadh on Tuesday for talks with Crown Prince Mohammed bin Salman. Trump will go on from Riyadh to Qatar on Wednesday and the UAE on Thursday.',
        '2025-05-13',
      ).map((e) => [e.date, e.planned, e.countries.join('+')]),
      [
        ['2025-05-13', false, 'SAU+USA'],
        ['2025-05-14', true, 'QAT+USA'],
        ['2025-05-15', true, 'ARE+USA'],
      ],
    );
    assert.deepEqual(
      events(
        'Turkish President Recep Tayyip Erdogan arrived in Algiers on Saturday for talks with President Abdelmadjid Tebboune, before he continues the tour on Sunday, heading to Mauritania, then Senegal on Tuesday.',
        '2018-07-21',
      ).map((e) => [e.date, e.planned, e.countries.join('+')]),
      [
        ['2018-07-21', false, 'DZA+TUR'],
        ['2018-07-22', true, 'MRT+TUR'],
        ['2018-07-24', true, 'SEN+TUR'],
      ],
    );
  });
  it('keeps the next stop of a tour and the states under discussion out of the sides', () => {
    const text =
      'President of Chile Camila Rojas left Lima on Wednesday bound for Ecuador, after a one-day visit to Peru during which she discussed the crisis in Venezuela with President of Peru Luis Paredes.';
    assert.deepEqual(events(text, '2024-05-09')[0]!.countries, ['CHL', 'PER']);
    // "Prior to the UAE, he visited Saudi Arabia": the later stop is no side of the earlier one.
    // "… while Europeans brace for a cut in Russian gas": a state's goods are no side.
    assert.deepEqual(
      events('Italian Prime Minister Giorgia Meloni visited Algeria on Monday, while Europeans brace for a cut in Russian gas.', '2023-06-20').map((e) =>
        e.countries.join('+'),
      ),
      ['DZA+ITA'],
    );
    const prior = events('Prior to the UAE, Prime Minister of Singapore Tan Wei Ming visited Saudi Arabia on Tuesday.', '2023-10-23');
    assert.deepEqual(
      prior.map((e) => e.countries.join('+')),
      ['SAU+SGP'],
    );
  });
  it('does not make a call of "called for" or "called the plan", and reads "spoke today with"', () => {
    assert.deepEqual(events('President of Chile Camila Rojas called the plan realistic and called for calm.', '2024-05-09'), []);
    const [e] = events('Today, the Prime Minister of Norway, Ola Lunde, spoke today with the President of Chile, Camila Rojas.', '2024-05-09');
    assert.deepEqual([e!.type, e!.date], ['phone_call', '2024-05-09']);
  });
  it('reads a planned meeting at a summit ("where the leaders look forward to meeting next week") with month precision', () => {
    const text =
      'Prime Minister of Norway Ola Lunde spoke with President of Chile Camila Rojas on 11 June. Lunde invited Rojas to the Arctic Leaders Summit in Tromsø, where the leaders look forward to meeting next week.';
    const got = events(text, '2025-06-11');
    assert.deepEqual(got.find((e) => e.planned)?.date, '2025-06');
  });
  it('resolves "late August" in a mid-August text to this August, and keeps a forecast of talks "could resume" planned', () => {
    const got = events('Officials of Norway are due to visit Chile in late August. Talks could resume in late September.', '2025-08-15');
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['visit', '2025-08', true],
        ['meeting', '2025-09', true],
      ],
    );
  });
  it('dates the talks "the next day" from the day the text named before', () => {
    const text =
      'The President of Norway arrived in Santiago on Monday 11 November. The official welcoming ceremony and the talks took place the next day. Following the talks, the two leaders signed an agreement on fisheries.';
    const f = extractText('t.txt', text, { published: '2024-11-13' });
    assert.equal(f.agreements[0]?.date, '2024-11-12');
  });
  it('counts the first day of a visit back from "the second day of a four-day state visit"', () => {
    const [e] = events("The summit took place on 15 January, the second day of the President of Chile's four-day state visit to Norway.", '2025-01-15');
    assert.deepEqual([e!.type, e!.date, e!.end], ['visit', '2025-01-14', '2025-01-17']);
  });
  it('dates no main encounter by an encounter the text recalls, nor by a year in a sentence that names it again', () => {
    const text = [
      'President of Azerbaijan Ilham Aliyev has received Deputy Prime Minister of Kazakhstan Serik Zhumangarin.',
      'The meeting highlighted the growth of cooperation between the two countries during the year 2023.',
      'They recalled the talks held between the Presidents of Azerbaijan and Kazakhstan at their meeting in Astana last October.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2024-02-14').map((e) => [e.type, e.date, e.countries.join()]),
      [
        ['meeting', '2024-02-14', 'AZE,KAZ'],
        ['meeting', '2023-10', 'AZE,KAZ'],
      ],
    );
  });
  it('counts an anniversary only from what it counts: no year from a membership or from the next count', () => {
    const text = [
      'Romanian President Ion Popa to meet US President Mark Hill on August 20',
      'U.S. President Mark Hill will welcome Romania’s President Ion Popa in Washington on August 20.',
      'The visit comes as Romania marks 30 years since the fall of communism and 15 years since the country joined the North Atlantic Treaty Organization (NATO).',
    ].join('\n');
    const f = extractText('t.txt', text, { published: null });
    assert.equal(f.document.reference_year ?? null, null, 'neither the founding of NATO (1949) nor a membership dates the text');
    assert.deepEqual(
      f.events.map((e) => [e.type, e.date, e.planned]),
      [['visit', '--08-20', true]],
    );
    const nato = extractText('t.txt', 'Leaders met in Washington on 9 July to mark the 75th anniversary of NATO.', { published: null });
    assert.equal((nato.document.reference_year as { year: number } | null)?.year, 2024);
  });
  it('reads "will welcome <leader>" as an encounter and "welcomed the agreement" as none; a span without a year takes the main day\'s year', () => {
    const text = [
      'U.S. President Mark Hill will welcome Romania’s President Ion Popa in Washington on August 20, 2019.',
      'The Romanian Presidency confirmed the visit Popa will make to the U.S. on August 19-20.',
      'Upon meeting President Hill on August 20, the two will discuss the strategic partnership.',
    ].join('\n');
    assert.deepEqual(
      events(text).map((e) => [e.type, e.date, e.end, e.planned, e.countries.join()]),
      [['visit', '2019-08-19', '2019-08-20', true, 'ROU,USA']],
    );
    assert.deepEqual(events('Kenya welcomed the agreement between Ethiopia and Eritrea signed in Jeddah.', '2024-05-01'), []);
  });
  it('reads meetings "during which" a visit goes on as parts of the visit, and the visit as under way, not planned', () => {
    assert.deepEqual(
      events(
        'Chile and Peru agreed to cooperate on mining. President Ana Soler of Chile is on a state visit to Peru from April 1 to 5, during which she will meet business leaders in Cusco.',
        '2025-04-02',
      ).map((e) => [e.type, e.date, e.end, e.planned]),
      [['visit', '2025-04-01', '2025-04-05', false]],
    );
  });
  it("counts 'yesterday' from the dateline's day when the page's date is a day or two off it, past a syndicator's credit", () => {
    const text =
      '(MENAFN- Wire Network) LIMA, Apr 23 (AGENCY) – Chile and Peru yesterday signed more than 20 deals during a visit by President Ana Soler of Chile to Peru.';
    assert.deepEqual(
      events(text, '2024-04-22').map((e) => [e.type, e.date]),
      [['visit', '2024-04-22']],
    );
    // A dateline far from the page's date is another day's: the page's date anchors.
    assert.deepEqual(
      events(text.replace('Apr 23', 'Jan 5'), '2024-04-22').map((e) => e.date),
      ['2024-04-21'],
    );
  });
  it('takes no day of a saying for the encounter it reports ("X said on Saturday that the meeting …")', () => {
    assert.deepEqual(
      events(
        'Envoy Ana Soler of Chile said early on Saturday that the meeting of Chilean and Peruvian delegates in Lima yielded a prisoner exchange.',
        '2025-05-16',
      ).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2025-05-16', 'CHL+PER']],
    );
  });
  it('reads "met with A and B\'s ambassadors" as one meeting per state', () => {
    const text = [
      'RIYADH — Saudi Minister of Education Khalid Al-Harbi has met with India and Poland’s ambassadors to the Kingdom.',
      'During his meeting with the Indian Ambassador to the Kingdom Dr. Ravi Kumar Sen, Al-Harbi discussed cooperation.',
      'Al-Harbi also met with the Polish Ambassador to the Kingdom, Jan Nowicki, to review education ties.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2023-09-03')
        .map((e) => [e.type, e.countries.join('+')])
        .sort(),
      [
        ['meeting', 'IND+SAU'],
        ['meeting', 'POL+SAU'],
      ],
    );
  });
  it('keeps the review\'s cases: three-way talks with "counterparts", acts of one side during a summit, "the annual summit" of two, credentials and letters handed over', () => {
    assert.deepEqual(
      events('Foreign Minister Ana Soler of Chile met with her Peruvian and Bolivian counterparts in Lima on Thursday.', '2024-05-03').map((e) =>
        e.countries.join('+'),
      ),
      ['BOL+CHL+PER'],
    );
    assert.deepEqual(
      events('Chilean President Ana Soler criticised Peru on fishing during the Pacific Alliance summit on Thursday.', '2024-05-03').map((e) => e.type),
      ['summit'],
    );
    assert.deepEqual(
      events('Chile and Peru signed five agreements during the annual summit in Lima on Monday.', '2024-05-03').map((e) => e.type),
      ['summit'],
    );
    assert.deepEqual(
      events('The President of Chile received the letters of credence of the new ambassadors of Peru and Bolivia.', '2024-05-03').map((e) => e.type),
      ['meeting'],
    );
    assert.deepEqual(
      events(
        'President Ana Soler of Chile received a letter from the President of Peru, delivered by Peruvian Foreign Minister Luis Quispe, in Santiago on Tuesday.',
        '2024-05-03',
      ).map((e) => [e.type, e.date]),
      [['meeting', '2024-04-30']],
    );
  });
  it('reads "received" a visitor as an encounter, and "received congratulations" or "a letter" as none', () => {
    assert.deepEqual(
      events(
        'Ghanaian leaders received congratulations on Independence Day. President Kofi Mensah also received a letter from President Ana Soler of Chile.',
        '2024-03-07',
      ),
      [],
    );
    assert.deepEqual(
      events('President Kofi Mensah of Ghana received the visiting Chilean Foreign Minister Ana Soler in Accra on Tuesday.', '2024-03-07').map((e) => [
        e.type,
        e.date,
        e.countries.join('+'),
      ]),
      [['visit', '2024-03-05', 'CHL+GHA']],
    );
  });
  it('takes no flow of tourists for an encounter, nor its year for the main one', () => {
    const text =
      'President Luis Quispe of Peru held talks with President Ana Soler of Chile at the Palacio de Gobierno. In 2015, more than 19 thousand Chileans visited Peru, and 3,000 students visited Chile.';
    assert.deepEqual(
      events(text).map((e) => [e.type, e.date]),
      [['meeting', null]],
    );
  });
  it('makes one past encounter per year a sentence lists, and none of one date alone', () => {
    const text =
      'President Luis Quispe of Peru held talks with President Ana Soler of Chile in Lima on 26 January 2023. Soler previously visited Peru in October 2015 and in September 2016 on official visits.';
    assert.deepEqual(
      events(text)
        .map((e) => [e.type, e.date])
        .sort(),
      [
        ['meeting', '2023-01-26'],
        ['visit', '2015-10'],
        ['visit', '2016-09'],
      ],
    );
    assert.deepEqual(
      events(
        'President Luis Quispe of Peru held talks with President Ana Soler of Chile in Lima on 26 January 2023. Soler previously visited Peru in October 2015.',
      ).length,
      2,
    );
  });
  it('reads the day a visit is concluded as its last day, and its length back to its first', () => {
    assert.deepEqual(
      events('Prime Minister Ana Soler of Chile left Lima on Tuesday, concluding her two-day official visit to Peru.', '2023-12-12').map((e) => [
        e.type,
        e.date,
        e.end,
      ]),
      [['visit', '2023-12-11', '2023-12-12']],
    );
    assert.deepEqual(
      events(
        'President Luis Quispe of Peru returned home yesterday (February 18) after completing a successful three day State Visit to Chile.',
        '2015-02-19',
      ).map((e) => [e.type, e.date, e.end]),
      [['visit', '2015-02-16', '2015-02-18']],
    );
  });
  it('records how a date was established', () => {
    const f = extractText('t.txt', 'President of Chile Camila Rojas received the Ambassador of Norway at La Moneda Palace.', { published: '2024-05-09' });
    assert.deepEqual([f.events[0]!.date, f.events[0]!.date_basis], ['2024-05-09', 'publication']);
  });
  it('keeps an announced forum with a place of its own, and not a third-party conference', () => {
    const got = events(
      'The presidents of Chile and Peru met in Lima on 2 May. The parties agreed to hold the first Forum of Regions of the two states in Santiago next year. They also discussed a conference on oceans to be held in New York.',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.planned, e.countries.join()]),
      [
        ['meeting', false, 'CHL,PER'],
        ['forum', true, 'CHL,PER'],
      ],
    );
  });
  it("dates an undated main encounter by its dateline's day, and takes no earlier year's visit for its frame", () => {
    const text = [
      'Soler met with Pardo',
      '',
      'Lima. May 4. Andina - President of Peru Ana Soler held a meeting with Chilean President Luis Pardo, the presidential office said.',
      "Soler noted that after Pardo's state visit to Peru in October last year, trade between the two countries has grown.",
    ].join('\n');
    const [main] = events(text);
    assert.deepEqual(main, { type: 'meeting', date: '--05-04', end: null, planned: false, countries: ['CHL', 'PER'] });
    const [withVisit] = events(text.replace('in October last year', 'this week'));
    assert.equal(withVisit!.type, 'visit', 'a visit of its own time frames it');
  });

  it('takes no side from the context a lead sets: a state "amid" a dispute, the author of a measure "announced by" someone', () => {
    const lead =
      "Prime Minister Ana Soler's tour of Asia began on Tuesday in Hanoi with talks with the Government of Vietnam to expand Chilean exports amid the trade dispute with the United States.";
    const measure =
      'Ms Soler is visiting Vietnam, one of the economies hardest hit by the duties imposed last month by US President John Carter. She met Prime Minister Tran Van Minh in Hanoi on Tuesday.';
    const all = events(`${lead}\n\n${measure}`, '2025-04-10');
    assert.deepEqual(all[0]?.countries, ['CHL', 'VNM']);
    assert.ok(!all.some((e) => e.countries.includes('USA')), 'no encounter with the United States');
    // The same states named as sides stay sides.
    const [withThem] = events(
      'Prime Minister Ana Soler of Chile met President John Carter of the United States in Hanoi on Tuesday amid the trade dispute.',
      '2025-04-10',
    );
    assert.deepEqual(withThem?.countries, ['CHL', 'USA']);
  });

  it('reads an encounter that is the occasion of a past agreement as past, and a weekday of an announcement as no encounter day', () => {
    // Published on a Wednesday: "on Wednesday" is that day, not the next one.
    const occasion = 'Chile and Peru agreed to co-operate against smuggling during an intergovernmental meeting in Lima on Wednesday.';
    assert.deepEqual(
      events(occasion, '2025-07-23').map((e) => [e.type, e.date, e.planned]),
      [['meeting', '2025-07-23', false]],
    );
    // What was agreed may itself be an encounter to come.
    assert.deepEqual(
      events('Chile and Peru agreed to hold an intergovernmental meeting in Lima on Wednesday.', '2025-07-21').map((e) => [e.date, e.planned]),
      [['2025-07-23', true]],
    );
    const tour =
      'The President of Chile will make a tour of Europe. The presidency announced the tour on Sunday, saying it will begin in Spain, followed by Portugal.';
    assert.ok(!events(tour, '2024-09-02').some((e) => e.date === '2024-09-08'), 'Sunday is the day of the announcement');
    assert.deepEqual(
      events('The presidency announced the talks would be held on Friday in Lima between Chile and Peru.', '2024-09-02').map((e) => e.date),
      ['2024-09-06'],
    );
  });

  it("makes talks part of the visit that began with an arrival a few days before them, the documents keeping the talks' day", () => {
    const text = [
      'SANTIAGO (Agency - 17th May, 2023) Chile and Peru will deepen trade, Chilean Foreign Minister Ana Soler said on Wednesday at a press conference following a meeting with Peruvian Foreign Minister Luis Quispe.',
      'As a result of the talks, the ministers signed a joint communique on foreign policy priorities.',
      'Quispe arrived in Santiago on May 15 for an official visit.',
    ].join('\n\n');
    const facts = extractText('t.txt', text, { published: '2023-05-17' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date, e.countries.join('+')]),
      [['visit', '2023-05-15', 'CHL+PER']],
    );
    assert.deepEqual(
      facts.agreements.map((a) => a.date),
      ['2023-05-17'],
    );
    // An arrival for a visit weeks before is another encounter.
    const earlier = text.replace('on May 15', 'on April 2');
    assert.equal(extractText('t.txt', earlier, { published: '2023-05-17' }).events.length, 2);
  });

  it('reports a video summit of two leaders as the encounter of a lead that names none, never as a visit', () => {
    const text = [
      'Chile and Korea signed a free trade agreement on Friday, the Chilean president said.',
      'For Korea, the pact comes ahead of elections.',
      'The pact builds on long-standing ties, the president said.',
      'Chilean Trade Minister Luis Quispe witnessed the signing in Santiago during a video summit between President Ana Soler of Chile and President Kim Min-jun of Korea.',
      'Early last year, Kim made his first visit to Chile in a decade.',
      "The Korean leader's trip to Chile followed years of talks.",
    ].join(' ');
    const facts = extractText('t.txt', text, { published: '2023-03-05' });
    assert.deepEqual(
      facts.events.map((e) => [e.type, e.date]),
      [
        ['summit', '2023-03-03'],
        ['visit', '2022'],
      ],
    );
    assert.deepEqual(
      facts.agreements.map((a) => a.date),
      ['2023-03-03'],
    );
  });

  it('calls a meeting a summit when the text also names it a summit of its two states on its day', () => {
    const text = [
      'Chilean President Ana Soler and Peruvian President Luis Quispe react during the Chile-Peru summit at the Palacio de la Moneda in Santiago, Chile, July 23 2025. Picture: AGENCY',
      'Santiago — Chile and Peru agreed to co-operate to fight smuggling during an intergovernmental meeting in Santiago on Wednesday.',
      'Ana Soler met Luis Quispe at the palace.',
    ].join('\n');
    assert.deepEqual(
      events(text, '2025-07-23').map((e) => [e.type, e.date, e.countries.join('+')]),
      [['summit', '2025-07-23', 'CHL+PER']],
    );
    // A summit of many, at whose sidelines two leaders met, leaves their meeting a meeting.
    const sidelines = 'President Ana Soler of Chile met President Luis Quispe of Peru on the sidelines of the G20 summit in Rio on Wednesday.';
    assert.equal(events(sidelines, '2025-07-23')[0]?.type, 'meeting');
  });

  it('reads a "telephone discussion" or a "phone exchange" as a call', () => {
    for (const words of ['held an excellent telephone discussion', 'had a phone exchange'])
      assert.deepEqual(
        events(`President Ana Soler of Chile and President Luis Quispe of Peru ${words} on Tuesday.`, '2024-03-05').map((e) => [e.type, e.date]),
        [['phone_call', '2024-03-05']],
        words,
      );
  });

  it('reads a return "after a state visit" as the last day of that visit, whether the lead reports the return or the talks', () => {
    const returned = [
      'President Ana Soler, on Saturday night, returned to Santiago after a state visit to the Republic of Peru.',
      'President Soler departed Santiago on Monday, January 26, for the state visit, following an invitation by Peruvian President Luis Quispe.',
    ].join('\n\n');
    const full = extractText('t.txt', returned, { published: '2026-02-01' }).events;
    assert.deepEqual(
      full.map((e) => [e.type, e.date, e.end_date, e.countries.join('+')]),
      [['visit', '2026-01-26', '2026-01-31', 'CHL+PER']],
    );
    const talks =
      'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday. President Soler returned to Santiago on Wednesday after a state visit to Peru.';
    assert.deepEqual(
      extractText('t.txt', talks, { published: '2024-05-08' }).events.map((e) => [e.type, e.date, e.end_date]),
      [['visit', '2024-05-06', '2024-05-08']],
    );
  });

  it('reads "next Sunday" as the coming Sunday and a planned encounter, "last Tuesday" as the one before, and the reported encounter keeps its own day', () => {
    const lead = "Lima, 14 November 2023 - Peruvian President Ana Quispe received Chile's President Luis Soler.";
    assert.deepEqual(
      events(`${lead} The historic visit of the Peruvian President to Chile next Sunday will open a new chapter.`, '2023-11-14').map((e) => [
        e.type,
        e.date,
        e.planned,
      ]),
      [
        ['meeting', '2023-11-14', false],
        ['visit', '2023-11-19', true],
      ],
    );
    assert.deepEqual(
      events('Lima, 14 November 2023 (a Tuesday) - Peruvian President Ana Quispe visited Chile last Tuesday.', '2023-11-14').map((e) => [
        e.type,
        e.date,
        e.planned,
      ]),
      [['visit', '2023-11-07', false]],
    );
  });

  it('reads "discussed the Iranian president\'s planned visit to Türkiye in the coming days" as a planned visit of its own, not the frame of the reported meeting', () => {
    const lead = "Lima, 14 November 2023 - Peruvian President Ana Quispe received Chile's President Luis Soler.";
    assert.deepEqual(
      events(`${lead} They discussed the Bolivian president's planned visit to Peru in the coming days.`, '2023-11-14').map((e) => [
        e.type,
        e.date,
        e.planned,
        e.countries.join('+'),
      ]),
      [
        ['meeting', '2023-11-14', false, 'CHL+PER'],
        ['visit', null, true, 'BOL+PER'],
      ],
    );
  });

  it('reads "the first Irish prime minister to pay a bilateral visit to Korea" as the visit reported, and "dialogues at the summit level" as no summit', () => {
    const lead = 'Seoul, 14 March 2023 - Irish Taoiseach Aoife Byrne met South Korean President Park Min-jun.';
    assert.deepEqual(
      events(
        `${lead} Byrne is the first Irish prime minister to pay a bilateral visit to South Korea since the two sides established ties in 1983.`,
        '2023-03-14',
      ).map((e) => [e.type, e.date, e.planned, e.countries.join('+')]),
      [['visit', '2023-03-14', false, 'IRL+KOR']],
    );
    assert.deepEqual(
      events(`${lead} The two countries will continue dialogues at the summit level, based on their partnership of 2014.`, '2023-03-14').map((e) => [
        e.type,
        e.date,
      ]),
      [['meeting', '2023-03-14']],
    );
  });

  it('counts an anniversary of relations from their founding stated in a nearby paragraph or further on ("… 40th anniversary of diplomatic relations" / "established diplomatic ties in 1983")', () => {
    const text = [
      'Chile and Peru leaders meet',
      'President Ana Soler was in Lima on a two-day visit on the occasion of the 40th anniversary of diplomatic relations between Chile and Peru.',
      'She is the first Chilean president to pay a bilateral visit since the two sides established diplomatic ties in 1983.',
    ].join('\n\n');
    assert.deepEqual(
      extractText('t.txt', text, { published: null }).events.map((e) => [e.type, e.date]),
      [['visit', '2023']],
    );
    const far = [
      'Chile and Peru leaders meet',
      'President Ana Soler was in Lima on a two-day visit on the occasion of the 40th anniversary of diplomatic relations between Chile and Peru.',
      'Trade grew.',
      'Tourism grew.',
      'Mining grew.',
      'The two sides established diplomatic ties in 1983.',
    ].join('\n\n');
    assert.equal(extractText('t.txt', far, { published: null }).events[0]?.date, '2023', 'the one founding of relations the text states, further on');
    assert.equal(
      extractText('t.txt', far.replace('The two sides established diplomatic ties in 1983.', 'Chile established diplomatic ties with China in 1970.'), {
        published: null,
      }).events[0]?.date,
      null,
      'the founding of relations with a state the text is not about is no base',
    );
  });

  it('dates an announced visit by its own day, not by the day of the statement that announces it ("According to a statement … on Thursday, the visit will begin on July 9")', () => {
    assert.equal(
      events(
        'Lima, 4 July 2024 - Chilean President Ana Soler will pay a visit to Peru. According to a statement from the presidency on Thursday, the visit will begin on July 9.',
        '2024-07-04',
      ).some((e) => e.type === 'visit' && e.date === '2024-07-11'),
      false,
    );
  });
  it('takes no side from what the talks are to discuss, from what the sides agreed will happen, or from the state of a venue in brackets ("Vienna (Austria)")', () => {
    assert.deepEqual(
      events(
        'Chilean Deputy Foreign Minister Ana Soler held a meeting with the Peruvian ambassador Luis Quispe on Friday to discuss the situation in Bolivia and Ecuador.',
        '2024-02-09',
      ).map((e) => e.countries.join('+')),
      ['CHL+PER'],
    );
    assert.deepEqual(
      events(
        'Ana Soler of Chile and Luis Quispe of Peru met in Lima on Monday and agreed that their countries plus Brazil will work together.',
        '2024-02-09',
      ).map((e) => e.countries.join('+')),
      ['CHL+PER'],
    );
    assert.deepEqual(
      events('On November 1, 2023, Chile and Peru conducted foreign policy consultations in Vienna (Austria).', '2024-02-09').map((e) => e.countries.join('+')),
      ['CHL+PER'],
    );
  });
  it('reads envoys presenting their credentials as a meeting at home, whatever arrival of their posting the text tells of', () => {
    assert.deepEqual(
      events(
        'The newly accredited ambassadors of Chile and Peru presented their credentials to President Ana Soler of Bolivia in La Paz on Thursday. The Chilean embassy welcomed the ambassador on his arrival and said it is ready to work with him.',
        '2024-02-09',
      ).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2024-02-08', 'BOL+CHL+PER']],
    );
  });
  it('dates a visit by its span when the sentence gives the day of leaving inside it, and counts back from "left … on Friday after a three-day visit"', () => {
    assert.deepEqual(
      events('Foreign Minister Ana Soler of Chile left Lima on 13 November at the conclusion of her visit to Peru from 11 to 13 November.', '2024-11-14').map(
        (e) => [e.type, e.date, e.end],
      ),
      [['visit', '2024-11-11', '2024-11-13']],
    );
    assert.deepEqual(
      events('President Ana Soler of Chile left Lima on Friday after a three-day state visit to Peru.', '2024-03-08').map((e) => [e.type, e.date, e.end]),
      [['visit', '2024-03-06', '2024-03-08']],
    );
  });
  it('reads a past round of a standing format ("The last round of FOCs was held in November 2021 in Lima") and the next round to be held, beside an announced visit of the same sides', () => {
    const got = events(
      'The 8th round of Foreign Office Consultations between Chile and Peru was held in Santiago on 12 March 2024. The last round of FOCs was held in November 2021 in Lima. It was agreed to hold the next round of FOCs at a mutually convenient date in Lima. The consultations took stock of relations before the forthcoming visit of the Peruvian Foreign Minister to Chile.',
      '2024-03-13',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['meeting', '2024-03-12', false],
        ['meeting', '2021-11', false],
        ['meeting', null, true],
        ['visit', null, true],
      ],
    );
  });
  it('gives "The two officials met on the sidelines of … in Geneva, Switzerland" the states of the two people the sentence before named, not the venue\'s', () => {
    const text =
      'Chilean Health Minister Ana Soler and her Peruvian counterpart Luis Quispe have signed a memorandum of understanding on health, the ministry said on Wednesday. The two officials met on the sidelines of the World Health Assembly held from May 20 to 28 in Geneva, Switzerland.';
    const got = extractText('t.txt', text, { published: '2019-05-22' });
    assert.deepEqual(
      got.events.map((e) => [e.type, e.countries.join('+')]),
      [['meeting', 'CHL+PER']],
    );
    assert.deepEqual(
      got.agreements.map((a) => a.parties.join('+')),
      ['CHL+PER'],
    );
  });
  it('reads an earlier encounter recalled in the past tense beside an announced one as past ("…, as previously he visited the country in 2019", "after X, who visited in 2005")', () => {
    assert.deepEqual(
      events(
        'The Emir of Qatar will visit Kenya next week. This will be the first visit by the Emir to Kenya in five years, as previously he visited the country in February 2019.',
        '2024-05-07',
      ).map((e) => [e.date, e.planned]),
      [
        ['2019-02', false],
        ['2024-05', true],
      ],
    );
    const got = events(
      'Vice President Ama Mensah of Ghana will be the second Ghanaian leader to visit Chile after President John Kufuor, who visited in 2005.',
      '2022-12-03',
    );
    assert.deepEqual(
      got.filter((e) => e.date === '2005').map((e) => [e.planned, e.countries.join('+')]),
      [[false, 'CHL+GHA']],
    );
  });
  it("keeps two visits of one pair in one year apart when each goes to the other's state", () => {
    const got = events(
      'The following are major events in Chile-Ghana relations.\nIn 1995, Ghanaian Vice President Kow Arkaah visited Chile.\nIn 1995, Chilean President Eduardo Frei visited Ghana.\nIn 1995, the Ghanaian Minister of Trade visited Chile again.',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.countries.join('+')]),
      [
        ['visit', '1995', 'CHL+GHA'],
        ['visit', '1995', 'CHL+GHA'],
      ],
    );
  });
  it("reads a guest's thanks for the invitation to pay the visit as framing the talks as that visit, and not one for a visit next year", () => {
    assert.deepEqual(
      events(
        'I would like to sincerely thank my dear brother, esteemed Shavkat Mirziyoyev, for the invitation to pay an official visit to the Republic of Uzbekistan. Our meeting with President Emomali Rahmon of Tajikistan was held in a constructive atmosphere.',
        '2022-06-02',
      ).map((e) => [e.type, e.planned, e.countries.join('+')]),
      [['visit', false, 'TJK+UZB']],
    );
    assert.deepEqual(
      events(
        'President Emomali Rahmon of Tajikistan met President Shavkat Mirziyoyev of Uzbekistan in Dushanbe on Monday. Rahmon thanked Mirziyoyev for the invitation to pay an official visit to Uzbekistan next year.',
        '2022-06-02',
      ).map((e) => [e.type, e.planned]),
      [
        ['meeting', false],
        ['visit', true],
      ],
    );
  });
  it('dates a ceremony "to inaugurate" a building by the day it "took place", not by the publication day', () => {
    assert.deepEqual(
      events(
        'A ceremony to inaugurate the new building at Mahosot Hospital took place on 12 October, attended by Prime Minister Sonexay Siphandone of Laos and Prime Minister Li Qiang of China.',
        '2024-10-15',
      ).map((e) => [e.type, e.date]),
      [['ceremony', '2024-10-12']],
    );
  });
  it('reads the bilateral meetings held during a visit to one state with leaders of others as meetings, and a leg the text says he travelled to as a visit', () => {
    const got = events(
      [
        'President Lula on Friday left for home after concluding his three-nation Africa tour.',
        'Earlier, Lula travelled to Angola on a two-day visit and held talks with President Joao Lourenco.',
        'On the last leg of his trip, Lula visited South Africa where he attended the BRICS summit and also held bilateral meetings with Chinese President Xi Jinping, Russian President Vladimir Putin and Indian Prime Minister Narendra Modi.',
      ].join(' '),
      '2023-08-25',
    );
    const byPair = Object.fromEntries(got.map((e) => [e.countries.join('+'), e.type]));
    assert.equal(byPair['AGO+BRA'], 'visit');
    assert.equal(byPair['BRA+ZAF'], 'visit');
    assert.equal(byPair['BRA+CHN'], 'meeting');
    assert.equal(byPair['BRA+RUS'], 'meeting');
    assert.equal(byPair['BRA+IND'], 'meeting');
  });
  it("reads a meeting with the head of an international body as the state's alone: no venue's state, no second state made up", () => {
    const got = extractText(
      't.txt',
      'RIYADH: Prime Minister Muhammad Shahbaz Sharif met Kristalina Georgieva, Managing Director (MD) of the International Monetary Fund (IMF). The Prime Minister thanked Georgieva for her support to Pakistan.',
      { published: '2024-04-29' },
    );
    assert.deepEqual(
      got.events.map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2024-04-29', 'PAK']],
    );
    assert.deepEqual(
      got.people.map((p) => [p.name, p.role, p.country]),
      [
        ['Muhammad Shahbaz Sharif', 'Prime Minister', 'PAK'],
        ['Kristalina Georgieva', 'Managing Director', null],
      ],
    );
    const oic = extractText(
      't.txt',
      'President Recep Tayyip Erdogan received the Secretary General of the Organization of Islamic Cooperation (OIC), Mr Hissein Brahim Taha, in Ankara on Thursday.',
      {
        published: '2021-11-29',
      },
    );
    assert.deepEqual(
      oic.people.map((p) => [p.name, p.role, p.country]),
      [
        ['Recep Tayyip Erdogan', 'President', 'TUR'],
        ['Hissein Brahim Taha', 'Secretary General', null],
      ],
    );
    assert.deepEqual(
      oic.events.map((e) => e.countries.join('+')),
      ['TUR'],
    );
  });
  it('reads a signing by two ministers "on the sidelines of the African Union Summit" as their meeting, not the summit', () => {
    assert.deepEqual(
      events(
        'The MoU was signed by Somalia Foreign Minister Abdisaid Muse Ali and his Rwandan counterpart Vincent Biruta, on the sidelines of the African Union Summit in Addis Ababa, on Saturday.',
        '2022-02-06',
      ).map((e) => [e.type, e.date, e.countries.join('+')]),
      [['meeting', '2022-02-05', 'RWA+SOM']],
    );
  });
  it('dates a visit by its own span when the sentence also gives the day of the talks inside it, with no year ("on July 17 during … visit to Vietnam from July 16-18")', () => {
    const got = extractText(
      't.txt',
      "Vietnam's Foreign Minister Pham Binh Minh met with his Sri Lankan counterpart, Gamini Lakshman Peiris, on July 17 during the latter's official visit to Vietnam from July 16-18 and agreed to sign a joint Preferential Trade Agreement in the near future.",
    );
    assert.deepEqual(
      got.events.map((e) => [e.type, e.date, e.end_date]),
      [['visit', '--07-16', '--07-18']],
    );
    // A document to be signed "in the near future" takes no day of this encounter.
    assert.deepEqual(
      got.agreements.map((a) => [a.status, a.date]),
      [['planned', null]],
    );
  });
  it('reads "She also met with X" and "Later, she held talks with Y" after a dated visit as meetings with those states on the day the lead reports', () => {
    const got = events(
      'President Droupadi Murmu, who is in London on a three-day visit, attended the state funeral of Queen Elizabeth II on Monday. The funeral was attended by many world leaders. The President paid tribute to the late Queen. She also met with Tanzania President Samia Suluhu Hassan. Later, she held talks with Canadian Prime Minister Justin Trudeau.',
      '2022-09-19',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.countries.join('+')]),
      [
        ['visit', '2022-09-19', 'GBR+IND'],
        ['meeting', '2022-09-19', 'IND+TZA'],
        ['meeting', '2022-09-19', 'CAN+IND'],
      ],
    );
  });
  it('dates the last stop of a tour of a continent by its own day: "wrapped up a six-day tour of Africa on Friday in Congo" spans the tour, not the stop', () => {
    assert.deepEqual(
      events(
        "China's President Xi Jinping wrapped up a six-day tour of Africa on Friday in the Republic of Congo, where he met President Denis Sassou Nguesso.",
        '2013-03-30',
      ).map((e) => [e.date, e.end]),
      [['2013-03-29', null]],
    );
    // A visit of its own length still spans it.
    assert.deepEqual(
      events('President Xi Jinping of China wrapped up a two-day visit to Congo on Friday after meeting President Denis Sassou Nguesso.', '2013-03-30').map(
        (e) => [e.date, e.end],
      ),
      [['2013-03-28', '2013-03-29']],
    );
  });
  it('reads "is on a July 9-11 visit" as under way, and a dateline days after the page\'s own date as the day the text was written', () => {
    const text = [
      'Nairobi, July 10 (KNA) The National Assembly of Kenya on Tuesday signed a memorandum with its counterpart from Ghana, a statement said.',
      'Speaker Moses Wetang signed it with the visiting Speaker of Ghana, Alban Bagbin.',
      'Bagbin is on a July 9-11 visit to Kenya at the invitation of Wetang, the first such delegation from Ghana to visit Kenya.',
    ].join('\n\n');
    const got = events(text, '2018-07-06');
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.end, e.planned]),
      [['visit', '2018-07-09', '2018-07-11', false]],
    );
  });
  it('reads two leaders who "met on the sidelines of the G20 Summit" under a headline "… at G20 Summit" as a meeting, not a summit of the two', () => {
    const text = [
      'Chile, Japan announce green hydrogen partnership at G20 Summit',
      'TOKYO, (Agency) Chilean President Ana Soler and Japanese Prime Minister Kenji Sato met on the sidelines of the G20 Leaders’ Summit in Rio de Janeiro, announcing new agreements.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2024-11-20').map((e) => [e.type, e.countries.join('+')]),
      [['meeting', 'CHL+JPN']],
    );
  });
  it('reads "X will head to Poland this week …, the ministry said Wednesday" and "X will depart on Thursday for a three-day visit" as one planned visit on those days, with no venue from "Seoul\'s defense ministry"', () => {
    const text = [
      'Defense Minister Park Min-jun will head to Poland this week to attend a signing ceremony and hold talks with his Polish counterpart Jan Nowicki, the ministry said Wednesday.',
      "Park will depart for the European country on Thursday for a three-day visit, according to Seoul's defense ministry.",
    ].join('\n\n');
    const got = extractText('t.txt', text, { published: '2025-07-30' });
    assert.deepEqual(
      got.events.map((e) => [e.type, e.date, e.end_date, e.planned, e.countries.join('+'), e.place]),
      [['visit', '2025-07-31', '2025-08-02', true, 'KOR+POL', null]],
    );
    // The traveller to one state of a two-state report is of the other.
    assert.deepEqual(
      got.people.map((p) => [p.name, p.country]),
      [
        ['Park Min-jun', 'KOR'],
        ['Jan Nowicki', 'POL'],
      ],
    );
  });
  it('reads a headline\'s undated "phone call" and the body\'s "telephone conversation on Friday" as one call on that Friday', () => {
    const text = [
      'Premiers forge closer ties in phone call',
      'Chile and Peru have reaffirmed their determination to deepen cooperation, according to a government spokesman.',
      'He said Prime Minister Ana Soler and her Peruvian counterpart Luis Quispe made the commitment during a telephone conversation on Friday.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2020-11-07').map((e) => [e.type, e.date, e.countries.join('+')]),
      [['phone_call', '2020-11-06', 'CHL+PER']],
    );
  });
  it('dates a visit a caption line names with no day by the signing the next sentence dates ("on Monday in Rabat … signed agreements")', () => {
    const text = [
      'President Ruto on a 2-day official visit to Morocco.',
      'Kenya and the Kingdom of Morocco on Monday in Rabat signed agreements on fertiliser supply and agriculture training.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2018-06-12').map((e) => [e.type, e.date, e.countries.join('+')]),
      [['visit', '2018-06-11', 'KEN+MAR']],
    );
  });
  it('reads a lead that announces a meeting with no day ("will meet with his Colombian counterpart") as a planned encounter', () => {
    assert.deepEqual(
      events(
        'The president of Chile, Ana Soler, will meet with her Peruvian counterpart, Luis Quispe, to address issues on the bilateral agenda.',
        '2024-04-18',
      ).map((e) => [e.planned, e.countries.join('+')]),
      [[true, 'CHL+PER']],
    );
  });
  it('keeps the limits of this round\'s rules: a trip still to come after "the first … to visit", a visit that begins after the day of writing, a past encounter dated by "said Monday", a venue at a capital\'s ministry, "will leave" no travel, a summit the body reports', () => {
    assert.deepEqual(
      events('Modi, the first Indian prime minister to visit Ukraine, is expected to travel to Kyiv on August 23.', '2024-08-10').map((e) => [
        e.date,
        e.planned,
      ]),
      [['2024-08-23', true]],
    );
    assert.deepEqual(
      events('Chinese Premier Li Qiang is making his first visit to Australia from June 15 to 18, the foreign ministry said on Monday.', '2024-06-10').map(
        (e) => e.planned,
      ),
      [true],
    );
    assert.deepEqual(
      events('Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi, the Kremlin said Monday.', '2024-09-05').map((e) => e.date),
      ['2024-09-02'],
    );
    assert.deepEqual(
      extractText(
        't.txt',
        "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi at Moscow's Foreign Ministry mansion on Monday.",
        {
          published: '2024-03-19',
        },
      ).events.map((e) => e.place?.city),
      ['Moscow'],
    );
    assert.deepEqual(
      events('Defence Minister Ana Soler of Chile will leave the meeting early, the ministry said.', '2024-06-10').filter((e) => e.planned),
      [],
    );
    const brics =
      'BRICS Summit opens in Kazan\n\nThe 16th BRICS Summit opened in Kazan on Tuesday. On the sidelines of the summit, Prime Minister Narendra Modi met Chinese President Xi Jinping.';
    assert.ok(events(brics, '2024-10-23').some((e) => e.type === 'summit'));
  });
  it('reads an accepted invitation ("extended an invitation to X to make a state visit to Peru, which was accepted") as a planned visit, and one not accepted as none', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      events(`${lead} Quispe extended an invitation to Soler to make a state visit to Peru, which was accepted.`, '2024-07-05').map((e) => [e.type, e.planned]),
      [
        ['meeting', false],
        ['visit', true],
      ],
    );
    assert.deepEqual(
      events(`${lead} Quispe extended an invitation to Soler to make a state visit to Peru.`, '2024-07-05').map((e) => [e.type, e.planned]),
      [['meeting', false]],
    );
  });
  it('reads an encounter during which documents were signed as past, whatever purpose or future the sentence gives the documents', () => {
    assert.deepEqual(
      events(
        "Chile and Peru signed nine agreements on Thursday as they aim to double trade over the next year during Chilean President Ana Soler's two-day state visit to Peru.",
        '2024-03-08',
      ).map((e) => [e.date, e.planned]),
      [['2024-03-07', false]],
    );
    assert.deepEqual(
      events("Chile and Peru signed nine agreements, and more are to be signed during President Ana Soler's state visit to Peru.", '2024-03-08').map(
        (e) => e.planned,
      ),
      [true],
    );
  });
  it('reads talks held where one side travelled to ("headed to Peru to hold a summit meeting with her counterpart") as a visit; to a city, which may lie in a third state, not', () => {
    assert.deepEqual(
      events('Last May, Chilean President Ana Soler headed to Peru to hold a summit meeting with her counterpart Luis Quispe.', '2022-02-07').map((e) => [
        e.type,
        e.date,
      ]),
      [['visit', '2021-05']],
    );
    assert.deepEqual(
      events('Chilean Foreign Minister Ana Soler flew to Paris to hold talks with Peruvian Foreign Minister Luis Quispe on Monday.', '2022-02-07').map((e) => [
        e.type,
        e.planned,
      ]),
      [['meeting', false]],
    );
  });
  it('reads a signing ceremony at which the two sides also held talks that day as a meeting, and a ceremony alone as a ceremony', () => {
    const lead =
      'Chilean Defence Minister Ana Soler and her Peruvian counterpart Luis Quispe attended the signing ceremony of a tank contract in Arequipa on Friday.';
    assert.deepEqual(
      events(`${lead} Before the ceremony, Soler held talks with Quispe on the arms industry.`, '2025-08-02').map((e) => [e.type, e.date]),
      [['meeting', '2025-08-01']],
    );
    assert.deepEqual(
      events(lead, '2025-08-02').map((e) => [e.type, e.date]),
      [['ceremony', '2025-08-01']],
    );
  });
  it('reads a gathering dated in brackets after its name ("the 10th Joint Committee (Lima, 25 March 2024)") as a past encounter of its own, whose date no planned meeting of the sentence takes', () => {
    const got = events(
      'Afterwards, the President of Chile will have a meeting with Peruvian Prime Minister Luis Quispe to assess the results of the 10th Joint Committee for Industrial Cooperation (Lima, 25 March 2024).',
      '2024-04-23',
    );
    assert.ok(got.some((e) => e.date === '2024-03-25' && !e.planned));
    assert.ok(got.every((e) => !(e.date === '2024-03-25' && e.planned)));
  });
  it('ends a visit "from Monday to Wednesday" on the Wednesday after its first day', () => {
    assert.deepEqual(
      events('President Ana Soler of Chile is on an official visit to Peru from Monday to Wednesday.', '2024-04-23').map((e) => [e.date, e.end]),
      [['2024-04-22', '2024-04-24']],
    );
  });
  it('reads "his recent visits to A, B and C" beside the main visit as one earlier visit to each state', () => {
    const got = events(
      'Chilean Foreign Minister Ana Soler is on a visit to Peru. She met President Luis Quispe. Following her recent visits to Bolivia, Ecuador and Colombia, Soler is pursuing her regional tour.',
      '2023-11-02',
    );
    assert.deepEqual(got.map((e) => `${e.type} ${e.countries.join('+')}`).sort(), ['visit BOL+CHL', 'visit CHL+COL', 'visit CHL+ECU', 'visit CHL+PER']);
  });
  it('reads "the agreements we will sign during my visit," said by the visitor as a visit under way, and drops an end before the start', () => {
    assert.deepEqual(
      events(
        '"We will fortify our ties with the agreements we will sign during my visit," President Ana Soler of Chile told a business forum in Lima on Monday.',
        '2022-02-21',
      ).map((e) => [e.date, e.planned]),
      [['2022-02-21', false]],
    );
    assert.ok(
      events('President Ana Soler of Chile arrived in Peru for a visit from February 20 to 2', '2022-02-21').every((e) => e.end === null || e.end >= e.date!),
    );
  });
  it('reads "When X meets Y in Lima on Thursday, he is expected to sign …" as a planned meeting ("meets" is an encounter word)', () => {
    assert.deepEqual(
      events(
        'When President Ana Soler of Chile meets Peruvian President Luis Quispe at the Government Palace in Lima on Thursday, she is expected to sign several agreements.',
        '2021-12-02',
      ).map((e) => [e.date, e.planned]),
      [['2021-12-02', true]],
    );
  });
  it('reads "the upcoming May visit" as the next May for the visit it dates, and not as the date of the call that discussed it', () => {
    const got = events(
      "Chilean President Ana Soler held a telephone conversation with President Luis Quispe of Peru.\n\nQuispe said the upcoming May President Soler's state visit to Lima will give a new impetus to relations.",
      '2022-04-04',
    );
    assert.deepEqual(
      got.map((e) => [e.type, e.date, e.planned]),
      [
        ['phone_call', '2022-04-04', false],
        ['visit', '2022-05', true],
      ],
    );
  });
  it('reads an archive photo\'s caption ("FILE- … during a bilateral meeting, in Lima, May 20, 2017. (AP Photo/…, File)") as no dateline or lead, a trip compared with a custom as one trip, and talks on a trip as that visit', () => {
    const text =
      "Chile pledges $6B investment in call with Peru\n\nFILE- President Ana Soler of Chile shakes hands with President Luis Quispe of Peru during a bilateral meeting, in Lima, May 20, 2017. (AP Photo/Jo Roe, File)\nChile's president said Thursday in a phone call with Quispe that Chile wants to invest $6 billion in Peru.\n\nSoler's 2017 trip to Peru upended a tradition of Chilean presidents heading to Argentina as their first trip abroad.";
    const got = events(text, '2025-01-23');
    assert.deepEqual(got.map((e) => `${e.type} ${e.date} ${e.countries.join('+')}`).sort(), ['phone_call 2025-01-23 CHL+PER', 'visit 2017-05-20 CHL+PER']);
  });
  it('reads "Her visit to Peru follows a trip to Bolivia, where … she and President Arce signed a joint declaration" as an earlier visit of its own, whose document is that leg\'s', () => {
    const text =
      'President Luis Quispe of Peru met Chilean President Ana Soler in Lima on Friday.\n\nThe Socialist president is on her third visit to Peru in two years.\n\nHer visit to Peru follows a trip to Bolivia, where in La Paz on Wednesday she and President Luis Arce signed a joint declaration.';
    const got = extractText('t.txt', text, { published: '2025-04-12' });
    assert.deepEqual(
      got.events.map((e) => `${e.type} ${e.date} ${e.countries.join('+')}`),
      ['visit 2025-04-11 CHL+PER', 'visit 2025-04-09 BOL+CHL'],
    );
    assert.deepEqual(
      got.agreements.map((a) => a.parties.join('+')),
      ['BOL+CHL'],
    );
  });
  it('dates a text by "Next year, A and B will celebrate the 55th anniversary of relations" over an earlier sentence with "last year\'s target", and dates no meeting by "next year" or "last year\'s"', () => {
    const text =
      'After hitting last year’s target, Türkiye and Mongolia aim to push trade to $500 million before the two countries celebrate the 55th anniversary of diplomatic ties.\n\n“Next year, Türkiye and Mongolia will celebrate the 55th anniversary of their diplomatic relations,” Turkish Foreign Minister Ana Soler said after a meeting with her Mongolian counterpart Luis Bold in Ankara.';
    assert.deepEqual(
      events(text).map((e) => [e.type, e.date]),
      [['meeting', '2023']],
    );
  });
  it('reads "In his meeting with X, he plans to sign …" as still to come, and "comes amid discussions on reforms" as no encounter', () => {
    const text =
      'President Ana Soler of Chile will visit Peru from June 4 to 9. In her meeting with her local colleague Luis Quispe, she plans to sign 20 bilateral agreements. The trip also comes amid discussions on global governance reforms.';
    assert.deepEqual(
      events(text, '2025-06-02').map((e) => [e.type, e.date, e.planned]),
      [['visit', '2025-06-04', true]],
    );
  });
  it('review of the round: "meets" only between people, "visits to" only a person\'s, "came as … agreed to hold" no trip made, "during the upcoming visit" no signing done, "in keeping with the tradition of contacts" still a visit, a span from its own first weekday, a leg with its own traveller', () => {
    const none = (text: string): void => assert.deepEqual(events(text, '2024-03-20'), [], text);
    none('The new pipeline meets the interests of both Chile and Peru, the Chilean Foreign Ministry said on Tuesday.');
    none('Peruvian copper now meets European Union standards, Trade Minister Luis Quispe said in Lima on Tuesday.');
    none('Chilean citizens may make visa-free visits to Peru of up to 30 days, Foreign Minister Ana Soler said.');
    assert.deepEqual(
      events(
        'When Chilean President Ana Soler meets Peruvian President Luis Quispe in Lima on Thursday, the two leaders will sign a copper agreement.',
        '2024-03-26',
      ).map((e) => e.planned),
      [true],
    );
    assert.deepEqual(
      events('The announcement came as Presidents Ana Soler and Luis Quispe of Chile and Peru agreed to hold a summit in Lima in October.', '2023-09-18').map(
        (e) => [e.date, e.planned],
      ),
      [['2023-10', true]],
    );
    assert.deepEqual(
      events('The agreements signed in 2019 will be reviewed during the upcoming visit of President Ana Soler of Chile to Peru.', '2024-03-20').map(
        (e) => e.planned,
      ),
      [true],
    );
    assert.deepEqual(
      events(
        'In keeping with the tradition of high-level contacts President Ana Soler of Chile will pay an official visit to Peru on 28 November.',
        '2023-11-20',
      ).map((e) => [e.type, e.planned]),
      [['visit', true]],
    );
    assert.deepEqual(
      events(
        'President Ana Soler of Chile held talks with President Luis Quispe in Lima on Tuesday during her state visit to Peru from Monday to Wednesday.',
        '2024-03-20',
      ).map((e) => e.end),
      [null],
    );
    assert.deepEqual(
      events(
        'Foreign Minister Ana Soler of Chile met Peruvian Ambassador Luis Quispe in Santiago on Tuesday. The meeting follows a visit to Lima by Soler in April.',
        '2024-03-20',
      ).map((e) => `${e.type} ${e.date}`),
      ['meeting 2024-03-19', 'visit 2023-04'],
    );
  });
  it('keeps "X visited Y in Kyiv in June 2023" apart from the visit hosted in Pretoria the text opens with, and dates that by "the first time in the 33 years since we established diplomatic relations"', () => {
    const text =
      'President Ana Soler of Chile hosted President Luis Quispe of Peru at the Government Palace in Santiago on Thursday.\n\n“This is the first time the head of state of Peru is visiting Chile in the 33 years since we established formal diplomatic relations,” said Soler.\n\nSoler visited Quispe in Lima as part of a regional initiative in June 2023.';
    const got = events(text).map((e) => `${e.type} ${e.date} ${e.countries.join('+')}`);
    assert.ok(got.includes('visit 2023-06 CHL+PER'), JSON.stringify(got));
    assert.ok(
      got.some((e) => e !== 'visit 2023-06 CHL+PER' && e.endsWith('CHL+PER')),
      JSON.stringify(got),
    );
  });
  it('keeps the other stops of a tour ("on the second leg of her State Visits to A, B, and C") out of this leg\'s sides, and "as part of the visit to Paris" in', () => {
    assert.deepEqual(
      events(
        'The President of Chile, Ana Soler, was in Peru yesterday (October 16, 2024), on the second leg of her State Visits to Bolivia, Peru, and Ecuador.',
        '2024-10-17',
      ).map((e) => e.countries.join('+')),
      ['CHL+PER'],
    );
  });
  it('second review of the round: a relative clause\'s future leaves a past meeting past; a trip with its purpose stays made whatever comes before the destination; "the Chancellor\'s visits to …" and "last year\'s visit" are encounters; a "next year" forecast dates nothing', () => {
    assert.deepEqual(
      events(
        'At the talks in Lima on Tuesday, Ana Soler and Luis Quispe signed a joint statement, which will guide relations for the next decade.',
        '2024-06-14',
      ).map((e) => [e.date, e.planned]),
      [['2024-06-11', false]],
    );
    assert.deepEqual(
      events('Chilean Prime Minister Ana Soler travelled on Sunday to Lima to hold talks with President Luis Quispe of Peru.', '2024-02-05').map((e) => [
        e.date,
        e.planned,
      ]),
      [['2024-02-04', false]],
    );
    assert.deepEqual(
      events("The Chilean President's visits to Peru in 2022 and 2023 strengthened ties between Chile and Peru.", '2024-07-15').map((e) => e.date),
      ['2022', '2023'],
    );
    assert.deepEqual(
      events("Recalling last year's visit of President Ana Soler of Chile to Lima, Quispe said relations had reached a new level.", '2024-03-01').map(
        (e) => e.date,
      ),
      ['2023'],
    );
    assert.deepEqual(
      events(
        'Kazakhstan and South Korea celebrate the 32nd anniversary of diplomatic relations this year. At a reception marking the 32nd anniversary of diplomatic relations between Kazakhstan and South Korea, Minister Ana Soler said trade should double next year. Soler met Korean Foreign Minister Luis Quispe in Astana on 12 May.',
      ).map((e) => e.date),
      ['2024-05-12'],
    );
  });
  it('keeps an earlier visit dated before the month of writing in the past, whatever "upcoming" stands near, unless the text says it fell through', () => {
    const got = events(
      'President Ana Soler will pay a state visit to Peru from 2 to 5 September. The upcoming visit follows President Luis Quispe’s state visit to Chile in August 2023.',
      '2024-08-22',
    ).map((e) => `${e.date} ${e.planned}`);
    assert.ok(got.includes('2023-08 false'), JSON.stringify(got));
    const postponed = events(
      'President Ana Soler will pay a state visit to Peru in September. Her visit to Peru, planned for March 2024, was postponed.',
      '2024-08-22',
    ).map((e) => `${e.date} ${e.planned}`);
    assert.ok(!postponed.includes('2024-03 false'), JSON.stringify(postponed));
  });
  it('counts weekdays from the full day of a credited photo caption above the lead when the page gives no date', () => {
    const got = events(
      'Chilean President Ana Soler meets Peruvian President Luis Quispe in Lima, Peru, March 23, 2018. (Andina/Juan Perez)\nPeruvian President Luis Quispe on Friday met Chilean President Ana Soler in Lima. Soler is paying a state visit to Peru from Thursday to Saturday.',
    ).map((e) => `${e.type} ${e.date}..${e.end}`);
    assert.deepEqual(got, ['visit 2018-03-22..2018-03-24']);
  });
  it('reads "travels today to" as the traveller\'s visit', () => {
    const got = extractText(
      't.txt',
      'Chilean Foreign Minister Ana Soler travels today to Lima, Peru. During her visit, she will meet Peruvian Foreign Minister Luis Quispe.',
      {
        published: '2017-08-07',
      },
    ).events;
    assert.deepEqual(
      got.map((e) => `${e.type} ${e.countries.join(',')} ${e.participants.map((p) => p.name).join(',')}`),
      ['visit CHL,PER Ana Soler,Luis Quispe'],
    );
  });
  it('reads "visits to Peru in April and November 2023" as two visits, and takes no encounter\'s date from "after assuming office in January 2024"', () => {
    const got = events(
      'Recalling President Ana Soler’s official visits to Peru in April and November 2023, both sides reaffirmed their ties. It was her first overseas visit after assuming office in January 2024.',
      '2024-03-15',
    ).map((e) => e.date);
    assert.ok(got.includes('2023-04') && got.includes('2023-11'), JSON.stringify(got));
    assert.ok(!got.includes('2024-01'), JSON.stringify(got));
  });
  it('takes no encounter from a call on a people to visit a state ("called on Chilean citizens to visit Peru")', () => {
    assert.deepEqual(events('The minister also called on Chilean citizens to visit Peru and see its historic cities.', '2024-05-10'), []);
  });
  it('reads an agency\'s picture credit in brackets ("(Bernama pic)") as a caption above the lead, not the lead', () => {
    const got = events(
      'President Ana Soler with Peruvian President Luis Quispe witnessing the signing of a memorandum in conjunction with her official visit to Peru. (Andina pic)\n\nLIMA: President Ana Soler of Chile and Peruvian President Luis Quispe yesterday witnessed the signing of seven documents.',
      '2026-01-08',
    ).map((e) => e.date);
    assert.deepEqual(got, ['2026-01-07']);
  });
  it('places a visit in a city of the state visited, not in a city its purpose names at home', () => {
    const got = extractText(
      't.txt',
      'Chilean President Ana Soler made an official visit to Peru to promote Chile’s bid to host the 2030 Expo in the southern city of Concepcion. She arrived in Lima on Tuesday and met Peruvian President Luis Quispe.',
      { published: '2023-10-12' },
    ).events.map((e) => `${e.type} ${e.place?.city}/${e.place?.country}`);
    assert.deepEqual(got, ['visit Lima/PER']);
  });
  it("review of the round: a further month that opens another clause is no further visit; a plan the text says moved, or a visit it announces, stays planned; a call takes no day from an earlier meeting's photo", () => {
    const dates = (text: string, published: string | null = '2024-06-10') => events(text, published).map((e) => `${e.date} ${e.planned}`);
    assert.deepEqual(dates('President Soler visited Lima in April 2023 and in July 2023 hosted a regional meeting in Santiago.'), ['2023-04 false']);
    assert.deepEqual(
      dates('The visit, initially planned for March 2024, will now take place later this month, the ministry said of President Soler’s trip to Peru.'),
      ['2024-03 true'],
    );
    assert.deepEqual(dates('President Soler will visit Peru in May 2024 for the Pacific summit, her office said.'), ['2024-05 true']);
    assert.deepEqual(
      dates(
        'Chilean President Ana Soler meets Peruvian President Luis Quispe in Lima, April 14, 2023. (Andina/Juan Perez)\nLIMA — Chilean President Ana Soler on Tuesday held a phone call with Peruvian President Luis Quispe.',
        null,
      ).some((d) => d.startsWith('2023-04-11')),
      false,
    );
  });
  it('takes no side from the state aid goes to ("humanitarian aid to the Afghan people and to hold consultations")', () => {
    assert.deepEqual(
      events('Chile and Peru stressed the need to continue humanitarian aid to the Afghan people and to hold regular consultations of the special envoys.').map(
        (e) => e.countries.join(','),
      ),
      ['CHL,PER'],
    );
  });
  it('dates the first leg of a tour by the arrival the sentence gives ("will arrive in Lima on Sunday, 2 November at the beginning of a visit to Peru, Bolivia and Ecuador")', () => {
    const got = events(
      'The President of Chile, Ana Soler, will arrive in Lima on Sunday, 2 November at the beginning of a visit to Peru, Bolivia and Ecuador.',
      null,
    ).map((e) => `${e.countries.join(',')} ${e.date}`);
    assert.deepEqual(got, ['CHL,PER --11-02', 'BOL,CHL null', 'CHL,ECU null']);
  });
  it('reads the earlier visit a visit is measured against ("his first visit in 25 years since the late President X’s visit in 1997") as an encounter of its own', () => {
    const got = events(
      'President Ana Soler of Chile arrived in Lima on Friday on a state visit to Peru, her first visit to Peru in over 25 years since the late Chilean President Jorge Prado’s visit in 1997.',
      '2023-12-16',
    ).map((e) => `${e.date} ${e.planned} ${e.countries.join(',')}`);
    assert.deepEqual(got, ['2023-12-15 false CHL,PER', '1997 false CHL,PER']);
  });
  it('dates a text by "twenty years of diplomatic relations this year" (a count in words, the two states its subject), and a tour leg by its arrival over a vaguer mention', () => {
    const got = events(
      'The President of Egypt, Jorge Vega, will arrive in Hanoi on Sunday, 2 November at the beginning of a visit to Vietnam, Laos and Cambodia. Egypt and the Socialist Republic of Vietnam are celebrating sixty years of diplomatic relations this year.',
      null,
    ).map((e) => `${e.countries.join(',')} ${e.date}`);
    assert.ok(got.includes('EGY,VNM 2023-11-02'), JSON.stringify(got));
  });
  it('gives "the visit will begin on July 9 and X will leave again on July 10" to the visit the sentence before announced, with its last day', () => {
    const got = events(
      'Chilean President Ana Soler will pay a visit to Peru. According to a statement from the Peruvian presidency on Thursday, the visit will begin on July 9 and Soler will leave again on July 10. She will arrive from Bolivia, where she will hold talks with President Luis Arce beforehand.',
      '2024-07-04',
    ).map((e) => `${e.type} ${e.countries.join(',')} ${e.date}..${e.end}`);
    assert.ok(got.includes('visit CHL,PER 2024-07-09..2024-07-10'), JSON.stringify(got));
  });
  it('second review of the round: a bilateral council\'s meeting or a summit with a leader is still a visit, "visiting <state> Prime Minister" names no destination, the arrival on the last leg dates no tour, an earlier visit of another state\'s leader is no visit of the pair', () => {
    const got = (text: string, published: string) => events(text, published).map((e) => `${e.type} ${e.date} ${e.countries.join(',')}`);
    assert.deepEqual(
      got('Foreign Minister Ana Soler of Chile visited Lima for a meeting of the Chile-Peru High-Level Cooperation Council on 14 March 2024.', '2024-03-15'),
      ['visit 2024-03-14 CHL,PER'],
    );
    assert.deepEqual(
      extractText('t.txt', 'Peruvian President Luis Quispe welcomed visiting Chilean President Ana Soler at the palace in Lima on 7 January 2025.', {
        published: '2025-01-08',
      }).events.map((e) => e.place?.city),
      ['Lima'],
    );
    assert.ok(
      !got(
        'President Ana Soler of Chile concluded a tour of Peru, Bolivia and Ecuador that began on 3 June; she arrived in Quito on the final leg.',
        '2024-06-12',
      ).includes('visit 2024-06-03 CHL,ECU'),
    );
    assert.deepEqual(
      got(
        'President Ana Soler of Chile arrived in Lima on Monday for a state visit to Peru, the first by a South American leader since President Amadou Diallo’s visit in 2019.',
        '2024-06-05',
      ),
      ['visit 2024-06-03 CHL,PER'],
    );
  });
  it('reads "This is his second official visit to Peru. The first was in March 2015." as an earlier visit', () => {
    const got = events(
      'Chilean President Ana Soler arrived in Lima on Monday on a state visit to Peru. This is her second official visit to Peru. The first was in March 2015.',
      '2025-02-18',
    ).map((e) => `${e.date} ${e.planned} ${e.countries.join(',')}`);
    assert.deepEqual(got, ['2025-02-17 false CHL,PER', '2015-03 false CHL,PER']);
  });
  it('reads the day inside a dateline\'s agency bracket ("MOSCOW (Andes News / Sputnik - 14th January, 2019)") as the day of writing', () => {
    const got = extractText(
      't.txt',
      'MOSCOW (Andes News / Sputnik - 14th January, 2019) The president of Chile, Ana Soler, paid her first official visit to Russia on Monday, which will last for two days.',
      {},
    );
    assert.equal(got.document.published, '2019-01-14');
    assert.equal(got.document.publisher, 'Andes News / Sputnik');
    assert.deepEqual(
      got.events.map((e) => e.date),
      ['2019-01-14'],
    );
  });
  it('dates a text by "the two State leaders agreed to celebrate the 55th anniversary of diplomatic ties next year"', () => {
    const got = events(
      'Egyptian President Abdel Fattah El Sisi held talks with Vietnamese President Tran Dai Quang in Hanoi on September 7. The two State leaders agreed to hold activities to celebrate the 55th anniversary of diplomatic ties next year.',
    ).map((e) => e.date);
    assert.deepEqual(got, ['2017-09-07']);
  });
  it('third review of the round: a month opening another clause is no further meeting; a trip for the UN General Assembly is no visit to its host', () => {
    assert.deepEqual(
      events('The ministers of Chile and Peru first met in February and in June trade between the two countries reached $2 billion.', '2023-12-20').map(
        (e) => e.date,
      ),
      ['2023-02'],
    );
    assert.deepEqual(
      events(
        'Chilean President Ana Soler travelled to New York for the United Nations General Assembly, where she met Peruvian President Luis Quispe.',
        '2023-09-20',
      ).map((e) => `${e.type} ${e.countries.join(',')}`),
      ['meeting CHL,PER'],
    );
  });
  it('takes no encounter from a visit to a site ("will visit the Chilean pavilion and the Peruvian pavilion"), but keeps a visit to a state', () => {
    assert.deepEqual(events('President Ana Soler will visit the Chilean pavilion and the Peruvian pavilion at the Expo.', '2021-11-04'), []);
    assert.deepEqual(
      events('Chilean President Ana Soler will visit Peru on Thursday.', '2021-11-02').map((e) => e.countries.join(',')),
      ['CHL,PER'],
    );
  });
  it('keeps an earlier visit "last month" apart from the day\'s meeting, dated by the month before the day of writing', () => {
    const got = events(
      'President Ana Soler of Chile held talks today with her Peruvian counterpart, Luis Quispe, at the presidential palace in Lima.\n\nChilean Energy Minister Jorge Prado visited Peru last month to discuss energy, and duties imposed last month by Peru were lifted.',
      '2025-11-26',
    ).map((e) => `${e.type} ${e.date}`);
    assert.deepEqual(got, ['meeting 2025-11-26', 'visit 2025-10']);
  });
  it('dates a leg of a trip by its weekday ("a surprise visit to Lima for Peruvian Independence Day on Sunday, then travelled to Quito")', () => {
    const got = events(
      'QUITO — Chile and Ecuador agreed a new partnership on Monday, as Chilean President Ana Soler continued a four-day trip.\nAfter making a surprise visit to Lima for Peruvian Independence Day on Sunday, Soler travelled to Quito for a meeting with Ecuadorian President Luis Vega.',
      '2025-08-25',
    ).map((e) => `${e.type} ${e.date} ${e.countries.join('-')}`);
    assert.ok(got.includes('visit 2025-08-24 CHL-PER'), JSON.stringify(got));
  });
  it('reads "looking forward to the Summit to be held later this year in <state>, and his meeting with X at that time" as a planned meeting of the pair, the summit\'s state its venue', () => {
    const got = extractText(
      't.txt',
      'President Ana Soler of Chile and Prime Minister Luis Vega of Peru spoke by phone on Tuesday. Soler said she was looking forward to the 3rd Andean-Pacific Summit scheduled to be held later this year in Ecuador, and her meeting with Prime Minister Vega at that time.',
      { published: '2025-04-15' },
    ).events.map((e) => `${e.type} ${e.date} ${e.planned} ${e.countries.join('-')} ${e.place?.country ?? ''}`);
    assert.deepEqual(got, ['phone_call 2025-04-15 false CHL-PER ', 'meeting 2025 true CHL-PER ECU']);
  });
  it('reads "The trip also includes planned visits to A and B" as the visitor\'s planned visits to each, in the year of the visit under way', () => {
    const got = events(
      'Chilean President Ana Soler and Danish Prime Minister Mette Frederiksen signed a declaration in Copenhagen on Saturday, 7 December. Soler’s visit to Denmark strengthens ties. The trip also includes planned visits to Norway and Ireland.',
      '2024-12-08',
    ).map((e) => `${e.type} ${e.date} ${e.planned} ${e.countries.join('-')}`);
    assert.deepEqual(got, ['visit 2024-12-07 false CHL-DNK', 'visit 2024 true CHL-NOR', 'visit 2024 true CHL-IRL']);
  });
  it('takes no encounter of its own from a tour of a region in a sentence that names no state ("His four-day Africa tour, from February 20 to 24")', () => {
    const got = events(
      'President Ana Soler of Chile arrived in Dakar on Monday for talks with Senegalese President Luis Vega. His four-day Africa tour, from February 20 to 24, also takes him elsewhere.',
      '2022-02-21',
    ).map((e) => `${e.type} ${e.date} ${e.countries.join('-')}`);
    assert.deepEqual(got, ['visit 2022-02-21 CHL-SEN']);
  });
  it('review of the seventeenth round: "last month" in a relative clause dates no encounter of the main clause; the day of a statement dates no leg of a trip', () => {
    assert.deepEqual(
      events('Chilean Foreign Minister Ana Soler, who visited Peru last month, met Bolivian President Luis Arce in La Paz on Tuesday.', '2024-05-09').map(
        (e) => e.date,
      ),
      ['2024-05-07'],
    );
    assert.ok(
      events('Chilean President Ana Soler made a surprise visit to Lima before travelling to Quito, her office said on Monday.', '2024-05-08').every(
        (e) => e.date !== '2024-05-06',
      ),
    );
  });
  it('dates a visit its sentences date only by the dateline by the earlier day of its talks ("Lima, July 5: … signed six agreements during X\'s visit. … signed following talks … on Friday")', () => {
    const got = extractText(
      't.txt',
      "Lima [Peru] July 5 : Chile and Peru have signed six agreements during President Ana Soler's visit to the Andean nation.\n\nThe six MoUs were signed following delegation-level talks between President Soler and her Peruvian counterpart Luis Vega in Lima on Friday.",
      { published: '2025-07-05' },
    );
    assert.deepEqual(
      got.events.map((e) => `${e.type} ${e.date}`),
      ['visit 2025-07-04'],
    );
  });
});
