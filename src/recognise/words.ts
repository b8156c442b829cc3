// Words of a sentence with their offsets: the unit every lexicon lookup works on. Possessive
// endings are cut off ("Belarus’" and "Tajikistan's" are the country), and `key` is the folded form
// used by the lexicons (lower case, ’ as ', no full stops).
export interface Word {
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly capitalised: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’]|\.(?=\p{L}))[\p{L}\p{M}\p{N}]+)*\.?/gu;
// The same pattern for text whose letters and digits are all ASCII (nearly every English sentence,
// curly quotes and dashes included): Unicode property classes make the pattern above three times slower.
const ASCII_WORD = /[A-Za-z0-9]+(?:(?:[-'’]|\.(?=[A-Za-z]))[A-Za-z0-9]+)*\.?/g;
/** A character that may be a letter, digit or mark outside ASCII (the quotes, dashes and spaces are not). */
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2000-\u206f]/;

export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  // Most words have neither; skipping the replacements is a measurable share of recognition time.
  if (!lower.includes('’') && !lower.includes('.')) return lower;
  return lower.replace(/’/g, "'").replace(/\./g, '');
}

const POSSESSIVE = /['’]s$/i;
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Gen|Lt|Col|Prof|H\.E)\.$/u;

/** The first letter is a capital: an ASCII range test, else the letter's lower case differs from it. */
function isCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = value[0]!;
  return first !== first.toLowerCase();
}

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  // An exec loop over one shared pattern: matchAll clones the pattern and builds an iterator per call.
  const ascii = !BEYOND_ASCII.test(text);
  const pattern = ascii ? ASCII_WORD : WORD;
  // ASCII text is lower-cased once, letter for letter: each word's key is then a slice of it.
  const lower = ascii ? text.toLowerCase() : null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let value = m[0];
    // Keep the full stop only for abbreviations (U.S., St., Mr.), not at the end of a sentence.
    if (value.charCodeAt(value.length - 1) === 0x2e && !ABBREVIATION.test(value)) value = value.slice(0, -1);
    const last = value.charCodeAt(value.length - 1);
    if (last === 0x27 || last === 0x2019 || ((last === 0x73 || last === 0x53) && POSSESSIVE.test(value))) {
      const cut = last === 0x27 || last === 0x2019 ? 1 : 2;
      if (value.length > cut + 1) value = value.slice(0, -cut);
    }
    const start = offset + m.index;
    const key = lower !== null && !value.includes('.') && !value.includes('’') ? lower.slice(m.index, m.index + value.length) : wordKey(value);
    out.push({ text: value, key, start, end: start + value.length, capitalised: isCapital(value) });
  }
  return out;
}
