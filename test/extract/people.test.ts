import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';
import { nameKey, namesCompatible } from '../../src/names/names.js';

const people = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).people.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role, country: p.country }));

describe('people', () => {
  it('reads two particles inside a name ("Juan Pablo de la Torre", "Ilse von der Linden") and gives the head of an international body no state, even in the city that hosts it', () => {
    assert.deepEqual(
      people('European Commission President Ilse von der Linden met Chilean Foreign Minister Juan Pablo de la Torre in Brussels on Friday.', '2025-08-03').map(
        (p) => `${p.name} ${p.country}`,
      ),
      ['Ilse von der Linden null', 'Juan Pablo de la Torre CHL'],
    );
    // A former leader the knowledge table holds, now the head of a body: the body's office, no state.
    assert.deepEqual(
      people('NATO Secretary General Mark Rutte met Chilean Foreign Minister Juan Pablo de la Torre in Brussels on Friday.', '2025-08-03').map(
        (p) => `${p.name} ${p.role} ${p.country}`,
      ),
      ['Mark Rutte Secretary General null', 'Juan Pablo de la Torre Foreign Minister CHL'],
    );
  });
  it('gives a national agency\'s minister met abroad the agency\'s state, not a counterpart\'s ("New York (TASR) - … his counterparts from A, B and C"; "The Algerian minister" is the counterpart)', () => {
    const text =
      'New York, September 26 (TASR) - Foreign Affairs Minister Jan Novak on Wednesday held bilateral talks with his counterparts from Algeria, Jordan and Uzbekistan. The Algerian minister announced that his country will open an embassy in Bratislava. Novak and his Uzbekistani counterpart signed an agreement on economic cooperation. Novak supports a two-state solution to the Israeli-Palestinian conflict.';
    const got = extractText('t.txt', text, { published: '2024-09-26' });
    assert.deepEqual(
      got.people.map((p) => [p.name, p.country]),
      [['Jan Novak', 'SVK']],
    );
    assert.ok(
      got.events.every((e) => e.countries.includes('SVK') && !e.countries.includes('ISR')),
      JSON.stringify(got.events.map((e) => e.countries)),
    );
  });
  it("gives an official of no stated state whom a visit's traveller meets the visited state, and no reference of another office", () => {
    const got = people(
      'Chilean Undersecretary Ana Soler is leading a delegation on a three-day visit to Peru. The delegation also called on State Minister of Foreign Affairs Luis Marca at his office today. During the meeting, the Chilean Undersecretary handed over a message. Later, during this first visit from Chile to Peru, Soler met with Foreign Minister Jorge Vega.',
      '2022-07-12',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'Luis Marca PER', 'Jorge Vega PER'],
    );
  });
  it('reads "Foreign Minister Park Jin" (a family name that is also a word) and "the Vice President of the United States (US), Name"', () => {
    assert.deepEqual(
      people(
        'Foreign Minister Park Jin of South Korea attended the lunch hosted by the Vice President of the United States (US), Kamala Harris, in the Olympic Park.',
        '2023-11-17',
      ).map((p) => `${p.name} ${p.country} ${p.role}`),
      ['Park Jin KOR Foreign Minister', 'Kamala Harris USA Vice President'],
    );
  });
  it('gives a delegation listed after "accompanied by eight Cabinet members. They are …" the state of the one accompanied, found by "Mr" and a family name written first', () => {
    const got = people(
      'Singapore Prime Minister Lee Hsien Loong will visit Indonesia on 28 April. For the trip, Mr Lee will be accompanied by eight Cabinet members. They are Deputy Prime Minister Lawrence Wong, Defence Minister Ng Eng Hen and Manpower Minister Tan See Leng.',
      '2024-04-25',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country} ${p.role}`),
      [
        'Lee Hsien Loong SGP Prime Minister',
        'Lawrence Wong SGP Deputy Prime Minister',
        'Ng Eng Hen SGP Defence Minister',
        'Tan See Leng SGP Manpower Minister',
      ],
    );
  });
  it('reads a monarch\'s title word after an office as a given name ("Foreign Minister Amir Khan Muttaqi"), "Mawlawi" and "Lord" as courtesies, and "the Peoples Republic of China" without its apostrophe', () => {
    const got = people(
      'Afghan Acting Foreign Minister Mawlawi Amir Khan Muttaqi met the Foreign Minister of the Peoples Republic of China, Qin Gang, in Islamabad on Friday.',
      '2023-05-06',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country} ${p.role}`),
      ['Amir Khan Muttaqi AFG Acting Foreign Minister', 'Qin Gang CHN Foreign Minister'],
    );
    assert.deepEqual(
      people('British Trade Minister Lord Dominic Johnson visited Kuwait on Monday.', '2023-05-06').map((p) => p.name),
      ['Dominic Johnson'],
    );
  });
  it('reads a portfolio in lower case before "minister" ("Serbia\'s EU affairs minister"), the aide of a possessor before a comma, one "Locsin Jr." and no person in "Group General Manager" or "the Government of National Unity"', () => {
    const got = people(
      [
        'President Ana Soler of Chile met President Luis Quispe of Peru in Lima on 3 May.',
        "Ruth Vega, Chile's EU affairs minister, attended, according to Soler's foreign affairs adviser, Mario Rojas.",
        'Foreign Secretary Teodoro Locsin Jr. of the Philippines attended. Locsin Jr. said ties were good.',
        'The Group General Manager of the company attended, as did the Prime Minister of the Government of National Unity (GNU).',
      ].join(' '),
      '2024-05-04',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country} ${p.role}`),
      [
        'Ana Soler CHL President',
        'Luis Quispe PER President',
        'Ruth Vega CHL EU affairs minister',
        'Mario Rojas CHL foreign affairs adviser',
        'Teodoro Locsin Jr. PHL Foreign Secretary',
      ],
    );
  });
  it('gives the visited state to hosts met with the day and office between ("received Monday by the leader of …, X, and the president, Y"; "met with its president, Z") and to the guest\'s counterpart', () => {
    const got = people(
      [
        'Havana, May 21 - Vietnamese Foreign Minister Pham Van Long has concluded his official visit to Cuba.',
        'He was received Monday by the leader of the ruling party, Ramon Alvarez Gil, and the president, Mario Ortega Ruiz.',
        'He also visited the National Assembly and met with its president, Luis Fuentes Mora.',
        'The distinguished guest signed with his counterpart Jose Prieto Vidal an agreement of political consultations.',
      ].join('\n\n'),
      '2019-05-21',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country}`),
      ['Pham Van Long VNM', 'Mario Ortega Ruiz CUB', 'Luis Fuentes Mora CUB', 'Jose Prieto Vidal CUB'],
    );
  });
  it('gives a signatory the state it signs "on behalf of", over a state named nearer to the name', () => {
    const got = people(
      'The memorandum was signed on behalf of the government of Kuwait by Deputy Prime Minister and Minister of Oil Saad Al-Barrak, and on behalf of the government of the United Kingdom by Trade Minister Dominic Johnson.',
      '2023-08-29',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country}`),
      ['Saad Al-Barrak KWT', 'Dominic Johnson GBR'],
    );
  });
  it('takes no firm named as the subject of a verb ("Cove Capital agreed", "Virunga Power announced") and no headline verb ("… Sends Letter") as a person', () => {
    assert.deepEqual(
      people('Cove Capital agreed to invest in Chile. Virunga Power announced a plant in Peru. President Ana Soler Sends Letter to Peru.', '2024-05-04').map(
        (p) => p.name,
      ),
      ['Ana Soler'],
    );
  });
  it('gives the leader of "the delegation from X, led by Y" the state X, and an office "of the Republic" the state of the President of the Republic', () => {
    const got = people(
      [
        'The President of the Republic of Chile, Ana Soler, received the official delegation from the Republic of Peru, led by Luis Quispe Mora, Minister for Defence, at the palace on Monday.',
        'The meeting was also attended by the Vice-President of the Republic, Mario Ortega Ruiz.',
      ].join(' '),
      '2024-02-27',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'Luis Quispe Mora PER', 'Mario Ortega Ruiz CHL'],
    );
  });
  it('reads no initial from an honorific of two letters before a name with no title ("Following that, H. E. Obiang Nguema received …")', () => {
    assert.deepEqual(
      people(
        'The President of the Republic, H. E. Obiang Nguema Mbasogo, met the minister. Following that, H. E. Obiang Nguema Mbasogo received the envoy.',
        '2024-02-26',
      ).map((p) => p.name),
      ['Obiang Nguema Mbasogo'],
    );
  });
  it('reads an abbreviated title opening a sentence ("PM Modi, who …") without reading before the first word', () => {
    assert.deepEqual(
      people('PM Modi, who arrived in Port of Spain on 3 July, met Prime Minister Kamla Persad-Bissessar.', '2025-07-04').map(
        (p) => `${p.name} ${p.country} ${p.role}`,
      ),
      ['Kamla Persad-Bissessar TTO Prime Minister', 'Modi IND Prime Minister'],
    );
  });
  it('gives no leader of another state to a single word that is also a given name ("President Sheikh Mohamed" is not Somalia\'s Mohamed)', () => {
    const got = people(
      'President Sheikh Mohamed and French President Emmanuel Macron met in Paris on Monday. The Emirates and France signed a memorandum on space.',
      '2022-07-19',
    );
    // (The pair's other state, as the other of two who met: not Somalia.)
    assert.deepEqual(got.find((p) => p.name === 'Mohamed')?.country, 'ARE');
    // … still the leader of a state the text is about.
    assert.equal(
      people('President Mohamed of Somalia and President Ruto of Kenya met on Monday.', '2022-01-10').find((p) => p.name === 'Mohamed')?.country,
      'SOM',
    );
  });
  it('reads a family name in capitals after the given name before a comma ("Soudaphone KHOMTHAVONG, Director General …"), and no acronym as one', () => {
    const got = people(
      'The memorandum was signed by Soudaphone KHOMTHAVONG, Director General of Customs, and by Ana Soler, Minister of Chile, at the ASEAN summit.',
      '2024-01-01',
    );
    assert.deepEqual(
      got.map((p) => p.name),
      ['Soudaphone KHOMTHAVONG', 'Ana Soler'],
    );
  });
  it('reads "Minister of Higher Education and Scientific Research Name" with the whole portfolio', () => {
    assert.deepEqual(
      people('Egyptian Minister of Higher Education and Scientific Research Khaled Abdel Ghaffar signed the memorandum.', '2022-03-10').map(
        (p) => `${p.name}: ${p.role}`,
      ),
      ['Khaled Abdel Ghaffar: Minister of Higher Education and Scientific Research'],
    );
  });
  it('reads "Name, the Special Adviser to the President on Media", and no state\'s name as a name after an office', () => {
    const got = people(
      'A statement was released by Femi Adesina, the Special Adviser to the President on Media. The Ambassador Extraordinary and Plenipotentiary of the Socialist Republic of Viet Nam attended.',
      '2024-01-01',
    );
    assert.deepEqual(
      got.map((p) => `${p.name}: ${p.role}`),
      ['Femi Adesina: Special Adviser to the President on Media'],
    );
  });
  it('reads "Minister of Public Works & Services Name" with the whole portfolio, and no person from "General Motors"', () => {
    assert.deepEqual(
      people(
        'The Minister of Public Works & Services Ana Soler met executives of General Motors. The Minister of Health and Social Services; Hon. Luis Marca attended.',
        '2024-01-01',
      ).map((p) => `${p.name}: ${p.role}`),
      ['Ana Soler: Minister of Public Works & Services', 'Luis Marca: null'],
    );
  });
  it('takes no person from a plural office ("the deputy PMs", "Customs General Administrations"), an event or cause after a title word, or a headline verb', () => {
    assert.deepEqual(
      people(
        'Chile, Peru Leaders Affirm Partnership\n\nThe two deputy PMs signed a protocol, and the Customs General Administrations of both countries agreed to share data. President Ana Soler of Chile spoke at the General Debate and met Luis Marca, Special Envoy for Climate Change of Peru.',
        '2025-01-10',
      ).map((p) => `${p.name}: ${p.role}`),
      ['Ana Soler: President', 'Luis Marca: Special Envoy for Climate Change of Peru'],
    );
  });
  it('reads "Honorable" as a courtesy, and a nationality adjective between a title and a name as the title\'s state', () => {
    assert.deepEqual(
      people('The President of Chile, Honorable Ana Soler, met President Peruvian Luis Marca in Lima.', '2025-01-10').map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'Luis Marca PER'],
    );
  });
  it('takes no person from a handle ("@MarkJCarney"), a possessive title ("Foreign Minister\'s Opening Remarks") or "Leaders Dialogue"', () => {
    assert.deepEqual(
      people(
        'Foreign Minister\'s Opening Remarks to the Chile-Peru Strategic Dialogue. "I joined President @AnaSoler and Minister @LuisMarca today," said President Ana Soler of Chile. She attended the 3rd Chile-Peru Leaders Dialogue.',
        '2025-01-10',
      ).map((p) => p.name),
      ['Ana Soler'],
    );
  });
  it('gives the names after "Russian and Belarusian presidents," the coordinated states in order, and reads "Role, Name on Tuesday met"', () => {
    assert.deepEqual(
      people('The talks between Chilean and Peruvian presidents, Ana Soler and Luis Marca, took place in Lima.', '2023-06-12').map((p) => [p.name, p.country]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Marca', 'PER'],
      ],
    );
    assert.deepEqual(
      people('The Chilean, Bolivian and Peruvian foreign ministers, Ana Soler, Jorge Quispe and Luis Marca, met in Lima.', '2023-06-12').map((p) => p.country),
      ['CHL', 'BOL', 'PER'],
    );
    // One adjective before a plural title: every name is of that state.
    assert.deepEqual(
      people('The Chilean ministers, Ana Soler and Luis Marca, met in Lima.', '2023-06-12').map((p) => p.country),
      ['CHL', 'CHL'],
    );
    assert.deepEqual(
      people('Chilean Deputy Prime Minister and Minister of Industry and Trade, Ana Maria Soler on Tuesday met the Peruvian delegation.', '2023-06-12').map(
        (p) => [p.name, p.role, p.country],
      ),
      [['Ana Maria Soler', 'Deputy Prime Minister and Minister of Industry and Trade', 'CHL']],
    );
  });
  it('does not give the host who receives a visitor the visitor\'s state ("the Chilean President was received by Minister X")', () => {
    assert.deepEqual(
      people('The Chilean President was received by Deputy Prime Minister for Defence Affairs Rosa Vidal at the airport.', '2023-06-12').map((p) => [
        p.name,
        p.country,
      ]),
      [['Rosa Vidal', null]],
    );
    // The visitor's own minister, named with the state, keeps it.
    assert.deepEqual(
      people('The Chilean Foreign Minister Ana Soler was received at the airport.', '2023-06-12').map((p) => [p.name, p.country]),
      [['Ana Soler', 'CHL']],
    );
  });
  it('takes the office, not the royal rank, as the role ("Prince X, Minister of Energy", "the Minister of National Guard, Prince X"), and merges "X bin Y" into the full lineage', () => {
    const named = (text: string) => people(text, '2025-06-10').map((p) => [p.name, p.role]);
    assert.deepEqual(named('Prince Faisal bin Khalid, Minister of Energy, attended the talks with the French delegation.'), [
      ['Faisal bin Khalid', 'Minister of Energy'],
    ]);
    assert.deepEqual(named('Present were the Saudi Minister of National Guard, Prince Abdullah bin Bandar bin Abdulaziz, and senior officials.'), [
      ['Abdullah bin Bandar bin Abdulaziz', 'Minister of National Guard'],
    ]);
    assert.deepEqual(
      named(
        'His Royal Highness Prince Faisal bin Khalid bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call from President Jean Dupont of France. Prince Faisal bin Khalid and President Dupont also exchanged views.',
      ),
      [
        ['Faisal bin Khalid bin Abdulaziz Al Saud', 'Crown Prince and Prime Minister'],
        ['Jean Dupont', 'President'],
      ],
    );
  });
  it('reads a name after "Role, honorific Name," when a sentence adverb or a possessive opens the role, and after a plural role with its portfolio', () => {
    const named = (text: string) => people(text).map((p) => [p.name, p.role]);
    assert.deepEqual(named('Meanwhile, International Trade and Industry Minister, Datuk Seri Aziz Rahman, said exports grew.'), [
      ['Aziz Rahman', 'International Trade and Industry Minister'],
    ]);
    assert.deepEqual(named('According to a statement by his spokesman, Malam Bello Sani, the talks went well.'), [['Bello Sani', 'Spokesman']]);
    assert.deepEqual(named("The two countries' Interior Ministers, Ivan Horvat and Marko Petrović, signed the protocol."), [
      ['Ivan Horvat', 'Interior Minister'],
      ['Marko Petrović', 'Interior Minister'],
    ]);
    // A plural role with no portfolio before a list of common nouns names nobody.
    assert.deepEqual(named('Ministers, ambassadors and businessmen attended the forum.'), []);
  });
  it('gives the members of "the Croatian delegation … consists of" the state named with it, each with a long portfolio', () => {
    const text =
      'The Croatian delegation, led by Prime Minister Ivo Kovač, consists of the Minister of Finance Petar Jordan, the Minister of Agriculture, Forestry and Water Management Ana Horvat and the Minister for Human and Minority Rights and Social Dialogue Luka Babić.';
    assert.deepEqual(
      people(text, '2024-11-14').map((p) => [p.name, p.role, p.country]),
      [
        ['Ivo Kovač', 'Prime Minister', 'HRV'],
        ['Petar Jordan', 'Minister of Finance', 'HRV'],
        ['Ana Horvat', 'Minister of Agriculture, Forestry and Water Management', 'HRV'],
        ['Luka Babić', 'Minister for Human and Minority Rights and Social Dialogue', 'HRV'],
      ],
    );
    // A state after a title and a given name that closes the mention is a family name, and names no state.
    assert.ok(!extractText('t.txt', text, { published: '2024-11-14' }).events.some((e) => e.countries.includes('JOR')));
  });
  it('reads "the prime minister\'s Press Secretary X" as X the Press Secretary, not a prime minister', () => {
    const text =
      "Prime Minister Farida Rahman of Bangladesh held talks with Sri Lankan Prime Minister Ravi Perera, the prime minister's Press Secretary Anwar Karim said.";
    const karim = people(text, '2021-03-20').find((p) => p.name === 'Anwar Karim');
    assert.equal(karim?.role, 'Press Secretary');
  });
  it('reads an Arabic family name written without its article as the same person ("al-Hashimi … Hashimi said")', () => {
    const text =
      'Egyptian President Karim Adel al-Hashimi met with his Tunisian counterpart Sami Ben Youssef. Hashimi also met with Lebanese Prime Minister Nabil Haddad.';
    const facts = extractText('t.txt', text, { published: '2024-05-10' });
    assert.deepEqual(
      facts.people.map((p) => p.name),
      ['Karim Adel al-Hashimi', 'Sami Ben Youssef', 'Nabil Haddad'],
    );
    assert.ok(
      facts.events.some((e) => e.countries.join('+') === 'EGY+LBN'),
      JSON.stringify(facts.events.map((e) => e.countries)),
    );
  });
  it('reads the office before a comma over a rank before the name ("the Spokesman for the Presidency, Ambassador X")', () => {
    const call = 'President Luis Benitez of Paraguay received a phone call from Prime Minister Ana Soler of Spain.';
    assert.deepEqual(
      people(`${call} The Spokesman for the Presidency, Ambassador Jorge Ruiz, said the two sides reviewed relations.`).map((p) => [p.name, p.role, p.country]),
      [
        ['Luis Benitez', 'President', 'PRY'],
        ['Ana Soler', 'Prime Minister', 'ESP'],
        ['Jorge Ruiz', 'Spokesman for the Presidency', 'PRY'],
      ],
      'a spokesperson speaks for the first leader',
    );
    assert.deepEqual(
      people(`${call} Foreign Minister Rosa Vera, Ambassador Jorge Ruiz and others attended.`).map((p) => [p.name, p.role]),
      [
        ['Luis Benitez', 'President'],
        ['Ana Soler', 'Prime Minister'],
        ['Rosa Vera', 'Foreign Minister'],
        ['Jorge Ruiz', 'Ambassador'],
      ],
      'a list of titled names: each keeps its own title',
    );
    assert.deepEqual(
      people('Minister of the Presidency Rosa Vera met the delegation.').map((p) => [p.name, p.role]),
      [['Rosa Vera', 'Minister of the Presidency']],
    );
  });
  it("gives the publisher's state to an official with none, unless the text has the official travel there", () => {
    const lead = 'Jakarta (ANTARA) - President Budi Santoso received Peruvian Prime Minister Ana Vera at the palace in Jakarta on Thursday (May 15).';
    const countryOf = (text: string): string | null | undefined => people(text, '2025-05-16').find((p) => p.name === 'Jorge Ruiz')?.country;
    assert.equal(countryOf(`${lead} Defence Minister Jorge Ruiz attended the talks.`), 'IDN', 'the agency is Indonesian');
    assert.equal(countryOf(`${lead} Santoso said Defence Minister Jorge Ruiz would visit Jakarta soon.`), 'PER', 'a visitor to Jakarta: the other side');
    assert.equal(
      countryOf(`${lead} Defence Minister Jorge Ruiz will visit Lima next month.`),
      'IDN',
      'a journey to the other state says nothing against the home one',
    );
  });
  it("reads an embassy's ranks (counsellor, secretaries, attachés) as roles, with the embassy's state", () => {
    assert.deepEqual(
      people('"Our exporters see a gateway to the region," said Jomo Kariuki, Commercial Counsellor of the Embassy of Kenya in Tashkent.').map((p) => [
        p.name,
        p.role,
        p.country,
      ]),
      [['Jomo Kariuki', 'Commercial Counsellor of the Embassy of Kenya', 'KEN']],
    );
    assert.deepEqual(
      people('Military Attaché Ana Soler of the Chilean embassy attended the ceremony.').map((p) => [p.name, p.role, p.country]),
      [['Ana Soler', 'Military Attaché', 'CHL']],
    );
  });
  it('keeps each role with its own name along a delegation list of mixed shapes', () => {
    const text =
      'President Ana Soler of Chile arrived in Lima. Speaker of the Chamber of Deputies, Jorge Ruiz, Minister of Foreign Affairs Ambassador Rosa Vera, Government Secretary of Modernization Pablo Mena, Government Secretary of Agriculture, Luis Pardo, and senior officials are accompanying President Soler.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.role]),
      [
        ['Ana Soler', 'President'],
        ['Jorge Ruiz', 'Speaker of the Chamber of Deputies'],
        ['Rosa Vera', 'Minister of Foreign Affairs'],
        ['Pablo Mena', 'Government Secretary of Modernization'],
        ['Luis Pardo', 'Government Secretary of Agriculture'],
      ],
    );
  });
  it('gives the one who receives a foreign envoy the state the envoy is accredited to', () => {
    assert.deepEqual(
      people(
        'Credentials of the new British Ambassador\n\nDeputy Prime Minister and Minister of Foreign Affairs, Rosa Vera, received today a copy of the credentials of the new British Ambassador to Peru, John Smith.',
      ).map((p) => [p.name, p.country]),
      [
        ['Rosa Vera', 'PER'],
        ['John Smith', 'GBR'],
      ],
    );
    const list =
      'The delegation headed by the Prime Minister consists of Minister of Health Rosa Vera, Minister of Energy Jorge Ruiz and Ambassador of Chile to Peru John Smith.';
    assert.ok(
      people(`President of Chile Ana Soler arrived in Lima. ${list}`).every((p) => p.country !== 'PER'),
      "a delegation's own ambassador to the host does not make its members the host's",
    );
  });
  it('does not read the PM of a time of day as a prime minister', () => {
    assert.deepEqual(
      people('Updated: 2/17/2019 1:44:31 PM Politics\n\nPresident Ana Soler met PM Luis Quispe in Lima.').map((p) => [p.name, p.role]),
      [
        ['Ana Soler', 'President'],
        ['Luis Quispe', 'Prime Minister'],
      ],
    );
  });
  it('does not read a name the end of an excerpt cuts in two', () => {
    const lead = 'Prime Minister Ana Soler of Chile met President Luis Benitez of Paraguay in Santiago on 3 May 2024.';
    assert.deepEqual(
      people(`${lead}\nBesides trade, PM Ben`).map((p) => p.name),
      ['Ana Soler', 'Luis Benitez'],
      'the text stops mid-word: "Ben" is the beginning of a name',
    );
    assert.deepEqual(
      people(`${lead}\nThe talks were followed by a press conference with Minister Jorge Ruiz.`).map((p) => p.name),
      ['Ana Soler', 'Luis Benitez', 'Jorge Ruiz'],
      'a last sentence that ends with its stop is whole',
    );
    assert.deepEqual(
      people(`Minister Jorge Ruiz\n${lead}`).map((p) => p.name),
      ['Jorge Ruiz', 'Ana Soler', 'Luis Benitez'],
      'a line without a stop that is not the end of the text is whole',
    );
    assert.deepEqual(
      people('Minister Jorge Ruiz Meets President Luis Benitez').map((p) => p.name),
      ['Jorge Ruiz', 'Luis Benitez'],
      'a headline alone is whole',
    );
  });
  it('reads titles before names, with the country they carry', () => {
    assert.deepEqual(people('Kazakh Foreign Minister Murat Nurtleu met Uzbek Prime Minister Abdulla Aripov.'), [
      { name: 'Murat Nurtleu', aliases: [], role: 'Foreign Minister', country: 'KAZ' },
      { name: 'Abdulla Aripov', aliases: [], role: 'Prime Minister', country: 'UZB' },
    ]);
  });
  it("reads a state's name between a title and a name as the title's complement, not as a given name", () => {
    assert.deepEqual(
      people('A call took place between President Paraguay Luis Benitez and President of Chile Ana Soler.').map((p) => [p.name, p.role, p.country]),
      [
        ['Luis Benitez', 'President', 'PRY'],
        ['Ana Soler', 'President', 'CHL'],
      ],
    );
    assert.deepEqual(
      people('Ambassador Jordan Smith presented his credentials.').map((p) => p.name),
      ['Jordan Smith'],
      'one name word after it: a given name',
    );
  });
  it('reads a plural title over names that each carry their state ("Presidents A of X and B of Y")', () => {
    assert.deepEqual(
      people('Presidents Luis Benitez of Paraguay and Ana Soler of Chile signed a joint declaration.').map((p) => [p.name, p.role, p.country]),
      [
        ['Luis Benitez', 'President', 'PRY'],
        ['Ana Soler', 'President', 'CHL'],
      ],
    );
  });
  it("takes a person's state from the body named after the name, and keeps a role that ends in an organisation", () => {
    assert.deepEqual(
      people('Assistant Secretary for Trade Ana Reyes, U.S. Department of Commerce, signed the memorandum.').map((p) => [p.name, p.country]),
      [['Ana Reyes', 'USA']],
    );
    const [crownPrince] = people(
      'Sheikh Hamad bin Khalid Al Thani, Crown Prince of Qatar and Deputy Supreme Commander of the Qatari Armed Forces, received the minister.',
    );
    assert.equal(crownPrince!.role, 'Crown Prince of Qatar and Deputy Supreme Commander of the Qatari Armed Forces');
  });
  it("reads a given name used alone for the one person who bears it, and lends that person's state to those accompanying", () => {
    const text =
      'Prime Minister of Malaysia Anwar Ibrahim arrived in Nanning. Anwar was accompanied on his visit by Trade Minister Ahmad Zaki and Deputy Foreign Minister Siti Aminah.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.country]),
      [
        ['Anwar Ibrahim', 'MYS'],
        ['Ahmad Zaki', 'MYS'],
        ['Siti Aminah', 'MYS'],
      ],
    );
    const two = 'President Ahmad Karimov of Uzbekistan met President Ahmad Suleimenov of Kazakhstan. Ahmad said the talks went well.';
    assert.ok(
      people(two).every((p) => p.name !== 'Ahmad'),
      'a given name two people bear points at neither',
    );
  });
  it('keeps a minister’s portfolio and an ambassador’s accreditation in the role', () => {
    const got = people(
      'Ambassador Extraordinary and Plenipotentiary of Hungary to Kazakhstan Zoltan Varga met Minister of Trade and Integration Arman Shakkaliyev.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role, p.country]),
      [
        ['Zoltan Varga', 'Ambassador Extraordinary and Plenipotentiary of Hungary to Kazakhstan', 'HUN'],
        // The envoy is accredited to Kazakhstan: the minister he meets serves it.
        ['Arman Shakkaliyev', 'Minister of Trade and Integration', 'KAZ'],
      ],
    );
  });
  it('keeps the portfolios of production, energy transition and the like in the role, and the name after it', () => {
    const got = people(
      'The deal was signed by the Minister of Production, Foreign Trade, Investment and Fisheries, Ana Soler, and by the Minister of Energy Transition and Sustainable Development, Luis Quispe.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Ana Soler', 'Minister of Production, Foreign Trade, Investment and Fisheries'],
        ['Luis Quispe', 'Minister of Energy Transition and Sustainable Development'],
      ],
    );
  });
  it("keeps a leader's family name alone as the subject of a verb when the world knows that leader in office, of a state the text names", () => {
    const text =
      'Russia and Ukraine held talks in Istanbul. Putin decided not to attend. Zelenskyy, meanwhile, spoke with European leaders. Mendoza declined to comment.';
    assert.deepEqual(
      people(text, '2025-05-16').map((p) => [p.name, p.role, p.country]),
      [
        ['Putin', 'President', 'RUS'],
        ['Zelenskyy', 'President', 'UKR'],
      ],
    );
    // … also the first of two subjects.
    assert.deepEqual(
      people('Armenia and Azerbaijan signed the border regulation. Aliyev and Pashinyan met in Kazan on October 24.', '2024-10-25').map((p) => [
        p.name,
        p.country,
      ]),
      [
        ['Aliyev', 'AZE'],
        ['Pashinyan', 'ARM'],
      ],
    );
    // Not before the leader took office, nor beside the full name written family name first.
    assert.deepEqual(
      people(text, '2015-05-16').map((p) => p.name),
      ['Putin'],
    );
    assert.deepEqual(
      people('Xi Jinping received the Chilean President in Beijing. Xi said China values the relationship.', '2023-10-17').map((p) => p.name),
      ['Xi Jinping'],
    );
  });
  it('gives a name listed before a titled person no role of that person ("A, Defense Minister B and …"), and reads "Head of the Presidential Office"', () => {
    assert.deepEqual(
      people('The Ukrainian delegation included Ana Soler, Defense Minister Luis Quispe and Head of the Presidential Office Juan Mora.', '2025-05-16').map(
        (p) => [p.name, p.role],
      ),
      [
        ['Ana Soler', null],
        ['Luis Quispe', 'Defense Minister'],
        ['Juan Mora', 'Head of the Presidential Office'],
      ],
    );
  });
  it('reads the state after "for" in an envoy\'s title as the remit, not the state served', () => {
    assert.deepEqual(
      people(
        'Russia and Ukraine held talks in Istanbul, attended by US Special Envoy for Ukraine Ana Soler and Special Representative for Ukraine Luis Quispe of the United States.',
        '2025-05-16',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Ana Soler', 'Special Envoy for Ukraine', 'USA'],
        ['Luis Quispe', 'Special Representative for Ukraine', 'USA'],
      ],
    );
  });
  it('takes no section label glued before a headline into a name ("Politics Soler met with …")', () => {
    assert.deepEqual(
      people(
        'Politics Soler met with Luis Quispe: a new chapter. President of Chile Ana Soler met today with the President of Peru, Luis Quispe, in Lima.',
        '2023-10-17',
      ).map((p) => p.name),
      ['Ana Soler', 'Luis Quispe'],
    );
  });
  it('reads an ambassador "to the Kingdom" by the title\'s state, which no "for Saudi students" later overrides', () => {
    const text = [
      'RIYADH — Saudi Minister of Education Khalid Al-Harbi has met with India and Poland’s ambassadors to the Kingdom.',
      'During his meeting with the Indian Ambassador to the Kingdom Dr. Ravi Kumar Sen, Al-Harbi discussed cooperation.',
      'Al-Harbi also met with the Polish Ambassador to the Kingdom, Jan Nowicki, to review education ties.',
      'Al-Harbi and Nowicki discussed scholarships for Saudi students in Polish universities.',
    ].join('\n\n');
    assert.deepEqual(
      people(text, '2023-09-03').map((p) => [p.name, p.role, p.country]),
      [
        ['Khalid Al-Harbi', 'Minister of Education', 'SAU'],
        ['Ravi Kumar Sen', 'Ambassador to the Kingdom', 'IND'],
        ['Jan Nowicki', 'Ambassador to the Kingdom', 'POL'],
      ],
    );
  });
  it('gives the subject after "During his meeting with <official of A>," the other state of the pair', () => {
    const text =
      'Bangladesh and Indonesia signed a health MoU. During his meeting with Indonesian Health Minister Budi Santoso, Foreign Minister Rahim Uddin said trade would grow.';
    assert.deepEqual(
      people(text, '2023-09-05').map((p) => [p.name, p.country]),
      [
        ['Budi Santoso', 'IDN'],
        ['Rahim Uddin', 'BGD'],
      ],
    );
  });
  it('reads a name opening with dotted initials after "counterpart" ("K.P. Sharma Oli", "K. P. Sharma Oli")', () => {
    for (const name of ['R.K. Dahal Thapa', 'R. K. Dahal Thapa'])
      assert.deepEqual(
        people(`Prime Minister Ana Soler of Chile met her Nepalese counterpart ${name} in Kathmandu on Friday.`, '2018-08-31').map((p) => p.name),
        ['Ana Soler', name],
      );
  });
  it("gives a second, different office after 'and' the state whose adjective opens the first, but not two sides of talks", () => {
    assert.deepEqual(
      people('Chilean Defence Minister Ana Soler and Economy Minister Luis Quispe met US officials in Washington.', '2020-10-10').map((p) => [
        p.name,
        p.country,
      ]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'CHL'],
      ],
    );
    // The same office twice is two sides; so are the two of "talks between".
    assert.equal(people('Chilean Foreign Minister Ana Soler and Foreign Minister Luis Quispe met in Lima.', '2020-10-10')[1]?.country === 'CHL', false);
    assert.equal(
      people('Talks were held between visiting Chilean President Ana Soler and Prime Minister Luis Quispe in Lima.', '2020-10-10')[1]?.country === 'CHL',
      false,
    );
  });
  it('takes no person from a company whose name opens with a rank ("China General Nuclear Power Corporation")', () => {
    assert.deepEqual(
      people('Chile cancelled the deal with China General Nuclear Power Corporation. President Ana Soler Visits National Bank of Peru.', '2020-10-10').map(
        (p) => p.name,
      ),
      ['Ana Soler'],
    );
  });
  it('gives the second of two subjects of an encounter\'s verb the pair\'s other state ("A and B are meeting today")', () => {
    assert.deepEqual(
      people(
        'Chile and Peru will cooperate on defence. Chilean Minister of Defense Ana Soler and Secretary of Defense Luis Quispe are meeting today to sign a road map.',
        '2020-10-09',
      ).map((p) => [p.name, p.country]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'PER'],
      ],
    );
  });
  it('keeps the review\'s cases: "for the Chilean side", counterparts who held talks, two officials of one side, "U.S." and asides of organisations', () => {
    assert.deepEqual(
      people(
        'The agreement was signed by Foreign Minister Ana Soler and Trade Minister Luis Quispe for the Chilean side and by Ambassador Juan Mora for Peru.',
        '2024-05-03',
      )
        .filter((p) => p.name !== 'Juan Mora')
        .map((p) => [p.name, p.country]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'CHL'],
      ],
    );
    assert.notEqual(
      people('Chilean Defence Minister Ana Soler and Secretary of Defense Luis Quispe held talks at the Pentagon.', '2024-05-03')[1]?.country,
      'CHL',
    );
    assert.notEqual(
      people(
        'Chilean Foreign Minister Ana Soler arrived in Lima on Monday for talks with Peru. Soler and Trade Minister Luis Quispe signed five agreements on Tuesday.',
        '2024-05-03',
      ).find((p) => p.name === 'Luis Quispe')?.country,
      'PER',
    );
    assert.deepEqual(
      people(
        'Human Rights Watch, however, said the deal between Italy and Albania was unlawful. U.S. Senator Ana Soler met President Luis Quispe of Peru in Lima.',
        '2024-05-03',
      ).map((p) => p.name),
      ['Ana Soler', 'Luis Quispe'],
    );
  });
  it('reads appositive roles', () => {
    const [p] = people('Gulnara Ismailova, an expert of the Institute of Strategic Studies, said the visit was a success.');
    assert.equal(p!.role, 'expert of the Institute of Strategic Studies');
  });
  it('joins misspellings, transliterations and patronymic forms of one name', () => {
    const got = people(
      'President of Uzbekistan Shavkat Mirziyoyev welcomed the guests. Shavkat Mirziyoev noted the progress. "Shavkat Miromonovich knows this well," the guest said. Mirziyoyev agreed.',
    );
    assert.equal(got.length, 1);
    assert.equal(got[0]!.name, 'Shavkat Mirziyoyev');
    assert.deepEqual(got[0]!.aliases.sort(), ['Shavkat Miromonovich', 'Shavkat Mirziyoev']);
  });
  it('lets an unnamed reference give a generic title its office and country', () => {
    const got = people('Head of State Kassym-Jomart Tokayev met the guest. The President of Kazakhstan noted the symbolism.');
    assert.deepEqual(got, [{ name: 'Kassym-Jomart Tokayev', aliases: [], role: 'President', country: 'KAZ' }]);
  });
  it('does not take organisations, places, awards or mascots for people', () => {
    const got = people(
      'The Heydar Aliyev Foundation said it was pleased. He was awarded the Order of Alexander Nevsky. Barys the Snow Leopard greeted the children. The Palace of Independence hosted the talks.',
    );
    assert.deepEqual(got, []);
  });
});

describe('people: knowledge of leaders', () => {
  it('completes the state, and the office for a year in which the person held it', () => {
    const text =
      'President Cyril Ramaphosa will undertake a state visit to Nigeria at the invitation of President Bola Ahmed Tinubu. I think Vladimir Putin would agree.';
    const got = people(text, '2024-12-01');
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['Cyril Ramaphosa', 'ZAF'],
        ['Bola Ahmed Tinubu', 'NGA'],
        ['Vladimir Putin', 'RUS'],
      ],
    );
    assert.equal(got[2]!.role, 'President');
    // Without a year the text establishes, the table cannot say which office he held.
    assert.equal(people(text)[2]!.role, null);
  });
  it('does not take a namesake with another middle name for a known leader', () => {
    const [p] = people('The document was signed by the High Commissioner of Bangladesh to India, Mohammed Mustafizur Rahman.', '2024-06-22');
    assert.deepEqual([p!.name, p!.role, p!.country], ['Mohammed Mustafizur Rahman', 'High Commissioner of Bangladesh to India', 'BGD']);
  });
  it('never overrides what the text states', () => {
    const [p] = people('Minister of Foreign Affairs of Hungary Péter Szijjártó said the talks went well.');
    assert.deepEqual([p!.country, p!.role], ['HUN', 'Minister of Foreign Affairs']);
  });
});

describe('people in lists of signatories', () => {
  it('keeps each role with the name before it when roles hold commas, and reads an ambassador "to the" state', () => {
    const got = people(
      'The memoranda were signed for Oman by Badr Albusaidi, Foreign Minister, Qais Al Yousef, Minister of Commerce, Industry and Investment Promotion, and Salim Al Aufi, Minister of Energy and Minerals. Saudi ambassador to the UK Prince Khalid bin Bandar attended.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Badr Albusaidi', 'Foreign Minister'],
        ['Qais Al Yousef', 'Minister of Commerce, Industry and Investment Promotion'],
        ['Salim Al Aufi', 'Minister of Energy and Minerals'],
        ['Khalid bin Bandar', 'Ambassador to the UK'],
      ],
    );
    assert.equal(got.at(-1)!.country, 'SAU', 'the state before "ambassador", not the one he is accredited to');
  });
});

describe('people written with initials glued or family name first', () => {
  it('joins "D.A.Ivanov" to "Dmitry Ivanov" and "Kh.Battulga" to "Khaltmaagiin Battulga", and reads "President Park Geun-hye"', () => {
    const got = people(
      'Prime Minister D.A.Ivanov met President Kh.Battulga in Moscow on Monday. Dmitry Ivanov said trade grew. President Khaltmaagiin Battulga agreed. President Park Geun-hye sent greetings. They later walked in Gorky Park.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Dmitry Ivanov', 'Prime Minister'],
        ['Khaltmaagiin Battulga', 'President'],
        ['Park Geun-hye', 'President'],
      ],
    );
    assert.ok(got[0]!.aliases.includes('D.A.Ivanov'));
  });
});

describe('people and the places named like them', () => {
  it('takes a venue after an office and a comma for no name ("the office of the President, Village Urugwiro")', () => {
    assert.deepEqual(
      people(
        'The agreements were signed at the office of the President, Village Urugwiro, by President Ana Reyes of Peru and President Juan Ortiz of Chile.',
      ).map((p) => p.name),
      ['Ana Reyes', 'Juan Ortiz'],
    );
  });
});

describe('people written as Japanese portals write them, and namesakes in other offices', () => {
  it('reads "Prime Minister SUGA Yoshihide" as one name, and gives a UN Secretary-General no namesake leader\'s state', () => {
    assert.deepEqual(
      people(
        'Prime Minister SUGA Yoshihide held talks with Prime Minister Scott Morrison of Australia in Tokyo. UN Secretary-General Guterres welcomed the talks.',
        '2020-12-01',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['SUGA Yoshihide', 'Prime Minister', 'JPN'],
        ['Scott Morrison', 'Prime Minister', 'AUS'],
        ['Guterres', 'Secretary-General', null],
      ],
    );
    assert.deepEqual(
      people(
        'Prime Minister SUGA Yoshihide and the Hon. Scott Morrison MP, Prime Minister of the Commonwealth of Australia, held summit meetings in Japan.',
        '2020-12-01',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['SUGA Yoshihide', 'Prime Minister', 'JPN'],
        ['Scott Morrison', 'Prime Minister', 'AUS'],
      ],
      'letters after a name stand between it and its role',
    );
    assert.deepEqual(
      people('The Fisheries Minister, Anna Hale MP, has arrived in Oslo for talks with Norway.', '2021-08-23').map((p) => [p.name, p.role]),
      [['Anna Hale', 'Fisheries Minister']],
      'letters after a name that follows its role and a comma',
    );
    assert.deepEqual(
      people(
        'Georgian Interior Minister General of Police Levan Beridze arrived in Yerevan at the invitation of Armenian Interior Minister Colonel General Aram Sargsyan.',
        '2019-05-14',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Levan Beridze', 'Interior Minister', 'GEO'],
        ['Aram Sargsyan', 'Interior Minister', 'ARM'],
      ],
      'a rank between an office and the name is passed over; the office is the role',
    );
    assert.deepEqual(
      people(
        'A delegation led by Speaker of the Mazhilis Daulet Nurlanov visited Islamabad at the invitation of Speaker of Pakistan’s National Assembly Raja Imran Khalid. Later the Speaker of the Kazakh Mazhilis met the press.',
        '2022-12-13',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Daulet Nurlanov', 'Speaker of the Mazhilis', 'KAZ'],
        ['Raja Imran Khalid', 'Speaker of the National Assembly', 'PAK'],
      ],
      'a legislature is no person, the body after the state is the office\'s, and "Raja" opens a name',
    );
    assert.deepEqual(
      people(
        'ISLAMABAD, Nov 28 (APP) Speaker National Assembly Sardar Imran Qadir and the Chairman of the Russian State Duma Pavel Orlov signed the agreement on Thursday. In his remarks, Imran Qadir said the ties were old.',
        '2024-11-28',
      ).map((p) => [p.name, p.aliases, p.country]),
      [
        ['Sardar Imran Qadir', ['Imran Qadir'], 'PAK'],
        ['Pavel Orlov', [], 'RUS'],
      ],
      'a name without its opening "Sardar" is the same person',
    );
    assert.deepEqual(
      people(
        'During the visit, the President was briefed by Port Authority CEO Ahmed Karimi. Also present was Energy Minister Sultan Ahmed Al Mazrouei. The President later met Sultan Ahmed.',
        '2023-10-06',
      ).map((p) => [p.name, p.role]),
      [
        ['Ahmed Karimi', 'CEO'],
        ['Sultan Ahmed Al Mazrouei', 'Energy Minister'],
      ],
      '"Sultan Ahmed" is the one whose full name it opens, and "Sultan" no office of his',
    );
    assert.deepEqual(
      people('Chilean, Peruvian Foreign Ministers Hold Official Bilateral Talks', '2022-01-25'),
      [],
      'a headline verb after a plural title is no name',
    );
    assert.deepEqual(
      people('The deal was signed by the Managing Director of Ghana Investment Authority, Mr Kofi Mensah, in Accra.', '2018-06-12').map((p) => [
        p.name,
        p.country,
      ]),
      [['Kofi Mensah', 'GHA']],
      "the body after the office's state, then a comma and the name",
    );
    assert.deepEqual(
      people('According to H.E. Prak Sokha, Delegate Minister Attached to the Prime Minister, the talks with Laos went well.', '2017-04-25').map((p) => [
        p.name,
        p.role,
      ]),
      [['Prak Sokha', 'Delegate Minister Attached to the Prime Minister']],
      'an office written in capitals after a comma, no name in it',
    );
    assert.deepEqual(
      people('Minister of Public Security To Lam held talks with Palestinian Minister of the Interior Ziad Abu Ali in Hanoi.', '2023-05-09').map((p) => p.name),
      ['To Lam', 'Ziad Abu Ali'],
      'a small word of a long title is no title word of a name ("To Lam")',
    );
    assert.deepEqual(
      people(
        'The meeting was attended by Sara Idrissi, Secretary General of the Ministry of Agriculture, Rural Development and Water and Forests and Ana Lopes, national director of External Policy.',
        '2021-03-01',
      ).map((p) => [p.name, p.role]),
      [
        ['Sara Idrissi', 'Secretary General of the Ministry of Agriculture, Rural Development and Water and Forests'],
        ['Ana Lopes', 'national director of External Policy'],
      ],
      'a role that runs into the next listed name ends at the last "and" before it',
    );
    assert.deepEqual(
      people('Present were Foreign Minister Dr A K Abdul Karim, Principal Secretary Rahim Uddin and others.', '2021-03-25').map((p) => [p.name, p.role]),
      [
        ['A K Abdul Karim', 'Foreign Minister'],
        ['Rahim Uddin', 'Principal Secretary'],
      ],
      'undotted initials before a name',
    );
    assert.deepEqual(
      people(
        "Chile's President Ana Soler, on an official visit to Peru, was welcomed on Wednesday in Lima by Peruvian President Luis Quispe.\n\nThe official retinue includes Foreign Minister Pablo Mena, as well as presidential advisers Rosa Diaz, Juan Pardo and Marta Ruiz.",
        '2023-03-15',
      ).map((p) => [p.name, p.country]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'PER'],
        ['Pablo Mena', 'CHL'],
        ['Rosa Diaz', 'CHL'],
        ['Juan Pardo', 'CHL'],
        ['Marta Ruiz', 'CHL'],
      ],
      "a retinue the text names by no state is the visitor's",
    );
    // A delegation of the hosts is not the visitor's.
    assert.deepEqual(
      people(
        'Chilean President Ana Soler arrived in Lima on Monday for a state visit to Peru at the invitation of President Luis Quispe. The delegation that welcomed her at the airport included Deputy Prime Minister Rosa Diaz, Minister of Economy Juan Pardo and Minister of Tourism Marta Ruiz.',
        '2023-11-21',
      )
        .filter((p) => ['Rosa Diaz', 'Juan Pardo', 'Marta Ruiz'].includes(p.name))
        .map((p) => p.country),
      [null, null, null],
    );
    assert.deepEqual(people('The two kings drove across the King Fahd Causeway to Manama.', '2021-12-10'), [], 'a causeway named after a king is no person');
    // The Amiri Diwan is Qatar's, and Kuwait's in a text that names Kuwait and not Qatar.
    const diwan = (state: string) =>
      people(`KUWAIT, May 2 - Amiri Diwan Advisor Salem Al-Harbi received the ambassadors of ${state} and Peru.`, '2024-05-02').find(
        (p) => p.name === 'Salem Al-Harbi',
      )?.country;
    assert.equal(diwan('Kuwait'), 'KWT');
    assert.equal(diwan('Qatar'), 'QAT');
    assert.deepEqual(
      people('Prime Minister Mark Rutte met President Grant Mwale in Lusaka.', '2022-01-25').map((p) => p.name),
      ['Mark Rutte', 'Grant Mwale'],
      'a given name that is also a verb, with a name after it',
    );
    assert.deepEqual(
      people('Chinese State Councillor Wang Lin held talks with Nepalese Prime Minister Ram Thapa in Kathmandu.', '2019-05-14').map((p) => [p.name, p.role]),
      [
        ['Wang Lin', 'State Councillor'],
        ['Ram Thapa', 'Prime Minister'],
      ],
    );
  });
});

describe('people with an office to be taken up', () => {
  it('reads "President-elect X" as the office and the name apart', () => {
    assert.deepEqual(
      people('President-elect Ana Reyes of Peru spoke by phone with President Juan Ortiz of Chile on Wednesday.').map((p) => [p.name, p.role, p.country]),
      [
        ['Ana Reyes', 'President-elect', 'PER'],
        ['Juan Ortiz', 'President', 'CHL'],
      ],
    );
  });
});

describe('people in Title Case headlines', () => {
  it('ends a name at a headline verb or a capitalised preposition', () => {
    const got = people('President Ana Reyes Honoured With Order Of The Sun\n\nPresident Ana Reyes of Peru met President Juan Ortiz of Chile in Santiago.');
    assert.deepEqual(got.map((p) => p.name).sort(), ['Ana Reyes', 'Juan Ortiz']);
    assert.deepEqual(
      people('Talks Between Ana Reyes With Juan Ortiz In Santiago\n\nPresident Ana Reyes of Peru met President Juan Ortiz of Chile.')
        .map((p) => p.name)
        .sort(),
      ['Ana Reyes', 'Juan Ortiz'],
    );
  });
});

describe('people in transcripts', () => {
  it('reads speaker labels and joins a first name with patronymic to the speaker it addresses', () => {
    const got = people('Alexander Lukashenko: Thank you, Vladimir Vladimirovich.\nVladimir Putin: Alexander Grigoryevich, dear friend, I am glad to see you.');
    assert.deepEqual(got.map((p) => p.name).sort(), ['Alexander Lukashenko', 'Vladimir Putin']);
    assert.ok(got.find((p) => p.name === 'Vladimir Putin')!.aliases.includes('Vladimir Vladimirovich'));
  });
  it('takes no label before a bare number for a speaker ("Page Views: 41")', () => {
    const got = people('Alexander Lukashenko met Vladimir Putin in Minsk on Friday.\n\nPage Views: 41\n\nReader Score: 4.5');
    assert.deepEqual(got.map((p) => p.name).sort(), ['Alexander Lukashenko', 'Vladimir Putin']);
  });
});

describe('titles that are given names', () => {
  it('reads "Sultan Al Jaber, Minister of Industry" as a name with a role, but not "Sultan X, Sultan of Brunei"', () => {
    assert.deepEqual(
      people('Tokayev received Sultan Al Jaber, Minister of Industry and Advanced Technology of the UAE.').find((p) => p.name.includes('Jaber'))?.name,
      'Sultan Al Jaber',
    );
    assert.deepEqual(
      people('Anwar met Sultan Hassanal Bolkiah, Sultan of Brunei, in the capital.').map((p) => p.name),
      ['Hassanal Bolkiah'],
    );
  });
});

describe('leaders’ names on institutions', () => {
  it('does not take "Mohamed bin Zayed University" for the person', () => {
    assert.deepEqual(people('Students of the Mohamed bin Zayed University of Artificial Intelligence attended the forum.'), []);
  });
});

describe('what speaks for a state is not a person', () => {
  it('does not take a seat of government that "said" something for a person', () => {
    const names = people('Wisma Putra said the prime minister would travel to Bandar Seri Begawan. The Kremlin noted the talks were useful.').map(
      (p) => p.name,
    );
    assert.deepEqual(names, []);
  });
  it('does not take a headline verb right after a title for a name, but keeps "Said" as a given name', () => {
    assert.deepEqual(
      people('HRH Crown Prince Receives Phone Call from French President').map((p) => p.name),
      [],
    );
    assert.deepEqual(
      people('Minister of Foreign Affairs Said Ahmed met the delegation.').map((p) => p.name),
      ['Said Ahmed'],
    );
  });
});

describe('titles of particular systems', () => {
  it('reads Kenya-style cabinet secretaries and first vice-presidents as roles', () => {
    const got = people('Cabinet Secretary for Investments, Trade and Industry Lee Kinyanjui met First Vice-President of Iran Mohammad Reza Aref in Nairobi.');
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Lee Kinyanjui', 'Cabinet Secretary for Investments, Trade and Industry'],
        ['Mohammad Reza Aref', 'First Vice-President'],
      ],
    );
  });
});

describe('family names with particles', () => {
  it('joins "Van Klaveren" at a sentence start to "Alberto van Klaveren"', () => {
    const got = people(
      'Foreign Minister of Chile Alberto van Klaveren met Foreign Minister of Argentina Gerardo Werthein. Van Klaveren said the treaty was a model.',
    );
    assert.deepEqual(
      got.map((p) => p.name),
      ['Alberto van Klaveren', 'Gerardo Werthein'],
    );
  });
  it('reads principal and joint secretaries with the state before them', () => {
    const got = people("Kenya's Principal Secretary for Trade Alfred K'Ombudo met India's Joint Secretary Anant Swarup.");
    assert.deepEqual(
      got.map((p) => [p.name, p.role, p.country]),
      [
        ["Alfred K'Ombudo", 'Principal Secretary for Trade', 'KEN'],
        ['Anant Swarup', 'Joint Secretary', 'IND'],
      ],
    );
  });
});

describe('roles in parliaments', () => {
  it('keeps the legislature in the role and takes the state from it', () => {
    const got = people('Speaker of the Milli Majlis Sahiba Gafarova met Chairman of the Majlisi Milli of the Majlisi Oli Rustami Emomali in Dushanbe.');
    assert.deepEqual(
      got.map((p) => [p.name, p.role, p.country]),
      [
        ['Sahiba Gafarova', 'Speaker of the Milli Majlis', 'AZE'],
        ['Rustami Emomali', 'Chairman of the Majlisi Milli of the Majlisi Oli', 'TJK'],
      ],
    );
  });
});

describe('delegations', () => {
  it('gives whoever accompanies a leader the leader’s state, and reads a comma list of portfolios with "Mr"', () => {
    const got = people(
      'President of Ghana John Mahama will be accompanied by the Minister of Finance, Planning and Economic Development, Ms Elizabeth Ofosu-Adjare.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role, p.country]),
      [
        ['John Mahama', 'President', 'GHA'],
        ['Elizabeth Ofosu-Adjare', 'Minister of Finance, Planning and Economic Development', 'GHA'],
      ],
    );
  });
});

describe('given names that look like honorifics', () => {
  it('keeps "Sri" as part of a name', () => {
    assert.deepEqual(
      people('Finance Minister of Indonesia Sri Mulyani Indrawati met the delegation.').map((p) => p.name),
      ['Sri Mulyani Indrawati'],
    );
  });
});

describe('people: roles and states in the shapes of real readouts', () => {
  it('reads "Role, Name," and the role with a possessive state or portfolio words before the title', () => {
    const got = people(
      'The guest was seen off by the minister of Foreign Affairs, Amara Kone. Sources said Ghana’s International Trade Minister, Kwesi Boateng, will travel to Abuja.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role, p.country]),
      [
        ['Amara Kone', 'Minister of Foreign Affairs', null],
        ['Kwesi Boateng', 'International Trade Minister', 'GHA'],
      ],
    );
  });
  it('splits an office the lexicon does not know from the name at the end of the run', () => {
    const got = people(
      'The delegation includes Minister of Territorial Administration and Infrastructure Tigran Avetyan and Chairman and CEO of Lake Satellite Company Ltd Rhea Ortiz.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Tigran Avetyan', 'Minister of Territorial Administration and Infrastructure'],
        ['Rhea Ortiz', 'Chairman and CEO of Lake Satellite Company Ltd'],
      ],
    );
  });
  it('gives a plural title to every name of its list, with its portfolio', () => {
    const got = people('Deputy Ministers of Education, Science and Culture Aram Ghukasyan, Sona Petrosyan and others attended.');
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Aram Ghukasyan', 'Deputy Minister of Education, Science and Culture'],
        ['Sona Petrosyan', 'Deputy Minister of Education, Science and Culture'],
      ],
    );
  });
  it('keeps a region with a regional office and reads "Gov." as Governor', () => {
    const got = people('The Premier of Sabah, Tan Sri Hajiji Noor, and Gov. Musa Bello of Kwara also attended.');
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Hajiji Noor', 'Premier of Sabah'],
        ['Musa Bello', 'Governor of Kwara'],
      ],
    );
  });
  it('gives the state of a list to its members: "… chaired the dialogue for Peru"', () => {
    const got = people('Minister of Foreign Relations Ana Quispe, Minister of Economy Luis Mamani, and Ambassador Rosa Huaman chaired the dialogue for Peru.');
    assert.ok(got.length === 3 && got.every((p) => p.country === 'PER'));
  });
  it('reads a plural office with one state per name: "the ministers of A of X, Name1, and of B of Y, Name2"', () => {
    const text =
      'The memorandum was signed by the ministers of Mines and Energy of Ghana, Kwame Asante Boateng, and of Foreign Affairs of Morocco, Nasser Idrissi.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.country]),
      [
        ['Kwame Asante Boateng', 'GHA'],
        ['Nasser Idrissi', 'MAR'],
      ],
    );
    assert.match(people(text)[0]!.role ?? '', /^Minister of Mines and Energy/, 'the role in the singular');
    // Two states in the title: the names take them in order, not the first for both.
    assert.deepEqual(
      people('The foreign ministers of Peru and Ecuador, Ana Castillo and Luis Mora, met in Lima on Friday.').map((p) => [p.name, p.country]),
      [
        ['Ana Castillo', 'PER'],
        ['Luis Mora', 'ECU'],
      ],
    );
    assert.deepEqual(
      people('The Presidents of Ghana and Togo Kofi Badu and Yao Mensah opened the border post.').map((p) => [p.name, p.country]),
      [
        ['Kofi Badu', 'GHA'],
        ['Yao Mensah', 'TGO'],
      ],
      'without a comma too',
    );
  });
  it('gives an official with no state the other side of the one met, whatever the dateline says', () => {
    const met = people(
      'Tokyo, 20 June 2024 - Deputy Prime Minister Tran Van Son met Japanese Prime Minister Kishida Fumio in Tokyo on Thursday. Việt Nam and Japan agreed to deepen trade.',
    );
    assert.deepEqual(
      met.map((p) => [p.name, p.country]),
      [
        ['Tran Van Son', 'VNM'],
        ['Kishida Fumio', 'JPN'],
      ],
      'a dateline abroad is where the reporter was',
    );
    const counterpart = people(
      'Riyadh, 2 May 2024 - Prime Minister Amina Rahman and her Indian counterpart witnessed the signing at her office, said her press secretary. Bangladesh and India signed two memoranda.',
    );
    assert.deepEqual(
      counterpart.map((p) => [p.name, p.country]),
      [['Amina Rahman', 'BGD']],
      '"X and her Indian counterpart": X is of the other state',
    );
    // A reporter's aside is no meeting: the official stays with the publisher's state.
    const said = people(
      'Tokyo, 20 June 2024 - Chief Cabinet Secretary Ito Kenji said Japanese Prime Minister Kishida Fumio would visit Hanoi. Vietnam and Japan are partners.',
    );
    assert.equal(said[0]!.country, 'JPN');
  });
  it("gives a companion and a deputy named beside a leader the leader's state before any guess from the publisher", () => {
    const text =
      'Kuala Lumpur, 5 December 2022 - Foreign Minister Rosa Vera accompanies President Pedro Castillo of Peru to Chile. In Santiago, Castillo called on President Ana Soler of Chile and Vice President Luis Mora.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.country]),
      [
        ['Rosa Vera', 'PER'],
        ['Pedro Castillo', 'PER'],
        ['Ana Soler', 'CHL'],
        ['Luis Mora', 'CHL'],
      ],
    );
  });
  it('reads a state alone in brackets after a name as the state the person serves', () => {
    const text = 'Abuja, 4 May 2022 - President Muhammadu Buhari received Ambassadors Maria Lopez (Chile), Jan Novak (Czech Republic) and Ali Khan (Pakistan).';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.country]),
      [
        ['Muhammadu Buhari', 'NGA'],
        ['Maria Lopez', 'CHL'],
        ['Jan Novak', 'CZE'],
        ['Ali Khan', 'PAK'],
      ],
    );
  });
  it("does not give a leader the state of another's title named without a name", () => {
    const text =
      'Ankara, 23 July 2023 - President of the Republic Abdelmadjid Tebboune and his Turkish counterpart Recep Tayyip Erdogan met in Ankara. Algeria and Turkey signed five agreements. Türkiye’s President thanked his brother President of the Republic Abdelmadjid Tebboune for his visit.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.country]),
      [
        ['Abdelmadjid Tebboune', 'DZA'],
        ['Recep Tayyip Erdogan', 'TUR'],
      ],
    );
  });
  it('reads plural titles in -ies, portfolios in brackets, honorifics and the Attorney General along a list', () => {
    const text =
      'Nairobi, 3 June 2022 - President Ali Hassan of Kenya was accompanied by Cabinet Secretaries Grace Wanjiru, Peter Otieno and Attorney General John Kamau. Also present were Cabinet Secretaries Dr Mary Achieng (Interior), Amb Paul Mwangi (Foreign Affairs) and Ruth Njeri (ICT).';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.role, p.country]),
      [
        ['Ali Hassan', 'President', 'KEN'],
        ['Grace Wanjiru', 'Cabinet Secretary', 'KEN'],
        ['Peter Otieno', 'Cabinet Secretary', 'KEN'],
        ['John Kamau', 'Attorney General', 'KEN'],
        ['Mary Achieng', 'Cabinet Secretary', 'KEN'],
        ['Paul Mwangi', 'Cabinet Secretary', 'KEN'],
        ['Ruth Njeri', 'Cabinet Secretary', 'KEN'],
      ],
    );
  });
  it('reads an office with its place before the comma: "Director of Communications at the presidency, Name,"', () => {
    const text = 'Accra, 5 May 2023 - Director of Communications at the presidency, Kwame Asare, said the talks with Togo were fruitful.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.role]),
      [['Kwame Asare', 'Director of Communications']],
    );
    assert.deepEqual(
      people('The delegation met officials at the ministry, Kwame Asare said.').map((p) => p.role),
      [null],
      'a place of a meeting is no office',
    );
    assert.deepEqual(
      people('Minister of Foreign Affairs, Ana Lopez, received the ambassador of Chile.').map((p) => [p.name, p.role]),
      [['Ana Lopez', 'Minister of Foreign Affairs']],
      'a full office opening the sentence',
    );
    assert.deepEqual(
      people('He met the Director at the presidency').map((p) => p.name),
      [],
      'an office at the end of the sentence names no one',
    );
  });
  it('gives the name after "a spokesperson for the <role>," to the spokesperson, not to the role spoken for', () => {
    assert.deepEqual(
      people('A spokesperson for the Peruvian President, Lucía Quispe, said the two leaders discussed mining.').map((p) => [p.name, p.role, p.country]),
      [['Lucía Quispe', 'Spokesperson', 'PER']],
    );
    assert.deepEqual(
      people('The spokesman of the Ministry of Foreign Affairs of Peru, Diego Mamani, said the talks went well.').map((p) => [p.name, p.role]),
      [['Diego Mamani', 'Spokesman']],
      'an office of state after "of"',
    );
    assert.deepEqual(
      people('The Peruvian President, Lucía Quispe, said the two leaders discussed mining.').map((p) => [p.name, p.role]),
      [['Lucía Quispe', 'President']],
      'no spokesperson before the role',
    );
    assert.deepEqual(
      people('The delegation visited King Saud University, where the President of King Saud University, Dr. Badran Al-Omar, spoke.').map((p) => p.name),
      [],
      'the president "of" a university heads no office of state',
    );
  });
  it('reads a family name in capitals before the given name after an honorific ("Mr. PHAM Minh Chinh, Prime Minister of …"), not an acronym', () => {
    assert.deepEqual(
      people('Tokyo, 26 April 2023 - H.E. Mr. TRAN Van Long, Prime Minister of Viet Nam, met Mr. SATO Kenji, Minister for Foreign Affairs of Japan.').map(
        (p) => [p.name, p.country],
      ),
      [
        ['TRAN Van Long', 'VNM'],
        ['SATO Kenji', 'JPN'],
      ],
    );
    assert.deepEqual(
      people('Tokyo, 26 April 2023 - The NATO Allies agreed to meet, and the ASEAN Leaders said so.').map((p) => p.name),
      [],
      'an acronym before a capitalised word is no family name',
    );
  });
  it('reads the informal heads of services ("intelligence chief Name", "army chief General Name") and a name opening with a dotted capital İ', () => {
    assert.deepEqual(
      people("Ankara, 14 November 2023 - Also present were Turkish intelligence chief İlker Aydın and Pakistan's army chief General Tariq Hameed.").map((p) => [
        p.name,
        p.role,
        p.country,
      ]),
      [
        ['İlker Aydın', 'Intelligence Chief', 'TUR'],
        ['Tariq Hameed', 'Army Chief', 'PAK'],
      ],
    );
  });
  it('names a person by the full form over a repeated family name with its article ("Al Thani"), and gives one delegation\'s members the state one of them has', () => {
    const text = [
      "Ankara, 14 November 2024 - Qatar's Emir Sheikh Nasser bin Khalid Al Marri arrived in Ankara for talks with President Recep Tayyip Erdoğan.",
      'Erdoğan greeted Al Marri with an official ceremony. Later Al Marri toured the city.',
      'The delegation included Foreign Minister Hakan Fidan, Trade Minister Kemal Aslan and Defence Minister Ali Kaya.',
    ].join('\n\n');
    const got = people(text, '2024-11-15');
    assert.equal(got.find((p) => p.name.endsWith('Al Marri'))?.name, 'Nasser bin Khalid Al Marri');
    assert.deepEqual(
      got.filter((p) => ['Kemal Aslan', 'Ali Kaya'].includes(p.name)).map((p) => p.country),
      ['TUR', 'TUR'],
    );
  });
  it('reads a diplomat\'s post and embassy before the name ("the Ambassador of Germany in Belgrade, Name", "Counselor of the Chinese Embassy in Cairo Name") and the particle "uz"', () => {
    assert.deepEqual(
      people('Belgrade, 14 May 2023 - Minister of Economy Marko Ilić met the Ambassador of Germany in Belgrade, Anke Vogel.').map((p) => [
        p.name,
        p.role,
        p.country,
      ]),
      [
        ['Marko Ilić', 'Minister of Economy', 'SRB'],
        ['Anke Vogel', 'Ambassador', 'DEU'],
      ],
    );
    assert.deepEqual(
      people('Cairo, 14 May 2023 - Trade rose, Economic and Commercial Counselor of the Chinese Embassy in Cairo Li Wei said on Monday.').map((p) => [
        p.name,
        p.country,
      ]),
      [['Li Wei', 'CHN']],
    );
    assert.deepEqual(
      people('Beijing, 14 May 2023 - Badar uz Zaman, Commercial Counsellor at Pakistani Embassy in Beijing, said trade grew.').map((p) => [p.name, p.country]),
      [['Badar uz Zaman', 'PAK']],
    );
  });
  it('reads "Title of <Body> (ABBR) Name" along a list: each head of a body keeps the title before the name', () => {
    const text =
      'Jakarta, 26 April 2023 - The president was accompanied by Minister of Industry Budi Hartono, Chairman of the Investment Coordinating Board (BKPM) Tomas Lembang, Cabinet Secretary Pramono Wibowo and President of Indonesia-Japan Friendship League (IJFL) Dr Sari Dewi.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.role]),
      [
        ['Budi Hartono', 'Minister of Industry'],
        ['Tomas Lembang', 'Chairman of the Investment Coordinating Board'],
        ['Pramono Wibowo', 'Cabinet Secretary'],
        ['Sari Dewi', 'President of Indonesia-Japan Friendship League'],
      ],
    );
  });
  it('reads a name after a portfolio list that runs on past a comma ("Minister of Foreign Affairs, African Cooperation and Expatriates, Name,"), not after another office', () => {
    assert.deepEqual(
      people(
        'Rabat, 14 March 2023 - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Karim Alaoui, on Wednesday held talks with his Senegalese counterpart.',
      ).map((p) => [p.name, p.role]),
      [['Karim Alaoui', 'Minister of Foreign Affairs']],
    );
    assert.deepEqual(
      people('Rabat, 14 March 2023 - The President, Prime Minister and Minister of Defence, Juan Perez, met the delegation.').map((p) => [p.name, p.role]),
      [['Juan Perez', 'Prime Minister and Minister of Defence']],
    );
  });
  it('places a city\'s office by its city ("Ankara Governor X") and an aide by the one served ("Erdoğan\'s chief foreign policy advisor X")', () => {
    assert.deepEqual(
      people(
        "Doha, 14 March 2023 - Turkish President Recep Tayyip Erdoğan met the Emir. Also present were Erdoğan's chief foreign policy advisor Kemal Aslan and Ankara Governor Ali Kaya.",
      ).map((p) => [p.name, p.country]),
      [
        ['Recep Tayyip Erdoğan', 'TUR'],
        ['Kemal Aslan', 'TUR'],
        ['Ali Kaya', 'TUR'],
      ],
    );
  });
  it('gives a person the state of the first of the offices named in a row ("Dubai Crown Prince, Deputy Prime Minister … Name and Kuwait\'s …")', () => {
    assert.deepEqual(
      people(
        "Kuwait, 9 November 2024 - The visits were followed by those of Dubai Crown Prince, Deputy Prime Minister and Minister of Defence Sheikh Rashid bin Saeed Al Falasi and Kuwait's First Deputy Prime Minister Sheikh Nawaf Salem Al-Sabah.",
      ).map((p) => [p.name, p.country]),
      [
        ['Rashid bin Saeed Al Falasi', 'ARE'],
        ['Nawaf Salem Al-Sabah', 'KWT'],
      ],
    );
  });
  it('reads people named by courtesy or kinship ("his spouse Brigitte X", "Mrs Jenni Y"), a name opening with an initial, roles after names along a list, and no contact label', () => {
    const spouses = people('Paris, 14 March 2023 - President Emmanuel Macron arrived with his spouse Brigitte Macron and was welcomed by Mrs Jenni Haukio.');
    assert.deepEqual(
      spouses.map((p) => [p.name, p.country]),
      [
        ['Emmanuel Macron', 'FRA'],
        ['Brigitte Macron', 'FRA'],
        ['Jenni Haukio', null],
      ],
    );
    assert.deepEqual(
      people('New Delhi, 14 March 2023 - Her counterpart on the Indian side was A. Gitesh Sarma, Secretary (West) of the Ministry of External Affairs.').map(
        (p) => [p.name, p.role],
      ),
      [['A. Gitesh Sarma', 'Secretary']],
    );
    assert.deepEqual(
      people(
        'Madrid, 14 March 2023 - He brings Carlos Cuerpo, the Economy Minister, Xiana Méndez, the Commerce Secretary, and Elma Saiz, the Migration Minister.',
      ).map((p) => [p.name, p.role]),
      [
        ['Carlos Cuerpo', 'Economy Minister'],
        ['Xiana Méndez', 'Commerce Secretary'],
        ['Elma Saiz', 'Migration Minister'],
      ],
    );
    assert.deepEqual(
      people(
        'Riga, 14 March 2023 - Recently, the Minister of Trade of Latvia, Janis Ozols, spoke. Press Secretary to the Prime Minister Phone: +371 6708 2865',
      ).map((p) => p.name),
      ['Janis Ozols'],
    );
    assert.deepEqual(people('Mr President, thank you. Mr Smith said so.'), [], 'a courtesy title before a title or one name names no one');
  });
  it('gives the people of a list the state its side header names ("From Bangladesh sides, A, B and C")', () => {
    assert.deepEqual(
      people(
        'Kathmandu, 14 March 2023 - The talks were held. From Bangladesh sides, foreign minister Karim Uddin, health minister Zahid Rahman and commerce minister Tipu Alam were present. On the Nepalese side: foreign minister Bimala Thapa.',
      ).map((p) => [p.name, p.country]),
      [
        ['Karim Uddin', 'BGD'],
        ['Zahid Rahman', 'BGD'],
        ['Tipu Alam', 'BGD'],
        ['Bimala Thapa', 'NPL'],
      ],
    );
  });
  it('reads titles across spaced honorifics ("Amir H H Sheikh …", "President … H E Dr. …") and an office number ("… II Name")', () => {
    const text =
      'Doha, 11 September 2024 - Amir H H Sheikh Hamad bin Khalid Al Thani held talks with President of the Republic of Ghana H E Dr. Kofi Mensah Badu. Minister of Finance and Economy II Yaw Darko Asare also attended.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.role]),
      [
        ['Hamad bin Khalid Al Thani', 'Amir'],
        ['Kofi Mensah Badu', 'President'],
        ['Yaw Darko Asare', 'Minister of Finance and Economy'],
      ],
    );
  });
  it('keeps a quoted nickname out of the name and as an alias, and reads an initial glued to the name', () => {
    const text =
      'Bogor, 3 June 2022 - President Budi “Budiman” Santoso received President Ts.Enkhbayar of Mongolia in Bogor on Monday. President Budiman said relations were good.';
    assert.deepEqual(
      people(text).map((p) => [p.name, p.aliases, p.role]),
      [
        ['Budi Santoso', ['Budiman'], 'President'],
        ['Ts.Enkhbayar', [], 'President'],
      ],
    );
  });
  it("does not spread one member's state to another side named with it", () => {
    const got = people('The meeting was also attended by foreign ministers Mauro Vieira and Rubén Ramírez Lezcano.', '2024-04-08');
    assert.notEqual(got.find((p) => p.name === 'Rubén Ramírez Lezcano')?.country, 'BRA');
  });
  it('takes the state of "his Hungarian counterpart", and the office of the one whose counterpart, not its state', () => {
    const [, p] = people('Foreign Minister of Georgia Nino Beridze and his Hungarian counterpart Gabor Kiss also signed a protocol.');
    assert.deepEqual([p!.name, p!.role, p!.country], ['Gabor Kiss', 'Foreign Minister', 'HUN']);
  });
  it('ends a name at a possessive and at a headline verb; offices and parties are no people', () => {
    assert.deepEqual(
      people("Secretary Harlan's Call with Foreign Minister Kamau Otieno")
        .map((p) => p.name)
        .sort(),
      ['Harlan', 'Kamau Otieno'],
    );
    assert.deepEqual(
      people('President Rui Tavares Leaves for Pretoria').map((p) => p.name),
      ['Rui Tavares'],
    );
    assert.deepEqual(people('The Deputy Supreme Commander of the Communist Party met the delegation.'), []);
  });
  it('keeps initials and three-part names whole', () => {
    const got = people(
      'Minister of Planning and Investment Nguyen Thanh Hai and Deputy Minister of Foreign Affairs Clara G. Mendes and Secretary R Kumar said.',
    );
    assert.deepEqual(
      got.map((p) => p.name),
      ['Nguyen Thanh Hai', 'Clara G. Mendes', 'R Kumar'],
    );
  });
  it('joins "President Yoon" to Yoon Suk Yeol: a short form by the first word of the full name', () => {
    const got = people('President Yoon Suk Yeol arrived in Abu Dhabi. President Yoon and President Mohamed bin Zayed held talks.', '2023-01-15');
    assert.deepEqual(
      got.map((p) => p.name),
      ['Yoon Suk Yeol', 'Mohamed bin Zayed'],
    );
  });
  it('reads "Al Said" inside a name and coordinated subjects', () => {
    const got = people('Sultan Haitham bin Tariq Al Said and Alaksandar Łukašenka have agreed to open embassies.', '2023-10-07');
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['Haitham bin Tariq Al Said', 'OMN'],
        ['Alaksandar Łukašenka', 'BLR'],
      ],
    );
  });
  it("gives a spokesperson whose state is not named the state of the readout's first leader or minister", () => {
    const text =
      'Foreign Minister Ana Soler of Chile met Argentine Foreign Minister Luis Pardo in Santiago on 3 May 2024.\n\nThe following can be attributed to Spokesperson Marta Ibarra: the ministers discussed Argentine investment.';
    assert.deepEqual(people(text).find((p) => p.name === 'Marta Ibarra')?.country, 'CHL');
    const named = people('Chile and Peru held talks, Peruvian spokesman Jorge Quispe said after President of Chile Ana Soler spoke.');
    assert.equal(named.find((p) => p.name === 'Jorge Quispe')?.country, 'PER', 'a state the text gives the spokesperson stays');
  });
  it('takes the namesake leader of a state the text is about, finds a leader by either name, and reads a state after a suffix', () => {
    const inMuscat = people(
      'King Abdullah arrived in Muscat on a state visit to Oman, where Sultan Haitham bin Tarik welcomed him and talks on Jordan and Oman began.',
      '2022-10-06',
    );
    assert.deepEqual(
      inMuscat.map((p) => [p.name, p.country]).sort(),
      [
        ['Abdullah', 'JOR'],
        ['Haitham bin Tarik', 'OMN'],
      ],
      'Malaysia also had a King Abdullah in 2022; "Tarik" is a spelling of "Tariq"',
    );
    const heir = people('King Abdullah arrived in Amman after talks on Jordan and Oman, and Crown Prince Hussein received him.', '2022-10-06');
    assert.deepEqual(
      heir.map((p) => [p.name, p.role]),
      [
        ['Abdullah', 'King'],
        ['Hussein', 'Crown Prince'],
      ],
      "the heir is no second form of the king's name, though the king's full name ends with his",
    );
    const suffixed = people('The talks were opened by King Mohammed VI of Morocco and President Teodora Lanz of Ruritania.', '2024-05-01');
    assert.equal(suffixed.find((p) => p.role === 'King')?.country, 'MAR');
  });
  it('reads an office that runs to a comma before the name, a role after "former", and takes no place or headline verb for a name', () => {
    const got = people(
      "Ruritanian President Ends Visit. The President was accompanied by the Minister of the Federal Capital Territory, Ama Okafor, and by Peru's former President, Luis Mora. The talks were held at the residence of the president of Ghana, Jubilee House.",
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Ama Okafor', 'Minister of the Federal Capital Territory'],
        ['Luis Mora', 'President'],
      ],
    );
  });
  it('gives the people of a list the side its header names, and the one who invites a visitor the state visited', () => {
    const got = people(
      'President Ana Reyes of Peru paid an official visit to Chile at the invitation of President Juan Ortiz (participants from the Peruvian side: Minister of Trade Luis Mora; Ambassador Carla Diaz; participants from the Chilean side: Minister of Finance Rosa Vidal).',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['Ana Reyes', 'PER'],
        ['Juan Ortiz', 'CHL'],
        ['Luis Mora', 'PER'],
        ['Carla Diaz', 'PER'],
        ['Rosa Vidal', 'CHL'],
      ],
    );
  });
  it('gives those who accompany "the Amir" the state of the one person the text calls so', () => {
    const got = people(
      'Emir Sheikh Fahad bin Nasser of Qatar paid a state visit to Guyana. The Emir was accompanied by his chief of staff, HE Sheikh Saoud bin Ali; and the minister of commerce, HE Ahmed Al Kuwari.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['Fahad bin Nasser', 'QAT'],
        ['Saoud bin Ali', 'QAT'],
        ['Ahmed Al Kuwari', 'QAT'],
      ],
    );
  });

  it('takes no person from a place or body named after one ("King Faisal University", "Sheikh Rashid Grand Mosque")', () => {
    const text =
      'The Crown Prince and Prime Minister, Prince Khalid bin Faisal Al Saud, received President Ana Soler of Chile in Riyadh. She was awarded an honorary degree by King Faisal University and toured the Sheikh Rashid Grand Mosque.';
    assert.deepEqual(
      people(text, '2024-05-02').map((p) => [p.name, p.role]),
      [
        ['Khalid bin Faisal Al Saud', 'Crown Prince and Prime Minister'],
        ['Ana Soler', 'President'],
      ],
    );
    // A name followed by a word that names no place stays a person.
    assert.ok(people('King Faisal Ahmed received the delegation.', '2024-05-02').some((p) => p.name === 'Faisal Ahmed' && p.role === 'King'));
  });

  it('keeps a generation\'s or reign\'s number in the name as written ("Felipe VI", "Carl XVI Gustaf", "Marcos Jr.")', () => {
    const text =
      'King Carl XVI Gustaf received President Ferdinand R. Marcos Jr. in Stockholm on Tuesday. King Felipe VI of Spain joined them. Later, King Felipe thanked Mr Marcos.';
    const found = people(text, '2024-04-17');
    assert.deepEqual(
      found.map((p) => [p.name, p.role]),
      [
        ['Carl XVI Gustaf', 'King'],
        ['Ferdinand R. Marcos Jr.', 'President'],
        ['Felipe VI', 'King'],
      ],
    );
    assert.equal(found.find((p) => p.name === 'Felipe VI')?.country, 'ESP');
    // The family name is the word before the number: "Felipe VI" and "Felipe" are one person across reports.
    assert.deepEqual(nameKey('Ferdinand R. Marcos Jr.').family, 'marcos');
    assert.ok(namesCompatible(nameKey('Felipe VI'), nameKey('Felipe')));
    // A word that opens a South Asian name may be left out; alone it is still a given name of its own.
    assert.ok(namesCompatible(nameKey('Sardar Imran Qadir'), nameKey('Imran Qadir')));
    assert.ok(!namesCompatible(nameKey('Raja Qadir'), nameKey('Imran Qadir')));
    // "I" alone is a pronoun, not a number.
    assert.ok(!people('President Ana Soler said I will return.', '2024-04-17').some((p) => p.name.endsWith(' I')));
  });

  it('reads "Sultan bin X" as a given name, "Sayyid" as an honorific, and the companions of "He" as of the state of the one before', () => {
    const text =
      "Muscat: Oman's Sultan Haitham bin Tarik will go on a state visit to Kenya on November 22. He will be accompanied by Sayyid Khalid bin Hilal Al Busaidi, Minister of the Royal Court, Sayyid Badr bin Hamad Al Busaidi, Foreign Minister, and Sultan bin Salim Al Habsi, Minister of Finance.";
    assert.deepEqual(
      people(text, '2021-11-21').map((p) => [p.name, p.role, p.country]),
      [
        ['Haitham bin Tarik', 'Sultan', 'OMN'],
        ['Khalid bin Hilal Al Busaidi', 'Minister of the Royal Court', 'OMN'],
        ['Badr bin Hamad Al Busaidi', 'Foreign Minister', 'OMN'],
        ['Sultan bin Salim Al Habsi', 'Minister of Finance', 'OMN'],
      ],
    );
  });

  it('takes no person from the last word of a body\'s name after a title ("Chairman of Oman Investment Authority")', () => {
    const text =
      'The delegation included Ali Hassan, Chairman of Kenya Investment Authority, and Grace Wanjiru, Chairman of the Kenyan Businessmen Association, who met President Ana Soler of Chile.';
    const names = people(text, '2024-02-02').map((p) => p.name);
    assert.deepEqual(names.sort(), ['Ali Hassan', 'Ana Soler', 'Grace Wanjiru']);
  });
  it('reads a list of envoys each with a role after the name ("A, non-resident Ambassador of Chile, B, the newly appointed Ambassador of Mexico, C, Ambassador of Serbia and D, High Commissioner of …"), and no plural title as a name', () => {
    const text =
      'Foreign Minister Luis Quispe met the non-resident Ambassadors/ Commissioners on Tuesday. Ana Soler, non-resident Ambassador of Chile, Juan Perez, the newly appointed Ambassador of Mexico, Sinisa Pavic, Ambassador of Serbia and Menzie Dlamini, High Commissioner of Eswatini, met Foreign Minister Luis Quispe of Peru on Tuesday.';
    assert.deepEqual(
      people(text, '2024-02-09').map((p) => [p.name, p.country, p.role]),
      [
        ['Luis Quispe', 'PER', 'Foreign Minister'],
        ['Ana Soler', 'CHL', 'Ambassador'],
        ['Juan Perez', 'MEX', 'Ambassador'],
        ['Sinisa Pavic', 'SRB', 'Ambassador'],
        ['Menzie Dlamini', 'SWZ', 'High Commissioner'],
      ],
    );
  });
  it('gives each side\'s head its side\'s state ("the Chilean side was represented by A, and the Peruvian side by B"; "Chile will be represented by A"), and reads "South Korean First Vice Foreign Minister" whole', () => {
    assert.deepEqual(
      people('The Chilean side was represented by Deputy Foreign Minister Ana Soler, and the Peruvian side by Vice Minister Luis Quispe.', '2024-02-09').map(
        (p) => [p.name, p.country],
      ),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'PER'],
      ],
    );
    assert.deepEqual(
      people(
        'Chile will be represented by Deputy Foreign Minister Ana Soler, while the Peruvian delegation will be headed by Vice Minister Luis Quispe.',
        '2024-02-09',
      ).map((p) => [p.name, p.country]),
      [
        ['Ana Soler', 'CHL'],
        ['Luis Quispe', 'PER'],
      ],
    );
    assert.deepEqual(
      people('South Korean First Vice Foreign Minister Park Yoon-joo discussed moves by North Korea.', '2024-02-09').map((p) => [p.name, p.country, p.role]),
      [['Park Yoon-joo', 'KOR', 'First Vice Foreign Minister']],
    );
  });
  it('reads a counterpart named after "his Bangladeshi counterpart" as a person of the counterpart\'s state and role, "Sheikh" part of her own name', () => {
    assert.deepEqual(
      people('Indian Prime Minister Manmohan Singh held talks with his Bangladeshi counterpart Sheikh Hasina in New Delhi on Monday.', '2010-01-12').map(
        (p) => [p.name, p.country, p.role],
      ),
      [
        ['Manmohan Singh', 'IND', 'Prime Minister'],
        ['Sheikh Hasina', 'BGD', 'Prime Minister'],
      ],
    );
  });
  it('reads "MP" as a title before a name, and its plural before a list ("MPs Ravi Kumar, Sunita Devi and Anil Sharma")', () => {
    assert.deepEqual(
      people('The delegation will include MPs Ravi Kumar, Sunita Devi and Anil Sharma. MP Priya Singh will join them.', '2023-10-10').map((p) => [
        p.name,
        p.role,
      ]),
      [
        ['Ravi Kumar', 'MP'],
        ['Sunita Devi', 'MP'],
        ['Anil Sharma', 'MP'],
        ['Priya Singh', 'MP'],
      ],
    );
  });
  it('reads the Malay royal styles as titles ("Yang di-Pertuan Agong Al-Sultan Abdullah …", "Raja Isteri Pengiran Anak Saleha")', () => {
    const got = people(
      'Yang di-Pertuan Agong Al-Sultan Abdullah Riayatuddin Al-Mustafa Billah Shah of Malaysia today granted an audience to the Foreign Minister of Chile Ana Soler. Raja Isteri Pengiran Anak Saleha also attended.',
      '2023-05-05',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Al-Sultan Abdullah Riayatuddin Al-Mustafa Billah Shah', 'Yang di-Pertuan Agong'],
        ['Ana Soler', 'Foreign Minister'],
        ['Pengiran Anak Saleha', 'Raja Isteri'],
      ],
    );
  });
  it('places an office named after its seat ("Lok Sabha Speaker", "Kremlin spokesman") and one after a possessive with a word of standing ("Rwanda\'s visiting Senate President") in their states', () => {
    assert.deepEqual(
      people(
        "Lok Sabha Speaker Om Birla met Rwanda's visiting Senate President Bernard Makuza on Monday. Kremlin spokesman Dmitry Peskov said so.",
        '2019-07-10',
      ).map((p) => [p.name, p.country]),
      [
        ['Om Birla', 'IND'],
        ['Bernard Makuza', 'RWA'],
        ['Dmitry Peskov', 'RUS'],
      ],
    );
  });
  it('reads "New Zealand\'s Foreign Minister" after a comma as a state, not as a word of standing, and "MP Chief Minister X" as the chief minister', () => {
    assert.deepEqual(
      people("Winston Peters, New Zealand's Foreign Minister, met Ana Soler on Monday.", '2024-05-05').map((p) => [p.name, p.country, p.role]),
      [['Winston Peters', 'NZL', 'Foreign Minister']],
    );
    assert.deepEqual(
      people('MP Chief Minister Shivraj Singh Chouhan met the delegation on Monday.', '2024-05-05').map((p) => [p.name, p.role]),
      [['Shivraj Singh Chouhan', 'Chief Minister']],
    );
  });
  it('reads military ranks and "Emperor" as titles, an office after a rank as the role ("Maj.-Gen. X, Egyptian Assistant Minister of Defence"), and "the Egyptian was headed by X"', () => {
    assert.deepEqual(
      people('Japanese Emperor Naruhito received them. Air Vice Marshal John Smith and Lt. Gen. Asim Munir attended.', '2024-05-05').map((p) => [
        p.name,
        p.role,
      ]),
      [
        ['John Smith', 'Air Vice Marshal'],
        ['Asim Munir', 'Lieutenant General'],
        ['Naruhito', 'Emperor'],
      ],
    );
    assert.deepEqual(
      people(
        'In his remarks, Maj.-Gen. Mohammed Salah, Egyptian Assistant Minister of Defence for International Relations, said the talks were useful.',
        '2024-05-05',
      ).map((p) => [p.name, p.country, p.role]),
      [['Mohammed Salah', 'EGY', 'Assistant Minister of Defence for International Relations']],
    );
    assert.deepEqual(
      people(
        'The Indian delegation was led by Ausaf Sayeed, Secretary (East), and the Egyptian was headed by Ayman Kamel, Assistant Foreign Minister.',
        '2024-05-05',
      ).map((p) => [p.name, p.country]),
      [
        ['Ausaf Sayeed', 'IND'],
        ['Ayman Kamel', 'EGY'],
      ],
    );
  });
  it('reads a title plural in its first word ("Members of Parliament A and B") and one with its abbreviation in brackets before the name ("(MPs)", "(FM)")', () => {
    assert.deepEqual(
      people('Also present were Ghanaian Members of Parliament (MPs) Kwame Asante and Ama Boateng.', '2023-05-10').map((p) => [p.name, p.role, p.country]),
      [
        ['Kwame Asante', 'Member of Parliament', 'GHA'],
        ['Ama Boateng', 'Member of Parliament', 'GHA'],
      ],
    );
    assert.deepEqual(
      people('Togolese Minister of Foreign Affairs (FM) Robert Dussey met the press.', '2023-05-10').map((p) => [p.name, p.role, p.country]),
      [['Robert Dussey', 'Minister of Foreign Affairs', 'TGO']],
    );
  });
  it('reads ranks of churches as titles the office beside them outranks ("Secretary of State Cardinal Name", "the Apostolic Nuncio, Archbishop Name", "Mgr. Name"), and no person in "the French Bishops\' Conference"', () => {
    const got = people(
      "Prime Minister Jean Martin received Vatican Secretary of State Cardinal Pietro Parolin in Paris on Wednesday. Parolin was accompanied by the Apostolic Nuncio, Archbishop Celestino Migliore, and the President of the French Bishops' Conference, Archbishop Eric Moulin. The head of protocol, Mgr. Jose Avelino Bettencourt, attended.",
      '2025-01-16',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['Jean Martin', 'Prime Minister'],
        ['Pietro Parolin', 'Secretary of State'],
        ['Celestino Migliore', 'Apostolic Nuncio'],
        ['Eric Moulin', 'Archbishop'],
        ['Jose Avelino Bettencourt', 'Head of Protocol'],
      ],
    );
    assert.deepEqual(
      people('In June 2000, the Prime Minister of India visited the Vatican and met Pope John Paul II.', '2021-10-30').map((p) => [p.name, p.role, p.country]),
      [['John Paul II', 'Pope', 'VAT']],
    );
  });
  it("reads a transcript's speaker labels ('Official Spokesperson (Shri Name): …') as people, no publisher, and no person in 'Your Excellency, President X,'", () => {
    const got = extractText(
      't.txt',
      'Transcript of Media Statements\n\nFebruary 19, 2013\n\nOfficial Spokesperson (Shri Vikas Kumar): Ladies and gentlemen, we will have media statements now.\n\nPrime Minister of India (Dr. Manmohan Singh): Your Excellency, Prime Minister David Cameron, members of the British Delegation.',
    );
    assert.deepEqual(
      got.people.map((p) => [p.name, p.role, p.country]),
      [
        ['Vikas Kumar', 'Spokesperson', 'IND'],
        ['Manmohan Singh', 'Prime Minister', 'IND'],
        ['David Cameron', 'Prime Minister', 'GBR'],
      ],
    );
    assert.equal(got.document.publisher, null);
  });
  it('gives the host\'s officials the host\'s state: not the adjective of a headline\'s unnamed office, of "his Argentine counterpart" after a verb, of "the Argentine Embassy", nor "Egypt attaches"', () => {
    const got = people(
      [
        'Argentine FM to hold bilateral talks with Momen in Dhaka Monday',
        '',
        'Foreign Minister Dr AK Abdul Momen will have a bilateral meeting with his Argentine counterpart at state guesthouse Jamuna on Monday evening.',
        'Apart from re-opening the Argentine Embassy in Dhaka, the Argentine Foreign Minister is likely to meet Prime Minister Sheikh Hasina, Commerce Minister Tipu Munshi.',
        'Bangladesh and Argentina will also sign two deals.',
      ].join('\n'),
      '2022-08-20',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['AK Abdul Momen', 'BGD'],
        ['Sheikh Hasina', 'BGD'],
        ['Tipu Munshi', 'BGD'],
      ],
    );
    assert.deepEqual(
      people(
        'Azerbaijani Health Minister Teymur Musayev met Foreign Ministry Assistant Ihab Nasr in Cairo. In turn, Ihab Nasr said that Egypt attaches great importance to relations with Azerbaijan.',
        '2022-07-28',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Teymur Musayev', 'Health Minister', 'AZE'],
        ['Ihab Nasr', 'Assistant', 'EGY'],
      ],
    );
  });
  it('gives a signatory the side he signs for ("X signed on behalf of Malaysia while Indonesia was represented by its Minister Y"), and reads "Ismail Sabri" as "Ismail Sabri Yaakob"', () => {
    const got = people(
      'Ismail Sabri said the deal was important. Prime Minister Ismail Sabri Yaakob and President Joko Widodo witnessed the signing in Jakarta. Human Resources Minister Datuk Seri M. Saravanan signed on behalf of Malaysia while Indonesia was represented by its Manpower Minister Ida Fauziyah.',
      '2022-04-01',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['Ismail Sabri Yaakob', 'MYS'],
        ['Joko Widodo', 'IDN'],
        ['M. Saravanan', 'MYS'],
        ['Ida Fauziyah', 'IDN'],
      ],
    );
  });
  it('places a regional office in its state by the region or city it names ("Governor of Sichuan", "Governor of California", "Governor X of Victoria"), and no region a state shares its name with', () => {
    assert.deepEqual(
      people(
        'Governor of Sichuan Yin Li met the delegation. The delegation was led by Governor of California Jerry Brown. Governor Linda Dessau of Victoria hosted a dinner.',
        '2016-09-27',
      ).map((p) => [p.name, p.country]),
      [
        ['Yin Li', 'CHN'],
        ['Jerry Brown', 'USA'],
        ['Linda Dessau', 'AUS'],
      ],
    );
  });
  it('reads "Minister Responsible for Foreign Affairs" whole (no person "Responsible") and "nuclear agency chief Name"', () => {
    assert.deepEqual(
      people(
        'Yusuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs, received Tajik Foreign Minister Sirojiddin Muhriddin in Muscat. Russian nuclear agency chief Sergei Kiriyenko attended.',
        '2019-10-10',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Yusuf bin Alawi bin Abdullah', 'Minister Responsible for Foreign Affairs', 'OMN'],
        ['Sirojiddin Muhriddin', 'Foreign Minister', 'TJK'],
        ['Sergei Kiriyenko', 'nuclear agency chief', 'RUS'],
      ],
    );
  });
  it('gives an official of no stated state who meets the host no state of a list of guests each named once (no pair stands out)', () => {
    // (A name the knowledge table does not hold: the table now knows Taro Aso, Japan's Prime Minister in 2008-2009.)
    const got = people(
      'On January 1, Former Prime Minister Kenji Tamura attended the inaugural ceremony of President Dilma Rousseff of Brazil, with President García of the Republic of Peru, President Santos of the Republic of Colombia and President Piñera of the Republic of Chile. On January 2, Tamura had a meeting with President Rousseff. Brazil and Brazil’s partners discussed trade.',
      '2011-01-04',
    );
    assert.equal(got.find((p) => p.name === 'Kenji Tamura')?.country, null);
  });
  it('keeps the review\'s cases: "Julie Bishop", "Pope Tawadros II", two people of one prefix, a companion of an unnamed office, "on behalf of" with no signing, a national director "of ASEAN Cooperation"', () => {
    assert.deepEqual(
      people('Australian Foreign Minister Julie Bishop met Chinese Foreign Minister Wang Yi in Beijing.', '2017-05-01').map((p) => p.name),
      ['Julie Bishop', 'Wang Yi'],
    );
    assert.notEqual(
      people('President Abdel Fattah al-Sisi received Pope Tawadros II, head of the Coptic Orthodox Church, in Cairo.', '2024-05-01').find((p) =>
        p.name.includes('Tawadros'),
      )?.country,
      'VAT',
    );
    assert.deepEqual(
      people('Foreign Minister Mohamed Ali Nafti of Tunisia met Ambassador Mohamed Ali of Egypt in Tunis.', '2024-05-01').map((p) => [p.name, p.country]),
      [
        ['Mohamed Ali Nafti', 'TUN'],
        ['Mohamed Ali', 'EGY'],
      ],
    );
    assert.equal(
      people(
        'The Indian External Affairs Minister met Prime Minister Fumio Kishida in Tokyo on Monday, accompanied by Foreign Secretary Vikram Misri.',
        '2024-05-01',
      ).find((p) => p.name === 'Vikram Misri')?.country,
      'IND',
    );
    assert.equal(
      people('Kenyan Prime Minister Musalia Mudavadi thanked Chinese Minister Wang Wentao on behalf of Kenya.', '2024-05-01').find(
        (p) => p.name === 'Wang Wentao',
      )?.country,
      'CHN',
    );
    assert.equal(
      people(
        'JAKARTA (ANTARA) - Director General of ASEAN Cooperation Sidharto Suryodipuro received Thai Ambassador Prapan Disyatat in Jakarta on Monday.',
        '2024-05-01',
      ).find((p) => p.name === 'Sidharto Suryodipuro')?.country,
      'IDN',
    );
  });
  it('reads an office, its body between commas and the name ("the General Manager, Ghanaian Cocoa Corporation, Mr. X"), the body\'s state as the office\'s, and an aide "to the President on …" of the President\'s state', () => {
    const got = people(
      'President Kofi Mensah of Ghana received Foreign Minister Ana Soler of Chile in Accra on Monday. According to the Senior Special Assistant to the President on Media and Publicity, Kwame Boateng, the deal was signed by the Group General Manager, Ghanaian Cocoa Corporation, Mr. Yaw Asante, and the Chief Executive Officer, Office of Mines in Chile, Mr. Pedro Rojas. The Managing Director, Ghana Sovereign Investment Authority, Mrs. Ama Owusu, also signed.',
      '2018-06-12',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} | ${p.role} | ${p.country}`),
      [
        'Kofi Mensah | President | GHA',
        'Ana Soler | Foreign Minister | CHL',
        'Kwame Boateng | Senior Special Assistant to the President on Media and Publicity | GHA',
        'Yaw Asante | Group General Manager | GHA',
        'Pedro Rojas | Chief Executive Officer | CHL',
        'Ama Owusu | Managing Director | GHA',
      ],
    );
  });
  it('reads "then-" and "ex-" glued to an office or a state, a name set off by a spaced dash ("the First President of Chile – Don Ana Soler"), and keeps "Head of State" as the text gives it', () => {
    assert.deepEqual(
      people(
        'In 2018, then-minister of foreign affairs Luis Marca and then-Peruvian minister of trade Jorge Vega signed an agreement in Lima.',
        '2024-05-02',
      ).map((p) => `${p.name} | ${p.role} | ${p.country}`),
      ['Luis Marca | Minister of Foreign Affairs | null', 'Jorge Vega | Minister of trade | PER'],
    );
    assert.deepEqual(
      people(
        'Thanks to the First President of Chile – Honourable Ana Soler and the President of Peru Luis Quispe, ties grew. The Head of State Pedro Rojas continues the course.',
        '2024-05-02',
      ).map((p) => `${p.name} | ${p.role}`),
      ['Ana Soler | First President of Chile', 'Luis Quispe | President', 'Pedro Rojas | Head of State'],
    );
    // A dash between two offices is no apposition: both are the one person's.
    assert.deepEqual(
      people('The talks were attended by Deputy Prime Minister – Foreign Minister Juan Ruiz.', '2024-05-02').map((p) => p.name),
      ['Juan Ruiz'],
    );
  });
  it('gives no one the state a verb after the name takes as its object ("Kagwe acknowledged Pakistan as a partner"), and keeps a list\'s run across an abbreviation\'s stop ("U.S.")', () => {
    const got = people(
      "Chile's Ambassador to Peru, Ana Soler, with Trade Minister Luis Quispe during a meeting in Lima on June 11. Quispe acknowledged Chile as a key partner.",
      '2025-06-12',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'Luis Quispe PER'],
    );
    assert.deepEqual(
      people(
        'Secretary of State Ana Soler, Secretary of Commerce Luis Quispe, U.S. Trade Representative Jorge Vega, and Ambassador Pedro Rojas chaired the dialogue for the United States.',
        '2023-09-29',
      ).map((p) => p.country),
      ['USA', 'USA', 'USA', 'USA'],
    );
  });
  it('reads a role closing an opening phrase ("In his meeting with the Prime Minister, Dr. X emphasized") as no apposition of the subject after it', () => {
    const got = people(
      'Dr. Ana Soler, Minister of State for Foreign Trade, held talks in Lima with Luis Quispe, Prime Minister of Peru. In her meeting with the Prime Minister, Dr. Ana Soler emphasized trade. During the meeting with the Minister of Foreign Affairs, Jorge Vega, the sides talked.',
      '2024-01-04',
    );
    assert.deepEqual(
      got.map((p) => `${p.name} | ${p.role}`),
      ['Ana Soler | Minister of State for Foreign Trade', 'Luis Quispe | Prime Minister', 'Jorge Vega | Minister of Foreign Affairs'],
    );
  });
  it('takes no state a verb after the name is about ("X said Bolivia must withdraw"), keeps one the person represents, a role that is the subject after a time ("On Monday the Minister of Foreign Affairs of Peru, X met …"), a rotating chair\'s state, and no aide\'s state from the other side\'s President', () => {
    assert.deepEqual(
      people('Minister Ana Soler said Bolivia must withdraw its claim. Minister of State Luis Quispe represented Peru at the meeting.', '2024-05-07').map(
        (p) => `${p.name} ${p.country}`,
      ),
      ['Ana Soler null', 'Luis Quispe PER'],
    );
    assert.deepEqual(
      people('On Monday the Minister of Foreign Affairs of Peru, Jorge Vega met the Chilean Ambassador in Lima.', '2024-05-07').map(
        (p) => `${p.name} | ${p.role} | ${p.country}`,
      ),
      ['Jorge Vega | Minister of Foreign Affairs | PER'],
    );
    assert.deepEqual(
      people('Azali Assoumani, Chairperson of the African Union, held talks with French President Emmanuel Macron in Paris on Monday.', '2024-02-12').map(
        (p) => `${p.name} ${p.country}`,
      ),
      ['Azali Assoumani COM', 'Emmanuel Macron FRA'],
    );
    assert.deepEqual(
      people(
        'Chilean Foreign Minister Ana Soler met Peruvian President Luis Quispe in Lima. Adviser to the President Pedro Rojas also attended.',
        '2024-05-07',
      ).map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'Luis Quispe PER', 'Pedro Rojas null'],
    );
  });
  it('ends a name at a headline\'s verb "Oversee" ("Presidents Soler, Quispe Oversee Inking of 20 Agreements")', () => {
    assert.ok(
      people(
        'Presidents Soler, Quispe Oversee Inking of 20 Agreements\n\nChilean President Ana Soler met Peruvian President Luis Quispe in Lima on Tuesday.',
        '2023-02-15',
      ).every((p) => !/Oversee/.test(p.name)),
    );
  });
  it("second review of the round: a state a verb after the name is about is not the person's; an aide to the President of the first-named host is the host's", () => {
    assert.deepEqual(
      people('Deputy Minister Ana Soler thanked the Government of Japan for its support.', '2024-05-07').map((p) => `${p.name} ${p.country}`),
      ['Ana Soler null'],
    );
    assert.deepEqual(
      people(
        'President Quispe received Chilean Foreign Minister Ana Soler in Lima on Monday. Chief Adviser to the President Pedro Rojas also attended.',
        '2024-05-07',
      )
        .filter((p) => p.name === 'Pedro Rojas')
        .map((p) => p.country),
      ['PER'],
    );
  });
  it("gives a leader who holds two offices at once in the knowledge table the one taken later, the state's over the party's", () => {
    const [xi] = people('Kazakh President Kassym-Jomart Tokayev held talks with his Chinese counterpart Xi Jinping in Astana.', '2024-07-03').filter(
      (p) => p.name === 'Xi Jinping',
    );
    assert.equal(xi?.role, 'President');
  });
  it('gives a leader\'s role from the knowledge table in the text\'s own spelling of it ("the Kuwaiti Amir" makes every Emir an Amir)', () => {
    const got = people(
      'The Kuwaiti Amir, Sheikh Mishal Al Ahmad Al Jaber Al Sabah, concluded a state visit to Doha. The Kuwaiti leader thanked his Qatari counterpart, Sheikh Tamim bin Hamad Al Thani.',
      '2024-02-21',
    );
    assert.deepEqual(
      got.map((p) => p.role),
      ['Amir', 'Amir'],
    );
  });
  it('gives "his Cuban counterpart, X" the office a later "The Cuban Foreign Minister, who …" names, and no office from a longer one', () => {
    assert.deepEqual(
      people(
        'Argentine Foreign Minister Santiago Cafiero met his Cuban counterpart, Bruno Rodríguez, in Buenos Aires on Monday. The Cuban Foreign Minister, who arrived on Sunday, thanked Argentina.',
        '2023-01-24',
      ).map((p) => [p.name, p.role, p.country]),
      [
        ['Santiago Cafiero', 'Foreign Minister', 'ARG'],
        ['Bruno Rodríguez', 'Foreign Minister', 'CUB'],
      ],
    );
    const role = people(
      'Romanian Prime Minister Marcel Ciolacu and his Ukrainian counterpart, Denys Shmyhal, met in Kyiv. The Cabinet of Ministers of Ukraine and the Government of Romania held a joint meeting.',
      '2023-10-18',
    ).find((p) => p.name === 'Denys Shmyhal')?.role;
    assert.ok(!role?.includes('Government'), String(role));
  });
  it('reads a compound family name written alone ("President Cartes Jara") as the person named in full before', () => {
    assert.deepEqual(
      people(
        'President Enrique Peña Nieto met Paraguayan President Horacio Cartes Jara in Mexico City on Friday. Paraguayan President Cartes Jara agreed to expand trade.',
        '2016-08-26',
      ).map((p) => [p.name, p.country]),
      [
        ['Enrique Peña Nieto', 'MEX'],
        ['Horacio Cartes Jara', 'PRY'],
      ],
    );
  });
  it('keeps the limits of this round\'s rules: a rank gives way to the office after the comma, another given name is another person, "Rada" opens a name', () => {
    assert.deepEqual(
      people('Colonel General Ivan Petrov, Deputy Defence Minister of Russia, met Chinese Defense Minister Li Wei in Beijing on Monday.', '2024-04-10').map(
        (p) => [p.name, p.role, p.country],
      ),
      [
        ['Ivan Petrov', 'Deputy Defence Minister of Russia', 'RUS'],
        ['Li Wei', 'Defense Minister', 'CHN'],
      ],
    );
    assert.deepEqual(
      people('Mr Ahmed Ali met President Hassan Sheikh Mohamud in Mogadishu on Monday. Mr Mohamed Ahmed Ali was also present.', '2024-03-18').map(
        (p) => p.name,
      ),
      ['Ahmed Ali', 'Hassan Sheikh Mohamud', 'Mohamed Ahmed Ali'],
    );
    assert.ok(
      people('Bulgarian Deputy Speaker Rada Laykova met the Azerbaijani ambassador in Sofia on Monday.', '2024-03-18').some((p) => p.name === 'Rada Laykova'),
    );
  });
  it('does not give a role named with its article ("the Chilean president,") to the titled name after its comma, while a name\'s row of offices keeps its state', () => {
    const text =
      'Prime Minister Luis Quispe hosted President Ana Soler in Lima. Speaking along with the Chilean president, Prime Minister Quispe praised the talks.';
    const found = people(text, '2024-03-18');
    assert.equal(found.find((p) => p.name === 'Ana Soler')?.country, 'CHL');
    assert.notEqual(found.find((p) => p.name === 'Luis Quispe')?.country, 'CHL');
    assert.deepEqual(
      people('Santiago Regional Governor, Deputy Minister of Mining Rosa Ortiz arrived in Lima.', '2024-03-18').map((p) => `${p.name} ${p.country}`),
      ['Rosa Ortiz CHL'],
    );
  });
  it('reads a month written between a title and a name as a given name, not a date ("Foreign Minister January Makamba"), and "in March President X" still as a month', () => {
    const text = 'Peruvian Foreign Minister January Quispe said on Sunday that Chile and Peru will sign ten agreements.';
    assert.deepEqual(
      people(text, '2024-10-08').map((p) => `${p.name} ${p.role} ${p.country}`),
      ['January Quispe Foreign Minister PER'],
    );
    assert.ok(extractText('t.txt', text, { published: '2024-10-08' }).events.every((e) => !e.date?.startsWith('2024-01')));
    assert.deepEqual(
      extractText('t.txt', 'In March President Ana Soler of Chile visited Peru.', { published: '2024-10-08' }).events.map((e) => e.date),
      ['2024-03'],
    );
  });
  it('reads "Party General Secretary X" as General Secretary, and an office joined by "and" to a role reference as the same holder\'s, not a third person\'s', () => {
    assert.deepEqual(
      people('Party General Secretary Tran Van Long received Chilean President Ana Soler in Hanoi.', '2024-10-08').map((p) => `${p.name}: ${p.role}`),
      ['Tran Van Long: General Secretary', 'Ana Soler: President'],
    );
    const text =
      "Lao PM ends official trip to Vietnam\nSonexay Siphandone called on President Vo Van Thuong and met with National Assembly Chairman Vuong Dinh Hue.\nThe hosts congratulated the guest on his election as the Lao Prime Minister and Vice Chairman of the Lao People's Revolutionary Party.";
    assert.deepEqual(
      people(text).map((p) => `${p.name}: ${p.role} ${p.country}`),
      ['Sonexay Siphandone: Prime Minister LAO', 'Vo Van Thuong: President VNM', 'Vuong Dinh Hue: National Assembly Chairman VNM'],
    );
  });
  it('takes no person from the first words of a state\'s name after a verb of saying ("said Sao Tome and Principe stands ready")', () => {
    assert.deepEqual(
      people('Prime Minister Patrice Trovoada said Sao Tome and Principe stands ready to deepen cooperation with Chile.', '2024-09-06').map((p) => p.name),
      ['Patrice Trovoada'],
    );
  });
  it('takes no person from a large firm\'s brand as the subject of a verb ("Hyundai Rotem said …")', () => {
    assert.deepEqual(
      people('Hyundai Rotem said it expected more orders after Defence Minister Ana Soler of Chile visited Seoul.', '2025-08-01').map((p) => p.name),
      ['Ana Soler'],
    );
  });
  it('reads an initial written without its dot as the start of a name ("his Peruvian counterpart, R Quispe"), not the words "A" and "I"', () => {
    assert.deepEqual(
      people('Chilean Foreign Minister Ana Soler held talks with her Peruvian counterpart, R Quispe.', '2023-10-08').map((p) => `${p.name} ${p.country}`),
      ['Ana Soler CHL', 'R Quispe PER'],
    );
    assert.deepEqual(
      people('A Chilean delegation led by Foreign Minister Ana Soler arrived in Lima.', '2023-10-08').map((p) => p.name),
      ['Ana Soler'],
    );
  });
  it('keeps the title of a name followed by a possessive body ("President Ana Soler\'s Council of Peace", "Minister Luis Quispe\'s Heritage Foundation")', () => {
    assert.deepEqual(
      people("Peru joined Chilean President Ana Soler's Council of Peace and Peruvian Minister Luis Quispe's Heritage Foundation.", '2025-08-01').map(
        (p) => `${p.name}: ${p.role}`,
      ),
      ['Ana Soler: President', 'Luis Quispe: Minister'],
    );
  });
  it('ends a role\'s complement before "and the First Lady", and gives the First Lady the state of the leader whose family name she bears', () => {
    const text =
      'At the invitation of President Luis Quispe of Peru, Ana Soler Vidal, President of the Republic of Chile and the First Lady, Mrs. Marta Soler Vidal paid a State Visit to Peru.';
    assert.deepEqual(
      people(text, '2015-08-10').map((p) => `${p.name}: ${p.role} ${p.country}`),
      ['Luis Quispe: President PER', 'Ana Soler Vidal: President CHL', 'Marta Soler Vidal: First Lady CHL'],
    );
  });
  it('reads long ministries\' names with commas before a name ("the Minister of Agriculture, Food Sovereignty and Forestry, X") as the role, not a name', () => {
    const got = people(
      'The Minister of Agriculture, Food Sovereignty and Forestry, Ana Soler, and the Minister of Labour and Social Policies, Luis Quispe, arrived in Lima.',
      '2023-11-02',
    ).map((p) => `${p.name}: ${p.role}`);
    assert.deepEqual(got, ['Ana Soler: Minister of Agriculture, Food Sovereignty and Forestry', 'Luis Quispe: Minister of Labour and Social Policies']);
  });
  it('gives names listed after a plural title the states "of A and B respectively" in their order', () => {
    assert.deepEqual(
      people('The accord was signed by Foreign Ministers Ana Soler and Luis Quispe of Chile and Peru respectively.', '2019-07-14').map(
        (p) => `${p.name} ${p.country}`,
      ),
      ['Ana Soler CHL', 'Luis Quispe PER'],
    );
  });
  it('takes no name from a headline verb after a title ("Chilean Crown Prince Pledges $6B Investment in Peru")', () => {
    assert.deepEqual(
      people('Chilean Crown Prince Pledges $6B Investment in Peru in Call With Quispe', '2025-01-23')
        .map((p) => p.name)
        .filter((n) => /Pledges/.test(n)),
      [],
    );
  });
  it('takes no mention of a person from a place name one letter away from a name part ("China" is not "Chinh")', () => {
    const text = 'Spanish Prime Minister Ana Soler is on her third visit to China.\n\nIn Hanoi she and counterpart Pham Minh Chinh signed a joint declaration.';
    const got = extractText('t.txt', text, { published: '2025-04-12' });
    assert.ok(
      got.events.every((e) => !(e.countries.includes('CHN') && e.countries.includes('VNM'))),
      JSON.stringify(got.events.map((e) => e.countries)),
    );
  });
  it('keeps "Deputy Prime Minister and Ministers A and B" from joining the plural title to one office, and gives those named "together with" a minister his state', () => {
    const text =
      'The Deputy Prime Minister and Minister of Foreign Affairs of Chile, Ana Soler, is on a mission to Peru, together with the Minister of Agriculture, Food Sovereignty and Forestry, Jorge Prado. In Lima, Deputy Prime Minister and Ministers Prado and Soto will be received by the President of Peru, Luis Quispe.';
    const got = people(text, '2023-11-02');
    assert.deepEqual(
      got.filter((p) => p.name === 'Jorge Prado').map((p) => `${p.role} ${p.country}`),
      ['Minister of Agriculture, Food Sovereignty and Forestry CHL'],
    );
  });
  it('reads "signed by Foreign Ministers of the two countries — A and B" as both ministers, the second of the pair\'s other state', () => {
    const text =
      'President Luis Quispe of Peru received President Ana Soler of Chile in Lima on Monday. The agreement was signed by the Foreign Ministers of the two countries, Gabriel Boric and Jorge Prado.';
    assert.deepEqual(
      people(text, '2024-05-07')
        .filter((p) => ['Gabriel Boric', 'Jorge Prado'].includes(p.name))
        .map((p) => `${p.name}: ${p.role} ${p.country}`),
      ['Gabriel Boric: Foreign Minister CHL', 'Jorge Prado: Foreign Minister PER'],
    );
  });
  it('review of the round: a surname that is also a brand stays a surname; "met the Ghanaian Vice President, Minister X Y, in …" keeps the state of the offices before', () => {
    assert.deepEqual(
      people('German Ambassador Hans Siemens presented his credentials to President Luis Quispe of Peru in Lima on Monday.', '2024-04-22').map((p) => p.name),
      ['Hans Siemens', 'Luis Quispe'],
    );
    assert.equal(
      people('President Luis Quispe of Peru met the Chilean Vice President, Minister of Economic Planning Ana Soler, in Lima on Tuesday.', '2024-03-20').find(
        (p) => p.name === 'Ana Soler',
      )?.country,
      'CHL',
    );
  });
  it('takes no person from a place named after a word ("He said Masdar City is developed …") nor a state from an institution named like a seat for a remit ("State Department for Diaspora Affairs")', () => {
    assert.deepEqual(
      people('President Ana Soler of Chile visited Peru. She said Masdar City is developed in a modern way.', '2024-03-20').map((p) => p.name),
      ['Ana Soler'],
    );
    assert.notEqual(
      people('The Principal Secretary, State Department for Diaspora Affairs, Roseline Njogu, attended the talks in Lima.', '2024-03-20').find(
        (p) => p.name === 'Roseline Njogu',
      )?.country,
      'USA',
    );
  });
  it('reads "NSA X" as the National Security Adviser and "X, the official spokesperson of the Ministry …" as that office', () => {
    const got = people(
      'Chilean Foreign Minister Ana Soler met NSA Jorge Prado in Lima. Luis Quispe, the official spokesperson of the Ministry of External Affairs, said the talks went well.',
      '2024-07-24',
    ).map((p) => `${p.name}: ${p.role}`);
    assert.ok(got.includes('Jorge Prado: National Security Adviser'), JSON.stringify(got));
    assert.ok(got.includes('Luis Quispe: Spokesperson of the Ministry of External Affairs'), JSON.stringify(got));
  });
  it('gives the host state to the officials a visitor meets in its capital, the last of a list with ", and" too, not to a new clause\'s subject', () => {
    const got = people(
      'Chilean Foreign Minister Ana Soler arrived on a short visit to Lima on Monday. She will also hold talks with Trade Minister Jorge Prado, and Energy Minister Luis Quispe before calling on President Dina Vega.',
      '2024-07-22',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.ok(got.includes('Jorge Prado: PER'), JSON.stringify(got));
    assert.ok(got.includes('Luis Quispe: PER'), JSON.stringify(got));
    const said = people(
      'Chilean Foreign Minister Ana Soler arrived on a short visit to Lima on Monday. She met Trade Minister Jorge Prado, and Deputy Minister Marta Ruiz said the talks went well.',
      '2024-07-22',
    ).find((p) => p.name === 'Marta Ruiz');
    assert.notEqual(said?.country, 'PER');
  });
  it('keeps a portfolio list with "Commonwealth" in the office, ends the companions at the verb, gives a consort the monarch\'s state and no state to a body\'s head with an honorific', () => {
    const got = people(
      'Secretary of State for Foreign, Commonwealth and Development Affairs Dominic Raab is on a visit to Peru. President Ana Soler, accompanied by her husband, Jorge Prado, will leave Santiago on Monday for a state visit to Spain as guests of King Felipe VI and Queen Letizia. Raab also met ASEAN Secretary-General Dato Lim Jock Hoi.',
      '2024-07-22',
    ).map((p) => `${p.name}: ${p.role} ${p.country}`);
    assert.ok(
      got.some((g) => g.startsWith('Dominic Raab: Secretary of State for Foreign, Commonwealth and Development Affairs ')),
      JSON.stringify(got),
    );
    assert.ok(got.includes('Letizia: Queen ESP'), JSON.stringify(got));
    assert.ok(got.includes('Lim Jock Hoi: Secretary-General null'), JSON.stringify(got));
  });
  it('reads "Minister in the Presidency" as an office, and gives a speaker no state from the words of a quotation', () => {
    const got = people(
      'Minister in the Presidency Ana Soler said President Luis Quispe will visit Peru. “Peru has been a major investor in Chile’s economy,” Soler said.',
      '2024-08-22',
    ).find((p) => p.name === 'Ana Soler');
    assert.equal(got?.role, 'Minister in the Presidency');
    assert.notEqual(got?.country, 'PER');
  });
  it('gives the host state to a visitor\'s welcoming party, to those he pays a courtesy call on, and to one leader\'s own deputies ("X and his two deputy prime ministers A and B")', () => {
    const got = people(
      'The Prime Minister of Chile, Ana Soler, arrived in Peru today for an official visit. Present at the airport to welcome her were Digital Minister Jorge Prado and Trade Minister Luis Vega. The ceremony will be attended by Peruvian President Dina Quispe and her two deputy prime ministers Marta Ruiz and Pedro Salas. Soler will also pay a courtesy call on Senate President Carlos Mora.',
      '2024-02-27',
    ).map((p) => `${p.name}: ${p.country}`);
    for (const name of ['Jorge Prado', 'Luis Vega', 'Marta Ruiz', 'Pedro Salas', 'Carlos Mora']) assert.ok(got.includes(`${name}: PER`), JSON.stringify(got));
  });
  it('takes no state for a person from a city\'s state after a comma ("arrived from Lima, Peru")', () => {
    const got = people(
      'President Ana Soler of Chile arrived from Lima, Peru, where she attended a summit, and the tour was described as successful by Foreign Minister Jorge Vega.',
    ).find((p) => p.name === 'Jorge Vega');
    assert.notEqual(got?.country, 'PER');
  });
  it('gives a signer the side named after "signed for"', () => {
    const got = people(
      'Chilean Trade Minister Ana Soler signed the agreement for Chile while the Minister of Commerce, Trade and Food Security, Luis Quispe, signed for Peru.',
      '2024-02-03',
    ).find((p) => p.name === 'Luis Quispe');
    assert.equal(got?.country, 'PER');
  });
  it('keeps two people of one family apart when their middle names differ, joins a short form whose office the full one holds, and reads "Minister of A and Minister of State B X" whole', () => {
    const got = people(
      'In the presence of the Amir of Kuwait Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Kuwait was represented by Deputy Prime Minister and Minister of Foreign Affairs Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah. A protocol was later signed by Foreign Minister Sheikh Sabah Al-Khaled. An agreement was signed by Kuwait’s Minister of Social Affairs and Labor and Minister of State of Economic Affairs Hind Al-Sabeeh.',
      '2018-07-09',
    ).map((p) => `${p.name} [${p.aliases.join('; ')}]: ${p.role} ${p.country}`);
    assert.ok(
      got.some((g) => g.startsWith('Sabah Al-Ahmad Al-Jaber Al-Sabah []')),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((g) => g.startsWith('Sabah Al-Khaled Al-Hamad Al-Sabah [Sabah Al-Khaled]')),
      JSON.stringify(got),
    );
    assert.ok(got.includes('Hind Al-Sabeeh []: Minister of Social Affairs and Labor and Minister of State of Economic Affairs KWT'), JSON.stringify(got));
  });
  it('reads "Special Assistant to PM X" as an aide\'s office and "Ambassador in Lima X" as an envoy posted there, both of one side', () => {
    const got = people('Special Assistant to PM Jorge Prado and Chilean Ambassador in Lima Luis Vega attended the talks.', '2024-05-10').map(
      (p) => `${p.name}: ${p.role} ${p.country}`,
    );
    assert.deepEqual(got, ['Jorge Prado: Special Assistant to PM null', 'Luis Vega: Ambassador in Lima CHL']);
  });
  it('ends an adviser\'s remit at the portfolio words when the name follows with no comma ("Advisor on Commerce X", "Adviser to the Prime Minister on Trade X")', () => {
    const got = people(
      'Advisor on Commerce Jorge Prado said trade would grow. Adviser to the Prime Minister on Trade Luis Vega agreed. Senior Special Assistant to the President on Media and Publicity, Ana Soler, spoke.',
    ).map((p) => `${p.name}: ${p.role}`);
    assert.deepEqual(got, [
      'Jorge Prado: Advisor on Commerce',
      'Luis Vega: Adviser to the Prime Minister on Trade',
      'Ana Soler: Senior Special Assistant to the President on Media and Publicity',
    ]);
  });
  it('keeps the office the text gives ("National Leader of the Turkmen people") over the knowledge table\'s', () => {
    const got = people(
      'National Leader of the Turkmen people Gurbanguly Berdimuhamedov received the Chilean Foreign Minister Ana Soler in Ashgabat.',
      '2024-06-11',
    ).find((p) => p.name === 'Gurbanguly Berdimuhamedov');
    assert.equal(got?.role, 'National Leader of the Turkmen people');
  });
  it('review of the round: a relative clause does not end the companions, "his counterpart" is the other side, "thanked X for Chile\'s support" is no signing, and two offices of one family name stay two people', () => {
    const got = people(
      'Chilean President Ana Soler was accompanied by a delegation which was made up of Foreign Minister Jorge Vega and Trade Minister Marta Ruiz during her visit to Peru. Prime Minister Luis Quispe and his counterpart Pedro Salas held talks in Lima. After the loan agreement was signed, Finance Minister Carlos Mora thanked Country Director Keith Hansen for Chile’s budget support.',
      '2024-06-10',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.ok(got.includes('Marta Ruiz: CHL'), JSON.stringify(got));
    assert.ok(!got.includes('Pedro Salas: PER') || !got.includes('Luis Quispe: PER'), JSON.stringify(got));
    assert.ok(!got.includes('Keith Hansen: CHL'), JSON.stringify(got));
    const two = people('Foreign Trade Minister Jorge Ali Vega met the delegation in Lima. Foreign Minister Jorge Ali welcomed the visitors.', '2024-06-10').map(
      (p) => p.name,
    );
    assert.deepEqual(two, ['Jorge Ali Vega', 'Jorge Ali']);
  });
  it('gives signers the side named after them ("for the Chilean side")', () => {
    const got = people(
      'The agreement was signed by Cabinet Secretary Jorge Vega for the Chilean side and Ambassador Luis Quispe for the Peruvian side.',
      '2024-06-10',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.deepEqual(got, ['Jorge Vega: CHL', 'Luis Quispe: PER']);
  });
  it('takes no person from a page label before a date ("Last Update : Friday, Oct 9, 2015")', () => {
    assert.deepEqual(
      people('Last Update : Friday, Oct 9, 2015\nPresident Ana Soler of Chile met President Luis Quispe of Peru.', '2015-10-09').map((p) => p.name),
      ['Ana Soler', 'Luis Quispe'],
    );
  });
  it('gives the side "on the part of" a state names, before or after the name', () => {
    const got = people(
      'On the part of Chile, the Minister of Investment, Jorge Vega, and on the part of Peru, the Minister of Budget, Luis Quispe, signed the memorandum.',
      '2023-12-05',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.deepEqual(got, ['Jorge Vega: CHL', 'Luis Quispe: PER']);
    const after = people('A memorandum was exchanged by Minister of Energy Ana Soler, on the part of Chile, in Lima.', '2023-12-05').find(
      (p) => p.name === 'Ana Soler',
    );
    assert.equal(after?.country, 'CHL');
  });
  it('gives the state of one member to a list of officials who call on a host together', () => {
    const got = people(
      'Chilean Foreign Minister Ana Soler, Minister of Energy Jorge Vega and National Security Advisor Luis Prado called on Prime Minister of Peru Marta Ruiz.',
      '2024-03-20',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.deepEqual(got, ['Ana Soler: CHL', 'Jorge Vega: CHL', 'Luis Prado: CHL', 'Marta Ruiz: PER']);
  });
  it('gives the host state to one who holds talks with the visitor', () => {
    const got = people(
      'Chilean Defence Minister Ana Soler is on a visit to Peru. Earlier, Foreign Secretary Jorge Vega held extensive talks with Soler on cooperation.',
      '2021-12-20',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.deepEqual(got, ['Ana Soler: CHL', 'Jorge Vega: PER']);
  });
  it('second review of the round: the side after the name over a header before it, and a header without a comma ("on the part of Peru by X")', () => {
    const got = people(
      'The talks were attended, on the part of Chile, by Foreign Minister Jorge Vega, and on the part of Peru by Foreign Minister Luis Quispe. Minister Ana Lopez signed the agreement on the part of Chile, and Minister Marta Ruiz on the part of Peru.',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.ok(got.includes('Jorge Vega: CHL') && got.includes('Luis Quispe: PER') && got.includes('Marta Ruiz: PER'), JSON.stringify(got));
  });
  it('reads "Ambassador X, Spokesman for the Chilean Presidency" by the office, its state the office\'s', () => {
    const got = people('Ambassador Jorge Vega, Spokesman for the Chilean Presidency, said the visit to Peru was a success.', '2024-09-04').map(
      (p) => `${p.name}: ${p.role} ${p.country}`,
    );
    assert.deepEqual(got, ['Jorge Vega: Spokesman for the Chilean Presidency CHL']);
  });
  it('gives each side\'s leader its state with a courtesy before the name ("the Peruvian side was led by Mr. X, Permanent Secretary")', () => {
    const got = people(
      'The Chilean side was led by Mr. Jorge Vega, Additional Secretary, and the Peruvian side was led by Mr. Luis Quispe, Permanent Secretary.',
    ).map((p) => `${p.name}: ${p.role} ${p.country}`);
    assert.deepEqual(got, ['Jorge Vega: Additional Secretary CHL', 'Luis Quispe: Permanent Secretary PER']);
  });
  it('gives one named beside the other state\'s representative the first state ("X and a representative of Peru\'s Ministry … signed")', () => {
    const got = people(
      'Chile and Peru signed nine agreements in Lima. Foreign Secretary Jorge Vega and a representative of Peru’s Ministry of Foreign Affairs signed the deals on Tuesday.',
      '2024-12-03',
    ).find((p) => p.name === 'Jorge Vega');
    assert.equal(got?.country, 'CHL');
  });
  it('ends a name at a headline\'s modal before its verb ("President Jorge Vega Will Meet"), not at a given name', () => {
    assert.deepEqual(
      people('Chilean President Ana Soler And Peruvian President Jorge Vega Will Meet').map((p) => p.name),
      ['Ana Soler', 'Jorge Vega'],
    );
    assert.ok(people('British actor Will Smith met President Ana Soler of Chile.').some((p) => p.name === 'Will Smith'));
  });
  it('takes no person from a plural gathering after a title ("the ASEAN Heads of State and Government Summits")', () => {
    assert.deepEqual(
      people('President Ana Soler of Chile attended the ASEAN Heads of State and Government Summits in Vientiane.').map((p) => p.name),
      ['Ana Soler'],
    );
  });
  it('reads an envoy\'s remit of regions ("Special Representative for the Middle East and Africa X") into the office', () => {
    const got = people('In June 2015, Chilean Special Representative for the Middle East and Africa Jorge Vega visited Lima.').find(
      (p) => p.name === 'Jorge Vega',
    );
    assert.equal(got?.country, 'CHL');
    assert.match(got?.role ?? '', /Representative for the Middle East and Africa$/);
  });
  it('takes the state of a seat of government the apposition places an office in ("X, Deputy Director, Media Hub at the State Department")', () => {
    const got = (text: string) => extractText('t.txt', text, { published: '2017-02-16' }).people.map((p) => `${p.name}: ${p.role} ${p.country}`);
    assert.deepEqual(got('Jane Miller-Ross, Deputy Director, Regional Media Hub at the State Department, sent this newspaper an email.'), [
      'Jane Miller-Ross: Deputy Director USA',
    ]);
    // Not a seat named after someone else in between.
    assert.deepEqual(
      got('Ana Soler, Deputy Director, who met Minister John Reed at the Kremlin, sent an email.').filter((p) => p.startsWith('Ana')),
      ['Ana Soler: Deputy Director null'],
    );
  });
  it('reads "Press Secretary to the President X" as the secretary\'s whole office, not the principal\'s', () => {
    const got = extractText(
      't.txt',
      'President Ana Soler of Chile will visit Peru from October 3. Press Secretary to the President Jorge Prado said Peru is an important partner.',
      { published: '2017-10-01' },
    ).people.map((p) => `${p.name}: ${p.role}`);
    assert.deepEqual(got, ['Ana Soler: President', 'Jorge Prado: Press Secretary to the President']);
  });
  it('review of the seventeenth round: a Foreign Secretary who carried a message "to President X" is no secretary of X\'s', () => {
    const got = extractText(
      't.txt',
      'The message was conveyed by the visiting Indian Foreign Secretary to President William Ruto of Kenya on Monday in Nairobi.',
      {
        published: '2024-05-07',
      },
    ).people.map((p) => `${p.name}: ${p.role} ${p.country}`);
    assert.deepEqual(got, ['William Ruto: President KEN']);
  });

  it('gives a family name alone no state of a namesake in the knowledge table who held another office or was out of office that year', () => {
    // (Simon Harris was Ireland's Taoiseach from 2024: "Vice-President Harris" in a 2023 text is someone else.)
    const got = people('Prime Minister of Fiji Sitiveni Rabuka held talks in Washington with Vice-President Harris today.', '2023-08-02').map(
      (p) => `${p.name}: ${p.country}`,
    );
    assert.ok(!got.includes('Harris: IRL'), JSON.stringify(got));
    // … while the same office in its years still gives the state.
    const taoiseach = people('Taoiseach Harris met the Prime Minister of Fiji in Dublin today.', '2024-09-02').map((p) => `${p.name}: ${p.country}`);
    assert.ok(taoiseach.includes('Harris: IRL'), JSON.stringify(taoiseach));
  });
  it('review: keeps the state of a former or late holder ("Former President Obama", "the late Prime Minister Abe"), and of "Prime Minister Harris" in office', () => {
    const of = (text: string, published: string, name: string) => people(text, published).find((p) => p.name === name)?.country;
    assert.equal(of('Former President Obama met Kenyan President William Ruto in Nairobi on 5 July 2023.', '2023-07-06', 'Obama'), 'USA');
    assert.equal(
      of('The late Prime Minister Abe was honoured by Indian Prime Minister Narendra Modi in New Delhi on 10 March 2023.', '2023-03-11', 'Abe'),
      'JPN',
    );
    assert.equal(of('Prime Minister Harris met Prime Minister Modi in New Delhi on 10 June 2024.', '2024-06-11', 'Harris'), 'IRL');
  });
  it('reads "Prime Minister the Hon Anthony Albanese MP" as titled, and "the Director of the Australian War Memorial" as no name', () => {
    const got = people(
      'On invitation by Australia’s Prime Minister the Hon Anthony Albanese MP, Samoa’s Prime Minister, the Honourable Fiame Naomi Mata’afa, visited Australia from 20-25 March 2023. She met the Director of the Australian War Memorial, Mr. Matt Anderson.',
    ).map((p) => `${p.name}: ${p.country}`);
    assert.ok(got.includes('Anthony Albanese: AUS'), JSON.stringify(got));
    assert.ok(!got.some((x) => /War/.test(x)), JSON.stringify(got));
  });
  it('keeps "King Faisal" apart from "Ahmed bin Faisal" (a father\'s name after "bin"), and reads no person in "Uza.", "the Royal Couple" or "the Royal Family"', () => {
    const got = people(
      'RIYADH, May 2, 2019. King Faisal of the Kingdom received Crown Prince Ahmed bin Faisal and Defence Minister Uza. Aminath Shareef of the Maldives in Riyadh on Thursday. The Royal Couple and the Royal Family greeted the guests. King Faisal thanked them.',
    ).map((p) => p.name);
    assert.ok(got.includes('Ahmed bin Faisal') && got.some((n) => /^(?:King )?Faisal$/.test(n)), JSON.stringify(got));
    assert.ok(!got.some((n) => /^(?:Uza|Couple|Royal Family)$/.test(n)), JSON.stringify(got));
  });
  it('reads "Luís Montenegro" as the leader the knowledge table knows, not the state of Montenegro', () => {
    const got = extractText('t.txt', "LISBON, April 19, 2024. A memorandum will be signed at the start of Luís Montenegro's visit to Cape Verde on Saturday.", {
      published: '2024-04-19',
    });
    assert.deepEqual(
      got.people.map((p) => `${p.name}: ${p.country}`),
      ['Luís Montenegro: PRT'],
    );
    assert.ok(
      got.events.every((e) => !e.countries.includes('MNE')),
      JSON.stringify(got.events.map((e) => e.countries)),
    );
  });
  it('reads "Federal Councillor" as an office (the members of Switzerland\'s government)', () => {
    assert.deepEqual(
      people('BERN, 16 January 2017. President Doris Leuthard received the Indian President in Bern, with Federal Councillor Ueli Maurer.', '2017-01-16')
        .filter((p) => p.name === 'Ueli Maurer')
        .map((p) => `${p.role}: ${p.country}`),
      ['Federal Councillor: CHE'],
    );
  });
  it('reads a name after a quotation that closes on "that" ("… for that,” Putin said") and after "reassured"', () => {
    const text =
      'At the airport, President Daniel Ortega of Nicaragua welcomed the Russian guest. “We have a good base for that,” Putin said, adding that Russia and Nicaragua were old friends. Ortega reassured Putin that Nicaragua stood by Russia.';
    assert.ok(
      people(text, '2014-07-13').some((p) => p.name === 'Putin' && p.country === 'RUS'),
      JSON.stringify(people(text, '2014-07-13')),
    );
  });
  it('keeps a lone family name of one leader the table knows, of a state the text is about, in a text of no year', () => {
    const text = 'President Daniel Ortega of Nicaragua welcomed the Russian leader at the airport. “We have a good base,” Putin said about Russia.';
    assert.ok(
      people(text).some((p) => p.name === 'Putin' && p.country === 'RUS'),
      JSON.stringify(people(text)),
    );
    // (Not a family name the table gives to two leaders, or one of a state the text does not name.)
    assert.ok(!people('“We have a good base,” Putin said.').some((p) => p.name === 'Putin'));
  });
  it('reads a city\'s name after a royal title as a given name ("Queen Victoria", "Crown Princess of Sweden Victoria Ingrid")', () => {
    assert.deepEqual(
      people('Queen Victoria of Sweden visited Kenya.', '2020-02-01').map((p) => [p.name, p.role]),
      [['Victoria', 'Queen']],
    );
    assert.deepEqual(
      people('The visit of Crown Princess of Sweden Victoria Ingrid Alice to Vietnam was a highlight.', '2020-02-01').map((p) => [p.name, p.role, p.country]),
      [['Victoria Ingrid Alice', 'Crown Princess', 'SWE']],
    );
    // (Not a city that a title does not stand before: "arrived in Victoria".)
    assert.deepEqual(
      people('President Wavel Ramkalawan welcomed the guests in Victoria, Seychelles.', '2020-02-01').map((p) => p.name),
      ['Wavel Ramkalawan'],
    );
  });
  it('reads "X and her South Korean counterpart Park Jin": a counterpart of two words serves the other side, and a family name that is also a word after "counterpart"', () => {
    const got = people(
      'Romanian President Klaus Iohannis held talks with South Korean President Yoon Suk Yeol in Seoul. Foreign Affairs Minister Luminita Odobescu and her South Korean counterpart Park Jin signed a memorandum on trade.',
      '2023-11-20',
    );
    assert.deepEqual(
      got.filter((p) => ['Luminita Odobescu', 'Park Jin'].includes(p.name)).map((p) => [p.name, p.country]),
      [
        ['Luminita Odobescu', 'ROU'],
        ['Park Jin', 'KOR'],
      ],
    );
  });
});
