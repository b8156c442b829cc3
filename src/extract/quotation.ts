// Reported speech: a speaker's "today" is the day of the speech, which the page's date need not be; the
// encounters and the documents a text quotes ask where its quotations are.

/** Whether a position of the sentence lies inside a quotation: more quotes opened before it than closed. */
export function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = (before.match(/[“«]/g) ?? []).length,
    closed = (before.match(/[”»]/g) ?? []).length;
  return opened > closed || (before.match(/"/g) ?? []).length % 2 === 1;
}
