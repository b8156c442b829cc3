// The thirty-fourth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = null) => facts(text, published).agreements.map((a) => a.title);
const trade = (text: string, published: string | null = null) => facts(text, published).trade.map((t) => [t.measure, t.value_usd, t.from, t.to]);

const LEAD = 'President Hichilema received President Chakwera of Malawi at State House in Lusaka on Tuesday.';

describe('agreements: a list of fields after a colon', () => {
  it('reads "in the fields of: A, B and C" as one document on each', () => {
    assert.deepEqual(
      titles(`${LEAD} The ministers signed three cooperation agreements in the fields of: fisheries, mining and road transport.`, '2025-04-10'),
      ['cooperation agreement on fisheries', 'cooperation agreement on mining', 'cooperation agreement on road transport'],
    );
  });

  it('reads the same list without the colon as before', () => {
    assert.deepEqual(titles(`${LEAD} The ministers signed three cooperation agreements in the fields of fisheries, mining and road transport.`, '2025-04-10'), [
      'cooperation agreement on fisheries',
      'cooperation agreement on mining',
      'cooperation agreement on road transport',
    ]);
  });
});

describe('agreements: the two sides after "between" are one subject', () => {
  it('keeps "cooperation between ministries and agencies" whole', () => {
    assert.deepEqual(
      titles(`${LEAD} Zambia and Malawi also signed agreements on practical cooperation between ministries and agencies of the two countries.`, '2025-04-10'),
      ['agreement on practical cooperation between ministries and agencies of the two countries'],
    );
  });

  it('still splits two subjects joined by "and" with no "between" before them', () => {
    assert.deepEqual(titles(`${LEAD} Zambia and Malawi signed memoranda on fisheries and on cross-border trade.`, '2025-04-10'), [
      'memorandum on fisheries',
      'memorandum on cross-border trade',
    ]);
  });
});

describe('trade: projects that contractors took on are contracts', () => {
  it('reads "contracting companies have completed N projects worth $X" as contracts', () => {
    assert.deepEqual(
      trade(`${LEAD} Hichilema said Zambian contracting companies have completed 40 projects worth $900 million in Malawi so far.`, '2025-04-10').map((t) => [
        t[0],
        t[1],
      ]),
      [['contracts', 900000000]],
    );
  });

  it('keeps projects worth a sum without builders as investment', () => {
    assert.deepEqual(
      trade(`${LEAD} Zambian firms run 40 projects worth $900 million in Malawi.`, '2025-04-10').map((t) => [t[0], t[1]]),
      [['investment', 900000000]],
    );
  });
});

const agreements = (text: string, published: string | null = null) => facts(text, published).agreements.map((a) => [a.title, a.status, a.date]);

describe('agreements: one area for a bundle of three or more is its theme', () => {
  it('reads "10 agreements on practical cooperation between ministries" as no document', () => {
    assert.deepEqual(titles(`${LEAD} Zambia and Malawi also signed 10 agreements on practical cooperation between ministries.`, '2025-04-10'), []);
  });

  it('keeps one area for two documents', () => {
    assert.deepEqual(titles(`${LEAD} Zambia and Malawi also signed two agreements on energy cooperation.`, '2025-04-10'), ['agreement on energy cooperation']);
  });
});

describe('agreements: a noun after "and" with an object of its own starts the next subject', () => {
  it('splits "management of archives and cooperation in youth affairs and sports" in two', () => {
    assert.deepEqual(
      titles(
        `${LEAD} The sides signed four memoranda to step up ties in areas such as management of archives and cooperation in youth affairs and sports.`,
        '2025-04-10',
      ),
      ['memorandum on management of archives', 'memorandum on cooperation in youth affairs and sports'],
    );
  });

  it('keeps "the supply of ferroalloys, wheat and cotton" one subject (three documents of it name none)', () => {
    assert.deepEqual(titles(`${LEAD} They signed three agreements on the supply of ferroalloys, wheat and cotton.`, '2025-04-10').length, 0);
    assert.deepEqual(titles(`${LEAD} They signed an agreement on the supply of ferroalloys, wheat and cotton.`, '2025-04-10'), [
      'agreement on the supply of ferroalloys, wheat and cotton',
    ]);
  });
});

