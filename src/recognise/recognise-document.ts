// clean → recognise: sentences, and in each sentence its words, countries, dates, money and people.
// Mentions keep sentence-local offsets; `sentence.start + offset` places them in the cleaned text.
import type { CleanDocument } from '../clean/clean-document.js';
import { findCountries, type CountryMention } from './countries.js';
import { findDates, type DateMention } from './dates.js';
import { findMoney, type MoneyMention } from './money.js';
import { findPeople, type PersonMention, type RoleReference } from './people.js';
import { splitSentences, type Sentence } from './sentences.js';
import { words, type Word } from './words.js';

export interface RecognisedSentence extends Sentence {
  readonly words: readonly Word[];
  readonly countries: readonly CountryMention[];
  readonly dates: readonly DateMention[];
  readonly money: readonly MoneyMention[];
  readonly people: readonly PersonMention[];
  readonly roleReferences: readonly RoleReference[];
}

export interface RecognisedDocument {
  readonly doc: CleanDocument;
  readonly sentences: readonly RecognisedSentence[];
}

function recogniseSentence(sentence: Sentence): RecognisedSentence {
  const ws = words(sentence.text);
  const money = findMoney(sentence.text);
  // "US dollars" names a currency, not the United States.
  const found = findCountries(ws);
  const countries = money.length ? found.filter((c) => !money.some((m) => c.start < m.end && c.end > m.start)) : found;
  const people = findPeople(sentence.text, ws, countries);
  // "Santiago Peña" is a person, not Chile's capital: a name wins over the places inside it.
  const inName = (c: CountryMention): boolean => people.mentions.some((p) => c.start < p.end && c.end > p.start);
  // Fields listed one by one rather than spread: a spread object followed by six new fields takes
  // a chain of hidden-class transitions per sentence, which profiled at 6% of the pipeline.
  return {
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    paragraph: sentence.paragraph,
    words: ws,
    countries: people.mentions.length && countries.length ? countries.filter((c) => !inName(c)) : countries,
    dates: findDates(sentence.text),
    money,
    people: people.mentions,
    roleReferences: people.references,
  };
}

export function recogniseDocument(doc: CleanDocument): RecognisedDocument {
  return { doc, sentences: splitSentences(doc.text).map(recogniseSentence) };
}
