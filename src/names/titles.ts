// Agreement titles compared: one similarity for the two places that ask whether two titles name one
// document (two mentions in one text, src/extract/agreements.ts; two reports across documents,
// src/merge/merge-rules.ts). A title is compared by its subject words: lower-cased, without its small
// words (data/title-stop-words.txt) and the words of document kinds (data/agreement-kinds.tsv), each
// folded by the Porter stemmer ("allied" and "ally", "partnership" and "partnerships" are one word).
import { stemmer } from 'stemmer';
import { perLexicons } from '../lexicon/active.js';

const ignored = perLexicons((lex) => {
  // (Not the forms that name a document only as what is signed: "partnership" is a subject word elsewhere.)
  const kinds = lex.agreementKinds
    .filter((r) => r.written !== 'signed')
    .flatMap((r) => [r.form, ...r.plural])
    .flatMap((f) => f.toLowerCase().split(/[^\p{L}\d]+/u));
  return new Set([...lex.titleStopWords, ...kinds].filter(Boolean));
});

/** Subject words by title, per lexicons: a long text compares each of its titles with every other. */
const memo = perLexicons(() => new Map<string, ReadonlySet<string>>());

/** What a title says a document is about: its subject words, stemmed. */
export function subjectWords(title: string): ReadonlySet<string> {
  const known = memo();
  let words = known.get(title);
  if (words === undefined) {
    if (known.size > 10_000) known.clear(); // bounded: titles repeat within a text and across a batch
    const skip = ignored();
    words = new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w && !skip.has(w))
        .map((w) => stemmer(w)),
    );
    known.set(title, words);
  }
  return words;
}

/**
 * How far two titles name one document, from 0 to 1: the Dice coefficient of their subject words
 * (twice the shared words over the words of both). Two bare kinds ("the memorandum", "a memorandum of
 * understanding") share everything; a bare kind and a named document nothing (whether they are one
 * is the caller's rule).
 */
export function titleSimilarity(a: string, b: string): number {
  const x = subjectWords(a);
  const y = subjectWords(b);
  if (!x.size && !y.size) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Things filed by the subject words of their titles, found again by a title that shares one: two
 * titles can be similar (titleSimilarity above 0) only then, so a text of thousands of documents
 * does not compare each title with every other. A thing filed again under a new title keeps its old
 * words too: the caller tests what it finds.
 */
export class TitleWordIndex<T> {
  readonly #byWord = new Map<string, Set<T>>();
  /** Things whose title has no subject word (a bare kind: "the memorandum"). */
  readonly #bare = new Set<T>();

  file(title: string, item: T): void {
    const words = subjectWords(title);
    if (!words.size) this.#bare.add(item);
    for (const w of words) {
      const set = this.#byWord.get(w);
      if (set) set.add(item);
      else this.#byWord.set(w, new Set([item]));
    }
  }

  /** Things whose title shares a subject word with this one, and those of bare titles. */
  near(title: string): Set<T> {
    const out = new Set(this.#bare);
    for (const w of subjectWords(title)) for (const item of this.#byWord.get(w) ?? []) out.add(item);
    return out;
  }
}
