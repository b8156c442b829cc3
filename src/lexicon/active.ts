// The lexicons an extraction runs with. An extractor made by createExtractor (extract/pipeline.ts)
// runs each document inside withLexicons(its lexicons, …); code called from there reads its tables
// through lexicons() or, for what it builds from them (indexes, patterns), through a perLexicons
// builder, which rebuilds only when the lexicons change. Extraction is synchronous, so the tables of
// one call can never leak into another's. Outside any extractor the default tables of data/ are
// read the first time something asks for them, not when a module is imported.
import { loadLexicons, type Lexicons } from './lexicons.js';

let fallback: Lexicons | null = null;
let active: Lexicons | null = null;

/** The default lexicons, read from data/ once per process on first use. */
export function defaultLexicons(): Lexicons {
  return (fallback ??= loadLexicons());
}

/** The lexicons of the extraction under way. */
export function lexicons(): Lexicons {
  return active ?? defaultLexicons();
}

/** Runs `work` with `lex` as the lexicons every recogniser and extractor reads. */
export function withLexicons<T>(lex: Lexicons, work: () => T): T {
  const outer = active;
  active = lex;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/**
 * A structure built from the lexicons (a Set, an index, a pattern), built on first use and again
 * only when an extraction runs with other lexicons. Cheap to call in a loop: one comparison.
 */
export function perLexicons<T>(build: (lex: Lexicons) => T): () => T {
  let builtFor: Lexicons | null = null;
  let value: T | undefined;
  return () => {
    const lex = lexicons();
    if (lex !== builtFor) {
      value = build(lex);
      builtFor = lex;
    }
    return value as T;
  };
}
