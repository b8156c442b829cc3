// One encounter per counterpart: rounds of meetings on a summit's sidelines, several calls in one
// report, calls and meetings the text sets apart ("meanwhile", "later", a day of their own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const events = (text: string, published: string | null = null): string[] =>
  extractText('t.txt', text, { published })
    .events.map((e) => `${e.type} ${e.date} ${e.countries.join('+')}${e.planned ? ' planned' : ''}`)
    .sort();

describe('rounds of meetings and several calls', () => {
  it('splits "a series of negotiations with the leaders of A, B and C" dated by the page, and no side from what the meetings were about', () => {
    const text =
      'During the European Council in Brussels, Ukrainian President Olena Hrytsenko held a series of important negotiations with the leaders of European states – Prime Minister of Czechia Jan Novak, President of France Luc Martin, and Prime Minister of Poland Adam Nowak. The main topics of the meetings were defence and coordination of pressure on Russia.';
    assert.deepEqual(events(text, '2025-10-23'), ['meeting 2025-10-23 CZE+UKR', 'meeting 2025-10-23 FRA+UKR', 'meeting 2025-10-23 POL+UKR']);
  });
  it('reads "on the eve of the summit, X held meetings with A, B and C" as one meeting per state, with the side named by name only', () => {
    const text =
      'President of Russia Vladimir Putin spoke to the press in Astana after the summit of the Organization.\n\n' +
      'On the eve of the summit on 3 July, Putin held meetings with Kyrgyz President Sadyr Japarov, Iranian President Masoud Pezeshkian and Chinese President Xi Jinping.';
    const got = events(text, '2024-07-05').filter((e) => e.startsWith('meeting'));
    assert.deepEqual(got, ['meeting 2024-07-03 CHN+RUS', 'meeting 2024-07-03 IRN+RUS', 'meeting 2024-07-03 KGZ+RUS']);
  });
  it('splits a list of leaders one side conferred with into one meeting each, on the encounter day', () => {
    const text = [
      'Nairobi, March 3, 2025 – Kenyan President Amani Odhiambo today held talks with President Ines Varela of Angola on the sidelines of the regional summit.',
      'He conferred with President of Ghana Kofi Mensah-Boateng, President of Zambia Chanda Mwale and President of Namibia Petrus Haufiku.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2025-03-03'), [
      'meeting 2025-03-03 AGO+KEN',
      'meeting 2025-03-03 GHA+KEN',
      'meeting 2025-03-03 KEN+NAM',
      'meeting 2025-03-03 KEN+ZMB',
    ]);
  });

  it('keeps one meeting with leaders named together as a trilateral meeting', () => {
    const text = [
      'Kenyan President Amani Odhiambo today held talks with President Ines Varela of Angola.',
      'He also held a trilateral meeting with President of Ghana Kofi Mensah-Boateng and President of Zambia Chanda Mwale.',
    ].join('\n\n');
    assert.ok(!events(text, '2025-03-03').some((e) => e === 'meeting 2025-03-03 GHA+KEN'));
  });

  it('reads each meeting after a lead announcing a round as its own, and drops the round itself', () => {
    const text = [
      'Leaders of the region held on Friday a number of bilateral meetings on the sidelines of the summit in Accra.',
      'Kenyan President Amani Odhiambo met with his Angolan counterpart Ines Varela.',
      'Zambian President Chanda Mwale met with Namibian Prime Minister Petrus Haufiku for talks on trade.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2025-03-07'), ['meeting 2025-03-07 AGO+KEN', 'meeting 2025-03-07 NAM+ZMB']);
  });

  it('gives the side the round follows to a meeting whose sentence names only the counterpart', () => {
    const text = [
      'Indian Prime Minister Rahul Mehra on Thursday had a series of bilateral meetings on the sidelines of the conference.',
      'He met Prime Minister of Bangladesh Farida Rahman and discussed connectivity.',
      'Mr Mehra also met Seychelles President Marc Labiche.',
    ].join('\n\n');
    const found = events(text, '2024-04-19');
    assert.ok(found.includes('meeting 2024-04-18 BGD+IND'), found.join('; '));
    assert.ok(found.includes('meeting 2024-04-18 IND+SYC'), found.join('; '));
  });

  it('takes each leader named after "met world leaders" as a meeting of that day, not the venue state', () => {
    const text = [
      'Tokyo – Vietnamese Prime Minister Tran Van Minh met world leaders on the sidelines of the summit in Osaka, Japan, on June 28, 2019.',
      'Tran Van Minh and Chinese President Li Wei pledged to step up high-level visits.',
      'Canadian Prime Minister Anne Leclerc agreed to boost trade under the partnership agreement.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2019-06-29'), ['meeting 2019-06-28 CAN+VNM', 'meeting 2019-06-28 CHN+VNM']);
  });

  it('reads no encounter the text denies ("no meeting has been requested")', () => {
    const text = [
      'Indian Prime Minister Rahul Mehra on Thursday had a series of bilateral meetings on the sidelines of the conference.',
      'He met Prime Minister of Bangladesh Farida Rahman.',
      'Officials said no meeting has been requested with Pakistan Prime Minister Imran Qadir.',
    ].join('\n\n');
    assert.ok(!events(text, '2024-04-19').some((e) => e.includes('PAK')));
  });

  it('splits "telephone calls to several leaders including those of A, B and C" into one call per state, from the caller', () => {
    const text = [
      'Pakistani Prime Minister Tariq Hameed, on Wednesday, held a telephonic conversation with his Kuwaiti counterpart Nasser Al Fahad.',
      'A day earlier, the premier made telephone calls to several leaders including those of Qatar, Turkey and Malaysia.',
      'Meanwhile, in a phone call to Turkish President Kemal Aydin, the premier underscored historical relations.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2024-04-11'), [
      'phone_call 2024-04-09 MYS+PAK',
      'phone_call 2024-04-09 PAK+QAT',
      'phone_call 2024-04-09 PAK+TUR',
      'phone_call 2024-04-10 KWT+PAK',
    ]);
  });

  it('splits "held calls with three of her counterparts – A, B and C" into one call each, from the side named first', () => {
    const text =
      'Foreign Minister Mara Lindqvist of Sweden held calls with three of her counterparts – Polish Foreign Minister Tomasz Zielak, Estonian Foreign Minister Kaarel Tamm and Finnish Foreign Minister Aino Virta – on Monday.';
    assert.deepEqual(events(text, '2024-05-10'), ['phone_call 2024-05-06 EST+SWE', 'phone_call 2024-05-06 FIN+SWE', 'phone_call 2024-05-06 POL+SWE']);
  });

  it('reads "put a call through to" as a call', () => {
    assert.deepEqual(
      events('Pretoria, 14 March 2023 - South African President Thabo Nkosi put a call through to Kenyan President Amani Odhiambo on Monday.', '2023-03-14'),
      ['phone_call 2023-03-13 KEN+ZAF'],
    );
  });

  it('splits "met his counterparts from A, B and C" into one meeting each, and "will visit A, B, C and D" into one visit each', () => {
    assert.deepEqual(
      events(
        'Beijing, 14 March 2023 - Chinese Foreign Minister Li Wei on Tuesday met his counterparts from Brazil, South Africa and India on the sidelines of the meeting.',
        '2023-03-14',
      ),
      ['meeting 2023-03-14 BRA+CHN', 'meeting 2023-03-14 CHN+IND', 'meeting 2023-03-14 CHN+ZAF'],
    );
    assert.deepEqual(
      events(
        "Beijing, 10 January 2024 - Chinese Foreign Minister Li Wei will visit Egypt, Tunisia, Togo and Cote d'Ivoire from January 13 to 18.",
        '2024-01-10',
      ),
      ['visit 2024-01 CHN+CIV planned', 'visit 2024-01 CHN+EGY planned', 'visit 2024-01 CHN+TGO planned', 'visit 2024-01 CHN+TUN planned'],
    );
    assert.deepEqual(
      events('Buenos Aires, 10 March 2008 - The ministers visited Algeria, Tunisia and Egypt last week.', '2008-03-10'),
      ['visit 2008-03 DZA+EGY+TUN'],
      'no legs from the verb when the text names no visitor (not the dateline state)',
    );
  });

  it('keeps one call with two counterparts a three-way call when the text says "a call"', () => {
    const text =
      'Swedish Foreign Minister Mara Lindqvist held a call with Polish Foreign Minister Tomasz Zielak and Estonian Foreign Minister Kaarel Tamm on Monday.';
    assert.deepEqual(events(text, '2024-05-10'), ['phone_call 2024-05-06 EST+POL+SWE']);
  });

  it('makes "The Prime Minister also held a bilateral meeting with X" on the same day a meeting of its own, with the principal', () => {
    const text =
      'CAIRO (APP): Pakistani Prime Minister Tariq Hameed on Thursday held a bilateral meeting with Turkish President Kemal Aydin on the sidelines of the summit here. The Prime Minister also held a bilateral meeting with Iranian President Reza Karimi on the sidelines of the summit here on Thursday.';
    assert.deepEqual(events(text, '2024-12-19'), ['meeting 2024-12-19 IRN+PAK', 'meeting 2024-12-19 PAK+TUR']);
  });

  it('keeps a meeting a meeting when its lead recalls a call of another day ("The meeting followed the telephone conversation … on 28 October")', () => {
    const text =
      'Berlin, 6 December 2022 - Italian Prime Minister Chiara Rossi met German Chancellor Jonas Weber in Berlin on Tuesday. The meeting followed the telephone conversation between Rossi and Weber on 28 October.';
    assert.deepEqual(events(text, '2022-12-06'), ['meeting 2022-12-06 DEU+ITA', 'phone_call 2022-10-28 DEU+ITA']);
  });

  it('makes a call the text reports "meanwhile" a call of its own, with the side the text follows', () => {
    const text = [
      'Pakistani Prime Minister Tariq Hameed, on Wednesday, held a telephonic conversation with his Kuwaiti counterpart Nasser Al Fahad.',
      'The two leaders exchanged greetings.',
      'Meanwhile, in a phone call to Turkish President Kemal Aydin, the premier underscored historical relations.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2024-04-11'), ['phone_call 2024-04-10 KWT+PAK', 'phone_call null PAK+TUR']);
  });

  it('gives each counterpart of one sentence its own call when each has its own day', () => {
    const text =
      'Australian Foreign Minister Jane Holt spoke by phone with Japanese Foreign Minister Kenji Sato on Thursday, with Indian External Affairs Minister Arun Rao on Friday and with Indonesian Foreign Minister Budi Santoso on Monday.';
    assert.deepEqual(events(text, '2025-03-12'), ['phone_call 2025-03-06 AUS+JPN', 'phone_call 2025-03-07 AUS+IND', 'phone_call 2025-03-10 AUS+IDN'].sort());
  });

  it('sets apart a counterpart met "later", and gives "he" of the next sentence the side the text follows', () => {
    const text = [
      'On Tuesday, President Lula met with Chinese President Li Wei and later with Indian Prime Minister Rahul Mehra.',
      'On Wednesday he held talks with South African President Thabo Nkosi.',
    ].join(' ');
    assert.deepEqual(events(text, '2025-03-13'), ['meeting 2025-03-11 BRA+CHN', 'meeting 2025-03-11 BRA+IND', 'meeting 2025-03-12 BRA+ZAF']);
  });

  it('makes "Today\'s talks were held …", which names no state, part of the encounter the lead left undated', () => {
    const text = [
      'President of Chile Ana Soler: Good afternoon, Mr President. We are delighted to welcome the President of Peru to Santiago on his state visit.',
      'Today’s talks were held in a business-like and constructive manner.',
    ].join('\n\n');
    assert.deepEqual(events(text, '2021-12-16'), ['visit 2021-12-16 CHL+PER']);
  });

  it('reads leaders received one after another, each named with a state, as one meeting each', () => {
    const text =
      'On Monday, President Budi Hartono of Indonesia received guests of states, among them the Prime Minister of Australia Tom Fraser, the Prime Minister of Malaysia Aziz Rahman and the Prime Minister of Singapore Tan Wei Ming.';
    assert.deepEqual(events(text, '2014-10-23'), ['meeting 2014-10-20 AUS+IDN', 'meeting 2014-10-20 IDN+MYS', 'meeting 2014-10-20 IDN+SGP']);
  });

  it('reads one past call per day of "spoke by phone on March 28 and on April 10", and a call "on telephone"', () => {
    const text = [
      'Chilean President Ana Soler met President Luis Quispe of Peru in Lima today.',
      'The two presidents previously spoke by phone on March 28 and on April 10.',
    ].join('\n\n');
    assert.deepEqual(
      events(text, '2024-05-02').filter((e) => e.startsWith('phone_call')),
      ['phone_call 2024-03-28 CHL+PER', 'phone_call 2024-04-10 CHL+PER'],
    );
    assert.ok(
      events('Chilean President Ana Soler spoke on telephone with President Luis Quispe of Peru on Monday.', '2024-05-02').includes(
        'phone_call 2024-04-29 CHL+PER',
      ),
    );
  });

  it('reads calls with two partners "respectively" as one call each', () => {
    const text =
      'Japanese Prime Minister Kenji Sato held phone talks with Tajik President Rustam Nazarov and Turkmen President Bayram Atayev on Friday, for ten minutes respectively.';
    assert.deepEqual(events(text, '2024-08-17'), ['phone_call 2024-08-16 JPN+TJK', 'phone_call 2024-08-16 JPN+TKM']);
  });

  it('keeps one meeting of one day with two counterparts the sentence names together', () => {
    assert.deepEqual(events('On Tuesday, President Lula met with Chinese President Li Wei and Indian Prime Minister Rahul Mehra.', '2025-03-13'), [
      'meeting 2025-03-11 BRA+CHN+IND',
    ]);
  });

  it('reads "visited A yesterday, and will leave later today to visit B" as two legs beside the main visit: the one made, the one still to come', () => {
    const text =
      'Kenyan President Daniel Mwangi held talks with Ghanaian President Kofi Boateng at the State House in Accra, and the visit was the high point of his Working Visit to Ghana.\n\n' +
      'President Mwangi paid a Working Visit to the Republic of Benin yesterday, 11 March 2021, and will depart from Ghana later today to visit the Republic of Togo.';
    // (The text dates its own "yesterday": 11 March 2021, so the visit told of today is of the 12th.)
    assert.deepEqual(events(text), ['visit 2021-03 KEN+TGO planned', 'visit 2021-03-11 BEN+KEN', 'visit 2021-03-12 GHA+KEN']);
  });
  it('reads "arrived in Lima on Monday for a tour that will later take him to Ecuador and Bolivia" as the visit made and two legs to come', () => {
    const text =
      'Turkish President Mehmet Aydin held talks with Peruvian President Ana Torres in Lima.\n\nThe Turkish president arrived in Lima earlier on Monday for a three-leg tour of South America that will later take him to Ecuador and Bolivia.';
    assert.deepEqual(events(text, '2023-06-13'), ['visit 2023-06 BOL+TUR planned', 'visit 2023-06 ECU+TUR planned', 'visit 2023-06-12 PER+TUR']);
  });
  it('reads no tour in "As part of his state visit to Spain, President of Chile X held talks …", and a later topic state ("the situation in Haiti") takes no part', () => {
    const text =
      'As part of his state visit to Spain, President of Chile Ana Soler held talks with the Spanish King Felipe VI in Madrid on June 8.\n\nThe leaders also exchanged views on regional issues, above all the situation in Haiti. They stressed the need to continue humanitarian aid to the Haitian people and to hold regular consultations.';
    assert.deepEqual(events(text), ['visit --06-08 CHL+ESP']);
  });
  it('takes "Expo 2020" for a name, not the year of a visit to it', () => {
    const text =
      'Cyprus and the UAE will sign memorandums of understanding on maritime transport on the occasion of the visit of Cyprus President Nicos Anastasiades to Dubai for Expo 2020.';
    assert.ok(
      events(text, '2022-02-23').every((e) => !e.includes(' 2020 ')),
      JSON.stringify(events(text, '2022-02-23')),
    );
  });
  it('review: the traveller of a "who" clause is its subject, and a "will" inside a clause of a past leg makes no leg planned', () => {
    assert.deepEqual(
      events(
        'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi today. Ruto thanked Museveni, who paid a visit to the Republic of Rwanda yesterday and will depart from Kenya later today to visit the Republic of Burundi.',
        '2023-11-20',
      ).filter((e) => !e.includes('KEN')),
      ['visit 2023-11 BDI+UGA planned', 'visit 2023-11-19 RWA+UGA'],
    );
    assert.deepEqual(
      events(
        'President Nana Akufo-Addo paid a visit to the Republic of Guinea on Monday, where he said the two countries will deepen ties, and then travelled on to visit the Republic of Togo on Tuesday.',
        '2023-05-10',
      ),
      ['visit 2023-05-08 GHA+GIN', 'visit 2023-05-09 GHA+TGO'],
    );
  });
  it('reads "X visited A in 1993, 2000 and 2011 while Y visited B in 2007" as one visit per year each way, not a tour', () => {
    const text =
      'Relations between Senegal and Japan go back decades.\n\nPresident Amadou Sarr visited Japan in 1993, 2000 and 2011 while the former Japanese prime minister Kenji Mori visited Senegal in 2007.';
    assert.deepEqual(events(text), ['visit 1993 JPN+SEN', 'visit 2000 JPN+SEN', 'visit 2007 JPN+SEN', 'visit 2011 JPN+SEN']);
  });
  it('still reads a tour of two states when the one who travels comes from neither', () => {
    assert.deepEqual(events('Senegalese President Amadou Sarr visited Japan on 3 May 2019 and travelled on to visit Korea on 6 May 2019.'), [
      'visit 2019-05-03 JPN+SEN',
      'visit 2019-05-06 KOR+SEN',
    ]);
  });
  it('reads "called X\'s visit a historic event" and "called Tanzania India\'s largest partner" as naming, not a call', () => {
    const got = events(
      'Russian President Vladimir Putin made a stopover in Managua. He was welcomed by Nicaraguan President Daniel Ortega at the airport. The Nicaraguan leader called Putin’s visit to his country a historic event.',
      '2014-07-13',
    );
    assert.ok(!got.some((e) => e.startsWith('phone_call')), JSON.stringify(got));
    assert.ok(
      got.some((e) => e.startsWith('visit') && e.includes('NIC+RUS')),
      JSON.stringify(got),
    );
    const named = events(
      'President Samia Hassan of Tanzania held talks with Prime Minister Narendra Modi in New Delhi. He called Tanzania India’s largest partner in Africa.',
      '2023-10-09',
    );
    assert.ok(!named.some((e) => e.startsWith('phone_call')), JSON.stringify(named));
  });
  it('reads "the visit of A to X and of B to Y" in one year as two visits, one each way, and no return visit dated by the other', () => {
    const both = events(
      'Ambassador Ann Berg said 2019 saw many high-level visits, highlighting the visit of Vietnamese Prime Minister Tran Van Minh to Sweden and of Swedish Crown Princess Victoria to Viet Nam.',
      '2020-02-01',
    ).filter((e) => e.includes(' 2019 '));
    assert.deepEqual(both, ['visit 2019 SWE+VNM', 'visit 2019 SWE+VNM']);
    const one = events(
      'Polish President Adam Nowak arrived in Astana on 6 September 2017. His trip to Kazakhstan is a return visit after Kazakh President Nursultan Nazarbayev visited Poland in August last year.',
      '2017-09-06',
    );
    assert.deepEqual(one, ['visit 2016-08 KAZ+POL', 'visit 2017-09-06 KAZ+POL']);
  });
  it('reads "X meets new Swedish Ambassador Y in Hanoi on Friday" as a meeting', () => {
    assert.deepEqual(events('Prime Minister Tran Van Minh meets new Swedish Ambassador Ann Berg in Hanoi on Friday.', '2020-02-01'), [
      'meeting 2020-01-31 SWE+VNM',
    ]);
  });
  it('splits "following telephone conversations with three of his counterparts – A, B and C" from the side named before, not a state the talks were about', () => {
    const got = events(
      'KUALA LUMPUR, May 9 – Prime Minister Anwar Ibrahim has expressed hope that ties will flourish.\n\nAnwar shared this in a post last night following telephone conversations with three of his counterparts – Australian Prime Minister Anthony Albanese, Timor-Leste Prime Minister Kay Rala Xanana Gusmao and Thai Prime Minister Paetongtarn Shinawatra.\n\nHe said the discussions centred on regional issues and the impact of United States tariffs.',
      '2025-05-09',
    ).filter((e) => e.startsWith('phone_call'));
    assert.deepEqual(got.sort(), ['phone_call 2025-05-08 AUS+MYS', 'phone_call 2025-05-08 MYS+THA', 'phone_call 2025-05-08 MYS+TLS']);
  });
  it('reads "held the 20th session of their Joint Economic Commission" as a meeting, and the earlier sessions the text dates as their own', () => {
    assert.deepEqual(
      events(
        'Iran and Pakistan held the 20th session of their Joint Economic Commission in Tehran on April 18, 2017.\nThe session followed up on agreements reached during the 19th session of the commission held in Islamabad in December 2014.',
        '2017-04-19',
      ).sort(),
      ['meeting 2014-12 IRN+PAK', 'meeting 2017-04-18 IRN+PAK'],
    );
  });
});
