import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const agreements = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).agreements.map((a) => ({ title: a.title, kind: a.kind, status: a.status, date: a.date, parties: a.parties }));

const LEAD = 'President of Angola João Lourenço held talks with President of Brazil Luiz Inácio Lula da Silva in Brasília on 23 April.';

describe('agreements', () => {
  it('second review of the round: a statement issued about a document does not date it; a plan to extend a treaty is planned', () => {
    assert.ok(
      agreements(`${LEAD} On 2 May the Foreign Ministry issued a statement on the Agreement on Water Sharing between Angola and Brazil.`, '2024-05-07').every(
        (a) => a.date !== '2024-05-02',
      ),
    );
    assert.deepEqual(
      agreements(`${LEAD} Angola and Brazil plan to extend the Treaty on Trade for ten years.`, '2024-05-07').map((a) => a.status),
      ['planned'],
    );
  });
  it('ends a list at its source ("…, including trade and tourism, the government announced")', () => {
    const titles = agreements(
      `${LEAD} The two sides signed cooperation agreements in the fields of agriculture, trade and tourism, including trade and tourism, the Brazilian government announced.`,
    ).map((a) => a.title);
    assert.ok(
      titles.every((t) => !/announced/.test(t)),
      JSON.stringify(titles),
    );
  });
  it('dates a document by "since 2020, when the countries issued …", the year the clause after it tells of', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} Relations have grown, especially since 2020, when the countries issued the Joint Declaration on Strategic Partnership.`,
        '2024-04-24',
      ).map((a) => [a.title, a.status, a.date]),
      [['Joint Declaration on Strategic Partnership', 'signed', '2020']],
    );
  });
  it('splits a list after "encompassing" whose items carry their own articles, and keeps apart items of one sentence written with different kind words ("the MoC to …, and the Memorandum of Understanding to …")', () => {
    assert.deepEqual(
      agreements(
        `${LEAD} Both parties concluded bilateral agreements encompassing the establishment of a Strategic Partnership Council, the Hydrogen Initiative to promote green hydrogen, a visa exemption for diplomatic passport holders, and a memorandum of understanding on food safety.`,
      ).map((a) => a.title),
      [
        'agreement on the establishment of a Strategic Partnership Council',
        'agreement on the Hydrogen Initiative to promote green hydrogen',
        'agreement on a visa exemption for diplomatic passport holders',
        'memorandum of understanding on food safety',
      ],
    );
    assert.deepEqual(
      agreements(
        `${LEAD} President Lula welcomed the exchange of the Memorandum of Cooperation (MoC) to promote public-private partnership, the MoC to strengthen cooperation in the field of ICT, and the Memorandum of Understanding (MoU) to strengthen cooperation.`,
      ).map((a) => [a.title, a.status]),
      [
        ['Memorandum of Cooperation to promote public-private partnership', 'signed'],
        ['MoC to strengthen cooperation in the field of ICT', 'signed'],
        ['Memorandum of Understanding to strengthen cooperation', 'signed'],
      ],
    );
  });
  it('reads bare list lines under "These included:" after a counted header as documents of its kind, and "attended the ceremony to sign the agreements on the promotion and mutual protection of investments" as one signed document', () => {
    const got = agreements(
      [
        LEAD,
        '',
        '12 agreements and MoUs were signed during the visit. These included:',
        '- Cooperation in science and technology.',
        '- Efforts to combat money laundering.',
        '- An agreement on road transport.',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.status]),
      [
        ['agreement on cooperation in science and technology', 'signed'],
        ['agreement on efforts to combat money laundering', 'signed'],
        ['agreement on road transport', 'signed'],
      ],
    );
    assert.deepEqual(
      agreements(
        `${LEAD} The heads of state attended the ceremony to sign the agreements on the promotion and mutual protection of investments and on the establishment of a joint commission.`,
      ).map((a) => [a.title, a.status, a.date]),
      [
        ['agreement on the promotion and mutual protection of investments', 'signed', '--04-23'],
        ['agreement on the establishment of a joint commission', 'signed', '--04-23'],
      ],
    );
    // A ceremony still to come signs nothing yet.
    assert.deepEqual(
      agreements(`${LEAD} The presidents will attend a ceremony to sign the agreement on trade.`).map((a) => a.status),
      ['planned'],
    );
  });
  it('reads "agreed to extend/renew an agreement" as planned, with no date from the term it is extended to, and "renewed" as signed', () => {
    assert.deepEqual(
      agreements(`${LEAD} The two sides agreed to extend a bilateral economic cooperation agreement to 2028.`).map((a) => [a.title, a.status, a.date]),
      [['economic cooperation agreement', 'planned', null]],
    );
    assert.deepEqual(
      agreements(`${LEAD} They renewed the trade agreement for five years.`, '2024-04-24').map((a) => [a.status, a.date]),
      [['signed', '2024-04-23']],
    );
  });
  it('reads a title cut mid-word where an excerpt ends ("an Agreement for Long-") as the document whose title it begins, before or after it', () => {
    for (const text of [
      `${LEAD} They finalised an Agreement for Long-Term Power Trade. Both sides finalised an Agreement for Long-`,
      `${LEAD} Both sides finalised an Agreement for Long-\n\nThey finalised an Agreement for Long-Term Power Trade.`,
    ])
      assert.deepEqual(
        agreements(text).map((a) => a.title),
        ['Agreement for Long-Term Power Trade'],
      );
  });
  it('reads a purpose after the kind ("a joint declaration pledging to ramp up their strategic partnership", "aimed at …") as its subject, and a bundle aimed at cooperation in various sectors as no document', () => {
    assert.deepEqual(
      agreements(`${LEAD} The two leaders also signed a joint declaration pledging to ramp up their countries' strategic partnership.`).map((a) => a.title),
      ["joint declaration pledging to ramp up their countries' strategic partnership"],
    );
    assert.deepEqual(
      agreements(`${LEAD} They signed a joint declaration to increase bilateral cooperation.`).map((a) => a.title),
      ['joint declaration to increase bilateral cooperation'],
    );
    assert.deepEqual(
      agreements(`${LEAD} They oversaw the exchange of several memoranda and agreements aimed at enhancing cooperation across various sectors.`).map(
        (a) => a.title,
      ),
      [],
    );
    // A bundle's purpose names no documents, whatever it aims at.
    assert.deepEqual(
      agreements(
        `${LEAD} Angola and Brazil on Sunday signed a series of agreements aimed at strengthening joint coordination efforts between the two countries, the agency reported.`,
      ).map((a) => a.title),
      [],
    );
  });
  it('takes no documents from a summary of the ones a list names in full ("The agreements cover A, B and C"), and takes them when nothing is itemised', () => {
    const list = [
      'Chile and Peru signed three agreements in Lima on 16 January 2019.',
      'The agreements cover matters concerning defence, agriculture and tourism.',
      'The list of agreements signed:',
      '1. Memorandum of Understanding between the Ministry of Defence of Chile and the Ministry of Defence of Peru concerning Military Education.',
      '2. Memorandum of Understanding on Cooperation in Agriculture and Fisheries.',
      '3. Memorandum of Understanding between the Tourism Board of Chile and the Ministry of Tourism of Peru.',
    ].join('\n\n');
    const titles = agreements(list, '2019-01-16').map((a) => a.title);
    assert.equal(titles.length, 3);
    assert.ok(titles.every((t) => t.startsWith('Memorandum of Understanding')));
    assert.deepEqual(
      agreements('Chile and Peru signed agreements in Lima on 16 January 2019. The agreements cover defence and tourism.', '2019-01-16').map((a) => a.title),
      ['agreement on defence', 'agreement on tourism'],
    );
  });
  it('reads the subjects of counted documents "including on" after a clause of time or place, and "a declaration about"', () => {
    for (const text of [
      'Chile and Peru signed twenty-one agreements in Lima on Tuesday, including on high-speed railways, satellite navigation and energy.',
      'Chile and Peru said twenty-one agreements were signed during the visit, including on high-speed railways, satellite navigation and energy.',
    ])
      assert.deepEqual(
        agreements(text, '2017-07-05').map((a) => [a.title, a.status]),
        [
          ['agreement on high-speed railways', 'signed'],
          ['agreement on satellite navigation', 'signed'],
          ['agreement on energy', 'signed'],
        ],
      );
    assert.deepEqual(
      agreements('Chile and Peru held talks in Lima. A declaration about holding a cross year of tourism was signed.', '2017-07-05').map((a) => a.title),
      ['declaration about holding a cross year of tourism'],
    );
    // … nor "for a long time", "for years" after the kind.
    assert.deepEqual(
      agreements('Chile and Peru negotiated the agreement for a long time and for years before.', '2017-07-05').map((a) => a.title),
      [],
    );
    // A status after "said that" is no relative clause's: "He said that the signing of the X Agreement in 2022 …".
    assert.deepEqual(
      agreements('Chile and Peru held talks. He said that the signing of the Pacific Trade Agreement in 2022 boosted trade.', '2024-07-19').map((a) => [
        a.title,
        a.status,
        a.date,
      ]),
      [['Pacific Trade Agreement', 'signed', '2022']],
    );
    // Partner states counted after the subject are no subjects: "… with 16 countries, namely A, B and C".
    assert.deepEqual(
      agreements(
        'So far, Chile has signed treaties on the transfer of sentenced persons with 16 countries, namely Peru, Spain, Portugal and Bolivia.',
        '2024-05-03',
      ).map((a) => a.title),
      ['treaty on the transfer of sentenced persons'],
    );
    // Places after "including in" are no subjects; "about fifteen years ago" is a time.
    assert.deepEqual(
      agreements('Several agreements were signed during the forum, including in Lima and Cusco, officials said.', '2024-05-03').map((a) => a.title),
      [],
    );
    assert.deepEqual(
      agreements('Chile and Peru signed a trade agreement about fifteen years ago, the minister recalled.', '2024-05-03').map((a) => a.title),
      ['trade agreement'],
    );
    // "about" before a count or a time is no subject.
    assert.deepEqual(
      agreements('Chile and Peru signed an agreement about two years ago.', '2017-07-05').map((a) => a.title),
      [],
    );
  });
  it('reads "within the framework of" as in force only when it governs the document, not a meeting', () => {
    const got = agreements(
      `${LEAD} Within the framework of the meeting, the programme on cultural cooperation was also signed. Trade grows under the Agreement on Trade of 1995.`,
      '2024-04-24',
    );
    assert.deepEqual(
      got.map((a) => `${a.status}: ${a.title}`),
      ['signed: programme on cultural cooperation', 'in_force: Agreement on Trade of 1995'],
    );
  });
  it('ends a title at "in which", takes no document from a counted bundle "on cooperation", and reads "signed on …, which came into effect" as in force', () => {
    const got = agreements(
      `${LEAD} The sides passed a joint statement in which they noted the positive dynamics. In 2021 the two countries signed five memorandums and agreements on cooperation. The agreement on air services, signed on 5 May 2019, which came into effect on 1 January 2020, was discussed. Today they signed a protocol amending the Trade Agreement, which has been in force since 2021. They aim to sign the agreement on visas at an early date.`,
      '2024-04-24',
    );
    const status = (title: string) => got.find((a) => a.title === title)?.status;
    assert.deepEqual(['joint statement', 'agreement on air services', 'protocol amending the Trade Agreement', 'agreement on visas'].map(status), [
      'signed',
      'in_force',
      'signed',
      'planned',
    ]);
    assert.ok(!got.some((a) => /in which|on cooperation$/.test(a.title)), JSON.stringify(got));
  });
  it('reads "signed the Agreement, which has since entered into force on May 1" as in force on the day of signing, and no side from a return trip', () => {
    const got = agreements(
      'Prime Minister Ana Soler of Chile made a stopover in Lima on her return from Germany and met President Luis Marca of Peru on 28 June. At a virtual summit on February 18, both countries signed the Comprehensive Economic Partnership Agreement, which has since entered into force on May 1.',
      '2022-06-28',
    );
    assert.deepEqual(
      got.map((a) => `${a.status} ${a.date} ${a.parties.join('+')}`),
      ['in_force 2022-02-18 CHL+PER'],
    );
  });
  it('reads the areas an uncounted plural names in passing as the documents the page itemises, not documents of their own', () => {
    const itemised = agreements(
      `${LEAD} The two countries signed various agreements and memorandums of understanding for increased cooperation in the areas of trade, culture and tourism. The agreement on cooperation in broadcasting was signed by the ministers. The memorandum of understanding on pilgrimage tourism was also signed.`,
      '2024-04-24',
    );
    assert.deepEqual(itemised.map((a) => a.title).sort(), ['agreement on cooperation in broadcasting', 'memorandum of understanding on pilgrimage tourism']);
    // With no document named elsewhere, the areas stand for the documents.
    const alone = agreements(`${LEAD} The leaders witnessed the signing of agreements in space, education and energy.`, '2024-04-24');
    assert.deepEqual(
      alone.map((a) => a.title),
      ['agreement in space', 'agreement in education', 'agreement in energy'],
    );
  });
  it('takes up a counted list again after sentences about its first document ("… and six other documents. … The other six documents include …")', () => {
    const got = agreements(
      'Chile and Peru signed a declaration on the partnership between the two countries and three other documents on Tuesday.\n\nThe declaration, signed by the two presidents, sets out principles.\n\nThe declaration also announced a commission.\n\nThe other three documents include agreements on maritime transport, phytosanitary cooperation and police cooperation.',
      '2024-04-24',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      ['declaration on the partnership', 'agreement on maritime transport', 'agreement on phytosanitary cooperation', 'agreement on police cooperation'],
    );
  });
  it('reads "are expected to ink two deals, a trade agreement and an investment promotion and protection agreement" as planned, and no status from an older deal\'s signing', () => {
    const got = agreements(
      `${LEAD} During the visit the two neighbours are expected to ink two deals, a trade agreement and a bilateral investment promotion and protection agreement. The trade agreement is a renewal of an old deal, originally signed in 1980.`,
      '2024-04-22',
    );
    assert.deepEqual(
      got.map((a) => `${a.status}: ${a.title}`),
      ['planned: trade agreement', 'planned: investment promotion and protection agreement'],
    );
  });
  it('ends a title before when the document is to be signed ("an agreement on trade soon", "at an early date")', () => {
    assert.deepEqual(
      agreements(`${LEAD} They will sign an agreement on trade soon and a memorandum on tourism at an early date.`, '2024-04-24').map((a) => a.title),
      ['agreement on trade', 'memorandum on tourism'],
    );
  });
  it('takes no title from when a document is hoped for ("would sign a peace agreement in the near future")', () => {
    const got = agreements(`${LEAD} Lula expressed hope that the two sides would sign an agreement in the near future.`, '2024-04-24');
    assert.deepEqual(
      got.map((a) => a.title),
      [],
    );
  });
  it('reads "were able to sign" as signed, and a plural head "Memorandum of Understandings ( MoUs) on A, B and C" as one memorandum per subject', () => {
    assert.deepEqual(
      agreements(`${LEAD} We were able to sign a Memorandum of Understanding on Cross Border Movement.`, '2024-04-24').map((a) => [a.title, a.status]),
      [['Memorandum of Understanding on Cross Border Movement', 'signed']],
    );
    assert.deepEqual(
      agreements(
        `${LEAD} Angola and Brazil signed Memorandum of Understandings ( MoUs) on agriculture, electricity trade, and cultural cooperation.`,
        '2024-04-24',
      ).map((a) => a.title),
      ['memorandum of understanding on agriculture', 'memorandum of understanding on electricity trade', 'memorandum of understanding on cultural cooperation'],
    );
  });
  it('dates documents by "The exchange of documents took place here on Wednesday (April 16)", without a year when none is stated', () => {
    assert.deepEqual(
      extractText(
        't.txt',
        'LUANDA: Angola and Brazil signed 12 memoranda, including an MOU on Cooperation in Trade in Services. The exchange of documents took place at the presidential palace, here on Wednesday (April 16). The ceremony was witnessed by President João Lourenço and Brazilian President Lula da Silva.',
        { published: null },
      ).agreements.map((a) => [a.title, a.date]),
      [['MOU on Cooperation in Trade in Services', '--04-16']],
    );
  });
  it('reads "Among the agreements signed were those related to A, B, and C", "The deals covered issues including A and B", "Sectors covered in the MoUs include …", and no firms\' deals', () => {
    const lead =
      "Chile and Peru have signed nine agreements. The agreements were signed on April 15 in Lima, during President Ana Soler's two-day state visit to Peru.";
    assert.deepEqual(
      agreements(
        `${lead} Among the agreements signed were those related to avoidance of double taxation, agriculture, tourism, and investment promotion.`,
        null,
      ).map((a) => [a.title, a.date]),
      [
        ['agreement on avoidance of double taxation', '--04-15'],
        ['agreement on agriculture', '--04-15'],
        ['agreement on tourism', '--04-15'],
        ['agreement on investment promotion', '--04-15'],
      ],
    );
    assert.deepEqual(
      agreements(`${lead} The deals covered issues including water conservation and mining, the report said.`, null).map((a) => a.title),
      ['deal on water conservation', 'deal on mining'],
    );
    assert.deepEqual(
      agreements(`${lead} Sectors covered in the MoUs include health, education and energy.`, null).map((a) => a.title),
      ['MoU on health', 'MoU on education', 'MoU on energy'],
    );
    assert.deepEqual(
      agreements(
        `${lead} Separately, companies signed deals in sectors including energy. A deal was signed between the state holding company and a bank on ports.`,
        null,
      ),
      [],
    );
  });
  it('trusts a count that matches the items of a list whose first item reads "the supply of …"', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(
        `${lead} They also signed three memorandums of understanding on the supply of minerals, research on agriculture, and diplomatic dialogue.`,
        '2024-03-06',
      ).map((a) => a.title),
      [
        'memorandum of understanding on the supply of minerals',
        'memorandum of understanding on research on agriculture',
        'memorandum of understanding on diplomatic dialogue',
      ],
    );
    // Without a count, "the supply of A, B and C" stays one subject.
    assert.deepEqual(
      agreements(`${lead} They signed an agreement on the supply of copper, wheat and cotton.`, '2024-03-06').map((a) => a.title),
      ['agreement on the supply of copper, wheat and cotton'],
    );
  });
  it('reads "in the following realms: A, B and C", ordinal items of a counted bundle in its sentence, "memo of understanding" and "another memo for", and verbs sharing their object', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    const titles = (sentence: string) => agreements(`${lead} ${sentence}`, '2024-03-06').map((a) => a.title);
    assert.deepEqual(titles('The two sides signed three executive programs for the coming two years in the following realms: labor, culture, and sports.'), [
      'program on labor',
      'program on culture',
      'program on sports',
    ]);
    assert.deepEqual(titles('Two memoranda were signed, with the first memorandum signed in the field of energy, and the second on the exchange of experts.'), [
      'memorandum in the field of energy',
      'memorandum on the exchange of experts',
    ]);
    assert.deepEqual(titles('They signed a memo of understanding for security cooperation and another memo for linking their labor systems.'), [
      'memo of understanding for security cooperation',
      'memo of understanding for linking their labor systems',
    ]);
    assert.deepEqual(titles('The presidents oversaw preliminary agreements in sports and protecting and encouraging investment.'), [
      'agreement in sports',
      'agreement in protecting and encouraging investment',
    ]);
  });
  it('names a document by the period it covers ("a road map until 2026", "a programme of cooperation for 2024-2026"), and reads "passed a joint statement" as signed', () => {
    const text =
      'Lima and Santiago signed a road map until 2026\n\nLIMA, 12 March - President Luis Quispe of Peru held talks with President Ana Soler of Chile in Lima on 12 March. They approved a programme of cooperation for 2024-2026 and passed a joint statement on strategic partnership.';
    assert.deepEqual(
      agreements(text, '2023-03-13').map((a) => [a.title, a.status, a.parties.join('+')]),
      [
        ['road map until 2026', 'signed', 'CHL+PER'],
        ['programme of cooperation for 2024-2026', 'signed', 'CHL+PER'],
        ['joint statement on strategic partnership', 'signed', 'CHL+PER'],
      ],
    );
  });
  it('reads a long inline list to its end when items carry lower-case words before their kind ("…, a government-to-government agreement on …")', () => {
    const text =
      'The presidents of Chile and Peru signed ten documents in Lima on Monday, including a joint statement, an agreement on strategic partnership, a government-to-government agreement on recognition of diplomas, an agreement on a long-term trade cooperation and an agreement on cooperation in the field of culture, etc.';
    assert.deepEqual(
      agreements(text, '2024-03-06').map((a) => a.title),
      [
        'joint statement',
        'agreement on strategic partnership',
        'agreement on recognition of diplomas',
        'agreement on a long-term trade cooperation',
        'agreement on cooperation in the field of culture',
      ],
    );
  });
  it('reads bare list lines under a colon header as documents of its kind, and "They cover everything from A to B to C, and many more"', () => {
    const lines =
      'Chile and Peru signed three MoUs in Lima on Monday which are:\n\n*Strengthening youth development\n\n*Cooperation on agricultural research\n\n*Training of nurses';
    assert.deepEqual(
      agreements(lines, '2024-03-06').map((a) => [a.title, a.status]),
      [
        ['MoU on strengthening youth development', 'signed'],
        ['MoU on cooperation on agricultural research', 'signed'],
        ['MoU on training of nurses', 'signed'],
      ],
    );
    const chain =
      'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday. Both sides also signed a number of agreements, nine in all. They cover everything from cooperation in medicinal plants to customs cooperation to radio programming, heritage conservation, and many more.';
    assert.deepEqual(
      agreements(chain, '2024-03-06').map((a) => a.title),
      [
        'agreement on cooperation in medicinal plants',
        'agreement on customs cooperation',
        'agreement on radio programming',
        'agreement on heritage conservation',
      ],
    );
  });
  it('reads "and another on X" as the next document of the same kind, and a subject given by a purpose ("a MOU to cooperate in sports")', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(`${lead} They signed an agreement on ‘mutual assistance in customs matters’ and another on ‘combating customs crimes’.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['agreement on ‘mutual assistance in customs matters’', 'agreement on combating customs crimes'],
    );
    assert.deepEqual(
      agreements(`${lead} The two sides also signed a memorandum of understanding (MOU) to cooperate in sports.`, '2024-03-06').map((a) => a.title),
      ['memorandum of understanding to cooperate in sports'],
    );
  });
  it('reads a list whose items are separated by semicolons, and what documents "signed at the summit" or "that were signed" cover', () => {
    const lead = 'Prime Minister Ana Soler of Chile held a summit with Prime Minister Luis Quispe of Peru in Lima on Sunday.';
    assert.deepEqual(
      agreements(
        `${lead} The MoUs signed include Political Consultations; Diplomatic Training, Research and the Exchange of Information; Cooperation in the Field of Culture; and Sports.`,
        '2024-03-05',
      ).map((a) => a.title),
      [
        'MoU on Political Consultations',
        'MoU on Diplomatic Training, Research and the Exchange of Information',
        'MoU on Cooperation in the Field of Culture',
        'MoU on Sports',
      ],
    );
    assert.deepEqual(
      agreements(
        `${lead} The three protocols signed at the summit cover the areas of education, energy and health. The two agreements that were signed covered the areas of social security and defence.`,
        '2024-03-05',
      ).map((a) => [a.title, a.status, a.date]),
      [
        ['protocol on education', 'signed', '2024-03-03'],
        ['protocol on energy', 'signed', '2024-03-03'],
        ['protocol on health', 'signed', '2024-03-03'],
        ['agreement on social security', 'signed', '2024-03-03'],
        ['agreement on defence', 'signed', '2024-03-03'],
      ],
    );
  });
  it('reads what plural documents "covered" after a clause of signatories, an adverb or an apostrophe plural, and after the sides they are between', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday. Chile signed five memoranda with Peru.';
    const titles = (sentence: string) => agreements(`${lead} ${sentence}`, '2024-03-06').map((a) => a.title);
    assert.deepEqual(
      titles(
        'The MoUs, signed by Chilean officials and Rosa Vidal, Peruvian Ambassador to Chile, covered visa exemption for diplomats, port services, health and tourism.',
      ),
      ['MoU on visa exemption for diplomats', 'MoU on port services', 'MoU on health', 'MoU on tourism'],
    );
    assert.deepEqual(titles('Agreements also covered cooperation in fisheries, mining and forestry.'), [
      'agreement on cooperation in fisheries',
      'agreement on mining',
      'agreement on forestry',
    ]);
    assert.deepEqual(titles('Other MOU’s covered banking, customs and food security.'), ['MOU on banking', 'MOU on customs', 'MOU on food security']);
    // After a serial comma the list's own "and" has come: "banking and financial services" is one item.
    assert.deepEqual(
      titles(
        'The leaders witnessed the signing of MoUs between Chile and Peru pertaining to investment cooperation in the sectors of energy, logistics, and banking and financial services.',
      ),
      ['MoU on energy', 'MoU on logistics', 'MoU on banking and financial services'],
    );
  });
  it('reads the areas a counted bundle gives as examples ("six MoUs in several fields, including A, B and C") as one document each when no document of that kind is named elsewhere', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(
        `${lead} The two sides later signed six memoranda of understanding to deepen ties in several fields, including fisheries, mining and higher education.`,
        '2024-03-06',
      ).map((a) => [a.title, a.parties.join('+'), a.date]),
      [
        ['memorandum of understanding on fisheries', 'CHL+PER', '2024-03-04'],
        ['memorandum of understanding on mining', 'CHL+PER', '2024-03-04'],
        ['memorandum of understanding on higher education', 'CHL+PER', '2024-03-04'],
      ],
    );
    // A document of that kind named in full elsewhere: the examples name no further ones.
    const named = agreements(
      `${lead} A memorandum of understanding on mining was signed. In all, six memoranda were signed in several fields, including fisheries and mining.`,
      '2024-03-06',
    );
    assert.deepEqual(
      named.map((a) => a.title),
      ['memorandum of understanding on mining'],
    );
  });
  it('reads a bundle\'s purpose that names its list ("to boost cooperation in the sectors of A, B and C"), also after "signed between X and Y" and an apposition', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(`${lead} The two sides signed three memoranda to boost cooperation in the fields of fisheries, mining and tourism.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['memorandum on fisheries', 'memorandum on mining', 'memorandum on tourism'],
    );
    assert.deepEqual(
      agreements(
        `${lead} The presidents witnessed the exchange of three instruments, mostly memorandums of cooperation signed between Santiago and Lima to boost cooperation in the sectors of fisheries, mining and tourism.`,
        '2024-03-06',
      ).map((a) => [a.title, a.status]),
      [
        ['memorandum of cooperation on fisheries', 'signed'],
        ['memorandum of cooperation on mining', 'signed'],
        ['memorandum of cooperation on tourism', 'signed'],
      ],
    );
    assert.deepEqual(
      agreements(`${lead} The two sides signed three memoranda to boost cooperation.`, '2024-03-06'),
      [],
      'a purpose that names no field names no document',
    );
  });
  it('reads a list\'s last subject with its article ("… research and the environment was witnessed") and a signing aimed at "the exchange of experiences" as signed', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(`${lead} The signing of memoranda in the fields of culture, research and the environment was witnessed by the two leaders.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['memorandum on culture', 'memorandum on research', 'memorandum on the environment'],
    );
    assert.deepEqual(
      agreements(`${lead} They signed an agreement on culture and the protocol was also signed.`, '2024-03-06').map((a) => a.title),
      ['agreement on culture'],
      'a document of a kind after "and the" is no subject',
    );
    assert.deepEqual(
      agreements(
        `${lead} The ministers inked three cooperation agreements in the fields of mining, tourism and fisheries, aimed at further strengthening the exchange of experiences.`,
        '2024-03-06',
      ).map((a) => a.status),
      ['signed', 'signed', 'signed'],
    );
  });
  it('reads a list that goes on after "as well as" ("…, and technology, as well as innovation, and sports"), not a clause after it', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(
        `${lead} Agreements on cooperation in the spheres of education, science, and technology, as well as innovation, and sports were also signed.`,
        '2024-03-06',
      ).map((a) => a.title),
      ['agreement on education', 'agreement on science', 'agreement on technology', 'agreement on innovation', 'agreement on sports'],
    );
    assert.deepEqual(
      agreements(`${lead} They signed a memorandum on health, as well as several other documents.`, '2024-03-06').map((a) => a.title),
      ['memorandum on health'],
    );
  });
  it('reads the subjects of a counted bundle given in a sentence of their own ("The agreements signed include commitments on cooperation in the fields of …", "He noted that the MOUs are in the fields of …")', () => {
    const lead =
      'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday, and the two sides signed three memoranda of understanding.';
    assert.deepEqual(
      agreements(`${lead} The agreements signed include commitments on cooperation in the fields of fisheries, mining and tourism.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['agreement on fisheries', 'agreement on mining', 'agreement on tourism'],
    );
    assert.deepEqual(
      agreements(`${lead} He noted that the MOUs are in the fields of fisheries, mining and tourism.`, '2024-03-06').map((a) => [a.title, a.status]),
      [
        ['MoU on fisheries', 'signed'],
        ['MoU on mining', 'signed'],
        ['MoU on tourism', 'signed'],
      ],
    );
  });
  it('reads a bundle\'s purpose that lists its fields before their head noun ("six MoUs to strengthen cooperation in the agriculture, education and health sectors", "covering energy, defence and industrial sectors")', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(`${lead} The two sides signed three MoUs to strengthen cooperation in the agriculture, education and health sectors.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['MoU on agriculture', 'MoU on education', 'MoU on health'],
    );
    assert.deepEqual(
      agreements(`${lead} Both countries signed three agreements covering energy, defence and industrial sectors.`, '2024-03-06').map((a) => a.title),
      ['agreement on energy', 'agreement on defence', 'industrial agreement'],
    );
  });
  it('reads documents that "will be exchanged during the visit" or that the sides "agreed to soon sign" as planned, and "joined officials to sign" as signed', () => {
    const lead = 'Lima, 14 March 2025 - President Ana Soler of Chile will visit Peru next week.';
    assert.deepEqual(
      agreements(`${lead} Three MoUs on fisheries, mining and tourism will be exchanged during the visit.`, '2025-03-14').map((a) => a.status),
      ['planned', 'planned', 'planned'],
    );
    assert.deepEqual(
      agreements(`${lead} The two sides agreed to soon sign an agreement on defence cooperation.`, '2025-03-14').map((a) => a.status),
      ['planned'],
    );
    assert.deepEqual(
      agreements(
        'Lima, 14 March 2025 - President Ana Soler of Chile met President Luis Quispe of Peru. The ministers joined officials to formally sign agreements on fisheries and mining.',
        '2025-03-14',
      ).map((a) => a.status),
      ['signed', 'signed'],
    );
  });
  it('reads "around the areas of A, B, women and children": a pair that names one field stays one subject', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(`${lead} The presidents signed memoranda of understanding around the areas of transport, agriculture, women and children.`, '2024-03-06').map(
        (a) => a.title,
      ),
      ['memorandum of understanding on transport', 'memorandum of understanding on agriculture', 'memorandum of understanding on women and children'],
    );
    assert.deepEqual(
      agreements(`${lead} Agreements were signed on customs, small and medium enterprises and science and technology.`, '2024-03-06').map((a) => a.title),
      ['agreement on customs', 'agreement on small and medium enterprises', 'agreement on science and technology'],
    );
  });
  it('ends a list at "alongside a letter of intent …", keeps "&" inside a title, and reads "moving towards signing" as planned', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on Monday.';
    assert.deepEqual(
      agreements(
        `${lead} The talks culminated in the signing of three memoranda of understanding concerning tourism, ports, and fisheries, alongside a letter of intent on water management.`,
        '2024-03-06',
      ).map((a) => a.title),
      [
        'memorandum of understanding concerning tourism',
        'memorandum of understanding concerning ports',
        'memorandum of understanding concerning fisheries',
        'letter of intent on water management',
      ],
    );
    assert.deepEqual(
      agreements(`${lead} The Framework Agreement on Trade & Investment Promotion was signed by the two foreign ministers.`, '2024-03-06').map((a) => a.title),
      ['Framework Agreement on Trade & Investment Promotion'],
    );
    assert.deepEqual(
      agreements(
        'Chile and Peru are moving towards signing strategic agreements in many fields, including even fisheries, Today, Monday, President Ana Soler said.',
        '2024-03-04',
      ).map((a) => [a.title, a.status]),
      [['strategic agreement on fisheries', 'planned']],
    );
  });
  it('gives the documents a tour leg\'s two leaders sign that leg\'s states, known by a name alone or by "his X counterpart"', () => {
    const text = [
      'President Cyril Ramaphosa left South Africa on Tuesday for a tour of West Africa, visiting Nigeria, Ghana and Senegal.',
      'Ramaphosa concluded his working visit to Ghana on Sunday.',
      'Ramaphosa and his Ghanaian counterpart President Nana Akufo-Addo signed memoranda of understanding on transport and agriculture.',
    ].join('\n\n');
    assert.deepEqual(
      agreements(text, '2021-12-06').map((a) => [a.title, a.parties.join('+')]),
      [
        ['memorandum of understanding on transport', 'GHA+ZAF'],
        ['memorandum of understanding on agriculture', 'GHA+ZAF'],
      ],
    );
  });
  it("gives the documents of a roundup's next story, under a sub-headline of its own, that story's two states", () => {
    const text = [
      'LIMA - Peru and Chile signed a memorandum of understanding on fisheries at the joint commission held in Lima.',
      'Bolivia, Ecuador ink new deals',
      'Bolivia and Ecuador signed new deals at a joint meeting held in Quito.',
      'Several MoUs were also signed for water administration and tourism.',
    ].join('\n\n');
    assert.deepEqual(
      agreements(text, '2020-12-01').map((a) => `${a.parties.join('+')} ${a.title}`),
      ['CHL+PER memorandum of understanding on fisheries', 'BOL+ECU MoU for water administration', 'BOL+ECU MoU for tourism'],
    );
    // A caption or a list of links with no story under it changes nothing.
    const captioned = [
      'LIMA - Peru and Chile signed a memorandum of understanding on fisheries at the joint commission held in Lima.',
      'Bolivia, Ecuador ink new deals',
      'Several MoUs were also signed for water administration and tourism.',
    ].join('\n\n');
    assert.ok(agreements(captioned, '2020-12-01').every((a) => a.parties.join('+') === 'CHL+PER'));
  });
  it('reads a titled document named after the year it dates from as signed that year, unless a city or a world body names it', () => {
    const text = [
      'Chilean President Ana Soler met Peruvian President Luis Quispe in Lima on Monday.',
      'The joint push built on the 2012 Special Status Agreement, refreshing its provisions.',
      'Both reaffirmed the 2015 Paris Agreement and the 1982 UN Convention on the Law of the Sea.',
    ].join('\n\n');
    assert.deepEqual(
      agreements(text, '2024-02-27').map((a) => [a.title, a.status, a.date, a.parties.join('+')]),
      [['2012 Special Status Agreement', 'signed', '2012', 'CHL+PER']],
    );
  });
  it('reads the areas a plural lists after its head noun and "including" as one document each, when no count says otherwise', () => {
    assert.deepEqual(
      agreements('Chile and Peru signed memoranda of understanding in key areas including energy, mining and fisheries.').map((a) => a.title),
      ['memorandum of understanding on energy', 'memorandum of understanding on mining', 'memorandum of understanding on fisheries'],
    );
    // A singular document's "including" is an example of its subject, no next document.
    assert.deepEqual(
      agreements('Chile and Peru signed a memorandum of understanding on energy, including renewables.').map((a) => a.title),
      ['memorandum of understanding on energy'],
    );
  });
  it("gives documents signed on each leg of a tour that leg's two states, by the state or the leader the sentence names", () => {
    const text = [
      'Riyadh — The Crown Prince of Saudi Arabia concluded a historic visit to Pakistan, India and China.',
      'Saudi Crown Prince Faisal bin Khalid and Pakistan Prime Minister Imran Qadir oversaw the signing of an agreement on energy cooperation.',
      'In India, the two countries signed a memorandum of understanding on tourism.',
    ].join('\n\n');
    const facts = extractText('t.txt', text, { published: '2019-02-25' });
    assert.deepEqual(
      facts.events.map((e) => `${e.type} ${e.countries.join('+')}`),
      ['visit PAK+SAU', 'visit IND+SAU', 'visit CHN+SAU'],
    );
    assert.deepEqual(
      facts.agreements.map((a) => `${a.parties.join('+')} ${a.title}`),
      ['PAK+SAU agreement on energy cooperation', 'IND+SAU memorandum of understanding on tourism'],
    );
  });
  it('ends a title before its signatories ("… by Chile\'s Minister X") and keeps the governments that issue it, as the title names them', () => {
    const text = [
      'Presidents Ana Soler of Chile and Luis Quispe of Peru held talks in Lima on 10 March 2023.',
      'The two also signed a joint statement of the Government of Chile and the Government of Peru on strengthening investment co-operation.',
      "An agreement was signed on cutting tariffs for international roaming services between the two countries by Chile's Deputy Prime Minister Rosa Vera and Peru's Minister of Transport Juan Ortiz.",
    ].join('\n\n');
    assert.deepEqual(
      agreements(text).map((a) => a.title),
      [
        'joint statement of the Government of Chile and the Government of Peru on strengthening investment co-operation',
        'agreement on cutting tariffs for international roaming services',
      ],
    );
  });
  it('reads lists whose header names the documents again, bullets without a space, and semicolon-separated titles', () => {
    const lead = 'Tashkent, 4 June 2024 - The foreign ministers of Uzbekistan and Mongolia signed a total of five documents.';
    const listed = agreements(
      `${lead}\n\nThese include:\n\n-the Programme of Cultural Exchanges for 2024-2026,\n\n-MoU on the renewal of the Medium-Term Programme on Trade between Uzbekistan and Mongolia,\n\n-Economic and Technical Cooperation Agreement and\n\n-Protocol on the application of the Air Services Agreement.`,
    );
    assert.deepEqual(
      listed.map((a) => [a.title, a.status]),
      [
        ['Programme of Cultural Exchanges for 2024-2026', 'signed'],
        ['MoU on the renewal of the Medium-Term Programme on Trade between Uzbekistan and Mongolia', 'signed'],
        ['Economic and Technical Cooperation Agreement', 'signed'],
        ['Protocol on the application of the Air Services Agreement', 'signed'],
      ],
      'a document named inside another title (the Medium-Term Programme, the Air Services Agreement) is no item of its own',
    );
    const semicolons = agreements(
      `${lead}\n\nThese agreements include: Agreement on Visa Exemption for Diplomats; Memorandum of Understanding on Tourism.\n\nMemorandum of Understanding on Health; Memorandum of Understanding on Higher Education; and, Memorandum of Understanding on Sport.`,
    );
    assert.deepEqual(
      semicolons.map((a) => a.title),
      [
        'Agreement on Visa Exemption for Diplomats',
        'Memorandum of Understanding on Tourism',
        'Memorandum of Understanding on Health',
        'Memorandum of Understanding on Higher Education',
        'Memorandum of Understanding on Sport',
      ],
    );
  });
  it('keeps a list open over a sentence about the signing, and gives a header that says no status the signing reported before it', () => {
    const lead = 'Accra, 9 May 2023 - The Foreign Minister of Ghana, Ama Owusu, presided over the signing of four memoranda with her Liberian counterpart.';
    const continued = agreements(
      `${lead}\n\nThe signing took place in the presence of both Presidents.\n\nThe Memoranda of Understanding (MoU) include an MoU on Fisheries, an MoU on Trade and Investment, Tourism and Art and an MoU on Youth.`,
    );
    assert.deepEqual(
      continued.map((a) => [a.title, a.status, a.parties.join()]),
      [
        ['MoU on Fisheries', 'signed', 'GHA,LBR'],
        ['MoU on Trade and Investment, Tourism and Art', 'signed', 'GHA,LBR'],
        ['MoU on Youth', 'signed', 'GHA,LBR'],
      ],
    );
    const header = agreements(
      'Dhaka, 2 March 2022 - The Prime Minister of Bangladesh and the Prime Minister of Nepal witnessed the signing after their talks.\n\nThe MoUs are:\n\n- MoU on flood warning, resilience and mitigation;\n\n- MoU between the Bangladesh Scouts (BS) and the Nepal Scouts (NS);\n\n- MoU on Supply of IT equipment and training for the Dhaka Training Centre.',
    );
    assert.deepEqual(
      header.map((a) => [a.title, a.status]),
      [
        ['MoU on flood warning, resilience and mitigation', 'signed'],
        ['MoU between the Bangladesh Scouts (BS) and the Nepal Scouts (NS)', 'signed'],
        ['MoU on Supply of IT equipment and training for the Dhaka Training Centre', 'signed'],
      ],
      'a list line is one title to its end, abbreviations in brackets included',
    );
    // Without a signing before it, a header with no status announces nothing.
    assert.deepEqual(agreements('The two Prime Ministers discussed trade.\n\nThe MoUs are:\n\n- MoU on flood warning;'), []);
  });
  it('reads subject lists after "relating to", after a passive verb and its signatories, and separated by semicolons', () => {
    const lead = 'Hanoi, 11 January 2023 - Prime Minister Pham Minh Chinh held talks with Prime Minister Sonexay Siphandone of Laos in Hanoi on Wednesday.';
    const titles = (sentence: string) => agreements(`${lead} ${sentence}`).map((a) => [a.title, a.status]);
    assert.deepEqual(titles('The two Prime Ministers witnessed the signing of three instruments relating to Civil Aviation, Agriculture and Culture.'), [
      ['instrument on Civil Aviation', 'signed'],
      ['instrument on Agriculture', 'signed'],
      ['instrument on Culture', 'signed'],
    ]);
    assert.deepEqual(titles('Three new agreements were signed between the two countries in the areas of energy, tourism and health.'), [
      ['agreement on energy', 'signed'],
      ['agreement on tourism', 'signed'],
      ['agreement on health', 'signed'],
    ]);
    assert.deepEqual(titles('They signed Memoranda of Understanding on Cooperation in Energy; Trade Promotion; and Youth Scholarships.'), [
      ['memorandum of understanding on Cooperation in Energy', 'signed'],
      ['memorandum of understanding on Trade Promotion', 'signed'],
      ['memorandum of understanding on Youth Scholarships', 'signed'],
    ]);
    // A legal instrument named by nothing but its kind is no document of record.
    assert.deepEqual(titles('They agreed to cooperate on security, with the legal instrument signed by the two ministers.'), []);
  });
  it('keeps the sentence out of titles: a weekday, a signer before "signed", a clause after "as the"; a capitalised Plan is a document', () => {
    const lead = 'New Delhi, 25 January 2017 - Prime Minister Narendra Modi held talks with Crown Prince Mohamed bin Zayed of the UAE.';
    assert.deepEqual(
      agreements(
        `${lead} India and the UAE on Wednesday signed strategic partnership agreement and an MoU on defence cooperation as the visiting Crown Prince met the Prime Minister.`,
      ).map((a) => a.title),
      ['strategic partnership agreement', 'MoU on defence cooperation'],
    );
    assert.deepEqual(
      agreements(`${lead} Prime Ministers of India and the UAE Narendra Modi and Abdullah Saeed signed declaration of strategic partnership.`).map(
        (a) => a.title,
      ),
      ['declaration of strategic partnership'],
    );
    assert.deepEqual(
      agreements(
        `${lead} The leaders signed four documents. These include:\n\n-the Plan for the celebration of the 50th anniversary of India-UAE relations,`,
      ).map((a) => a.title),
      ['Plan for the celebration of the 50th anniversary of India-UAE relations'],
    );
  });
  it('reads denied, negotiated, finalised, recalled and governing documents by their words', () => {
    const lead = 'Kuala Lumpur, 27 February 2024 - Prime Minister Anwar Ibrahim received Prime Minister Hun Manet of Cambodia at Perdana Putra today.';
    const statuses = (sentence: string) => agreements(`${lead} ${sentence}`).map((a) => [a.title, a.status, a.date]);
    assert.deepEqual(statuses('However, the long-awaited MoU on Rice Trade was not inked during the visit.'), [], 'a signing denied');
    assert.deepEqual(statuses('Negotiations have begun to achieve an Economic Complementation Agreement.'), [
      ['Economic Complementation Agreement', 'planned', null],
    ]);
    assert.deepEqual(statuses('The two countries have also finalised an Agreement for Long-Term Power Trade.'), [
      ['Agreement for Long-Term Power Trade', 'planned', null],
    ]);
    assert.deepEqual(statuses('Recalling the Joint Vision Statement on Power Sector Cooperation of April 2022, the leaders welcomed progress.'), [
      ['Joint Vision Statement on Power Sector Cooperation', 'signed', '2022-04'],
    ]);
    assert.deepEqual(statuses('The Partial Scope Agreement on Trade, which has governed economic relations for 33 years, was reviewed.'), [
      ['Partial Scope Agreement on Trade', 'in_force', null],
    ]);
    assert.deepEqual(
      statuses('The two leaders will also witness the exchange of a Memorandum of Understanding on Payment Systems.').map((a) => a[1]),
      ['planned'],
    );
    // "our negotiations where we will … a roadmap of our relations": no document is negotiated.
    assert.deepEqual(statuses('But the main thing is our negotiations where we will take measures to intensify a roadmap of our relations.'), []);
  });
  it('reads "the Declaration of X agreement signed in July 2018" as one document with its own date', () => {
    const text =
      'Asmara, 18 July 2020 - President Isaias Afwerki received Prime Minister Abiy Ahmed of Ethiopia today. They reviewed the implementation of the historic Declaration of Peace and Friendship agreement signed between the two countries in July 2018.';
    assert.deepEqual(
      agreements(text).map((a) => [a.title, a.kind, a.date]),
      [['Declaration of Peace and Friendship', 'declaration', '2018-07']],
    );
  });
  it('takes no document named late in a list line for an item of the list', () => {
    const text =
      'Lima, 3 May 2024 - Peru and Chile signed several documents.\n\n– During the visit, the Memorandum on Mining Cooperation was signed, its purpose being to deepen and diversify the economic relationship between the two countries and to consolidate the connectivity of their regions, jointly building an inclusive economic cooperation framework that serves development.';
    assert.deepEqual(
      agreements(text).map((a) => a.title),
      ['Memorandum on Mining Cooperation'],
    );
  });
  it('gives a list the status of the verb after its last item ("an MoU on A, an MoU on B, as well as an agreement on C were signed")', () => {
    const list =
      'An MoU on tourism, an MoU on youth and sports, an MoU on health and medical education, an MoU on joint exploration of offshore oil fields, as well as an agreement on air services were the documents signed by the delegations.';
    assert.deepEqual(
      agreements(`${LEAD} ${list}`).map((a) => [a.title, a.status]),
      [
        ['MoU on tourism', 'signed'],
        ['MoU on youth and sports', 'signed'],
        ['MoU on health and medical education', 'signed'],
        ['MoU on joint exploration of offshore oil fields', 'signed'],
        ['agreement on air services', 'signed'],
      ],
    );
    assert.deepEqual(
      agreements(
        `${LEAD} An MoU on tourism, an MoU on youth and sports, as well as an agreement on air services were the documents the delegations discussed.`,
      ),
      [],
      'a list whose verb gives no status: no document of record',
    );
  });
  it('dates documents of a multi-day visit by the day its undated talks follow', () => {
    const visit = 'President of Peru Ana Quispe is on a state visit to Chile from 10 to 13 June 2025 at the invitation of President Luis Soto.';
    const talks = 'The two presidents then held talks at La Moneda and signed an agreement on border crossings.';
    assert.deepEqual(
      agreements(`${visit} She was welcomed at the palace this morning. ${talks}`, '2025-06-11').map((a) => a.date),
      ['2025-06-11'],
      'the welcome was "this morning", the day of publication; the talks follow it',
    );
    assert.deepEqual(
      agreements(`${visit} ${talks}`, '2025-06-11').map((a) => a.date),
      ['2025-06-10'],
      'no day named after the first: the first day',
    );
    assert.deepEqual(
      agreements(`${visit} She recalled her first visit to Santiago on 9 June 2019. ${talks}`, '2025-06-11').map((a) => a.date),
      ['2025-06-10'],
      'a day outside the visit is not the day of its talks',
    );
  });
  it('reads a named document, its kind and status, dated by the talks', () => {
    const got = agreements(`${LEAD} After the talks the presidents signed an agreement on cooperation in agriculture.`, '2024-04-23');
    assert.deepEqual(got, [
      { title: 'agreement on cooperation in agriculture', kind: 'agreement', status: 'signed', date: '2024-04-23', parties: ['AGO', 'BRA'] },
    ]);
  });
  it('keeps a capitalised title whole and stops before the clause goes on', () => {
    const [a] = agreements(`${LEAD} The 2030 Road Map on Industrial Cooperation in Mining was signed in the presence of the leaders.`);
    assert.equal(a!.title, '2030 Road Map on Industrial Cooperation in Mining');
    assert.equal(a!.kind, 'roadmap');
  });
  it('ends a subject where the sentence goes on with its next predicate ("and discussed"), not at an "and" inside it', () => {
    const [a] = agreements(`${LEAD} The presidents signed an agreement on transport and logistics and discussed new rail links.`);
    assert.equal(a!.title, 'agreement on transport and logistics');
  });
  it('gives a document to the states whose leaders adopt it, not to the encounter the text is about', () => {
    const got = agreements(
      `${LEAD} In May, President Lula and U.S. President Joe Biden on May 21 agreed to upgrade their ties to a strategic partnership and adopted a joint statement.`,
      '2024-06-01',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.parties.join('-'), a.date]),
      [['joint statement', 'BRA-USA', '2024-05-21']],
    );
  });
  it("keeps the encounter's sides when the sentence only names another state", () => {
    const [a] = agreements(`${LEAD} The presidents signed an agreement on transit through Namibia.`, '2024-04-23');
    assert.equal(a!.parties.join('-'), 'AGO-BRA');
  });
  it('reads accords "in the areas of" a list as one accord on each subject, none swallowed by another', () => {
    const got = agreements(`${LEAD} Cooperation began in 2009 with the signing of accords in the areas of industry, trade and housing.`, '2024-04-23');
    assert.deepEqual(
      got.map((a) => [a.title, a.date]),
      [
        ['accord on industry', '2009'],
        ['accord on trade', '2009'],
        ['accord on housing', '2009'],
      ],
    );
  });
  it('reads a signing the visit is aimed at as planned, dated by the visit, and a bare kind as the document named in full', () => {
    const planned = agreements(
      `${LEAD} The visit is aimed to deepen cooperation between the two countries, with highlight on the signing of an agreement on visa exemption.`,
      '2024-04-23',
    );
    assert.deepEqual(
      planned.map((a) => [a.status, a.date]),
      [['planned', '2024-04-23']],
    );
    const bare = agreements(
      `${LEAD} The presidents signed a joint declaration on strategic partnership. The joint declaration sets goals until 2030.`,
      '2024-04-23',
    );
    assert.equal(bare.length, 1);
  });
  it('takes "shared vision" for a document only as a title, and "for the United States" for a signatory, not a subject', () => {
    assert.deepEqual(
      agreements(`${LEAD} The memorandum on health was signed and confirms our shared vision for a strong partnership.`, '2024-04-23').map((a) => a.title),
      ['memorandum on health'],
    );
    assert.deepEqual(
      agreements(`${LEAD} The ministers signed a Shared Vision for Digital Partnership.`, '2024-04-23').map((a) => a.kind),
      ['other'],
    );
    assert.deepEqual(agreements(`${LEAD} The minister signed the Memorandum for the United States and the ambassador signed for Brazil.`, '2024-04-23'), []);
  });
  it('reads a subject after the day of signing, whole to its last word', () => {
    const [a] = agreements(
      `${LEAD} The presidents signed a joint declaration on Tuesday on the 50th anniversary of relations between the two countries.`,
      '2024-04-23',
    );
    assert.equal(a!.title, 'joint declaration on the 50th anniversary of relations');
  });
  it('takes a stated year over the date of the talks', () => {
    const [a] = agreements(`${LEAD} The Treaty on Friendship was signed in 2005.`, '2024-04-23');
    assert.equal(a!.date, '2005');
  });
  it('merges a planned mention into the signed one', () => {
    const got = agreements(
      `${LEAD} A memorandum on health cooperation will be signed. Later the ministers signed the Memorandum of Understanding on Health Cooperation.`,
    );
    assert.equal(got.length, 1);
    assert.equal(got[0]!.status, 'signed');
    assert.equal(got[0]!.kind, 'memorandum');
  });
  it('reads what is in force', () => {
    const [a] = agreements(`${LEAD} The Agreement on Visa-Free Travel entered into force in 2019.`);
    assert.equal(a!.status, 'in_force');
  });
  it('does not count unnamed bundles or plans without a document', () => {
    assert.deepEqual(
      agreements(`${LEAD} A number of documents were signed. Several agreements are being implemented. The sides will intensify a road map of relations.`),
      [],
    );
  });
  it('does not count a joint statement made to the press', () => {
    assert.deepEqual(agreements(`${LEAD} Following the talks the leaders made a joint statement for the press.`), []);
  });
});

describe('agreements: dates, parties and status in busy sentences', () => {
  it('reads each document of a list with its own status', () => {
    const got = agreements(
      `${LEAD} Today we signed a protocol amending the Preferential Trade Agreement, which has been in force since 2021, and an agreement on cooperation in the defence industry.`,
      '2024-04-23',
    );
    const byKind = Object.fromEntries(got.map((a) => [a.kind, a.status]));
    assert.equal(byKind.protocol, 'signed');
    assert.deepEqual(got.find((a) => a.title.startsWith('agreement on cooperation'))?.status, 'signed');
  });
  it('keeps a signing date it cannot place in a year unknown rather than borrowing the talks’ date', () => {
    const [a] = agreements(`${LEAD} Lula recalled the Defence Cooperation Agreement signed in Luanda in August last year.`);
    assert.equal(a!.date, null);
  });
  it('gives documents of a multilateral meeting all its states', () => {
    const text =
      'The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana on 9 August. At the end of the session the leaders adopted a Joint Statement.';
    assert.deepEqual(agreements(text, '2024-08-09')[0]!.parties, ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
  });
  it('dates documents to be signed at an announced visit by the visit', () => {
    const [a] = agreements(
      'Prime Minister of Italy Giorgia Meloni will pay an official visit to Egypt on 17 March. The sides are expected to sign a memorandum of understanding on labour mobility during the visit.',
      '2024-03-15',
    );
    assert.deepEqual([a!.status, a!.date], ['planned', '2024-03-17']);
  });
});

describe('agreements in lists', () => {
  it('gives the status of "the following documents were signed:" to the items after it', () => {
    const text = `${LEAD}\nThe following documents were exchanged in the presence of the two leaders:\n- Plan of Action for the Strategic Partnership;\n- MoU on cooperation in the field of tourism;\n- Terms of Reference on maritime cooperation.`;
    const got = agreements(text, '2024-04-23');
    assert.deepEqual(got.map((a) => [a.kind, a.status]).sort(), [
      ['memorandum', 'signed'],
      ['other', 'signed'],
      ['program', 'signed'],
    ]);
  });
});

describe('agreements named by their subject', () => {
  it('reads "an air services agreement" as a named document, and "finalise" as planned', () => {
    const [a] = agreements(`${LEAD} The sides agreed to finalise an air services agreement before the end of the year.`);
    assert.deepEqual([a!.title, a!.status], ['air services agreement', 'planned']);
  });
});

describe('agreements: lists of documents (readouts of signing ceremonies)', () => {
  const VISIT = 'President of Moldova Ana Vrabie paid an official visit to Georgia on 9 October and held talks with Prime Minister Levan Dadiani in Tbilisi.';
  it('reads one document per subject of a plural kind, fitted to the number the text gives', () => {
    const got = agreements(
      `${VISIT} The sides signed five memoranda of understanding in the fields of energy, culture and tourism, food security, migration and space.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      [
        'memorandum of understanding on energy',
        'memorandum of understanding on culture and tourism',
        'memorandum of understanding on food security',
        'memorandum of understanding on migration',
        'memorandum of understanding on space',
      ],
    );
    assert.ok(got.every((a) => a.status === 'signed' && a.date === '2024-10-09' && a.parties.join() === 'GEO,MDA'));
  });
  it('reads "agreements on A and B" as two documents and keeps the kind words before them', () => {
    const got = agreements(`${VISIT} They signed intergovernmental agreements on visa abolition and international road transport.`, '2024-10-10');
    assert.deepEqual(
      got.map((a) => a.title),
      ['intergovernmental agreement on visa abolition', 'intergovernmental agreement on international road transport'],
    );
  });
  it('reads the areas of a count that differs from them as documents only when the text lists none, and a bundle with no subjects as none', () => {
    const areas = `${VISIT} Twelve agreements were signed in the areas of education, justice and health.`;
    assert.deepEqual(
      agreements(areas, '2024-10-10').map((a) => a.title),
      ['agreement on education', 'agreement on justice', 'agreement on health'],
      'the areas are all the text says of the documents',
    );
    assert.deepEqual(
      agreements(`${areas} The list of documents:\n- Agreement on Mutual Legal Assistance\n- Agreement on School Exchanges`, '2024-10-10').map((a) => a.title),
      ['Agreement on Mutual Legal Assistance', 'Agreement on School Exchanges'],
      'the documents listed later, not the areas',
    );
    assert.deepEqual(agreements(`${VISIT} A number of documents and agreements in various fields were signed.`, '2024-10-10'), []);
    assert.deepEqual(agreements(`${VISIT} Cooperation grew with the signing of 20 agreements in the second Joint Cooperation Commission.`, '2024-10-10'), []);
    assert.deepEqual(agreements(`${VISIT} The two countries signed agreements for about US$5 billion.`, '2024-10-10'), []);
    assert.deepEqual(
      agreements(`${areas} The minister said the agreement on extradition has been concluded.`, '2024-10-10').map((a) => a.title),
      ['agreement on extradition', 'agreement on education', 'agreement on justice', 'agreement on health'],
      'one document named in passing, which the count leaves room for, itemises nothing',
    );
  });
  it('reads "These memoranda include a grant …, the establishment of …, and cooperation in …": items with articles and no kind word', () => {
    const text = `${VISIT} Fifteen memoranda were exchanged by the two sides. These memoranda include a grant for economic cooperation, the establishment of a Working Group, market access for farm products, and cooperation in media.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => a.title),
      [
        'memorandum on grant for economic cooperation',
        'memorandum on establishment of a Working Group',
        'memorandum on market access for farm products',
        'memorandum on cooperation in media',
      ],
    );
    // Items that are documents of their own are read as such, not as subjects of the header's kind.
    assert.deepEqual(
      agreements(`${VISIT} Three documents were signed. The documents include a treaty on extradition and a protocol on customs.`, '2024-10-10').map(
        (a) => a.title,
      ),
      ['treaty on extradition', 'protocol on customs'],
    );
  });
  it('reads a capitalised "… Document" as a document, and "The agreements, signed at …, include A, partnerships between X and the Y, and C"', () => {
    const text = `${VISIT} The ministers signed a Strategic Economic Partnership Document and several other agreements. The agreements, signed during a ceremony at the palace, include defence cooperation, partnerships between the space agencies and the universities, and cooperation in energy. Documents signed by officials were published.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => a.title),
      [
        'Strategic Economic Partnership Document',
        'agreement on defence cooperation',
        'agreement on partnerships between the space agencies and the universities',
        'agreement on cooperation in energy',
      ],
    );
  });
  it('reads no subject from when or where a document was signed ("on the second day of the visit", "in the Chancellery"), no second document from an apposition, and a purpose after a passive', () => {
    const titles = (text: string) => agreements(`${VISIT} ${text}`, '2024-10-10').map((a) => a.title);
    assert.deepEqual(titles('The deals were signed on the second day of the state visit.'), []);
    assert.deepEqual(titles('The presidents signed the agreement in the Chancellery.'), []);
    assert.deepEqual(titles('They signed the Lima Treaty, the first ever major bilateral treaty between Chile and Peru.'), ['Lima Treaty']);
    assert.deepEqual(titles('They signed the Lima Treaty, a treaty on fisheries and a treaty on mining.'), [
      'Lima Treaty',
      'treaty on fisheries',
      'treaty on mining',
    ]);
    assert.deepEqual(titles('A memorandum was signed to conduct a feasibility study of the railway.'), [
      'memorandum to conduct a feasibility study of the railway',
    ]);
  });
  it('reads the fields a participle clause names after a count ("four agreements, pledging to work together in the fields of A, B and the C, the agency reported")', () => {
    const titles = (text: string) => agreements(`${VISIT} ${text}`, '2024-10-10').map((a) => a.title);
    const expected = ['agreement on defence', 'agreement on trade', 'agreement on the environment'];
    assert.deepEqual(
      titles('The leaders signed four agreements, pledging to work together in the fields of defence, trade and the environment, the agency reported.'),
      expected,
    );
    assert.deepEqual(
      titles('Four agreements were signed, committing the sides to work together in the fields of defence, trade and the environment.'),
      expected,
    );
  });
  it('keeps the states a dash joins in a title ("the Chile–Peru Comprehensive Economic Partnership Agreement (CPCEPA), a landmark free trade deal") and reads its apposition and a later "the trade deal" as the same document', () => {
    const titles = agreements(
      `${VISIT} The two countries concluded the Chile–Peru Comprehensive Economic Partnership Agreement (CP–CEPA), a landmark free trade deal. Alongside the trade deal, the ministers signed a memorandum on defence cooperation.`,
      '2024-10-10',
    ).map((a) => a.title);
    assert.deepEqual(titles, ['Chile–Peru Comprehensive Economic Partnership Agreement', 'memorandum on defence cooperation']);
  });
  it('reads the subjects of the cooperation a bundle fosters ("a range of agreements to foster closer cooperation on A, B, C and D") as one document each', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} The leaders signed a range of agreements to foster closer cooperation on trade, education, climate change and culture.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['agreement on trade', 'agreement on education', 'agreement on climate change', 'agreement on culture'],
    );
    assert.deepEqual(agreements(`${VISIT} The leaders signed several agreements to foster closer cooperation.`, '2024-10-10'), []);
  });
  it('reads an ordinal item with a clause between ("The second agreement, signed on 24 February 2021 in Lima, concerns …") dated by its clause, and no headline verb into a title ("Ana Soler Ratifies Agreement")', () => {
    const text = `Ana Soler Ratifies Agreement with two countries\n\n${VISIT} The president ratified two agreements. The first is a defence cooperation agreement between Chile and Peru, signed on 31 July 2022 in Lima. The second agreement, signed on 24 February 2021 in Lima, concerns air transport services.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => [a.title, a.date]),
      [
        ['defence cooperation agreement between Chile and Peru', '2022-07-31'],
        ['agreement on air transport services', '2021-02-24'],
      ],
    );
  });
  it('dates the one document the sentence before named by "The agreement was signed on 17 March" opening the next, and no other', () => {
    const listed = `${VISIT} The senate ratified two agreements. The first is a defence cooperation agreement between Chile and Peru, signed on 31 July 2022. The second is a bilateral agreement between Chile and Bolivia for cooperation in border fisheries. The agreement was signed on 17 March in La Paz.`;
    assert.deepEqual(
      agreements(listed, '2024-10-10').map((a) => [a.title, a.status, a.date]),
      [
        ['defence cooperation agreement between Chile and Peru', 'signed', '2022-07-31'],
        ['agreement between Chile and Bolivia for cooperation in border fisheries', 'signed', '2024-03-17'],
      ],
    );
    // A document named with no status of its own is signed by the back reference.
    const plain = `Chile and Peru have a border cooperation agreement on customs posts. The agreement was signed on 17 March in Lima by the two foreign ministers.`;
    assert.deepEqual(
      agreements(plain, '2024-10-10').map((a) => [a.title, a.status, a.date]),
      [['border cooperation agreement on customs posts', 'signed', '2024-03-17']],
    );
    // Two documents of the kind before: which one the sentence means is not told.
    const two = `Chile and Peru have an agreement on fisheries and an agreement on customs posts. The agreement was signed on 17 March.`;
    assert.deepEqual(agreements(two, '2024-10-10'), []);
  });
  it('dates documents a statement reports in the tense of reported speech ("said the two countries had signed nine agreements covering A, B and C") by the encounter, and one "had previously signed" by none', () => {
    const reported = `${VISIT} The ministry said the two countries had signed three agreements covering trade, education and customs.`;
    assert.deepEqual(
      agreements(reported, '2024-10-10').map((a) => [a.title, a.date]),
      [
        ['agreement on trade', '2024-10-09'],
        ['agreement on education', '2024-10-09'],
        ['agreement on customs', '2024-10-09'],
      ],
    );
    const earlier = `${VISIT} The two countries had previously signed an agreement on fisheries.`;
    assert.deepEqual(
      agreements(earlier, '2024-10-10').map((a) => [a.title, a.date]),
      [['agreement on fisheries', null]],
    );
  });
  it('names a formal title by its subject after its parties ("Memorandum of Understanding between the Ministry of Health, Government of …, and the Ministry of …, on the Recruitment of …")', () => {
    const text = `${VISIT} The agreements exchanged are:\n\n1. Memorandum of Understanding between the Ministry of Health, Government of the Republic of Moldova, and the Ministry of Health and Social Affairs, Government of Georgia, on the Recruitment of Qualified Health Professionals.\n\n2. The Agreement between the Republic of Moldova and Georgia for the Elimination of Double Taxation with Respect to Taxes on Income.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => a.title),
      [
        'Memorandum of Understanding on the Recruitment of Qualified Health Professionals',
        'Agreement for the Elimination of Double Taxation with Respect to Taxes on Income',
      ],
    );
  });
  it('reads the fields of a count\'s documents after "The cooperation includes …", and "There are also agreements for cooperation in …" as documents besides them', () => {
    const text = `${VISIT} The two sides signed 10 bilateral agreements. The cooperation includes defence, mutual legal assistance in criminal matters, and maritime affairs. There are also agreements for cooperation in agriculture, tourism and sports.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => a.title),
      [
        'agreement on defence',
        'agreement on mutual legal assistance in criminal matters',
        'agreement on maritime affairs',
        'agreement for cooperation in agriculture',
        'agreement for tourism',
        'agreement for sports',
      ],
    );
    // A cooperation that follows no count of documents names none.
    assert.deepEqual(agreements(`${VISIT} The cooperation includes defence, tourism and sports.`, '2024-10-10'), []);
  });
  it('dates the items of a list by the day of signing its header gives ("signed 10 agreements … on Tuesday"), not by the visit\'s first day', () => {
    const text =
      'President Ana Vrabie of Moldova paid a state visit to Georgia from 7 to 9 October 2024. The two sides signed three agreements during talks on Tuesday. They include a memorandum on tourism. There are also agreements for cooperation in culture and sport.';
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => [a.title, a.date]),
      [
        ['memorandum on tourism', '2024-10-08'],
        ['agreement for cooperation in culture', '2024-10-08'],
        ['agreement for sport', '2024-10-08'],
      ],
    );
  });
  it('ends a title before "in a bid to" (why, not what)', () => {
    const text = `${VISIT} They signed an agreement to establish a cooperation council between the two countries in a bid to improve relations.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => a.title),
      ['agreement to establish a cooperation council'],
    );
  });
  it('reads a joint statement named by its sides between its two words ("a Joint Moldova-Georgia Statement")', () => {
    assert.deepEqual(
      agreements(`${VISIT} The leaders signed a Joint Moldova-Georgia Statement and a joint statement on energy.`, '2024-10-10').map((a) => [a.kind, a.title]),
      [
        ['joint_statement', 'Joint Moldova-Georgia Statement'],
        ['joint_statement', 'joint statement on energy'],
      ],
    );
  });
  it('dates a memorandum the leaders "earlier signed" in the report of the encounter by the encounter', () => {
    assert.deepEqual(
      agreements(`${VISIT} The two leaders earlier signed a memorandum on tourism.`, '2024-10-10').map((a) => [a.title, a.date]),
      [['memorandum on tourism', '2024-10-09']],
    );
  });
  it('records no title for a single document whose subject the end of a cut-off text cuts ("The pact on cooperation b")', () => {
    const cut = `${VISIT} The two sides signed a memorandum on tourism.\n\nThe pact on cooperation b`;
    assert.deepEqual(
      agreements(cut, '2024-10-10').map((a) => a.title),
      ['memorandum on tourism'],
    );
  });
  it('keeps a singular subject list whole: one agreement on trade, investment and tourism', () => {
    const got = agreements(`${VISIT} The ministers signed an agreement on trade, investment and tourism.`, '2024-10-10');
    assert.deepEqual(
      got.map((a) => a.title),
      ['agreement on trade, investment and tourism'],
    );
  });
  it('carries a list header over the next sentences, and reads "The first concerns …"', () => {
    const text = `${VISIT} Three memoranda were signed after the talks. They include a memorandum on veterinary control. The second concerns customs data exchange.`;
    const got = agreements(text, '2024-10-10');
    assert.deepEqual(
      got.map((a) => [a.title, a.status]),
      [
        ['memorandum on veterinary control', 'signed'],
        ['memorandum on customs data exchange', 'signed'],
      ],
    );
  });
  it('reads items after "The agreements include:" with the status of the sentence before', () => {
    const got = agreements(
      `${VISIT} The meeting resulted in three agreements. The agreements include: MoU on seed certification, Protocol on fisheries, Action Plan for tourism.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => [a.kind, a.status]),
      [
        ['memorandum', 'signed'],
        ['protocol', 'signed'],
        ['program', 'signed'],
      ],
    );
  });
  it('keeps the parties of a formal title, as the text writes it, whether a subject follows or not', () => {
    const got = agreements(
      `${VISIT} A memorandum of understanding between the Ministry of Economy of Moldova and the Ministry of Economy of Georgia on export promotion was signed, as well as a declaration of intent between the Moldovan and Georgian ministries of health.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      [
        'memorandum of understanding between the Ministry of Economy of Moldova and the Ministry of Economy of Georgia on export promotion',
        'declaration of intent between the Moldovan and Georgian ministries of health',
      ],
    );
  });
  it('reads numbered list lines under a header that follows "witnessed the exchange of"', () => {
    const got = agreements(
      `Prime Minister Ana Reyes of Peru held talks with Prime Minister Juan Ortiz of Chile in Lima on Monday and witnessed the exchange of three cooperation documents.\nAccording to the spokesperson, the documents include:\n1. Memorandum of Understanding on Fisheries Cooperation\n2. Budget transfer for joint border patrols\n3. Agreement on Mutual Recognition of Driving Licences`,
      '2024-03-12',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.status, a.date]),
      [
        ['Memorandum of Understanding on Fisheries Cooperation', 'signed', '2024-03-11'],
        ['Agreement on Mutual Recognition of Driving Licences', 'signed', '2024-03-11'],
      ],
      'the number opens the item; a line naming no document is none',
    );
  });
  it('reads the subjects of counted documents from the next sentence, and lists after "including on"', () => {
    const dealWith = agreements(`${VISIT} The two sides signed three memoranda. The signed memoranda deal with customs, tourism and youth.`, '2024-10-10');
    assert.deepEqual(
      dealWith.map((a) => a.title),
      ['memorandum on customs', 'memorandum on tourism', 'memorandum on youth'],
    );
    const covered = agreements(`${VISIT} Two MoUs were exchanged. The MoUs covered the fields of wine making and road safety.`, '2024-10-10');
    assert.deepEqual(
      covered.map((a) => [a.title, a.status]),
      [
        ['MoU on wine making', 'signed'],
        ['MoU on road safety', 'signed'],
      ],
    );
    const including = agreements(
      `${VISIT} Several agreements, including on railways and on statistics, were signed. Other MoUs signed included on archives; on sport.`,
      '2024-10-10',
    );
    assert.deepEqual(
      including.map((a) => a.title),
      ['agreement on railways', 'agreement on statistics', 'MoU on archives', 'MoU on sport'],
      'a sentence-initial "Several" or "Other" is no part of a title',
    );
    const also = agreements(
      `${VISIT} Agreements were also signed in the fields of archives and civil protection. Others were the Protocol on Consular Consultations.`,
      '2024-10-10',
    );
    assert.deepEqual(
      also.map((a) => a.title),
      ['agreement on archives', 'agreement on civil protection', 'Protocol on Consular Consultations'],
    );
  });
  it('splits items that repeat "on" only at "and on", and reads an item\'s own "in the Field of" as part of it', () => {
    const got = agreements(
      `Lima, 11 March: Several key agreements were signed after the talks of President Ana Reyes of Peru and President Juan Ortiz of Chile in Lima on Monday. Other MoUs signed included on Fisheries; on Cooperation in the Field of Science and Technology and on Consular Matters.`,
      '2024-03-12',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      ['MoU on Fisheries', 'MoU on Cooperation in the Field of Science and Technology', 'MoU on Consular Matters'],
    );
  });
  it("takes the status of the verb by a list header's plural over a status word at the end of its items", () => {
    const got = agreements(
      `${VISIT} Among the MoUs signed were the plan on cooperation in tourism, and the programme on youth exchanges under the Eastern Partnership. Others were the Memorandum of Understanding on Archives.`,
      '2024-10-10',
    );
    assert.deepEqual(got.map((a) => [a.title, a.status]).at(-1), ['Memorandum of Understanding on Archives', 'signed']);
  });
  it('reads "The agreement pertains to X" after a signing that counted it, and items with their own head noun', () => {
    const got = agreements(
      `${VISIT} The ministers attended the signing of one agreement and three memoranda between the two countries.\n\nThe agreement pertains to the readmission of persons.\n\nThe MoUs covered the fields of tourism, areas of wine trade and the field of transport and logistics.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      ['agreement on the readmission of persons', 'MoU on tourism', 'MoU on wine trade', 'MoU on transport and logistics'],
    );
  });
  it('reads a singular kind after a count as a plural, and the list after "issues related to"', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} The prime ministers signed three Memorandum of Understanding (MoUs) on issues related to customs, archives and sport.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['Memorandum of Understanding on customs', 'Memorandum of Understanding on archives', 'Memorandum of Understanding on sport'],
    );
    assert.deepEqual(
      agreements(`${VISIT} The prime ministers signed seven Memorandum of Understanding on issues related to customs, archives and sport.`, '2024-10-10').map(
        (a) => a.title,
      ),
      ['Memorandum of Understanding on customs', 'Memorandum of Understanding on archives', 'Memorandum of Understanding on sport'],
      'seven documents in three areas the text names no further: one per area',
    );
  });
  it('takes the framework of a meeting format for no document and its name for no person', () => {
    const facts = extractText(
      't.txt',
      `${VISIT} This is their first meeting under the Annual Leaders' Consultation framework, within which a Memorandum of Understanding on Disaster Management will be signed.`,
      { published: '2024-10-10' },
    );
    assert.deepEqual(
      facts.agreements.map((a) => a.title),
      ['Memorandum of Understanding on Disaster Management'],
    );
    assert.ok(!facts.people.some((p) => /Consultation/.test(p.name)));
  });
  it('reads items separated by "; a" and "; and a" with the verb of the first, and no bundle "between the two countries"', () => {
    const got = agreements(
      `${VISIT}\n\nThey witnessed the signing of several memoranda (MoUs) between the two countries. These were a Memorandum of Understanding on customs cooperation between the Revenue Service of Georgia and the Customs Service of Moldova; a Joint Ministerial Statement on transit between the Ministry of Economy of Georgia and the Ministry of Economy of Moldova; and a Memorandum of Understanding on cooperation in tourism between the tourism boards of the two countries.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => [a.kind, a.title.split(' between ')[0]]),
      [
        ['memorandum', 'Memorandum of Understanding on customs cooperation'],
        ['joint_statement', 'Joint Ministerial Statement on transit'],
        ['memorandum', 'Memorandum of Understanding on cooperation in tourism'],
      ],
    );
  });
  it('takes no title from the last item of a text cut off in the middle of a list', () => {
    assert.deepEqual(
      agreements(`${VISIT}\n\nThe two sides signed agreements in the fields of health, customs, pharmaceut`, '2024-10-10').map((a) => a.title),
      ['agreement on health', 'agreement on customs'],
    );
    assert.deepEqual(
      agreements(`Georgia and Moldova sign agreements on health and customs\n\n${VISIT}`, '2024-10-10').map((a) => a.title),
      ['agreement on health', 'agreement on customs'],
      'a headline without a full stop is not cut off',
    );
  });
  it('reads issued and released statements as signed, and a road map ministries are instructed to develop as planned', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} The two governments issued a joint statement on the new partnership. The ministries will be instructed to develop a road map on industrial cooperation. A joint declaration on peace will be released later.`,
        '2024-10-10',
      ).map((a) => [a.title, a.status]),
      [
        ['joint statement on the new partnership', 'signed'],
        ['road map on industrial cooperation', 'planned'],
        ['joint declaration on peace', 'planned'],
      ],
    );
  });
  it('gives a document the sides "had signed" before no date of this encounter', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} It is to be recalled that the two countries had signed a memorandum on wine trade. They signed an agreement on fisheries.`,
        '2024-10-10',
      ).map((a) => [a.title, a.date]),
      [
        ['memorandum on wine trade', null],
        ['agreement on fisheries', '2024-10-09'],
      ],
    );
  });
  it('dates an encounter and its documents by the day "the signing … was held", and reads "The first to be signed was X" as signed', () => {
    const facts = extractText(
      't.txt',
      'President Ana Reyes of Peru and President Juan Ortiz of Chile witnessed the signing of two agreements after their talks.\n\nThe signing of the agreements was held at the palace on Monday, May 15.\n\nThe first to be signed was the Agreement on Economic Cooperation.\n\nThe second was the Protocol of understanding between Peru and Chile in the fields of statistics and archives.',
      { published: '2017-05-17' },
    );
    assert.equal(facts.events[0]?.date, '2017-05-15');
    assert.deepEqual(
      facts.agreements.map((a) => [a.title, a.status, a.date]),
      [
        ['Agreement on Economic Cooperation', 'signed', '2017-05-15'],
        ['Protocol of understanding between Peru and Chile in the fields of statistics and archives', 'signed', '2017-05-15'],
      ],
    );
    assert.deepEqual(
      agreements(
        `${VISIT} The ministers signed protocols of understanding between Georgia and Moldova in the fields of statistics and archives.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['protocol on statistics', 'protocol on archives'],
      'the fields after the parties',
    );
  });
  it('reads the areas after "The agreements aim to strengthen ties in several key areas including;" and a kind word naming the next', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} Georgia and Moldova signed four bilateral agreements. The agreements aim to strengthen bilateral ties in several key areas including; air services, visa exemption, tourism and a protocol agreement on ICT cooperation.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['agreement on air services', 'agreement on visa exemption', 'agreement on tourism', 'protocol agreement on ICT cooperation'],
    );
  });
  it('takes no day for a subject ("were on Monday afternoon inked"), and keeps subjects that begin like a month ("on maritime transport")', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} Three bilateral agreements were on Monday afternoon inked between Georgia and Moldova. The sides also signed agreements on maritime transport and on decarbonisation.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['agreement on maritime transport', 'agreement on decarbonisation'],
    );
  });
  it('reads a headline ending in a quoted title, and its wording of a document as the one the body names in full', () => {
    const facts = extractText(
      't.txt',
      'Reyes and Ortiz meet in Chile; sign "Declaration on Strategic Cooperation"\n\nPresident Ana Reyes of Peru was in Chile earlier today (22 February), to meet with President Juan Ortiz of Chile.\n\nThe two presidents signed the "Declaration on Strategic Partnership between the Republic of Peru and the Republic of Chile", and an agreement on fisheries.',
      { published: '2022-02-22' },
    );
    assert.equal(facts.document.title, 'Reyes and Ortiz meet in Chile; sign "Declaration on Strategic Cooperation"');
    assert.deepEqual(
      facts.agreements.map((a) => a.title),
      ['Declaration on Strategic Partnership between the Republic of Peru and the Republic of Chile', 'agreement on fisheries'],
    );
  });
  it('reads documents named by pronouns: "one to A and the other to B", "another one on B while the third is in C"', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} Georgia and Moldova signed two joint statements, one to develop bilateral relations and the other to promote regional stability.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['joint statement to develop bilateral relations', 'joint statement to promote regional stability'],
    );
    assert.deepEqual(
      agreements(
        `${VISIT} Three agreements were signed. The three agreements include a Memorandum of Understanding on trade, another one on cooperation in education while the third is in the area of tourism and culture.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['Memorandum of Understanding on trade', 'Memorandum of Understanding on cooperation in education', 'Memorandum of Understanding on tourism and culture'],
    );
  });
  it('takes no signatory side, purpose or vague field for a subject', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} The memorandum was signed on the Georgian side by the minister of economy. They signed 9 MoUs and agreements to deepen ties. A number of agreements on cooperation in various spheres were signed. Several agreements were signed; the agreements concern both countries.`,
        '2024-10-10',
      ),
      [],
    );
  });
  it('leaves the city of signing out of a title, but not a state the title is about', () => {
    const got = agreements(
      `${VISIT} The two prime ministers signed a declaration on strategic partnership between Moldova and Georgia in Tbilisi on 9 October. They also adopted a joint statement on peace in Ukraine.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      ['declaration on strategic partnership between Moldova and Georgia', 'joint statement on peace in Ukraine'],
    );
  });
  it('does not cut a capitalised title at a comma inside it', () => {
    const [a] = agreements(`${VISIT} They recalled the General Agreement on Economic, Scientific and Technical Cooperation, signed in 1996.`);
    assert.deepEqual([a!.title, a!.date], ['General Agreement on Economic, Scientific and Technical Cooperation', '1996']);
  });
  it('never makes a document of a bare abbreviation, and never merges two memoranda through it', () => {
    const text = `${VISIT} The sides signed a memorandum on wine exports and a memorandum on railway freight. The MoU will be implemented next year.`;
    const got = agreements(text, '2024-10-10');
    assert.deepEqual(
      got.map((a) => a.title),
      ['memorandum on wine exports', 'memorandum on railway freight'],
    );
  });
  it("reads firms' export agreements and a joint statement to the press as no documents of the states", () => {
    assert.deepEqual(agreements(`${VISIT} Export agreements on supplies of wine, walnuts and apples were signed by companies.`, '2024-10-10'), []);
  });
  it('takes an issued joint statement as a document, and announced signings as planned', () => {
    const got = agreements(
      `${VISIT} A joint statement said the two sides discussed the situation in Ukraine. The next visit will feature the signing of an agreement on social security.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => [a.kind, a.status]),
      [
        ['joint_statement', 'signed'],
        ['agreement', 'planned'],
      ],
    );
    assert.deepEqual(got[0]!.parties, ['GEO', 'MDA']); // the state discussed is no party
  });
  it('gives a date stated before a list of documents to every document of the list', () => {
    const got = agreements(
      `${VISIT} On 10 October, after the talks, the parties signed an agreement on air services and a memorandum on tourism.`,
      '2024-10-11',
    );
    assert.deepEqual(
      got.map((a) => a.date),
      ['2024-10-10', '2024-10-10'],
    );
  });
  it('keeps two adjectives that share a noun in one subject, unless a count makes them two', () => {
    assert.deepEqual(
      agreements(`${VISIT} Agreements were signed on issues such as customs, protection of natural and cultural heritage and fisheries.`, '2024-10-10').map(
        (a) => a.title,
      ),
      ['agreement on customs', 'agreement on protection of natural and cultural heritage', 'agreement on fisheries'],
    );
    assert.deepEqual(
      agreements(`${VISIT} The ministers signed two frameworks for cooperation in digital and maritime economy.`, '2024-10-10').map((a) => a.title),
      ['framework for cooperation in digital', 'framework for maritime economy'],
    );
  });
  it('reads more ways of naming a document: "in" inside a title, "became operational", "according to a joint statement", an ordinal with its kind, "pertaining to", a topic noun before the kind', () => {
    const got = agreements(
      `${VISIT} The Trade in Services Agreement between Moldova and Georgia became operational on 1 July. According to a joint statement, the sides will meet again. They signed a fisheries agreement, a letter of agreement between the two statistics offices and an agreement pertaining to the exchange of hydrological data. Four protocols were also signed. The first protocol is about customs procedures.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.status]),
      [
        ['Trade in Services Agreement between Moldova and Georgia', 'in_force'],
        ['joint statement', 'signed'],
        ['fisheries agreement', 'signed'],
        ['letter of agreement between the two statistics offices', 'signed'],
        ['agreement pertaining to the exchange of hydrological data', 'signed'],
        ['protocol on customs procedures', 'signed'],
      ],
    );
  });
  it('dates documents of a two-day visit by its first day, not by a dateline left in the lead or the day a statement was issued', () => {
    const text =
      'date 2024-05-08 LIMA, May 8 (Andes) -- Peru issued on Wednesday a statement marking the conclusion of the state visit paid by President Juan Ortiz of Chile.\n\nThe statement said President Ortiz paid a state visit to Peru on May 7-8.\n\nThe two presidents held talks. They signed a memorandum on fisheries and a memorandum on mining.';
    assert.deepEqual(
      agreements(text).map((a) => a.date),
      ['2024-05-07', '2024-05-07'],
    );
  });
  it('reads the items of a counted list by their ordinals, each with its own kind word, and documents named inside an item as part of it', () => {
    const text = `${VISIT}\n\nThe signing ceremony of five agreements, protocols and memoranda between Moldova and Georgia was then held.\n\n-The first protocol is about amendments to the agreement on the readmission of persons.\n\n-The second relates to the protection of investments.\n\n-The third agreement refers to cooperation in the field of sport.\n\n-The fourth is a memorandum of understanding on forest fires.\n\n-A memorandum of understanding and cooperation in the field of archives was also signed.`;
    assert.deepEqual(
      agreements(text, '2024-10-10').map((a) => [a.kind, a.title]),
      [
        ['protocol', 'protocol on amendments to the agreement on the readmission of persons'],
        ['agreement', 'agreement on the protection of investments'],
        ['agreement', 'agreement on cooperation in the field of sport'],
        ['memorandum', 'memorandum of understanding on forest fires'],
        ['memorandum', 'memorandum of understanding and cooperation in the field of archives'],
      ],
    );
    // A sentence that opens with "Last summer" is no item of a list.
    assert.deepEqual(
      agreements(
        `${VISIT} Two memoranda were signed.\n\n“Last summer, we announced that we would sign a memorandum on strategic partnership,” the minister said.`,
        '2024-10-10',
      ),
      [],
    );
  });
  it('reads "One of them … and the other …" after a counted header as its two documents', () => {
    assert.deepEqual(
      agreements(
        `${VISIT} Two memoranda of understanding were also signed. One of them is related to a dialogue on economic cooperation, and the other aims to strengthen cooperation in the digital economy.`,
        '2024-10-10',
      ).map((a) => a.title),
      ['memorandum on a dialogue on economic cooperation', 'memorandum to strengthen cooperation in the digital economy'],
    );
  });
  it('dates documents to be signed on the day of the encounter the text reports, and ends a list at the close of a quotation', () => {
    const text =
      'Prime Minister Ana Reyes of Peru arrived in Santiago today on an official visit to Chile. The two leaders will also witness the exchange of memoranda of understanding on fisheries and mining.\n\n“The two countries are also expected to sign instruments of cooperation in areas such as tourism and customs,” spokesperson Luis Mora said.';
    assert.deepEqual(
      agreements(text, '2024-08-12').map((a) => [a.title, a.status, a.date]),
      [
        ['memorandum of understanding on fisheries', 'planned', '2024-08-12'],
        ['memorandum of understanding on mining', 'planned', '2024-08-12'],
        ['instrument on tourism', 'planned', '2024-08-12'],
        ['instrument on customs', 'planned', '2024-08-12'],
      ],
    );
  });
  it('reads areas listed before their head noun ("in the defence, health and water sectors"), and a shared "co-operation" does not make them one', () => {
    assert.deepEqual(
      agreements(`${VISIT} They signed several co-operation agreements in the defence, health and water sectors.`, '2024-10-10').map((a) => a.title),
      ['co-operation agreement on defence', 'co-operation agreement on health', 'co-operation agreement on water'],
    );
  });
  it('reads the items of "These agreements include …" named without a kind word, a MoU "to allow" something, and no bundle "covering various sectors"', () => {
    const got = agreements(
      `${VISIT} The two prime ministers signed three agreements. These agreements include a cooperation framework, a reciprocal visa exemption for diplomats, and an agreement on regular consultations. They also signed more than ten memoranda covering various sectors of the economy. Another memorandum was signed to allow the export of cherries.`,
      '2024-10-10',
    );
    assert.deepEqual(
      got.map((a) => a.title),
      [
        'cooperation framework',
        'agreement on regular consultations',
        'agreement on reciprocal visa exemption for diplomats',
        'memorandum to allow the export of cherries',
      ],
    );
  });

  it('reads a list of "pacts" continued by "These included …", an item named "one on X" after another, and a proposed document as planned', () => {
    const text = [
      'ACCRA: Ghana and Portugal on Thursday signed six pacts after talks between President Kofi Mensah and Prime Minister Rui Costa.',
      'These included an extradition treaty, an agreement on the recognition of driving licences, a green hydrogen roadmap, one on ocean research and fisheries, and a joint declaration on labour mobility.',
      'Officials said the two governments are also discussing a proposed defence industry agreement which is under negotiation.',
    ].join(' ');
    const found = agreements(text, '2024-10-24');
    assert.deepEqual(
      found.map((a) => [a.kind, a.title, a.status]),
      [
        ['treaty', 'extradition treaty', 'signed'],
        ['agreement', 'agreement on the recognition of driving licences', 'signed'],
        ['roadmap', 'green hydrogen roadmap', 'signed'],
        ['declaration', 'joint declaration on labour mobility', 'signed'],
        ['roadmap', 'roadmap on ocean research and fisheries', 'signed'],
        ['agreement', 'defence industry agreement', 'planned'],
      ],
    );
    assert.ok(found.every((a) => a.parties.join() === 'GHA,PRT'));
    // "one on" after a count of two is the pair rule's, and "one-on-one talks" names nothing.
    assert.deepEqual(agreements('Ghana and Portugal signed an extradition treaty, one on one talks having ended.', '2024-10-24').length, 1);
  });

  it('names the members of a counted bundle "including one on X and one on Y", and nothing when none is named', () => {
    const lead = 'Chile and Peru held an intergovernmental summit in Lima on Wednesday.';
    assert.deepEqual(
      agreements(
        `${lead} A total of 11 agreements were signed between the two governments, including one on fighting smuggling and one on migration.`,
        '2025-07-23',
      ).map((a) => [a.title, a.status, a.date]),
      [
        ['agreement on fighting smuggling', 'signed', '2025-07-23'],
        ['agreement on migration', 'signed', '2025-07-23'],
      ],
    );
    assert.deepEqual(agreements(`${lead} A total of 11 agreements were signed, including several in energy.`, '2025-07-23'), []);
  });

  it('reads a joint press release or press statement as a joint statement, with no subject from the occasion it marks', () => {
    const lead = 'SEOUL, June 30 - Chile and Korea held talks in Seoul on Monday.';
    assert.deepEqual(
      agreements(
        `${lead} A joint press release on the occasion of the official visit to Korea by the President of Chile was issued after the talks.`,
        '2025-06-30',
      ).map((a) => [a.kind, a.title, a.status]),
      [['joint_statement', 'joint press release', 'signed']],
    );
    assert.deepEqual(
      agreements(`${lead} The two leaders adopted a joint press statement on climate cooperation.`, '2025-06-30').map((a) => [a.kind, a.title]),
      [['joint_statement', 'joint press statement on climate cooperation']],
    );
  });

  it('reads "entered into effect" and "went into effect" as in force, like "entered into force"', () => {
    const call = 'The President of Chile received a phone call from the Prime Minister of Korea.';
    for (const verb of ['entered into effect', 'went into effect', 'entered into force'])
      assert.deepEqual(
        agreements(`${call} He pointed to the countries' Comprehensive Economic Partnership Agreement, which ${verb} on April 1, 2023.`, '2023-04-04').map(
          (a) => [a.title, a.status, a.parties.join('+')],
        ),
        [['Comprehensive Economic Partnership Agreement', 'in_force', 'CHL+KOR']],
        verb,
      );
  });

  it('takes no date for a document from a deadline in its sentence ("by 2030", "until the end of 2027")', () => {
    const lead = 'Chile and Korea held talks in Seoul on July 1, 2024.';
    for (const deadline of ['by 2030', 'until the end of 2027', 'towards 2045'])
      assert.deepEqual(
        agreements(`${lead} The two sides adopted a joint statement, agreeing to double bilateral trade ${deadline}.`, '2024-07-02').map((a) => a.date),
        ['2024-07-01'],
        deadline,
      );
    // A year the document was signed in still dates it.
    assert.deepEqual(
      agreements('Chile and Korea held talks in Seoul on July 1, 2024. They recalled the free trade agreement signed in 2003.', '2024-07-02').map(
        (a) => a.date,
      ),
      ['2003'],
    );
  });
  it('keeps two documents of alike titles that the text signs in different years apart (a chronology: "In 1978 … the Trade Agreement. In 1979 … the Maritime Transportation Agreement")', () => {
    const got = agreements(
      [
        'The following are major events in Chile-Ghana relations.',
        'In 1978, the two countries signed the Chile-Ghana Trade Agreement.',
        'In 1979, the two countries signed the Chile-Ghana Maritime Transportation Agreement.',
        'In 1982, the two countries signed the Agreement for Cooperation of Science and Technology.',
        'In 1990, the two countries signed the Agreement for Cooperation of Economy and Technology.',
        'In 1991, the Agreement for Cooperation of Science and Technology was amended.',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.date]),
      [
        ['Chile-Ghana Trade Agreement', '1978'],
        ['Chile-Ghana Maritime Transportation Agreement', '1979'],
        ['Agreement for Cooperation of Science and Technology', '1982'],
        ['Agreement for Cooperation of Economy and Technology', '1990'],
      ],
    );
  });
  it('dates a document by its signing, not by a trade figure\'s year before it, and one signed "today" in an undated speech by the encounter', () => {
    const got = agreements(
      'BAKU, June 16\n\nWe are approaching the goal of bringing our turnover to $15 billion in 2023, President of Turkey Recep Tayyip Erdogan said following the ceremony of signing the Shusha Declaration with President of Azerbaijan Ilham Aliyev on Tuesday.',
      '2021-06-16',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.date]),
      [['Shusha Declaration', '2021-06-15']],
    );
    const speech = agreements(
      'Our meeting with President Shavkat Mirziyoyev of Uzbekistan was held in a constructive atmosphere. In October this year, Tajikistan and Uzbekistan celebrate the thirtieth anniversary of the establishment of diplomatic relations. Today, a strategic document was signed — the Declaration on Eternal Friendship between Tajikistan and Uzbekistan.',
    );
    assert.deepEqual(
      speech.map((a) => [a.title, a.status, a.date]),
      [['Declaration on Eternal Friendship between Tajikistan and Uzbekistan', 'signed', '2022']],
    );
  });
  it('reads the subjects of a counted bundle the next sentence gives after "the MOUs were for", and no subject from "for a period of"', () => {
    const got = agreements(
      'Prime Minister Keith Rowley yesterday signed three memoranda of understanding (MOUs) with the Chinese government during his official visit to China. The MOUs were for co-operation in the field of medicine and health; economic and technical co-operation; and human-resources development.',
      '2018-05-14',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.status]),
      [
        ['MoU on medicine and health', 'signed'],
        ['MoU on economic and technical co-operation', 'signed'],
        ['MoU on human-resources development', 'signed'],
      ],
    );
    assert.deepEqual(
      agreements('Chile and Peru signed two memoranda of understanding on Monday. The memoranda are for a period of five years.', '2018-05-14'),
      [],
    );
  });
  it('reads "the signing of a memorandum … in the future" as planned, without "in the future" in its title', () => {
    assert.deepEqual(
      agreements(
        'President of Azerbaijan Ilham Aliyev met President of Egypt Abdel Fattah el-Sisi in Cairo on 28 July. The parties discussed the signing of a memorandum of cooperation in the field of pharmaceuticals in the future.',
        '2022-07-29',
      ).map((a) => [a.title, a.status]),
      [['memorandum of cooperation in the field of pharmaceuticals', 'planned']],
    );
  });
  it('reads "the possibility of signing" as planned, and uncounted documents named by a subject before the kind ("visa exemption agreements") as one entry', () => {
    const got = agreements(
      'Argentine Foreign Minister Santiago Cafiero will hold talks with Bangladesh Foreign Minister AK Abdul Momen in Dhaka on Monday. There is also the possibility of signing visa exemption agreements and an MoU on agriculture.',
      '2022-08-20',
    );
    assert.deepEqual(
      got.map((a) => [a.title, a.status]),
      [
        ['visa exemption agreement', 'planned'],
        ['MoU on agriculture', 'planned'],
      ],
    );
    // A bundle with no subject still names nothing.
    assert.deepEqual(agreements('Chile and Peru signed several agreements on Monday.', '2022-08-20'), []);
  });
  it("reads a headline's generic words for the one document the body names ('sign cooperation agreement') as that document, not a second one", () => {
    const text =
      'Oman, Tajikistan sign cooperation agreement\n\nMUSCAT, Oct 10 - Yusuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs, received Tajik Foreign Minister Sirojiddin Muhriddin. The two sides signed an executive programme for cooperation between the foreign ministries for 2020-2022.';
    assert.deepEqual(
      agreements(text, '2019-10-10').map((a) => a.title),
      ['programme for cooperation between the foreign ministries for 2020-2022'],
    );
    // A body that names two documents keeps the headline's apart from neither.
    const two = `${text} They also signed a memorandum on tourism.`;
    assert.equal(agreements(two, '2019-10-10').length, 3);
  });
  it('reads a speaker "proud to sign the agreement … today" as the signing at the encounter, and no title from "today" or "Signing of"', () => {
    const got = extractText(
      't.txt',
      'President Erdogan met President Putin in Ankara on Thursday. "We are proud to sign the agreement on the liberalization of visas today," Erdogan said. The agreement lifts visas for citizens when visiting each other\'s country.',
      { published: '2019-04-08' },
    );
    assert.deepEqual(
      got.agreements.map((a) => [a.title, a.status, a.date]),
      [['agreement on the liberalization of visas', 'signed', '2019-04-04']],
    );
    assert.deepEqual(
      got.events.map((e) => [e.type, e.date]),
      [['meeting', '2019-04-04']],
    );
    assert.deepEqual(
      agreements(
        'Pakistan and Turkey sign Trade in Goods Agreement\n\nSigning of Trade in Goods Agreement between Pakistan & Turkey today in Islamabad.',
        '2022-08-12',
      ).map((a) => a.title),
      ['Trade in Goods Agreement between Pakistan & Turkey'],
    );
  });
  it('reads a gerund item of a list of subjects ("focused on A, strengthening B, C and D") as an item, and a gerund on ties as none', () => {
    assert.deepEqual(
      agreements(
        'President Xi Jinping of China met President Paul Kagame of Rwanda in Kigali on Monday. The two sides signed bilateral agreements focused on visa exemptions, strengthening mutual investment in e-commerce, civil air transport and human resource development.',
        '2018-07-24',
      ).map((a) => a.title),
      [
        'agreement on visa exemptions',
        'agreement on strengthening mutual investment in e-commerce',
        'agreement on civil air transport',
        'agreement on human resource development',
      ],
    );
    assert.deepEqual(
      agreements(
        'President Xi Jinping of China met President Paul Kagame of Rwanda in Kigali on Monday. They signed an agreement on civil air transport, strengthening bilateral ties.',
        '2018-07-24',
      ).map((a) => a.title),
      ['agreement on civil air transport'],
    );
  });
  it('reads "a joint statement has been published" as the statement issued at the visit', () => {
    assert.deepEqual(
      agreements(
        'The Amir of Kuwait concluded his state visit to Qatar on Tuesday. A joint statement has been published at the conclusion of the visit.',
        '2024-02-21',
      ).map((a) => [a.title, a.status, a.date]),
      [['joint statement', 'signed', '2024-02-20']],
    );
  });
  it('keeps the review\'s cases: "soon after the talks", a document\'s own value before its year, a closing gerund, "for an initial five years", a body document of another day under a generic headline', () => {
    assert.deepEqual(
      agreements('Kenya and Ghana signed a memorandum of understanding on trade soon after the talks in Nairobi on Monday.', '2024-05-01').map((a) => a.status),
      ['signed'],
    );
    assert.deepEqual(
      agreements(
        'Kenya and China signed a railway agreement worth $3 billion in 2014, officials recalled at the talks in Nairobi on Monday.',
        '2024-05-01',
      ).map((a) => a.date),
      ['2014'],
    );
    assert.deepEqual(
      agreements('Kenya and Ghana signed agreements on electricity trade and tourism, strengthening investor confidence in the region.', '2024-05-01').map(
        (a) => a.title,
      ),
      ['agreement on electricity trade', 'agreement on tourism'],
    );
    assert.deepEqual(
      agreements('Kenya and Ghana signed three memoranda of understanding on Monday. The MoUs were for an initial five years.', '2024-05-01'),
      [],
    );
    assert.equal(
      agreements(
        'Kenya, Ghana sign cooperation agreement\n\nNAIROBI, April 29 - President Ruto of Kenya met President Akufo-Addo of Ghana. They recalled the extradition treaty signed in 2010.',
        '2024-05-01',
      ).length,
      2,
    );
  });
  it('reads a communiqué one side issued ("issued by the Ministry of Foreign Affairs") as its press release, not a document of the two', () => {
    assert.deepEqual(
      agreements(
        'Foreign Minister Geoffrey Onyeama met Brazilian Foreign Minister Aloysio Nunes in Abuja on 11 October. A communiqué on the two-day working visit issued by the Ministry of Foreign Affairs said the talks went well.',
        '2017-10-13',
      ),
      [],
    );
    assert.equal(agreements('Nigeria and Brazil met in Abuja on 11 October. A joint communiqué was issued at the end of the visit.', '2017-10-13').length, 1);
  });
  it('reads a document named by its purpose after its partner ("an MoU with its counterpart in Ghana to promote …", "an agreement with Chile to avoid …")', () => {
    assert.deepEqual(
      agreements('The Senate of Kenya on Tuesday inked an MoU with its counterpart in Ghana to promote inter-parliamentary dialogue.', '2019-03-06').map(
        (a) => [a.title, a.parties.join('+'), a.status],
      ),
      [['MoU to promote inter-parliamentary dialogue', 'GHA+KEN', 'signed']],
    );
    assert.deepEqual(
      agreements('Peru signed an agreement with Chile to avoid double taxation.', '2019-03-06').map((a) => a.title),
      ['agreement to avoid double taxation'],
    );
    assert.deepEqual(
      agreements('The Senate of Kenya and the Parliament of Ghana signed an Agreement to extend parliamentary cooperation on Tuesday.', '2019-03-06').map(
        (a) => a.title,
      ),
      ['Agreement to extend parliamentary cooperation'],
    );
    // A partner with no purpose names no document.
    assert.deepEqual(agreements('Peru signed an agreement with Chile on Tuesday.', '2019-03-06'), []);
  });
  it('reads a "cooperation plan" between two ministries for a year as a document', () => {
    assert.deepEqual(
      agreements(
        'The defence ministers of Georgia and Armenia signed a cooperation plan between the defence ministries of the two countries for 2020.',
        '2019-12-03',
      ).map((a) => [a.kind, a.parties.join('+'), a.status]),
      [['program', 'ARM+GEO', 'signed']],
    );
  });
  it('reads a document a past trip was made "to sign" as signed, and one a trip still to come is to sign as planned', () => {
    assert.deepEqual(
      agreements(
        'Defence Minister Ivan Petrov of Bulgaria visited Skopje two days ago to sign a protocol on military education with North Macedonia.',
        '2022-12-19',
      ).map((a) => [a.status, a.date]),
      [['signed', '2022-12-17']],
    );
    assert.deepEqual(
      agreements(
        'Defence Minister Ivan Petrov of Bulgaria will travel to Skopje to sign a protocol on military education with North Macedonia.',
        '2022-12-19',
      ).map((a) => a.status),
      ['planned'],
    );
  });
  it('reads a headline "A, B, C Sign … Agreement" with the verb outside the title and all three states as parties', () => {
    assert.deepEqual(
      agreements(
        'Georgia, Armenia, Moldova Sign Regional Power Grid Agreement\n\nTBILISI, May 3 - The ministers signed the document on Friday.',
        '2024-05-03',
      ).map((a) => [a.title, a.parties.join('+')]),
      [['Regional Power Grid Agreement', 'ARM+GEO+MDA']],
    );
    assert.deepEqual(
      agreements('Morocco, Tunisia Sign MOU to Promote Cooperation in Mining Sector', '2024-01-09').map((a) => a.title),
      ['MOU to Promote Cooperation in Mining Sector'],
    );
  });
  it('reads "a number of MoUs have been signed in the series of meetings" as a bundle, not a document about the meetings', () => {
    assert.deepEqual(agreements('A number of MoUs have been signed in the series of retreat meetings between Chile and Peru.', '2022-01-25'), []);
  });
  it('reads the items of a counted list told by ordinals in other words ("The first deal signed focusses on …", "The first agreement between the two countries focused on …", "The third agreement was to develop …")', () => {
    assert.deepEqual(
      agreements(
        'Peru and Bolivia signed four agreements on Tuesday. The first deal signed focusses on cooperation in vaccination. The second agreement between the two countries involved the modernisation of border crossings. The third agreement was to develop cooperation in smart cities. Another was on health.',
        '2022-01-25',
      ).map((a) => a.title),
      [
        'deal on cooperation in vaccination',
        'agreement on the modernisation of border crossings',
        'agreement to develop cooperation in smart cities',
        'agreement on health',
      ],
    );
  });
  it('reads "memoranda of understanding and agreement on A, B and C between X and Y" as one document per subject, the states not an item', () => {
    assert.deepEqual(
      agreements(
        "The presidents witnessed the signing of memoranda of understanding and agreement on political consultation, agriculture and employment between Ghana and Côte d'Ivoire.",
        '2021-12-02',
      ).map((a) => [a.title, a.parties.join('+')]),
      [
        ['agreement on political consultation', 'CIV+GHA'],
        ['agreement on agriculture', 'CIV+GHA'],
        ['agreement on employment', 'CIV+GHA'],
      ],
    );
  });
  it('reads "the entry into force of the Agreement" as in force and "negotiations over / the negotiation process of the agreement" as planned', () => {
    assert.deepEqual(
      agreements('Peru and Ecuador welcomed the entry into force on February 17 of the Agreement on Customs Assistance.', '2021-03-01').map((a) => [
        a.title,
        a.status,
      ]),
      [['Agreement on Customs Assistance', 'in_force']],
    );
    assert.deepEqual(
      agreements(
        'Peru and Ecuador agreed to advance negotiations over the agreement on the construction of a bridge and to relaunch the negotiation process of the Agreement on Border Localities.',
        '2021-03-01',
      ).map((a) => [a.title, a.status]),
      [
        ['agreement on the construction of a bridge', 'planned'],
        ['Agreement on Border Localities', 'planned'],
      ],
    );
  });
  it('reads a document the sides agreed "to explore" as planned', () => {
    assert.deepEqual(
      agreements('Chile and Peru agreed on Tuesday to explore a Chile-Peru Free Trade Agreement.', '2025-02-18').map((a) => [a.status, a.date]),
      [['planned', null]],
    );
  });
  it('keeps the limits of this round\'s rules: an entry into force still awaited, negotiations that led to a signing, an "and to" that continues the subject, a signing still scheduled after a trip, ordinals that name no subject', () => {
    assert.deepEqual(
      agreements('Chile and Peru signed the Bilateral Investment Treaty on Tuesday and looked forward to its early entry into force.', '2024-02-15').map(
        (a) => a.status,
      ),
      ['signed'],
    );
    assert.deepEqual(
      agreements(
        'After three years of negotiations over the Comprehensive Economic Partnership Agreement, Chile and Peru signed the deal in Lima on Monday.',
        '2024-03-18',
      ).map((a) => a.status),
      ['signed'],
    );
    assert.deepEqual(
      agreements(
        'Portugal and Cape Verde signed an agreement on access to the labour market and to social security for migrant workers on Monday.',
        '2024-03-18',
      ).map((a) => a.title),
      ['agreement on access to the labour market and to social security for migrant workers'],
    );
    assert.deepEqual(
      agreements(
        'Prime Minister Ana Soler of Chile arrived in Lima on Monday and is scheduled to sign an agreement on the digital economy with Peru.',
        '2024-03-18',
      ).map((a) => a.status),
      ['planned'],
    );
    assert.deepEqual(
      agreements(
        'The leaders witnessed the signing of three agreements on Monday. The second agreement was to be signed by the energy ministers but was postponed. The third agreement was on hold for two years.',
        '2024-03-18',
      ),
      [],
    );
  });
  it('ends a subject at why the document was signed ("a treaty on friendship and cooperation to enhance partnership in many areas")', () => {
    assert.deepEqual(
      agreements('Chile and Peru on Thursday signed a bilateral treaty on friendship and cooperation to enhance partnership in many areas.', '2023-01-20').map(
        (a) => a.title,
      ),
      ['treaty on friendship and cooperation'],
    );
    // A document named by its purpose keeps it.
    assert.deepEqual(
      agreements('Chile and Peru signed an MoU to strengthen cooperation in mining.', '2023-01-20').map((a) => a.title),
      ['MoU to strengthen cooperation in mining'],
    );
  });
  it('reads a kind of document with its name in apposition ("our bilateral Free Trade Agreement, the Chile Peru Closer Economic Partnership Agreement") as one document, and a list as several', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru reviewed our bilateral Free Trade Agreement, the Chile Peru Closer Economic Partnership Agreement, which entered into force in 2020.',
        '2023-07-04',
      ).map((a) => a.title),
      ['Chile Peru Closer Economic Partnership Agreement'],
    );
    assert.equal(
      agreements('Chile and Peru signed the Agreement on Agriculture, the Memorandum on Health and the Protocol on Customs on Monday.', '2023-07-04').length,
      3,
    );
  });
  it('keeps the limits of the purpose stop and the apposition: a generic head keeps its purpose, a title in capitals keeps its words, documents of two kinds are two', () => {
    assert.deepEqual(
      agreements('Chile and Peru signed an agreement on measures to strengthen cooperation in combating terrorism in Lima on Monday.', '2023-05-10').map(
        (a) => a.title,
      ),
      ['agreement on measures to strengthen cooperation in combating terrorism'],
    );
    assert.deepEqual(
      agreements('Chile and Peru signed the Agreement on the Programme to Strengthen Cooperation in Culture in Lima on Monday.', '2023-05-10').map(
        (a) => a.title,
      ),
      ['Agreement on the Programme to Strengthen Cooperation in Culture'],
    );
    assert.deepEqual(
      agreements(
        'The leaders of Chile and Peru signed a Joint Declaration, the Strategic Partnership Agreement and six memoranda of understanding in Lima on Monday.',
        '2023-05-10',
      ).map((a) => a.title),
      ['Joint Declaration', 'Strategic Partnership Agreement'],
    );
  });
  it('keeps the limits of the purpose stop, the apposition and the entry into force: a purpose with its field, an opening phrase, an entry into force still expected', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed a memorandum on the establishment of a joint working group to deepen cooperation in renewable energy.',
        '2023-03-10',
      ).map((a) => a.title),
      ['memorandum on the establishment of a joint working group to deepen cooperation in renewable energy'],
    );
    assert.deepEqual(
      agreements(
        'Building on the Comprehensive Economic Partnership Agreement, the Digital Economy Agreement between Chile and Peru was signed on Monday.',
        '2023-03-10',
      ).length,
      2,
    );
    assert.deepEqual(
      agreements('Chile and Peru signed the Free Trade Agreement on Monday, with entry into force expected next year.', '2023-03-10').map((a) => a.status),
      ['signed'],
    );
  });
  it('keeps a spaced dash between two states inside a title, and only there', () => {
    assert.deepEqual(
      agreements('Chile and Peru adopted the Joint Declaration on the Chile - Peru Strategic Partnership in Lima on Monday.', '2023-03-10').map((a) => a.title),
      ['Joint Declaration on the Chile - Peru Strategic Partnership'],
    );
    assert.deepEqual(
      agreements('Chile and Peru adopted the Joint Declaration on the Republic of Chile – Peru Partnership in Lima on Monday.', '2023-03-10').map(
        (a) => a.title,
      ),
      ['Joint Declaration on the Republic of Chile – Peru Partnership'],
    );
    assert.deepEqual(
      agreements('Chile and Peru adopted the Joint Declaration on Energy - Minister Ana Torres said it was overdue.', '2023-03-10').map((a) => a.title),
      ['Joint Declaration on Energy'],
    );
  });
  it('keeps a term in digits and the word "strategy" before the kind as part of a lower-case title', () => {
    assert.deepEqual(
      agreements('Chile and Peru recalled the 25-year strategy agreement they signed in 2019.', '2023-03-10').map((a) => a.title),
      ['25-year strategy agreement'],
    );
    assert.deepEqual(
      agreements('Chile and Peru signed 25 agreements in 2019.', '2023-03-10').map((a) => a.title),
      [],
    );
  });
  it('reads "the Agreement establishing the Joint Commission" as a capitalised title that runs past its introducer', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed documents in Lima on Monday. In this regard, the Agreement establishing the Binational Council was signed.',
        '2023-03-10',
      ).map((a) => a.title),
      ['Agreement establishing the Binational Council'],
    );
  });
  it('reads a capitalised introducer ("Agreement Concerning the …") and a capitalised kind after "and" as the next title of a list', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed six documents in Lima on Monday, including: an MoU for Cooperation in the Legal Field; Agreement Concerning the Employment of Chilean Workers in Peru; an MoU for Cooperation in the Field of Education and Agreement on the Establishment of a Joint Committee.',
        '2023-03-10',
      ).map((a) => a.title),
      [
        'MoU for Cooperation in the Legal Field',
        'Agreement Concerning the Employment of Chilean Workers in Peru',
        'MoU for Cooperation in the Field of Education',
        'Agreement on the Establishment of a Joint Committee',
      ],
    );
  });
  it('reads a capitalised kind a signing verb introduces ("signed a Communique which …") as a document, and "outlining" as opening its subject', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on 12 July 2019.';
    assert.deepEqual(
      agreements(`${lead} Afterwards their Foreign Ministers signed a Communique which set up a working group.`, '2019-07-14').map((a) => [a.title, a.kind]),
      [['Communique', 'joint_statement']],
    );
    assert.deepEqual(
      agreements(`${lead} Officials also signed a Memorandum of Understanding outlining cooperation in fisheries.`, '2019-07-14').map((a) => a.title),
      ['Memorandum of Understanding outlining cooperation in fisheries'],
    );
    assert.deepEqual(agreements(`${lead} The Communique was welcomed.`, '2019-07-14'), []);
  });
  it('reads "executed on <day>" as the signing of a document', () => {
    assert.deepEqual(
      agreements(
        'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on 12 July 2019. They urged the implementation of the memorandum of understanding concerning the transport of copper, executed on October 25, 2013 by the two heads of state.',
        '2019-07-14',
      ).map((a) => [a.title, a.status, a.date]),
      [['memorandum of understanding concerning the transport of copper', 'signed', '2013-10-25']],
    );
  });
  it('reads "the signing of a Memorandum on … is planned" as planned', () => {
    assert.deepEqual(
      agreements('President Ana Soler of Chile is on a visit to Peru. The signing of a Memorandum on regular migration is planned.', '2023-11-02').map(
        (a) => a.status,
      ),
      ['planned'],
    );
  });
  it('takes no document from "draft memoranda … covering a wide spectrum of co-operation"', () => {
    assert.deepEqual(
      agreements(
        'President Ana Soler of Chile is visiting Peru. The two countries identified 33 draft bilateral memoranda covering a wide spectrum of co-operation.',
        '2021-12-02',
      ),
      [],
    );
  });
  it('review of the round: "the signing of X is planned" only for X; "signed an Agreement" names none; "executed in full" signs nothing; a dash before a new clause ends a title', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed the Treaty on Good-Neighbourliness in Lima on Monday; the signing of the Agreement on Water Resources is expected in June.',
        '2024-03-20',
      ).map((a) => [a.title, a.status]),
      [
        ['Treaty on Good-Neighbourliness', 'signed'],
        ['Agreement on Water Resources', 'planned'],
      ],
    );
    assert.deepEqual(
      agreements(
        'The signing of the Treaty on Good-Neighbourliness, which was due to happen in 2020, finally took place in Lima on Monday between Chile and Peru.',
        '2024-03-20',
      ).map((a) => a.status),
      ['signed'],
    );
    assert.deepEqual(agreements('At the end of the talks in Lima, the Chilean and Peruvian ministers signed an Agreement.', '2024-03-20'), []);
    assert.deepEqual(agreements('The parties reviewed the contract for the supply of Chilean copper to Peru, executed in full last year.', '2024-03-20'), []);
    assert.deepEqual(
      agreements('The two sides signed the Agreement on Air Services with Chile - Peru will sign a similar agreement next year.', '2024-03-20').map(
        (a) => a.title,
      ),
      ['Agreement on Air Services with Chile'],
    );
  });
  it('reads "four documents … covering A, B, C and D" as one document per subject when the count matches, and a count the list does not match as none', () => {
    const lead = 'President Ana Soler of Chile held talks with President Luis Quispe of Peru in Lima on 23 August 2024.';
    assert.deepEqual(
      agreements(
        `${lead} "Today we reached an agreement on four documents between Chile and Peru, covering the medical field, agricultural cooperation, humanitarian relations, and culture," Soler said.`,
        '2024-08-24',
      ).map((a) => [a.title, a.status]),
      [
        ['document on the medical field', 'signed'],
        ['document on agricultural cooperation', 'signed'],
        ['document on humanitarian relations', 'signed'],
        ['document on culture', 'signed'],
      ],
    );
    assert.deepEqual(agreements(`${lead} They signed six documents covering energy, culture and migration.`, '2024-08-24'), []);
  });
  it('ends a title at the signing bodies after its subject (as the gold of later waves reads it), reads a body\'s name with "and" as one party, "as regards" as the subject after the parties, and dates documents "signed in the presence of" two leaders by that day', () => {
    const text =
      'Chile and Peru signed bilateral documents.\n\n"A series of Chilean-Peruvian documents were signed in the presence of President of Chile Ana Soler and President of Peru Luis Quispe," the press service reported on Monday.\n\nThe ministers signed a Memorandum of Understanding on cooperation in the sphere of agriculture between the Ministry of Agrarian Policy and Food of Chile and the Ministry of Agriculture of Peru.\n\nThe ambassadors signed an Agreement between the Ministry of Education and Science of Chile and the Ministry of Education of Peru as regards the study of the Quechua language.';
    assert.deepEqual(
      agreements(text, '2019-08-19').map((a) => [a.title, a.date]),
      [
        ['Memorandum of Understanding on cooperation in the sphere of agriculture', '2019-08-19'],
        [
          'Agreement between the Ministry of Education and Science of Chile and the Ministry of Education of Peru as regards the study of the Quechua language',
          '2019-08-19',
        ],
      ],
    );
  });
  it('reads list lines told by a label alone under "The MOUs include:" as one MoU each, and their labels as no people', () => {
    const text =
      'President Ana Soler of Chile and Prime Minister Luis Quispe of Peru signed five MOUs during the visit.\nThe MOUs include:\n- Medical Products Regulation: Cooperation between the Ministers of Health of Chile and Peru.\n- Hydrocarbon Sector: Collaboration between the two ministers of energy.';
    const got = extractText('t.txt', text, { published: '2024-11-21' });
    assert.deepEqual(
      got.agreements.map((a) => [a.title, a.status]),
      [
        ['MoU on Medical Products Regulation', 'signed'],
        ['MoU on Hydrocarbon Sector', 'signed'],
      ],
    );
    assert.deepEqual(
      got.people.map((p) => p.name),
      ['Ana Soler', 'Luis Quispe'],
    );
  });
  it('second review of the round: "the signing of A and B is planned" plans both; a plan with a comma, or past and postponed, is still a plan', () => {
    assert.deepEqual(
      agreements(
        'The signing of the Memorandum on Energy Cooperation and the Agreement on Air Services is planned for the visit of President Ana Soler of Chile to Lima in October.',
        '2024-09-02',
      ).map((a) => a.status),
      ['planned', 'planned'],
    );
    assert.deepEqual(
      agreements(
        'The signing of an agreement on visa exemption between Chile and Peru, long sought by both sides, is planned for the autumn.',
        '2024-09-02',
      ).map((a) => a.status),
      ['planned'],
    );
    assert.deepEqual(
      agreements(
        'The signing of the agreement on investment protection between Chile and Peru was planned for May, but it was postponed until the autumn.',
        '2024-09-02',
      ).map((a) => a.status),
      ['planned'],
    );
  });
  it('reads "an early conclusion of" and "the speedy signing of" a document as still to come', () => {
    assert.deepEqual(
      agreements('The ministers discussed an early conclusion of a mutually beneficial Chile-Peru Free Trade Agreement.', '2024-07-24').map(
        (a) => `${a.title}: ${a.status}`,
      ),
      ['Chile-Peru Free Trade Agreement: planned'],
    );
    assert.deepEqual(
      agreements('Both sides called for the speedy signing of the Agreement on Visa Exemption between Chile and Peru.', '2024-07-24').map((a) => a.status),
      ['planned'],
    );
  });
  it('reads "clinched" and "sealed" as signings', () => {
    assert.deepEqual(
      agreements(
        'The foreign ministers of Chile and Peru clinched a Memorandum of Understanding on counter-terrorism cooperation on Monday.',
        '2024-07-22',
      ).map((a) => `${a.kind}: ${a.status}`),
      ['memorandum: signed'],
    );
    assert.deepEqual(
      agreements('Chile and Peru sealed a defence cooperation agreement in Lima.', '2024-07-22').map((a) => a.status),
      ['signed'],
    );
  });
  it('dates a signing reported right after dated talks within the visit by those talks, and a signing the two leaders will witness by the visit', () => {
    assert.deepEqual(
      agreements(
        'Chilean President Ana Soler is paying a state visit to Peru from 22 to 24 March 2018. Peruvian President Luis Quispe held talks with her on 22 March. The two presidents witnessed the signing of an agreement on mining cooperation.',
        '2018-03-24',
      ).map((a) => a.date),
      ['2018-03-22'],
    );
    assert.deepEqual(
      agreements(
        'Chilean President Ana Soler on Tuesday arrived in Lima for a one-day state visit. "The two leaders will hold talks at the palace and witness the signing of agreements on defence and mining," the statement said.',
        '2019-10-16',
      ).map((a) => `${a.status} ${a.date}`),
      ['planned 2019-10-15', 'planned 2019-10-15'],
    );
  });
  it('reads "the first country to sign" a document as a signing made, "wants to be the first to sign" as one to come', () => {
    assert.deepEqual(
      agreements(
        'Chile was the first South American country to sign a Free Trade Agreement with Vietnam in 2014. Peru wants to be the first country to sign a treaty on lithium.',
        '2024-05-02',
      ).map((a) => `${a.title}: ${a.status}`),
      ['Free Trade Agreement: signed', 'treaty on lithium: planned'],
    );
  });
  it('reads "struck a pact", a document named by its year ("a 2017 security treaty"), and "the 60th anniversary of the signing of" a treaty as signed at their own dates', () => {
    assert.deepEqual(
      agreements(
        'Chile struck a security pact with Peru last year. The review of a 2017 security treaty between Chile and Bolivia is under way.',
        '2023-07-10',
      ).map((a) => `${a.title}: ${a.status} ${a.date}`),
      ['security pact: signed 2022', 'security treaty between Chile and Bolivia: signed 2017'],
    );
    assert.deepEqual(
      agreements('On 1 August 2022, we will mark the 60th anniversary of the signing of the Treaty of Friendship between Chile and Peru.', '2022-06-09').map(
        (a) => `${a.status} ${a.date}`,
      ),
      ['signed 1962-08-01'],
    );
  });
  it('reads "we will make progress by signing the Agreement" as a signing to come', () => {
    assert.deepEqual(
      agreements('We will make progress in investment by signing the Agreement on Mutual Promotion of Investments between Chile and Peru.', '2024-02-03').map(
        (a) => a.status,
      ),
      ['planned'],
    );
  });
  it('leaves the signatories named after "was signed between" out of the title', () => {
    assert.deepEqual(
      agreements(
        'A cooperation agreement was signed between Chile’s Minister of Labor Ana Soler and Peru’s Minister of Labor Luis Quispe in Lima on Monday.',
        '2018-07-09',
      ).map((a) => a.title),
      ['cooperation agreement'],
    );
  });
  it('takes no title from signatories named by office and name after "between" ("a MoU between higher education minister X and …")', () => {
    assert.deepEqual(
      agreements(
        'The two presidents witnessed the signing of a MoU between higher education minister Ana Soler and president of the Peruvian Higher Education Council Luis Quispe in Lima on Monday.',
        '2026-01-08',
      ).map((a) => a.title),
      [],
    );
  });
  it('reads lists of documents\' areas in more shapes: "to promote cooperation in areas of A, B and C", "were signed, among others, on A, B and C,” according to …", "witnessed exchange of MoUs in areas including A and B"', () => {
    const titles = (text: string) => agreements(text, '2024-11-05').map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(
      titles(
        'Chile and Peru signed memorandums of understanding to promote cooperation in areas of smart construction, building technology and establishing a framework for promoting trade and investment.',
      ),
      [
        'memorandum of understanding on smart construction: signed',
        'memorandum of understanding on building technology: signed',
        'memorandum of understanding on establishing a framework for promoting trade and investment: signed',
      ],
    );
    assert.deepEqual(
      titles(
        'During the visit of the Chilean President to Peru, agreements were signed, among others, on renewable energy, rail transport and agribusiness,” according to the statement.',
      ),
      ['agreement on renewable energy: signed', 'agreement on rail transport: signed', 'agreement on agribusiness: signed'],
    );
    assert.deepEqual(titles('The leaders of Chile and Peru witnessed exchange of MoUs in areas including mobility and standardization.'), [
      'MoU on mobility: signed',
      'MoU on standardization: signed',
    ]);
  });
  it('review of the round: a haste praised is past, hoped-for "struck", "sealed" and "clinched" are to come, "will become the first to sign" is to come, a plan\'s year is no signing, signatories named by their government stay parties', () => {
    const status = (text: string) => agreements(text, '2024-06-10').map((a) => `${a.status} ${a.date}`);
    assert.deepEqual(
      status(
        'President Soler welcomed the early conclusion of the Economic Partnership Agreement between Chile and Peru, which was signed in Lima in December 2023.',
      ),
      ['signed 2023-12'],
    );
    assert.deepEqual(status('The presidents thanked their ministers for the speedy signing of the memorandum on health cooperation between Chile and Peru.'), [
      'signed null',
    ]);
    assert.deepEqual(
      status('Negotiators from Chile and Peru hope the comprehensive economic partnership agreement can be struck before the end of the year.'),
      // (Dated by the year its signing is put in since the thirty-sixth round.)
      ['planned 2024'],
    );
    assert.deepEqual(status('Officials in Lima and Santiago are hopeful that a labour mobility agreement will be clinched during the next round of talks.'), [
      'planned null',
    ]);
    assert.deepEqual(status('Minister Vega said Chile will become the first South American country to sign an economic partnership agreement with Peru.'), [
      'planned null',
    ]);
    assert.deepEqual(
      agreements('The sides agreed to implement the 2025 cooperation programme between Chile and Peru.', '2024-06-10').map((a) => a.status),
      [],
    );
    assert.deepEqual(
      agreements('President Soler and President Quispe adopted a 2030 roadmap for the strategic partnership between Chile and Peru.', '2024-06-10').map(
        (a) => `${a.title} ${a.date}`,
      ),
      ['2030 roadmap for the strategic partnership between Chile and Peru null'],
    );
    assert.deepEqual(
      agreements(
        'An agreement between the President’s Office of Chile and the Government of Peru on digital services was signed in Lima on Monday.',
        '2024-06-10',
      ).map((a) => a.title),
      ['agreement between the President’s Office of Chile and the Government of Peru on digital services'],
    );
  });
  it('counts an anniversary to be marked next year from the year to come', () => {
    assert.deepEqual(
      agreements(
        'Next year Chile and Peru will mark the 30th anniversary of the signing of the Treaty of Friendship between Chile and Peru.',
        '2024-06-10',
      ).map((a) => a.date),
      ['1995'],
    );
  });
  it('reads a declaration the leaders "announced" as made, dated by the day before it', () => {
    assert.deepEqual(
      agreements('On October 6, the two leaders announced a “Joint Declaration on Comprehensive Partnership between Chile and Peru”.', '2015-10-09').map(
        (a) => `${a.status} ${a.date}`,
      ),
      ['signed 2015-10-06'],
    );
  });
  it('reads lists of "cooperation documents" and "letters of exchange", and the fields after a purpose ("agreements aimed at enhancing cooperation, particularly in the fields of A, B and C")', () => {
    assert.deepEqual(
      agreements(
        'After the talks, the two presidents witnessed the signing of bilateral cooperation documents on space technology, Earth science and rural development.',
        '2024-09-05',
      ).map((a) => a.title),
      ['cooperation document on space technology', 'cooperation document on Earth science', 'cooperation document on rural development'],
    );
    assert.deepEqual(
      agreements(
        'The signed documents between Chile and Peru include a letter of exchange on the Andes Tunnel and a letter of exchange on cash assistance.',
        '2024-12-03',
      ).map((a) => a.title),
      ['letter of exchange on the Andes Tunnel', 'letter of exchange on cash assistance'],
    );
    assert.deepEqual(
      agreements(
        'Chile and Peru will sign agreements that are aimed at enhancing economic cooperation, particularly in the fields of human settlements and agriculture.',
        '2024-08-22',
      ).map((a) => `${a.title}: ${a.status}`),
      ['agreement on human settlements: planned', 'agreement on agriculture: planned'],
    );
    assert.deepEqual(agreements('They will also witness the signing of cooperation documents between Chile and Peru on this occasion.', '2024-08-22'), []);
  });
  it('takes no document from a bundle "in various fields" nor a title from its value ("for a total investment of …")', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed memoranda of understandings (MoUs) in various fields at a welcome ceremony. They also signed 36 Memorandum of Understanding for a total investment of more than USD 7.49 billion.',
        '2024-02-15',
      ),
      [],
    );
  });
  it('keeps alike capitalised titles of one list apart, dates documents "signed during the meeting" by the meeting announced before, and names a later mention by its own title', () => {
    const got = agreements(
      'On Monday, 3 November the President of Chile will meet with the Prime Minister of Peru. During the meeting three treaties – a Double Taxation Agreement, a Bilateral Transport Agreement and a Bilateral Co-operation Agreement – will be signed. The Bilateral Co-operation Agreement will provide a framework for development.',
      null,
    ).map((a) => `${a.title}: ${a.status} ${a.date}`);
    assert.deepEqual(got, [
      'Double Taxation Agreement: planned --11-03',
      'Bilateral Transport Agreement: planned --11-03',
      'Bilateral Co-operation Agreement: planned --11-03',
    ]);
  });
  it('second review of the round: an exchange sped up is no signing, a call for an early conclusion is no praise, "for next year" stays in a title, "day-to-day" is a subject, items after a gerund phrase stay apart, a shorter form of a title is the same document, a declaration still drafted is no declaration made', () => {
    const got = (text: string) => agreements(text, null).map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(got('Chile and Peru agreed to speed up the exchange of instruments of ratification of the Agreement on Mutual Legal Assistance.'), []);
    assert.deepEqual(
      got(
        'The leaders of Chile and Peru welcomed progress in the negotiations and urged the early conclusion of the Comprehensive Economic Partnership Agreement.',
      ),
      ['Comprehensive Economic Partnership Agreement: planned'],
    );
    assert.deepEqual(got('An agreement on budget support for next year was signed by the finance ministers of Chile and Peru.'), [
      'agreement on budget support for next year: signed',
    ]);
    assert.deepEqual(got('Chile and Peru signed an agreement on the day-to-day management of the joint border post on Friday.'), [
      'agreement on the day-to-day management of the joint border post: signed',
    ]);
    assert.deepEqual(got('Chile and Peru signed memoranda on the mutual recognition of driving licences and tourism.'), [
      'memorandum on the mutual recognition of driving licences: signed',
      'memorandum on tourism: signed',
    ]);
    assert.deepEqual(
      got(
        'The leaders of Chile and Peru welcomed the entry into force of the Chile-Peru Economic Partnership Agreement, saying the Economic Partnership Agreement would boost exports.',
      ),
      ['Chile-Peru Economic Partnership Agreement: in_force'],
    );
    assert.deepEqual(got('The foreign ministers of Chile and Peru announced the Joint Declaration on Strategic Partnership was being drafted.'), []);
  });
  it('reads a title "towards" a partnership ("a “Declaration towards an innovative and solid partnership”"), not "towards the end of the visit"', () => {
    assert.deepEqual(
      agreements(
        'The presidents of Chile and Peru signed a “Declaration towards an innovative and solid partnership”, with the aim of developing trade.',
        '2023-12-04',
      ).map((a) => a.title),
      ['Declaration towards an innovative and solid partnership'],
    );
    assert.deepEqual(
      agreements('Chile and Peru signed the Declaration towards the end of the visit.', '2023-12-04').map((a) => a.title),
      [],
    );
  });
  it('dates a document by the day before its signing verb, not by a day of the next clause, and by "X, the date on which the Treaty was signed"', () => {
    assert.deepEqual(
      agreements(
        'On 16 November 2004, Chile and Peru signed in Lima an agreement on mutual protection of investments and, the following day, created a commission.',
        '2025-06-01',
      ).map((a) => `${a.title}: ${a.date}`),
      ['agreement on mutual protection of investments: 2004-11-16'],
    );
    assert.deepEqual(
      agreements('Chile and Peru celebrate October 8, 1976, the date on which the Treaty of Friendship and Cooperation was signed.', '2025-06-01').map(
        (a) => a.date,
      ),
      ['1976-10-08'],
    );
  });
  it('reads "Other memoranda are A, B and C" as a list of documents, not "The agreements are also important, …"', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru signed eleven agreements in Lima on Monday. Other memoranda are Gender Equality, Maritime Partnerships and Youth Empowerment.',
        '2025-01-30',
      ).map((a) => a.title),
      ['memorandum on Gender Equality', 'memorandum on Maritime Partnerships', 'memorandum on Youth Empowerment'],
    );
    assert.deepEqual(agreements('Chile and Peru signed the agreements. The agreements are also important, officials said.', '2025-01-30'), []);
  });
  it('reads "trying to accelerate the signing of" a document as one to come', () => {
    assert.deepEqual(
      agreements('Chile and Peru are trying to accelerate the signing of a free trade agreement.', '2025-02-13').map((a) => a.status),
      ['planned'],
    );
  });
  it('reads a list after a dash ("four agreements - in the fields of A; B; C; and, D - during the visit")', () => {
    assert.deepEqual(
      agreements(
        'Chile and Peru concluded the signing of four agreements - in the fields of science, technology and innovation; energy and mineral resources; sanitary and phytosanitary measures; and, statistical cooperation - during the state visit.',
        '2025-10-23',
      ).map((a) => a.title),
      [
        'agreement on science, technology and innovation',
        'agreement on energy and mineral resources',
        'agreement on sanitary and phytosanitary measures',
        'agreement on statistical cooperation',
      ],
    );
  });
  it('third review of the round: a yearless day before "the day when … was signed in 1976" dates nothing, ", and," before a calendar day keeps it, officials after "agreements were" are no documents, "congratulated … on the early conclusion" is past, two listed titles one the start of the other stay two, a year word ends a title', () => {
    const got = (text: string) => agreements(text, '2024-02-20').map((a) => `${a.title}: ${a.status} ${a.date}`);
    assert.deepEqual(got('The anniversary falls on October 8, the day when the Treaty of Friendship between Chile and Peru was signed in 1976.'), [
      'Treaty of Friendship between Chile and Peru: signed 1976',
    ]);
    assert.deepEqual(got('Chile and Peru signed an agreement on trade, and, in particular, on tourism on 7 December 2023.'), [
      'agreement on trade: signed 2023-12-07',
    ]);
    assert.deepEqual(
      got(
        'Also present at the signing of the agreements between Chile and Peru were Foreign Minister Ana Soler, Trade Minister Luis Vega and Ambassador Jorge Prado.',
      ),
      [],
    );
    assert.deepEqual(got('The two presidents congratulated each other on the early conclusion of the Free Trade Agreement between Chile and Peru.'), [
      'Free Trade Agreement between Chile and Peru: signed null',
    ]);
    // (A signing that leads a dated page with no encounter of its own is of the year the page was published.)
    assert.deepEqual(got('Chile and Peru signed the Agreement on Trade and the Agreement on Trade in Services.'), [
      'Agreement on Trade: signed 2024',
      'Agreement on Trade in Services: signed 2024',
    ]);
    assert.deepEqual(got('Chile and Peru agreed to sign an agreement on visa exemption next year.'), ['agreement on visa exemption: planned null']);
  });
  it('dates documents by "signed in 2009 in Caracas the A and the B", the verb before the date', () => {
    assert.deepEqual(
      agreements(
        'He noted that Chile and Peru signed in 2009 in Lima the General Agreement of Cooperation and the Memorandum of Understanding on Political Consultations.',
        '2024-05-28',
      ).map((a) => a.date),
      ['2009', '2009'],
    );
  });
  it('takes no subject from "in this regard"', () => {
    assert.deepEqual(agreements('Chile and Peru have signed an agreement in this regard today.', '2025-02-18'), []);
  });
  it('reads the documents a named agreement "includes" after a count of signed ones as the counted documents, and keeps the named one by its name alone', () => {
    const text =
      'President Ana Soler of Chile received President Luis Vega of Peru in Santiago on Monday. The two presidents welcomed the signing of nine agreements on Monday. ' +
      'The Partnership Agreement between our two countries includes a mutual legal assistance agreement, an agreement on the transfer of sentenced persons and a cyber security agreement.';
    assert.deepEqual(
      agreements(text, '2024-03-12').map((a) => `${a.title}: ${a.status} ${a.date}`),
      [
        'Partnership Agreement: signed 2024-03-11',
        'mutual legal assistance agreement: signed 2024-03-11',
        'agreement on the transfer of sentenced persons: signed 2024-03-11',
        'cyber security agreement: signed 2024-03-11',
      ],
    );
    // Without a count before it, the areas a named agreement covers are no documents of their own.
    assert.deepEqual(
      agreements('Chile and Peru signed the Partnership Agreement on Monday. The Partnership Agreement covers trade, energy and tourism.', '2024-03-12').map(
        (a) => a.title,
      ),
      ['Partnership Agreement'],
    );
  });
  it('reads a subject quoted from the source (\'a memorandum “for legal cooperation …,” the statement added\') and dates an item "to be signed" of the list of a signing held at the encounter', () => {
    const got = agreements(
      'On Thursday, President Ana Soler of Chile held talks with President Luis Vega of Peru in Lima. The two leaders presided over the signing of four memoranda. ' +
        'These included a memorandum “for legal cooperation between the two ministries of justice,” the statement added. ' +
        'The talks included the signing of other agreements. These included a memorandum of understanding on customs, signed at the Finance Ministry; a memorandum of understanding for security cooperation, to be signed at the Ministry of Interior.',
      '2024-11-29',
    ).map((a) => `${a.title}: ${a.status} ${a.date}`);
    assert.deepEqual(got, [
      'memorandum for legal cooperation between the two ministries of justice: signed 2024-11-28',
      'memorandum of understanding on customs: signed 2024-11-28',
      'memorandum of understanding for security cooperation: planned 2024-11-28',
    ]);
  });
  it('reads a title in Title Case whose introducer is capitalised, also quoted with its article (“An Agreement For a Strategic Partnership”)', () => {
    assert.deepEqual(
      agreements(
        'Closer ties between Chile and Peru will come through a new initiative dubbed “An Agreement For a Strategic Partnership”, that will be signed by the two countries.',
        '2017-10-16',
      ).map((a) => `${a.title}: ${a.status}`),
      ['Agreement For a Strategic Partnership: planned'],
    );
  });
  it('gives a document reported signed no date from an encounter still to come', () => {
    assert.deepEqual(
      agreements(
        'The upcoming visit of President Ana Soler of Chile to Peru from November 3-6 aims to strengthen ties. The two countries also signed an agreement on double taxation avoidance and another on air transport.',
      ).map((a) => `${a.title}: ${a.status} ${a.date}`),
      ['agreement on double taxation avoidance: signed null', 'agreement on air transport: signed null'],
    );
  });
  it('reads "the Roadmap adopted in 2022" as the pair\'s road map, which names its document by itself', () => {
    assert.deepEqual(
      agreements('President Ana Soler wants to continue with the Roadmap adopted in 2022 between Chile and Peru.', '2024-02-21').map(
        (a) => `${a.title}: ${a.kind} ${a.status} ${a.date}`,
      ),
      ['Roadmap: roadmap signed 2022'],
    );
    // Rhetoric with no document: a road map for peace still to be worked out.
    assert.deepEqual(agreements('The leaders of Chile and Peru agreed to work out a roadmap for peace.', '2024-02-21'), []);
  });
  it('keeps apart two titles in capitals of different sentences, each with a subject word the other lacks ("a Shared Vision for Digital Partnership", "A Shared Vision on the Green Partnership")', () => {
    const got = agreements(
      'Chile and Peru exchanged several documents on Saturday. The agreements exchanged included a Shared Vision for Chile-Peru Digital Partnership. A Shared Vision on the Chile-Peru Green Partnership focused on the environment.',
      '2024-06-22',
    ).map((a) => a.title);
    assert.deepEqual(got, ['Shared Vision for Chile-Peru Digital Partnership', 'Shared Vision on the Chile-Peru Green Partnership']);
    // One title the shorter form of the other stays one document.
    assert.equal(
      agreements(
        'Chile and Peru signed the Joint Declaration on Comprehensive Strategic Partnership on Saturday. The Joint Declaration on Strategic Partnership opens a new era.',
        '2024-06-22',
      ).length,
      1,
    );
  });
  it('reads a list whose items are marked "(a) …; and (b) …", a title "Pursuant to Article 6 of the Paris Agreement", and the day of a meeting the paragraph reported a few sentences before the signing', () => {
    const got = agreements(
      'Foreign Minister Ana Soler of Chile is on an Official Visit to Peru from 6 to 8 April 2025.\n\n' +
        'Minister Soler had a meeting with and was hosted to lunch by Foreign Minister Luis Vega on 7 April 2025. Both Ministers reaffirmed the warm ties. Minister Vega welcomed the progress of trade. ' +
        'The Ministers also signed two Memoranda of Understanding on (a) the Establishment of a Mechanism of Political Consultations; and (b) International Development Cooperation. ' +
        '\n\nMinister Soler also met Environment Minister Jorge Prado. The Ministers also signed a bilateral Implementation Agreement Pursuant to Article 6 of the Paris Agreement.',
    ).map((a) => `${a.title}: ${a.date}`);
    // (The last, at a meeting of another paragraph that gives no day: the visit's first day.)
    assert.deepEqual(got, [
      'memorandum of understanding on the Establishment of a Mechanism of Political Consultations: 2025-04-07',
      'memorandum of understanding on International Development Cooperation: 2025-04-07',
      'Implementation Agreement Pursuant to Article 6 of the Paris Agreement: 2025-04-06',
    ]);
  });
  it('keeps documents signed after talks signed, whatever words for their preparation stand near them ("signed all the documents prepared for signing, including …")', () => {
    assert.deepEqual(
      agreements(
        'President Ana Soler of Chile held talks with President Luis Vega of Peru in Lima on Monday. After the talks, the two presidents signed all the documents prepared for signing, including an agreement on extradition.',
        '2024-05-07',
      ).map((a) => `${a.title}: ${a.status}`),
      ['agreement on extradition: signed'],
    );
  });
  it('ends an ordinal item\'s subject at a clause of reason ("Another one was on copper exploration as the two nations decided …") and reads "The other two pacts inked were in the fields of A and B"', () => {
    const got = agreements(
      'President Ana Soler of Chile held talks with President Luis Vega of Peru in Lima on Tuesday. The two sides signed four pacts. One was a letter of intent on Antarctica. ' +
        'Another one was on cooperation in the field of copper exploration as the two nations decided to work together on critical minerals, including lithium. The other two pacts inked were in the fields of culture and disaster management.',
      '2025-04-02',
    ).map((a) => a.title);
    assert.ok(got.includes('agreement on cooperation in the field of copper exploration'), JSON.stringify(got));
    assert.ok(got.includes('pact on culture') && got.includes('pact on disaster management'), JSON.stringify(got));
  });
  it('takes no document from deals signed with firms ("signing investment pacts worth $30 billion with Korean firms")', () => {
    assert.deepEqual(
      agreements(
        'The state visit comes a year after the Chilean President visited Peru and discussed energy, signing investment pacts worth $30 billion with Peruvian firms.',
        '2023-10-22',
      ),
      [],
    );
  });
  it('review of the seventeenth round: "such as the" ends no ordinal subject, a Title Case headline\'s "On"/"For" opens no title, alike names of one document two sentences apart with different statuses stay one, a quoted time is no subject, a signing with its own occasion keeps the visit\'s first day', () => {
    const titles = (text: string, published = '2024-05-07') => agreements(text, published).map((a) => a.title);
    assert.deepEqual(
      titles(
        'Chile and Peru signed four memoranda of understanding on Monday. The first concerns cooperation in fields such as the digital economy and tourism.',
      ),
      ['memorandum on cooperation in fields such as the digital economy and tourism'],
    );
    assert.deepEqual(
      titles('Chile, Peru Sign Agreement On Sidelines Of APEC Summit\n\nChile and Peru signed an agreement on fisheries on Saturday.', '2024-11-16'),
      ['agreement on fisheries'],
    );
    assert.equal(
      agreements(
        'Chile and Peru signed an Agreement on Visa Exemption for Holders of Diplomatic Passports in Lima on Monday. Under the Agreement on Visa Waiver for Diplomatic Passport Holders, diplomats may stay 90 days.',
        '2024-05-07',
      ).length,
      1,
    );
    assert.deepEqual(titles('Soler said Chile hoped to sign a trade agreement “in the coming weeks,” adding that talks went well.'), ['trade agreement']);
    assert.deepEqual(
      agreements(
        'Foreign Minister Ana Soler of Chile paid an official visit to Peru from 6 to 8 May 2024.\n\nMinister Soler had a meeting with President Dina Boluarte on 8 May. Both reaffirmed the warm ties. At the opening session of the visit, Minister Soler and Foreign Minister Luis Vega signed an agreement on tourism.',
        '2024-05-09',
      ).map((a) => a.date),
      ['2024-05-06'],
    );
  });
  it('reads "eight MoUs were prepared for signing during the state visit. These MoUs cover A and B" as planned for the visit\'s day', () => {
    assert.deepEqual(
      agreements(
        'President Ana Soler of Chile is on a state visit to Peru on January 29. In a press briefing on January 27, a spokesman announced that two new MoUs were prepared for signing during the state visit. These MoUs cover political consultations and diplomatic training.',
        '2025-01-29',
      ).map((a) => `${a.title}: ${a.status} ${a.date}`),
      ['MoU on political consultations: planned 2025-01-29', 'MoU on diplomatic training: planned 2025-01-29'],
    );
  });
  it('reads unmarked list lines under "The agreements are for:" and "The MoUs are for:", each of its own header\'s kind', () => {
    const got = agreements(
      'Chile and Peru have signed three agreements and two Memoranda of Understanding to expand cooperation.\nThey were signed in the presence of the two presidents.\nThe agreements are for:\nCooperation in the legal field\nPromotion and protection of mutual investments\nMaritime transport\nThe MoUs are for:\nCooperation in diplomatic training\nCooperation in sports and youth\nThe president had greeted the visitor at the gate with flowers.',
      '2024-04-23',
    ).map((a) => `${a.kind}: ${a.title}`);
    assert.deepEqual(got, [
      'agreement: agreement on cooperation in the legal field',
      'agreement: agreement on promotion and protection of mutual investments',
      'agreement: agreement on maritime transport',
      'memorandum: MoU on cooperation in diplomatic training',
      'memorandum: MoU on cooperation in sports and youth',
    ]);
  });
  it('takes up a counted list again at "The memorandums of understanding (MoUs) and agreements are related to A; B; C among others"', () => {
    const got = agreements(
      'Chile and Peru on Wednesday signed 37 MoUs and agreements across various sectors. President Soler said trade would grow. The two leaders also spoke to the press. ' +
        'The memorandums of understanding (MoUs) and agreements are related to petroleum and mining; maritime affairs; customs; railways among others.',
      '2024-02-05',
    ).map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(got, [
      'agreement on petroleum and mining: signed',
      'agreement on maritime affairs: signed',
      'agreement on customs: signed',
      'agreement on railways: signed',
    ]);
  });
});

