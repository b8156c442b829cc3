// Titles and the role phrases built on them: "[Belarus’] Minister of Foreign Affairs",
// "Ambassador Extraordinary and Plenipotentiary of Tajikistan to Belarus", "an expert of the
// Institute of World Economy and Politics". Lexicons: data/titles.tsv, data/portfolios.txt.
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { namesState, type CountryMention } from './countries.js';
import { opensLeaderName } from './leaders.js';
import { PhraseIndex } from './phrases.js';
import { words as splitWords, type Word } from './words.js';

export interface Title {
  readonly form: string;
  readonly category: string;
  readonly rank: number;
  readonly generic: boolean;
  readonly keys: readonly string[];
}

export interface RolePhrase {
  readonly title: Title;
  /** The role as the text words it, without a country that only says whose role it is. */
  readonly role: string;
  readonly country: string | null;
  /** For diplomats: the state they are accredited to ("to Belarus"). */
  readonly accreditedTo: string | null;
  /** The title was written in the plural ("Presidents …"): it may name several people. */
  readonly plural: boolean;
  /** Word index range [first, last] of the phrase, including a country before the title. */
  readonly first: number;
  readonly last: number;
}

/** A title's plural as written: "Presidents", "Prime Ministers", "Foreign Ministers". */
const singular = (key: string): string =>
  key.endsWith('ies') && key.length > 5 ? `${key.slice(0, -3)}y` : key.endsWith('s') && key.length > 2 ? key.slice(0, -1) : key;
/** The plural of a title's word: "ministers", "secretaries", "deputies". */
const plural = (key: string): string => (/[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : `${key}s`);

const TITLE_FUNCTION_WORDS = new Set(['of', 'to', 'the', 'and', 'for', 'in', 'on', 'at', 'with', 'a']);

const titleTables = perLexicons((lex) => {
  const nameWordsInTitles = new Set(lex.nameWordsInTitles.map((w) => w.toLowerCase()));
  const titles: readonly Title[] = lex.titles.map((t) => ({
    // An abbreviation is worded as the title it stands for ("Gov." → Governor).
    form: t.full || t.form,
    category: t.category,
    rank: t.rank,
    generic: t.generic === 'yes',
    keys: splitWords(t.form).map((w) => w.key),
  }));
  const byFirst = new Map<string, Title[]>();
  for (const t of titles) {
    const list = byFirst.get(t.keys[0]!) ?? [];
    list.push(t);
    byFirst.set(
      t.keys[0]!,
      list.sort((a, b) => b.keys.length - a.keys.length),
    );
  }
  return {
    titles,
    byFirst,
    /** International bodies' abbreviations (data/international-bodies.txt): "NATO Secretary General" is the body's officer, read apart. */
    bodies: new Set(lex.internationalBodies.filter((b) => /^[A-Z]{2,6}$/.test(b))),
    /** First words of titles in the plural ("presidents", "ministers"): most words ending in s are not. */
    pluralFirsts: new Set([...byFirst.keys()].map(plural)),
    /** Title words: a name never contains them ("President", "Minister"). */
    // (Not a word of a longer title that is also a name: "Raja Pervaiz Ashraf" beside "Raja Isteri".)
    words: new Set(
      titles
        .filter((t) => t.category !== 'expert')
        .flatMap((t) => t.keys)
        // (Nor a small word inside one: "To Lam" beside "Minister Attached to the Prime Minister".)
        .filter((k) => !nameWordsInTitles.has(k) && !TITLE_FUNCTION_WORDS.has(k)),
    ),
    portfolio: new Set(lex.portfolios),
    /** Portfolio words and the words that only continue a remit after its "of" (data/remit-continuations.txt). */
    remit: new Set([...lex.portfolios, ...lex.remitContinuations]),
    honorifics: new PhraseIndex(lex.honorifics.map((h) => [h, true] as const)),
  };
});

/** The lexicon's title for an office named in a knowledge table ("President", "Emir"), or a plain one. */
function titleNamed(form: string): Title {
  const key = splitWords(form)
    .map((w) => w.key)
    .join(' ');
  return titleTables().titles.find((t) => t.keys.join(' ') === key) ?? { form, category: 'official', rank: 50, generic: false, keys: key.split(' ') };
}

/** A role phrase that comes from knowledge rather than from the text. */
export function knownRole(form: string, country: string): RolePhrase {
  return { title: titleNamed(form), role: form, country, accreditedTo: null, plural: false, first: -1, last: -1 };
}

/** Title words: a name never contains them ("President", "Minister"). */
export const titleWords = (): ReadonlySet<string> => titleTables().words;

const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'on']);
// The kind of state a host names itself by: "Ambassador to the Kingdom", "to the Sultanate".
const HOST_STATE_NOUNS = new Set(['kingdom', 'sultanate', 'emirate', 'emirates', 'republic', 'state', 'principality', 'federation']);
// Offices whose "for" names a remit: "Special Envoy for Ukraine" serves another state. (Not a high
// commissioner: "the High Commissioner for Pakistan in London" is Pakistan's.)
const REMIT_TITLE = /\b(?:envoy|representative|coordinator|rapporteur|secretary|ambassador|director|commissioner|adviser|advisor)\b/i;
// Offices of a region: their complement is the region's name, which no lexicon lists.
const REGIONAL = new Set(['Governor', 'Premier', 'Chief Minister', 'Mayor', 'Akim', 'Hokim']);

