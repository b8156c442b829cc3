import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const trade = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).trade.map((t) => ({
    measure: t.measure,
    value: t.value_usd,
    year: t.year,
    kind: t.kind,
    qualifier: t.qualifier,
    from: t.from,
    to: t.to,
    parties: t.parties,
  }));

const LEAD = 'President of Kyrgyzstan Sadyr Japarov met President of Uzbekistan Shavkat Mirziyoyev in Tashkent on 14 March.';

describe('trade figures', () => {
  it('reads a figure by the measure right after it, a cue in a cause as no measure, a hyphened scale, "outstripped the … mark" and a goal named by its noun', () => {
    const got = trade(
      `${LEAD} Relations grew: over $4.3 billion in trade turnover, more than $4 billion in direct investments in the Uzbek economy. In the first eight months of 2024, trade increased by 9%, largely due to oil supplies, reaching $4.5 billion. Turnover has outstripped the US$20-billion mark. The sides set the goal of developing ties in order to achieve a trade volume of 30 billion dollars. We are close to our 5 billion U.S. Dollar trade target.`,
      '2024-10-09',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.kind} ${t.qualifier} ${t.value} ${t.from}>${t.to}`),
      [
        'turnover actual more_than 4300000000 null>null',
        'investment actual more_than 4000000000 KGZ>UZB',
        'turnover actual exact 4500000000 null>null',
        'turnover actual more_than 20000000000 null>null',
        'turnover target exact 30000000000 null>null',
        'turnover target exact 5000000000 null>null',
      ],
    );
  });
  it('dates "$1.2 billion the following year" after the year stated before it, and a target "this year" by the page', () => {
    const got = trade(`${LEAD} Trade reached $1 billion in 2014 and $1.2 billion the following year. Trade should reach $5 billion this year.`, '2024-03-12');
    assert.deepEqual(
      got.map((t) => `${t.kind} ${t.year} ${t.value}`),
      ['actual 2014 1000000000', 'actual 2015 1200000000', 'target 2024 5000000000'],
    );
  });
  it('dates the start of a change "last year … from X to Y" to the year before the change, and its end to the change\'s year', () => {
    const got = trade(`${LEAD} Trade dropped last year, due to the pandemic, from $5.6 billion to $4.7 billion.`, '2021-10-22');
    assert.deepEqual(
      got.map((t) => `${t.year} ${t.value}`),
      ['2019 5600000000', '2020 4700000000'],
    );
    // A start with a year of its own keeps it.
    const own = trade(`${LEAD} In 2023 trade rose from $1.1 billion in 2020 to $1.5 billion.`, '2024-03-12');
    assert.deepEqual(
      own.map((t) => `${t.year} ${t.value}`),
      ['2020 1100000000', '2023 1500000000'],
    );
  });
  it('reads a level "to hit … in 2018" or "from X in 2009 to Y last year" told of a past year as reached, not a target; "aims to raise trade to … in 2020" stays a target', () => {
    const got = trade(`${LEAD} The forum contributed to a 28% increase in trade to hit $4.5 billion in 2018.`, '2019-05-05');
    assert.deepEqual(
      got.map((t) => `${t.kind} ${t.year} ${t.value}`),
      ['actual 2018 4500000000'],
    );
    const change = trade(`${LEAD} Trade has been increasing, from $200 million in 2009 to $300 million last year.`, '2011-05-05');
    assert.deepEqual(
      change.map((t) => `${t.kind} ${t.year} ${t.value}`),
      ['actual 2009 200000000', 'actual 2010 300000000'],
    );
    const aim = trade(`${LEAD} In 2012 the two sides agreed to raise trade to $5 billion in 2015.`, '2019-05-05');
    assert.deepEqual(
      aim.map((t) => t.kind),
      ['target'],
    );
  });
  it("takes the investor from its firms' adjective and not from the state a partnership is with, and a state's figures with the world named by a pronoun or by many states are no pair's", () => {
    const got = trade(
      `${LEAD} Uzbek companies are among the key investors in the economy of Kyrgyzstan, having invested about $1.2 billion. Kyrgyzstan is the fifth trade partner of Uzbekistan and runs 20 projects worth $300 million in the country.`,
      '2024-03-12',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.value} ${t.from}>${t.to}`),
      ['investment 1200000000 UZB>KGZ', 'investment 300000000 KGZ>UZB'],
    );
    const world = trade(
      `${LEAD} Last year the country's GDP grew 6%, while its import-export turnover reached $500 billion. Uzbekistan has 3,000 foreign-invested projects from 90 countries, with a combined capital of $35 billion. The flow of commerce is $2 billion with Kyrgyzstan, due to the volume of its imports.`,
      '2024-03-12',
    );
    assert.deepEqual(
      world.map((t) => `${t.measure} ${t.value}`),
      ['turnover 2000000000'],
    );
  });
  it("reads the value of a deal to buy arms as contracts, once with its restatements in brackets, and no state's own fund", () => {
    const got = trade(
      `${LEAD} Kyrgyzstan has signed a formal agreement with Uzbekistan to buy 36 fighter jets for $8.7bn (7.8bn euros; £6.7bn), in a major defence deal. Kyrgyzstan plans to finance the deal with money from its €100 billion special defence fund.`,
      '2024-03-12',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.kind} ${t.value}`),
      ['contracts actual 8700000000'],
    );
  });
  it('keeps a figure whose cue a preposition parts from a not-trade word after it, a joint investment fund, a missed plan and "its trade turnover with …"', () => {
    const got = trade(
      `${LEAD} Kyrgyzstan's exports to Uzbekistan rose 15 percent last year to $3 billion despite lower prices. The two sides set up a $2 billion joint investment fund. Trade was planned to reach $5 billion in 2020. In 2022 its trade turnover with Uzbekistan reached $4 billion.`,
      '2024-03-12',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.kind} ${t.value}`),
      ['exports actual 3000000000', 'investment target 2000000000', 'turnover target 5000000000', 'turnover actual 4000000000'],
    );
  });
  it('takes the year of a comparison\'s base "recorded in the same period in 2022", and no exporter from the source of statistics', () => {
    const got = trade(
      `${LEAD} Total trade from January to June 2023 was $9.1 billion, an increase of 5% from $8.7 billion recorded in the same period in 2022. Statistics from the Uzbek government show that Kyrgyzstan's export value to Uzbekistan was $2 billion in 2023.`,
      '2023-09-01',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.year} ${t.value} ${t.from}>${t.to}`),
      ['turnover 2023 9100000000 null>null', 'turnover 2022 8700000000 null>null', 'exports 2023 2000000000 KGZ>UZB'],
    );
  });
  it('gives the base of a comparison its own period ("down from $3.7 billion during the same period in 2023", "last year\'s figure of"), reads "from the current $X to $Y" as actual then target, and "by the year 2030"', () => {
    const lead = 'President Ana Reyes of Peru met President Luis Soto of Chile in Lima on Wednesday.';
    const got = trade(
      `${lead} Trade between Peru and Chile reached $3 billion in the first half of 2024, down from $3.7 billion during the same period in 2023. Peruvian exports to Chile fell from last year's figure of $2.4 billion to $1.9 billion in the first eight months of 2024. The two sides aim to boost trade from the current $10 billion to $15 billion. They set a target of $20 billion by the year 2030.`,
      '2024-09-05',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.year, t.kind]),
      [
        [3e9, 2024, 'actual'],
        [3.7e9, 2023, 'actual'],
        [2.4e9, 2023, 'actual'],
        [1.9e9, 2024, 'actual'],
        // (The current level takes the previous sentence's year, as a figure with none of its own does.)
        [10e9, 2024, 'actual'],
        [15e9, null, 'target'],
        [20e9, 2030, 'target'],
      ],
    );
  });
  it('converts a figure of no stated year at the rate of the year the text was written, and reads "in the next two years" as a target', () => {
    const got = trade(
      'President Ana Reyes of Peru met Prime Minister Jan Novak of the Czech Republic in Prague on Monday. Czech firms signed contracts with Peru worth 120 million CZK. Trade between Peru and the Czech Republic can exceed 2 billion euros in the next two years.',
      '2015-02-24',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.kind, t.value]),
      [
        ['contracts', 'actual', Math.round(120e6 * 0.0407)],
        ['turnover', 'target', Math.round(2e9 * 1.11)],
      ],
      'the 2015 rates of data/usd-rates.tsv, not the latest',
    );
  });
  it('reads the level a target starts from as a reported figure of its year', () => {
    assert.deepEqual(
      trade(
        'Foreign Minister Juan Ortiz of Chile paid an official visit to Peru on April 19-20. Both sides reiterated their commitment to the two-way trade target of 1 billion US dollars by 2020 from 830 million dollars in 2017.',
        '2018-04-22',
      ).map((t) => [t.kind, t.value, t.year]),
      [
        ['target', 1e9, 2020],
        ['actual', 830e6, 2017],
      ],
    );
  });
  it("reads the direction from the goods' state and the owner after the figure, not from an attribution", () => {
    const text = [
      'Trade between Peru and Chile rose by 27% to $8.6 billion in the first half of 2022.',
      'Exports from Peru rose to $5.1 billion, imports of Chilean products to $2.9 billion, according to the Trade Office of Peru to the Republic of Chile.',
      "In June, trade totalled $1.4 billion, including $0.9 billion of Peru's exports to Chile and $0.5 billion of Chile's exports.",
    ].join(' ');
    assert.deepEqual(
      extractText('t.txt', text, { published: '2022-07-15' })
        .trade.filter((t) => t.measure !== 'turnover')
        .map((t) => [t.measure, t.value_usd, t.from, t.to]),
      [
        ['exports', 5_100_000_000, 'PER', 'CHL'],
        ['imports', 2_900_000_000, 'CHL', 'PER'],
        ['exports', 900_000_000, 'PER', 'CHL'],
        ['exports', 500_000_000, 'CHL', 'PER'],
      ],
    );
  });
  it('reads each figure\'s direction from the state nearest before it ("exports from A … and imports from B …")', () => {
    assert.deepEqual(
      trade(
        'Chile is a key partner of Peru. In 2024, exports from Peru totalled $1.2 billion and imports from Chile amounted to $2.6 billion.',
        '2025-04-02',
      ).map((t) => [t.measure, t.value, t.from, t.to]),
      [
        ['exports', 1_200_000_000, 'PER', 'CHL'],
        ['imports', 2_600_000_000, 'CHL', 'PER'],
      ],
    );
  });
  it('reads a goal already met ("reached the targeted $5 billion") as actual, and the figure after it too', () => {
    assert.deepEqual(
      trade(
        'Trade between Chile and Peru reached the targeted $5 billion in 2022, with $4.1 billion already achieved in the first 11 months of 2023.',
        '2024-02-03',
      ).map((t) => [t.value, t.kind, t.year]),
      [
        [5_000_000_000, 'actual', 2022],
        [4_100_000_000, 'actual', 2023],
      ],
    );
    assert.equal(trade('Chile and Peru set a target of $5 billion in trade by 2026.', '2024-02-03')[0]?.kind, 'target');
  });
  it('keeps a target not yet met a target, sterling "pounds of investments", and a direction past a place in a side clause', () => {
    assert.equal(trade('Trade between Chile and Peru has not yet reached the target of $1 billion set by the two leaders.', '2024-05-03')[0]?.kind, 'target');
    assert.deepEqual(
      trade('Chile announced 500 million pounds of investments in Peru during the visit.', '2024-05-03').map((t) => [t.value, t.measure]),
      [[640_000_000, 'investment']],
    );
    assert.deepEqual(
      trade('Chilean exports to Peru grew by 20 percent, the minister told a forum in Santiago, reaching $3 billion in 2023.', '2024-05-03').map((t) => [
        t.from,
        t.to,
      ]),
      [['CHL', 'PER']],
    );
  });
  it('reads a monthly trade report: no increments, no base years, no national totals', () => {
    const text = [
      'LIMA, Sept. 12',
      '',
      'The trade turnover between Peru and Chile rose by $61.2 million in June 2020 compared to the same month in 2019, and exceeded $200 million.',
      'Peruvian exports to Chile in the reporting month made up $120 million, while imports from Chile equaled $80 million.',
      "In June of this year, Peru's exports increased by 15.7 percent compared to the same month of last year, amounting to $3.4 billion.",
      'The foreign trade turnover of Peru in 2019 made up $97.2 billion.',
    ].join('\n');
    assert.deepEqual(
      extractText('t.txt', text, { published: '2020-09-12' }).trade.map((t) => [t.measure, t.value_usd, t.year, t.parties.join('-'), t.from, t.to]),
      [
        ['turnover', 200_000_000, 2020, 'CHL-PER', null, null],
        ['exports', 120_000_000, 2020, 'CHL-PER', 'PER', 'CHL'],
        ['imports', 80_000_000, 2020, 'CHL-PER', 'CHL', 'PER'],
      ],
    );
  });
  it('reads "the two nations" as the pair the text has just named, not the document\'s main pair', () => {
    const text = [
      'President of Chile Ana Soler begins a tour of Peru and Bolivia.',
      "Chile and Peru opened embassies in 1950. Chile is Peru's third largest trade partner, with bilateral trade of about $2.1 billion in 2023.",
      'The two nations aim to raise trade to $3 billion by 2027.',
    ].join('\n');
    const got = trade(text, '2024-05-01');
    assert.deepEqual(
      got.map((t) => [t.parties.join('-'), t.value, t.kind]),
      [
        ['CHL-PER', 2.1e9, 'actual'],
        ['CHL-PER', 3e9, 'target'],
      ],
    );
  });
  it('reads an actual turnover with its year and the document pair as parties', () => {
    const [t] = trade(`${LEAD} Bilateral trade reached $1.5 billion in 2023.`);
    assert.deepEqual(t, { measure: 'turnover', value: 1.5e9, year: 2023, kind: 'actual', qualifier: 'exact', from: null, to: null, parties: ['KGZ', 'UZB'] });
  });
  it('tells targets from actuals', () => {
    const got = trade(`${LEAD} Trade turnover amounted to $1.5 billion last year. The leaders agreed to raise it to $3 billion.`, '2024-03-15');
    assert.deepEqual(
      got.map((t) => [t.value, t.kind, t.year]),
      [
        [1.5e9, 'actual', 2023],
        [3e9, 'target', null],
      ],
    );
  });
  it('reads a level the sides have already brought trade to as actual, however far the verb stands from "to", unless a verb of aim follows', () => {
    const got = trade(
      `${LEAD} We have increased our trade turnover by more than 16 percent compared to a year ago to the level of 2.5 billion dollars. Trade has grown by a fifth, and we intend to bring it to $5 billion.`,
      '2024-03-15',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.kind]),
      [
        [2.5e9, 'actual'],
        [5e9, 'target'],
      ],
    );
  });
  it('gives a figure of "this year" in a text that cannot place it no year, not the year of the figure before it', () => {
    const got = trade(
      `${LEAD} In 2023 trade declined to $1.5 billion. In the first nine months of this year, trade between the two countries reached $1.6 billion.`,
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.year]),
      [
        [1.5e9, 2023],
        [1.6e9, null],
      ],
    );
  });
  it('gives "between January and October last year" the year before, and reads "pursue a $150 billion trade volume by 2030" as a target', () => {
    const got = trade(
      `${LEAD} Trade between the two countries reached nearly US$2.4 billion between January and October last year. Both countries will ambitiously pursue a $15 billion trade volume by 2030.`,
      '2017-01-16',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.year, t.kind]),
      [
        [2.4e9, 2016, 'actual'],
        [15e9, 2030, 'target'],
      ],
    );
  });
  it('reads "expressed their initial agreement to invest $2 billion in Peru\'s ports" as a pledge, from the investors to the state after the figure, not one named before it', () => {
    const got = trade(
      `${LEAD} Peru's minister, who is accompanying the President on his trip to Chile, announced on Saturday that Chileans have expressed their initial agreement to invest $2 billion in Peru's ports and railways.`,
      '2018-02-17',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.value, t.kind, t.from, t.to]),
      [['investment', 2e9, 'target', 'CHL', 'PER']],
    );
  });
  it('gives "by 2024, it had reached $73.8 million", written in a later year, the year 2024', () => {
    const got = trade(`${LEAD} Bilateral trade stood at US$50 million in 2017; by 2024, it had reached only US$73.8 million.`, '2025-01-21');
    assert.deepEqual(
      got.map((t) => [t.value, t.year, t.kind]),
      [
        [50e6, 2017, 'actual'],
        [73.8e6, 2024, 'actual'],
      ],
    );
  });
  it('keeps past growth across a decimal point actual ("increased by 12.3 percent to $1.1 billion in 2023"), an agreement to take trade to a level a target, and a level achieved "by 2023" actual; an export flow keeps its direction', () => {
    const got = trade(
      `${LEAD} Trade between the two countries increased by 12.3 percent to $1.1 billion in 2023. The two sides have reached an agreement to take bilateral trade to $5 billion. They achieved $2 billion in bilateral trade by 2023, surpassing their target.`,
      '2024-05-07',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.kind]),
      [
        [1.1e9, 'actual'],
        [5e9, 'target'],
        [2e9, 'actual'],
      ],
    );
    const [flow] = trade(`${LEAD} Uzbekistan's exports to Kyrgyzstan reached $2.7 billion in Uzbekistan's last fiscal year.`, '2024-05-07');
    assert.deepEqual([flow!.from, flow!.to], ['UZB', 'KGZ']);
  });
  it('reads a headline\'s "seeking $10 billion trade with …" as a target', () => {
    const got = trade(`Tashkent seeking $10 billion trade with Bishkek\n\n${LEAD}`, '2024-05-07');
    assert.deepEqual(
      got.map((t) => [t.value, t.kind]),
      [[10e9, 'target']],
    );
  });
  it('second review of the round: "Seeking closer ties, …" opens no goal; "pushing it to $20 billion" after growth is actual; a present figure after "By 2020 they had signed …" takes no 2020', () => {
    assert.deepEqual(
      trade(`${LEAD} Seeking closer ties, Kyrgyzstan and Uzbekistan noted trade of $2 billion in 2023.`, '2024-05-07').map((t) => [t.kind, t.year]),
      [['actual', 2023]],
    );
    assert.deepEqual(
      trade(`${LEAD} Trade between Kyrgyzstan and Uzbekistan has grown sharply over the past year, pushing it to $20 billion.`, '2024-05-07').map(
        (t) => t.kind,
      ),
      ['actual'],
    );
    assert.deepEqual(
      trade(`${LEAD} By 2020 the two sides had signed 30 agreements, and trade between Kyrgyzstan and Uzbekistan now stands at $7 billion.`, '2024-05-07').map(
        (t) => t.year,
      ),
      // (The level now is the year of writing's, never the 2020 of the signings.)
      [2024],
    );
  });
  it('reads potential as potential, with direction', () => {
    const [t] = trade(`${LEAD} Uzbekistan has the potential to increase its exports to Kyrgyzstan by 40 items for a total of 90 million US dollars.`);
    assert.deepEqual([t!.measure, t!.kind, t!.from, t!.to], ['exports', 'potential', 'UZB', 'KGZ']);
  });
  it('reads imports from a state as flowing from it', () => {
    const [t] = trade(`${LEAD} Kyrgyzstan imported goods worth $300 million from Uzbekistan in 2022.`);
    assert.deepEqual([t!.measure, t!.from, t!.to], ['imports', 'UZB', 'KGZ']);
  });
  it('does not take a hypothetical level for a figure', () => {
    assert.deepEqual(trade(`${LEAD} The president said that even $500 million of trade is not enough for two such neighbours.`), []);
  });
  it('gives each year its own figure in a sentence with two', () => {
    const got = trade(`${LEAD} In 2021 trade turnover reached $1.1 billion, and in 2022 this figure hit $1.4 billion.`);
    assert.deepEqual(
      got.map((t) => [t.value, t.year]),
      [
        [1.1e9, 2021],
        [1.4e9, 2022],
      ],
    );
  });
  it('counts a repeated figure once', () => {
    const got = trade(`${LEAD} Businessmen signed contracts worth $800 million. The contracts worth $800 million cover textiles and energy.`);
    assert.equal(got.length, 1);
    assert.equal(got[0]!.measure, 'contracts');
  });
  it('reads a level "up from" a target as actual, stocks a state\'s firms "have" or that "surpass" or "hit" a level as actual, "N agreements totaling" as contracts, and no figure below a thousand', () => {
    const got = trade(
      `${LEAD} Trade will reach $15 billion by 2030, up from $12.8 billion last year. Uzbek firms have 30 projects worth $2 billion in Kyrgyzstan, and Kyrgyz investment in Uzbekistan recently hit $1.8 billion. Businesses signed 28 agreements totaling $1.7 billion. Uzbek firms run 60 projects worth $2.`,
      '2024-03-15',
    );
    assert.deepEqual(
      got.map((t) => `${t.measure} ${t.kind} ${t.year} ${t.value}`),
      [
        'turnover target 2030 15000000000',
        'turnover actual 2023 12800000000',
        'investment actual null 2000000000',
        'investment actual null 1800000000',
        'contracts actual 2024 1700000000',
      ],
    );
    assert.deepEqual(
      trade(`${LEAD} Bilateral trade was $3.8 billion, according to 2010 data.`, '2024-03-15').map((t) => t.year),
      [2010],
    );
    // "the target year 2030"; "exchange of goods", "interchange"; a "sales agreement" is a contract.
    assert.deepEqual(
      trade(
        `${LEAD} They aim to lift trade to $100 billion well ahead of the target year 2030. We have $12 billion worth exchange of goods. They signed a defence sales agreement worth $142 billion.`,
        '2024-03-15',
      ).map((t) => `${t.measure} ${t.kind} ${t.year} ${t.value}`),
      ['turnover target 2030 100000000000', 'turnover actual null 12000000000', 'contracts actual 2024 142000000000'],
    );
    // Deal values: "agreements valued at", "procurement of"; "investing".
    assert.deepEqual(
      trade(
        `${LEAD} Firms signed 29 agreements valued at $17 billion, including procurement of $7 billion. Uzbek firms are investing over $6 billion in Kyrgyzstan.`,
        '2024-03-15',
      ).map((t) => `${t.measure} ${t.value}`),
      ['contracts 17000000000', 'contracts 7000000000', 'investment 6000000000'],
    );
    // A level a relative clause reports beside a future purpose; a change after a dated level is of no year.
    assert.deepEqual(
      trade(
        `${LEAD} The talks will focus on growing trade, which was worth over $38 billion last year. Trade stood at $22 billion in 2012 but fell to $6 billion due to sanctions.`,
        '2024-03-15',
      ).map((t) => `${t.kind} ${t.year} ${t.value}`),
      ['actual 2023 38000000000', 'actual 2012 22000000000', 'actual null 6000000000'],
    );
    // "over the past six months", written in June: the year of writing.
    assert.deepEqual(
      trade(`${LEAD} Kyrgyz companies invested $170 million in Uzbekistan over the past six months.`, '2023-06-20').map((t) => t.year),
      [2023],
    );
    assert.deepEqual(
      trade(`${LEAD} Kyrgyz companies invested $170 million in Uzbekistan over the past six months.`, '2023-03-20').map((t) => t.year),
      [null],
    );
  });
  it('reads a state\'s pledged loans as a target of investment (SCHEMA.md: "pledged $2 billion in loans"), to the state they are for', () => {
    const pledged = trade(`${LEAD} Japan announced $500 million in concessional loans for Sri Lanka when the prime ministers met.`);
    assert.deepEqual(
      pledged.map((t) => [t.measure, t.kind, t.value, t.from, t.to]),
      [['investment', 'target', 500000000, 'JPN', 'LKA']],
    );
    assert.deepEqual(
      trade(`${LEAD} India offered a line of credit of $1 billion to Mongolia.`).map((t) => [t.measure, t.kind, t.from, t.to]),
      [['investment', 'target', 'IND', 'MNG']],
    );
    // A state's credit line whatever its verb; a bank's is the bank's lending.
    assert.deepEqual(
      trade(`${LEAD} Uzbekistan approved a $500 million credit line for Kyrgyzstan.`).map((t) => [t.measure, t.kind, t.from, t.to]),
      [['investment', 'target', 'UZB', 'KGZ']],
    );
    assert.deepEqual(trade(`${LEAD} The Uzbek Eximbank has opened a credit line of $100 million to finance exports to Kyrgyzstan.`), []);
  });
  it('ignores money that is not trade', () => {
    assert.deepEqual(trade(`${LEAD} The bank will provide a loan of $200 million for a road.`), []);
  });
  it('reads "US dollars" as a currency, not as the United States', () => {
    const [t] = trade(`${LEAD} Trade amounted to more than 2 billion US dollars in 2023.`);
    assert.deepEqual(t!.parties, ['KGZ', 'UZB']);
    assert.equal(t!.qualifier, 'more_than');
  });
});

