import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../../src/recognise/sentences.js';

const nlp = winkNLP(model, ['sbd']);

/** The sentences wink-nlp finds in one line read alone, as trimmed texts. */
function winkAlone(line: string): string[] {
  if (!line.trim()) return [];
  return nlp
    .readDoc(line)
    .sentences()
    .out()
    .map((s: string) => s.trim())
    .filter(Boolean);
}

// Lines of the kinds readouts carry: headlines, datelines, captions, one-sentence paragraphs, and
// paragraphs of several sentences with abbreviations, decimals, quotes and brackets.
const LINES = [
  'Presidents hold talks in Astana',
  'ASTANA, 12 March 2024 (Agency) - President Tokayev met Prime Minister Li Qiang.',
  'The leaders discussed trade, transport and energy; they agreed to meet again',
  '"We are ready to expand cooperation," the President said.',
  'Bilateral trade reached $1.5 billion last year. It is expected to double by 2030.',
  'Mr. Smith met Dr. Jones in St. Petersburg. They spoke for an hour!',
  'Was the agreement signed? Yes, on Monday.',
  'The road map (signed in 2022.) remains in force.',
  'He said: "The visit was a success!" Talks continue.',
  'Photo: press service…',
  'U.S. and U.K. officials joined the talks',
  '(Reporting by the newsroom.)',
  'The sides signed 12 documents.',
  // Long paragraphs: wink-nlp reads only the stops with a few words around them, and must still cut
  // them as it cuts the whole line (stops far apart and close together, abbreviations, closers).
  'On Monday the two presidents, who had not met since the summit in 2019, held talks behind closed doors for more than three hours in the capital. Afterwards they told reporters that relations were "better than ever." The U.S. delegation, led by Mr. Smith of the State Dept., arrived on Sunday evening and left for Geneva on Tuesday morning after a working breakfast with the hosts. Trade grew 4.5 per cent to $1.2 bn. in the first half of the year, officials said!',
  'Was it a success?! Observers, including Prof. Ivanova of the institute, were not sure... They will meet again (probably in May.) Next year, perhaps. Or not. "Why?" she asked. No. 10 said nothing at 5 p.m. on Friday. Talks resume in Jan. 2025 in St. Louis, Mo. and in Washington, D.C. next spring.',
];

describe('sentences', () => {
  it('ends no sentence at a month\'s abbreviation before its day ("Monday (May. 1st) in Ghana", "on Sept. 12")', () => {
    assert.deepEqual(
      splitSentences('He arrived Monday (May. 1st) in Ghana. The talks were held on Sept. 12 in Accra.').map((s) => s.text),
      ['He arrived Monday (May. 1st) in Ghana.', 'The talks were held on Sept. 12 in Accra.'],
    );
  });
  it('ends no sentence at a title\'s abbreviation before a name ("Minister of Justice Adv. Yvonne Dausab")', () => {
    const text = 'The delegation included Minister of Justice Adv. Yvonne Dausab and Minister of Finance Iipumbu Shiimi. They met on Monday.';
    assert.deepEqual(
      splitSentences(text).map((s) => s.text),
      ['The delegation included Minister of Justice Adv. Yvonne Dausab and Minister of Finance Iipumbu Shiimi.', 'They met on Monday.'],
    );
  });
  it('a line without a stop before its end is one sentence, as wink-nlp reads it; other lines are cut where wink-nlp cuts the whole line', () => {
    for (const line of LINES) {
      assert.deepEqual(
        splitSentences(line).map((s) => s.text),
        winkAlone(line),
        line,
      );
    }
  });

  it('never joins lines, and keeps each sentence at its offsets whether or not wink-nlp read its line', () => {
    const text = LINES.join('\n\n');
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      LINES.flatMap(winkAlone),
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      sentences.map((s) => s.index),
      sentences.map((_, i) => i),
      'numbered in text order',
    );
    const paragraphs = sentences.map((s) => s.paragraph);
    assert.deepEqual(
      paragraphs,
      [...paragraphs].sort((a, b) => a - b),
    );
    assert.equal(paragraphs.at(-1), LINES.length - 1);
  });

  it('keeps the number opening a numbered list line with its item, and cuts a number inside a line where wink-nlp cuts it', () => {
    assert.deepEqual(
      splitSentences('The documents are:\n1. Memorandum on Fisheries. It was long awaited.\n12) Protocol on Visas').map((s) => s.text),
      ['The documents are:', '1. Memorandum on Fisheries.', 'It was long awaited.', '12) Protocol on Visas'],
    );
    const inside = 'Trade rose in 2023. 5. Next item';
    assert.deepEqual(
      splitSentences(inside).map((s) => s.text),
      winkAlone(inside),
      'a number inside a line opens no list item',
    );
  });

  it('a text of headlines alone needs no tokenizer and still gives one sentence per line', () => {
    assert.deepEqual(
      splitSentences('Talks in Baku\nLeaders meet\n\nTrade grows').map((s) => [s.text, s.paragraph]),
      [
        ['Talks in Baku', 0],
        ['Leaders meet', 1],
        ['Trade grows', 2],
      ],
    );
  });
});
