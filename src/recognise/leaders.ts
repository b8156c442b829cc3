// Who leads which state: heads of state and government (and some foreign ministers) with their
// years in office, from data/leaders.tsv. General knowledge used to complete what a text leaves
// implicit ("President Cyril Ramaphosa will visit Nigeria" says nothing of South Africa).
import { perLexicons } from '../lexicon/active.js';
import { foldName, NAME_SUFFIX, samePart, withoutAccents } from '../names/names.js';

export interface Leader {
  readonly iso3: string;
  readonly role: string;
  readonly name: string;
  readonly forms: readonly string[];
  readonly from: number | null;
  readonly to: number | null;
}

// Particles are no name words, glued ("el-Sisi") or not ("El Sisi").
const tokens = (s: string): string[] =>
  s
    .split(/\s+/)
    .map((t) => t.replace(/^(?:al|el|ad|as|ash|ar|an|at|az)-(?=\p{Lu})/iu, ''))
    // A double family name is two words however it is joined: "Bhutto-Zardari" is "Bhutto Zardari".
    .flatMap((t) => t.split(/(?<=\p{L})[-‐‑](?=\p{Lu})/u))
    // … and so are a generation's suffix ("Abdullah II", "Marcos Jr."): the family name is the word before it.
    .filter((t) => !/^(?:bin|ibn|bint|al|el|da|de|van|von|der)$/i.test(t) && !NAME_SUFFIX.test(t));
/** The index key of a name word: its first letters, so that spelling variants of the rest still meet. */
const indexKey = (t: string): string => foldName(t).slice(0, 5);
/** One written form of a name against one known form: same family name, given names compatible. */
function formMatches(written: readonly string[], form: string): boolean {
  const k = known().formTokens.get(form) ?? tokens(form);
  if (!k.length || !written.length) return false;
  if (written.length === 1 || k.length === 1) {
    // A single word matches only a single-word known form ("Lula") or the family name exactly.
    return k.length === 1 ? written.length === 1 && foldName(written[0]!) === foldName(k[0]!) : foldName(written[0]!) === foldName(k[k.length - 1]!);
  }
  if (!samePart(written[written.length - 1]!, k[k.length - 1]!) || !samePart(written[0]!, k[0]!)) return false;
  // Both with middle names: they must agree too ("Mohammed Mustafizur Rahman" is not "Mohammed Zillur Rahman").
  const [a, b] = [written.slice(1, -1), k.slice(1, -1)];
  return !a.length || !b.length || a.some((x) => b.some((y) => samePart(x, y)));
}

/**
 * The leaders of the tables, the name words of each known form (split once), and the leaders by the
 * fold of every name word of every form, for a quick test before the full comparison.
 */
const known = perLexicons((lex) => {
  const leaders: readonly Leader[] = lex.leaders.map((r) => ({
    iso3: r.iso3,
    role: r.role,
    name: r.name,
    forms: [r.name, ...r.aliases],
    from: r.from,
    to: r.to,
  }));
  const formTokens = new Map(leaders.flatMap((l) => l.forms.map((f) => [f, tokens(f)] as const)));
  const byWord = new Map<string, Leader[]>();
  for (const l of leaders) {
    for (const form of l.forms) {
      for (const t of formTokens.get(form)!) {
        const key = indexKey(t);
        const list = byWord.get(key) ?? [];
        if (!list.includes(l)) list.push(l);
        byWord.set(key, list);
      }
    }
  }
  // Words that open some leader's name, with whose: a given name ("Mohamed" of "Mohamed Morsi").
  // (Spelled as written, accents aside: the sound-alike fold of names would make "Moody" of Kenya's Moody Awori a
  // given name "Modi".)
  const givenBy = new Map<string, Set<string>>();
  for (const l of leaders)
    for (const form of l.forms) {
      const t = formTokens.get(form)!;
      if (t.length > 1) givenBy.set(withoutAccents(t[0]!), (givenBy.get(withoutAccents(t[0]!)) ?? new Set()).add(l.name));
    }
  // The first two words of each leader's own name, for a name that opens with an honorific's word ("Sheikh Hasina").
  const openings = new Set(leaders.map((l) => l.name.split(/\s+/).slice(0, 2).join(' ').toLowerCase()));
  return { leaders, formTokens, byWord, givenBy, openings };
});

/** Whether a leader's own name opens with these two words: "Sheikh Hasina" is her name, not an honorific and a name. */
export function opensLeaderName(first: string, second: string): boolean {
  return known().openings.has(`${first} ${second}`.toLowerCase());
}

