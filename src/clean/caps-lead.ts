// A lead that opens in capitals, as some papers set its first words: "TAOISEACH MICHEÁL MARTIN has met with …". The
// capitals are the page's typography, not acronyms: the words are read in Title Case, so a title and a name in them
// read as they would anywhere else. (Same length: every offset into the text holds.)

// Two to five words in capitals at the start of a line, then the sentence going on in lower case.
const CAPITALS_LEAD = /^((?:\p{Lu}[\p{Lu}'’-]{2,}\s+){1,4}\p{Lu}[\p{Lu}'’-]{2,})(?=\s+\p{Ll}+\s+\p{Ll})/u;

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The line with a lead's opening capitals in Title Case; other lines as they are. */
export function titleCaseLead(line: string): string {
  const m = CAPITALS_LEAD.exec(line);
  return m ? m[1]!.replace(/\p{L}[\p{L}'’-]*/gu, titleCase) + line.slice(m[1]!.length) : line;
}