describe('agreements: an abbreviation that stands for one kind of trade document', () => {
  it('reads "signed the FTA" as the free trade agreement', () => {
    assert.deepEqual(agreements(`${LEAD} Trade Minister Banda signed the FTA for Zambia while Minister Kamanga signed for Malawi.`, '2025-04-10'), [
      ['free trade agreement', 'signed', '2025-04-08'],
    ]);
  });

  it('reads a planned pair’s FTA with the pair in its title', () => {
    assert.deepEqual(agreements(`${LEAD} They agreed to explore a Zambia-Malawi FTA.`, '2025-04-10'), [
      ['Zambia-Malawi free trade agreement', 'planned', null],
    ]);
  });

  it('takes the abbreviation in brackets after a full name as that name, not a second document', () => {
    assert.deepEqual(agreements(`${LEAD} The two countries signed a Comprehensive Economic Partnership Agreement (CEPA) in January 2024.`, '2025-04-10'), [
      ['Comprehensive Economic Partnership Agreement', 'signed', '2024-01'],
    ]);
  });

  it('leaves the word in small letters alone', () => {
    assert.deepEqual(agreements(`${LEAD} The fta was signed.`, '2025-04-10'), []);
  });
});

describe('agreements: a document in force keeps the day it was signed', () => {
  it('dates "signed … in January; the CEPA entered into force in May" by the signing', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} The two countries signed a Comprehensive Economic Partnership Agreement (CEPA) in January 2024. The CEPA entered into force in May 2024.`,
        '2025-04-10',
      ),
      [['Comprehensive Economic Partnership Agreement', 'in_force', '2024-01']],
    );
  });

  it('dates a document only said to be in force by the day it took effect', () => {
    assert.deepEqual(agreements(`${LEAD} The Comprehensive Economic Partnership Agreement entered into force in May 2024.`, '2025-04-10'), [
      ['Comprehensive Economic Partnership Agreement', 'in_force', '2024-05'],
    ]);
  });
});

const events = (text: string, published: string | null = null) => facts(text, published).events.map((e) => [e.type, e.date, e.countries]);
const people = (text: string) => facts(text).people.map((p) => [p.name, p.role, p.country]);

describe('trade: a figure without its currency before one with it', () => {
  it('reads "turnover had exceeded 400 million and we plan to raise it to $2 billion" in dollars', () => {
    assert.deepEqual(
      trade(`${LEAD} Hichilema said that mutual trade turnover had exceeded 400 million and “we plan to increase that to $2 billion.”`, '2025-04-10').map(
        (t) => [t[0], t[1]],
      ),
      [
        ['turnover', 400000000],
        ['turnover', 2000000000],
      ],
    );
  });

  it('takes no currency for a count before a sum', () => {
    assert.deepEqual(
      trade(`${LEAD} Some 20 million people live along the corridor, and trade turnover reached $2 billion.`, '2025-04-10').map((t) => t[1]),
      [2000000000],
    );
  });
});

describe('trade: a level told by "it" after the pair’s trade ends a sentence', () => {
  it('reads "have continued their commerce. In 2024, it was $1.7 billion" as turnover', () => {
    assert.deepEqual(
      facts(`${LEAD} According to Hichilema, Zambia and Malawi have continued their commerce. In 2024, it was $1.7 billion.`, '2025-04-10').trade.map((t) => [
        t.measure,
        t.value_usd,
        t.year,
      ]),
      [['turnover', 1700000000, 2024]],
    );
  });

  it('leaves "it was" after a sentence about something else', () => {
    assert.deepEqual(facts(`${LEAD} Both sides praised the new bridge. In 2024, it was $1.7 billion.`, '2025-04-10').trade, []);
  });
});

describe('events: a swearing-in attended is a ceremony', () => {
  it('reads "attending the ceremony held for his swearing-in" as a ceremony, not the talks', () => {
    assert.deepEqual(
      events(
        'Speaking at the talks, Prime Minister Modi thanked President Muizzu of Maldives for attending the ceremony held for his swearing-in at Rashtrapati Bhavan in New Delhi earlier in June.',
        '2024-10-08',
      ),
      [['ceremony', '2024-06', ['IND', 'MDV']]],
    );
  });
});

describe('people: vice-ministers and state ministers', () => {
  it('reads "the Parliamentary Vice-Minister for Foreign Affairs of Japan" after a name as the role and the state', () => {
    assert.deepEqual(people('Ikuina Akiko, the Parliamentary Vice-Minister for Foreign Affairs of Japan, called on Chief Adviser Muhammad Yunus.')[0], [
      'Ikuina Akiko',
      'Parliamentary Vice-Minister for Foreign Affairs of Japan',
      'JPN',
    ]);
  });

  it('reads "State Minister for Foreign Affairs" before a name', () => {
    assert.deepEqual(people('Bangladesh State Minister for Foreign Affairs Shahriar Alam met the envoy.')[0], [
      'Shahriar Alam',
      'State Minister for Foreign Affairs',
      'BGD',
    ]);
  });
});

describe('agreements: a list in capitals before "are the other agreements"', () => {
  const SIGNED = `${LEAD} During the visit, the two governments signed 9 agreements.`;

  it('reads each subject as one document, the last after a serial comma whole', () => {
    assert.deepEqual(
      titles(
        `${SIGNED} Youth Empowerment, Higher Education and Scientific Research, Space Cooperation, and Housing, Construction and Urban Development are the other agreements.`,
        '2025-04-10',
      ),
      [
        'agreement on Youth Empowerment',
        'agreement on Higher Education and Scientific Research',
        'agreement on Space Cooperation',
        'agreement on Housing, Construction and Urban Development',
      ],
    );
  });

  it('leaves a sentence that says what the agreements do', () => {
    assert.deepEqual(titles(`${SIGNED} Both presidents said these are the other agreements that matter.`, '2025-04-10'), []);
  });
});

describe('agreements: bodies named after "between" run on over "and" and commas', () => {
  it('keeps "Investment Cooperation between the A Agency and B Centre" one subject, the next subject apart', () => {
    assert.deepEqual(
      titles(
        `${LEAD} The agreements signed include on political consultations, Investment Cooperation between the Zambia Development Agency and Malawi Investment and Trade Centre, and Gender Equality.`,
        '2025-04-10',
      ),
      [
        'agreement on political consultations',
        'agreement on Investment Cooperation between the Zambia Development Agency and Malawi Investment and Trade Centre',
        'agreement on Gender Equality',
      ],
    );
  });
});

describe('agreements: who signed, between the kind and the subject, is no part of the title', () => {
  const SIGNED = `${LEAD} The documents signed were as follows.`;

  it('drops "between the two countries’ foreign ministers A and B" before "on …"', () => {
    assert.deepEqual(
      titles(
        `${SIGNED}\n\nAgreement between the two countries’ foreign ministers Mulambo Haimbe and Nancy Tembo on the establishment of a joint permanent commission.`,
        '2025-04-10',
      ),
      ['Agreement on the establishment of a joint permanent commission'],
    );
  });

  it('drops "between A and the Malawian education minister B" before "concerning …"', () => {
    assert.deepEqual(
      titles(
        `${SIGNED}\n\nMemorandum of Understanding (MoU) between Haimbe and Malawian education minister Madalitso Kambauwa concerning mutual recognition of qualifications.`,
        '2025-04-10',
      ),
      ['Memorandum of Understanding concerning mutual recognition of qualifications'],
    );
  });

  it('keeps governments and their bodies that signed', () => {
    assert.deepEqual(
      titles(
        `${SIGNED}\n\nAgreement between the Cabinet of Ministers of Malawi and the Government of Zambia regarding the construction of a border bridge.`,
        '2025-04-10',
      ),
      ['Agreement between the Cabinet of Ministers of Malawi and the Government of Zambia regarding the construction of a border bridge'],
    );
  });
});

describe('trade: bare "dirhams" are the dirham of the state the text is about', () => {
  const money = (text: string) => facts(text, '2025-04-10').trade.map((t) => [t.measure, t.amount ?? t.value_usd, t.currency ?? 'USD']);

  it('reads dirhams in a text about Morocco as Moroccan dirhams', () => {
    assert.deepEqual(
      money(
        'Nasser Bourita spoke with the British Foreign Secretary. Trade between Morocco and the UK surged from 15.3 billion dirhams in 2019 to 22.9 billion dirhams in 2022, Morocco said.',
      ),
      [
        ['turnover', 15300000000, 'MAD'],
        ['turnover', 22900000000, 'MAD'],
      ],
    );
  });

  it('reads dirhams in a text about the UAE as UAE dirhams', () => {
    assert.deepEqual(
      money('Sheikh Mohamed met Prime Minister Modi of India in Abu Dhabi. Non-oil trade between the UAE and India rose to 180 billion dirhams in 2024.'),
      [['turnover', 180000000000, 'AED']],
    );
  });
});

describe('trade: a flow with no direction beside the other flow with one', () => {
  it('reads "Exports totaled $1.4 billion, while imports from Malawi reached $11 billion" as the other way', () => {
    assert.deepEqual(
      trade(
        `${LEAD} In 2024 Zambia's trade with Malawi reached $12.4 billion. Exports totaled $1.4 billion, while imports from Malawi reached $11 billion.`,
        '2025-04-10',
      ),
      [
        ['turnover', 12400000000, null, null],
        ['exports', 1400000000, 'ZMB', 'MWI'],
        ['imports', 11000000000, 'MWI', 'ZMB'],
      ],
    );
  });

  it('leaves a flow alone when the other has no direction either', () => {
    assert.deepEqual(
      trade(
        `${LEAD} In 2024 trade between Zambia and Malawi reached $12.4 billion. Exports totaled $1.4 billion, while imports reached $11 billion.`,
        '2025-04-10',
      ).map((t) => [t[0], t[2], t[3]]),
      [
        ['turnover', null, null],
        ['exports', null, null],
        ['imports', null, null],
      ],
    );
  });
});

