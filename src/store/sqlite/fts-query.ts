// A search text → an FTS5 query: its words as quoted phrases (implicit AND), so user text never
// reaches the FTS syntax. Both searches (the CLI's and the dashboard's) build their query here.

/**
 * Words of a query that count. FTS5 reads each phrase's posting list, so a query's cost grows with
 * its words; a pasted paragraph of 2,000 words would hold the database for seconds, and no search
 * needs more words than this to find its documents.
 */
const MAX_SEARCH_TERMS = 32;

/** The FTS5 query of `text`: its first MAX_SEARCH_TERMS distinct words, each a phrase; '' when it has none. */
export function ftsQuery(text: string): string {
  const words = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
  return words.map((w) => `"${w}"`).join(' ');
}
