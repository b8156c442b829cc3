// The twenty-third round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const events = (text: string, published: string | null = null): string[] =>
  facts(text, published).events.map((e) => `${e.type} | ${e.countries.join('+')} | ${e.date} | ${e.planned ? 'planned' : 'past'}`);
const agreementDates = (text: string, published: string | null = null): string[] => facts(text, published).agreements.map((a) => `${a.title} | ${a.date}`);

describe('dates: a reprint dateline, a sentence-opening time, a lead-dated text', () => {
  it('dates the talks by the weekday the lead names, not by the day of a reprint dateline ("City (Country), May 11:")', () => {
    const text =
      'Ankara (Turkey), May 11: Turkey and Kazakhstan aim to reach the target of 10 billion U.S. dollars in bilateral trade, Turkish President Recep Tayyip Erdogan said on Tuesday.\n\n' +
      'Erdogan spoke at a joint press conference held with visiting Kazakh President Kassym-Jomart Tokayev in the capital Ankara.\n\n' +
      'The two governments signed an agreement on customs cooperation.';
    const f = facts(text, '2022-05-11');
    assert.equal(f.events[0]?.date, '2022-05-10', JSON.stringify(f.events));
    assert.equal(f.agreements[0]?.date, '2022-05-10', JSON.stringify(f.agreements));
  });

  it('keeps the day of an all-caps dateline when the page states no date of its own', () => {
    const f = facts('KUWAIT, May 8 (KUNA) -- The Emir of Kuwait received the Prime Minister of Pakistan at Bayan Palace.');
    assert.equal(f.events[0]?.date, '--05-08', JSON.stringify(f.events));
  });

  it('dates a document by the time that opens its sentence ("Last year, A reached with B a swap agreement")', () => {
    const text =
      'Abu Dhabi, July 20 — Turkish President Recep Tayyip Erdogan held talks with UAE President Mohamed bin Zayed Al Nahyan in Abu Dhabi on Wednesday.\n\n' +
      'Last year, the UAE reached with Türkiye a swap agreement in local currencies to support the lira.';
    assert.deepEqual(agreementDates(text, '2023-07-20'), ['swap agreement in local currencies | 2022']);
  });

  it('does not date a document by an opening time when the sentence names another', () => {
    const text =
      'Abu Dhabi, July 20 — Turkish President Recep Tayyip Erdogan held talks with UAE President Mohamed bin Zayed Al Nahyan in Abu Dhabi on Wednesday.\n\n' +
      'In 2021, trade grew, and on Wednesday the two sides signed an agreement on tourism.';
    assert.deepEqual(agreementDates(text, '2023-07-20'), ['agreement on tourism | 2023-07-19']);
  });

  it("takes the year of a text from its lead's dated encounter under page furniture, and counts a past month back from that day", () => {
    const text =
      'Most Read\n\nASIA-DIPLOMACY\n\n' +
      'Peru and Indonesia signed a trade pact as President Dina Boluarte met President Prabowo Subianto at the Merdeka Palace in Jakarta on August 11, 2025.\n\n' +
      'Boluarte’s trip was a reciprocal visit after Prabowo travelled to Peru in November for a summit.';
    const found = events(text);
    assert.ok(found.includes('visit | IDN+PER | 2024-11 | past'), JSON.stringify(found));
  });
});