export function titleAt(ws: readonly Word[], i: number): Title | null {
  const key = ws[i]!.key;
  const { byFirst, pluralFirsts } = titleTables();
  const candidates =
    byFirst.get(key) ?? (pluralFirsts.has(key) ? byFirst.get(singular(key)) : key.endsWith('-elect') ? byFirst.get(key.slice(0, -6)) : undefined);
  for (const t of candidates ?? []) {
    if (i + t.keys.length > ws.length) continue;
    const n = t.keys.length;
    // A plain loop: this runs for every word a title could start with, and a closure per word is garbage.
    let matches = true;
    for (let j = 0; j < n && matches; j++) {
      const key = ws[i + j]!.key;
      // "President-elect Yoon": the office, to be taken up.
      // "Members of Parliament": a title of several words may be plural in its first.
      matches =
        key === t.keys[j] || (j === n - 1 && (singular(key) === t.keys[j] || key === `${t.keys[j]}-elect`)) || (j === 0 && n > 1 && key === plural(t.keys[0]!));
    }
    if (matches) {
      // Lower-case use of a capitalised title is fine ("the prime minister"); a capitalised use of
      // an expert word is not ("Expert Council").
      if (t.category === 'expert' && ws[i]!.capitalised) return null;
      return t;
    }
  }
  return null;
}

/** Number of honorific words at i ("His Excellency Sheikh"): one honorific after another. */
export function honorificsAt(ws: readonly Word[], i: number): number {
  let n = 0;
  const HONORIFIC_PHRASES = titleTables().honorifics;
  // (French and Spanish readouts' "S.E." — "Son Excellence", "Su Excelencia" — opens the honorifics only: "Mr. S.E. Okonkwo" has initials.)
  // (Not the first word of a leader's own name, looked up only where an honorific stands: "H.E. Sheikh Hasina".)
  const at = (j: number): number => {
    if (j >= ws.length) return 0;
    const hit = HONORIFIC_PHRASES.at(ws, j)?.length ?? (GLUED_HONORIFICS.test(ws[j]!.text) || (j === i && ws[j]!.text === 'S.E.') ? 1 : 0);
    return hit && j + 1 < ws.length && opensLeaderName(ws[j]!.text, ws[j + 1]!.text) ? 0 : hit;
  };
  for (let hit = at(i); hit; hit = at(i + n)) n += hit;
  return n;
}

// "H.E.Dr.", "S.E.Dr." (French and Spanish "Son/Su Excelencia"): an excellency's initials glued to a doctor's title, one word.
const GLUED_HONORIFICS = /^(?:H|S)\.E\.(?:Dr|Prof|Eng|Mr|Mrs|Ms)\.?$/;

