// How a document's sentences are kept in its row (documents.sentences, migration 003): a JSON array
// of spans, one per sentence, with no text of their own. The `sentences` view cuts each sentence
// out of the stored text. Offsets elsewhere count UTF-16 code units (as JavaScript strings do);
// SQLite's substr() counts characters, so a text with characters beyond the BMP gets each sentence's
// start and length in characters as well: [start, end] or [start, end, characterStart, characters].
import type { StoredSentence } from '../store.js';

/** Characters (code points) before each UTF-16 offset, for a text that holds surrogates; null when none does. */
function characterOffsets(text: string): Int32Array | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const before = new Int32Array(text.length + 1);
  let characters = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = characters;
    const code = text.charCodeAt(i);
    // The low half of a pair is not a character of its own; a lone surrogate is one (SQLite stores U+FFFD).
    const completesPair = code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!completesPair) characters++;
  }
  before[text.length] = characters;
  return before;
}

export function sentenceSpans(text: string, sentences: readonly Pick<StoredSentence, 'start' | 'end'>[]): string {
  const characters = characterOffsets(text);
  return JSON.stringify(
    sentences.map((s) => (characters ? [s.start, s.end, characters[s.start]!, characters[s.end]! - characters[s.start]!] : [s.start, s.end])),
  );
}

/** The view over the spans (SQL): one row per sentence, its text cut from the document's. */
export const SENTENCES_VIEW = `create view sentences as
  select d.id as document_id, cast(s.key as integer) as idx, s.value ->> 0 as start, s.value ->> 1 as "end",
    substr(d.text, coalesce(s.value ->> 2, s.value ->> 0) + 1, coalesce(s.value ->> 3, (s.value ->> 1) - (s.value ->> 0))) as text
  from documents d, json_each(d.sentences) s`;