/** Whether the leader held the office in that year. */
export function heldIn(l: Leader, year: number): boolean {
  return (l.from ?? 0) <= year && (l.to ?? 9999) >= year;
}

/**
 * The leaders a written name can be, best first: those in office in `year` when it is known, then
 * the most recent. `role` (the text's own title, if any) prefers the matching office.
 */
export function leadersNamed(parts: readonly string[], year: number | null, role: string | null, states: readonly string[] = []): Leader[] {
  // "Mohammed bin Salman bin Abdulaziz": a name and its lineage; the world knows it by the name and the father's.
  const lineage = parts.findIndex((p, i) => i >= 2 && /^(?:bin|ibn|bint)$/i.test(p));
  if (lineage > 0) {
    // (Not across houses: "Mohammed bin Salman bin Hamad Al Khalifa" of Bahrain is not Saudi Arabia's Mohammed bin Salman Al Saud.)
    const own = house(parts.join(' '));
    const short = leadersNamed(parts.slice(0, lineage), year, role, states).filter((l) => {
      const theirs = house(l.name);
      return own === null || theirs === null || own === theirs;
    });
    if (short.length) return short;
  }
  const written = tokens(parts.join(' '));
  // Looked up by the family name and by the given name: a slip of the pen in the first letters of one
  // ("Haitham bin Tarik" for "Tariq") still finds the leader by the other.
  const byWord = known().byWord;
  const candidates = new Set([
    ...(byWord.get(indexKey(written[written.length - 1] ?? '')) ?? []),
    ...(written.length > 1 ? (byWord.get(indexKey(written[0]!)) ?? []) : []),
  ]);
  // A single word that is also a given name ("Sheikh Mohamed") is a leader's family name only for a state
  // the text is about: "Mohamed" alone is not Somalia's President Mohamed Abdullahi Mohamed.
  // (Not one leader's own other order: "Khurelsukh Ukhnaagiin" beside "Ukhnaagiin Khurelsukh".)
  const givers = written.length === 1 ? known().givenBy.get(withoutAccents(written[0]!)) : undefined;
  const ambiguous = (l: Leader): boolean => givers !== undefined && [...givers].some((name) => name !== l.name);
  // (A regnal number settles it: "Abdullah II" is Jordan's king, whatever state the text names; only a form with it fits.)
  const numeral = REGNAL.test(parts.at(-1) ?? '') ? parts.at(-1)! : null;
  const found = [...candidates].filter(
    (l) =>
      l.forms.some((f) => formMatches(written, f) && (numeral === null || f.split(/\s+/).at(-1) === numeral)) &&
      (numeral !== null || !ambiguous(l) || states.includes(l.iso3)),
  );
  const inOffice = (l: Leader): boolean => year === null || heldIn(l, year);
  const roleFits = (l: Leader): boolean => role !== null && l.role.toLowerCase().includes(role.toLowerCase());
  // Namesakes in office together ("King Abdullah" of Jordan and of Malaysia in 2022): the one of a state the text is about.
  const named = (l: Leader): boolean => states.includes(l.iso3);
  return found.sort(
    (a, b) =>
      Number(inOffice(b)) - Number(inOffice(a)) ||
      Number(roleFits(b)) - Number(roleFits(a)) ||
      Number(named(b)) - Number(named(a)) ||
      (b.to ?? 9999) - (a.to ?? 9999),
  );
}

const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** The ruling house a name ends with ("… Al Khalifa", "… Al-Thani"), folded, or null. */
function house(name: string): string | null {
  const m = /\b[Aa]l[-\s]+(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(name);
  return m ? withoutAccents(m[1]!).toLowerCase() : null;
}

/** The houses of the knowledge table's leaders, each with the states its members led. */
const houses = perLexicons(() => {
  const out = new Map<string, Set<string>>();
  for (const l of known().leaders) {
    const h = house(l.name);
    if (h) out.set(h, (out.get(h) ?? new Set()).add(l.iso3));
  }
  return out;
});

/** "Shaikh Mohammed bin Salman bin Hamad Al Khalifa": the one state whose leaders bear the house a name ends with, or null. */
export function stateOfHouse(name: string): string | null {
  const h = house(name);
  const of = h ? houses().get(h) : undefined;
  return of?.size === 1 ? [...of][0]! : null;
}

/** Is this word the family name of a known leader? (Lets "Erdoğan said" through.) */
export function isLeaderWord(word: string): boolean {
  return known().byWord.has(indexKey(word.replace(/^(?:al|el)-/i, '')));
}