describe('agreements: the eighteenth round (lists told by headers, bullets and repeated introducers)', () => {
  it('names dash lines under "arrangements on:" by the header\'s own word, ends each at the clause about it, and keeps a state adjective capitalised', () => {
    const got = agreements(
      '3 March 2021 - Prime Minister Ardern met Premier Li in Wellington today.\n\nAfter the talks the two leaders saw the signing of several arrangements.\n\nThese include arrangements on:\n\n- Expanding a Dairy Research Partnership that will support joint programmes in three regions\n- Chinese acceptance of New Zealand organic certificates\n',
    ).map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(got, [
      'arrangement on expanding a Dairy Research Partnership: signed',
      'arrangement on Chinese acceptance of New Zealand organic certificates: signed',
    ]);
  });
  it('ends a bulleted item at ", including …" or ", where …" and drops its article', () => {
    const got = agreements(
      'Chile and Korea signed six agreements during the visit on 4 May 2019.\nThe agreements signed by the two governments include:\n• Port development and logistics, including a new container terminal.\n• The accession of Chile to the Asian Infrastructure Fund, where it will hold a seat on the board.\n',
    ).map((a) => a.title);
    assert.deepEqual(got, ['agreement on port development and logistics', 'agreement on accession of Chile to the Asian Infrastructure Fund']);
  });
  it('reads "I was pleased to witness the signing of" as a signing seen, and "will witness the signing" as still to come', () => {
    const lead = 'Prime Minister Rutte met President Moon in Seoul on 2 July 2022.';
    assert.deepEqual(
      agreements(`${lead} Earlier today I was delighted to witness the signing of a cooperation agreement between the Netherlands and Korea on hydrogen.`).map(
        (a) => a.status,
      ),
      ['signed'],
    );
    assert.deepEqual(
      agreements(`${lead} Tomorrow the two leaders will witness the signing of a cooperation agreement between the Netherlands and Korea on hydrogen.`).map(
        (a) => a.status,
      ),
      ['planned'],
    );
  });
  it('takes "a number of agreements on development of bilateral cooperation in different fields" for a bundle, and reads the documents the next sentence names', () => {
    const got = agreements(
      'Mongolia and Belarus signed a number of agreements on development of bilateral cooperation in different fields after talks in Minsk on 4 June 2019. The parties signed an agreement on visa-free travel, an intergovernmental document on mutual protection of investments and deals on customs cooperation and youth exchanges.',
    ).map((a) => a.title);
    assert.deepEqual(got, [
      'agreement on visa-free travel',
      'intergovernmental document on mutual protection of investments',
      'deal on customs cooperation',
      'deal on youth exchanges',
    ]);
  });
  it('splits "memorandums on A and on B" where the introducer repeats, keeping the commas and the places inside each item', () => {
    const got = agreements(
      'Japan and India signed documents in Tokyo on 9 May 2018. Among the documents signed were memorandums on creating the Business Forum of Kyushu and the Kansai Region of Japan and on deepening regional, industrial and financial cooperation in Kyushu, as well as a programme for the development of trade in western Japan.',
    ).map((a) => a.title);
    assert.deepEqual(got, [
      'memorandum on creating the Business Forum of Kyushu and the Kansai Region of Japan',
      'memorandum on deepening regional, industrial and financial cooperation in Kyushu',
      'programme for the development of trade in western Japan',
    ]);
  });
  it('keeps "Chairs of Urdu and Persian Studies" one item of a list written in lower case', () => {
    const got = agreements(
      'Prime Minister Modi held talks with President Rajapaksa in Colombo on 3 March 2020. Agreements were also signed to strengthen cooperation in fisheries, customs training and the creation of two Chairs of Urdu and Persian Studies at the University of Colombo.',
    ).map((a) => a.title);
    assert.ok(got.includes('agreement on the creation of two Chairs of Urdu and Persian Studies'), JSON.stringify(got));
    assert.ok(!got.some((t) => /^agreement on Persian/.test(t)), JSON.stringify(got));
  });
  it('ends a subject at "as President X began his visit", and reads "another deal on A" as a document of its own kind', () => {
    const got = agreements(
      'Peru and Korea on Monday signed agreements on fisheries, mining and health as President Rosa Quispe began her state visit to Seoul. The two leaders then witnessed the signing of a three-year programme for mining cooperation and another deal on fisheries.',
      '2019-05-07',
    ).map((a) => a.title);
    assert.ok(!got.some((t) => /\bas\s+President\b/.test(t)), JSON.stringify(got));
    assert.ok(!got.some((t) => /^three-year programme on fisheries/.test(t)), JSON.stringify(got));
    assert.ok(got.includes('agreement on health'), JSON.stringify(got));
  });
  it('gives a counted plural "two MoUs concerning rail transport of containers and passengers" one document per object, and "the need to expedite" them is planned', () => {
    const got = agreements(
      'Prime Minister Sato held talks with Korean President Kim Min-ho in Busan on 3 June 2024. They stressed the need to expedite two memorandums of understanding (MoUs) concerning rail transport of containers and passengers.',
    ).map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(got, [
      'memorandum of understanding concerning rail transport of containers: planned',
      'memorandum of understanding concerning rail transport of passengers: planned',
    ]);
  });
  it('reads "The documents prepared for signing also include A and B" as planned, not signed', () => {
    const got = agreements(
      'HANOI, May 14. President Ivanov will spend a working day in Hanoi on Wednesday. The documents prepared for signing also include an Agreement on labour migration and a Protocol on customs cooperation.',
    ).map((a) => `${a.title}: ${a.status}`);
    assert.deepEqual(got, ['Agreement on labour migration: planned', 'Protocol on customs cooperation: planned']);
  });
  it('reads "The pacts included the establishment of A, an agreement for B, co-operation in C, an air service agreement and co-operation in D" item by item', () => {
    const got = agreements(
      'President Sall held talks with the Emir of Qatar in Doha on 9 May 2016. The two leaders attended a ceremony where the two countries inked five agreements.\n\nThe pacts included the establishment of a joint business council, an agreement for the avoidance of double taxation, co-operation in fisheries, an air service agreement and co-operation in higher education.',
    ).map((a) => a.title);
    assert.deepEqual(got.sort(), [
      'agreement for the avoidance of double taxation',
      'agreement on co-operation in fisheries',
      'agreement on co-operation in higher education',
      'agreement on establishment of a joint business council',
      'air service agreement',
    ]);
  });
  it('reads "is very interested in signing a free trade agreement" as planned', () => {
    assert.deepEqual(
      agreements(
        'President Sall held talks with the Emir of Qatar in Doha on 9 May 2016. Senegal is very interested in signing a free trade agreement with Qatar, he said.',
      ).map((a) => a.status),
      ['planned'],
    );
  });
  it('dates the documents of a visit by the day its two principals met ("… met on March 5"), and keeps an ordinal item\'s "MoU" as written', () => {
    const got = agreements(
      'Colombia and Vietnam exchanged 6 MoUs during Colombian President Laura Rojas’s three-day visit to Vietnam from March 4 to 6, 2024.\n\nAn MoU was signed on tourism. The fifth MoU is on Antarctic research.\n\nPresident Rojas and Vietnamese Prime Minister Pham Van Duc met for the third time on March 5.',
    ).map((a) => `${a.title}: ${a.date}`);
    assert.deepEqual(got, ['MoU on tourism: 2024-03-05', 'MoU on Antarctic research: 2024-03-05']);
  });
});

