// Person mentions → people: one person per name across spellings, patronymic forms and surname-only
// mentions, with the best role the text gives and the state they serve. Unnamed references ("the
// President of Kazakhstan") lend a country and a specific title to the one person they can mean.
import { addTo } from '../indexing.js';
import { NamePartIndex } from '../names/name-part-index.js';
import type { PersonT } from '../facts/schema.js';
import { isNamePrefix, foldName, NAME_SUFFIX, samePart } from '../names/names.js';
import { opensFamilyName } from '../recognise/names.js';
import { COUNTERPART_OF_STATE, findKnownNames, type PersonMention, type RoleReference } from '../recognise/people.js';
import { namesState, type CountryMention } from '../recognise/countries.js';
import { insideQuotation } from './quotation.js';
import { armedActBy } from './owned-by-state.js';
import { lookupForm } from '../recognise/gazetteer.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { knownRole, titleWords, type RolePhrase } from '../recognise/titles.js';
import { heldIn, leadersNamed, stateOfHouse, type Leader } from '../recognise/leaders.js';
import { DEPARTING_FOR } from './encounter-splits.js';
import type { DocumentContext } from './context.js';
import { evidenceList } from './evidence.js';
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';

const spokespersonTitles = perLexicons((lex) => new Set(lex.spokespersonTitles.map((t) => t.toLowerCase())));
// Whom a readout's spokesperson speaks for.
const PRINCIPAL_CATEGORIES: ReadonlySet<string> = new Set(['head_of_state', 'head_of_government', 'monarch', 'minister']);

export interface PlacedMention extends PersonMention {
  readonly sentence: RecognisedSentence;
}

export interface PersonRecord {
  readonly id: number;
  readonly mentions: PlacedMention[];
  name: string;
  first: string | null;
  family: string;
  role: RolePhrase | null;
  country: string | null;
  /** The leader the world knows by this name, if any. */
  known?: Leader;
  /** The head of an international body ("IMF Managing Director"): of no state. */
  organisation?: boolean;
}

/**
 * The mentions the guesses of a person's state and role read: the first few dozen. A name met thousands of times (a
 * roster, a page of junk) says no more of its bearer's side than its first mentions do, and each guess reads a window
 * of text around every mention it is given.
 */
const MAX_READ_MENTIONS = 64;
const readMentions = (p: { readonly mentions: readonly PlacedMention[] }): readonly PlacedMention[] =>
  p.mentions.length > MAX_READ_MENTIONS ? p.mentions.slice(0, MAX_READ_MENTIONS) : p.mentions;

/** A mention with its sentence, built field by field so that all mentions share one hidden class. */
const placedIn = (m: PersonMention, sentence: RecognisedSentence): PlacedMention => ({
  parts: m.parts,
  text: m.text,
  start: m.start,
  end: m.end,
  role: m.role,
  country: m.country,
  patronymic: m.patronymic,
  rule: m.rule,
  ...(m.nickname ? { nickname: m.nickname } : {}),
  sentence,
});
/** Where a mention begins with the title written before its name: "Foreign Minister X" from "Foreign". */
export const titledStart = (m: PlacedMention): number => (m.role ? (m.sentence.words[m.role.first]?.start ?? m.start) : m.start);

const GLUED_INITIALS = /^((?:\p{Lu}\p{Ll}{0,2}\.)+)(\p{Lu}[\p{L}'’-]+)$/u;
/** The parts of a name with initials glued to it written apart: "D.A.Medvedev" is "D.", "A.", "Medvedev". */
const partsOf = (m: PersonMention): readonly string[] => {
  if (!m.parts.some((p) => GLUED_INITIALS.test(p))) return m.parts;
  return m.parts.flatMap((p) => {
    const g = GLUED_INITIALS.exec(p);
    return g ? [...g[1]!.split(/(?<=\.)/), g[2]!] : [p];
  });
};
// "Van Klaveren" is a family name with its particle, not a given name "Van".
// ("Locsin Jr.": a family name and its suffix, no given name.)
const first = (m: PersonMention): string | null => {
  const parts = partsOf(m).filter((p) => !NAME_SUFFIX.test(p));
  return parts.length > 1 && !opensFamilyName(parts[0]!) ? parts[0]! : null;
};
const family = (m: PersonMention): string => {
  const parts = partsOf(m);
  return parts.filter((p) => !NAME_SUFFIX.test(p)).at(-1) ?? parts[parts.length - 1]!;
};

/** `nicknames`: the quoted nicknames of the person's mentions so far, kept apart so that a one-word mention is not checked against all of them. */
function compatible(p: PersonRecord, m: PersonMention, nicknames: readonly string[]): boolean {
  if (titleOpensName(p, m)) return true;
  // "President Jokowi" after "Joko “Jokowi” Widodo".
  if (m.parts.length === 1 && nicknames.some((n) => samePart(n, m.parts[0]!))) return true;
  if (m.patronymic) return p.first !== null && samePart(p.first, m.parts[0]!);
  // "President Yoon" (Yoon Suk Yeol: family name first), "President Mohamed" (Mohamed bin Zayed):
  // one word that is the first word of a full name, when it is not a common given name's only use.
  if (partsOf(m).length === 1 && p.first !== null && !samePart(p.family, m.parts[0]!)) return foldName(p.first) === foldName(m.parts[0]!) && m.role !== null;
  // "Mohammed bin Salman" after "Mohammed bin Salman bin Abdulaziz Al Saud": the name and its father's, the rest of the lineage left out.
  if (nasabPrefix(p.name, partsOf(m))) return true;
  // "Ismail Sabri" after (or before) "Ismail Sabri Yaakob": a Malay or Arab name written without its father's name;
  // "President Cartes Jara" after "Horacio Cartes Jara": a compound family name written without the given name.
  // (Only one of no other office or state, named in another sentence: "Foreign Minister Mohamed Ali Nafti met
  // Ambassador Mohamed Ali of Egypt" names two people.)
  const shortForm =
    twoWordsOf(p.name, partsOf(m), 'first') ||
    twoWordsOf(m.parts.join(' '), p.name.split(/\s+/), 'first') ||
    twoWordsOf(p.name, partsOf(m), 'last') ||
    // ("Sardar Ayaz Sadiq" after "Ayaz Sadiq", when the full name comes second: only a word that opens names,
    // not another given name, "Mohamed Ahmed Ali" after "Ahmed Ali".)
    (m.parts.length === 3 && isNamePrefix(m.parts[0]!) && twoWordsOf(m.parts.join(' '), p.name.split(/\s+/), 'last'));
  if (shortForm && samePersonLikely(p, m)) return true;
  if (!samePart(p.family, family(m))) return false;
  // "King Salman" is not "Mohammed bin Salman": the word after "bin" is the father's name, which the son is not called by
  // alone (unless written with it: "bin Salman").
  if (partsOf(m).length === 1 && /\b(?:bin|ibn|bint|ould)\s+\S+$/i.test(p.name) && !/^(?:bin|ibn|bint|ould)\s/i.test(m.text)) return false;
  const f = first(m);
  // ("M Venkaiah Naidu" and "Venkaiah Naidu": a leading initial written or left out.)
  // (Tested first on the strings: most names have no initial, and this runs for every mention against every person.)
  if (f !== null && p.first !== null && (INITIAL_WORD.test(p.name) || m.parts.some(isInitial))) {
    const unInitialled = (parts: readonly string[]): readonly string[] => parts.filter((x) => !isInitial(x));
    const [pw, mw] = [unInitialled(p.name.split(/\s+/)), unInitialled(m.parts)];
    if (pw.length >= 2 && mw.length >= 2) return samePart(pw[0]!, mw[0]!) && middleNamesAgree([...pw], [...mw]);
  }
  return (
    (f === null || p.first === null || samePart(p.first, f) || foldName(p.first).startsWith(foldName(f))) && middleNamesAgree(p.name.split(/\s+/), m.parts)
  );
}

// A word of a name that is an initial: "M Venkaiah Naidu", "E. D. Mnangagwa".
const INITIAL_WORD = /(?:^|\s)\p{Lu}\.?(?=\s)/u;
const isInitial = (word: string): boolean => /^\p{Lu}\.?$/u.test(word);

/** Both names with middle names: one of them must agree ("Sabah Al-Khaled Al-Hamad Al-Sabah" is not "Sabah Al-Ahmad Al-Jaber Al-Sabah"). */
function middleNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  // (Particles, data/name-particles.txt, are no middle names: "Mohammed bin Salman".)
  const middle = (parts: readonly string[]): string[] => parts.slice(1, -1).filter((x) => !opensFamilyName(x));
  const [x, y] = [middle(a), middle(b)];
  return !x.length || !y.length || x.some((u) => y.some((v) => samePart(u, v)));
}

/**
 * "a meeting with Sultan Ahmed" after "Minister Dr Sultan Ahmed Al Jaber": a title word that is a given name too,
 * read as the title of a one-word name, with the one-word name opening the full name after it.
 */
const openingKey = (a: string, b: string): string => `${foldName(a)} ${foldName(b)}`;

function titleOpensName(p: PersonRecord, m: PersonMention): boolean {
  if (m.parts.length !== 1 || m.role === null) return false;
  const words = p.name.split(/\s+/);
  return words.length > 2 && samePart(words[0]!, m.role.title.form) && samePart(words[1]!, m.parts[0]!);
}

function samePersonLikely(p: PersonRecord, m: PersonMention & { sentence?: unknown }): boolean {
  return p.mentions.every(
    (x) => x.sentence !== m.sentence && (!x.country || !m.country || x.country === m.country) && (!x.role || !m.role || officesMatch(x.role, m.role)),
  );
}

const OFFICE_FILLER = new Set(['minister', 'of', 'and', 'the', 'for', 'deputy', 'prime', 'affairs', 'first', 'state']);

/** The same office, or one the other's wording holds: "Foreign Minister" of "Deputy Prime Minister and Minister of Foreign Affairs". */
function officesMatch(a: RolePhrase, b: RolePhrase): boolean {
  if (a.title.form === b.title.form) return true;
  const words = (r: RolePhrase): string[] =>
    r.role
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w && !OFFICE_FILLER.has(w));
  const [x, y] = [words(a), words(b)];
  // (The same portfolio words both ways: "Foreign Trade Minister" is not "Foreign Minister".)
  const [u, v] = [new Set(x), new Set(y)];
  return u.size > 0 && a.title.category === b.title.category && u.size === v.size && [...u].every((w) => v.has(w));
}

/** Two words that open or close a full name of three or more words: "Ismail Sabri" of "Ismail Sabri Yaakob", "Cartes Jara" of "Horacio Cartes Jara". */
function twoWordsOf(fullName: string, parts: readonly string[], end: 'first' | 'last'): boolean {
  if (parts.length !== 2) return false;
  const full = fullName.split(/\s+/);
  const at = end === 'first' ? 0 : full.length - 2;
  return full.length >= 3 && samePart(full[at]!, parts[0]!) && samePart(full[at + 1]!, parts[1]!);
}

/** The parts of a mention open the full name and hold a "bin"/"bint"/"ibn" link: "Mohammed bin Salman" of "Mohammed bin Salman bin Abdulaziz Al Saud". */
const NASAB_LINK = /^(?:bin|bint|ibn)$/i;

function nasabPrefix(fullName: string, parts: readonly string[]): boolean {
  if (parts.length < 3 || !parts.some((x) => NASAB_LINK.test(x))) return false;
  const full = fullName.split(/\s+/);
  return full.length > parts.length && parts.every((x, i) => samePart(full[i]!, x));
}

// A verb between a name and a state after it ("Kagwe acknowledged Pakistan", "X thanked the Government of Japan", "X said
// Russia must withdraw"): the state is what the verb is about, not the person's (one the person represents still is).
const VERB_AFTER_NAME =
  /\b(?!represent)(?:\p{Ll}{2,}ed|said|says|told|tells|thanks|will|would|must|can|could|should|left|flew|met|went|spoke|gave|made|took|saw)\b/u;
// Between a visitor's state and the host who receives him: "… was received by …".
const RECEIVED_BY = /\b(?:was|were|is|are|being)\s+(?:warmly\s+|officially\s+|cordially\s+)?(?:received|welcomed|greeted|met|hosted)\s+by\b/i;

// Spellings of one office a text may use instead of the knowledge table's (data/title-spellings.tsv).
const titleSpellings = perLexicons((lex) => {
  const out = new Map<string, string[]>();
  for (const r of lex.titleSpellings) out.set(r.form, [...(out.get(r.form) ?? []), r.variant]);
  return out;
});
const INTERNATIONAL_OFFICE = /^(?:Secretary[- ]General|Director[- ]General|High Representative)$/i;
// Offices outside any state's government: of a body of many states, a firm, a foundation, a region.
const OFFICE_OUTSIDE_GOVERNMENT =
  /\b(?:Commissioner|Director|CEO|Chief\s+Executive|Executive\s+Chair(?:man|person|woman)?|Envoy|Secretary[- ]General|Governor|Founder|Chairman\s+of\s+the\s+Board)\b/i;
// Offices an international body's head may hold, and the bodies (named or abbreviated) that make them one.
const ORGANISATION_OFFICES =
  /^(?:(?:Deputy |Assistant )?Secretary[- ]General|(?:Deputy )?Director[- ]General|Managing Director|Executive Director|High Representative|Executive Secretary|Special Envoy|Resident Representative|(?:Vice[- ])?President|Chair(?:man|person|woman)?|Commissioner)$/i;
// An honorific that may stand between an office and the name (data/honorifics.txt): "ASEAN Secretary-General Dato X",
// "his Senior Special Assistant on Media and Publicity, Mallam X".
const honorificBefore = perLexicons(
  (lex) =>
    `(?:(?:${lex.honorifics
      .map((h) => escapeRegExp(h).replace(/\s+/g, String.raw`\s+`))
      .sort((a, b) => b.length - a.length)
      .join('|')})\\.?\\s+)?`,
);
// The international bodies (data/international-bodies.txt), longest names first.
const offices = perLexicons((lex) => {
  const body = `(?:${[...lex.internationalBodies]
    .sort((a, b) => b.length - a.length)
    .map((b) => escapeRegExp(b).replace(/\s+/g, String.raw`\s+`))
    .join('|')})`;
  const honorific = honorificBefore();
  return {
    // "IMF Managing Director X"; "the Secretary General of the OIC, X"; "X, Managing Director (MD) of the IMF (IMF)".
    before: new RegExp(
      String.raw`\b${body}\s+(?:Managing\s+Director|Secretary[- ]General|Director[- ]General|Deputy\s+Secretary[- ]General|Executive\s+Secretary|Special\s+Envoy|Resident\s+Representative|Executive\s+Director|(?:Vice[- ])?President|Chair(?:man|person|woman)?|Commissioner|chief|head)\s*,?\s*${honorific}$`,
      'iu',
    ),
    of: new RegExp(String.raw`\bof\s+(?:the\s+)?${body}(?:\s*\([A-Z]{2,8}\))?\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|H\.?E\.?)\.?\s+)?$`, 'u'),
    // "the President of the European Commission, ": the office and its body, then a comma before the name.
    officeOf: new RegExp(
      String.raw`(?:\bthe\s+)?\b((?:Deputy\s+|Assistant\s+)?Secretary[- ]General|Director[- ]General|Managing\s+Director|Executive\s+(?:Director|Secretary)|High\s+Representative|(?:Vice[- ])?President|Chair(?:man|person|woman)?|Commissioner)\s+of\s+(?:the\s+)?${body}(?:\s*\([A-Z]{2,8}\))?\s*,\s*$`,
      'u',
    ),
    // "United Nations Envoy …": a title its body's name opens.
    opensTitle: new RegExp(String.raw`^${body}\b`, 'u'),
    // "The UN Secretary-General, ": the body before its office, then the comma.
    bodyOffice: new RegExp(
      String.raw`(?:\bthe\s+)?\b${body}\s+((?:Deputy\s+|Assistant\s+)?Secretary[- ]General|Director[- ]General|Managing\s+Director|Executive\s+(?:Director|Secretary)|High\s+Representative|(?:Vice[- ])?President|Chair(?:man|person|woman)?|Commissioner)\s*,\s*$`,
      'iu',
    ),
    after: new RegExp(String.raw`^\s*,\s*(?:the\s+)?[^,.;()]{0,40}?(?:\s*\([A-Z]{2,8}\))?\s+of\s+(?:the\s+)?${body}(?:\s*\([A-Z]{2,8}\))?\s*(?:[,.;)]|$)`, 'u'),
  };
});

function betterRole(a: RolePhrase | null, b: RolePhrase | null): RolePhrase | null {
  if (!a) return b;
  if (!b) return a;
  if (a.title.generic !== b.title.generic) return a.title.generic ? b : a;
  if (a.title.rank !== b.title.rank) return a.title.rank > b.title.rank ? a : b;
  return b.role.length > a.role.length ? b : a; // the fuller wording of the same title
}

