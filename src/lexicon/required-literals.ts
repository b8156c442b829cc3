// The plain words a pattern's every match must contain, to skip a pattern cheaply on text that lacks
// them. For a knowledge table of a few hundred patterns (reference-year.ts), testing one substring per
// alternative is far cheaper than running each pattern over the text.

/** The top-level alternatives of a regular expression's source: split at `|` outside groups and classes. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The longest run of plain characters outside groups, classes and escapes that no quantifier makes optional. */
function longestLiteral(alternative: string): string {
  let best = '',
    run = '',
    depth = 0;
  const end = (): void => {
    if (run.trim().length > best.trim().length) best = run;
    run = '';
  };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (c === '\\') {
      end();
      i++;
    } else if (c === '[') {
      end();
      while (i < alternative.length && alternative[i] !== ']') i += alternative[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      end();
      depth++;
    } else if (c === ')') depth--;
    else if (depth > 0) continue;
    else if ('?*+{'.includes(c)) {
      // The character before a quantifier may be absent or repeated: it is no part of the literal.
      run = run.slice(0, -1);
      end();
      if (c === '{') while (i < alternative.length && alternative[i] !== '}') i++;
    } else if ('.^$'.includes(c)) end();
    else run += c;
  }
  end();
  return best.trim();
}

/**
 * One required literal per alternative (lower case), or null when some alternative has none of at
 * least `min` characters: then the pattern must always be run.
 */
export function requiredLiterals(source: string, min = 4): string[] | null {
  const literals = alternatives(source).map((a) => longestLiteral(a).toLowerCase());
  return literals.every((l) => l.length >= min) ? literals : null;
}

/** Whether lower-cased text may match a pattern with these required literals. */
export const mayMatch = (lowerText: string, literals: readonly string[] | null): boolean => literals === null || literals.some((l) => lowerText.includes(l));
