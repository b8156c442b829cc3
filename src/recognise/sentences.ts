// Sentences with their offsets in the cleaned text. wink-nlp finds the boundaries within each
// paragraph; paragraphs (lines) are boundaries of their own, so a headline never runs into the lead.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (line) the sentence belongs to. */
  readonly paragraph: number;
}

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/** Token values of a text: the tokenizer alone, as the benchmark's baseline. */
export function tokenize(text: string): string[] {
  return nlp.readDoc(text).tokens().out(its.value) as string[];
}

function paragraphSentences(paragraph: string): Array<[number, number]> {
  const doc = nlp.readDoc(paragraph);
  const values = doc.tokens().out(its.value) as string[];
  // Map token indexes to character offsets by walking the paragraph: wink keeps token text verbatim.
  const starts = new Array<number>(values.length);
  let cursor = 0;
  values.forEach((value, i) => {
    const at = paragraph.indexOf(value, cursor);
    starts[i] = at >= 0 ? at : cursor;
    cursor = (at >= 0 ? at : cursor) + value.length;
  });
  const spans: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    spans.push([starts[first]!, starts[last]! + values[last]!.length]);
  });
  return spans;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      for (const [s, e] of paragraphSentences(line)) {
        sentences.push({ index: sentences.length, start: offset + s, end: offset + e, text: line.slice(s, e), paragraph });
      }
      paragraph++;
    }
    offset += line.length + 1;
  }
  return sentences;
}
