// clean → recognise: sentences, and in each sentence its words, countries, dates, money and people.
// Mentions keep sentence-local offsets; `sentence.start + offset` places them in the cleaned text.
import type { CleanDocument } from '../clean/clean-document.js';
import { findCountries, namesState, type CountryMention } from './countries.js';
import { states } from '../facts/states.js';
import { findDates, type DateMention } from './dates.js';
import { lookupForm } from './gazetteer.js';
import { findMoney, LOCAL, localCurrency, writesDecimalComma, type MoneyMention } from './money.js';
import { regionState } from './regions.js';
import { leadersNamed } from './leaders.js';
import { ROYAL_TITLE_WORD, findPeople, type PersonMention, type RoleReference } from './people.js';
import { honorificsAt, titleWords } from './titles.js';
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

/** What recognition finds in a sentence's text: everything of a RecognisedSentence but where the sentence lies. */
type Recognised = Omit<RecognisedSentence, keyof Sentence>;

/** A royal title's last word right before `at` ("Queen Victoria"). */
function royalBefore(text: string, at: number): boolean {
  const m = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at));
  return m !== null && ROYAL_TITLE_WORD.test(m[1]!);
}

function recogniseText(text: string, decimalComma: boolean): Recognised {
  const ws = words(text);
  const money = findMoney(text, 0, decimalComma);
  // "US dollars" names a currency, not the United States.
  const found = findCountries(ws);
  const priced = money.length ? found.filter((c) => !money.some((m) => c.start < m.end && c.end > m.start)) : found;
  // "Queen Victoria", "Crown Princess Victoria": a city's name right after a royal title is the given name of a person.
  const countries = priced.some((c) => c.kind === 'city' || c.kind === 'capital')
    ? priced.filter((c) => !((c.kind === 'city' || c.kind === 'capital') && royalBefore(text, c.start)))
    : priced;
  const people = findPeople(text, ws, countries);
  // "Santiago Peña" is a person, not Chile's capital: a name wins over the places inside it.
  const inName = (c: CountryMention): boolean => people.mentions.some((p) => c.start < p.end && c.end > p.start);
  return {
    words: ws,
    countries: people.mentions.length && countries.length ? countries.filter((c) => !inName(c)) : countries,
    dates: findDates(text),
    money,
    people: people.mentions,
    roleReferences: people.references,
  };
}

/**
 * Each sentence with what recognition finds in it. Mentions keep sentence-local offsets and the
 * recognisers read nothing but the sentence's text, so a sentence repeated in one document (a
 * byline or caption on every page of a joined file, a dense list of one formula) is read once:
 * a megabyte of one sentence repeated took 1.3–1.7 s to recognise sentence by sentence.
 */
function recogniseSentences(sentences: readonly Sentence[], decimalComma: boolean): RecognisedSentence[] {
  const seen = new Map<string, Recognised>();
  return sentences.map((sentence) => {
    let found = seen.get(sentence.text);
    if (!found) seen.set(sentence.text, (found = recogniseText(sentence.text, decimalComma)));
    // Fields listed one by one rather than spread: a spread object followed by six new fields takes
    // a chain of hidden-class transitions per sentence, which profiled at 6% of the pipeline.
    return {
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      paragraph: sentence.paragraph,
      words: found.words,
      countries: found.countries,
      dates: found.dates,
      money: found.money,
      people: found.people,
      roleReferences: found.roleReferences,
    };
  });
}

export function recogniseDocument(doc: CleanDocument): RecognisedDocument {
  // (How the text writes its decimals is the text's, not each sentence's: "16,6%" in one sentence makes the
  // comma of "$525,737 million" in another a decimal comma.)
  const sentences = recogniseSentences(splitSentences(doc.text), writesDecimalComma(doc.text));
  // (The dateline's city names the state the text reports from, which local currencies are read by.)
  return { doc, sentences: withLocalCurrencies(statesByForm(placesInsideNames(placesOfStatesNamed(resolveAmbiguousNames(sentences)))), datelineState(doc)) };
}

/** The state of the dateline's city ("KATHMANDU —"), or null. */
export function datelineState(doc: CleanDocument): string | null {
  return doc.dateline?.city ? (lookupForm(doc.dateline.city)?.iso3 ?? null) : null;
}

// "the Sultanate", "the Kingdom's government": a state named by its form of government, as Gulf readouts name their own.
const FORMS_OF_STATE = String.raw`Sultanate|Kingdom|Emirates|Principality|Grand\s+Duchy`;
const FORM_OF_STATE = new RegExp(String.raw`\b[Tt]he\s+(${FORMS_OF_STATE})\b(?!\s+of\b)`, 'g');
const FORM_WORD = new RegExp(String.raw`\b(?:${FORMS_OF_STATE})\b`);

