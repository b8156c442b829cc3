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
// Text whose letters and digits are all ASCII (nearly every English sentence, curly quotes and dashes
// included) is scanned by asciiWordEnd, which reads the same words as
// /[A-Za-z0-9]+(?:(?:[-'’]|\.(?=[A-Za-z]))[A-Za-z0-9]+)*\.?/: Unicode property classes make the
// pattern above three times slower, and a match array per word is garbage.
/** A character that may be a letter, digit or mark outside ASCII (the quotes, dashes and spaces are not). */
// eslint-disable-next-line no-control-regex -- the test is for any character outside ASCII, controls included
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2000-\u206f]/;

function wordKey(text: string): string {
  const lower = text.toLowerCase();
  // Most words have neither; skipping the replacements is a measurable share of recognition time.
  if (!lower.includes('’') && !lower.includes('.')) return lower;
  return lower.replace(/’/g, "'").replace(/\./g, '');
}

const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Gen|Lt|Col|Prof|H\.E)\.$/u;

/** The first letter is a capital: an ASCII range test, else the letter's lower case differs from it. */
function isCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = value[0]!;
  return first !== first.toLowerCase();
}

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Where the ASCII_WORD match starting at `i` (an ASCII letter or digit) ends: the same words as the
 * pattern, scanned by character code, with no match array per word. Words are the most numerous
 * thing the pipeline makes.
 */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  for (;;) {
    const c = text.charCodeAt(i);
    const joins = c === 0x2d || c === 0x27 || c === 0x2019 ? isAsciiAlnum(text.charCodeAt(i + 1)) : c === 0x2e && isAsciiLetter(text.charCodeAt(i + 1));
    if (!joins) break;
    i++;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  }
  return text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

// "then-minister", "ex-President", "then-Eswatini minister": a word of time glued to an office or a state is
// two words, so that the office and the state are read as they are everywhere else.
const TIME_PREFIX = /^(?:then|ex|former)-(?=\p{L})/iu;

/** A word as matched, trimmed (sentence full stop, possessive) and keyed. */
function pushWord(out: Word[], lower: string | null, at: number, matched: string, offset: number): void {
  // (By character codes first: a hyphen where "ex-", "then-" or "former-" would put it, in a word opening with their letter.)
  const c = matched.charCodeAt(0) | 0x20;
  if ((c === 0x74 || c === 0x65 || c === 0x66) && (matched.charCodeAt(2) === 0x2d || matched.charCodeAt(4) === 0x2d || matched.charCodeAt(6) === 0x2d)) {
    const prefix = TIME_PREFIX.exec(matched);
    if (prefix) {
      const time = prefix[0].length - 1;
      out.push({
        text: matched.slice(0, time),
        key: matched.slice(0, time).toLowerCase(),
        start: offset + at,
        end: offset + at + time,
        capitalised: isCapital(matched),
      });
      // (The rest read on here, not by a call of this function to itself, which would keep it out of the loop's inlining.)
      at += time + 1;
      matched = matched.slice(time + 1);
    }
  }
  let value = matched;
  // Keep the full stop only for abbreviations (U.S., St., Mr.), not at the end of a sentence.
  if (value.charCodeAt(value.length - 1) === 0x2e && !ABBREVIATION.test(value)) value = value.slice(0, -1);
  // A possessive ending ("Tajikistan's", "Belarus’"), by character code: most words end in neither.
  const n = value.length;
  const last = value.charCodeAt(n - 1);
  const apostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
  const cut = apostrophe(last) ? 1 : (last === 0x73 || last === 0x53) && apostrophe(value.charCodeAt(n - 2)) ? 2 : 0;
  if (cut && n > cut + 1) value = value.slice(0, -cut);
  const start = offset + at;
  const key = lower !== null && !value.includes('.') && !value.includes('’') ? lower.slice(at, at + value.length) : wordKey(value);
  out.push({ text: value, key, start, end: start + value.length, capitalised: isCapital(value) });
}

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  if (!BEYOND_ASCII.test(text)) {
    // ASCII text is lower-cased once, letter for letter: each word's key is then a slice of it.
    const lower = text.toLowerCase();
    for (let i = 0; i < text.length;) {
      if (!isAsciiAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = asciiWordEnd(text, i);
      pushWord(out, lower, i, text.slice(i, end), offset);
      i = end;
    }
    return out;
  }
  // An exec loop over one shared pattern: matchAll clones the pattern and builds an iterator per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) pushWord(out, null, m.index, m[0], offset);
  return out;
}
