// The thirty-ninth round's rules, each with the shape of real readouts that used to fail, written in our own words,
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

describe('agreements: lists of examples, quoted items and titles run together', () => {
  const LEAD = 'Jordanian Prime Minister Bisher Khasawneh met Tunisian President Kais Saied in Tunis on 3 May 2023.';

  it('reads the fields a counted range of fields gives as examples, one memorandum each', () => {
    const got = titles(
      `${LEAD} Memoranda were signed across a broad range of fields, including tourism, customs, and vocational training, in addition to the creation of a joint business council.`,
    );
    assert.deepEqual(got, [
      'memorandum on tourism',
      'memorandum on customs',
      'memorandum on vocational training',
      'memorandum on the creation of a joint business council',
    ]);
  });

  it('does not read "in fields including" of memoranda signed long ago as new documents', () => {
    const got = titles(`${LEAD} The two sides agreed to revive earlier memoranda in fields including tourism and customs.`);
    assert.deepEqual(got, []);
  });

  it('reads quoted items after "The agreements including", commas inside a quotation kept', () => {
    const got = titles(
      `${LEAD} They oversaw the signing of two agreements. The agreements including a "visa waiver for holders of diplomatic, special, and service passports" and an "agreement on avoiding double taxation," the office said.`,
    );
    assert.deepEqual(got.sort(), [
      'agreement on avoiding double taxation',
      'agreement on visa waiver for holders of diplomatic, special, and service passports',
    ]);
  });

  it('cuts formal titles a page printed without line breaks, one document each', () => {
    const got = titles(
      `${LEAD} They signed the following: Agreement between the Government of Jordan and the Government of Tunisia on the waiver of visas for official passports Memorandum of Understanding between the Government of Jordan and the Government of Tunisia on cooperation in the field of sports Memorandum of Understanding between the Government of Jordan and the Government of Tunisia on cooperation in the field of youth`,
    );
    assert.equal(got.length, 3);
    assert.match(got[0]!, /official passports$/);
    assert.match(got[1]!, /^Memorandum of Understanding between .* field of sports$/);
    assert.match(got[2]!, /^Memorandum of Understanding between .* field of youth$/);
  });

  it('keeps a title whose capitalised words follow a verb of the document before it', () => {
    const got = titles(
      'President Ilham Aliyev met President Recep Tayyip Erdogan in Ankara on 3 May 2023. They signed a protocol amending the Preferential Trade Agreement, which has been in force since 2021.',
    );
    assert.ok(got.some((t) => /Preferential Trade Agreement/.test(t)));
  });
});

describe('people: appositions, counterparts and quoted nicknames', () => {
  it('gives a known leader his own state after an appositive role of another state', () => {
    const got = people(
      'President William Ruto visited Seoul on 21 November 2022. In a meeting with Kim Jin Pyo, Speaker of South Korea Parliament, President Ruto urged lawmakers to ease trade.',
    );
    assert.deepEqual(
      got.find((p) => p[0] === 'William Ruto'),
      ['William Ruto', 'President', 'KEN'],
    );
  });

  it('still carries a state along one person\'s offices in a row ("Dubai Crown Prince, Deputy Prime Minister …")', () => {
    const got = people('Dubai Crown Prince, Deputy Prime Minister and Minister of Defence Sheikh Hamdan bin Mohammed met the delegation in Dubai.');
    assert.equal(got[0]![2], 'ARE');
  });

  it('gives a counterpart named with "of" or "from" and the state the holder\'s office', () => {
    for (const text of [
      'Prime Minister Pham Minh Chinh and his counterpart of the Republic of Korea Kim Boo-kyum held phone talks on July 22.',
      'Prime Minister Pham Minh Chinh and his counterpart from Korea, Kim Boo-kyum, held phone talks on July 22.',
    ])
      assert.deepEqual(
        people(text).find((p) => p[0] === 'Kim Boo-kyum'),
        ['Kim Boo-kyum', 'Prime Minister', 'KOR'],
      );
  });

  it('reads a nickname between two closing quotation marks as a nickname', () => {
    const got = facts('President Ferdinand ”Bongbong” Marcos Jr. met the Amir of Qatar in Manila.').people;
    const marcos = got.find((p) => p.name === 'Ferdinand Marcos Jr.');
    assert.ok(marcos);
    assert.deepEqual(marcos.aliases, ['Bongbong']);
  });
});