function countryAtWord(countries: readonly CountryMention[], ws: readonly Word[], i: number): CountryMention | undefined {
  const w = ws[i];
  return w ? countries.find((c) => c.start >= w.start && c.start < w.end) : undefined;
}

// Offices of a city, a province or an emirate, which a city's name before the title places in its state
// ("Ankara Governor", "Dubai Crown Prince"). Forms of data/titles.tsv.
const CITY_OFFICES = new Set(['Governor', 'Mayor', 'Hokim', 'Akim', 'Crown Prince', 'Ruler']);

/** Index just past a country mention starting at word i, or i when there is none. */
function skipCountry(
  countries: readonly CountryMention[],
  ws: readonly Word[],
  i: number,
  seats = false,
): { next: number; iso3: string | null; seat: boolean } {
  const c = countryAtWord(countries, ws, i);
  if (!c || c.kind === 'city' || c.kind === 'capital' || (c.kind === 'seat' && !seats)) return { next: i, iso3: null, seat: false };
  let next = i;
  while (next < ws.length && ws[next]!.start < c.end) next++;
  return { next, iso3: c.iso3, seat: c.kind === 'seat' };
}

/**
 * The role phrase whose title starts at word i. `open` lets the complement run over any
 * capitalised words (used after a name, where no name can follow and be swallowed).
 */
// (A part of a continent, also two parts joined: "South and Central Asia", "East Asia and the Pacific"; the parts are
// data/region-prefixes.txt's, capitalised as they stand in a title.)
const regionRemit = perLexicons((lex) => {
  const part = `(?:${lex.regionPrefixes.map((w) => escapeRegExp(w.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase()))).join('|')})`;
  const region = String.raw`(?:[Mm]iddle\s+East|Near\s+East|(?:${part}(?:\s+and\s+${part})?\s+)?(?:Africa|Asia|Europe|America)|(?:the\s+)?Americas|the\s+Sahel|Sahel|Horn\s+of\s+Africa|Great\s+Lakes|Pacific|Arctic|Gulf|Balkans|Caucasus|Indo-Pacific|Caribbean|Western\s+Hemisphere|Eurasia|Oceania)`;
  return new RegExp(String.raw`^\s+for\s+(?:the\s+)?${region}(?:\s*(?:,|and)\s+(?:the\s+)?${region})*`, 'u');
});
// "in the Presidency", "in the Prime Minister's Office", "in the President's Department" after a title.
const IN_THE_OFFICE = /^\s+in\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:Presidency|Office|Department|Cabinet)\b/u;
// (… also a secretary serving one principal: "Press Secretary to the President"; not "Foreign Secretary to President X",
// who carried a message to X.)
const ADVISER_TITLES = /\b(?:Assistant|Adviser|Advisor|Aide|Counsel(?:l)?or|Special\s+Staff|(?:Press|Private|Principal|Personal|Military)\s+Secretary)$/i;

/**
 * The last word of "to the President" and a remit after it ("on Media and Publicity", "for National Security
 * Affairs") from word j, or null when no office follows "to the".
 */
function aideComplement(text: string, ws: readonly Word[], j: number): number | null {
  // (… also "of": "the Special Staff of the President for International Relations".)
  if (ws[j]?.key !== 'to' && ws[j]?.key !== 'of') return null;
  // ("Special Assistant to PM X": the principal's title may come without its article.)
  let article = ws[j + 1]?.key === 'the' && /^\s+$/.test(text.slice(ws[j].end, ws[j + 1]!.start)) ? 1 : 0;
  // ("the Special Staff of the Malaysian Prime Minister, X": one capitalised word, the principal's state, before his title.)
  if (article && !titleAt(ws, j + 2) && ws[j + 2]?.capitalised && titleAt(ws, j + 3) && ws[j + 3]!.capitalised) article = 2;
  const principal = titleAt(ws, j + 1 + article);
  if (!principal || !ws[j + 1 + article]!.capitalised) return null;
  const end = j + article + principal.keys.length;
  if (!['on', 'for'].includes(ws[end + 1]?.key ?? '') || !ws[end + 2]?.capitalised) return end;
  return remitEnd(text, ws, end + 2, end);
}