describe('trade figures: context across sentences and headlines', () => {
  it('gives a breakdown the year of the total just before it', () => {
    const got = trade(`${LEAD}\nTrade reached $402 million in 2023. Uzbek exports to Kyrgyzstan amounted to $268 million.`);
    assert.deepEqual(
      got.map((t) => [t.measure, t.year, t.from]),
      [
        ['turnover', 2023, null],
        ['exports', 2023, 'UZB'],
      ],
    );
  });
  it('reads headline targets', () => {
    assert.deepEqual(
      trade('Türkiye, Italy set $40B trade target at summit').map((t) => t.kind),
      ['target'],
    );
    assert.deepEqual(
      trade('Kazakhstan, Azerbaijan eye $1 billion trade').map((t) => t.kind),
      ['target'],
    );
  });
  it('prefers the cue before a figure to one after it', () => {
    const [t] = trade(`${LEAD} Total trade between the two countries stood at about $3.9 billion in 2023, with Uzbek exports making up most of it.`);
    assert.equal(t!.measure, 'turnover');
  });
});

describe('trade figures: stocks, own years and stated dollars', () => {
  it('keeps an investment stock yearless and takes the year right after a figure', () => {
    const got = trade(
      `${LEAD}\nTrade reached $1.5 billion in 2023. Uzbek companies have invested more than $500 million in Kyrgyzstan.\nLast year trade rose to $365 million, after $301 million in 2022.`,
      '2024-03-15',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.value, t.year]),
      [
        ['turnover', 1.5e9, 2023],
        ['investment', 5e8, null],
        ['turnover', 3.65e8, 2023],
        ['turnover', 3.01e8, 2022],
      ],
    );
  });
  it('prefers the dollar figure the text gives beside another currency', () => {
    const got = trade(`${LEAD} Uzbek companies hold investments of €2.6 billion (roughly $2.8 billion) in Kyrgyzstan.`);
    assert.deepEqual(
      got.map((t) => t.value),
      [2.8e9],
    );
  });
});