describe('events: tours and undated times', () => {
  it('gives each next stop of a tour one planned visit, however many readings name it', () => {
    const text =
      'Deals were reached during Turkish President Recep Tayyip Erdogan’s official visit to the Democratic Republic of Congo, its president said on Sunday.\n\n' +
      'President Felix Tshisekedi met Erdogan in the capital Kinshasa.\n\n' +
      'Erdogan’s African tour, from February 20 to 23, will move on to Senegal and Guinea-Bissau after his DRC trip.';
    const found = events(text);
    assert.equal(found.filter((e) => e.includes('SEN')).length, 1, JSON.stringify(found));
    assert.equal(found.filter((e) => e.includes('GNB')).length, 1, JSON.stringify(found));
  });

  it('keeps an earlier visit in another month apart from the main one when the text gives no year', () => {
    const text =
      'Turkish President Recep Tayyip Erdogan paid an official visit to the Democratic Republic of Congo on February 20.\n\n' +
      'President Felix Tshisekedi met Erdogan in the capital Kinshasa.\n\n' +
      'In September, Tshisekedi paid an official visit to Ankara on the theme of economic cooperation.';
    const found = events(text);
    assert.deepEqual(found.sort(), ['visit | COD+TUR | --02-20 | past', 'visit | COD+TUR | null | past'], JSON.stringify(found));
  });

  it('still joins an undated mention in the same month to the main visit', () => {
    const text =
      'Turkish President Recep Tayyip Erdogan paid an official visit to the Democratic Republic of Congo on February 20.\n\n' +
      'In February, Erdogan also met business leaders of the Democratic Republic of Congo during the visit.';
    const found = events(text);
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});

describe('agreements: "reached" with the document as its object', () => {
  const lead = 'Kinshasa, Feb 21 — President Felix Tshisekedi met Turkish President Recep Tayyip Erdogan in Kinshasa on Sunday.\n\n';
  const titles = (text: string): string[] =>
    facts(lead + text, '2023-02-21')
      .agreements.map((a) => `${a.title} | ${a.status}`)
      .sort();

  it('reads "reached “win-win” cooperation agreements on A, B and C" as signed, one per subject', () => {
    assert.deepEqual(titles('He said the two countries reached “win-win” cooperation agreements on security, health and transport.'), [
      'cooperation agreement on health | signed',
      'cooperation agreement on security | signed',
      'cooperation agreement on transport | signed',
    ]);
  });

  it('reads "reached with B a 5-billion-dollar swap agreement" as signed', () => {
    assert.deepEqual(titles('Last year, Congo reached with Türkiye a 5-billion-dollar swap agreement in local currencies.'), [
      'swap agreement in local currencies | signed',
    ]);
  });

  it('signs nothing with "reached" when a figure stands between it and the document', () => {
    assert.deepEqual(titles('Trade reached 40 million dollars after the free trade agreement on goods.'), []);
  });

  it('names no new document from "reached such an agreement in a meeting of the commission"', () => {
    assert.deepEqual(titles('The sides reached such an agreement in a meeting of the intergovernmental commission held in Ankara.'), []);
  });
});

describe('weekdays of another week, lists closed by a participle, introducers as whole words', () => {
  it('dates "on Wednesday last week" in the calendar week before the day of writing', () => {
    const f = facts('Honiara, Oct 18 — Prime Minister Manasseh Sogavare said he met President Xi Jinping of China on Wednesday last week.', '2019-10-18');
    assert.equal(f.events[0]?.date, '2019-10-09', JSON.stringify(f.events));
  });

  it('dates "on Friday next week" in the calendar week after it', () => {
    const f = facts('Honiara, Oct 16 — Prime Minister Manasseh Sogavare will meet President Xi Jinping of China on Friday next week.', '2019-10-16');
    assert.equal(f.events[0]?.date, '2019-10-25', JSON.stringify(f.events));
  });

  it('ends a list of subjects at ", tightening links between …"', () => {
    const text =
      'Brasilia, Nov 21 — Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva yesterday struck agreements on infrastructure, energy and agribusiness, tightening links between two large economies.';
    assert.deepEqual(
      facts(text, '2024-11-21')
        .agreements.map((a) => a.title)
        .sort(),
      ['agreement on agribusiness', 'agreement on energy', 'agreement on infrastructure'],
    );
  });

  it('reads no subject out of a verb that begins like an introducer ("The MOUs offered …")', () => {
    const text =
      'Honiara, Oct 16 — Prime Minister Manasseh Sogavare said five memoranda were signed during his visit to China.\n\n“The MOUs offered a new form of cooperation based on mutual respect,” he said.';
    assert.ok(
      facts(text, '2019-10-16').agreements.every((a) => !/fered/.test(a.title)),
      JSON.stringify(facts(text, '2019-10-16').agreements),
    );
  });
});

describe('events: the earlier encounter a count of years runs from', () => {
  const lead = 'Athens, Aug 25 — Prime Minister Narendra Modi held talks with Prime Minister Kyriakos Mitsotakis in Athens on Friday.\n\n';

  it('keeps "since Indira Gandhi visited the country in September 1983" as its own dated visit, not a participant of this one', () => {
    const f = facts(
      lead + "Modi's visit is the first to Greece by an Indian prime minister in 40 years since Indira Gandhi visited the country in September 1983.",
      '2023-08-25',
    );
    const past = f.events.find((e) => e.date === '1983-09');
    assert.deepEqual(past?.countries, ['GRC', 'IND'], JSON.stringify(f.events));
    const main = f.events.find((e) => e.date === '2023-08-25');
    assert.ok(main && !main.participants.some((p) => p.name === 'Indira Gandhi'), JSON.stringify(main));
  });

  it('reads "since the visit of Prime Minister X in 2015" the same way', () => {
    const f = facts(
      'Dublin, March 7 — External Affairs Minister S Jaishankar held talks with Tánaiste Simon Harris in Dublin on Thursday.\n\n' +
        'It was the first high-level political visit from India since the visit of Prime Minister Narendra Modi in 2015.',
      '2025-03-07',
    );
    assert.ok(
      f.events.some((e) => e.date === '2015' && e.countries.join('+') === 'IND+IRL'),
      JSON.stringify(f.events),
    );
  });

  it('still leaves a relations year after "since" out of the encounters ("friends since relations were established in 1992")', () => {
    const f = facts(lead + 'The two countries have been close partners since diplomatic relations were established in 1950.', '2023-08-25');
    assert.ok(
      f.events.every((e) => e.date !== '1950'),
      JSON.stringify(f.events),
    );
  });
});

describe('people: a deputy of a portfolio, professional and scholarly styles', () => {
  const people = (text: string): string[] =>
    facts(text, '2023-05-10')
      .people.map((p) => `${p.name} | ${p.role}`)
      .sort();

  it('reads "Deputy Health Minister X" as one office, with no person named "Health"', () => {
    assert.deepEqual(people('The memorandum was signed by Russian Deputy Health Minister Sergei Glagolov in Tehran on Tuesday.'), [
      'Sergei Glagolov | Deputy Health Minister',
    ]);
  });

  it('keeps the portfolio in "Deputy Finance Minister X"', () => {
    assert.deepEqual(people('It was signed by Deputy Finance Minister Ali Fekri in Moscow on Tuesday.'), ['Ali Fekri | Deputy Finance Minister']);
  });

  it('reads "Deputy Governor X" and "Deputy Head of … X" whole', () => {
    assert.deepEqual(
      people('Deputy Governor Hassan Bennani of the central bank and Deputy Head of the Presidential Administration Maxim Oreshkin took part.'),
      ['Hassan Bennani | Deputy Governor', 'Maxim Oreshkin | Deputy Head of the Presidential Administration'],
    );
  });

  it('still reads a bare "Deputy X" (a member of a parliament) as a deputy', () => {
    assert.deepEqual(people('Deputy Ivan Petrov of the State Duma met the ambassador on Tuesday.'), ['Ivan Petrov | Deputy']);
  });

  it('takes "Engineer" and "Pandit" before a name as styles, not name words', () => {
    const named = people(
      'Minister for Defence Engineer Khurram Dastgir Khan met the Russian minister in Moscow on Tuesday. He recalled the visit of Pandit Jawaharlal Nehru.',
    ).map((p) => p.split(' | ')[0]);
    assert.ok(named.includes('Khurram Dastgir Khan') && named.includes('Jawaharlal Nehru'), JSON.stringify(named));
  });
});

describe('document: a section and time of posting over the headline; a wire wrapped at a width', () => {
  it('skips "WORLD | Today 09:15" for the headline under it', () => {
    const f = facts(
      'Sunday, July 6, 2025\n\nWORLD | Today 09:15\n\nModi and Milei vow to boost trade after Buenos Aires meet\n\nPresident Javier Milei hosted Indian Prime Minister Narendra Modi at the Casa Rosada on Saturday.',
    );
    assert.equal(f.document.title, 'Modi and Milei vow to boost trade after Buenos Aires meet');
  });

  it('joins the lines of a wire wrapped at one width even when its paragraphs end in short lines', () => {
    const wrapped = [
      'ISLAMABAD, Apr 06 (APP): Minister for Defence Khurram Dastgir Khan has held a meeting with Denis',
      'Manturov in Moscow.',
      'Both the ministers are co-chairmen of the Pakistan-Russia intergovernmental commission',
      'on trade.',
      'Dastgir said that Pakistan attached great importance to its relations with Russia and',
      'its people.',
      'He also noted that bilateral trade between the two countries was growing and had great',
      'potential.',
      'The two sides agreed to hold the next session of the commission in Islamabad later this',
      'year.',
      'Manturov assured him that a Russian delegation would come to Islamabad in the near',
      'future.',
    ].join('\n');
    const f = facts(wrapped, '2018-04-06');
    assert.ok(
      f.people.some((p) => p.name === 'Denis Manturov'),
      JSON.stringify(f.events),
    );
  });
});

describe('agreements: a signing day a yearless page cannot place, lists closed by a participle, relative summaries', () => {
  it('dates documents "signed on Thursday" under a dateline with no year by the encounter, as the dateline dates it', () => {
    const text =
      'Madrid, May 4 (EFE).- Spain and Colombia strengthened their relations on Thursday with the signing of agreements on transportation and renewable energy.\n\n' +
      'During his visit, Colombian President Gustavo Petro met Spanish Prime Minister Pedro Sanchez.';
    assert.deepEqual(
      agreementDates(text)
        .map((a) => a.split(' | ')[1])
        .sort(),
      ['--05-04', '--05-04'],
    );
  });

  it('ends a list of subjects at a participle clause after its closing "and" item ("…, health and transport, hailing …")', () => {
    const text =
      'Kinshasa, Feb 21 — President Felix Tshisekedi met Turkish President Recep Tayyip Erdogan in Kinshasa on Sunday. He said the two countries signed cooperation agreements on security, health and transport, hailing a historic day for relations.';
    assert.deepEqual(
      facts(text, '2023-02-21')
        .agreements.map((a) => a.title)
        .sort(),
      ['cooperation agreement on health', 'cooperation agreement on security', 'cooperation agreement on transport'],
    );
  });

  it('keeps a gerund item after an item with "and" when more items follow ("…, agriculture and food security, protecting wildlife and …")', () => {
    const text =
      'Dushanbe, June 2 — President Emomali Rahmon held talks with the Amir of Qatar on Thursday. Memoranda for cooperation in the fields of diplomatic training, agriculture and food security, protecting endangered wildlife and preserving its habitats were signed.';
    const titles = facts(text, '2023-06-02').agreements.map((a) => a.title);
    assert.ok(
      titles.some((t) => /protecting endangered wildlife/.test(t)),
      JSON.stringify(titles),
    );
  });

  it('keeps a gerund that is an item of the list ("on mining and processing, manufacturing …" is not cut after "and")', () => {
    const text =
      'Lusaka, Feb 21 — President Hakainde Hichilema met Indian Prime Minister Narendra Modi on Monday. The two countries signed agreements on mining, processing and manufacturing.';
    assert.equal(facts(text, '2023-02-21').agreements.length, 3, JSON.stringify(facts(text, '2023-02-21').agreements));
  });

  it('reads the subjects of a counted bundle told again in a relative clause ("The agreements, which cover A, B and C, were signed …")', () => {
    const text =
      'Abu Dhabi, July 20 — Türkiye and the UAE signed 13 bilateral agreements during the visit of President Recep Tayyip Erdogan to Abu Dhabi on Wednesday.\n' +
      'The agreements, which cover energy, transportation, health and tourism, were signed in the presence of the two presidents.';
    assert.deepEqual(
      facts(text, '2023-07-20')
        .agreements.map((a) => a.title)
        .sort(),
      ['agreement on energy', 'agreement on health', 'agreement on tourism', 'agreement on transportation'],
    );
  });
});

describe('review of the round: the near cases', () => {
  it('keeps the day of a reprint dateline when the sentence gives the talks no day of its own', () => {
    const f = facts(
      'Ankara (Turkey), May 11: Turkish President Recep Tayyip Erdogan held talks with Hungarian Prime Minister Viktor Orban in Ankara.',
      '2024-05-13',
    );
    assert.equal(f.events[0]?.date, '2024-05-11', JSON.stringify(f.events));
  });

  it('reads "today" beside a reprint dateline as the dateline\'s day', () => {
    const f = facts('Hanoi (Vietnam), 20 May 2024: President To Lam received the visiting Lao Prime Minister Sonexay Siphandone today.', '2024-05-22');
    assert.equal(f.events[0]?.date, '2024-05-20', JSON.stringify(f.events));
  });

  it('names no document from "reached (an) agreement on" an action or a project', () => {
    for (const text of [
      'Cairo, 6 June 2024 – Egyptian Prime Minister Mostafa Madbouly held talks with Jordanian Prime Minister Bisher Al-Khasawneh. The two sides reached an agreement on the joint electricity interconnection project.',
      'Lima, 4 March 2024 – Peruvian Foreign Minister Javier Gonzalez-Olaechea met Chilean Foreign Minister Alberto van Klaveren. The ministers reached agreement on holding the binational cabinet in Arica in June.',
    ])
      assert.deepEqual(facts(text, '2024-06-06').agreements, []);
  });

  it('ends a list at ", thereby tightening links …"', () => {
    const text =
      'Ashgabat, 3 October 2023 – President Serdar Berdimuhamedov held talks with President of Uzbekistan Shavkat Mirziyoyev. The two presidents signed agreements on rail transport, customs and energy, thereby tightening links between the two economies.';
    assert.deepEqual(
      facts(text, '2023-10-03')
        .agreements.map((a) => a.title)
        .sort(),
      ['agreement on customs', 'agreement on energy', 'agreement on rail transport'],
    );
  });

  it('does not date an undated lead by "Last year," opening the next sentence', () => {
    const f = facts(
      'Yerevan, 5 March 2024 – Prime Minister Nikol Pashinyan received the Foreign Minister of India S. Jaishankar. Last year, trade between the two countries grew by 20 percent.',
      '2024-03-05',
    );
    assert.equal(f.events[0]?.date, '2024-03-05', JSON.stringify(f.events));
  });

  it('skips "REGION | 3 min read" and "Politics | Today, 09:15 | 1,204 views" for the headline', () => {
    for (const [label, headline] of [
      ['REGION | 3 min read', 'Putin, Lukashenko meet in Minsk'],
      ['Politics | Today, 09:15 | 1,204 views', 'President Mirziyoyev receives Chinese delegation'],
    ])
      assert.equal(facts(`${label}\n\n${headline}\n\nMinsk, 24 May 2024 – The two presidents met in Minsk.`).document.title, headline);
  });

  it("keeps a headline that only begins with a section label's word", () => {
    const f = facts('World leaders gather in Minsk\n\nMinsk, 24 May 2024 – The two presidents met in Minsk.');
    assert.equal(f.document.title, 'World leaders gather in Minsk');
  });
});

describe('events: earlier encounters told in the lead or in the passive', () => {
  it('keeps an undated lead its own encounter when a later lead sentence names one months before ("In January, A met B at Davos")', () => {
    const found = events(
      'Belgrade, 8 May 2024 – President Aleksandar Vucic held talks with Chinese Foreign Minister Wang Yi. In January, Vucic met Wang at Davos.',
      '2024-05-08',
    );
    assert.ok(found.includes('meeting | CHN+SRB | 2024-05-08 | past') && found.includes('meeting | CHN+SRB | 2024-01 | past'), JSON.stringify(found));
  });

  it('keeps the main visit beside "the first visit in 14 years, after X travelled to Brasilia in 2009"', () => {
    const found = events(
      'Brasilia, 7 August 2023 – President Luiz Inacio Lula da Silva welcomed Colombian President Gustavo Petro for a state visit. It was the first visit by a Colombian president in 14 years, after Alvaro Uribe travelled to Brasilia in 2009.',
      '2023-08-07',
    );
    assert.ok(found.includes('visit | BRA+COL | 2023-08-07 | past') && found.includes('visit | BRA+COL | 2009 | past'), JSON.stringify(found));
  });

  it('keeps "said after meeting visiting Prime Minister X" the encounter reported', () => {
    const found = events(
      'TASHKENT, Oct 25 (Reuters) - Japan and Uzbekistan signed deals on Sunday, Uzbek President Islam Karimov said after meeting visiting Japanese Prime Minister Shinzo Abe.',
      '2015-10-25',
    );
    assert.deepEqual(found, ['visit | JPN+UZB | 2015-10-25 | past']);
  });

  it('reads "X\'s visit to Nepal in 1951 was recalled" as an earlier visit beside the meeting', () => {
    const found = events(
      "Kathmandu, 18 August 2023 – Prime Minister Pushpa Kamal Dahal met with Indian Foreign Secretary Vinay Kwatra. Jawaharlal Nehru's visit to Nepal in 1951 was recalled.",
      '2023-08-18',
    );
    assert.ok(found.includes('meeting | IND+NPL | 2023-08-18 | past') && found.includes('visit | IND+NPL | 1951 | past'), JSON.stringify(found));
  });
});

describe('agreements and places: bare items after "These include", plans in the pipeline, venue words as whole words', () => {
  const lead = 'Belgrade, Nov 19 — Serbian President Aleksandar Vucic held talks with Kazakh President Kassym-Jomart Tokayev in Belgrade on Tuesday. ';

  it('reads "These include readmission, defence collaboration, and …" after a counted bundle as one document per item', () => {
    const text = `${lead}The two sides signed 10 agreements and memorandums. These include readmission, defence collaboration, and the peaceful use of outer space.`;
    assert.deepEqual(
      facts(text, '2019-11-20')
        .agreements.map((a) => a.title)
        .sort(),
      ['agreement on defence collaboration', 'agreement on peaceful use of outer space', 'agreement on readmission'],
    );
  });

  it('names no document from "These include trade, energy and transport" with no bundle before it', () => {
    assert.deepEqual(facts(`${lead}The two presidents discussed many issues. These include trade, energy and transport.`, '2019-11-20').agreements, []);
  });

  it('takes no cut-off letter for an item ("…, market access for farm products, and c")', () => {
    const text = `${lead}Fifteen memoranda were exchanged. These memoranda include a grant for technical cooperation, a working group on investment, market access for farm products, and c`;
    assert.ok(
      facts(text, '2019-11-20').agreements.every((a) => !/\bon c$/.test(a.title)),
      JSON.stringify(facts(text, '2019-11-20').agreements),
    );
  });

  it('names no subject "the pipeline" ("other agreements in the pipeline")', () => {
    const text = `${lead}'There are also other agreements in the pipeline that we are closely working on,' Vucic said.`;
    assert.deepEqual(facts(text, '2019-11-20').agreements, []);
  });

  it('finds no venue "Villa" in "Villamor Airbase"', () => {
    const f = facts(
      'Manila, March 11 — President Ferdinand R. Marcos Jr. met Czech President Petr Pavel at the Villamor Airbase in Pasay City on Monday.',
      '2024-03-11',
    );
    assert.ok(
      f.events.every((e) => e.place?.name !== 'Villa'),
      JSON.stringify(f.events),
    );
  });
});

describe('events: the day of a post that reports a call', () => {
  it('dates a call by its own day, not by "In a Facebook post on October 15" that reports it', () => {
    const text =
      'President Bongbong Marcos expressed his gratitude to UAE President Sheikh Mohamed bin Zayed Al Nahyan during their phone conversation Monday, October 14.\n\n' +
      'In a Facebook post on October 15, Marcos shared that he spoke with the UAE President over the phone.';
    const f = facts(text, '2024-10-15');
    assert.deepEqual(
      f.events.map((e) => `${e.type} ${e.date}`),
      ['phone_call 2024-10-14'],
    );
  });
});

describe('people: headline verbs end a name in headline case', () => {
  it('takes no "Raimondo Leads Successful" or "Hits Back" for a person', () => {
    for (const headline of ['Secretary Raimondo Leads Successful Trade Mission to Manila', 'Minister of State for Finance Hits Back at Critics']) {
      const names = facts(`${headline}\n\nManila, March 12 — The two sides held talks on trade on Monday.`, '2024-03-12').people.map((p) => p.name);
      assert.ok(
        names.every((n) => !/\b(?:Leads|Successful|Hits|Back)\b/.test(n)),
        JSON.stringify(names),
      );
    }
  });

  it('still reads "X said" after a name as before', () => {
    const names = facts('Manila, March 12 — Gina Raimondo said the mission was a success.', '2024-03-12').people.map((p) => p.name);
    assert.deepEqual(names, ['Gina Raimondo']);
  });
});

describe('events: a call "also" held beside the one reported', () => {
  it('splits "also holds telephonic conversation with the President of A and the Crown Prince of B" into one call each', () => {
    const text =
      'PM Shehbaz also holds telephonic conversation with President of Uzbekistan and Crown Prince of Kuwait\n\n' +
      'LAHORE: Prime Minister Shehbaz Sharif on Sunday held a telephone conversation with President of Turkiye Recep Tayyip Erdogan to convey his greetings on Eid.';
    const found = events(text, '2025-03-30').filter((e) => e.startsWith('phone_call'));
    assert.deepEqual(found.sort(), [
      'phone_call | KWT+PAK | 2025-03-30 | past',
      'phone_call | PAK+TUR | 2025-03-30 | past',
      'phone_call | PAK+UZB | 2025-03-30 | past',
    ]);
  });

  it('reads "received congratulatory calls from the Presidents of A, B and C" as one call per state', () => {
    const text =
      'New Delhi: On Tuesday, Prime Minister Narendra Modi received congratulatory calls from the Presidents of the Republic of Korea, Zimbabwe and Mozambique, his office said.';
    assert.deepEqual(events(text, '2019-06-04').sort(), [
      'phone_call | IND+KOR | 2019-06-04 | past',
      'phone_call | IND+MOZ | 2019-06-04 | past',
      'phone_call | IND+ZWE | 2019-06-04 | past',
    ]);
  });

  it('still reads "received congratulatory messages" as no encounter', () => {
    assert.deepEqual(
      events('New Delhi: On Tuesday, Prime Minister Narendra Modi received congratulatory messages from the President of Zimbabwe.', '2019-06-04'),
      [],
    );
  });

  it('keeps one call when the text reports a single call that "also" touched on other matters', () => {
    const text =
      'Prime Minister Shehbaz Sharif held a telephone conversation with President Recep Tayyip Erdogan of Turkiye on Sunday. They also discussed the situation in Syria and Iran.';
    assert.deepEqual(events(text, '2025-03-30'), ['phone_call | PAK+TUR | 2025-03-30 | past']);
  });
});