/**
 * The last word of a remit from word `from` ("Media and Publicity", "Foreign Affairs"): capitalised words joined by
 * "and" or commas. Ended by a comma, the run is all remit; else the name follows it, and only the portfolio words
 * the lexicon knows are the remit's ("Advisor on Commerce Abdul Razak Dawood").
 */
function remitEnd(text: string, ws: readonly Word[], from: number, before: number): number {
  let end = before,
    known = before,
    unbroken = true;
  for (let k = from; k < ws.length && k <= from + 6; k++) {
    const w = ws[k]!;
    const gap = text.slice(ws[k - 1]!.end, w.start);
    // (A comma only between portfolios of a list: "on Media, Culture and Sport", not before the name.)
    if (!/^\s+$/.test(gap) && !(/^\s*,\s*$/.test(gap) && w.capitalised && titleTables().portfolio.has(w.key))) break;
    if (w.capitalised) {
      end = k;
      if (unbroken && titleTables().portfolio.has(w.key)) known = k;
      else unbroken = false;
    } else if (w.key !== 'and') break;
  }
  return /^\s*,/.test(text.slice(ws[end]!.end, ws[end]!.end + 2)) ? end : known;
}

/** The first word of a title that ends right before word k, or null. */
function titleEndingAt(ws: readonly Word[], k: number): number | null {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = titleAt(ws, j);
    if (t && j + t.keys.length === k && ws[j]!.capitalised) return j;
  }
  return null;
}

/**
 * Whether capitalised portfolio words from i, or none, lead to a title: "Health Minister", "Trade and Industry Minister",
 * "Governor" (of "Deputy Governor").
 */
function rankOfPortfolioTitle(ws: readonly Word[], i: number, portfolio: ReadonlySet<string>): boolean {
  let k = i;
  while (k < ws.length && ws[k]!.capitalised && (portfolio.has(ws[k]!.key) || (ws[k]!.key === 'and' && k > i))) k++;
  return k < ws.length && ws[k]!.capitalised && titleAt(ws, k) !== null;
}

