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
      titles(`${LEAD} Zambia and Malawi also signed 8 agreements on practical cooperation between ministries and agencies of the two countries.`, '2025-04-10'),
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