describe('trade: a sum one state commits to another, by a year further on', () => {
  it('reads "$2.5 billion commitment to Malawi through its development fund by 2028" as a pledge of 2028', () => {
    assert.deepEqual(
      facts(
        `${LEAD} The leaders acknowledged Zambia's $2.5 billion commitment to Malawi through the Zambia Development Cooperation Fund by 2028.`,
        '2025-04-10',
      ).trade.map((t) => [t.measure, t.value_usd, t.year, t.kind, t.from, t.to]),
      [['investment', 2500000000, 2028, 'target', 'ZMB', 'MWI']],
    );
  });

  it('keeps a commitment with no sum no figure', () => {
    assert.deepEqual(facts(`${LEAD} The leaders reaffirmed their commitment to peace in the region.`, '2025-04-10').trade, []);
  });
});

describe('events: "is due to conclude his visit on Wednesday" ends the visit under way', () => {
  it('reads the talks and the end of the visit as one visit', () => {
    assert.deepEqual(
      facts(
        'Lima, December 4 - Peruvian President Ollanta Humala held talks with Canadian Governor General David Johnston on Monday. Johnston is due to conclude his visit on Wednesday.',
        '2012-12-04',
      ).events.map((e) => [e.type, e.date, e.end_date, e.planned]),
      [['visit', '2012-12-03', '2012-12-05', false]],
    );
  });
});