describe('agreements: the review of the eighteenth round (sentences a reviewer wrote against its rules)', () => {
  const DELHI = 'Prime Minister Narendra Modi held talks with President Cyril Ramaphosa in New Delhi on 10 January 2024.';
  const TASHKENT = 'President Shavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev in Tashkent on 22 December 2022.';
  const LUANDA = 'President Cyril Ramaphosa held talks with President Joao Lourenco in Luanda on 15 May 2023.';
  const titles = (text: string, published: string) => agreements(text, published).map((a) => a.title);
  it('keeps a signed document signed when its implementation is to be expedited, and a document inside a "which signed" clause signed', () => {
    assert.deepEqual(
      agreements(
        `${DELHI} The two sides also agreed to expedite the implementation of the Agreement on Customs Cooperation they signed in 2019.`,
        '2024-01-11',
      ).map((a) => `${a.status} ${a.date}`),
      ['signed 2019'],
    );
    assert.deepEqual(
      agreements(
        'President Sall held talks with the Emir of Qatar in Doha on 9 May 2016. Qatar, which signed an air service agreement with Senegal in 2014, is interested in signing a visa waiver agreement.',
        '2016-05-10',
      ).map((a) => `${a.title}: ${a.status}`),
      ['air service agreement: signed', 'visa waiver agreement: planned'],
    );
  });
  it('keeps a document titled "on the Development of Bilateral Cooperation in Various Fields"', () => {
    assert.deepEqual(
      titles(
        `${TASHKENT} Following the talks, the presidents signed an Agreement on the Development of Bilateral Cooperation in Various Fields.`,
        '2022-12-23',
      ),
      ['Agreement on the Development of Bilateral Cooperation in Various Fields'],
    );
  });
  it('keeps "and programmes for …" and "and contracts in …" inside a subject', () => {
    assert.equal(titles(`${TASHKENT} The sides signed a memorandum on student exchanges and programmes for young diplomats.`, '2022-12-23').length, 1);
    assert.equal(
      titles(`${TASHKENT} The sides signed an agreement on the mutual protection of investments and contracts in the energy sector.`, '2022-12-23').length,
      1,
    );
  });
  it('shares no head over objects that are not one kind ("the promotion and protection of investments and tourism")', () => {
    assert.deepEqual(titles(`${LUANDA} The two countries signed two agreements on the promotion and protection of investments and tourism.`, '2023-05-16'), [
      'agreement on the promotion and protection of investments',
      'agreement on tourism',
    ]);
  });
  it('splits capitalised fields ("the Blue Economy and Information Technology") and fields within a repeated introducer ("on trade, investment and tourism and on energy efficiency")', () => {
    assert.equal(
      titles(`${TASHKENT} The sides signed agreements in the fields of agriculture, the Blue Economy and Information Technology.`, '2022-12-23').length,
      3,
    );
    assert.deepEqual(titles(`${TASHKENT} The sides signed memorandums on trade, investment and tourism and on energy efficiency.`, '2022-12-23'), [
      'memorandum on trade',
      'memorandum on investment',
      'memorandum on tourism',
      'memorandum on energy efficiency',
    ]);
  });
  it('ends a subject at "and the Statute of …", the next document', () => {
    assert.deepEqual(
      titles(
        'President Ukhnaagiin Khurelsukh held talks with President Vladimir Putin in Moscow on 3 September 2024. The sides signed an agreement on trade and the Statute of the Intergovernmental Commission on Trade.',
        '2024-09-04',
      ),
      ['agreement on trade'],
    );
  });
  it('reads "I was very pleased to witness the signing" as signed and "We look forward to witnessing the signing" as planned', () => {
    assert.deepEqual(
      agreements(`${DELHI} I was very pleased to witness the signing of the Agreement on Migration and Mobility.`, '2024-01-11').map((a) => a.status),
      ['signed'],
    );
    assert.deepEqual(
      agreements(`${DELHI} We look forward to witnessing the signing of the Agreement on Migration and Mobility.`, '2024-01-11').map((a) => a.status),
      ['planned'],
    );
  });
  it('reads "Among the documents prepared for signing are A and B" as planned', () => {
    assert.deepEqual(
      agreements(
        'President Vladimir Putin held talks with President Shavkat Mirziyoyev in Tashkent on 27 May 2024. Among the documents prepared for signing are an agreement on the construction of a nuclear power plant and a memorandum on tourism.',
        '2024-05-28',
      ).map((a) => a.status),
      ['planned', 'planned'],
    );
  });
  it('keeps "as leaders in business" in a subject and ends one at "as Ramaphosa began a state visit"', () => {
    assert.deepEqual(titles(`${LUANDA} The two countries signed a memorandum on promoting women as leaders in business.`, '2023-05-16'), [
      'memorandum on promoting women as leaders in business',
    ]);
    assert.deepEqual(
      titles(`${LUANDA} The two countries signed agreements on tourism and agriculture as Ramaphosa began a two-day state visit.`, '2023-05-16'),
      ['agreement on tourism', 'agreement on agriculture'],
    );
  });
  it('dates no document of a visit by a follow-up meeting of ministers', () => {
    assert.deepEqual(
      agreements(
        "Colombia and Vietnam exchanged six MoUs during Colombian President Gustavo Petro's three-day visit to Vietnam from March 4 to 6, 2024. An MoU was signed on tourism.\n\nForeign Minister Alvaro Leyva and his Vietnamese counterpart Bui Thanh Son met on March 6 to review the implementation of the MoUs.",
        '2024-03-08',
      ).map((a) => a.date),
      ['2024-03-04'],
    );
  });
  it('keeps a subject whole over a serial comma ("on economic, commercial, and technical cooperation")', () => {
    assert.deepEqual(
      titles(`${LUANDA} The two countries signed a memorandum of understanding on economic, commercial, and technical cooperation.`, '2023-05-16'),
      ['memorandum of understanding on economic, commercial, and technical cooperation'],
    );
  });
  it('reads "The agreements included the areas of A, B, and a memorandum on C" as an agreement per area and the memorandum', () => {
    assert.deepEqual(
      titles(
        `${LUANDA} The two countries signed three agreements on Tuesday. The agreements included the areas of air services, mutual protection of investments, and a memorandum of understanding on cultural cooperation.`,
        '2023-05-17',
      ).sort(),
      ['agreement on air services', 'agreement on mutual protection of investments', 'memorandum of understanding on cultural cooperation'],
    );
  });
  it('reads "welcomed the adoption of the Joint Statement and the signing of the Agreement on …" as two documents signed', () => {
    const got = agreements(
      'Japanese Prime Minister Taro Sato met Peruvian President Ana Quispe in Lima on 17 November 2024. The two leaders welcomed the adoption of the Action Plan on trade and the signing of the Agreement on Visa Exemption.',
      '2024-11-18',
    );
    assert.deepEqual(
      got.map((a) => `${a.title} ${a.status}`),
      ['Action Plan on trade signed', 'Agreement on Visa Exemption signed'],
    );
    assert.deepEqual(
      agreements(`${LUANDA} The ministers look forward to the adoption of the Action Plan on trade.`, '2023-05-16').map((a) => a.status),
      ['planned'],
    );
  });
  it('reads "a memorandum that would boost cooperation in the X field" as a memorandum on that cooperation', () => {
    assert.deepEqual(titles(`${LUANDA} The two signed a memorandum of understanding that would boost cooperation in the fisheries field.`, '2023-05-16'), [
      'memorandum of understanding on cooperation in the fisheries field',
    ]);
  });
  it('reads "two memoranda aimed at enhancing A and bolstering B and C" as one on each aim, and a single aim as a bundle', () => {
    assert.deepEqual(
      titles(
        `${LUANDA} The leaders signed two memoranda of understanding aimed at enhancing political consultations and bolstering peace mediation and conflict resolution efforts.`,
        '2023-05-16',
      ),
      ['memorandum of understanding on political consultations', 'memorandum of understanding on peace mediation and conflict resolution efforts'],
    );
    assert.deepEqual(titles(`${LUANDA} The leaders signed agreements aimed at strengthening coordination.`, '2023-05-16'), []);
  });
  it('gives adjectives listed before one noun that noun each ("accords on economic, technical and medical cooperation")', () => {
    assert.deepEqual(titles(`${LUANDA} The two leaders signed a package of accords on economic, technical, cultural and medical cooperation.`, '2023-05-16'), [
      'accord on economic cooperation',
      'accord on technical cooperation',
      'accord on cultural cooperation',
      'accord on medical cooperation',
    ]);
    assert.deepEqual(titles(`${LUANDA} They signed agreements on agricultural, industrial, and medical research.`, '2023-05-16'), [
      'agreement on agricultural research',
      'agreement on industrial research',
      'agreement on medical research',
    ]);
  });
  it('dates documents "signed today" by a caption line that closes with the day it shows, when the page gives no date', () => {
    const text = [
      'Prime Minister Edi Krasniqi has begun an official visit to Ankara, welcomed by Turkish President Recep Tayyip Erdogan.',
      'Krasniqi and Erdogan sign one of the agreements, February 20, 2024',
      'Agreements signed today between Albania and Turkey include an agreement on the status of the cultural centre.',
    ].join('\n');
    assert.deepEqual(
      agreements(text).map((a) => a.date),
      ['2024-02-20'],
    );
  });
  it('reads "Agreements signed during the visit were on A; B, and in C" as one agreement per subject, with no stray comma', () => {
    assert.deepEqual(
      titles(
        `${LUANDA} Agreements signed during the visit were on visa-free entry for diplomatic passport holders; cooperation in customs matters, and in science and technology.`,
        '2023-05-16',
      ),
      ['agreement on visa-free entry for diplomatic passport holders', 'agreement on cooperation in customs matters', 'agreement on science and technology'],
    );
  });
  it('reads "a Convention with Respect to Taxes on Income" as a titled document', () => {
    assert.deepEqual(
      titles(
        `${LUANDA} The following agreements were signed: a Convention with Respect to Taxes on Income and Property, and a Civil Air Transport Agreement.`,
        '2023-05-16',
      ),
      ['Convention with Respect to Taxes on Income and Property', 'Civil Air Transport Agreement'],
    );
  });
  it('reads "struck a deal on A, B, C and D, among others" as one deal per subject, and a singular deal on a list without it as one', () => {
    assert.deepEqual(
      titles(`${LUANDA} The administration struck a deal on wildlife conservation, mining, youth development and agriculture, among others.`, '2023-05-16'),
      ['deal on wildlife conservation', 'deal on mining', 'deal on youth development', 'deal on agriculture'],
    );
    assert.deepEqual(titles(`${LUANDA} The two countries signed an agreement on trade, investment and tourism.`, '2023-05-16'), [
      'agreement on trade, investment and tourism',
    ]);
  });
});