export function rolePhraseAt(text: string, ws: readonly Word[], countries: readonly CountryMention[], i: number, open: boolean): RolePhrase | null {
  const title = titleAt(ws, i);
  if (!title) return null;
  // "1:44 PM": the time of day, not a prime minister.
  if (ws[i]!.key === 'pm' && /\d{1,2}(?::\d{2}){1,2}\s*$/.test(text.slice(Math.max(0, ws[i]!.start - 12), ws[i]!.start))) return null;
  // "Egypt attaches great importance to …": the verb, not attachés.
  if (
    /^attach[eé]s$/.test(ws[i]!.key) &&
    /^\s+\p{Ll}/u.test(text.slice(ws[i]!.end, ws[i]!.end + 3)) &&
    !/^\s+(?:of|and|from|to|in)\b/.test(text.slice(ws[i]!.end, ws[i]!.end + 6))
  )
    return null;
  // "MP Chief Minister Shivraj Singh Chouhan": a state's abbreviation (Madhya Pradesh) before an office, no member of parliament.
  if ((ws[i]!.key === 'mp' || ws[i]!.key === 'mps') && i + 1 < ws.length && titleAt(ws, i + 1)) return null;
  const PORTFOLIO = titleTables().portfolio;
  // "Deputy Health Minister X": the rank opens the office read from "Minister" back, not a title of its own before a
  // person named "Health".
  if (title.keys.length === 1 && /^(?:deputy|vice)$/.test(title.keys[0]!) && rankOfPortfolioTitle(ws, i + 1, PORTFOLIO)) return null;
  let first = i;
  let country: string | null = null;
  // Portfolio words before the title are part of it: "International Trade Minister", "National Security Advisor".
  // … also a list of them ("Investment, Trade and Industry Minister") and a deputy's ("Deputy Agriculture Minister").
  let wordingStart = i;
  for (let k = i - 1; k >= 0; k--) {
    const w = ws[k]!,
      gap = text.slice(w.end, ws[k + 1]!.start);
    // (In lower case before a title in lower case: "Serbia's EU affairs minister".)
    // (… or a body's initials: "NDC Commandant", "ECOWAS Commissioner" — not a state's, nor a title's own: "PM".)
    // (Not an honorific's, "HM King", "HRH Crown Prince", nor before a head of state's or government's title: "PHOTO President".)
    const initials =
      k === i - 1 &&
      /^[A-Z]{2,6}$/.test(w.text) &&
      ws[i]!.capitalised &&
      !countryAtWord(countries, ws, k) &&
      !titleAt(ws, k) &&
      honorificsAt(ws, k) === 0 &&
      !titleTables().bodies.has(w.text) &&
      !/^(?:head_of_state|head_of_government|monarch)$/.test(title.category);
    const portfolio = ((w.capitalised || !ws[i]!.capitalised) && PORTFOLIO.has(w.key) && !CONNECTORS.has(w.key)) || initials;
    // A comma joins items of a list of portfolios, never a portfolio to the title ("the Presidency, Ambassador X").
    const joined = /^\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && portfolio && k + 1 < i);
    if (!joined) break;
    if (portfolio) wordingStart = k;
    else if (w.key === 'and' && k > 0 && ws[k - 1]!.capitalised && PORTFOLIO.has(ws[k - 1]!.key)) continue;
    else if (/^(?:deputy|vice|first|acting|assistant)$/.test(w.key) && w.capitalised && wordingStart === k + 1) {
      wordingStart = k;
      // "First Vice Foreign Minister", "Acting Deputy Trade Minister".
      const rank = ws[k - 1];
      if (
        rank &&
        /^(?:first|acting|senior)$/.test(rank.key) &&
        rank.capitalised &&
        /^\s+$/.test(text.slice(rank.end, w.start)) &&
        /^(?:deputy|vice)$/.test(w.key)
      )
        wordingStart = k - 1;
      break;
    } else if (w.key === 'of' && wordingStart === k + 1 && /\band\s+$/.test(text.slice(ws[wordingStart]!.start, ws[i]!.start))) {
      // "Minister of Social Affairs and Labor and Minister of State X": the first office's title before its portfolio.
      const opening = titleEndingAt(ws, k);
      if (opening !== null) wordingStart = opening;
      break;
    } else break;
  }
  first = wordingStart;
  // A country before the title: "Belarus President", "Belarusian President", "Belarus’ Minister".
  if (wordingStart > 0) {
    // Only a state glued to the title ("Belarus President", "Belarus’ Minister"), never a place before a comma.
    const before = countries.find(
      (c) =>
        c.end <= ws[wordingStart]!.start &&
        // (… or with words on the holder's standing between: "Rwanda's visiting Senate President".)
        /^['’s]*\s*(?:(?:visiting|outgoing|incoming|new|former|acting|then|current|newly\s+appointed)\s+)?$/i.test(
          text.slice(c.end, ws[wordingStart]!.start),
        ) &&
        // (A seat names its state's office: "Lok Sabha Speaker", "Kremlin spokesman"; a city only before a city's
        // office: "Ankara Governor", "Istanbul Mayor".)
        ((c.kind !== 'city' && c.kind !== 'capital') || CITY_OFFICES.has(title.form)),
    );
    // (Not the last of a run of states, as tag lines print them: "India Saudi Arabia PM Modi talks ties …".)
    const tagRun =
      before !== undefined &&
      countries.some((c) => c !== before && c.end <= before.start && namesState(c) && namesState(before) && /^\s+$/.test(text.slice(c.end, before.start)));
    if (before && !tagRun) {
      country = before.iso3;
      first = ws.findIndex((w) => w.start >= before.start);
    }
  }
  let j = i + title.keys.length;
  let roleEnd = j - 1;
  let joined = false;
  // "Chairman and CEO", "Deputy Prime Minister and Minister of Foreign Affairs": two offices, one person.
  if (ws[j]?.key === 'and' && j + 1 < ws.length && /^\s+$/.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) {
    const second = titleAt(ws, j + 1);
    // (Not a plural title, which names others: "Deputy Prime Minister and Ministers A and B will be received".)
    const pluralSecond = second !== null && ws[j + second.keys.length]!.key !== second.keys.at(-1) && !ws[j + second.keys.length]!.key.endsWith('-elect');
    // (Nor a royal couple: "the King and Queen Letizia" are two people.)
    if (second && !pluralSecond && !(title.category === 'monarch' && second.category === 'monarch')) {
      j = j + 1 + second.keys.length;
      roleEnd = j - 1;
      joined = true;
    }
  }
  // "Premier of Sarawak", "Governor of Kaduna": a region's office keeps the region's name.
  let regional = false;
  if (REGIONAL.has(title.form) && ws[j]?.key === 'of' && ws[j + 1]?.capitalised && !countryAtWord(countries, ws, j + 1)) {
    let k = j + 1;
    while (
      k + 1 < ws.length &&
      k - j < 3 &&
      ws[k + 1]!.capitalised &&
      /^\s+$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start)) &&
      !titleAt(ws, k + 1) &&
      !/^(?:State|Region|Province|Oblast)$/.test(ws[k]!.text)
    )
      k++;
    // Stop before a name: a region is one or two words.
    if (k - j > 2) k = j + 1;
    roleEnd = k;
    j = k + 1;
    regional = true;
  }
  let accreditedTo: string | null = null;
  let complementCountryOnly = true;
  // "Senior Special Assistant to the President on Media and Publicity", "Adviser to the Prime Minister for
  // Foreign Affairs": an aide's principal and remit belong to the office's wording.
  const aide = ADVISER_TITLES.test(title.form) ? aideComplement(text, ws, j) : null;
  if (aide !== null) {
    roleEnd = aide;
    j = aide + 1;
    complementCountryOnly = false;
  }
  // "Special Presidential Representative for the Middle East and Africa": an envoy's remit of regions, no state.
  const regions = REMIT_TITLE.test(title.form) && ws[j]?.key === 'for' ? regionRemit().exec(text.slice(ws[j - 1]!.end, ws[j - 1]!.end + 80)) : null;
  if (regions) {
    const endAt = ws[j - 1]!.end + regions[0].length;
    while (j < ws.length && ws[j]!.end <= endAt) j++;
    roleEnd = j - 1;
    complementCountryOnly = false;
  }
  // "Minister in the Presidency", "Minister of State in the Prime Minister's Office": an office seated in another.
  const seated = IN_THE_OFFICE.exec(text.slice(ws[j - 1]!.end, ws[j - 1]!.end + 60));
  if (seated && ws[j]?.key === 'in') {
    const endAt = ws[j - 1]!.end + seated[0].length;
    while (j < ws.length && ws[j]!.end <= endAt) j++;
    roleEnd = j - 1;
    complementCountryOnly = false;
  }
  // "Foreign Ministers of the two countries — A and B": the pair whose ministers they are says whose, not which state.
  const pairWords =
    ws[j]?.key === 'of' ? /^\s*of\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|states|nations|governments)\b/i.exec(text.slice(ws[j - 1]!.end)) : null;
  if (pairWords && ws[i + title.keys.length - 1]!.key !== title.keys.at(-1)) {
    const endAt = ws[j - 1]!.end + pairWords[0].length;
    while (j < ws.length && ws[j]!.end <= endAt) j++;
    roleEnd = j - 1;
  }
  // (Not a title after "and": "Deputy Prime Minister and Ministers A and B" names others.)
  const continues =
    ws[j]?.key === 'and' && PORTFOLIO.has(ws[j + 1]?.key ?? '') && ws[j + 1]!.key !== 'and' && !CONNECTORS.has(ws[j + 1]!.key) && !titleAt(ws, j + 1);
  // "Advisor on Commerce X": an adviser's remit after "on".
  if (ws[j]?.key === 'on' && ADVISER_TITLES.test(title.form) && ws[j + 1]?.capitalised && PORTFOLIO.has(ws[j + 1]!.key)) {
    roleEnd = remitEnd(text, ws, j + 1, j);
    if (roleEnd > j) {
      j = roleEnd + 1;
      complementCountryOnly = false;
    } else roleEnd = j - 1;
  }
  // "the King's Representative for Humanitarian Work and Youth Affairs, X": a representative's remit of capitalised words up
  // to the comma before the name (no state: "Special Envoy for Ukraine" is read below).
  if (ws[j]?.key === 'for' && REMIT_TITLE.test(title.form) && ws[j + 1]?.capitalised && !countryAtWord(countries, ws, j + 1) && !titleAt(ws, j + 1)) {
    const end = remitEnd(text, ws, j + 1, j);
    // (Its last word a portfolio's, "… Youth Affairs,": not a name read into it, "Assistant Secretary for Trade Ana Reyes,".)
    if (end > j && /^\s*,/.test(text.slice(ws[end]!.end, ws[end]!.end + 2)) && PORTFOLIO.has(ws[end]!.key)) {
      roleEnd = end;
      j = end + 1;
      complementCountryOnly = false;
    }
  }
  // "Joint Secretary at India's Ministry of Commerce": an office at an institution, after a name.
  const at = open && ws[j]?.key === 'at' && ws[j + 1]?.capitalised;
  // "Pakistan Ambassador in Dushanbe X": a diplomat's post by its city, which names the host state.
  if (title.category === 'diplomat' && ws[j]?.key === 'in' && ws[j + 1]?.capitalised) {
    const post = countryAtWord(countries, ws, j + 1);
    if (post && post.kind !== 'adjective') {
      let k = j + 1;
      while (k < ws.length && ws[k]!.start < post.end) k++;
      accreditedTo = post.iso3;
      roleEnd = k - 1;
      j = k;
      complementCountryOnly = false;
    }
  }
  // "Minister of Foreign Affairs, International Trade and Worship X": a title whose wording ends in a portfolio, more
  // portfolios listed after its comma (not the portfolios of the next person's title: "…, Trade Minister Y").
  const listedOn =
    j < ws.length &&
    ws[j]!.capitalised &&
    PORTFOLIO.has(ws[j - 1]!.key) &&
    PORTFOLIO.has(ws[j]!.key) &&
    /^\s*,\s*$/.test(text.slice(ws[j - 1]!.end, ws[j]!.start)) &&
    !rankOfPortfolioTitle(ws, j, PORTFOLIO);
  if (ws[j] && (ws[j]!.key === 'of' || ws[j]!.key === 'for' || ws[j]!.key === 'to' || continues || at || listedOn)) {
    let k = j;
    while (k < ws.length) {
      const w = ws[k]!;
      if (w.key === 'to' && title.category === 'diplomat') {
        // "ambassador to the UK": the article before a state's name.
        const c = skipCountry(countries, ws, ws[k + 1]?.key === 'the' ? k + 2 : k + 1);
        if (c.iso3) {
          accreditedTo = c.iso3;
          k = c.next;
          roleEnd = k - 1;
          continue;
        }
        // "the Indian Ambassador to the Kingdom Dr. X": the host state by its kind, as Gulf readouts name it.
        const host = ws[k + 2];
        if (ws[k + 1]?.key === 'the' && host?.capitalised && HOST_STATE_NOUNS.has(host.key) && ws[k + 3]?.key !== 'of') {
          complementCountryOnly = false;
          roleEnd = k + 2;
          k += 3;
          continue;
        }
        break;
      }
      // ", and …" after a complement starts another item: "Governor of Kaduna, and Gov. …".
      // (… also when portfolio words open the next one's title: "Minister for Foreign Affairs of Ghana, and Foreign Minister X".)
      if (
        (CONNECTORS.has(w.key) || w.key === 'to') &&
        /,/.test(text.slice(ws[k - 1]!.end, w.start)) &&
        (!PORTFOLIO.has(ws[k + 1]?.key ?? '') || rankOfPortfolioTitle(ws, k + 1, PORTFOLIO))
      )
        break;
      // "President of the Republic of Kenya and the First Lady, Mrs. …": "and the" before a title names someone else.
      if (w.key === 'and' && ws[k + 1]?.key === 'the' && ws[k + 2]?.capitalised && titleAt(ws, k + 2)) break;
      if (CONNECTORS.has(w.key) || w.key === 'to' || (w.key === 'at' && k === j)) {
        // a connector must be followed by more of the complement
        k++;
        continue;
      }
      // A state, or an institution that is its seat ("Chairman of the Majlisi Milli", "Speaker of the
      // Mazhilis"): the institution is part of the role's wording, and both say whose role it is.
      const c = skipCountry(countries, ws, k, true);
      // "Special Representative for Ukraine", "Special Envoy for the Sahel": an envoy's remit, not the state served.
      if (c.iso3 && ws[k - 1]?.key === 'for' && REMIT_TITLE.test(title.form)) {
        complementCountryOnly = false;
        k = c.next;
        roleEnd = k - 1;
        continue;
      }
      // "special envoy of Chinese President Hu Jintao": the office of the principal named next; the name is the
      // principal's, read from that title on.
      if (c.iso3 && ws[k - 1]?.key === 'of' && c.next < ws.length && ws[c.next]!.capitalised && titleAt(ws, c.next) && REMIT_TITLE.test(title.form))
        return null;
      if (c.iso3) {
        country ??= c.iso3;
        if (c.seat) complementCountryOnly = false;
        k = c.next;
        roleEnd = k - 1;
        continue;
      }
      const between = text.slice(ws[k - 1]!.end, w.start);
      // ("Minister of Commerce & Industry": an ampersand, no word of its own, joins two portfolios.)
      // (… nor does a possessive inside a body's name: "Chairman of the National People's Congress Standing Committee".)
      // (Not a state's: "Speaker of Pakistan’s National Assembly" is read as the state's office.)
      const glued =
        /^\s*(?:&\s*)?$/.test(between) ||
        (/^['’]s?\s+$/.test(between) &&
          w.capitalised &&
          ws[k - 1]!.capitalised &&
          !countries.some((c) => c.start < ws[k - 1]!.end && c.end > ws[k - 1]!.start));
      // A list of portfolios: "Minister of Investment, Industry and Trade".
      const listed = /^\s*,\s*$/.test(between) && PORTFOLIO.has(ws[k - 1]!.key) && PORTFOLIO.has(w.key);
      // (… with the words that only go on a remit: "Minister of Industry and New Technologies".)
      if (listed || (glued && (titleTables().remit.has(w.key) || (open && (w.capitalised || /\p{Lu}/u.test(w.text)))))) {
        complementCountryOnly = false;
        roleEnd = k;
        k++;
        continue;
      }
      break;
    }
  }
  const startChar = ws[wordingStart]!.start;
  const keepComplement = regional || joined || wordingStart < i || !complementCountryOnly || accreditedTo !== null;
  const role = keepComplement ? text.slice(startChar, ws[roleEnd]!.end) : title.form;
  const plural = ws[i + title.keys.length - 1]!.key !== title.keys[title.keys.length - 1] || (title.keys.length > 1 && ws[i]!.key !== title.keys[0]);
  // A plural title keeps its portfolio in the singular: "Deputy Ministers of Education" → "Deputy Minister of Education".
  const singularRole = plural ? title.form + text.slice(ws[i + title.keys.length - 1]!.end, ws[roleEnd]!.end) : role;
  const tidy = tidyRole(plural && !keepComplement ? title.form : singularRole, title);
  // "President-elect": the office's form keeps its suffix.
  const elect = ws[i + title.keys.length - 1]!.key.endsWith('-elect') && !/-elect\b/i.test(tidy) ? tidy.replace(title.form, `${title.form}-elect`) : tidy;
  return { title, role: elect, country, accreditedTo, plural, first, last: roleEnd };
}

/** An office's wording taken from the text ("Minister of Territorial Administration and Infrastructure"). */
export function rolePhraseText(text: string, role: RolePhrase): string {
  return tidyRole(text, role.title);
}

function tidyRole(role: string, title: Title): string {
  const t = role.replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
  // A role written in lower case keeps the lexicon's capitalisation for titles of office.
  if (title.category !== 'expert' && t.toLowerCase().startsWith(title.form.toLowerCase())) return title.form + t.slice(title.form.length);
  return t;
}
