// The thirty-sixth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const figures = (text: string, published: string | null = '2024-05-02') =>
  facts(text, published).trade.map((t) => [t.measure, t.amount ?? t.value_usd, t.currency, t.kind, t.parties.join('+'), t.from, t.to]);

describe('trade: "total trade with" the partner, in a text on the pair', () => {
  const LEAD = 'Jakarta - Indonesia and Norway agreed on Monday to deepen economic ties.';

  it('reads the total and its parts as the pair’s, the unnamed state owning the flows', () => {
    assert.deepEqual(figures(`${LEAD} Total trade with Norway reached $1.42 billion, with exports valued at $0.95 billion and imports at $0.47 billion.`), [
      ['turnover', 1420000000, null, 'actual', 'IDN+NOR', null, null],
      ['exports', 950000000, null, 'actual', 'IDN+NOR', 'IDN', 'NOR'],
      ['imports', 470000000, null, 'actual', 'IDN+NOR', 'NOR', 'IDN'],
    ]);
  });

  it('still reads a state’s total trade with the world as no pair’s figure', () => {
    assert.deepEqual(figures(`${LEAD} Indonesia's total trade reached $520 billion last year.`), []);
  });
});

describe('trade: goods a state stands ready to supply', () => {
  const LEAD = 'Tashkent - Uzbek President Shavkat Mirziyoyev received the Slovak Prime Minister on Tuesday.';

  for (const verb of ['is prepared to supply', 'is ready to export', 'stands willing to sell']) {
    it(`reads "${verb} … goods worth" as a potential, not a pledge`, () => {
      assert.deepEqual(figures(`${LEAD} Uzbekistan ${verb} 60 types of goods worth $300 million to Slovakia.`), [
        ['exports', 300000000, null, 'potential', 'SVK+UZB', 'UZB', 'SVK'],
      ]);
    });
  }

  it('keeps goods a state will supply as a target', () => {
    assert.equal(figures(`${LEAD} Uzbekistan will supply 60 types of goods worth $300 million to Slovakia.`)[0]?.[3], 'target');
  });
});

describe('trade: money that would be invested to help a state', () => {
  const LEAD = 'Suva - Fiji and Japan held talks on Thursday.';

  it('reads "would be invested to bolster Fiji’s …" as a pledge to Fiji from the other state', () => {
    assert.deepEqual(figures(`${LEAD} The Japanese envoy announced that 15 million US dollars would be invested to strengthen Fiji's fisheries.`), [
      ['investment', 15000000, null, 'target', 'FJI+JPN', 'JPN', 'FJI'],
    ]);
  });

  it('reads an existing stock as actual beside the new money sought', () => {
    assert.deepEqual(
      figures(
        'Accra - Ghana and Turkey held talks on Thursday. Ghana hopes to draw a further $500 million in Turkish investment to add to existing investments of about $1.2 billion.',
      ).map((f) => [f[1], f[3]]),
      [
        [500000000, 'target'],
        [1200000000, 'actual'],
      ],
    );
  });
});

describe('trade: a bare currency word several states share', () => {
  it('reads "crowns" in a text on Danish trade as Danish kroner', () => {
    const found = figures(
      'Copenhagen - Denmark and Vietnam held talks on Monday. Danish exports to Vietnam reached 3 billion crowns in 2023. Denmark hopes for more.',
    );
    assert.deepEqual(
      found.map((f) => [f[1], f[2]]),
      [[3000000000, 'DKK']],
    );
  });

  it('reads "pesos" in a text on Chile as Chilean pesos', () => {
    const found = figures('Santiago - Chile and Korea met on Monday. Chilean exports to Korea reached 900 billion pesos in 2023. Chile hopes for more.');
    assert.deepEqual(
      found.map((f) => f[2]),
      ['CLP'],
    );
  });

  it('leaves the figure out when no claimant is named', () => {
    assert.deepEqual(figures('Bilateral trade between Kenya and Ghana reached 3 billion crowns in 2023.'), []);
  });
});