describe('review: over-reaches of the figure with no currency, "it was", the swearing-in and the builders', () => {
  it('gives no yen to a figure before loans in yen', () => {
    assert.deepEqual(
      facts(
        'Japanese Foreign Minister Yoko Kamikawa received Bangladeshi Foreign Minister Hasan Mahmud in Tokyo on Monday. Trade between Japan and Bangladesh reached 4 billion last year, and Japan pledged 165 billion yen in ODA loans for the current fiscal year.',
        '2024-10-08',
      ).trade.filter((t) => t.measure === 'turnover'),
      [],
    );
  });

  it('reads no trade in a cleft sentence’s sum', () => {
    assert.deepEqual(
      facts(`${LEAD} Zambia and Malawi have continued their commerce. In 2022, it was $450 million that Zambia spent on the corridor.`, '2025-04-10').trade,
      [],
    );
  });

  it('reads no ceremony of two leaders in a congratulation on a swearing-in', () => {
    assert.deepEqual(
      events(`${LEAD} Hichilema congratulated Chakwera on his swearing-in for a second term in 2020.`, '2025-04-10').map((e) => e[0]),
      ['meeting'],
    );
  });

  it('gives projects built over the years no year from the page', () => {
    assert.deepEqual(
      facts(
        `${LEAD} Hichilema said Zambian contractors have undertaken more than 100 projects worth $5 billion in Malawi since its independence.`,
        '2025-04-10',
      ).trade.map((t) => [t.measure, t.year]),
      [['contracts', null]],
    );
  });
});