/** The function, asked once per argument. */
function memoised<T>(f: (w: string) => T): (w: string) => T {
  const answers = new Map<string, T>();
  return (w) => {
    if (answers.has(w)) return answers.get(w)!;
    const answer = f(w);
    answers.set(w, answer);
    return answer;
  };
}

/** Offices of one portfolio ("Minister of Defence" and "Secretary of Defense", "External Affairs" and "Foreign Minister"). */
function counterparts(a: string, b: string): boolean {
  const portfolio = (role: string): Set<string> =>
    new Set(
      role
        .toLowerCase()
        .replace(/\bdefence\b/g, 'defense')
        .replace(/\bexternal\b/g, 'foreign')
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 3 && !OFFICE_WORDS.has(w) && w !== 'affairs'),
    );
  const own = portfolio(a);
  return [...portfolio(b)].some((w) => own.has(w));
}

// The words of an office that are no portfolio.
const OFFICE_WORDS = new Set([
  'minister',
  'secretary',
  'ministry',
  'department',
  'deputy',
  'state',
  'first',
  'vice',
  'general',
  'chief',
  'head',
  'cabinet',
  'federal',
  'union',
  'national',
]);
/** How many people a sentence may name for two of them to be read as a pair of sides. */
const MAX_PAIR_SENTENCE = 8;
// Two subjects joined by "and", then a verb of their encounter: "A and B are meeting today", "A and B signed".
// What two sides do together, whatever their offices: "X and the US Under Secretary Y exchanged views on …",
// "X and Mexican Undersecretary Y led their respective delegations".
const RECIPROCAL_VERB =
  /^\s+(?:(?:have|had|also|jointly)\s+){0,2}(?:exchanged\s+views|held\s+(?:talks|consultations)|met\b|(?:led|lead|headed|head)\s+(?:their|the)\s+respective\b)/i;
const PAIRED_BETWEEN = /^\s+and\s+(?:(?:the|his|her)\s+)?$/i;
const PAIRED_VERB =
  /^\s+(?:(?:are|were|will|have|has|had|also|jointly)\s+){0,2}(?:meeting|met|meet|held|hold|holding|signed|sign|signing|co-chaired|co-chair|discussed|talked|inked|exchanged|led|lead|headed)\b/i;
// "During his meeting with [the Indonesian Health Minister] …", "In talks with …": a clause naming the one met.
const MET_CLAUSE_BEFORE =
  /\b(?:during|at|after|following|in)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|discussions)\s+with\s+(?:the\s+)?[^.;,]{0,80}$/i;
// Between that clause and its subject: a comma and the subject's title.
const TITLED_SUBJECT = /^\s*,\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*\s+){0,6}$/u;

/**
 * "Romanian Defence Minister A and Economy Minister B", "The Ethiopian Minister of Foreign Affairs A, Minister of
 * Technology B as well as State Minister of Finance C": the state of a list's first office, written as an adjective
 * before it, is the others' when each other office differs from the first and names no state (the same office twice,
 * "Brazilian Foreign Minister A and Foreign Minister B", is two sides).
 */
function sharedAdjective(s: RecognisedSentence, run: ReadonlyArray<{ p: PersonRecord; m: PlacedMention }>): string | null {
  if (run.length < 2) return null;
  const [a, ...others] = run as [{ p: PersonRecord; m: PlacedMention }, ...Array<{ p: PersonRecord; m: PlacedMention }>];
  const state = a.m.role?.country ?? a.m.country;
  if (!state || !a.m.role) return null;
  const aRole = a.m.role;
  // (Joined as a list: "and", a comma, "as well as"; a pair only by "and".)
  const joiner = run.length === 2 ? /^\s+and\s+$/i : /^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|,?\s+as\s+well\s+as\s+)$/i;
  let previous = a.m;
  for (const b of others) {
    if (!b.m.role || b.m.role.country || b.m.country || aRole.title.form === b.m.role.title.form) return null;
    if (!joiner.test(s.text.slice(previous.end, s.words[b.m.role.first]?.start ?? b.m.start))) return null;
    if (b.p.known && b.p.known.iso3 !== state) return null;
    // (Nor counterparts of one portfolio, "Chilean Minister of Defense A and Secretary of Defense B".)
    if (counterparts(aRole.role, b.m.role.role)) return null;
    previous = b.m;
  }
  const roleStart = s.words[aRole.first]?.start ?? a.m.start;
  // (Not two sides: "talks between visiting French President A and Prime Minister B", nor a leader the world knows of another state.)
  if (/\b(?:between|visiting)\s+(?:\S+\s+){0,3}$/i.test(s.text.slice(Math.max(0, roleStart - 40), roleStart))) return null;
  // (Nor two who then meet or talk: "Indian Defence Minister A and Secretary of Defense B held talks".)
  if (/^\s+(?:(?:also|jointly)\s+)?(?:held\s+talks|discussed|talked|conferred|met\s+(?:in|on|at)\b)/i.test(s.text.slice(previous.end, previous.end + 30)))
    return null;
  // (The adjective opens the first office, "Romanian Defence Minister", or stands right before it.)
  const adjective = s.countries.find(
    (c) => c.kind === 'adjective' && c.iso3 === state && c.end <= a.m.start && c.start >= roleStart - 12 && c.start <= roleStart,
  );
  return adjective ? adjective.iso3 : null;
}

/** The one item that passes the test: undefined when none does, null when several do (it stops at the second). */
function onlyOne<T>(items: readonly T[], test: (item: T) => boolean): T | null | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!test(item)) continue;
    if (found !== undefined) return null;
    found = item;
  }
  return found;
}

function mostCommon(values: string[]): string | null {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of count) if (best === null || n > count.get(best)!) best = v;
  return best;
}

/**
 * A mention cut by the end of the text: it ends the last sentence, and that sentence ends in the
 * middle of its words, with no stop or closing mark, as excerpts and pages cut off mid-word do
 * ("Besides trade, PM Pas"). Its name may be any beginning of the real one, so it is not read. A text
 * of one paragraph (a headline alone, a feed item's title) is not taken for cut.
 */
function cutOff(m: PersonMention, s: RecognisedSentence, last: RecognisedSentence | undefined): boolean {
  return s === last && s.paragraph > 0 && m.end >= s.text.length && /[\p{L}\p{N}]$/u.test(s.text);
}

// A journey's verb right after a name, its destination next: "would visit", "is to travel to", "arrived in".
const TRAVEL =
  /^\s*(?:,[^,]{0,40},\s*)?(?:(?:will|would|is to|is due to|is set to|is expected to|plans to)\s+(?:also\s+)?(?:visit|travel to|go to|head to|fly to|leave for|depart for|pay a visit to)|(?:visited|travelled to|traveled to|headed to|flew to|left for|departed for|arrived in|arrives in|will arrive in))\s+(?:the\s+)?/i;

// The verb before the one met: "called on", "met with", "held talks with" (then the title and name).
// (… also with the day and the office between: "received Monday by the leader of the island's Communist Party,
// Raul Castro, and the president, Miguel Díaz-Canel"; "met with its president, Esteban Lazo".)
const MET_OBJECT =
  /\b(?:met(?:\s+with)?|meeting\s+with|(?:held\s+|had\s+)?(?:talks|a\s+meeting|meetings|discussions)\s+with|(?:pa(?:id|y|ys|ying)\s+a\s+courtesy\s+)?call(?:ed|ing)?\s+on|received\s+by|hosted\s+by|welcomed\s+by)\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$|\b(?:met(?:\s+with)?|(?:received|hosted|welcomed)\s+(?:\p{L}+\s+){0,2}?by)\s+(?:the|its|their)\s+[^.;:]{0,120}?,\s+(?:and\s+)?(?:the\s+|its\s+)?$/iu;
// The last of a list the verb governs: "hold discussions with Commerce Minister A, and NSA B" (not a new
// clause's subject: "met A, and Minister B said …").
const MET_LIST_AND =
  /\b(?:met(?:\s+with)?|meeting\s+with|(?:held\s+|had\s+|hold\s+)?(?:talks|a\s+meeting|meetings|discussions)\s+with|call(?:ed|ing)?\s+on)\s+[^.;:,]{3,60}(?:,[^.;:,]{3,60})?,?\s+and\s+(?:the\s+)?$/i;
// The party that welcomes a visitor on arrival: "Present at the airport to welcome him were A, B and C", "was
// received at the airport by A and B".
const WELCOMERS =
  /\b(?:to\s+(?:welcome|receive|greet)\s+(?:him|her|them)\s+(?:were|was)|(?:welcomed|received|greeted)\s+at\s+the\s+airport\s+by)\s+[^.;:]{0,160}$/i;
const SAYS_AFTER = /^\s*(?:,\s*)?(?:said|says|told|noted|added|stressed|announced|stated)\b/i;
// "a three-day visit to Bangladesh", "visit from Türkiye to Czechia", "arrived in Hanoi".
const VISIT_DESTINATION =
  /\b(?:visit(?:ing)?|trip|tour)\s+(?:from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?(?:to|of)\s+(?:the\s+)?(?=\p{Lu})|\b(?:arrived|arrives|arrival)\s+in\s+(?:the\s+)?(?=\p{Lu})/gu;
// Words of one person meeting another: "met", "received", "held talks with", "told".
// "Indonesia was represented by its Manpower Minister": group 1 ends where the state represented stands.
const REPRESENTED_BY = /(\S*)\s+(?:was|were|is|are|will\s+be)\s+represented\s+by\s+(?:its|their|the)?\s*$/i;
const MEETS =
  /\b(?:met|meets|meeting|received|receives|hosted|hosts|welcomed|welcomes|greeted|(?:held|had)\s+(?:talks|a\s+meeting|an?\s+(?:[a-z-]+\s+){0,2}(?:conversation|call|discussion|talk|meeting))\s+with|talked\s+(?:to|with)|spoke\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)|told|called\s+on|paid\s+a\s+courtesy\s+call\s+on)\b/i;
// A list that is the subject of one journey: "… are to visit", "will travel to", "visited", "arrived in".
const TRAVEL_TOGETHER =
  /^\s*,?\s*(?:(?:are|were|will|would|is|was)\s+(?:(?:also|due|set|scheduled|expected)\s+)?(?:to\s+)?(?:visit|travel|fly|go|head|arrive)|visited|travelled|traveled|arrived\s+in|flew\s+to)\b/i;
