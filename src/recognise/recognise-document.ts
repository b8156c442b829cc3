// clean → recognise: sentences, and in each sentence its words, countries, dates, money and people.
// Mentions keep sentence-local offsets; `sentence.start + offset` places them in the cleaned text.
import type { CleanDocument } from '../clean/clean-document.js';
import { findCountries, type CountryMention } from './countries.js';
import { findDates, type DateMention } from './dates.js';
import { findMoney, type MoneyMention } from './money.js';
import { findPeople, type PersonMention, type RoleReference } from './people.js';
import { splitSentences, type Sentence } from './sentences.js';
import { words, type Word } from './words.js';
import { perLexicons } from '../lexicon/active.js';

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
  return { doc, sentences: resolveAmbiguousNames(splitSentences(doc.text).map(recogniseSentence)) };
}

const ambiguousNames = perLexicons((lex) => ({ table: lex.ambiguousNames, ambiguous: new Set(lex.ambiguousNames.map((a) => a.form.toLowerCase())) }));

/**
 * "Congo" beside "Brazzaville": a name of two states (data/ambiguous-names.tsv) is the other one when
 * the text names the other state by a form of its own and never the usual one. Its people's states follow.
 */
function resolveAmbiguousNames(sentences: RecognisedSentence[]): RecognisedSentence[] {
  const { table, ambiguous } = ambiguousNames();
  if (!table.length) return sentences;
  const named = new Set<string>();
  for (const s of sentences) for (const c of s.countries) if (!ambiguous.has(c.form.toLowerCase())) named.add(c.iso3);
  const swap = new Map<string, string>();
  for (const a of table) if (named.has(a.other) && !named.has(a.usual)) swap.set(a.usual, a.other);
  if (!swap.size) return sentences;
  return sentences.map((s) => {
    if (!s.countries.some((c) => swap.has(c.iso3)) && !s.people.some((p) => p.country !== null && swap.has(p.country))) return s;
    return {
      ...s,
      countries: s.countries.map((c) => (swap.has(c.iso3) ? { ...c, iso3: swap.get(c.iso3)! } : c)),
      people: s.people.map((p) => (p.country !== null && swap.has(p.country) ? { ...p, country: swap.get(p.country)! } : p)),
    };
  });
}