describe('agreements: the two states a title joins by a dash, or it was signed between, are its parties', () => {
  it('reads "the India-UAE CEPA" in a text about India and Oman as India’s and the UAE’s', () => {
    assert.deepEqual(
      facts(
        'Indian Prime Minister Narendra Modi received Omani Sultan Haitham bin Tarik in New Delhi on Monday. Modi said the India-UAE CEPA, signed in 2022, was a model for the talks between India and Oman.',
        '2024-03-12',
      ).agreements.map((a) => [a.title, a.parties, a.date]),
      [['India-UAE comprehensive economic partnership agreement', ['ARE', 'IND'], '2022']],
    );
  });

  it('reads "the FTA signed between China and Chile in 2005" as theirs', () => {
    assert.deepEqual(
      facts(
        'Peruvian President Dina Boluarte received Chinese President Xi Jinping in Lima on Thursday. Boluarte recalled that the FTA signed between China and Chile in 2005 inspired Peru’s own FTA with China, signed in 2009.',
        '2024-11-15',
      ).agreements.map((a) => [a.parties, a.date]),
      [
        [['CHL', 'CHN'], '2005'],
        [['CHN', 'PER'], '2009'],
      ],
    );
  });
});

describe('agreements: two actions after "the" share the object of the second', () => {
  it('keeps "the development and promotion of tourism" one subject', () => {
    assert.deepEqual(titles(`${LEAD} The ministers signed memoranda on the development and promotion of tourism.`, '2025-04-10'), [
      'memorandum on the development and promotion of tourism',
    ]);
  });

  it('still splits "education and promotion of tourism"', () => {
    assert.deepEqual(titles(`${LEAD} The ministers signed agreements on education and promotion of tourism.`, '2025-04-10'), [
      'agreement on education',
      'agreement on promotion of tourism',
    ]);
  });
});

describe('document: a weekday before a numeric date says which number is the month', () => {
  it('reads "Fri, 10/06/2017" as 6 October', () => {
    assert.equal(facts('ID : 464509\nFri, 10/06/2017 - 11:23\n\nMOSCOW, October 5. Lavrov met the Saudi foreign minister.').document.published, '2017-10-06');
  });

  it('reads "Sat, 10/06/2017" as 10 June', () => {
    assert.equal(facts('ID : 464509\nSat, 10/06/2017 - 11:23\n\nMOSCOW, June 9. Lavrov met the Saudi foreign minister.').document.published, '2017-06-10');
  });
});

describe('agreements: bodies that signed end a title of a one-word subject too', () => {
  it('reads "Memorandum of Understanding on Defense Cooperation between A’s Ministry of Defense and B’s Department of National Defence" without them', () => {
    assert.deepEqual(
      titles(
        `${LEAD} The sides signed a Memorandum of Understanding on Defense Cooperation between Zambia’s Ministry of Defence and Malawi’s Department of National Defence.`,
        '2025-04-10',
      ),
      ['Memorandum of Understanding on Defense Cooperation'],
    );
  });

  it('keeps the bodies of a memorandum on cooperation alone', () => {
    assert.deepEqual(
      titles(
        `${LEAD} They signed a Memorandum of Understanding on Cooperation between the Zambia Institute of Diplomacy and the Malawi Foreign Service Institute.`,
        '2025-04-10',
      ),
      ['Memorandum of Understanding on Cooperation between the Zambia Institute of Diplomacy and the Malawi Foreign Service Institute'],
    );
  });
});

describe('agreements: a document told in the generic word and by its kind is one', () => {
  it('reads "cooperation documents in the fields of A, B and C" and "cooperation agreements on A and B" as one each', () => {
    assert.deepEqual(
      titles(
        `${LEAD} The two sides signed bilateral cooperation documents in the fields of agriculture, trade and tourism. The presidents attended the signing of cooperation agreements on trade and tourism.`,
        '2025-04-10',
      ).sort(),
      ['cooperation agreement on tourism', 'cooperation agreement on trade', 'cooperation document on agriculture'],
    );
  });
});

describe('events: two leaders who met at a summit held a meeting', () => {
  it('reads "A and B met last September at the SCO summit in Samarkand" as their meeting, not the summit', () => {
    assert.deepEqual(
      events(
        'Chinese President Xi Jinping held talks with Iranian President Ebrahim Raisi in Beijing on Tuesday. Raisi and Xi Jinping met for the first time last September at a Shanghai Cooperation Organisation summit in Samarkand.',
        '2023-02-15',
      ),
      [
        ['meeting', '2023-02-14', ['CHN', 'IRN']],
        ['meeting', '2022-09', ['CHN', 'IRN']],
      ],
    );
  });

  it('keeps a summit the leaders attended without meeting each other', () => {
    assert.deepEqual(
      events(
        'Kenyan President William Ruto attended the African Union summit in Addis Ababa on Sunday alongside Ethiopian Prime Minister Abiy Ahmed.',
        '2025-02-17',
      ).map((e) => e[0]),
      ['summit'],
    );
  });
});

