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

export function wordKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\./g, '');
}

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let value = m[0];
    // Keep the full stop only for abbreviations (U.S., St., Mr.), not at the end of a sentence.
    if (value.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Gen|Lt|Col|Prof|H\.E)\.$/u.test(value)) value = value.slice(0, -1);
    const possessive = /(?:['’]s|['’])$/.exec(value);
    if (possessive && value.length > possessive[0].length + 1) value = value.slice(0, -possessive[0].length);
    const start = offset + m.index!;
    out.push({ text: value, key: wordKey(value), start, end: start + value.length, capitalised: /^\p{Lu}/u.test(value) });
  }
  return out;
}