/**
 * "signed on behalf of the Sultanate's government": the one state of the text whose official name has that form
 * ("Sultanate of Oman") is the state meant; none or two such states, no state.
 */
function statesByForm(sentences: RecognisedSentence[]): RecognisedSentence[] {
  if (!sentences.some((s) => FORM_WORD.test(s.text))) return sentences;
  const named = new Set(sentences.flatMap((s) => s.countries.filter(namesState).map((c) => c.iso3)));
  const ofForm = (form: string): string[] =>
    [...named].filter((iso3) => {
      const official = states().get(iso3)?.name.official ?? '';
      // ("Hashemite Kingdom of Jordan", "United Kingdom of Great Britain …": a kingdom wherever the word stands.)
      return form === 'Emirates' ? /\bEmirates\b/.test(official) : official.includes(`${form} of `);
    });
  return sentences.map((s) => {
    const added: CountryMention[] = [];
    for (const m of s.text.matchAll(FORM_OF_STATE)) {
      const form = m[1]!.replace(/\s+/g, ' ');
      const [one, other] = ofForm(form);
      if (!one || other) continue;
      const start = m.index + m[0].length - m[1]!.length;
      if (s.countries.some((c) => c.start < start + m[1]!.length && c.end > start)) continue;
      const word = s.words.findIndex((w) => w.start >= start);
      added.push({ iso3: one, kind: 'name', form: m[1]!, start, end: start + m[1]!.length, word });
    }
    return added.length ? { ...s, countries: [...s.countries, ...added].sort((a, b) => a.start - b.start) } : s;
  });
}

/**
 * "Sh27 billion" in a text about Kenya: a prefix several states share (data/local-currencies.tsv) is the currency of
 * the one of them the text is about; a figure whose prefix the text leaves open is no figure.
 */
function withLocalCurrencies(sentences: RecognisedSentence[], datelineState: string | null = null): RecognisedSentence[] {
  if (!sentences.some((s) => s.money.some((m) => m.currency.startsWith(LOCAL)))) return sentences;
  const named = new Map<string, number>();
  // ("KATHMANDU — Nepal's deficit with India … Imports from India amounted to Rs …": the dateline names its state too.)
  if (datelineState) named.set(datelineState, 1);
  for (const s of sentences) for (const c of s.countries) named.set(c.iso3, (named.get(c.iso3) ?? 0) + 1);
  // (In the order the text first names them: a tie is broken by the state both the text and the figure's sentence name
  // first, the one that reports — "Jordanian exports to Algeria reached 23 million dinars" in a Jordanian report.)
  const order = [...new Set(sentences.flatMap((s) => s.countries.map((c) => c.iso3)))];
  return sentences.map((s) => {
    if (!s.money.some((m) => m.currency.startsWith(LOCAL))) return s;
    const money = s.money.flatMap((m) => {
      if (!m.currency.startsWith(LOCAL)) return [m];
      const first = s.countries.find((c) => c.start < m.start);
      // (… else the state of the dateline: "KATHMANDU — … Imports from India amounted to Rs 1,011.5 billion" in a text that names
      // Nepal and India as often.)
      const reporting = first !== undefined && first.iso3 === order[0] && !coordinated(s, first) ? first.iso3 : datelineState;
      const form = m.currency.slice(LOCAL.length);
      // (A one-letter prefix only before a scale: "N1.9 trillion" is naira in a Nigerian text, "N95" is no sum.)
      if (form.length === 1 && !SCALED.test(m.text)) return [];
      const currency = localCurrency(form, named, reporting);
      return currency ? [{ ...m, currency }] : [];
    });
    return { ...s, money };
  });
}

const SCALED = /\d\s?(?:thousand|million|billion|trillion|mln|bln|bn|tn|m|k)\b/i;

/** "Kenya and Tanzania said …": a state named as one of two subjects is no more the one that reports than the other (not "between A and B"). */
function coordinated(s: RecognisedSentence, c: CountryMention): boolean {
  const next = s.countries.find((o) => o.start >= c.end && o.iso3 !== c.iso3);
  return (
    next !== undefined &&
    /^\s*(?:and|&|[-–])\s*$/.test(s.text.slice(c.end, next.start)) &&
    !/\bbetween\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 12), c.start))
  );
}

/**
 * "Victoria of Australia": a place the text itself gives another state is that state's wherever the text
 * names it, not the capital of Seychelles.
 */