// What makes a name the object of a preposition or a verb: "of King X", "received Kyrgyz Foreign Minister Y", "with the …".
const GOVERNED_BEFORE =
  /\b(?:of|by|with|to|for|from|at|on|received|receives|met|meets|welcomed|hosted|called\s+on|and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;
// A body's abbreviation or name right before an office ("IAEA Director General", "UN envoy"), in it ("EU Ambassador"),
// or after the name ("X of the IAEA").
const BODY_BEFORE = /\b(?:\p{Lu}{2,6}|U\.N\.|United\s+Nations|European\s+Union|World\s+Bank)\s+$/u;
const BODY_AFTER = /^\s*,?\s+of\s+the\s+\p{Lu}{2,6}\b/u;
/** A title opened by a body's name (data/international-bodies.txt) or by an abbreviation that names no state ("EU Ambassador"). */
function bodyOpensTitle(title: string): boolean {
  if (offices().opensTitle.test(title)) return true;
  const abbreviation = /^\p{Lu}{2,6}(?=\s)/u.exec(title)?.[0];
  return abbreviation !== undefined && lookupForm(abbreviation) === undefined;
}
// Between an unmarked official and the next one: "and", perhaps "the", perhaps the other's state word.
const AND_THE_MARKED = /^\s*,?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:['’]s)?\s+){0,3}$/u;
// "X received the Turkish Foreign Minister": a verb of meeting, then the office met.
const MEETS_OFFICE_AFTER =
  /^\s*(?:,[^,]{0,40},\s*)?(?:met|received|welcomed|greeted|hosted|(?:held|had)\s+talks\s+with|called\s+on)\s+(?:the\s+)?(?:visiting\s+)?$/i;
const TOGETHER_WITH = /\b(?:along\s+with|together\s+with|alongside|accompanied\s+by|as\s+well\s+as)\b/i;
// "… and his Turkish counterpart": the adjective names the other side's state.
// (… also "X will have a bilateral meeting with his Argentine counterpart", when no one else is named between.)
// (… also of two words: "and her South Korean counterpart", "and his new Turkish counterpart".)
// A list of names and titles after "counterparts,": each piece a capitalised name or office ("Minister of Agriculture").
const LIST_PIECE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|de|du|al|\p{Lu}[\p{L}'’.-]*))*$/u;
/** Where "counterparts" stands before a mention that is a later member of the list after it ("counterparts, A, X, and B"), else null. */
function counterpartsListBefore(text: string, start: number): number | null {
  const from = Math.max(0, start - 160);
  const found = [...text.slice(from, start).matchAll(/\bcounterparts\s*,\s*/gi)].at(-1);
  if (!found) return null;
  const gap = text.slice(from + found.index + found[0].length, start);
  if (!/(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap)) return null;
  const pieces = gap.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim() !== '');
  return pieces.length >= 1 && pieces.every((x) => LIST_PIECE.test(x.trim())) ? from + found.index : null;
}

const COUNTERPART_AFTER = /^(?:\s*,?\s+and|[^.;]{0,60}?\bwith)\s+(?:his|her|their)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+counterparts?\b/du;
// "Participants from the Mongolian side:", "On the Peruvian side:": a list's header naming its side.
// … also "From Bangladesh sides, A, B, C" (a state's name, no article, a comma).
// … and "On the part of Morocco, the head of …, X".
const SIDE_HEADER =
  /\b(?:[Ff]rom|[Oo]n)\s+(?:the\s+[\p{L}-]+\s+sides?\s*:|(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?['’]?s?\s+sides?\s*[:,])|\b[Oo]n\s+the\s+part\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*,|\s+by\b)/gu;
// After a name: "… from Bangladesh side", "…, from the Nepalese side".
// (… also "signed by X for the Kenyan side and Y for the Chinese side".)
const SIDE_AFTER =
  /^\s*,?\s*(?:(?:from|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+side\b|on\s+the\s+part\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
// "at the invitation of President X", "at the invitation of his counterpart, X".
const INVITED_BY = /\bat\s+the\s+invitation\s+of\s+(?:(?:his|her|their)\s+)?(?:[\p{L}.-]+\s+){0,5}?(?:[\p{L}.-]+\s*,?\s*)?$/iu;
// "a visit to Chile", "visited Chile", "arrived in Chile" before it.
const VISIT_TO = /\b(?:(?:visit|trip|tour)\s+to|visited|visiting|arrived\s+in|arrives\s+in)\s+(?:the\s+)?(?=\p{Lu})/iu;
// Right after a person, the verb of a trip of theirs: "X arrived in the Republic of Belarus", "X is on a state visit to …"
// (no other verb between: not "X welcomed the prime minister on his arrival").
const TRAVELS_AFTER =
  /^(?:(?!\b(?:welcom\w*|receiv\w*|greet\w*|met|meets|host\w*|said|says)\b)[^.;]){0,40}?\b(?:arrived|arrives|landed|lands|flew|flies|travell?ed|paid|pays|began|begins|started|starts|(?:is|was)\s+on)\b/i;

// "accompanied by", "accompanied on his working visit by".
// A list that is one side's delegation: "The delegation included …", "The Turkish delegation consisted of …"
// (the first member's role may stand between).
// "The official retinue includes …": the travelling party, the visitor's when the text gives it no state.
const RETINUE = /\b(?:retinue|entourage)\b[^.;]{0,60}?\b(?:included|includes|including|comprised|comprises|consisted\s+of|consists\s+of)\s+[^,;.]{0,60}$/i;
/** The list before `start` is a retinue of no possessor and no host's welcome: the visitor's travelling party. */
function visitorsList(s: RecognisedSentence, start: number): boolean {
  const retinue = RETINUE.exec(s.text.slice(0, start));
  return retinue !== null && !/\b(?:host|welcom|receiv|greet|airport)/i.test(s.text) && !/['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(s.text.slice(0, retinue.index));
}
const DELEGATION_LIST =
  /\b(?:delegation|retinue|entourage)\b[^.;]{0,60}?\b(?:included|includes|including|comprised|comprises|comprising|consisted\s+of|consists\s+of|was\s+made\s+up\s+of)\s+[^,;.]{0,60}$/i;
// "Those in attendance included A, B and C": the people one side's readout lists as present.
const ATTENDEES_LIST = /\b(?:those|others|officials)\s+(?:in\s+attendance|present|attending)\s+(?:included|includes|including|were)\s+[^,;.]{0,60}$/i;
// The person whose aide a title names: "Erdoğan's chief foreign policy advisor " (the possessor's name, then the title).
// (… also before a comma: "Putin's foreign affairs adviser, Yuri Ushakov".)
// "Anwar Ibrahim and his two deputy prime ministers A and B": the one named right before "and his" is the possessor.
// (Not "his counterpart", "his host", "his guest": the other side's.)
const PRONOUN_POSSESSOR =
  /(\p{Lu}[\p{L}-]+)\s+and\s+(?:his|her)\s+(?!(?:[\p{Ll}-]+\s+){0,3}(?:counterparts?|hosts?|guests?|opposite)\b)(?:[\p{Ll}-]+\s+){0,4}(?:(?:Datuk|Dato['’]?|Tan|Sri|Seri|Dr|Mr|Mrs|Ms)\.?\s+){0,3}$/u;
// An aide named by a pronoun's possessive: "his media aide", "her spokesperson".
// (… also titled, with a remit and an honorific: "his Senior Special Assistant on Media and Publicity, Mallam ".)
const hisAide = perLexicons(
  () =>
    new RegExp(
      String.raw`\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:aide|adviser|advisor|spokes(?:man|woman|person)|assistant|press\s+secretary|private\s+secretary|chief\s+of\s+staff)(?:\s+(?:on|for)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,4})?\s*,?\s*${honorificBefore()}$`,
      'iu',
    ),
);
// "Museveni and ": the name "and his" follows.
const JOINED_BEFORE = /(\p{Lu}[\p{L}-]+)\s+and\s+$/u;
// A monarch's title, of whom a consort named after him shares the state ("King Charles III and Queen Camilla", "the king
// and Queen Letizia").
const MONARCH_TITLES = String.raw`King|Emperor|Sultan`;
const MONARCH = new RegExp(`^(?:${MONARCH_TITLES})$`, 'i');
const MONARCH_OR_GRAND_DUKE = new RegExp(String.raw`^(?:${MONARCH_TITLES}|Grand\s+Duke)$`, 'i');
const MONARCH_AND_BEFORE = new RegExp(String.raw`\b(?:${MONARCH_TITLES})\s+and\s+$`, 'i');
const POSSESSOR = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,4}\p{L}+,?\s+$/u;
// (… or "together with": "Tajani is on a mission to Tunisia, together with the Minister of Agriculture, X".)
const PAIR_TITLE = /\bof\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|states|nations|governments)\b[^.;]{0,40}$/i;
// (Not the verb of a relative clause inside the list: "a delegation which was made up of A and B", "A, who has held the post since 2023, and B".)
// A list's verb after its last name that makes it one party: "… called on the Prime Minister", "… paid a courtesy call on".
const CALLED_ON_AFTER = /^\s*,?\s*(?:jointly\s+|also\s+)?(?:called\s+on|call\s+on|paid\s+(?:a\s+)?courtesy\s+calls?\s+on)\b/i;
const HOST_VERB_AFTER = /^\s*(?:,[^,]{0,40},\s*)?(?:(?:held|had)\s+(?:\w+\s+){0,2}?(?:talks|discussions|a\s+meeting)\s+with|received|hosted|welcomed)\s+/i;
const COMPANIONS_END =
  /(?<!\b(?:which|who|that)\s+(?:[\p{L}-]+\s+)?)\b(?:will|would|shall|is|are|was|were|has|have|had|met|meets|held|holds|depart(?:s|ed)?|arrived|left|visited)\b/iu;
// (… also "was joined by members of his Cabinet, including …": his own ministers, never "joined by his counterpart".)
// (… also "Sheikh X headed a delegation that included …", "a delegation which also included …".)
const ACCOMPANIED =
  /\baccompanied\b[^.;]{0,40}?\bby\b|\bdelegation\s+(?:that|which)\s+(?:also\s+)?(?:included|includes|comprised)\b|\b(?:together|along)\s+with\b|\bjoined\s+by\s+(?:(?:members|several|some)\s+of\s+)?(?:his|her)\s+(?:cabinet|delegation|ministers|team|government)\b/i;
// "a delegation from the People's Republic of China, led by", "The Kingdom of Saudi Arabia representation was led by".
// (… or its side: "while the Korean side was headed by", "and the Peruvian side by"; "Chile will be represented by";
// "and the Egyptian was headed by", the noun left out.)
const DELEGATION_LED_BY =
  /\b(?:delegation|representation|side|team)\s+(?:from|of)\s+[^.;]{2,70}?,?\s+(?:(?:was|is|will\s+be)\s+)?(?:led|headed|represented|chaired)\s+by\s+$|\b(?:[\p{L}'’-]+\s+){1,5}(?:delegation|representation|side|team)\s+(?:(?:was|is|will\s+be)\s+)?(?:(?:led|headed|represented|chaired)\s+)?by\s+$|\b(?:[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+\s+(?:was|is|will\s+be)\s+represented\s+by\s+$|\bthe\s+\p{Lu}[\p{L}'’-]+\s+(?:was|is|will\s+be)\s+(?:led|headed|chaired)\s+by\s+$/u;
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+$/;
// "Accompanied by X, Minister Y said …": a sentence opened by the companions of its subject.
const FRONTED_ACCOMPANIED = /^\W*(?:accompanied|joined|flanked)\s+by\s+(?:[\p{L}'’.-]+\s+){0,5}$/iu;
// The sentence after "accompanied by eight Cabinet members" that names them: "They are …", "The delegation includes …".
// A sentence that names the traveller's companions, the traveller in the sentence before: "Accompanying the visitor were …",
// "Travelling with him are …", "The delegation also included …".
const COMPANIONS_NAMED =
  /^\W*(?:accompanying\s+(?:the\s+(?:visitor|guest|visiting\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)|him|her)\s+(?:were|was|are|is)\b|travell?ing\s+with\s+(?:him|her)\s+(?:are|were|is|was)\b|the\s+(?:visiting\s+)?delegation\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of)\b)/iu;
const THEY_ARE = /^\s*(?:they|these|the\s+(?:delegation|members|ministers|officials))\s+(?:are|were|include|included|includes|comprise|comprises)\b/i;
// "Vice President", "Deputy Prime Minister", "First Deputy Prime Minister": the office deputised, in lower case.
const DEPUTY = /^(?:vice|deputy|first deputy)[\s-]+(.+)$/;
// "Foreign Minister X accompanies President Y to Chile": the companion before the one accompanied.
// "… Speaker X and the parliament's lower house speaker Y": an office in lower case, of no state, after "and".
const MET_BESIDE = /^\s+and\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,2}(?:parliament['’]s\s+|government['’]s\s+)?(?:[\p{Ll}-]+\s+){1,4}$/u;
const MET_BEFORE = /\b(?:talks|met|meet|meets|meeting|meetings|received|receive|receives|hosted|host|hosts|calls?\s+on)\s+(?:with\s+)?(?:[^.;]{0,80})$/i;
// (The title's words, up to three: the holder's title is the first of them.)
const WHO_ACCOMPANIED =
  /^\s*,\s*who\s+(?:also\s+|had\s+)?(?:accompanied|accompanies|is\s+accompanying|was\s+accompanying)\s+the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
const ACCOMPANIES = /^\s+(?:(?:also|will|is|was)\s+)?accompan(?:ies|ied|ying|y)\s+(?:(?:the|his|her)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

/** A state the sentence names (not a city, a capital or a seat of government) between two offsets. */
function stateBetween(s: RecognisedSentence, from: number, to: number): CountryMention | undefined {
  return s.countries.find((x) => x.start >= from && x.end <= to && namesState(x));
}

/** Whether the sentence of a mention has the person meet a counterpart of the state: "his counterparts from A, B and C", "his Algerian counterpart". */
function metCounterpartOf(m: PlacedMention, iso3: string): boolean {
  const text = m.sentence.text;
  const at = /\bcounterparts?\b/i.exec(text.slice(m.end));
  if (!at) return false;
  const word = m.end + at.index,
    wordEnd = word + at[0].length;
  return m.sentence.countries.some(
    (c) =>
      c.iso3 === iso3 &&
      // "his Algerian counterpart", or in the list after "counterparts from": "… from Algeria, Jordan and Malaysia".
      ((c.start >= m.end && c.end <= word && /^\s*$/.test(text.slice(c.end, word))) ||
        (c.start >= wordEnd && /^\s+(?:from|of)\s+(?:(?:the\s+)?[\p{L}'’ -]+,\s*)*(?:and\s+)?(?:the\s+)?$/u.test(text.slice(wordEnd, c.start)))),
  );
}

// The states of a list after a preposition, before its next member: "to Morocco and ", "in Chile, Peru and ".
// A place the sentence sends someone to, named with a state: "at the National Cemetery of Korea", "visited the University of Ghana".
// (Tried only where the words end in "of" or "of the": the pattern is asked for every state beside every name.)
const placeNamedOf = (before: string): boolean => OF_AT_END.test(before) && PLACE_NAMED_OF.test(before);
const OF_AT_END = /\sof\s+(?:the\s+)?$/;
const PLACE_NAMED_OF = /\b(?:at|in|to|into|from|visited|visiting|visit|toured|touring|tour)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,5}of\s+(?:the\s+)?$/u;
const DESTINATION_LIST_BEFORE =
  /\b(?:to|in|into|from|with|at|for|visit|visited|visiting)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})*\s*(?:,\s*and|,|and)\s+(?:the\s+)?$/u;
// (… nor a later state of such a list: "Rwanda's Ambassador to Morocco and Mauritania"; nor the state in the name of a
// place the person goes to: "paid homage at the National Cemetery of Korea".)
const listOrPlaceBefore = (before: string): boolean => DESTINATION_LIST_BEFORE.test(before) || placeNamedOf(before);

// "his counterpart from Peru, ": a counterpart named with the state after the word, right before the name.
const COUNTERPART_STATE_BEFORE = new RegExp(String.raw`\b${COUNTERPART_OF_STATE}\s*,?\s*$`, 'u');
// "… and his visiting Timor-Leste counterpart ", "…, her Indian counterpart, ": the office-holder's own counterpart.
// (… also with the state after the word: "his counterpart of the Republic of Korea ", "her counterpart from Chile, ".)
// (… also "the": "praised the French-born Georgian counterpart X".)
const COUNTERPART_OF_HOLDER = new RegExp(
  String.raw`\b(?:his|her|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${COUNTERPART_OF_STATE}|counterpart)\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|H\.?\s?E)\.?\s+)?$`,
  'iu',
);

// A signing verb right after the last of those who sign together: "…, Y, signed", "… Y have signed".
const SIGNED_NEXT = /^\s*,?\s*(?:(?:have|has|also|jointly)\s+)?(?:signed|inked|exchanged|initialled)\b/i;
// A side named as the one a signer acts for: "on behalf of the Algerian government", "for the Chilean side".
const ON_BEHALF = /\bon\s+behalf\s+of\b|\bfor\s+the\s+\p{L}+\s+side\b/iu;
// A passive's agents after it: "was signed by the Minister of …".
const SIGNED_BY_BEFORE = /\b(?:signed|inked|initialled)\s+by\s+[^.;]{0,100}$/i;
// What joins two signers: "X, and the Minister of Economy, ", "X, together with the Minister …, ".
const JOINED_SIGNER = /^\s*,?\s*(?:and|together\s+with|along\s+with|with)\s/i;

/**
 * The person other than `p` whose mention ends last (or, with `which` = first, starts first) before `m` in its sentence
 * (of those `keep` lets through).
 */
function namedBefore(
  p: PersonRecord,
  m: PlacedMention,
  mentioned: ReadonlyMap<number, readonly PersonRecord[]>,
  keep: (o: PersonRecord) => boolean = () => true,
  which: 'last' | 'first' = 'last',
): { o: PersonRecord; x: PlacedMention } | undefined {
  return (mentioned.get(m.sentence.index) ?? [])
    .flatMap((o) => (o === p || !keep(o) ? [] : o.mentions.filter((x) => x.sentence === m.sentence && x.end <= m.start).map((x) => ({ o, x }))))
    .sort((a, b) => (which === 'last' ? b.x.end - a.x.end : a.x.start - b.x.start))[0];
}

export class PeopleIndex {
  readonly people: PersonRecord[] = [];

  constructor(
    private readonly sentences: readonly RecognisedSentence[],
    private readonly ctx: DocumentContext,
  ) {
    const last = sentences.at(-1);
    const placed = sentences.flatMap((s) => s.people.filter((m) => !cutOff(m, s, last)).map((m) => placedIn(m, s)));
    // Full names first, so surnames and patronymics have someone to attach to.
    const order = (m: PlacedMention): number => (m.patronymic ? 2 : m.parts.length > 1 ? 0 : 1);
    for (const m of [...placed].sort((a, b) => order(a) - order(b) || a.start - b.start + (a.sentence.index - b.sentence.index) * 1e6)) this.add(m);
    // Single-word persons with no role are too weak to stand alone ("said Oliver"?): drop them.
    // (Not a counterpart named after an honorific: "his Bangladeshi counterpart Sheikh Hasina".)
    // (Nor a leader's family name the world knows, of a state the text names, in office in the text's year:
    // "Putin decided not to attend", "Zelenskyy met Erdogan".)
    // (A family name written first, alone, is the person named in full: "Raisi and Xi met" names Xi Jinping; its mention is
    // kept with that person, as "Xi" is later found wherever no mention took it.)
    const year = ctx.reference?.year ?? null;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.first === null && !p.role && !p.mentions.some((m) => m.patronymic || m.rule === 'counterpart-name') && !this.knownLeaderAlone(p)) {
        const word = p.mentions[0]!.parts[0]!;
        const full = p.mentions.every((m) => m.parts.length === 1)
          ? this.people.find((o) => o !== p && o.first !== null && samePart(o.first, word) && familyFirst(o, year))
          : undefined;
        full?.mentions.push(...p.mentions);
        this.people.splice(i, 1);
      }
    }
    this.addSurnameMentions(sentences);
    this.resolveReferences(
      sentences.flatMap((s) =>
        // "his election as the Cambodian Prime Minister and Vice Chairman of the Cambodian People's Party": an office joined
        // to the reference before it by "and" is the same holder's, whom that reference names; it names no one else.
        s.roleReferences
          .filter((ref, i) => i === 0 || !/^\s+and\s+$/.test(s.text.slice(s.roleReferences[i - 1]!.end, ref.start)))
          .map((ref) => ({ ref, sentence: s.index })),
      ),
    );
    const mentioned = this.bySentence();
    // (Each person's mentions by sentence, for the searches below; built again once the known leaders are merged.)
    this.indexMentions();
    for (const p of this.people) this.settle(p, mentioned);
    // "the President of the European Commission, Ursula von der Leyen,": a body's office before the comma is the role of a
    // name read by itself.
    for (const p of this.people) if (!p.role) p.role = this.bodyOfficeBefore(p) ?? p.role;
    for (const p of this.people)
      if (this.organisationOfficer(p)) {
        p.country = null;
        p.organisation = true;
      }
    // A consort's state is the monarch's or the president's, over a state named near the name ("King X and Queen Y
    // have begun their Kenya visit", "President Stubb and First Lady Suzanne Innes-Stubb were received in Nairobi"),
    // unless the title names it ("Kenya's First Lady").
    for (const p of this.people) if (!p.mentions.some((m) => m.role?.country)) p.country = this.spouseOf(p) ?? p.country;
    // The state one signs for, as the text says it, over any state named near the name — not over the state the
    // person's own title names elsewhere ("Chinese President Xi Jinping", later "On behalf of the King of Cambodia,
    // Hun Sen invited Xi Jinping").
    for (const p of this.people) if (!p.mentions.some((m) => m.role?.country)) p.country = this.sideSignedOrLed(p) ?? p.country;
    this.settleSpokespeople();
    for (const p of this.people)
      p.country ??= this.organisationOfficer(p)
        ? null
        : (this.coSigner(p, mentioned) ??
          // ("His Highness Shaikh Mohammed bin Salman bin Hamad Al Khalifa": a ruling house names its state.)
          stateOfHouse(p.mentions.reduce((a, m) => (m.parts.length > a.length ? m.parts : a), [] as readonly string[]).join(' ')) ??
          this.hostMet(p) ??
          this.spouseOf(p) ??
          this.companionOf(p, mentioned) ??
          this.metBeside(p, mentioned) ??
          this.counterpartOf(p) ??
          this.besideOthersRepresentative(p) ??
          this.hostOfEnvoy(p, mentioned) ??
          this.aideOf(p, mentioned) ??
          this.principalServed(p) ??
          this.seatServed(p, mentioned) ??
          this.sideOf(p) ??
          this.ofTheRepublic(p) ??
          this.otherOfThePair(p, mentioned) ??
          this.envoyToOther(p));
    this.shareListCountries(sentences);
    this.rolesFromReferences(sentences);
    // The publisher's state is the last guess, after everything the text says of the person.
    const cabinet = this.cabinetOfOneState();
    for (const p of this.people) if (p.role && !p.organisation) p.country ??= this.homeOrGuest(p, cabinet);
    // (After the guesses of state, which an office would open to a counterpart the text gives no state.)
    this.rolesOfCounterparts();
    this.mergeKnown();
    this.#inSentence = this.bySentence();
    this.indexMentions();
  }

  private indexMentions(): void {
    this.#mentionsBySentence.clear();
    for (const person of this.people) {
      const bySentence = new Map<number, PlacedMention[]>();
      for (const m of person.mentions) {
        const listed = bySentence.get(m.sentence.index);
        if (listed) listed.push(m);
        else bySentence.set(m.sentence.index, [m]);
      }
      this.#mentionsBySentence.set(person, bySentence);
    }
  }

  readonly #mentionsBySentence = new Map<PersonRecord, ReadonlyMap<number, readonly PlacedMention[]>>();

  /** A one-word name that is the family name of a leader in office in the text's year, of a state the text names. */
  private knownLeaderAlone(p: PersonRecord): boolean {
    const year = this.ctx.reference?.year ?? null;
    if (p.mentions.some((m) => m.parts.length !== 1)) return false;
    const word = p.mentions[0]!.parts[0]!;
    const found = leadersNamed([word], year, null, this.ctx.focus);
    const leader = found[0];
    // (A text of no year: the name of one person only in the table, of a state the text is about, "Putin said".)
    const onePerson = found.every((l) => l.name === leader?.name);
    if (leader === undefined || !this.ctx.focus.includes(leader.iso3) || (year === null ? !onePerson : !heldIn(leader, year))) return false;
    // (Not a part of someone the text names in full: "Xi" beside "Xi Jinping", written family name first.)
    return !this.people.some((o) => o !== p && o.mentions.some((m) => m.parts.length > 1 && m.parts.some((x) => samePart(x, word))));
  }

  /**
   * A person's mentions in one sentence, looked up: a person named in thousands of sentences is not
   * searched through for each of them (the events read it once per sentence).
   */
  mentionsIn(p: PersonRecord, s: RecognisedSentence): readonly PlacedMention[] {
    return this.#mentionsBySentence.get(p)?.get(s.index) ?? p.mentions.filter((m) => m.sentence === s);
  }

  /** The people each sentence mentions, in the order of the people: one pass over the mentions, not one per sentence. */
  private bySentence(): Map<number, PersonRecord[]> {
    const index = new Map<number, PersonRecord[]>();
    for (const p of this.people) {
      for (const m of p.mentions) {
        const list = index.get(m.sentence.index);
        if (!list) index.set(m.sentence.index, [p]);
        else if (list.at(-1) !== p) list.push(p);
      }
    }
    return index;
  }

  #inSentence: ReadonlyMap<number, readonly PersonRecord[]> = new Map();
  readonly #states = new Map<PersonRecord, ReadonlySet<string | null>>();

  /** The states a person's mentions name (fixed once the mentions are gathered), computed once per person. */
  private statesOf(p: PersonRecord): ReadonlySet<string | null> {
    let states = this.#states.get(p);
    if (!states) this.#states.set(p, (states = new Set(p.mentions.map((m) => m.country))));
    return states;
  }

  /**
   * A spokesperson whose state no mention of theirs names speaks for the readout's principal: the
   * first leader or minister of the text with a state (data/spokesperson-titles.txt).
   */
  private settleSpokespeople(): void {
    const speakers = this.people.filter((p) => p.role && spokespersonTitles().has(p.role.title.form.toLowerCase()) && !p.mentions.some((m) => m.country));
    if (!speakers.length) return;
    const position = (p: PersonRecord): number => Math.min(...p.mentions.map((m) => m.sentence.index * 1e6 + m.start));
    const principal = this.people
      .filter((p) => p.country && p.role && PRINCIPAL_CATEGORIES.has(p.role.title.category))
      .sort((a, b) => position(a) - position(b))[0];
    if (principal) for (const p of speakers) p.country = principal.country;
  }

  /**
   * "X received a copy of the credentials of the new British Ambassador to Iraq, Y", "Ambassador to
   * Afghanistan Y presented his credentials to Foreign Minister X": the one a foreign envoy meets in
   * the sentence serves the state the envoy is accredited to, when the sentence names only the two.
   */
  private hostOfEnvoy(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (const m of readMentions(p)) {
      const here = mentioned.get(m.sentence.index) ?? [];
      // Two people only: a delegation's list may hold its own ambassador to the host.
      if (here.length !== 2) continue;
      for (const q of here) {
        const host = q === p ? null : (q.role?.accreditedTo ?? null);
        if (!host || q.country === host || q.role?.title.category !== 'diplomat') continue;
        // (Not one named beside the envoy with "and": "Special Assistant X and Ambassador in Dushanbe Y attended" are one side.)
        // (Read last: the envoy's mentions are searched, and a name met thousands of times has thousands.)
        // (… nor one named with the envoy by "along with": "Ambassador X also participated in the meeting along with NSA Y".)
        const beside = this.mentionsIn(q, m.sentence).some(
          (x) =>
            (x.start > m.end && /^\s+and\s+[^.;,]{0,60}$/.test(m.sentence.text.slice(m.end, x.start))) ||
            TOGETHER_WITH.test(m.sentence.text.slice(Math.min(x.end, m.end), Math.max(x.start, m.start))),
        );
        if (!beside) return host;
      }
    }
    return null;
  }

  /** "his Hungarian counterpart Peter Szijjarto": the state of the adjective before "counterpart". */
  /**
   * "Participants from the Mongolian side: A; B; C": the side a list's header names. "… paid a visit to
   * Chile at the invitation of President X": the one who invites is of the state visited.
   */
  private sideOf(p: PersonRecord): string | null {
    for (const m of readMentions(p)) {
      const text = m.sentence.text;
      // "secretary Md Mokammel Hossian from Bangladesh side": the side named right after the name, first (a header before
      // it may be another's: "X signed on the part of Chile, and Minister Y on the part of Peru").
      const after = SIDE_AFTER.exec(text.slice(m.end, m.end + 40));
      if (after) {
        const c = stateBetween(m.sentence, m.end, m.end + after[0].length);
        if (c) return c.iso3;
      }
      // The nearest header before the name: "(participants from the Mongolian side: …; from the Japanese side: …)".
      const header = [...text.matchAll(SIDE_HEADER)].filter((h) => h.index + h[0].length <= m.start).at(-1);
      if (header) {
        const c = stateBetween(m.sentence, header.index, header.index + header[0].length);
        if (c) return c.iso3;
      }
      const invited = INVITED_BY.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const visited = invited ? VISIT_TO.exec(text.slice(0, m.start)) : null;
      if (visited) {
        const at = visited.index + visited[0].length;
        const c = m.sentence.countries.find((x) => x.start === at && x.kind !== 'city' && x.kind !== 'seat');
        if (c) return c.iso3;
      }
    }
    return null;
  }

  /** "his spouse, Mrs. KISHIDA Yuko": one named by kinship or courtesy shares the state of the one of the same family name. */
  private spouseOf(p: PersonRecord): string | null {
    const consort = this.consortOf(p);
    if (consort) return consort;
    // (… or a leader's spouse by office: "and the First Lady, Mrs. Margaret Kenyatta".)
    if (!p.mentions.some((m) => m.rule === 'courtesy-or-kin-name') && !/^First (?:Lady|Gentleman)$/i.test(p.role?.title.form ?? '')) return null;
    // (A double family name shares either half: "Suzanne Innes-Stubb" and "President Stubb".)
    const parts = new Set(p.name.split(/[\s-]+/));
    const family = this.people.filter((o) => o !== p && o.country && o.name.split(/[\s-]+/).some((x) => x.length > 2 && parts.has(x)));
    return new Set(family.map((o) => o.country)).size === 1 ? family[0]!.country : null;
  }

  /**
   * "King Charles III and Queen Camilla", "Emperor Naruhito and Empress Masako", "the king and Queen Letizia": a consort named
   * after the monarch shares his state.
   */
  private consortOf(p: PersonRecord): string | null {
    if (!/^(?:Queen|Empress|Grand\s+Duchess)$/i.test(p.role?.title.form ?? '')) return null;
    for (const m of readMentions(p)) {
      const from = titledStart(m);
      if (!/\s+and\s+(?:the\s+)?$/.test(m.sentence.text.slice(Math.max(0, from - 8), from))) continue;
      const monarch = this.people.find(
        (o) =>
          o !== p &&
          o.country &&
          MONARCH_OR_GRAND_DUKE.test(o.role?.title.form ?? '') &&
          o.mentions.some((x) => x.sentence === m.sentence && x.end <= from && /^\s+and\s+(?:the\s+)?$/.test(m.sentence.text.slice(x.end, from))),
      );
      if (monarch) return monarch.country;
      // "the king and Queen Letizia": the monarch by his title alone, the one king of the text.
      if (MONARCH_AND_BEFORE.test(m.sentence.text.slice(Math.max(0, from - 16), from))) {
        const kings = new Set(this.people.filter((o) => o !== p && o.country && MONARCH.test(o.role?.title.form ?? '')).map((o) => o.country));
        if (kings.size === 1) return [...kings][0]!;
      }
    }
    return null;
  }

  /**
   * "the foreign ministers of the two countries, Mauro Vieira and Téte António": two names under one plural title of a
   * pair, the first of one state of the text's pair, the second of the other.
   */
  /**
   * "the Minister of Technology of Hungary, X, and the Minister of Economy, Y, signed a memorandum", "Szijjártó, together
   * with the Minister of Construction, Z, signed the agreement": the second of two who sign together, of no stated
   * state, serves the other state of the pair the text is about.
   */
  private coSigner(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    const pair = this.ctx.focus.slice(0, 2);
    if (pair.length !== 2) return null;
    for (const m of readMentions(p)) {
      const text = m.sentence.text;
      const signedAfter = SIGNED_NEXT.test(text.slice(m.end, m.end + 30));
      // (… or the passive's agents, the sentence ending after them: "was signed by the Minister of Foreign Affairs of
      // Hungary, X, and the Minister of European Integration, Y.")
      if (!signedAfter && !/^\s*[.!]?\s*$/.test(text.slice(m.end))) continue;
      // (Nor when the sentence says whom they sign for: "… on behalf of the Algerian government".)
      if (ON_BEHALF.test(text)) continue;
      const before = namedBefore(p, m, mentioned);
      // (Only after one whose own words name the state: "the Minister of Technology of Hungary, X, and …"; "Soler and Trade
      // Minister Quispe signed" may be two officials of one side.)
      if (!before?.o.country || !pair.includes(before.o.country) || before.x.role?.country !== before.o.country) continue;
      if (!signedAfter && !SIGNED_BY_BEFORE.test(text.slice(Math.max(0, before.x.start - 120), before.x.start))) continue;
      const between = text.slice(before.x.end, m.start);
      // (Not one whose own words name a state: "and her Peruvian counterpart Y have signed".)
      const stated = m.sentence.countries.some((c) => c.start >= before.x.end && c.end <= m.start);
      if (between.length <= 140 && !stated && JOINED_SIGNER.test(between) && !/[.;]|\bsigned\b/.test(between)) return pair.find((c) => c !== before.o.country)!;
    }
    return null;
  }

  private otherOfThePair(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    const pair = this.ctx.focus.slice(0, 2);
    if (pair.length !== 2) return null;
    for (const m of readMentions(p)) {
      // (Only under a title of the pair's: "the foreign ministers of the two countries, A and B".)
      // (… or a plural office each state holds once, "foreign ministers A and B", not "Ministers A and B".)
      if (m.rule !== 'plural-title-before-names' || !m.role) continue;
      // (Not one person's own: "Anwar and his two deputy prime ministers A and B", "the Emir's advisers A and B".)
      const roleAt = m.sentence.words[m.role.first]?.start ?? m.start;
      if (/(?:\b(?:his|her|its)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(m.sentence.text.slice(Math.max(0, roleAt - 40), roleAt))) continue;
      if (!PAIR_TITLE.test(m.sentence.text.slice(0, m.start)) && m.role.title.keys.length < 2 && m.role.role === m.role.title.form) continue;
      const first = (mentioned.get(m.sentence.index) ?? []).filter(
        (o) => o !== p && o.mentions.some((x) => x.sentence === m.sentence && x.end <= m.start && x.role?.title.form === m.role!.title.form),
      );
      if (first.length === 1 && first[0]!.country && pair.includes(first[0]!.country)) return pair.find((c) => c !== first[0]!.country)!;
    }
    return null;
  }

  /** "Erdoğan's chief foreign policy advisor Akif Kılıç": one who serves a person named in the possessive serves that person's state. */
  private aideOf(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (const m of readMentions(p)) {
      const window = m.sentence.text.slice(Math.max(0, m.start - 90), m.start);
      const aide = hisAide().exec(window);
      // ("… thanked President Museveni and his Principal Private Secretary, X": a titled aide's possessor joined by "and"
      // right before, as PRONOUN_POSSESSOR reads it for an aide in lower case.)
      const owner =
        POSSESSOR.exec(window)?.[1] ?? PRONOUN_POSSESSOR.exec(window)?.[1] ?? (aide ? JOINED_BEFORE.exec(window.slice(0, aide.index))?.[1] : undefined);
      // ("President Buhari … in a statement released by his media aide Femi Adesina": the aide of the sentence's subject,
      // the first person it names, of a known state — "President Buhari's conversation with Sheikh Al Nahyan was contained
      // in a statement by his Senior Special Assistant" is Buhari's.)
      if (!owner && aide) {
        const principal = namedBefore(p, m, mentioned, (o) => o.country !== null, 'first');
        if (principal) return principal.o.country;
      }
      if (!owner) continue;
      const served = (mentioned.get(m.sentence.index) ?? []).find((o) => o !== p && o.country && o.name.split(/\s+/).includes(owner));
      const known = served ?? this.people.find((o) => o !== p && o.country && o.name.split(/\s+/).at(-1) === owner);
      if (known) return known.country;
    }
    return null;
  }

  /**
   * "the Senior Special Assistant to the President on Media, X": an aide serves the state of the one person the
   * text names with the principal's office.
   */
  private principalServed(p: PersonRecord): string | null {
    const principal = /\bto\s+the\s+((?:Vice[- ])?President|Prime\s+Minister|Chancellor|King|Emir|Amir|Premier|Head\s+of\s+State)\b/i.exec(
      p.role?.role ?? '',
    )?.[1];
    if (!principal) return null;
    const key = principal.toLowerCase().replace(/\s+/g, ' ');
    const states = new Set(this.people.filter((o) => o !== p && o.country && o.role?.title.form.toLowerCase() === key).map((o) => o.country));
    const state = states.size === 1 ? [...states][0]! : null;
    // (Only the text's own side: its publisher's state, or that of the first person it names — "Ukrainian FM X met Polish
    // President Y. Adviser to the President Z also attended" leaves Z's state open.)
    const first = this.people
      .filter((o) => o.country !== null)
      .map((o) => ({ o, at: Math.min(...o.mentions.map((m) => m.sentence.index * 100_000 + m.start)) }))
      .sort((a, b) => a.at - b.at)[0]?.o;
    return state !== null && (state === this.ctx.home || state === first?.country) ? state : null;
  }

  /**
   * "Jane Doe, Deputy Director, Africa Media Hub at the State Department, said": the state of the seat of government
   * (data/country-extras.tsv) the person's apposition places the office in.
   */
  private seatServed(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (const m of readMentions(p)) {
      const seat = m.sentence.countries.find((c) => c.kind === 'seat' && c.start > m.end && c.start - m.end <= 100);
      if (!seat || !/^,\s+[^.;()]*\b(?:at|of|in)\s+the\s+$/.test(m.sentence.text.slice(m.end, seat.start))) continue;
      // (Not when someone else is named in between: "X, who met Minister Y at the Kremlin".)
      const between = (mentioned.get(m.sentence.index) ?? []).some((o) =>
        o.mentions.some((x) => x !== m && x.sentence === m.sentence && x.start >= m.end && x.start < seat.start),
      );
      if (!between) return seat.iso3;
    }
    return null;
  }

  /**
   * "Foreign Secretary Amrit Rai and a representative of China's Ministry of Foreign Affairs signed the deals": one named
   * beside the other state's representative, in a report of two states, is of the first.
   */
  private besideOthersRepresentative(p: PersonRecord): string | null {
    const pair = this.ctx.focus.slice(0, 2);
    if (pair.length !== 2) return null;
    for (const m of readMentions(p)) {
      const after = /^\s+and\s+(?:a|an|the)\s+(?:representatives?|officials?|delegates?)\s+(?:of|from)\s+(?:the\s+)?/i.exec(
        m.sentence.text.slice(m.end, m.end + 50),
      );
      if (!after) continue;
      const at = m.end + after[0].length;
      const other = m.sentence.countries.find((c) => c.start === at && namesState(c) && pair.includes(c.iso3));
      if (other) return pair.find((c) => c !== other.iso3)!;
    }
    return null;
  }

  private counterpartOf(p: PersonRecord): string | null {
    for (const m of readMentions(p)) {
      const before = m.sentence.text.slice(Math.max(0, m.start - 40), m.start);
      // "his counterpart from Peru, X", "his counterpart of the Republic of Korea X": the state named after the word.
      const from = COUNTERPART_STATE_BEFORE.exec(m.sentence.text.slice(Math.max(0, m.start - 70), m.start));
      const fromAt = from ? m.start - Math.min(70, m.start) + from.index : -1;
      const named = from
        ? m.sentence.countries.find((x) => x.start > fromAt && x.end <= m.start && x.kind !== 'city' && x.kind !== 'seat' && x.kind !== 'adjective')
        : undefined;
      if (named) return named.iso3;
      const at = /\b(?:counterparts?|colleagues?|opposite numbers?)\s*,?\s*$/i.exec(before);
      // "… will meet their Tunisian counterparts, A, Minister of Agriculture, and B, Minister of Social Affairs": a later
      // member of the list after the plural.
      const listed = at ? null : counterpartsListBefore(m.sentence.text, m.start);
      if (listed !== null) {
        const c = m.sentence.countries.filter((x) => x.end <= listed && listed - x.end <= 2 && x.kind !== 'city' && x.kind !== 'seat').at(-1);
        if (c) return c.iso3;
      }
      if (!at) continue;
      const offset = m.start - before.length + at.index;
      const c = m.sentence.countries.filter((x) => x.end <= offset && offset - x.end <= 2 && x.kind !== 'city' && x.kind !== 'seat').at(-1);
      if (c) return c.iso3;
      // "The distinguished guest signed with his counterpart X": the guest's counterpart is the host's.
      const visited = this.visitedState();
      if (visited && /^\s*(?:the\s+)?(?:\p{L}+\s+)?(?:guest|visitor)\b/iu.test(m.sentence.text) && /\b(?:his|her)\s+$/i.test(before.slice(0, at.index)))
        return visited;
      // "Minister Momen said … and his counterpart X will visit Dhaka": the counterpart of the sentence's subject, of
      // one of the report's two states, serves the other.
      if (/\b(?:his|her)\s+$/i.test(before.slice(0, at.index))) {
        const state = this.holderBefore(p, m.sentence, offset)?.q.country;
        const side = state && this.ctx.pairClear ? this.otherOfPair(state) : null;
        if (side) return side;
      }
    }
    return null;
  }

  /**
   * Whose "his counterpart" it is: the first person the sentence names before it as no object of a preposition or a
   * verb ("on the occasion of the State Visit of King X, Foreign Minister Y held a meeting with his counterpart Z" is Y's;
   * "Minister A received Minister B, and later met his counterpart C" is A's), else the first named.
   */
  private holderBefore(p: PersonRecord, s: RecognisedSentence, before: number): { q: PersonRecord; x: PlacedMention } | undefined {
    const named = this.people
      .flatMap((q) => (q === p ? [] : this.mentionsIn(q, s).map((x) => ({ q, x }))))
      .filter(({ x }) => x.end <= before)
      .sort((a, b) => a.x.start - b.x.start);
    const lead = (x: PlacedMention): string => s.text.slice(Math.max(0, titledStart(x) - 40), titledStart(x));
    // (… nor a speaker whose words name another: "Prime Minister X said Health Minister Y would meet his counterpart Z".)
    const speaks = (x: PlacedMention): boolean => SAYS_AFTER.test(s.text.slice(x.end, x.end + 20)) && named.some((o) => o.x.start > x.end);
    return named.find(({ x }) => !GOVERNED_BEFORE.test(lead(x)) && !speaks(x)) ?? named[0];
  }

  /** "its Ambassador in Bangladesh X": an envoy posted in one of the report's two states serves the other. */
  private envoyToOther(p: PersonRecord): string | null {
    const posted = p.role?.title.category === 'diplomat' ? p.role.accreditedTo : null;
    return posted && this.ctx.pairClear && !this.ofABody(p) ? this.otherOfPair(posted) : null;
  }

  /**
   * An office a body's name or abbreviation goes with ("IAEA Director General X", "UN envoy X", "EU Ambassador in
   * Kazakhstan X", "Director General X of the IAEA"): not a state's official, whom a guess of the pair's side may not
   * reach. (A state's abbreviation is a state: "UAE Minister X", "US President Y".)
   */
  private ofABody(p: PersonRecord): boolean {
    if (p.role && bodyOpensTitle(p.role.role)) return true;
    return p.mentions.some((m) => {
      const s = m.sentence;
      const from = titledStart(m);
      const before = BODY_BEFORE.exec(s.text.slice(Math.max(0, from - 30), from));
      const at = before ? Math.max(0, from - 30) + before.index : -1;
      if (before && !s.countries.some((c) => c.start <= at && c.end > at)) return true;
      return BODY_AFTER.test(s.text.slice(m.end, m.end + 40));
    });
  }

  /**
   * People named in one list share its state: "Secretary of Foreign Relations Alicia Bárcena, Secretary
   * of Economy Raquel Buenrostro, and Ambassador Esteban Moctezuma chaired the HLED for Mexico";
   * "The governmental delegation headed by the Prime Minister consists of Minister A, Minister B …".
   */
  private shareListCountries(sentences: readonly RecognisedSentence[]): void {
    // The mentions of each sentence, gathered in one pass over the people.
    const bySentence = new Map<RecognisedSentence, Array<{ p: PersonRecord; m: PlacedMention }>>();
    for (const p of this.people) {
      for (const m of p.mentions) {
        const listed = bySentence.get(m.sentence);
        if (listed) listed.push({ p, m });
        else bySentence.set(m.sentence, [{ p, m }]);
      }
    }
    for (const s of sentences) {
      const listed = (bySentence.get(s) ?? []).sort((a, b) => a.m.start - b.m.start);
      if (listed.length < 2) continue;
      // Runs of mentions joined by commas, "and" and the roles between them.
      const runs: Array<typeof listed> = [[listed[0]!]];
      for (const x of listed.slice(1)) {
        const prev = runs.at(-1)!.at(-1)!;
        // (The first one's state after the name stays with it: "President A of Chile and Vice President B".)
        // (… and a portfolio in brackets after the name: "Ministers A (Foreign Affairs), B (Economy) and C".)
        const between = s.text
          .slice(prev.m.end, x.m.start)
          .replace(/^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s?){1,4}(?=\s|,)/u, '')
          .replace(/^\s*\([^().;]{1,60}\)/, '');
        // (The stop of an abbreviation is no sentence's: "Gina Raimondo, U.S. Trade Representative Katherine Tai".)
        // (A clause of the other side is no list: "signed by Minister X, while his counterpart Y signed on behalf of Z".)
        // (… nor a signer's own clause: "X, signed on behalf of Mauritius, as did Minister Y for Seychelles", "by X, on behalf
        // of Algeria, and by Y, on behalf of Tunisia".)
        const otherSide = /\b(?:while|whereas|counterparts?|as\s+did|signed|signs|on\s+behalf\s+of)\b/i.test(between);
        // ("Minister A, Minister B as well as State Minister C": "as well as" goes on with the list.)
        if (/^\s*(?:,|;|,?\s+and|,?\s+as\s+well\s+as)\s/.test(between) && !/(?<!\b\p{Lu})[.:]\s/u.test(between) && between.length < 120 && !otherSide)
          runs.at(-1)!.push(x);
        else runs.push([x]);
      }
      for (const run of runs) {
        if (run.length < 2) continue;
        const last = run.at(-1)!.m;
        // "… chaired the HLED for Mexico", "… represented Kazakhstan".
        // (… also "on behalf of the government of Ethiopia".)
        const forState =
          /^[^.;]{0,50}?\b(?:for|represented|representing|on behalf of)\s+(?:the\s+)?(?:(?:government|people|state|republic|kingdom)\s+of\s+(?:the\s+)?)?$/i;
        const stated = s.countries.find(
          // (A state's name, not an adjective: "discussed scholarships for Saudi students" is for no side.)
          (c) =>
            c.start >= last.end &&
            c.start - last.end < 80 &&
            forState.test(s.text.slice(last.end, c.start)) &&
            namesState(c) &&
            (c.kind !== 'adjective' || /^\s+(?:side|delegation|party|government)\b/i.test(s.text.slice(c.end, c.end + 14))),
        );
        const knownStates = run.map((x) => x.p.country).filter((c): c is string => c !== null);
        const known = new Set(knownStates);
        // One member's state alone says nothing of the others ("foreign ministers Mauro Vieira and Rubén
        // Ramírez" are two sides); two or more members of one state and none of another make it the list's.
        // … or one is the other's deputy: "President Droupadi Murmu and Vice President Jagdeep Dhankar".
        // … or the list is one delegation's: "The delegation included Foreign Minister Hakan Fidan, Treasury … Minister X, …".
        // (… also "Those in attendance included A, B, C and D", when the one state they name is one.)
        const oneDelegation =
          run.length >= 3 && (DELEGATION_LIST.test(s.text.slice(0, run[0]!.m.start)) || ATTENDEES_LIST.test(s.text.slice(0, run[0]!.m.start)));
        // … or the list is the subject of a call on someone: "A, B and C called on the Prime Minister of Bhutan" (one party calls).
        const callers = CALLED_ON_AFTER.test(s.text.slice(last.end, last.end + 40)) && !/\b(?:and|with)\s+(?:his|her|their)\s+counterparts?\b/i.test(s.text);
        // … or the list travels together: "Prime Minister A, trade minister B and infrastructure minister C are to visit Indonesia".
        const travellers = run.length >= 3 && TRAVEL_TOGETHER.test(s.text.slice(last.end, last.end + 50));
        const shared =
          known.size === 1 && (knownStates.length >= 2 || oneDelegation || callers || travellers || this.principalAndDeputy(run.map((x) => x.p)))
            ? [...known][0]!
            : null;
        // "Romanian Defence Minister A and Economy Minister B": one state's adjective over two different offices.
        const adjective = sharedAdjective(s, run);
        if (adjective) {
          for (const { p } of run.slice(1)) p.country = adjective;
          continue;
        }
        // (A delegation the text names by no state is the visitor's: "The official retinue includes Foreign Minister X, …"
        // in a report of a visit to Bulgaria.)
        const state =
          stated?.iso3 ??
          this.delegationState(s, run[0]!.m.start) ??
          shared ??
          (oneDelegation && visitorsList(s, run[0]!.m.start) ? this.visitorState() : null);
        if (!state) {
          this.unmarkedBeforeMarked(
            run.map((x) => x.p),
            CO_CHAIRED_BY.test(s.text.slice(Math.max(0, run[0]!.m.start - 60), run[0]!.m.start)),
          );
          continue;
        }
        for (const { p } of run) if (stated || p.country === null) p.country = stated ? stated.iso3 : state;
      }
    }
  }

  /**
   * "attended by Deputy Prime Minister A, Minister of Tourism B, and Ambassador of Japan to Bulgaria C" in a report on
   * Bulgaria and Japan: a list whose last member alone is marked with one state of the text's pair, the others named by
   * their offices alone, is the other state's people with that one guest.
   */
  private unmarkedBeforeMarked(run: readonly PersonRecord[], coChairs = false): void {
    const last = run.at(-1)!;
    const unmarked = run.slice(0, -1);
    const pair = this.ctx.focus.slice(0, 2);
    // (Two co-chairs are one of each side: "co-chaired by A, Secretary (East), and B, Secretary General, Ministry of Foreign
    // Affairs of Jordan".)
    const twoSides = coChairs && run.length === 2;
    if ((unmarked.length < 2 && !twoSides) || pair.length !== 2 || !last.country || !pair.includes(last.country)) return;
    if (!twoSides && !last.mentions.some((m) => m.role?.country === last.country)) return;
    if (!unmarked.every((p) => p.country === null && p.role !== null && !p.role.title.generic)) return;
    const other = pair.find((c) => c !== last.country)!;
    for (const p of unmarked) p.country = other;
  }

  /** The state whose people travel in the text's visit: the other of a two-state report than the one visited. */
  private visitorState(): string | null {
    const visited = this.visitedState();
    const pair = this.ctx.focus.slice(0, 2);
    return visited !== null && pair.length === 2 ? (pair.find((c) => c !== visited) ?? null) : null;
  }

  /** "The governmental delegation headed by the Prime Minister consists of …": the head's state. */
  private delegationState(s: RecognisedSentence, listStart: number): string | null {
    // "The Serbian delegation … consists of …", "Kazakhstan's delegation included …": the state named with it.
    const named = /\bdelegation\b/i.exec(s.text);
    if (named && named.index < listStart) {
      const state = s.countries.find(
        (c) =>
          c.end <= named.index &&
          /^(?:['’]s)?\s+(?:(?:governmental|government|official|high-level|business|parliamentary)\s+)?$/i.test(s.text.slice(c.end, named.index)),
      );
      if (state && state.kind !== 'city') return state.iso3;
    }
    // "Peña's entourage included …", "the President's delegation comprised …": the possessor's state.
    const possessed = /['’]s\s+(?:(?:official|travelling|traveling|governmental|government|high-level)\s+)?(?:delegation|entourage|retinue|team)\b/i.exec(
      s.text,
    );
    if (possessed && possessed.index < listStart) {
      const possessor = this.people.find((p) => p.country && p.mentions.some((m) => m.sentence === s && m.end === possessed.index));
      if (possessor) return possessor.country;
    }
    const cue = /\bdelegation\b[^.;]{0,40}?\b(?:headed|led|chaired)\s+by\s+/i.exec(s.text);
    if (!cue || cue.index > listStart) return null;
    const at = cue.index + cue[0].length;
    // (The head's mention may begin at the title: "led by President X".)
    const head = this.people.find((p) =>
      p.mentions.some((m) => m.sentence === s && m.start >= at && m.start - at <= 30 && !/[,;]/.test(s.text.slice(at, m.start))),
    );
    if (head?.country) return head.country;
    // "headed by the Prime Minister": the one person of the text with that title.
    const ref = s.roleReferences.find((r) => r.start >= at && r.start - at <= 4);
    if (!ref) return null;
    const holders = this.people.filter((p) => p.role?.title.form === ref.role.title.form && p.country);
    return holders.length === 1 ? holders[0]!.country : null;
  }

  /** Two people, one holding an office and the other its vice or deputy ("President …, Vice President …"). */
  private principalAndDeputy(run: readonly PersonRecord[]): boolean {
    if (run.length !== 2) return false;
    const [a, b] = run.map((p) => (p.role?.title.form ?? '').toLowerCase());
    const deputyOf = (x: string, y: string): boolean => y !== '' && DEPUTY.exec(x)?.[1] === y;
    return deputyOf(a!, b!) || deputyOf(b!, a!);
  }

  /**
   * "President Ramaphosa will be accompanied by the Minister of Trade, Mr Parks Tau": whoever
   * accompanies someone serves the same state, when everyone named before "accompanied by" does.
   */
  /** `mentioned`: the people of each sentence (bySentence). */
  private companionOf(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (const m of readMentions(p)) {
      // (Only the people of the mention's sentence: a roster names thousands.)
      const here = mentioned.get(m.sentence.index) ?? [];
      const accompanied = here.find(
        (o) => o !== p && o.country && this.mentionsIn(o, m.sentence).some((x) => x.start > m.end && ACCOMPANIES.test(m.sentence.text.slice(m.end, x.start))),
      );
      if (accompanied) return accompanied.country;
      // "Accompanied by Royal Court Adviser X, Saudi Minister Y informed …": the subject the opening phrase goes with.
      if (FRONTED_ACCOMPANIED.test(m.sentence.text.slice(0, m.start))) {
        const subject = here.find(
          (o) =>
            o !== p &&
            o.country &&
            this.mentionsIn(o, m.sentence).some(
              (x) => x.start > m.end && /^[^.;,]{0,40},\s+(?:[\p{L}'’.-]+\s+){0,5}$/u.test(m.sentence.text.slice(m.end, x.start)),
            ),
        );
        if (subject) return subject.country;
      }
      // "said Cabinet Secretary X, who accompanied the president on the trip": the one holder of that title.
      const whoAccompanied = WHO_ACCOMPANIED.exec(m.sentence.text.slice(m.end, m.end + 80))?.[1];
      const principals = whoAccompanied
        ? this.people.filter((o) => o !== p && o.country && o.role && `${whoAccompanied.toLowerCase()} `.startsWith(`${o.role.title.form.toLowerCase()} `))
        : [];
      if (principals.length === 1) return principals[0]!.country;
      // "… the Vice President of Honduras, X, who is on an official visit. Accompanying the visitor were A, Minister of …; B, …":
      // the traveller of the sentence before, or the head of the delegation it names.
      if (COMPANIONS_NAMED.test(m.sentence.text) && m.sentence.index > 0) {
        const previous = this.sentences[m.sentence.index - 1]!;
        const state = this.travellerBefore(m.sentence.index, mentioned) ?? this.delegationState(previous, previous.text.length);
        // (Not when a member the list names is known to serve another state: "The delegation included Foreign Minister Hakan
        // Fidan, …" is the host's.)
        if (state && !here.some((o) => o !== p && o.country && o.country !== state)) return state;
      }
      // "Mr Lee will be accompanied by eight Cabinet members. They are …": the list in the next sentence.
      const previous = THEY_ARE.test(m.sentence.text) ? this.sentences[m.sentence.index - 1] : undefined;
      const listed = previous && ACCOMPANIED.exec(previous.text);
      if (listed) {
        const state = this.soleStateBefore(p, previous, listed.index, mentioned);
        if (state) return state;
      }
      const at = ACCOMPANIED.exec(m.sentence.text)?.index;
      if (at === undefined || m.start < at) continue;
      // The list of companions ends where a verb goes on with the sentence: "X, accompanied by his wife, Y,
      // will depart … as guests of King A and Queen B" (the hosts, not the retinue).
      if (COMPANIONS_END.test(m.sentence.text.slice(at, m.start))) continue;
      const state = this.soleStateBefore(p, m.sentence, at, mentioned);
      if (state) return state;
      // "… received Indian Foreign Secretary X together with High Commissioner Y": the one named right before "together with".
      const nearest = /^(?:together|along)\s+with\b/i.test(m.sentence.text.slice(at, at + 14)) ? this.nearestBefore(p, m.sentence, at, mentioned) : null;
      if (nearest) return nearest;
      // "The Amir was accompanied by …": the one person of the text who holds that title.
      const title = /\b(?:the|his|her)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:was|is|were|has\s+been)\s+$/iu.exec(
        m.sentence.text.slice(Math.max(0, at - 60), at),
      )?.[1];
      const holders = title ? this.people.filter((o) => o !== p && o.country && o.role?.title.form.toLowerCase() === title.toLowerCase()) : [];
      if (holders.length === 1) return holders[0]!.country;
      // "Oman's Sultan Haitham will go on a state visit to Qatar. He will be accompanied by …": the
      // first person of the sentence before, whom the pronoun opening this one stands for.
      if (/^\s*(?:he|she)\s+(?:will\s+be|was|is|has\s+been|had\s+been)\s+$/i.test(m.sentence.text.slice(0, at))) {
        // ("Prime Minister X arrived in Belarus … The Belarusian Prime Minister welcomed the prime minister on his arrival. He
        // was accompanied by …": the traveller a sentence before names as the one who arrived, not whoever welcomed him.)
        const traveller = this.travellerBefore(m.sentence.index, mentioned);
        if (traveller) return traveller;
        const previous = (mentioned.get(m.sentence.index - 1) ?? [])
          .flatMap((o) => o.mentions.filter((x) => x.sentence.index === m.sentence.index - 1).map((x) => ({ o, start: x.start })))
          .sort((a, b) => a.start - b.start)[0];
        if (previous?.o.country) return previous.o.country;
      }
    }
    return null;
  }

  /** The state of the person who travels ("X arrived in …", "X is on a visit to …") in the nearest of the few sentences before, else null. */
  private travellerBefore(index: number, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
      const sentence = this.sentences[i];
      if (!sentence) continue;
      for (const o of mentioned.get(i) ?? []) {
        if (!o.country) continue;
        if (o.mentions.some((x) => x.sentence === sentence && TRAVELS_AFTER.test(sentence.text.slice(x.end, x.end + 80)))) return o.country;
      }
    }
    return null;
  }

  /** The state of the person whose name ends right before a position ("X together with"), else null. */
  /**
   * "will hold talks with Czech Senate Speaker X and the parliament's lower house speaker Y": one met beside a person of a
   * stated state, named by an office of no state of its own, serves that state.
   */
  private metBeside(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    for (const m of readMentions(p)) {
      const here = mentioned.get(m.sentence.index) ?? [];
      for (const o of here) {
        if (o === p || !o.country) continue;
        const x = this.mentionsIn(o, m.sentence).find((y) => y.end < m.start && MET_BESIDE.test(m.sentence.text.slice(y.end, m.start)));
        if (x && MET_BEFORE.test(m.sentence.text.slice(Math.max(0, x.start - 120), x.start))) return o.country;
      }
    }
    return null;
  }

  private nearestBefore(p: PersonRecord, sentence: RecognisedSentence, at: number, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    const here = mentioned.get(sentence.index) ?? [];
    const right = here.find((o) => o !== p && o.country && o.mentions.some((x) => x.sentence === sentence && x.end <= at && at - x.end <= 3));
    return right?.country ?? null;
  }

  /** The one state of everyone named in a sentence before a position (who is accompanied), else null. */
  private soleStateBefore(p: PersonRecord, sentence: RecognisedSentence, at: number, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    const here = mentioned.get(sentence.index) ?? [];
    const before = here.filter((o) => o !== p && o.country && o.mentions.some((x) => x.sentence === sentence && x.end <= at));
    const states = new Set(before.map((o) => o.country));
    return states.size === 1 ? [...states][0]! : null;
  }

  readonly #nicknames = new Map<PersonRecord, string[]>();
  /**
   * The people by their family name and by their given name: a mention is compatible only with
   * someone whose family name, or given name, is the same part as one of its own (samePart), so it
   * is compared with those people alone, not with everyone a long text names.
   */
  readonly #byFamily = new NamePartIndex<PersonRecord>();
  /** People of three words or more by their first two ("sultan ahmed"): the one-word titled mentions that may open their names. */
  readonly #byOpening = new Map<string, PersonRecord[]>();
  readonly #byFirst = new NamePartIndex<PersonRecord>();

  /** Everyone a mention can be compatible with, in the order they were first named. */
  private candidates(m: PlacedMention): readonly PersonRecord[] {
    // Only a patronymic or a single word is compared by the given name (see compatible).
    const byFamily = this.#byFamily.find(family(m)),
      byFirst = m.patronymic || partsOf(m).length <= 3 || m.parts.some((x) => NASAB_LINK.test(x)) ? this.#byFirst.find(m.parts[0]!) : [];
    const nicknamed = m.parts.length === 1 && this.#nicknames.size > 0;
    // ("Sultan Ahmed" is compared with the people whose name opens with "Sultan": see titleOpensName.)
    const byTitle = m.parts.length === 1 && m.role !== null ? (this.#byOpening.get(openingKey(m.role.title.form, m.parts[0]!)) ?? []) : [];
    // (The family index is filed as people are first named, so already in that order.)
    if (!byFirst.length && !nicknamed && !byTitle.length) return byFamily;
    const found = new Set([...byFamily, ...byFirst, ...byTitle]);
    if (nicknamed) for (const p of this.#nicknames.keys()) found.add(p);
    return [...found].sort((a, b) => a.id - b.id);
  }

  private add(m: PlacedMention): void {
    const matches = this.candidates(m).filter((p) => compatible(p, m, this.#nicknames.get(p) ?? []));
    if (matches.length === 1 || (matches.length > 1 && !m.patronymic)) {
      const p = matches.find((x) => titleOpensName(x, m)) ?? matches[0]!;
      p.mentions.push(m);
      if (m.nickname) this.#nicknames.set(p, [...(this.#nicknames.get(p) ?? []), m.nickname]);
      if (p.first === null && first(m) && !m.patronymic) {
        p.first = first(m);
        this.#byFirst.add(p.first!, p);
      }
      // (The title a given name was read as is no office: "Sultan Ahmed" of "Sultan Ahmed Al Jaber".)
      if (!titleOpensName(p, m)) p.role = betterRole(p.role, m.role);
      return;
    }
    const p: PersonRecord = {
      id: this.people.length,
      mentions: [m],
      name: m.text,
      first: m.patronymic ? m.parts[0]! : first(m),
      family: m.patronymic ? m.parts[0]! : family(m),
      role: m.role,
      country: null,
    };
    this.people.push(p);
    if (m.nickname) this.#nicknames.set(p, [m.nickname]);
    this.#byFamily.add(p.family, p);
    if (p.first !== null) this.#byFirst.add(p.first, p);
    const words = p.name.split(/\s+/);
    if (words.length > 2) addTo(this.#byOpening, openingKey(words[0]!, words[1]!), p);
  }

  private addSurnameMentions(sentences: readonly RecognisedSentence[]): void {
    const families = this.people.filter((p) => p.first !== null);
    const byFamily = new NamePartIndex<PersonRecord>();
    const year = this.ctx.reference?.year ?? null;
    for (const p of families) {
      byFamily.add(p.family, p);
      // "Xi Jinping … between Xi and Ramaphosa": a name of a state that writes the family name first is named again by
      // its first word (data/family-first-states.txt), the state its title or the knowledge table gives.
      if (p.first !== null && p.first.length >= 2 && familyFirst(p, year)) byFamily.add(p.first, p);
      // "Abdul Fattah al-Sisi … Sisi said": an Arabic family name is written without its article too.
      const bare = /^(?:al|el)-(\p{L}{3,})/iu.exec(p.family)?.[1];
      if (bare) byFamily.add(bare, p);
    }
    // A given name used alone ("Anwar was accompanied by …", as Malay, Indonesian and Arab names are
    // written): only one that a single person of the text bears, and no one's family name.
    const given = new Map<string, PersonRecord | null>(); // null: borne by several
    for (const p of families) {
      // (Not a title word that is a given name too: "Sultan bin Salim" is not every "Sultan" of the text.)
      if (p.first === null || p.first.length < 4 || titleWords().has(p.first.toLowerCase())) continue;
      const g = foldName(p.first);
      given.set(g, given.has(g) ? null : p);
    }
    for (const p of families) given.delete(foldName(p.family));
    const byGiven = (w: string): PersonRecord | undefined => given.get(foldName(w)) ?? undefined;
    // "Mr Lee", "Dr Balakrishnan": a courtesy stands before a family name, so a short first word after one
    // is the family name of a name written family first ("Lee Hsien Loong"), when one person of the text bears it.
    const firstWord = new Map<string, PersonRecord | null>();
    for (const p of families) {
      if (p.first === null || p.first.length < 2 || titleWords().has(p.first.toLowerCase())) continue;
      const g = foldName(p.first);
      firstWord.set(g, firstWord.has(g) ? null : p);
    }
    for (const p of families) firstWord.delete(foldName(p.family));
    // Asked once per word: words repeat.
    // (A place's name is no slip of a person's: "his third visit to China" does not name "Pham Minh Chinh".)
    const owner = memoised((w: string): PersonRecord | undefined => {
      const p = byFamily.find(w)[0] ?? byGiven(w);
      return p && lookupForm(w) !== undefined && ![p.family, p.first].some((part) => part !== null && foldName(part) === foldName(w)) ? undefined : p;
    });
    const ownerAfter = (w: string, before: string): PersonRecord | undefined =>
      owner(w) ?? (COURTESY_BEFORE.test(before) ? (firstWord.get(foldName(w)) ?? undefined) : undefined);
    for (const s of sentences) {
      const known = findKnownNames(s.text, s.words, (w, before) => ownerAfter(w, before) !== undefined, s.people);
      for (const m of known) ownerAfter(m.parts[0]!, s.text.slice(Math.max(0, m.start - 8), m.start))?.mentions.push(placedIn(m, s));
    }
  }

  /**
   * "Prime Minister X and his visiting Timor-Leste counterpart Y": a counterpart named without an office holds the
   * office of the one whose counterpart they are (the office only, not its state).
   */
  private rolesOfCounterparts(): void {
    for (const p of this.people) {
      if (p.role || p.organisation) continue;
      for (const m of p.mentions) {
        const before = m.sentence.text.slice(Math.max(0, m.start - 70), m.start);
        const at = COUNTERPART_OF_HOLDER.exec(before);
        if (!at) continue;
        const possessive = m.start - before.length + at.index;
        // The holder: the sentence's subject, the first person it names ("X held meetings with President Y, as well as
        // his counterpart Z": X's), when the sentence opens with them (not "Accompanied by A and B, the Prime Minister
        // met his counterpart Z", whose holder it names by office only).
        const first = this.holderBefore(p, m.sentence, possessive);
        if (!first || first.x.end > possessive || !first.q.role || first.q.role.title.generic) continue;
        if (/\b(?:accompanied|joined|flanked)\b/i.test(m.sentence.text.slice(0, first.x.start))) continue;
        const office = first.q.role;
        // (The office, not its state: "Prime Minister of Vietnam" is the counterpart's "Prime Minister".)
        const form = office.country ? office.role.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]*$/u, '') : office.role;
        p.role = { ...knownRole(form, ''), country: null };
        break;
      }
    }
  }

  /** Unnamed references lend a country, and a specific title, to the one person they can mean. */
  /**
   * "his Cuban counterpart, Bruno Rodríguez … The Cuban Foreign Minister, who arrived …": the one person of a
   * state that the text gives no office holds the office it later names by that state alone.
   */
  private rolesFromReferences(sentences: readonly RecognisedSentence[]): void {
    // The people of each state, gathered once: a long text has many references and many people.
    const byState = new Map<string, PersonRecord[]>();
    for (const p of this.people) if (p.country) addTo(byState, p.country, p);
    for (const s of sentences)
      for (const ref of s.roleReferences) {
        const c = ref.role.country;
        // (Only a bare office named with the article, as a later mention names a person: not "the Cabinet of Ministers
        // of Ukraine and …", nor "the Belarusian Ambassador to Egypt".)
        if (!c || ref.role.title.generic || ref.role.role !== ref.role.title.form || !/\bthe\s+$/i.test(s.text.slice(Math.max(0, ref.start - 5), ref.start)))
          continue;
        const ofState = byState.get(c) ?? [];
        if (ofState.length === 1 && ofState[0]!.role === null) ofState[0]!.role = { ...ref.role, country: c };
      }
  }

  private resolveReferences(references: ReadonlyArray<{ ref: RoleReference; sentence: number }>): void {
    // Each person's country from the mentions, counted once: a long text has many references and many people.
    const countries = new Map(this.people.map((p) => [p, mostCommon(p.mentions.map((m) => m.country).filter((c): c is string => c !== null))]));
    const countryOf = (p: PersonRecord): string | null => countries.get(p)!;
    const byCountry = new Map<string | null, PersonRecord[]>();
    for (const p of this.people) addTo(byCountry, countryOf(p), p);
    for (const { ref, sentence } of references) {
      const c = ref.role.country;
      if (!c) continue;
      // (… and the same office: "the Argentine Undersecretary" is no State Minister of the same category.)
      const sameCategory = (p: PersonRecord): boolean =>
        p.role?.title.category === ref.role.title.category && (ref.role.title.generic || p.role.title.generic || p.role.title.rank === ref.role.title.rank);
      const ofCountry = onlyOne(byCountry.get(c) ?? [], sameCategory);
      // Not someone the sentence names beside the role ("Türkiye's President thanked President X"), nor a
      // leader the world knows to serve another state.
      const unnamed = (p: PersonRecord): boolean =>
        countryOf(p) === null &&
        sameCategory(p) &&
        !p.mentions.some((m) => m.sentence.index === sentence) &&
        // … nor the one who met that state's official ("X held talks with his counterparts from Algeria, …";
        // later "The Algerian minister announced …" is the counterpart).
        !p.mentions.some((m) => metCounterpartOf(m, c)) &&
        !leadersNamed(p.name.split(/\s+/), this.ctx.reference?.year ?? null, null).some((l) => l.iso3 !== c);
      const p = ofCountry === undefined ? onlyOne(byCountry.get(null) ?? [], unnamed) : ofCountry;
      if (!p) continue;
      p.country ??= c;
      if (p.role?.title.generic && !ref.role.title.generic) p.role = { ...ref.role, country: c };
    }
  }

  private settle(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): void {
    // A full name has two words besides its particles: "Al Thani" is the family name alone.
    const full = p.mentions.filter((m) => m.parts.filter((x) => !opensFamilyName(x)).length > 1 && !m.patronymic).map((m) => m.text);
    const common = mostCommon(full);
    // ("Ismail Sabri" and once "Ismail Sabri Yaakob": the name in full.)
    p.name = (common !== null ? full.find((t) => t.startsWith(`${common} `) || t.endsWith(` ${common}`)) : undefined) ?? common ?? p.mentions[0]!.text;
    // (A state the person's own title gives, "the Polish Ambassador to the Kingdom, X", over states named near later mentions.)
    const titled = p.mentions.filter((m) => m.country !== null && m.role?.country === m.country).map((m) => m.country!);
    const stated = mostCommon(titled.length ? titled : p.mentions.map((m) => m.country).filter((c): c is string => c !== null));
    // What the world knows of a leader completes what the text leaves implicit, never what it states.
    const year = this.ctx.reference?.year ?? null;
    const known = leadersNamed(p.name.split(/\s+/), year, p.role?.title.form ?? null, this.ctx.focus)[0];
    p.known = known;
    // A role from the knowledge table only for a year in which the person held it, never over the text's.
    const inOffice = known !== undefined && year !== null && heldIn(known, year);
    if (known && inOffice && (!p.role || (p.role.title.generic && !/^Head of (?:State|Government)$/i.test(p.role.role))))
      p.role = knownRole(this.spelledAsText(known.role), known.iso3);
    // Of two titles the text gives one holder ("President of the Spanish Government", later "Prime Minister"), the one
    // the knowledge table gives the office: the form analysts file it under.
    else if (known && inOffice && p.role && p.role.title.form.toLowerCase() !== known.role.toLowerCase()) {
      const usual = p.mentions.find((m) => m.role?.title.form.toLowerCase() === known.role.toLowerCase())?.role;
      if (usual) p.role = usual;
    }
    // … nor a state for a namesake heading an international body ("UN Secretary-General Guterres" is not Timor-Leste's president).
    // … nor, for a family name alone, a namesake out of office that year or in another office than the text gives
    // ("Vice-President Harris" in 2023 is not Ireland's Taoiseach Simon Harris, in office from 2024).
    // (Not when the text says the office is past: "Former President Obama", "the late Prime Minister Abe".)
    const formerly = (): boolean => p.mentions.some((m) => FORMERLY_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - 40), m.start)));
    // … nor, for a fuller name only like the known one, a namesake out of office that year or in an office that shares
    // no word with the text's ("Shura Council Chairman Ali bin Saleh" is not Iran's foreign minister Ali Akbar Salehi).
    const spelledAlike = (): boolean => known!.forms.some((f) => foldName(f) === foldName(p.name));
    // … nor, for a name spelled as the known one, a former leader whom the text gives an office outside any state's
    // government ("European Commissioner Valdis Dombrovskis", "John Howard, director of a mining company").
    const elsewhere = (): boolean =>
      p.role !== null && !p.role.title.generic && OFFICE_OUTSIDE_GOVERNMENT.test(p.role.role) && !officeWordShared(p.role.title.form, known!.role);
    const namesake =
      known !== undefined &&
      (p.name.split(/\s+/).length === 1
        ? (year !== null && !heldIn(known, year) && !formerly()) || (p.role !== null && !p.role.title.generic && !sameRank(p.role.title.form, known.role))
        : spelledAlike()
          ? elsewhere()
          : (year !== null && !heldIn(known, year) && !formerly()) ||
            // (A text of no year: only a leader of a state it is about, "Óscar Puente" is not Peru's Óscar de la Puente.)
            (year === null && !this.ctx.focus.includes(known.iso3)) ||
            (p.role !== null && !p.role.title.generic && !officeWordShared(p.role.title.form, known.role)));
    const sameOffice =
      known !== undefined &&
      !namesake &&
      !(p.role && INTERNATIONAL_OFFICE.test(p.role.title.form) && knownRole(known.role, known.iso3).title.category !== 'official');
    p.country =
      stated ??
      p.country ??
      (sameOffice ? known.iso3 : null) ??
      (p.role ? (this.beforeCounterpart(p) ?? this.soleAttributive(p, mentioned) ?? this.facing(p, mentioned)) : null);
  }

  /** An international body's office written before the name and a comma: "the Secretary General of the OIC, X". */
  private bodyOfficeBefore(p: PersonRecord): RolePhrase | null {
    for (const m of readMentions(p)) {
      const before = m.sentence.text.slice(Math.max(0, m.start - 120), m.start);
      const office = offices().officeOf.exec(before) ?? offices().bodyOffice.exec(before);
      if (office) return { ...knownRole(office[1]!, ''), role: office[0].replace(/^the\s+/i, '').replace(/[\s,]+$/, ''), country: null };
    }
    return null;
  }

  /**
   * "Kristalina Georgieva, Managing Director of the International Monetary Fund", "OIC Secretary General X": the head
   * of an international body serves no state, whatever states the sentence names.
   */
  private organisationOfficer(p: PersonRecord): boolean {
    // (A leader the knowledge table holds, unless the text gives another office: "NATO Secretary General Mark Rutte",
    // once a Prime Minister.)
    // ("European Commissioner X", "EU Commissioner for Trade X": a member of the Union's executive serves no state.)
    if (p.role && p.role.country === null && /^(?:European|EU)\s+Commissioner\b/i.test(p.role.role)) return true;
    if (!p.role || p.role.country !== null || !ORGANISATION_OFFICES.test(p.role.title.form)) return false;
    // (… but a leader in office who chairs a body by rotation serves his state: "Azali Assoumani, Chairperson of the
    // African Union".)
    const year = this.ctx.reference?.year ?? null;
    if (
      p.known &&
      (knownRole(p.known.role, p.known.iso3).title.form === p.role.title.form || (year !== null && heldIn(p.known, year) && /^Chair/i.test(p.role.title.form)))
    )
      return false;
    // The body in the office's own words: "IMF Managing Director X", "X, Managing Director (MD) of the IMF", "the
    // Secretary General of the OIC, X" — not a national official of a department named after one ("Director
    // General of ASEAN Cooperation X").
    return p.mentions.some((m) => {
      const before = m.sentence.text.slice(Math.max(0, m.start - 90), m.start);
      const after = m.sentence.text.slice(m.end, m.end + 110);
      const { before: bodyBefore, of, after: bodyAfter } = offices();
      return bodyBefore.test(before) || of.test(before) || bodyAfter.test(after);
    });
  }

  /**
   * A known office in the text's own spelling of it: "the Kuwaiti Amir" makes the Emir of the knowledge table
   * "Amir" throughout the text (data/title-spellings.tsv).
   */
  private spelledAsText(role: string): string {
    const variants = titleSpellings().get(role);
    if (!variants) return role;
    for (const v of variants) if (this.sentences.some((s) => s.words.some((w) => w.text === v))) return v;
    return role;
  }

  /** The other state of the report's pair (its two most named states), or null when `iso3` is not one of them. */
  private otherOfPair(iso3: string): string | null {
    const pair = this.ctx.focus.slice(0, 2);
    return pair.length === 2 && pair.includes(iso3) ? pair.find((c) => c !== iso3)! : null;
  }

  /** "X and her Indian counterpart": an official the text gives no state serves the other state of the report's pair. */
  private beforeCounterpart(p: PersonRecord): string | null {
    for (const m of readMentions(p)) {
      const counterpart = COUNTERPART_AFTER.exec(m.sentence.text.slice(m.end, m.end + 120));
      if (!counterpart) continue;
      const [at, to] = counterpart.indices![1]!.map((x) => m.end + x) as [number, number];
      if (m.sentence.people.some((o) => o.start >= m.end && o.start < at)) continue;
      const state = m.sentence.countries.find((c) => c.start >= at && c.end <= to && c.kind !== 'city' && c.kind !== 'seat');
      // A national agency's own state: its minister meeting several counterparts in a third state is no
      // member of the report's busiest pair ("New York (TASR) - … Blanar and his Uzbekistani counterpart").
      const agency = this.ctx.agencyState !== state?.iso3 ? this.ctx.agencyState : null;
      const other = state ? (agency ?? this.otherOfPair(state.iso3)) : null;
      if (other) return other;
    }
    return null;
  }

  /** The other side of the pair's state for an official paired by "and" with one of a known state, before their verb. */
  private pairedSide(p: PersonRecord, m: PlacedMention, here: readonly PersonRecord[]): string | null {
    if (!this.ctx.pairClear) return null;
    // (Only the next person the sentence names after this one.)
    let other: PersonRecord | undefined;
    let om: PlacedMention | undefined;
    for (const o of here) {
      const at = o === p ? undefined : this.mentionsIn(o, m.sentence).find((x) => x.start > m.end);
      if (at && (!om || at.start < om.start)) [other, om] = [o, at];
    }
    if (other && om) {
      const states = [...this.statesOf(other)].filter((c): c is string => c !== null);
      const side = states.length === 1 ? this.otherOfPair(states[0]!) : null;
      if (!side) return null;
      const text = m.sentence.text;
      const secondAt = om.role ? (m.sentence.words[om.role.first]?.start ?? om.start) : om.start;
      if (
        m.role &&
        om.role &&
        secondAt > m.end &&
        PAIRED_BETWEEN.test(text.slice(m.end, secondAt)) &&
        om.start - secondAt < 60 &&
        PAIRED_VERB.test(text.slice(om.end, om.end + 40))
      )
        return side;
    }
    return null;
  }

  /**
   * "Deputy Prime Minister X met Japanese Prime Minister Y": an official the text gives no state who
   * meets someone of one of the report's two states serves the other (a dateline abroad says where
   * the reporter was, not whom X serves).
   */
  private facing(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    // (No body's officer: "IAEA Director General X and the Iranian Vice President Y met" are no two sides of a pair.)
    if (this.ofABody(p)) return null;
    for (const m of readMentions(p)) {
      const here = mentioned.get(m.sentence.index) ?? [];
      // ("Presidents A and B witness as Trade Minister X and South Korean Trade Minister Y sign …": in a sentence of more
      // people, the one X is paired with by "and" before their shared verb.)
      // (A sentence of a few people only, and "and" right after this one: a list of hundreds is no pair, and stays linear.)
      if (here.length > 2 && here.length <= MAX_PAIR_SENTENCE && /^\s+and\s/i.test(m.sentence.text.slice(m.end, m.end + 6))) {
        const side = this.pairedSide(p, m, here);
        if (side) return side;
      }
      const marked = this.markedOther(p, m, here);
      if (marked) return marked;
      if (here.length !== 2) continue;
      const other = here.find((o) => o !== p)!;
      const states = [...this.statesOf(other)].filter((c): c is string => c !== null);
      const om = this.mentionsIn(other, m.sentence)[0];
      // (Only in a text about one pair: among a list of states named once each, the other side is no one's guess.)
      const side = states.length === 1 && this.ctx.pairClear ? this.otherOfPair(states[0]!) : null;
      if (!side || !om) continue;
      // (To the later one's title before the name: "… held a telephonic conversation with US Defense Secretary Mark Esper".)
      const [from, to] = m.start < om.start ? [m.end, Math.min(om.start, titledStart(om))] : [om.end, Math.min(m.start, titledStart(m))];
      // (Not two who took part together: "X also participated in the meeting along with Y".)
      if (to - from <= 60 && MEETS.test(m.sentence.text.slice(from, to)) && !TOGETHER_WITH.test(m.sentence.text.slice(from, to))) return side;
      // "Minister of Defense Ciuca and Secretary of Defense Esper are meeting today": two subjects of one encounter's verb.
      const [firstM, second] = om.start < m.start ? [om, m] : [m, om];
      if (
        firstM.role &&
        second.role &&
        (counterparts(firstM.role.role, second.role.role) || RECIPROCAL_VERB.test(m.sentence.text.slice(second.end, second.end + 40))) &&
        PAIRED_BETWEEN.test(m.sentence.text.slice(firstM.end, m.sentence.words[second.role?.first ?? -1]?.start ?? second.start)) &&
        (second.role ? m.sentence.text.slice(m.sentence.words[second.role.first]?.start ?? second.start, second.start) : '').length < 60 &&
        PAIRED_VERB.test(m.sentence.text.slice(second.end, second.end + 40))
      )
        return side;
      // "During his meeting with Indonesian Health Minister X, Foreign Minister Y said …": the subject after the
      // clause met the one it names.
      if (
        om.start < m.start &&
        MET_CLAUSE_BEFORE.test(m.sentence.text.slice(Math.max(0, om.start - 120), om.start)) &&
        TITLED_SUBJECT.test(m.sentence.text.slice(om.end, m.start))
      )
        return side;
    }
    // "the Argentine Foreign Minister is likely to meet Prime Minister A, Commerce Minister B": an office the
    // sentence names by its state alone, meeting the person (first in a list of those it meets).
    for (const m of readMentions(p)) {
      for (const r of m.sentence.roleReferences) {
        const side = r.role.country ? this.otherOfPair(r.role.country) : null;
        if (!side || r.end > m.start || m.start - r.end > 120) continue;
        const between = m.sentence.text.slice(r.end, m.start);
        // (The first one met, or one of a list of them: not one named after the meeting, "…, accompanied by Y".)
        const listed = m.sentence.people.filter((x) => x.start >= r.end && x.start < m.start);
        const list = listed.every((x, i) =>
          /^\s*(?:,|and)\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'’-]*\s+){0,6}$/u.test(m.sentence.text.slice(x.end, (listed[i + 1] ?? m).start)),
        );
        if (this.ctx.pairClear && list && /^[^.;]{0,40}?\b(?:meet|met|meets|meeting|receive|received|call\s+on|called\s+on)\b[^.;]*$/i.test(between))
          return side;
      }
    }
    // "Foreign Secretary X received the Turkish Foreign Minister at the airport": the one who meets an office the
    // sentence names by its state alone serves the other state.
    for (const m of readMentions(p)) {
      for (const r of m.sentence.roleReferences) {
        const side = r.role.country ? this.otherOfPair(r.role.country) : null;
        if (side && this.ctx.pairClear && r.start >= m.end && r.start - m.end <= 60 && MEETS_OFFICE_AFTER.test(m.sentence.text.slice(m.end, r.start)))
          return side;
      }
    }
    return null;
  }

  /**
   * "Prime Minister X and the Iranian President Y spoke by phone", "signed by Secretary X and Iranian Adviser Y": of two
   * officials joined by "and", a writer marks the foreign one's state and leaves their own unmarked, so the unmarked
   * first serves the other state of the report's pair. Also "between Y of state A and X": two sides by the word itself.
   * (The adjective before the first only, "Romanian Defence Minister A and Economy Minister B", is one side: sharedAdjective.)
   */
  private markedOther(p: PersonRecord, m: PlacedMention, here: readonly PersonRecord[]): string | null {
    // (Asked from facing() only, which has set a body's officer aside.)
    if (!this.ctx.pairClear || m.role?.country || m.country) return null;
    const s = m.sentence;
    // The state written in the other's title or right before it, in this sentence.
    // (Not an envoy's: "Ambassador of Chile to Peru" names the state in the title itself, whoever the writer is.)
    const markedState = (x: PlacedMention, from: number): string | null => {
      if (x.role?.title.category === 'diplomat') return null;
      const state = x.role?.country ?? x.country;
      return state && s.countries.some((c) => c.iso3 === state && c.kind !== 'city' && c.start >= from && c.end <= x.end) ? state : null;
    };
    let next: PlacedMention | undefined;
    let previous: PlacedMention | undefined;
    for (const o of here) {
      if (o === p) continue;
      for (const x of this.mentionsIn(o, s)) {
        if (x.start > m.end && (!next || x.start < next.start)) next = x;
        if (x.end < m.start && (!previous || x.end > previous.end)) previous = x;
      }
    }
    if (next && next.start - m.end < 120) {
      const state = markedState(next, m.end);
      const between = s.text.slice(m.end, titledStart(next));
      if (state && AND_THE_MARKED.test(between) && !TOGETHER_WITH.test(s.text.slice(Math.max(0, titledStart(m) - 40), titledStart(m)))) {
        const side = this.otherOfPair(state);
        if (side) return side;
      }
    }
    if (previous && m.start - previous.end < 120) {
      const state = markedState(previous, titledStart(previous) - 30);
      const opened = /\bbetween\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu.test(s.text.slice(Math.max(0, titledStart(previous) - 40), titledStart(previous)));
      if (state && opened && /^\s*,?\s+and\s+(?:the\s+)?$/i.test(s.text.slice(previous.end, titledStart(m)))) return this.otherOfPair(state);
    }
    return null;
  }

  /**
   * "The delegation also called on State Minister X", "FM Y met with Foreign Minister Z": an official of
   * no stated state whom a visit's traveller meets serves the state visited ("a three-day visit to
   * Bangladesh", "the first visit from Türkiye to Czechia"), when that state is one of the report's two.
   */
  private hostMet(p: PersonRecord): string | null {
    const visited = this.visitedState();
    if (!visited) return null;
    for (const m of readMentions(p)) {
      const from = m.role ? (m.sentence.words[m.role.first]?.start ?? m.start) : m.start;
      const before = m.sentence.text.slice(Math.max(0, from - 140), Math.min(from, m.start));
      const met =
        MET_OBJECT.test(before) || WELCOMERS.test(before) || (MET_LIST_AND.test(before) && !SAYS_AFTER.test(m.sentence.text.slice(m.end, m.end + 30)));
      if (met && !this.travelsTo(m, visited)) return visited;
      // "Foreign Secretary X held extensive talks with Delattre", the visitor: the one who receives the visitor is the host's.
      const verb = HOST_VERB_AFTER.exec(m.sentence.text.slice(m.end, m.end + 60));
      if (verb) {
        const at = m.end + verb[0].length;
        const guest = this.people.find(
          (o) =>
            o !== p && o.country !== null && o.country !== visited && o.mentions.some((x) => x.sentence === m.sentence && x.start >= at && x.start - at <= 40),
        );
        if (guest && this.ctx.focus.slice(0, 2).includes(guest.country!)) return visited;
      }
    }
    return null;
  }

  /**
   * "the Vice-President of the Republic, X", "the Minister of the Presidency, Y": an office of the republic or
   * presidency the text names its President of, when one President of the Republic with a state is named.
   */
  private ofTheRepublic(p: PersonRecord): string | null {
    if (!p.role || !/\bof\s+the\s+(?:Republic|Presidency)\b/i.test(`${p.role.title.form} ${p.role.role}`)) return null;
    const heads = this.people.filter((o) => o !== p && o.country && /^President(?:\s+of\s+the\s+Republic\b.*)?$/i.test(o.role?.role ?? ''));
    const states = new Set(heads.map((o) => o.country));
    return states.size === 1 ? [...states][0]! : null;
  }

  /**
   * "signed on behalf of the government of Kuwait by Finance Minister X": the state one signs for; "the
   * delegation from the People's Republic of China, led by X": the state whose delegation one leads.
   */
  private sideSignedOrLed(p: PersonRecord): string | null {
    for (const m of readMentions(p)) {
      // (A state the person's own title names is theirs: "… on behalf of Seychelles and the Mauritian Minister Y".)
      if (m.role?.country) continue;
      // (Before the name, or before the title the name has: "led by Deputy Foreign Minister X".)
      const from = m.role ? Math.min(m.start, m.sentence.words[m.role.first]?.start ?? m.start) : m.start;
      // (… also with a courtesy before the name: "the DRC side was led by Mr. Wabenga Kaleo Theo".)
      const window160 = m.sentence.text.slice(Math.max(0, from - 160), from);
      // (… or an article before the title: "The delegation of Kazakhstan was headed by the Minister of National Economy X".)
      // (… or a diplomat's rank, the office told after the name: "the Romanian side was headed by Ambassador X, Director …".)
      const courtesy = /\b(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Madam|H\.\s?E|Amb)\.?|the|Ambassador)\s+$/.exec(window160);
      const led = DELEGATION_LED_BY.exec(courtesy ? window160.slice(0, courtesy.index) : window160);
      if (led) {
        const at = from - window160.length + led.index;
        const state = m.sentence.countries.find((c) => c.start >= at && c.end <= from && namesState(c));
        if (state) return state.iso3;
      }
      // "X signed on behalf of Malaysia": the side the person signs for, after the name.
      // (… also after a comma: "his counterpart X, signed on behalf of Mauritania".)
      const behalf = /^\s*,?[^.;,]{0,20}?\b(?:signed|signs|sign|inked|initiall?ed)\b[^.;,]{0,20}?\bon\s+behalf\s+of\s+(?:the\s+)?/i.exec(
        m.sentence.text.slice(m.end, m.end + 80),
      );
      // (… or the side alone after a comma: "by Foreign Minister Y, on behalf of Tunisia".)
      const sideAfter = behalf ?? /^\s*,\s*on\s+behalf\s+of\s+(?:the\s+)?/i.exec(m.sentence.text.slice(m.end, m.end + 40));
      const after = sideAfter ? m.sentence.countries.find((c) => c.start === m.end + sideAfter[0].length && namesState(c)) : undefined;
      if (after) return after.iso3;
      // "signed by Foreign Minister X for Sri Lanka and Deputy Minister Y for Thailand": the side named right after the signer.
      // (Only a signer: a signing verb right before the name's clause or right after it; not "thanked X for Kenya's support".)
      // ("for" after the name first, the cheap test: the look back for a signing verb only then.)
      const forAfter = /^\s*,?\s*(?:signed\s+)?for\s+(?:the\s+)?/i.exec(m.sentence.text.slice(m.end, m.end + 24));
      const signs =
        forAfter !== null &&
        (/\b(?:signed|inked|initiall?ed)\b[^.;]{0,200}$/i.test(m.sentence.text.slice(Math.max(0, from - 220), from)) ||
          /^\s*,?\s*signed\b/i.test(m.sentence.text.slice(m.end, m.end + 12)));
      const signedFor = signs ? forAfter : null;
      const side = signedFor
        ? m.sentence.countries.find(
            (c) =>
              c.start === m.end + signedFor[0].length && namesState(c) && c.kind !== 'adjective' && !/^['’]s\b/.test(m.sentence.text.slice(c.end, c.end + 3)),
          )
        : undefined;
      if (side) return side.iso3;
      // "… while Indonesia was represented by its Manpower Minister X": the state represented.
      const represented = REPRESENTED_BY.exec(m.sentence.text.slice(Math.max(0, from - 80), from));
      const by = represented
        ? m.sentence.countries.filter((c) => c.end <= from - represented[0].length + represented[1]!.length && namesState(c)).at(-1)
        : undefined;
      if (by && from - represented![0].length + represented![1]!.length - by.end <= 2) return by.iso3;
      const window = m.sentence.text.slice(Math.max(0, from - 250), from);
      const at = window.toLowerCase().lastIndexOf('on behalf of');
      // (The nearest "on behalf of" before the person, in the same clause.)
      if (at < 0 || window.slice(at).includes(';')) continue;
      const start = from - window.length + at;
      const state = m.sentence.countries.find((c) => c.start > start && c.end <= from && namesState(c));
      // (Not across another state named on the way: "by Minister X on behalf of Seychelles and the Mauritian Minister Y".)
      const nearer = state ? m.sentence.countries.some((c) => c.start > state.end && c.end <= from && namesState(c) && c.iso3 !== state.iso3) : false;
      if (state && !nearer) return state.iso3;
    }
    return null;
  }

  #visited: string | null | undefined;
  /** The state the text's visit goes to, when it is one of the report's two: "on a three-day visit to Bangladesh". */
  private visitedState(): string | null {
    if (this.#visited !== undefined) return this.#visited;
    const pair = this.ctx.focus.slice(0, 2);
    this.#visited = null;
    if (pair.length !== 2) return null;
    for (const s of this.sentences) {
      for (const v of s.text.matchAll(VISIT_DESTINATION)) {
        const at = v.index + v[0].length;
        // (A capital or a city of the state names it too: "a flying visit to New Delhi".)
        const c = s.countries.find((x) => x.start === at && x.kind !== 'adjective');
        if (c && pair.includes(c.iso3)) return (this.#visited = c.iso3);
      }
    }
    return null;
  }

  /**
   * The publisher's state for an official the text gives no state, unless the text has the person
   * travel to it ("Defence Minister X would visit Jakarta soon"): then the other state of a two-state
   * report, or none.
   */
  private homeOrGuest(p: PersonRecord, cabinet: string | null): string | null {
    const home = this.ctx.home;
    // With no publisher's state: "Defense Minister Ahn will head to Poland" in a report of two states is the other's.
    if (home === null) {
      const pair = this.ctx.focus.slice(0, 2);
      const to = this.ctx.pairClear && pair.length === 2 ? pair.find((c) => p.mentions.some((m) => this.travelsTo(m, c))) : undefined;
      if (to !== undefined) return pair.find((c) => c !== to)!;
      // "Minister of Economy X said …" in a text whose every named member of government serves Bulgaria: a government
      // writes its own ministers without their state.
      // (Not "The visiting Minister of Energy, X,": a guest of that government.)
      return cabinet !== null &&
        CABINET.has(p.role!.title.category) &&
        !p.mentions.some((m) => this.travelsTo(m, cabinet) || GUEST_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - 60), m.start)))
        ? cabinet
        : null;
    }
    if (!p.mentions.some((m) => this.travelsTo(m, home))) return home;
    const others = this.ctx.focus.slice(0, 2).filter((c) => c !== home);
    return this.ctx.focus.length >= 2 && others.length === 1 ? others[0]! : null;
  }

  /**
   * The one state every member of government the text gives a state serves, when it names at least two of them and the
   * state is one of the text's own; else null.
   */
  private cabinetOfOneState(): string | null {
    const states = this.people.filter((p) => p.country !== null && p.role && CABINET.has(p.role.title.category)).map((p) => p.country!);
    const distinct = new Set(states);
    const [only] = distinct;
    return distinct.size === 1 && states.length >= 2 && this.ctx.focus.includes(only!) ? only! : null;
  }

  /** Whether the mention is the subject of a journey to a place of the state: "X will visit Jakarta", "X arrived in Indonesia". */
  private travelsTo(m: PlacedMention, iso3: string): boolean {
    const after = m.sentence.text.slice(m.end, m.end + 80);
    const verb = TRAVEL.exec(after);
    if (!verb) return false;
    const at = m.end + verb.index + verb[0].length;
    return m.sentence.countries.some((c) => c.iso3 === iso3 && c.start >= at && c.start - at <= 4);
  }

  /** Two written forms of one known leader ("Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan") are one person. */
  private mergeKnown(): void {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      // … not two people the text gives different offices ("King Abdullah" and "Crown Prince Hussein", whose
      // family name the king's full name ends with).
      const officesAgree = (o: PersonRecord): boolean =>
        !o.role ||
        !p.role ||
        o.role.title.generic ||
        p.role.title.generic ||
        (o.role.title.category === p.role.title.category && o.role.title.rank === p.role.title.rank);
      const same = p.known
        ? this.people.find((o, j) => j < i && o.known?.name === p.known!.name && o.known.iso3 === p.known!.iso3 && officesAgree(o))
        : undefined;
      if (!same) continue;
      same.mentions.push(...p.mentions);
      same.role = betterRole(same.role, p.role);
      same.country ??= p.country;
      if (p.name.split(/\s+/).length > same.name.split(/\s+/).length) same.name = p.name;
      this.people.splice(i, 1);
    }
  }

  private soleAttributive(p: PersonRecord, mentioned: ReadonlyMap<number, readonly PersonRecord[]>): string | null {
    // A delegation list names its state once: "The Qatari delegation included Sheikh X, Prime Minister".
    // Only a state named as an attribute counts ("Qatari", "Kenya's"), not a destination ("a visit to India"),
    // and not one that another person in the sentence is already known to serve.
    const attributive = (m: PlacedMention, c: CountryMention): boolean =>
      namesState(c) &&
      // "following the Israeli airstrike, according to X": the author of an armed act, not the speaker's state.
      !armedActBy(m.sentence.text, c) &&
      // "his Palestinian counterpart": the adjective belongs to the counterpart.
      !/^\s*counterparts?\b/i.test(m.sentence.text.slice(c.end, c.end + 14)) &&
      // "the Argentine Embassy in Dhaka": the adjective of a mission, not of a person.
      !/^\s+(?:Embassy|embassy|Consulate|consulate|Mission|High\s+Commission)\b/.test(m.sentence.text.slice(c.end, c.end + 20)) &&
      // "Argentine FM to hold talks with Momen": the adjective of another office the sentence names without a name.
      !m.sentence.roleReferences.some(
        (r) =>
          r.start <= c.start &&
          c.end <= r.end &&
          !m.sentence.people.some((x) => x.start >= r.end && x.start - r.end <= 2) &&
          // (… but a companion of that office shares its state: "The Indian minister met X, accompanied by Y".)
          !/\baccompanied\s+by\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(m.sentence.text.slice(Math.max(0, m.start - 60), m.start)),
      ) &&
      // "the Tanzanian President was received by Deputy Prime Minister X": the visitor's state, not the host's.
      !(c.end <= m.start && RECEIVED_BY.test(m.sentence.text.slice(c.end, m.start))) &&
      // "co-chaired by A, Secretary (East) and B, Secretary General, Ministry of Foreign Affairs of Jordan": a state after
      // another person named after this one is that person's office's.
      !(c.start >= m.end && m.sentence.people.some((x) => x.start >= m.end && x.end <= c.start && !(x.start === m.start && x.end === m.end))) &&
      // "seen off by Vice President X before departing for Port of Spain, Trinidad and Tobago": the traveller's next stop.
      !DEPARTING_FOR.test(m.sentence.text.slice(Math.max(0, c.start - 60), c.start)) &&
      // "arrived from Lima, Peru": a state after its city and a comma names where the city is.
      !m.sentence.countries.some(
        (x) => (x.kind === 'city' || x.kind === 'capital') && x.end <= c.start && /^\s*,\s*$/.test(m.sentence.text.slice(x.end, c.start)),
      ) &&
      // "“China has been a major investor in South Africa,” X said": a state the speaker's words name is not the speaker's.
      !(insideQuotation(m.sentence.text, c.start) && !insideQuotation(m.sentence.text, m.start)) &&
      // "Kagwe acknowledged Pakistan as a key partner": a state after the name and its verb is the verb's object, not
      // the person's ("X of Chile", "X, Minister of Foreign Affairs of Chile" still are).
      !(c.start >= m.end && VERB_AFTER_NAME.test(m.sentence.text.slice(m.end, c.start)) && !/^\W*represent/i.test(m.sentence.text.slice(m.end, c.start))) &&
      !/\b(?:to|in|into|from|with|at|for|on|toward|towards|across|visit|visited|visiting)\s+(?:the\s+)?$/i.test(
        m.sentence.text.slice(Math.max(0, c.start - 14), c.start),
      ) &&
      // (… nor a later state of such a list, nor the state in the name of a place the person goes to.)
      !listOrPlaceBefore(m.sentence.text.slice(Math.max(0, c.start - 80), c.start));
    // The first mention whose sentence names exactly one such state.
    for (const m of readMentions(p)) {
      const others = new Set((mentioned.get(m.sentence.index) ?? []).filter((o) => o !== p).flatMap((o) => [...this.statesOf(o)]));
      const states = new Set(m.sentence.countries.filter((c) => attributive(m, c) && !others.has(c.iso3)).map((c) => c.iso3));
      if (states.size === 1) return [...states][0]!;
    }
    return null;
  }

  /** People mentioned in a sentence. */
  inSentence(sentence: RecognisedSentence): readonly PersonRecord[] {
    return this.#inSentence.get(sentence.index) ?? [];
  }

  facts(): PersonT[] {
    return this.people.map((p) => {
      const nicknames = p.mentions.flatMap((m) => (m.nickname ? [m.nickname] : []));
      const aliases = [...new Set([...p.mentions.filter((m) => partsOf(m).length > 1 && m.text !== p.name).map((m) => m.text), ...nicknames])];
      const withRole = p.mentions.find((m) => m.role) ?? p.mentions[0]!;
      return {
        name: p.name,
        aliases,
        role: p.role?.role ?? null,
        country: p.country,
        evidence: evidenceList([withRole.sentence]),
        rule: withRole.rule,
      };
    });
  }
}

// "The consultations were co-chaired by A … and B …": two co-chairs, one of each side.
const CO_CHAIRED_BY = /\bco-?chaired\s+by\s+(?:(?:the|Mr\.?|Ms\.?|Dr\.?)\s+)?$/i;

// "The visiting Minister of Energy, X,": the office of a guest, right before the name.
const GUEST_BEFORE = /\b(?:visiting|guest)\s+(?:(?:\p{Lu}[\p{L}-]*|of|the|for|and)\s+)*(?:\p{Lu}[\p{L}-]*),?\s+$/u;

/** Offices of a government's members, whom a government's own page names without their state. */
const CABINET = new Set(['minister', 'head_of_government', 'head_of_state']);

/** Whether two offices share a word of their own ("Minister for Foreign Affairs" and "Foreign Minister"; not "Council Chairman"). */
function officeWordShared(written: string, office: string): boolean {
  const words = (r: string): string[] =>
    r
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 3 && w !== 'deputy' && w !== 'first');
  // (The table's office in the spellings texts use too: "Amir" is the table's "Emir", data/title-spellings.tsv.)
  const theirs = new Set([office, ...(titleSpellings().get(office) ?? [])].flatMap(words));
  return words(written).some((w) => theirs.has(w));
}

/**
 * Whether a title the text gives can be the office of the knowledge table: a deputy's title is not the head's
 * ("Vice-President" is not "Taoiseach"); the heads' own words vary too much to compare ("Prime Minister" is the Taoiseach).
 */
function sameRank(written: string, office: string): boolean {
  const second = (r: string): boolean => /\b(?:vice|deputy)\b/i.test(r.replace(/-/g, ' '));
  return second(written) === second(office);
}

const FORMERLY_BEFORE = /\b(?:former|late|ex|then)[\s-]+(?:\S+\s+){0,3}$/i;

/** Whether a person's state writes names family name first: by the state a mention gives, else the leader the name is. */
function familyFirst(p: PersonRecord, year: number | null): boolean {
  const states = familyFirstStates();
  if (p.mentions.some((m) => states.has(m.country ?? m.role?.country ?? ''))) return true;
  const parts = p.mentions[0]!.parts;
  return parts.length >= 2 && parts.length <= 3 && leadersNamed(parts, year, null).some((l) => states.has(l.iso3));
}
const familyFirstStates = perLexicons((lex) => new Set(lex.familyFirstStates));
