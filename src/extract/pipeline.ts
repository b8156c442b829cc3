// The pipeline, in order: read → clean → recognise → extract → explain. Order matters: people before
// events (participants), events before agreements (documents signed during the visit take its date),
// and the explanation last (it reads every fact and changes none).
import { cleanDocument, type CleanDocument, type CleanOptions } from '../clean/clean-document.js';
import { SCHEMA_ID, type ReadoutFactsT } from '../facts/schema.js';
import { readDocument, type ReadOptions } from '../read/read-document.js';
import type { RawDocument } from '../read/raw-document.js';
import { recogniseDocument, type RecognisedDocument } from '../recognise/recognise-document.js';
import type { Sentence } from '../recognise/sentences.js';
import { extractAgreements } from './agreements.js';
import { documentContext } from './context.js';
import { extractEvents } from './events.js';
import { explainFacts } from './explain.js';
import { PeopleIndex } from './people.js';
import { extractTrade } from './trade.js';

import { EXTRACTOR_VERSION } from '../facts/extractor-version.js';
import { withLexicons } from '../lexicon/active.js';
import type { Lexicons } from '../lexicon/lexicons.js';

export { EXTRACTOR_VERSION };

export type ExtractOptions = CleanOptions & ReadOptions;

/** The facts with what they point into: the cleaned document and its sentences (for the store). */
export interface Analysis {
  readonly facts: ReadoutFactsT;
  readonly doc: CleanDocument;
  readonly sentences: readonly Sentence[];
}

export function extractFromRaw(raw: RawDocument, options: ExtractOptions = {}): ReadoutFactsT {
  return analyseRaw(raw, options).facts;
}

export function analyseRaw(raw: RawDocument, options: ExtractOptions = {}): Analysis {
  const doc = cleanDocument(raw, options);
  const recognised = recogniseDocument(doc);
  return { facts: factsOf(recognised), doc, sentences: recognised.sentences };
}

function factsOf(recognised: RecognisedDocument): ReadoutFactsT {
  const { doc } = recognised;
  const ctx = documentContext(recognised);
  const people = new PeopleIndex(recognised.sentences, ctx);
  const { events, signingDay } = extractEvents(recognised.sentences, people, ctx);
  const main = events.find((e) => e.rule === 'event/main-encounter') ?? null;
  const agreements = extractAgreements(recognised.sentences, ctx, {
    eventDate: main?.date ?? null,
    signingDay,
    eventEnd: main?.end_date ?? null,
    eventPlanned: main?.planned ?? false,
    eventCountries: main?.countries ?? [],
    otherSides: events
      .filter((e) => e !== main && !e.planned && e.countries.length === 2 && e.countries.some((c) => main?.countries.includes(c)))
      .map((e) => e.countries),
    otherEncounters: events
      .filter((e) => e !== main && e.countries.length === 2)
      .map((e) => ({ sentences: e.evidence.map((x) => x.sentence), countries: e.countries, date: e.date, end: e.end_date, planned: e.planned })),
    pastEncounters: events.filter((e) => e !== main && !e.planned && e.date !== null).map((e) => ({ type: e.type, date: e.date!, countries: e.countries })),
    statesOfPeopleIn: (s) => people.inSentence(s).flatMap((p) => (p.country === null ? [] : [p.country])),
  });
  return explainFacts(
    {
      schema: SCHEMA_ID,
      document: {
        source: doc.source,
        title: doc.title,
        publisher: doc.publisher,
        published: doc.published,
        dateline: doc.dateline ? { city: doc.dateline.city, country: ctx.datelineCountry } : null,
        reference_year: ctx.reference && { year: ctx.reference.year, reason: ctx.reference.reason },
        format: doc.format,
        encoding: doc.encoding,
        extractor: EXTRACTOR_VERSION,
      },
      events,
      agreements,
      trade: extractTrade(recognised.sentences, ctx, main?.countries.length === 2 ? main.countries : []),
      people: people.facts(),
    },
    recognised.sentences,
    ctx,
  );
}

/** Bytes with a name (file basename or URL) → facts. Throws InputError for unusable input. */
export function extract(source: string, bytes: Uint8Array, options: ExtractOptions = {}): ReadoutFactsT {
  return extractFromRaw(readDocument(source, bytes, options), options);
}

/** Plain text → facts, for library users who already hold the text. */
export function extractText(source: string, text: string, options: ExtractOptions = {}): ReadoutFactsT {
  return extractFromRaw({ source, text, format: 'text', encoding: 'UTF-8', title: null, publisher: null, published: null }, options);
}

export interface Extractor {
  extract(source: string, bytes: Uint8Array, options?: ExtractOptions): ReadoutFactsT;
  extractText(source: string, text: string, options?: ExtractOptions): ReadoutFactsT;
  analyseRaw(raw: RawDocument, options?: ExtractOptions): Analysis;
}

/**
 * An extractor that reads with the given lexicons and knowledge tables (loadLexicons, or the
 * default tables of data/ with an entry added). The functions above are the default extractor's.
 */
export function createExtractor({ lexicons }: { lexicons: Lexicons }): Extractor {
  return {
    extract: (source, bytes, options) => withLexicons(lexicons, () => extract(source, bytes, options)),
    extractText: (source, text, options) => withLexicons(lexicons, () => extractText(source, text, options)),
    analyseRaw: (raw, options) => withLexicons(lexicons, () => analyseRaw(raw, options)),
  };
}
