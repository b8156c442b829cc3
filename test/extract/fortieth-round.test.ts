// The fortieth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = null) => facts(text, published).agreements.map((a) => a.title);
const people = (text: string, published: string | null = null) =>
  facts(text, published)
    .people.map((p) => [p.name, p.role, p.country])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('agreements: occasions and clauses that are no subject', () => {
  it('reads no document from agreements signed "on previous visits" nor from the clause after the comma', () => {
    const got = titles('Although Chile and Thailand have signed agreements on earlier official visits, commerce remained rather small, the ministry said.');
    assert.deepEqual(got, []);
  });

  it('still reads the subjects before a main clause that follows a fronted one', () => {
    const got = titles('While the two states have signed agreements on fisheries and mining, bilateral trade stayed small and investment remained low.');
    assert.deepEqual(got, ['agreement on fisheries', 'agreement on mining']);
  });

  it('keeps a list whose last item follows ", and" before "were signed"', () => {
    const got = titles('In Santiago, agreements on health, education, and culture were signed on 4 May 2023.');
    assert.deepEqual(got, ['agreement on health', 'agreement on education', 'agreement on culture']);
  });
});

describe('agreements: fields a singular kind counts, a list cut by a blank line', () => {
  it('reads one memorandum per area after "in N specific areas", the dash glued to the first area', () => {
    const got = titles(
      'Ghana and Togo signed memorandum of understanding in four specific areas-fisheries, customs, sport and energy during the joint commission.',
    );
    assert.deepEqual(got, [
      'memorandum of understanding on fisheries',
      'memorandum of understanding on customs',
      'memorandum of understanding on sport',
      'memorandum of understanding on energy',
    ]);
  });

  it('reads the areas after a colon as well', () => {
    const got = titles('Ghana and Togo signed memorandum of understanding in three areas: fisheries, customs and sport.');
    assert.equal(got.length, 3);
  });

  it('keeps one memorandum when the count is of the fields it was signed to serve, with no list', () => {
    const got = titles('Ghana and Togo signed a memorandum of understanding on fisheries to boost cooperation in three areas of trade.');
    assert.equal(got.length, 1);
    assert.match(got[0]!, /^memorandum of understanding on fisheries\b/);
  });

  it("reads a list a page cut with a blank line after an item's comma as one sentence", () => {
    const got = titles(
      'Ghana and Togo pledged closer ties and signed memoranda of understanding in five areas: fisheries, customs, sport,\n\nroad safety and vocational training.',
    );
    assert.deepEqual(got.slice(-2), ['memorandum of understanding on road safety', 'memorandum of understanding on vocational training']);
  });
});

describe('people: offices whose wording lists several portfolios after a comma', () => {
  it('reads "Minister of Foreign Affairs, International Trade and Worship" as one office before the name', () => {
    const got = people('The Argentine Minister of Foreign Affairs, International Trade and Worship Santiago Andrés Cafiero will arrive here on Monday.');
    assert.deepEqual(got, [['Santiago Andrés Cafiero', 'Minister of Foreign Affairs, International Trade and Worship', 'ARG']]);
  });

  it('reads "Minister of Foreign Affairs and Worship" with a given name that is also a city', () => {
    const got = people('Costa Rican Minister of Foreign Affairs and Worship Santiago Mora met the press in San José.');
    assert.deepEqual(got, [['Santiago Mora', 'Minister of Foreign Affairs and Worship', 'CRI']]);
  });

  it("does not take the next person's title into the first office", () => {
    const got = people('Present were the Minister of Foreign Affairs, Trade Minister Ana Lopez and others.');
    assert.ok(!got.some((p) => /Trade Minister|Foreign Affairs, Trade/.test(String(p[1]))));
  });
});
