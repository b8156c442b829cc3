// The twenty-sixth round's rules, each with the shape of real readouts that used to fail, written in our own words,
// and the near cases that must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const facts = (text: string, published: string | null = null) => extractText('t.txt', text, { published });
const titles = (text: string, published: string | null = null): string[] => facts(text, published).agreements.map((a) => a.title);

describe('agreements: actions listed before one shared object', () => {
  it('keeps "on preventing, detecting and suppressing X" one subject', () => {
    const text =
      'Kyrgyzstan and Belarus signed agreements on preventing, detecting and suppressing the laundering of criminal proceeds and on cooperation in veterinary control.';
    assert.deepEqual(titles(text), [
      'agreement on preventing, detecting and suppressing the laundering of criminal proceeds',
      'agreement on cooperation in veterinary control',
    ]);
  });

  it('still splits fields that end in -ing and take no object', () => {
    const text = 'Oman and Tanzania signed memoranda on mining, banking and shipping.';
    assert.deepEqual(titles(text), ['memorandum on mining', 'memorandum on banking', 'memorandum on shipping']);
  });
});

describe('agreements: a list of sectors closed by "among other sectors"', () => {
  it('names no document "among other sectors" and splits the last two fields', () => {
    const text = 'Seven memoranda were signed between Oman and Kenya. These include fisheries, mining, tourism and aviation, among other sectors.';
    assert.deepEqual(titles(text), ['memorandum on fisheries', 'memorandum on mining', 'memorandum on tourism', 'memorandum on aviation']);
  });

  it('keeps a pair that names one field whole', () => {
    const text = 'Seven memoranda were signed between Oman and Kenya. These include fisheries, mining, research and development.';
    assert.deepEqual(titles(text), ['memorandum on fisheries', 'memorandum on mining', 'memorandum on research and development']);
  });
});

describe('agreements: the parties after a list of subjects', () => {
  it('reads "between the Philippines and leading Japanese firms" as who signed, and a kind word as no subject of its own', () => {
    const text = 'President Marcos witnessed the signing of letters of intent on investments and agreements between the Philippines and leading Japanese firms.';
    assert.deepEqual(titles(text), ['letter of intent on investments and agreements']);
  });

  it('still reads two items after "between" with the first no state as subjects', () => {
    const text = 'Thailand and Laos signed memoranda on trade between border provinces and tourism.';
    assert.equal(titles(text).length, 2, JSON.stringify(titles(text)));
  });
});

describe('trade: a count of new jobs after a sum', () => {
  it('reads no money in "almost 30 thousand new jobs" after a figure in euros', () => {
    const text = 'Japanese firms have invested nearly EUR 7.7 billion in Poland, creating almost 30 thousand new jobs.';
    assert.deepEqual(
      facts(text).trade.map((t) => t.amount),
      [7700000000],
    );
  });

  it('still reads a second sum in the same currency', () => {
    const text = 'Japanese firms have invested EUR 7.7 billion in Poland, and Polish firms 300 million in Japan.';
    assert.deepEqual(
      facts(text).trade.map((t) => t.amount),
      [7700000000, 300000000],
    );
  });
});