describe('people: names with their states under one plural office', () => {
  it('reads "the prime ministers of both countries, A of Egypt and B of Jordan" as each one’s office and state', () => {
    assert.deepEqual(
      people(
        'Egypt and Jordan held talks. The committee is co-chaired by the prime ministers of both countries, Ali Ahmed of Egypt and Omar Saleh of Jordan.',
      ).sort(),
      [
        ['Ali Ahmed', 'Prime Minister', 'EGY'],
        ['Omar Saleh', 'Prime Minister', 'JOR'],
      ],
    );
  });

  it('takes no name that a body’s "of" goes on from', () => {
    assert.deepEqual(people('Egypt and Jordan held talks. The committee is co-chaired by the prime ministers, Cairo University of Egypt officials said.'), []);
  });
});

describe('agreements: a list told after "signed Saturday touched on", and in a quotation that opens the sentence', () => {
  const SIGNED = 'President Hichilema and his Malawian counterpart Lazarus Chakwera have signed 9 memoranda of understanding to strengthen relations.';

  it('reads "The deals signed Saturday touched on A, B and C" as one document each', () => {
    assert.deepEqual(titles(`${SIGNED} The deals signed Saturday touched on wildlife conservation, fisheries and youth development.`, '2025-04-10'), [
      'deal on wildlife conservation',
      'deal on fisheries',
      'deal on youth development',
    ]);
  });

  it('reads "“Other MoUs are on A and B,” said the President" as the list going on', () => {
    assert.deepEqual(titles(`${SIGNED} “Other MoUs are on oil and gas, mining and geology, and health collaboration,” said Hichilema.`, '2025-04-10'), [
      'MoU on oil and gas',
      'MoU on mining and geology',
      'MoU on health collaboration',
    ]);
  });

  it('reads no documents in a quotation with no list before it', () => {
    assert.deepEqual(titles('President Hichilema met President Chakwera. “Other MoUs are on oil and gas,” said Hichilema.', '2025-04-10'), []);
  });
});

describe('events: the visiting guests of a gathering frame no one’s visit', () => {
  it('keeps bilateral meetings at a summit meetings when the host welcomes "visiting Heads of Government"', () => {
    assert.deepEqual(
      events(
        'Kigali, Friday 24 June 2022 – President Julius Maada Bio of Sierra Leone has attended the opening ceremony of the Commonwealth Heads of Government Meeting and held bilateral meetings with Rwanda’s President Paul Kagame and the Prime Minister of Belize, John Briceno. At the opening ceremony, President Kagame welcomed visiting Heads of Government and delegates to the meeting.',
        '2022-06-24',
      ).map((e) => e[0]),
      ['meeting', 'meeting'],
    );
  });
});

describe('trade: the flows of a state whose trade with another the sentence before told', () => {
  it('reads "Zambia’s trade with Malawi totalled $1.2 billion in 2024. Exports were $0.8 billion; imports were $0.4 billion." with their directions', () => {
    assert.deepEqual(
      trade(
        `${LEAD} Zambia’s goods and services trade with Malawi totalled an estimated $1.2 billion in 2024. Exports were $800 million; imports were $400 million.`,
        '2025-04-10',
      ),
      [
        ['turnover', 1200000000, null, null],
        ['exports', 800000000, 'ZMB', 'MWI'],
        ['imports', 400000000, 'MWI', 'ZMB'],
      ],
    );
  });
});

describe('document: "Wed 24 - May 2017 - 20:04" is the day of publication', () => {
  it('reads the weekday, the day, the month and year set off by dashes', () => {
    assert.equal(
      facts('Iran and Turkey talked on phone.\n\nWed 24 - May 2017 - 20:04\n\nPresident Rouhani spoke with President Erdogan on Wednesday.').document.published,
      '2017-05-24',
    );
  });
});

