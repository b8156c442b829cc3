// Lexicon entries become alternatives inside regular expressions; they are matched as written.

/** A lexicon entry as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
