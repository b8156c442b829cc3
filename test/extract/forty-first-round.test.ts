// The forty-first round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = null) => facts(text, published).agreements.map((a) => a.title);
const LEAD = 'President Halim of Malaysia held talks with Prime Minister Sato of Japan in Tokyo on 3 May 2024.';

describe('agreements: a large bundle signed to further cooperation in a few fields', () => {
  it('reads no document from "48 agreements and memoranda were signed to deepen cooperation on A, B, C and D"', () => {
    const got = titles(
      `${LEAD} In their presence, 48 agreements and memoranda of understanding were signed to deepen cooperation on energy, ports, banking and tourism.`,
    );
    assert.deepEqual(got, []);
  });

  it('nor from a headline "40 deals are signed to boost cooperation on A, B"', () => {
    const got = titles(`40 deals are signed to boost cooperation on energy, ports\n\n${LEAD}`);
    assert.deepEqual(got, []);
  });

  it('still reads one document per field when the count is near the fields listed', () => {
    const got = titles(`${LEAD} The two sides signed four agreements to deepen cooperation on energy, ports, banking and tourism.`);
    assert.equal(got.length, 4);
  });

  it('still reads one document per field the documents cover, however many they are', () => {
    const got = titles(`${LEAD} The 19 agreements signed cover energy, ports, banking, tourism and fisheries.`);
    assert.equal(got.length, 5);
  });
});

describe('agreements: subjects of a purpose, a quoted word, a cut list line', () => {
  it('names a memorandum by its purpose after a passive, "to prepare a feasibility study on …"', () => {
    const got = titles(`${LEAD} Another MoU was signed to prepare a detailed feasibility study on the coastal railway, the ministry said.`);
    assert.deepEqual(got, ['MoU to prepare a detailed feasibility study on the coastal railway']);
  });

  it('reads past a word quoted inside a subject, "in the field of “green” development"', () => {
    const got = titles(
      `${LEAD} They signed 10 documents, including the memorandum of understanding on cooperation in the field of “green” development and the memorandum of understanding on cooperation in the field of construction.`,
    );
    assert.deepEqual(got, [
      'memorandum of understanding on cooperation in the field of green development',
      'memorandum of understanding on cooperation in the field of construction',
    ]);
  });

  it("still ends a subject at a quotation closed after it, with the speaker's tag", () => {
    const got = titles(`${LEAD} “We signed an agreement on fisheries,” Sato said.`);
    assert.deepEqual(got, ['agreement on fisheries']);
  });

  it('takes no document from the last line of a page cut in the middle of a word', () => {
    const text = `${LEAD}\n\nThe two sides signed the following Agreements/MoUs during the visit:\n\n• Agreement on Visa Facilitation\n\n• Memorandum of Understanding on Culture\n\n• Joint D`;
    assert.deepEqual(titles(text), ['Agreement on Visa Facilitation', 'Memorandum of Understanding on Culture']);
  });

  it('drops the purpose of a kind its subject word names already: "a new security agreement to provide Ukraine with …"', () => {
    const got = titles(
      'Prime Minister Rishi Sunak visited Kyiv on 12 January 2024 and met President Volodymyr Zelenskyy. They signed the UK-Ukraine Agreement on Security Cooperation. “Today we are signing a historic new security agreement to provide Ukraine with the assurances it needs,” he added.',
    );
    assert.deepEqual(got, ['UK-Ukraine Agreement on Security Cooperation']);
  });
});

describe('dates and sides: a quoted post, a state at war', () => {
  const PAGE =
    'Prime Minister Rishi Sunak travelled to the Ukrainian capital of Kyiv on a surprise visit after pledging more military aid to the country locked in conflict with Russia.\nSunak met President Volodymyr Zelenskyy.\nI am in Ukraine with a simple message.\n— Rishi Sunak (@RishiSunak) January 12, 2024\nThe visit came as the war went on.';

  it('dates a page with no date of its own by the latest post it quotes, and says so', () => {
    const f = facts(PAGE);
    assert.equal(f.events[0]?.date, '2024-01-12');
    assert.match(f.document.reference_year?.reason ?? '', /embedded post/);
  });

  it("never lets a quoted post override the page's own date", () => {
    const f = facts(PAGE, '2024-01-13');
    assert.equal(f.document.published, '2024-01-13');
    assert.equal(f.events[0]?.date, '2024-01-13');
  });

  it('takes no part for the state the visited country is "in conflict with"', () => {
    assert.deepEqual(facts(PAGE).events[0]?.countries, ['GBR', 'UKR']);
  });
});