describe('trade: a change told by "it" and the parts of a dated total', () => {
  it('reads "It rose 28.7 per cent to $18.13 billion in 2017 with Indonesia’s exports … and its imports …" as the turnover of 2017 and its parts', () => {
    assert.deepEqual(
      facts(
        'India and Indonesia held talks in Jakarta on Saturday. Trade between India and Indonesia in 2016 was $12.9 billion. It rose 28.7 per cent to $18.13 billion in 2017 with Indonesia’s exports to India reaching $14.08 billion and its imports from India standing at $4.05 billion.',
        '2019-06-29',
      ).trade.map((t) => [t.measure, t.value_usd, t.year]),
      [
        ['turnover', 12900000000, 2016],
        ['turnover', 18130000000, 2017],
        ['exports', 14080000000, 2017],
        ['imports', 4050000000, 2017],
      ],
    );
  });

  it('reads "set an ambitious $50 billion targets for bilateral trade" as a target', () => {
    assert.deepEqual(
      facts(
        'India and Indonesia held talks in Jakarta on Saturday. India and Indonesia set an ambitious $50 billion targets for bilateral trade.',
        '2019-06-29',
      ).trade.map((t) => [t.measure, t.kind]),
      [['turnover', 'target']],
    );
  });
});

describe('agreements: ordinal items that say what each document allows or promises', () => {
  it('reads "The first allows …", "The seventh and final promises …" as items of the counted list, and a range of topics as none', () => {
    assert.deepEqual(
      titles(
        `${LEAD} Zambia and Malawi have signed seven memoranda of understanding. The MoUs cover a wide range of topics. The first allows Malawi to draw water from the Shire River at Liwonde. The seventh and final promises cooperation on space technology.`,
        '2025-04-10',
      ),
      ['memorandum on Malawi to draw water from the Shire River at Liwonde', 'memorandum on cooperation on space technology'],
    );
  });
});

describe('agreements: two names in capitals that share the words of a plural kind', () => {
  it('reads "the signing of Scientific and Migratory Cooperation Agreements" as two documents', () => {
    assert.deepEqual(titles(`${LEAD} The presidents announced the signing of Scientific and Migratory Cooperation Agreements on Thursday.`, '2025-04-10'), [
      'Scientific Cooperation Agreement',
      'Migratory Cooperation Agreement',
    ]);
  });

  it('leaves a plural in capitals that joins no two names', () => {
    assert.deepEqual(titles(`${LEAD} The presidents announced the signing of Cooperation Agreements on Thursday.`, '2025-04-10'), []);
  });
});

describe('people: a cabinet chief', () => {
  it('reads "Cabinet Chief Lea Gimenez" as the role', () => {
    assert.deepEqual(people('Paraguay’s Cabinet Chief Lea Gimenez travelled to La Paz.')[0]?.slice(0, 2), ['Lea Gimenez', 'Cabinet Chief']);
  });
});

describe('people: a family name written first, alone after "and", is the person named in full', () => {
  it('reads "Raisi and Xi met … at the SCO summit" as a meeting of both', () => {
    assert.deepEqual(
      facts(
        'Chinese President Xi Jinping held talks with Iranian President Ebrahim Raisi in Beijing on Tuesday. Raisi and Xi met for the first time last September at the SCO summit in Samarkand.',
        '2023-02-15',
      ).events.map((e) => [e.type, e.date, e.countries, e.participants.map((p) => p.name)]),
      [
        ['meeting', '2023-02-14', ['CHN', 'IRN'], ['Xi Jinping', 'Ebrahim Raisi']],
        ['meeting', '2022-09', ['CHN', 'IRN'], ['Xi Jinping', 'Ebrahim Raisi']],
      ],
    );
  });

  it('keeps a one-word name that is no one’s first part out', () => {
    assert.deepEqual(
      people('Chinese President Xi Jinping met Iranian President Ebrahim Raisi. Oliver and Xi held talks.').map((p) => p[0]),
      ['Xi Jinping', 'Ebrahim Raisi'],
    );
  });
});

describe('agreements: a document acted "under" keeps the signing the text tells', () => {
  it('keeps "have concluded the CEPA … Under the CEPA, Malawi is committed to …" signed', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} Zambia and Malawi have concluded the Zambia–Malawi Comprehensive Economic Partnership Agreement. Under the CEPA, Malawi is committed to eliminating most of its tariffs.`,
        '2025-04-10',
      ).map((a) => [a[0], a[1]]),
      [['Zambia–Malawi Comprehensive Economic Partnership Agreement', 'signed']],
    );
  });

  it('still reads a document said to have entered into force as in force', () => {
    assert.deepEqual(
      agreements(`${LEAD} Zambia and Malawi signed a trade agreement in 2020. The trade agreement entered into force in 2021.`, '2025-04-10').map((a) => a[1]),
      ['in_force'],
    );
  });
});
