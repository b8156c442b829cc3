// Groupings of states of fixed membership (data/state-groups.tsv) named in a gathering's title with another state:
// "the third India-Nordic Summit", "the Central Asia-Japan Dialogue", "the C5+1 meeting", "the Visegrad summit".
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { CountryMention } from './countries.js';
import { lookupForm } from './gazetteer.js';

// The gathering the group's name opens or closes: its kind word within a few capitalised words.
const GATHERING_AFTER =
  /^(?:\s*\+\s*\d)?["”’']?(?:[\s-]+(?:\p{Lu}[\p{L}-]*|\+|\d|and|on|of))*?[\s-]+(?:[Ss]ummit|[Dd]ialogue|[Ff]orum|[Ff]ormat|[Cc]onference)\b/u;
// Between a state and the group: a hyphen, a dash, a plus or "and".
const JOINED = /^\s*(?:[-–—+/]|and)\s*$/u;

const groups = perLexicons((lex) => {
  const rows = [...lex.stateGroups].sort((a, b) => b.form.length - a.form.length);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\d])(?:${rows.map((r) => escapeRegExp(r.form)).join('|')})(?![\\p{L}\\d])`, 'gu'),
    members: new Map(rows.map((r) => [r.form, r.members])),
  };
});

// A state's name glued to the group by a hyphen, which the country recogniser leaves as one word ("India-Nordic").
const NAME_BEFORE = /(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s*[-–—+/]\s*$/u;
const NAME_AFTER = /^\s*[-–—+/]\s*(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u;

/** A state named right before or after the group: a country mention, else a name the gazetteer knows. */
function joinedState(text: string, countries: readonly CountryMention[], start: number, end: number): { iso3: string; end: number } | null {
  const before = countries.find((c) => c.end <= start && start - c.end <= 3 && JOINED.test(text.slice(c.end, start)));
  if (before) return { iso3: before.iso3, end };
  const after = countries.find((c) => c.start >= end && c.start - end <= 3 && JOINED.test(text.slice(end, c.start)));
  if (after) return { iso3: after.iso3, end: after.end };
  const named = (form: string | undefined) => {
    const e = form ? lookupForm(form) : undefined;
    return e && (e.kind === 'name' || e.kind === 'official' || e.kind === 'adjective') ? e.iso3 : null;
  };
  const b = NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const bState = b ? (named(b[1]) ?? named(b[1]!.split(' ').at(-1))) : null;
  if (bState) return { iso3: bState, end };
  const a = NAME_AFTER.exec(text.slice(end, end + 30));
  const aState = a ? (named(a[1]) ?? named(a[1]!.split(' ')[0])) : null;
  return aState ? { iso3: aState, end: end + a![0].length } : null;
}

/**
 * The states of every gathering the sentence names by a group and a state ("India-Nordic Summit": India and the five
 * Nordic states) or by a group alone ("the Visegrad summit"), each once.
 */
export function groupsInGatherings(text: string, countries: readonly CountryMention[]): string[] {
  const { pattern, members } = groups();
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const state = joinedState(text, countries, start, end);
    const from = state ? state.end : end;
    if (!GATHERING_AFTER.test(text.slice(from, from + 80))) continue;
    if (!state && !/^[\s-]+(?:[Ss]ummit|[Ff]orum)\b/.test(text.slice(end, end + 10))) continue;
    if (state) found.add(state.iso3);
    for (const iso3 of members.get(m[0]) ?? []) found.add(iso3);
  }
  return [...found];
}
