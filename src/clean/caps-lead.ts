// A lead that opens in capitals, as some papers set its first words: "TAOISEACH MICHEÁL MARTIN has met with …". The
// capitals are the page's typography, not acronyms: the words are read in Title Case, so a title and a name in them
// read as they would anywhere else. (Same length: every offset into the text holds.)

// Two to six words in capitals at the start of a line, then the sentence going on in lower case.
const CAPITALS_LEAD = /^((?:\p{Lu}[\p{Lu}'’-]{1,}\s+){1,5}\p{Lu}[\p{Lu}'’-]{2,})(?=\s+\p{Ll}+\s)/u;
// Short words a name holds in lower case or Title Case ("BIN ZAYED"); other words of three letters or fewer are
// abbreviations that keep their capitals ("UAE PRESIDENT").
const NAME_PARTICLES = new Set(['BIN', 'BINT', 'IBN', 'AL', 'EL', 'BEN', 'VAN', 'VON', 'DE', 'DA', 'DOS', 'DEL']);

function titleCase(word: string): string {
  if (word.length <= 3 && !NAME_PARTICLES.has(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The line with a lead's opening capitals in Title Case; other lines as they are. */
export function titleCaseLead(line: string): string {
  // (A line of words in capitals alone is a headline: only a lead whose sentence goes on in lower case.)
  const m = CAPITALS_LEAD.exec(line);
  return m ? m[1]!.replace(/\p{L}[\p{L}'’-]*/gu, titleCase) + line.slice(m[1]!.length) : line;
}