function placesOfStatesNamed(sentences: RecognisedSentence[]): RecognisedSentence[] {
  const placed = new Map<string, string>();
  for (const s of sentences)
    for (const [i, c] of s.countries.entries()) {
      if (c.kind !== 'capital' && c.kind !== 'city') continue;
      const next = s.countries[i + 1];
      // (Only a place the regions know as that state's: "the Ambassador in Beijing of the Republic of Korea" moves no Beijing.)
      if (
        next &&
        next.iso3 !== c.iso3 &&
        (next.kind === 'name' || next.kind === 'official') &&
        /^\s+of\s+(?:the\s+)?$/i.test(s.text.slice(c.end, next.start)) &&
        regionState(c.form) === next.iso3
      )
        placed.set(c.form.toLowerCase(), next.iso3);
    }
  if (!placed.size) return sentences;
  return sentences.map((s) =>
    s.countries.some((c) => placed.has(c.form.toLowerCase()) && placed.get(c.form.toLowerCase()) !== c.iso3)
      ? {
          ...s,
          countries: s.countries.map((c) => {
            const state = placed.get(c.form.toLowerCase());
            return state && state !== c.iso3 ? { ...c, iso3: state, kind: 'city' as const } : c;
          }),
        }
      : s,
  );
}

/**
 * "Victoria Prentis MP, has undertaken her first visit": a city that begins the full name of a person the
 * text names elsewhere ("The Fisheries Minister, Victoria Prentis") is that name, not Seychelles' capital,
 * also where the sentence alone gave no sign of a person.
 */
/** Whether the word before `at` is an office's or an honorific ("President Lagos", "Mr. Lagos"). */
function titleBefore(s: RecognisedSentence, at: number): boolean {
  const k = s.words.findIndex((w) => w.start === at);
  return k > 0 && (titleWords().has(s.words[k - 1]!.key) || honorificsAt(s.words, k - 1) > 0);
}

function placesInsideNames(sentences: RecognisedSentence[]): RecognisedSentence[] {
  // Names by their first word, so each city is compared only with the names it could begin.
  const namesByFirst = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const p of s.people) {
      if (p.parts.length < 2) continue;
      const first = p.text.split(' ', 1)[0]!;
      namesByFirst.set(first, (namesByFirst.get(first) ?? new Set()).add(p.text));
    }
  if (!namesByFirst.size) return sentences;
  // "President Ricardo Lagos Escobar … President Lagos": a later word of a name the text gives in full, after a title,
  // is that person, not the city of that name.
  const laterWords = new Set<string>();
  for (const names of namesByFirst.values()) for (const name of names) for (const w of name.split(' ').slice(1)) laterWords.add(w);
  const insideName = (s: RecognisedSentence, c: CountryMention): boolean => {
    if (c.kind !== 'city' && c.kind !== 'capital') return false;
    if (laterWords.has(c.form) && titleBefore(s, c.start)) return true;
    for (const name of namesByFirst.get(c.form.split(' ', 1)[0]!) ?? [])
      if (name.startsWith(`${c.form} `) && s.text.startsWith(name, c.start) && !/^[\p{L}\p{M}]/u.test(s.text.charAt(c.start + name.length))) return true;
    return false;
  };
  return sentences.map((s) => {
    const kept = s.countries.filter((c) => !insideName(s, c));
    return kept.length === s.countries.length ? s : { ...s, countries: kept };
  });
}

const ambiguousNames = perLexicons((lex) => ({ table: lex.ambiguousNames, ambiguous: new Set(lex.ambiguousNames.map((a) => a.form.toLowerCase())) }));

/**
 * "Congo" beside "Brazzaville": a name of two states (data/ambiguous-names.tsv) is the other one when
 * the text names the other state by a form or a person of its own and never the usual one. Its people's states follow.
 */
function resolveAmbiguousNames(sentences: RecognisedSentence[]): RecognisedSentence[] {
  const { table, ambiguous } = ambiguousNames();
  if (!table.length) return sentences;
  const named = new Set<string>();
  for (const s of sentences) for (const c of s.countries) if (!ambiguous.has(c.form.toLowerCase())) named.add(c.iso3);
  // (… or by a leader of its own the text names in full: "Putin hosted Kim Jong Un … The Korean leader".)
  const others = new Set(table.map((a) => a.other));
  const usuals = new Set(table.map((a) => a.usual));
  const usedAmbiguous = sentences.some((s) => s.countries.some((c) => ambiguous.has(c.form.toLowerCase())));
  if (usedAmbiguous)
    for (const s of sentences)
      for (const p of s.people) {
        // (A leader of the usual state counts too: "Korean Foreign Minister Cho Tae-yul … missiles ordered by Kim Jong Un".)
        // (Of the usual one, by the table only: "Korean leader Kim Jong Un" gives the person the ambiguous word's state.)
        const known = p.parts.length >= 2 ? leadersNamed(p.parts, null, null)[0]?.iso3 : undefined;
        const country = known ?? p.country;
        if (country && others.has(country)) named.add(country);
        if (known && usuals.has(known)) named.add(known);
      }
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