describe('trade: currencies, pledges and clauses', () => {
  const full = (text: string, published: string | null = null) => extractText('t.txt', text, { published }).trade;
  it("keeps a figure in another currency as stated, with the text's own dollar value", () => {
    const [t] = full(`${LEAD} Total trade amounted to RM36.5 billion (US$8.2 billion) in 2023.`);
    assert.deepEqual([t!.amount, t!.currency, t!.value_usd, t!.year], [36.5e9, 'MYR', 8.2e9, 2023]);
  });
  it("converts a figure in another currency at the year's rate, and keeps one figure stated three ways", () => {
    const [a] = full(`${LEAD} Trade between the two countries surpassed €1 billion for the first time in 2024.`);
    assert.deepEqual([a!.amount, a!.currency, a!.value_usd !== null && Math.abs(a!.value_usd - 1.08e9) < 0.05e9], [1e9, 'EUR', true]);
    const got = full(`${LEAD} Japan will raise its investment in Uzbekistan to 5 trillion yen or Rs3.2 lakh crore ($42 billion) over five years.`);
    assert.deepEqual(
      got.map((t) => [t.amount, t.currency, t.value_usd, t.kind]),
      [[5e12, 'JPY', 42e9, 'target']],
    );
  });
  it('reads pledged and announced investment as a target, a held stock as actual', () => {
    const got = trade(
      `${LEAD} Uzbekistan decided to invest US$3 billion in Kyrgyzstan. Uzbek companies hold an investment stock in Kyrgyzstan of $900 million.`,
      '2024-03-15',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.kind, t.from, t.to]),
      [
        [3e9, 'target', 'UZB', 'KGZ'],
        [9e8, 'actual', 'UZB', 'KGZ'],
      ],
    );
  });
  it('reads a past change ("grew from X to Y") as actual, a forecast ("may reach") as a target', () => {
    const got = trade(`${LEAD} Trade grew from $1 billion in 2019 to $1.6 billion in 2023. The presidents said it may reach $3 billion by 2027.`);
    assert.deepEqual(
      got.map((t) => [t.value, t.kind, t.year]),
      [
        [1e9, 'actual', 2019],
        [1.6e9, 'actual', 2023],
        [3e9, 'target', 2027],
      ],
    );
  });
  it("takes each figure's parties from its own clause, and skips a trade balance", () => {
    const got = trade(
      `${LEAD} Trade between Kazakhstan and Uzbekistan totaled US$4 billion in 2023 while Kyrgyzstan's trade with Uzbekistan reached $1.1 billion, with Uzbekistan posting a $300 million surplus.`,
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.parties.join()]),
      [
        [4e9, 'KAZ,UZB'],
        [1.1e9, 'KGZ,UZB'],
      ],
    );
  });
  it('gives no direction it cannot read, and reads numbers in words', () => {
    const [t] = trade(`${LEAD} The agreements also provide for investment of about two billion dollars.`);
    assert.deepEqual([t!.value, t!.from, t!.to], [2e9, null, null]);
  });
  it('reads aspirations, next steps and future horizons as targets, "can reach" as potential, and an investment volume as investment', () => {
    const lead = 'President Ali Hassan of Kenya and President Samia Nyerere of Tanzania held talks in Nairobi on Monday.';
    const kinds = (sentence: string) => trade(`${lead} ${sentence}`, '2024-05-06').map((t) => [t.measure, t.value, t.kind, t.from, t.to]);
    assert.deepEqual(kinds('Kenya and Tanzania aspire to reach a volume of trade exchanges of 3 billion dollars.'), [['turnover', 3e9, 'target', null, null]]);
    assert.deepEqual(kinds('They agreed on raising bilateral trade to $2 billion, and then up to $4 billion in the foreseeable future.'), [
      ['turnover', 2e9, 'target', null, null],
      ['turnover', 4e9, 'target', null, null],
    ]);
    assert.deepEqual(kinds('Trade between Kenya and Tanzania can easily reach $1 billion per year, the minister said.'), [
      ['turnover', 1e9, 'potential', null, null],
    ]);
    assert.deepEqual(
      kinds(
        'Trade reached USD1 billion, with a Kenyan investment volume reaching USD2 billion in Tanzania, a figure the sides intend to increase to USD3 billion.',
      ),
      [
        ['turnover', 1e9, 'actual', null, null],
        ['investment', 2e9, 'actual', 'KEN', 'TZA'],
        ['investment', 3e9, 'target', 'KEN', 'TZA'],
      ],
    );
  });
  it('reads the goods\' state as the origin: "imported $2 billion in Kenyan products", "$1 billion of Tanzanian goods"', () => {
    const text = 'In 2023, Tanzania imported over USD 2 billion in Kenyan products, and Kenya imported USD 1 billion of Tanzanian goods.';
    assert.deepEqual(
      trade(text, '2024-05-06').map((t) => [t.measure, t.value, t.from, t.to]),
      [
        ['imports', 2e9, 'KEN', 'TZA'],
        ['imports', 1e9, 'TZA', 'KEN'],
      ],
    );
  });
  it('reads agreements worth a sum as contracts, "targeting" as a target, and the investor from its adjective', () => {
    const lead = 'President Ali Hassan of Kenya held talks with President Samia Nyerere of Tanzania in Nairobi on Wednesday.';
    const read = (sentence: string) => trade(`${lead} ${sentence}`, '2024-07-03').map((t) => [t.measure, t.value, t.kind, t.from, t.to]);
    assert.deepEqual(read('About $3 billion in agreements were signed on Wednesday.'), [['contracts', 3e9, 'actual', null, null]]);
    assert.deepEqual(read('He said he is targeting $1 billion in trade with Tanzania by 2026.'), [['turnover', 1e9, 'target', null, null]]);
    assert.deepEqual(read('Last year the volume of Kenyan investments in the economy of Tanzania reached $1.8 billion.'), [
      ['investment', 1.8e9, 'actual', 'KEN', 'TZA'],
    ]);
  });
  it('reads "would reach" of a year before the text\'s as a reported figure, and with a later year as a target', () => {
    const lead = 'President Ali Hassan of Kenya held talks with President Samia Nyerere of Tanzania in Nairobi on Monday.';
    assert.deepEqual(
      trade(`${lead} The value of trade between Kenya and Tanzania in 2022 would reach around US$507 million.`, '2023-08-21').map((t) => [
        t.value,
        t.year,
        t.kind,
      ]),
      [[507e6, 2022, 'actual']],
    );
    assert.deepEqual(
      trade(`${lead} Trade between Kenya and Tanzania would reach $1 billion by 2025.`, '2023-08-21').map((t) => [t.value, t.year, t.kind]),
      [[1e9, 2025, 'target']],
    );
  });
  it('gives each figure of "In 2016, … $1 million, in 2017 — to $2 million" its own year', () => {
    const text = 'In 2016, mutual trade between Kenya and Tanzania amounted to $169 million, in 2017 — to $259 million.';
    assert.deepEqual(
      trade(text).map((t) => [t.value, t.year]),
      [
        [169e6, 2016],
        [259e6, 2017],
      ],
    );
    // A year right after a figure is still its own.
    assert.deepEqual(
      trade('Trade between Kenya and Tanzania reached $301 million in 2022.').map((t) => [t.value, t.year]),
      [[301e6, 2022]],
    );
  });
  it("does not take a target's year for a figure reported after it", () => {
    const got = trade(`${LEAD} The leaders want to boost trade to $3 billion by 2027. Last year turnover exceeded $900 million.`);
    assert.deepEqual(
      got.map((t) => [t.value, t.year]),
      [
        [3e9, 2027],
        [9e8, null],
      ],
    );
  });
  it('gives each figure of "X in 2022, up from Y in 2021" its own year, brackets after the figures notwithstanding', () => {
    const got = trade(
      'Ghana and Togo held talks. Ghana’s exports to Togo were valued at USD 410 million (GHS 4.9 billion) in 2023, up from USD 388 million (GHS 3.1 billion) in 2022.',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.year]),
      [
        [410e6, 2023],
        [388e6, 2022],
      ],
    );
  });
  it('takes the year and the pair of a sentence that sets the scene for a figure with neither', () => {
    const [t] = extractText(
      't.txt',
      'Prime Minister Ana Reyes of Peru will visit Chile and Bolivia.\n\nIn 2023, Bolivia was Chile’s third trading partner in the region. The total trade value amounted to over US$4 billion.',
    ).trade;
    assert.deepEqual([t?.parties, t?.year, t?.value_usd], [['BOL', 'CHL'], 2023, 4e9]);
  });
  it('reads a span of months as the figure\'s year, "the previous year" from the year just named, "to reach" as a target, and "agreements for $X" as contracts', () => {
    const got = trade(
      'Peru and Chile held talks. From January to September 2021, bilateral trade hit $2.5 billion. Trade rose to $3.1 billion in 2020 from $2.9 billion the previous year. The two sides are on track for trade to reach $5 billion. Chile also signed trade agreements for $260 million with Peru.',
      '2022-05-10',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.value, t.year, t.kind]),
      [
        ['turnover', 2.5e9, 2021, 'actual'],
        ['turnover', 3.1e9, 2020, 'actual'],
        ['turnover', 2.9e9, 2019, 'actual'],
        ['turnover', 5e9, null, 'target'],
        ['contracts', 260e6, 2022, 'actual'],
      ],
    );
  });

  it('reads investment a state "channeled", "poured" or "attracted" as made, one it "will channel" as a target', () => {
    for (const verb of ['channeled', 'poured', 'attracted'])
      assert.deepEqual(
        trade(`Chilean investments in Peru exceeded $4 bn, while Peru ${verb} over $1 bn into the Chilean economy.`, '2022-03-04').map((t) => [
          t.value,
          t.kind,
        ]),
        [
          [4e9, 'actual'],
          [1e9, 'actual'],
        ],
        verb,
      );
    assert.equal(trade('Peru will channel over $1 bn of investments into the Chilean economy.', '2022-03-04')[0]?.kind, 'target');
  });

  it('reads a change still to be made as a target with its year ("needs to be increased to $5 billion by 2020"), a fronted "By the end of this year" as the target\'s year, and "help trade reach $X" as a target', () => {
    const got = trade(
      `${LEAD} By the end of this year, the trade turnover will have been equal to $2 billion. The mutual trade needs to be increased to $5 billion by 2020, Mirziyoyev said. The sides agreed to cooperate on engineering services and help their trade in this sector reach $10 billion a year.`,
      '2017-10-10',
    );
    assert.deepEqual(
      got.map((t) => [t.value, t.year, t.kind]),
      [
        [2e9, 2017, 'target'],
        [5e9, 2020, 'target'],
        [10e9, null, 'target'],
      ],
    );
    // A change that happened stays actual: "was increased to".
    assert.deepEqual(
      trade(`${LEAD} In 2016 trade was increased to $3 billion.`, '2017-10-10').map((t) => [t.value, t.year, t.kind]),
      [[3e9, 2016, 'actual']],
    );
  });

  it('takes "By the end of 2021" fronted in a figure\'s clause as its year when that year is past, and never a coming year for an actual figure', () => {
    assert.deepEqual(
      trade(`${LEAD} By the end of 2021, trade between the countries increased by 33% ($4.3 billion).`, '2022-05-10').map((t) => [t.value, t.year, t.kind]),
      [[4.3e9, 2021, 'actual']],
    );
    assert.deepEqual(
      trade(`${LEAD} Trade stands at $4 billion and should grow by the end of 2025.`, '2022-05-10').map((t) => [t.value, t.year]),
      [[4e9, null]],
    );
  });

  it('gives a figure of a "when" clause the year that opens it ("since 2015, when trade amounted to $1.8 billion")', () => {
    assert.deepEqual(
      trade(
        `${LEAD} Bilateral trade was worth $4.6 billion in 2022, having increased every year since 2015, when bilateral trade amounted to $1.8 billion.`,
        '2023-09-28',
      ).map((t) => [t.value, t.year]),
      [
        [4.6e9, 2022],
        [1.8e9, 2015],
      ],
    );
  });

  it("gives each figure of a change and of a comparison its own year, never the other figure's", () => {
    assert.deepEqual(
      trade(`${LEAD} Trade between the two countries in 2015 decreased by 18 percent, from 481 million euro in 2014 down to 380 million euro.`).map((t) => [
        t.value !== null ? 'usd' : 'eur',
        t.year,
      ]),
      [
        ['usd', 2014],
        ['usd', 2015],
      ],
    );
    assert.deepEqual(
      trade(
        `${LEAD} Uzbek exports to Kyrgyzstan amounted to $380 million in 2015. Kyrgyz exports to Uzbekistan totaled $16.1 million ($16.8 million in 2014).`,
      ).map((t) => [t.value, t.year]),
      [
        [380e6, 2015],
        [16.1e6, 2015],
        [16.8e6, 2014],
      ],
      "a year in brackets with the base is not the figure's: the figure takes the year of the sentence before",
    );
    assert.deepEqual(
      trade(
        `${LEAD} Trade stood at $490 million in 2017, with exports at $208.7 million ($150.8 million in 2016) and imports at $281.3 million ($216.9 million in 2016).`,
      ).map((t) => [t.value, t.year]),
      [
        [490e6, 2017],
        [208.7e6, 2017],
        [150.8e6, 2016],
        [281.3e6, 2017],
        [216.9e6, 2016],
      ],
      'a breakdown follows its total, not the base of the figure before it',
    );
    assert.deepEqual(
      trade(`${LEAD} Trade has amounted to $12.06 billion, up 19 percent compared with 2021, which was $10.14 billion.`).map((t) => [t.value, t.year]),
      [
        [12.06e9, null],
        [10.14e9, 2021],
      ],
      '"compared with 2021, which was $X"',
    );
    assert.deepEqual(
      trade(`${LEAD} Trade reached $4 billion last year, while Uzbek exports to Kyrgyzstan alone exceeded $90 million.`, '2023-05-10').map((t) => t.year),
      [2022, 2022],
      'a figure beside another shares its year',
    );
  });

  it('reads the year of a target from "By the end of the year" (also inside a quotation) and a fronted "This year"', () => {
    assert.deepEqual(
      trade(`${LEAD} The ambassador said, “By the end of the year, our bilateral trade will almost be $11 billion.”`, '2022-11-15').map((t) => [
        t.kind,
        t.year,
      ]),
      [['target', 2022]],
    );
    assert.deepEqual(
      trade(`${LEAD} This year bilateral trade would cross $3 billion, the minister said.`, '2022-06-21').map((t) => [t.kind, t.year]),
      [['target', 2022]],
    );
  });

  it('reads a change that happened ("exports increasing by 24 percent to reach $600 million") and an investment made ("established with an investment of") as actual', () => {
    assert.deepEqual(
      trade(
        `${LEAD} Trade grew by 30 percent in the first four months of 2017, with Uzbek exports to Kyrgyzstan increasing by 24 percent to reach $600 million.`,
      ).map((t) => [t.value, t.kind, t.year]),
      [[600e6, 'actual', 2017]],
    );
    assert.deepEqual(
      trade(`${LEAD} The Uzbek plant in Osh, which was established with an investment of $30 million, employs 400 people.`).map((t) => [t.value, t.kind]),
      [[30e6, 'actual']],
    );
    assert.deepEqual(
      trade(`${LEAD} Uzbek firms are ready to make an investment of $30 million in Osh.`).map((t) => [t.value, t.kind]),
      [[30e6, 'target']],
      'an investment still to be made',
    );
  });

  it('gives figures set side by side the year stated once ("X at the end of 2023, while Y reached Z")', () => {
    assert.deepEqual(
      trade(
        `${LEAD} Kyrgyz direct investment in Uzbekistan amounted to $733 million at the end of 2023, while Uzbek direct investment in Kyrgyzstan reached $1.6 billion.`,
      ).map((t) => [t.value, t.year]),
      [
        [733e6, 2023],
        [1.6e9, 2023],
      ],
    );
  });

  it('gives the two ends of a change over a span of years their own years, and carries a target to the step that continues it', () => {
    assert.deepEqual(
      trade(`${LEAD} Between 2002 and 2012, trade between the two countries grew by 500%, from $1.5 billion to $9 billion.`).map((t) => [t.value, t.year]),
      [
        [1.5e9, 2002],
        [9e9, 2012],
      ],
    );
    assert.deepEqual(
      trade(`${LEAD} The two countries seek to increase bilateral trade to $10 billion, in the first phase, and $20 billion in the second.`).map((t) => [
        t.value,
        t.kind,
      ]),
      [
        [10e9, 'target'],
        [20e9, 'target'],
      ],
    );
    assert.deepEqual(
      trade(`${LEAD} They aim to raise trade to $10 billion, and Uzbek exports to Kyrgyzstan reached $2 billion.`).map((t) => [t.value, t.kind]),
      [
        [10e9, 'target'],
        [2e9, 'actual'],
      ],
      'a figure with a verb of its own is no step of the target',
    );
  });
  it('gives a figure without a year no year from the base of a comparison in the sentence before ("increased by $2 billion compared to 2022")', () => {
    const got = trade(
      'Trade between India and Brazil increased by $2 billion compared to 2022. Exports from Brazil to India grew by 12 percent to $9.1 billion.',
      '2024-03-01',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.value, t.year]),
      [['exports', 9_100_000_000, null]],
    );
    // The year the sentence before gives its own figure still carries over.
    assert.deepEqual(
      trade('Trade between India and Brazil reached $15.2 billion in 2023. Exports from Brazil to India grew to $9.1 billion.', '2024-03-01').map(
        (t) => t.year,
      ),
      [2023, 2023],
    );
  });
  it('reads a level the trade "amounted to" after words of growth as reached, not a target ("growth in trade, which over the past year amounted to more than $600 million")', () => {
    assert.deepEqual(
      trade(
        'President Rahmon of Tajikistan met President Mirziyoyev of Uzbekistan. We noted the growth in mutual trade between Tajikistan and Uzbekistan, which over the past year amounted to more than 600 million dollars.',
        '2022-06-02',
      ).map((t) => [t.value, t.kind, t.year]),
      [[600_000_000, 'actual', 2021]],
    );
    // A level to be raised to is still a target.
    assert.deepEqual(
      trade('Tajikistan and Uzbekistan agreed to raise mutual trade to $2 billion.', '2022-06-02').map((t) => t.kind),
      ['target'],
    );
  });
  it('reads a loan still to be made as a pledged investment from lender to borrower, and a loan repaid as no trade figure', () => {
    const LEAD_KC = 'President Ruto of Kenya met President Xi of China in Beijing.';
    const pledged = (sentence: string) => trade(`${LEAD_KC} ${sentence}`, '2024-05-01').map((t) => [t.measure, t.value, t.kind, t.from, t.to]);
    assert.deepEqual(pledged('China said it would loan Kenya $4.2 billion to help fund the railway.'), [['investment', 4_200_000_000, 'target', 'CHN', 'KEN']]);
    assert.deepEqual(pledged('Kenya will receive a $2 billion Chinese loan to cover the plant.'), [['investment', 2_000_000_000, 'target', 'CHN', 'KEN']]);
    assert.deepEqual(pledged('China will provide Kenya with a fresh loan of $1 billion for the railway.'), [
      ['investment', 1_000_000_000, 'target', 'CHN', 'KEN'],
    ]);
    assert.deepEqual(pledged('Kenya repaid a loan of $500 million last year.'), []);
  });
  it('reads a level trade is "to soon take it to" as a target, and a state\'s earnings from all its exports as no figure of the pair', () => {
    const got = trade(
      'Vietnamese Prime Minister Pham Minh Chinh met Philippine President Ferdinand Marcos in Jakarta. The leaders agreed that the two countries should create favorable conditions for increased bilateral trade to soon take it to $10 billion. Data from the ministry shows Vietnam earned nearly $3.7 billion from rice exports in the first nine months.',
      '2023-09-08',
    );
    assert.deepEqual(
      got.map((t) => [t.measure, t.value, t.kind]),
      [['turnover', 10_000_000_000, 'target']],
    );
  });
  it("gives a partner the figure's own clause names, outside the document's pair, to the state the text reports on, but not a state named in passing beside bilateral trade", () => {
    const text =
      'Trade between Azerbaijan and Turkey reached $2.5 billion in 2020. The trade turnover with another OIC country Tunisia increased, reaching $174.9 million, Azerbaijan said. Turkey is Azerbaijan’s No. 2 trade partner, trailing only Russia, with bilateral trade totaling $2.5 billion in 2020.';
    assert.deepEqual(
      trade(text, '2020-08-20').map((t) => [t.value, t.parties.join('-')]),
      [
        [2_500_000_000, 'AZE-TUR'],
        [174_900_000, 'AZE-TUN'],
      ],
    );
  });
  it('reads a state\'s promise "to finance a $63 million project" as a pledged investment', () => {
    assert.deepEqual(
      trade(
        'President Xi Jinping of China met President Denis Sassou Nguesso of Congo in Brazzaville on Friday. China agreed to finance a $63 million project to build a hospital in Congo.',
        '2013-03-30',
      ).map((t) => [t.measure, t.value, t.kind]),
      [['investment', 63_000_000, 'target']],
    );
  });
  it('reads "two-way commerce", "import turnover" and "import-export turnover", and imports named after exports "to" the partner as coming from it', () => {
    assert.deepEqual(
      trade(
        "India's two-way commerce with China declined to $113.83 billion in 2022. Last year, Vietnam's export turnover to South Korea reached $21.9 billion and import turnover reached $56.2 billion. In early 2022 the total import-export turnover of Vietnam and South Korea reached $13.8 billion.",
        '2022-05-10',
      ).map((t) => [t.measure, t.value, t.from, t.to]),
      [
        ['turnover', 113_830_000_000, null, null],
        ['exports', 21_900_000_000, 'VNM', 'KOR'],
        ['imports', 56_200_000_000, 'KOR', 'VNM'],
        ['turnover', 13_800_000_000, null, null],
      ],
    );
  });
  it('gives the year of "the same period of 2022" in brackets to the bracketed figure, not to the figure before it', () => {
    assert.deepEqual(
      trade('The trade turnover between Kazakhstan and Uzbekistan reached $1.5 billion ($1.4 billion over the same period of 2022).', '2023-05-20').map((t) => [
        t.value,
        t.year,
      ]),
      [
        [1_500_000_000, null],
        [1_400_000_000, 2022],
      ],
    );
  });
  it('reads "commerce between the two countries" as turnover', () => {
    assert.deepEqual(
      trade(
        'President Enrique Peña Nieto met Paraguayan President Horacio Cartes in Mexico City. Commerce between the two countries has grown to $224 million.',
        '2016-06-02',
      ).map((t) => [t.measure, t.value]),
      [['turnover', 224_000_000]],
    );
  });
  it('keeps the review\'s cases: "and credit flows", "Besides the loan China will invest", a World Bank loan, a Finance Minister, and growth "to bring the total to"', () => {
    const LEAD_KC = 'President Ruto of Kenya met President Xi of China in Beijing on Monday.';
    assert.deepEqual(
      trade('Bilateral trade between Kenya and China reached $5 billion and credit flows also grew last year.', '2024-05-01').map((t) => [t.measure, t.value]),
      [['turnover', 5_000_000_000]],
    );
    assert.deepEqual(
      trade(`${LEAD_KC} Besides the loan China will invest $3 billion in Kenya's railways.`, '2024-05-01').map((t) => [t.measure, t.kind]),
      [['investment', 'target']],
    );
    assert.deepEqual(trade(`${LEAD_KC} Kenya will receive $2 billion in loans from the World Bank this year.`, '2024-05-01'), []);
    assert.deepEqual(trade(`${LEAD_KC} Kenya's Finance Minister said Kenya owes China $8 billion.`, '2024-05-01'), []);
    assert.deepEqual(
      trade('Trade between Kenya and China grew by 20 percent in 2023 to bring the total to $5 billion.', '2024-05-01').map((t) => [t.kind, t.year]),
      [['actual', 2023]],
    );
  });
  it('reads "a 22% increase to $X in the first nine months of this year" as a measured change of this year, not a target of the year before', () => {
    assert.deepEqual(
      trade(
        'Trade between Chile and Poland in 2022 reached $300 million, also showing a 15% increase to $250 million in the first nine months of this year.',
        '2023-11-20',
      ).map((t) => [t.value, t.kind, t.year]),
      [
        [300_000_000, 'actual', 2022],
        [250_000_000, 'actual', 2023],
      ],
    );
    // One still sought stays a target.
    assert.deepEqual(
      trade('Chile and Poland aim for a 20% increase to $500 million in bilateral trade.', '2023-11-20').map((t) => t.kind),
      ['target'],
    );
  });
  it('reads "The $X deal follows deals signed in 2022" as the figure given before, not a second one of 2022', () => {
    assert.deepEqual(
      trade(
        'Chile and Peru signed a $2.5 billion contract for copper smelters on Friday. The $2.5 billion deal follows a series of deals Peru signed in 2022.',
        '2025-08-01',
      ).map((t) => [t.value, t.year]),
      [[2_500_000_000, 2025]],
    );
  });
  it('reads "bilateral exchange reached USD 3.3 billion" as turnover', () => {
    assert.deepEqual(
      trade('In 2015, bilateral exchange between Peru and Ecuador reached USD 3.3 billion.', '2016-06-08').map((t) => [t.measure, t.value, t.year]),
      [['turnover', 3_300_000_000, 2015]],
    );
  });
  it('reads "A\'s exports to B jumped by 46 per cent to $X extending a good trade run" as exports, not the trade the participle speaks of', () => {
    assert.deepEqual(
      trade(
        'Ghana’s exports to Togo jumped the highest in West Africa by 46 per cent to $236.7 million extending a good trade run between the pair.',
        '2022-09-06',
      ).map((t) => [t.measure, t.from, t.to]),
      [['exports', 'GHA', 'TGO']],
    );
  });
  it('keeps the limits of this round\'s rules: "crossed the $5 billion mark" is a figure of its own year, a called-for increase is a target', () => {
    assert.deepEqual(
      trade(
        'Trade between Chile and Peru reached $5 billion in 2022. In 2023, trade between Chile and Peru again crossed the $5 billion mark.',
        '2024-01-10',
      ).map((t) => t.year),
      [2022, 2023],
    );
    assert.deepEqual(
      trade('The leaders called for a 50% increase to $10 billion in bilateral trade between Chile and Peru by 2030.', '2024-01-10').map((t) => t.kind),
      ['target'],
    );
  });
  it('reads a figure right before a deal\'s noun as a contract ("a $62 million agreement signed with a firm"), and a level it stands at now beside a target as actual', () => {
    assert.deepEqual(
      trade(
        'Chile has invested $370 million in Peru since 2005. He noted a $62 million agreement signed with a Chilean firm to build three plants.',
        '2024-11-21',
      )
        .filter((t) => t.value === 62_000_000)
        .map((t) => [t.measure, t.kind, t.year]),
      [['contracts', 'actual', 2024]],
    );
    assert.deepEqual(
      trade('He hoped that the Chile-Peru turnover would reach $1 billion soon as it currently stands at $466 million.', '2024-11-21').map((t) => [
        t.value,
        t.kind,
      ]),
      [
        [1_000_000_000, 'target'],
        [466_000_000, 'actual'],
      ],
    );
    assert.deepEqual(
      trade('Chile and Peru said the trade target now stands at $5 billion.', '2024-11-21').map((t) => t.kind),
      ['target'],
    );
  });
  it('reads goods one state offers the other ("Chile offers 95 types of goods worth $700 million") as its potential exports', () => {
    assert.deepEqual(
      trade(
        'President Ana Soler of Chile met President Luis Quispe of Peru in Lima. Soler said Chile offers 95 types of goods worth $700 million.',
        '2024-11-21',
      ).map((t) => [t.measure, t.kind, t.from, t.to]),
      [['exports', 'potential', 'CHL', 'PER']],
    );
  });
  it('reads a credit line a state\'s own bank pledges ("Chile Exim Bank also committed a $200m credit line") as the state\'s pledged investment; one a bank has opened stays its lending', () => {
    const lead = 'President Ana Soler of Chile and President Luis Quispe of Peru signed seven agreements in Lima on Monday.';
    assert.deepEqual(
      trade(`${lead} Chile Exim Bank also committed a $200m credit line for special economic zones.`, '2018-07-24').map((t) => [
        t.measure,
        t.kind,
        t.from,
        t.to,
      ]),
      [['investment', 'target', 'CHL', 'PER']],
    );
    assert.deepEqual(trade(`${lead} Chilean Eximbank has opened a credit line of $100 million to finance Chilean exports to Peru.`, '2018-07-24'), []);
  });
  it('reads "Chile buys $45 billion of goods a year from Peru, but sells around $7 billion worth" as imports from Peru and exports to Peru', () => {
    assert.deepEqual(
      trade(
        'Chile buys about $45 billion of goods every year from Peru, its fourth-largest trading partner, but sells around $7 billion worth.',
        '2025-04-11',
      ).map((t) => [t.measure, t.value, t.from, t.to]),
      [
        ['imports', 45_000_000_000, 'PER', 'CHL'],
        ['exports', 7_000_000_000, 'CHL', 'PER'],
      ],
    );
  });
  it('reads a goal raised to a level as a target, and investments "amounting to" a sum as a stock held', () => {
    assert.deepEqual(
      trade('President Soler said Chile and Peru have more than doubled their bilateral trade volume target to $1 billion.', '2022-02-21').map((t) => t.kind),
      ['target'],
    );
    assert.deepEqual(
      trade('Both leaders welcomed Chilean investments in Peru, amounting to approximately USD 2 billion across 900 projects.', '2025-07-03').map((t) => [
        t.measure,
        t.kind,
      ]),
      [['investment', 'actual']],
    );
  });
  it('reads a pledge told again as "investments and trade … in the amount of" the same sum as one investment figure', () => {
    assert.deepEqual(
      trade(
        'Chile wants to invest $60 billion in Peru over the next four years. "Chile intends to broaden its investments and trade with Peru over the next four years, in the amount of $60 billion," the report said.',
        '2025-01-23',
      ).map((t) => [t.measure, t.kind]),
      [['investment', 'target']],
    );
  });
  it('reads the same sum in the same currency in headline and body as one figure, with the dollars the text gives', () => {
    const got = extractText(
      't.txt',
      "Chile plans 10 billion euros of investment in Peru\n\nChile's president said his country would invest some 10 billion euros ($11.6 billion) in Peru, during an official trip to Lima on Friday.",
      { published: '2018-09-07' },
    ).trade;
    assert.deepEqual(
      got.map((t) => [t.measure, t.amount, t.currency, t.value_usd]),
      [['investment', 10_000_000_000, 'EUR', 11_600_000_000]],
    );
  });
  it('reads "investment commitments amounting to 10 billion euros … by 2030" as a target of 2030, and "the third-largest foreign investor in Peru, with $66 billion in stock" as an investment held', () => {
    assert.deepEqual(
      trade(
        'President Ana Soler of Chile signed on Tuesday an agreement relating to Chilean investment commitments amounting to 10 billion euros in the Peruvian economy by 2030.',
        '2024-02-28',
      ).map((t) => [t.measure, t.kind, t.year]),
      [['investment', 'target', 2030]],
    );
    assert.deepEqual(
      trade('Chile is the third-largest foreign investor in Peru, with more than US$ 66.3 billion in stock.', '2025-06-02').map((t) => [
        t.measure,
        t.kind,
        t.from,
        t.to,
      ]),
      [['investment', 'actual', 'CHL', 'PER']],
    );
  });
  it('review of the round: stakes, bonds and aid are no trade; the seller is the state before "sold"; an announced investment "amounting to" is a target; a target met is actual', () => {
    assert.deepEqual(
      trade('The company sold its stake in the Peruvian mine for $3.5 billion, President Ana Soler of Chile told President Luis Quispe of Peru.', '2024-05-28'),
      [],
    );
    assert.deepEqual(trade('Peru sold Eurobonds worth $1.5 billion to investors from Chile last year, Finance Minister Luis Quispe said.', '2024-03-20'), []);
    assert.deepEqual(trade('Chile offered humanitarian goods worth $10 million to Peru during the talks in Lima on Tuesday.', '2024-05-28'), []);
    assert.deepEqual(
      trade('Chile signed a $100 million agreement with Peru to support health programmes, the ambassador said in Lima on Tuesday.', '2024-05-28'),
      [],
    );
    assert.deepEqual(
      trade('Chilean President Ana Soler said Peru sold goods worth $2 billion to Chile in 2023.', '2024-03-20').map((t) => [t.from, t.to]),
      [['PER', 'CHL']],
    );
    assert.deepEqual(
      trade('Chile announced investments amounting to $15 billion in Peru during the visit of President Luis Quispe to Santiago on Sunday.', '2024-02-12').map(
        (t) => t.kind,
      ),
      ['target'],
    );
    assert.deepEqual(
      trade(
        'Chilean exports to Peru met the target at $5 billion in 2023, President Ana Soler told President Luis Quispe in Lima on Tuesday.',
        '2024-03-20',
      ).map((t) => t.kind),
      ['actual'],
    );
  });
  it('reads "investment agreements worth more than $10 billion will be signed" as deals still to be made', () => {
    assert.deepEqual(
      trade('Officials of Chile and Peru will meet on Sunday, where investment agreements worth more than US$10 billion will be signed.', '2024-11-09').map(
        (t) => t.kind,
      ),
      ['target'],
    );
  });
  it('reads "£10 billion ($13.8 billion, 11.7 billion euros)" as one figure, the others the same sum in other currencies', () => {
    assert.deepEqual(
      trade(
        'Chile will invest in Peru over five years an amount worth £10 billion ($13.8 billion, 11.7 billion euros), according to a joint statement.',
        '2021-09-16',
      ).length,
      1,
    );
  });
  it('second review of the round: "with the assistance of banks" is no aid; a verb "shares" is no holding; commitments carried out are actual; goods offered go from the state that offers', () => {
    assert.deepEqual(
      trade(
        'The leaders witnessed the signing of a $500 million agreement between Chile and Peru for the construction of a port with the assistance of Chilean banks.',
        '2024-05-10',
      ).map((t) => t.measure),
      ['contracts'],
    );
    assert.deepEqual(
      trade('Trade between Chile and Peru, which shares a long border with it, reached $41 billion last year.', '2024-05-10').map((t) => t.value),
      [41_000_000_000],
    );
    assert.deepEqual(
      trade("Chile's investment commitments worth $5 billion in Peru, made in 2019, have been fully implemented, the minister said.", '2024-05-10').map(
        (t) => t.kind,
      ),
      ['actual'],
    );
    assert.deepEqual(
      trade('Chile offers Peru goods worth $500 million, including copper and wine.', '2024-05-10').map((t) => [t.from, t.to]),
      [['CHL', 'PER']],
    );
  });
  it('reads Namibian dollars ("N$"), the state right after a figure as its own ("… and $22 billion in imports from Peru"), and no measure from a fronted topic', () => {
    assert.deepEqual(
      trade('In 2023, total trade between Namibia and Chile stood at N$6.1 billion.', '2024-05-02').map((t) => t.value),
      [330620000],
    );
    assert.deepEqual(
      trade('Trade reached $34 billion in 2023. This includes $12 billion in exports from Chile and $22 billion in imports from Peru.', '2024-05-02').map(
        (t) => `${t.measure} ${t.from}->${t.to}`,
      ),
      ['turnover null->null', 'exports CHL->PER', 'imports PER->CHL'],
    );
    assert.deepEqual(
      trade('Regarding trade and investment, Chile earned $127 million from exports to Peru in 2023.', '2024-05-02').map((t) => t.measure),
      ['exports'],
    );
  });
  it('reads a share of a total by what it is attributed to ("$2 billion is attributed to Chilean exports and $16 billion to imports of Peruvian goods")', () => {
    assert.deepEqual(
      trade(
        'Of the total trade, about $2 billion is attributed to Chilean exports and $16 billion to imports of Peruvian goods, the ministry said of trade between Chile and Peru.',
        '2023-10-25',
      ).map((t) => `${t.measure} ${t.from}->${t.to}`),
      ['exports CHL->PER', 'imports PER->CHL'],
    );
  });
  it('takes no year from a later span when the figure\'s own period ("between January and August this year") cannot be placed', () => {
    assert.deepEqual(
      trade(
        'The deal was signed in July 2007, and between January and August this year, trade between Chile and Peru was at 1.8 billion US dollars and has increased 300% between 2002 and 2007.',
      ).map((t) => t.year),
      [null],
    );
  });
  it('reads the measure right after a figure ("with Peru\'s $373 million exports")', () => {
    assert.deepEqual(
      trade('Trade between Chile and Peru was $858 million in 2018, with Peru’s $373 million exports.').map((t) => `${t.measure} ${t.value}`),
      ['turnover 858000000', 'exports 373000000'],
    );
  });
  it('review of the round: a credit line named by what it pays for is no trade; a possessive state before a figure owns its exports', () => {
    assert.deepEqual(trade('Chile extended a $500 million export credit line to Peru in 2023, President Ana Soler said.', '2024-06-10'), []);
    assert.deepEqual(
      trade('Trade between Chile and Peru reached $858 million in 2018, with Peru’s $373 million exports.', '2024-06-10').map(
        (t) => `${t.measure} ${t.from}->${t.to}`,
      ),
      ['turnover null->null', 'exports PER->CHL'],
    );
  });
  it('reads "a commitment by X to invest" and "signed 36 memoranda for a total investment of" as targets', () => {
    assert.deepEqual(
      trade('It started with a commitment by Chile to invest 10 billion dollars into the Peruvian economy.', '2022-10-15').map(
        (t) => `${t.kind} ${t.from}->${t.to}`,
      ),
      ['target CHL->PER'],
    );
    assert.deepEqual(
      trade(
        'The governments and companies of Chile and Peru signed 36 Memorandum of Understanding for a total investment of more than USD 7.49 billion.',
        '2024-02-15',
      ).map((t) => t.kind),
      ['target'],
    );
  });
  it('gives a running total ("thus far $1 billion has been invested") no year of an earlier start', () => {
    assert.deepEqual(
      trade('Having started in 2018, thus far one billion dollars has been invested by Chile in Peru through a company called Andes Power.', '2022-10-15').map(
        (t) => `${t.kind} ${t.year}`,
      ),
      ['actual null'],
    );
  });
  it('second review of the round: contracts completed "for a total investment of" are actual', () => {
    assert.deepEqual(
      trade('Chilean companies have completed 120 contracts in Peru for a total investment of $4 billion since 2015.', '2024-05-10').map((t) => t.kind),
      ['actual'],
    );
  });
  it('reads "deals worth $28 billion to be inked" as a target', () => {
    assert.deepEqual(
      trade('Chile and Peru deals worth $28 billion to be inked during the visit.', '2021-11-04').map((t) => t.kind),
      ['target'],
    );
  });
  it('third review of the round: "thirty memoranda for a total investment of $5 billion were signed" is a target', () => {
    assert.deepEqual(
      trade('Thirty memoranda of understanding for a total investment of $5 billion were signed between Chile and Peru.', '2024-02-20').map((t) => t.kind),
      ['target'],
    );
  });
  it('reads "exports increasing to $X (PEN Y) in <the year of writing> compared to $Z in <the year before>" as levels reached, not a target', () => {
    const got = extractText(
      't.txt',
      'Trade between Chile and Peru has grown, with Chilean exports increasing to USD 63 million (PEN 230 million) in 2024 compared to USD 45 million in 2023.',
      { published: '2024-12-01' },
    ).trade.map((t) => `${t.value_usd} ${t.year} ${t.kind}`);
    assert.deepEqual(got, ['63000000 2024 actual', '45000000 2023 actual']);
    // A level set as an aim stays a target, whatever bracket follows it.
    assert.deepEqual(
      extractText('t.txt', 'Chile and Peru want to increase trade to $5 billion (PEN 20 billion) in 2024.', { published: '2024-12-01' }).trade.map(
        (t) => t.kind,
      ),
      ['target'],
    );
  });
  it('reads "Chile\'s export volume of $X" as exports, and "exports reached $X" as reached even after a word of potential earlier in the sentence', () => {
    const got = (text: string) =>
      extractText('t.txt', text, { published: '2021-04-20' }).trade.map((t) => `${t.measure} ${t.from}>${t.to} ${t.value_usd} ${t.year} ${t.kind}`);
    assert.deepEqual(got('A council chairman said that Chile’s export volume of $1.6 billion to Peru is expected to grow.'), [
      'exports CHL>PER 1600000000 null actual',
    ]);
    assert.deepEqual(
      got(
        'Saying that the measures have fueled trade potential, he noted that Chile’s exports to Peru reached $563 million in the first quarter of this year.',
      ),
      ['exports CHL>PER 563000000 2021 actual'],
    );
    // A level that only could have been reached stays a potential.
    assert.deepEqual(got('Chile and Peru have the potential to raise trade, which could have reached $5 billion.'), [
      'turnover null>null 5000000000 null potential',
    ]);
  });
  it('review of the seventeenth round: a level forecast for the year of writing "compared to" an earlier one stays a target; "could easily have reached" stays a potential', () => {
    const kinds = (text: string, published: string) => extractText('t.txt', text, { published }).trade.map((t) => `${t.value_usd} ${t.kind}`);
    assert.deepEqual(kinds('Chilean exports to Peru are anticipated to grow to USD 63 million in 2024 compared to USD 45 million in 2023.', '2024-03-01'), [
      '63000000 target',
      '45000000 actual',
    ]);
    assert.deepEqual(
      kinds('Trade between Chile and Peru could easily have reached $5 billion last year, the minister said, noting the untapped potential.', '2024-05-07'),
      ['5000000000 potential'],
    );
  });
});
