// How a document's sentences are kept in its row (documents.sentences, migration 003): a JSON array
// of spans, one per sentence, with no text of their own. The `sentences` view cuts each sentence
// out of the stored text. Offsets elsewhere count UTF-16 code units (as JavaScript strings do); the
// view cuts the text's UTF-8 bytes (character counts would stop at a NUL, which SQLite's text
// functions treat as the end), so a text that is not all ASCII gets each sentence's start and length
// in bytes as well: [start, end] or [start, end, byteStart, bytes].
import type { StoredSentence } from '../store.js';

export function sentenceSpans(text: string, sentences: readonly Pick<StoredSentence, 'start' | 'end'>[]): string {
  // eslint-disable-next-line no-control-regex -- any character outside ASCII, controls included
  if (!/[^\u0000-\u007f]/.test(text)) return JSON.stringify(sentences.map((s) => [s.start, s.end]));
  // Bytes counted up to each offset in turn (sentences come in text order; overlaps start over).
  let offset = 0;
  let bytes = 0;
  const bytesTo = (to: number): number => {
    if (to < offset) {
      offset = 0;
      bytes = 0;
    }
    // A lone surrogate takes three bytes here as in SQLite's text (better-sqlite3 writes it as ED xx xx).
    bytes += Buffer.byteLength(text.slice(offset, to));
    offset = to;
    return bytes;
  };
  return JSON.stringify(
    sentences.map((s) => {
      const start = bytesTo(s.start);
      return [s.start, s.end, start, bytesTo(s.end) - start];
    }),
  );
}

/** The view over the spans (SQL): one row per sentence, its text cut from the document's bytes. */
export const SENTENCES_VIEW = `create view sentences as
  select d.id as document_id, cast(s.key as integer) as idx, s.value ->> 0 as start, s.value ->> 1 as "end",
    cast(substr(cast(d.text as blob), coalesce(s.value ->> 2, s.value ->> 0) + 1, coalesce(s.value ->> 3, (s.value ->> 1) - (s.value ->> 0))) as text) as text
  from documents d, json_each(d.sentences) s`;
