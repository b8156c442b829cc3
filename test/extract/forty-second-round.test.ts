// The forty-second round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const events = (text: string, published: string | null = null) =>
  facts(text, published).events.map((e) => `${e.type} ${e.date}${e.planned ? ' planned' : ''} ${e.countries.join(',')}`);

describe('events: an encounter that is the occasion of a signing still to come', () => {
  it('is planned however far before it the verb stands, "are expected to be signed in the presence of … during their meeting"', () => {
    const got = events(
      'ALMATY, 20 May 2025 — Three agreements are expected to be signed in the presence of the presidents of Mongolia and Kyrgyzstan during their meeting in Cholpon-Ata on 2 June, an aide told reporters.',
    );
    assert.deepEqual(got, ['meeting 2025-06-02 planned KGZ,MNG']);
  });

  it('stays past when the documents were signed at it', () => {
    const got = events(
      'ALMATY, 20 May 2025 — Three agreements were signed in the presence of the presidents of Mongolia and Kyrgyzstan during their meeting in Cholpon-Ata on 18 May, an aide told reporters.',
    );
    assert.deepEqual(got, ['meeting 2025-05-18 KGZ,MNG']);
  });
});

describe('events: a call of no day beside a summit or forum the lead names', () => {
  const CALL =
    '14 March 2025, 18:05\n\nASTANA. President Tokayev had a telephone conversation with President of Azerbaijan Ilham Aliyev, the press service reports.';

  it('takes neither the day nor the host of "the summit held on March 10-11 in Tashkent"', () => {
    const got = events(`${CALL} The presidents noted the results of the summit held on March 10-11 in Tashkent.`);
    assert.equal(got[0], 'phone_call 2025-03-14 AZE,KAZ');
  });

  it('nor the day of "the forum scheduled for April 2 in Baku"', () => {
    const got = events(`${CALL} They also discussed the business forum scheduled for April 2 in Baku.`);
    assert.equal(got[0], 'phone_call 2025-03-14 AZE,KAZ');
  });

  it('still takes the day a later sentence gives the call itself', () => {
    const got = events(
      'ASTANA. President Tokayev had a telephone conversation with President of Azerbaijan Ilham Aliyev. The conversation took place on March 12, 2025.',
    );
    assert.equal(got[0], 'phone_call 2025-03-12 AZE,KAZ');
  });
});
