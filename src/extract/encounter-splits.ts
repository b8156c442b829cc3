// One group of candidates that is several encounters, split: a round of bilateral meetings, a tour
// of several states, counterparts met one after another or on days of their own; and a meeting
// or call reported beside the main encounter with a state of its own.
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { FAMILY, within, type Candidate, type CuesOf, type DateBasis, type Group } from './encounter-group.js';
import type { PeopleIndex, PersonRecord } from './people.js';
import { addDays, resolveDate } from './resolve-date.js';
import { numberOf } from '../recognise/number-words.js';
import { namesState, type CountryMention } from '../recognise/countries.js';
import { destinationOf, statesCity } from './encounter-candidates.js';

// "The visit to Ecuador follows a state visit to Bolivia": the leg of a tour before the visit the sentence names again.
// "before departing for Port of Spain, Trinidad and Tobago": the traveller's next stop, a city and its state after it.
export const DEPARTING_FOR =
  /\b(?:departing|departed|leaving|left|leaves|bound|heading|headed|flew|flying)\s+(?:for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+)?){0,3}?(?:\p{Lu}[\p{L}'’-]*,\s+)?$/u;
export const LEG_BEFORE = /\b(?:follows|following|comes\s+after)\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}(?:visit|trip|stop|stay)\s+(?:to|in)\b/i;
// "also met", "also held talks with": another meeting of the same occasion.
// ("also held a bilateral meeting with Iranian President X on the sidelines").
// (… also "Later, she held talks with Canadian Prime Minister X", "He then met …".)
// (… and one to come: "The prime minister will also meet Chinese President Xi Jinping", "is also scheduled to hold talks with".)
const ALSO_MET =
  /\b(?:also|later|then|separately|subsequently|afterwards),?\s+(?:[\p{L}-]+\s+){0,2}?(?:met|meets|meet|(?:held|had|hold|have)\s+(?:(?:a|separate)\s+)?(?:(?:bilateral|separate|one-on-one)\s+)?(?:talks|meetings?)|discussed|received|receive)\b/iu;

/**
 * The two sides of a meeting a sentence reports beside the main encounter: a participant of one of
 * its states meeting a named person of a third ("X also met President Y of Z"), or null.
 */
export function sideMeeting(
  c: Candidate,
  main: Group,
  principal: () => string | null = () => null,
  /** The main encounter's sides: its states less one named only as its venue ("in Tianjin"), whose leader may be met next. */
  mainSides: ReadonlySet<string> = main.countries,
): [string, string] | null {
  if (
    c.type === 'phone_call'
      ? FAMILY[main.type] !== FAMILY[c.type] || !ANOTHER_CALL.test(c.sentence.text)
      : FAMILY[c.type] !== FAMILY['meeting'] || !ALSO_MET.test(c.sentence.text)
  )
    return null;
  const met = [...new Set(c.people.map((p) => p.country).filter((x): x is string => x !== null && !mainSides.has(x)))];
  // (… or the state of an envoy named by office: "The King also received the High Commissioner for Papua New Guinea, X".)
  const others = met.length || !ENVOY_OF_STATE.test(c.sentence.text) ? met : [...new Set(c.countries.filter((x) => !mainSides.has(x)))];
  const own = c.countries.filter((x) => mainSides.has(x));
  // (Not a call between two other states: "Earlier, the King of Bahrain held a call with the President of the UAE".)
  if (new Set(c.countries.filter((x) => !mainSides.has(x))).size > 1) return null;
  // "Meanwhile, in a phone call to President Erdogan, the premier …": the side that calls is the one
  // whose principal the text follows, the main encounter's first participant.
  // … and "The Prime Minister also held a bilateral meeting with X": the one who also met is that principal.
  // (… or, when the main encounter's sentence names no one, "Both leaders held a telephone conversation", the text's principal.)
  // (The principal first, the side the encounter's sentence names first: "President A met Prime Minister B of C. He also met
  // D" is A's meeting, whoever of the two the text happened to name in full first.)
  const caller = !own.length ? (principal() ?? [...main.people].find((p) => p.country)?.country) : null;
  if (others.length !== 1 || (own.length !== 1 && !caller)) return null;
  return [own[0] ?? caller!, others[0]!];
}

const ENVOY_OF_STATE = /\b(?:ambassadors?|high\s+commissioners?|envoys?|charg[ée]s?\s+d['’]affaires)\s+(?:of|for|from)\s+(?:the\s+)?\p{Lu}/iu;

// Words of one encounter of three or more: "a trilateral meeting", "met together with".
const JOINTLY = /\b(?:trilateral|tripartite|quadrilateral|three-way|four-way|joint(?:ly)?|together|summit|format)\b/i;

/**
 * "He conferred with President of Botswana X, President of Somalia Y and President of Ghana Z", "also
 * met with the leaders of Algeria, Morocco and Estonia": a sentence beside the main encounter listing
 * two or more other states' leaders met by one side, one of them at least new to the text's
 * encounter. The side that met them is the one named before the encounter's word, else the
 * principal the text follows.
 */
export function roundBeside(c: Candidate, main: Group, principal: () => string | null, cuesOf: CuesOf): { host: string; others: string[] } | null {
  if (c.type !== 'meeting' || JOINTLY.test(c.sentence.text)) return null;
  const cue = cuesOf(c.sentence).find((x) => x.type === c.type);
  if (!cue) return null;
  const sides = sidesOf(c.sentence);
  const before = sides.filter((x) => x.end <= cue.index);
  const host = before.length === 1 ? before[0]!.iso3 : before.length === 0 ? principal() : null;
  if (!host) return null;
  const others = [...new Set(sides.filter((x) => x.start >= cue.end && x.iso3 !== host).map((x) => x.iso3))];
  // Leaders named by title ("the leaders of A, B and C") or by name: states of people or after "leaders of".
  const led = /\b(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|counterparts)\s+of\b/i.test(c.sentence.text.slice(cue.end));
  const withPeople = others.filter((x) => c.sentence.people.some((p) => p.country === x && p.start >= cue.end));
  if (others.length < 2 || (!led && withPeople.length < others.length) || others.every((x) => main.countries.has(x))) return null;
  return { host, others };
}

// "Meanwhile, in a phone call to …", "Separately, the prime minister also held a telephone conversation
// with …", "also spoke by phone with …": another call of the same report.
// (… also "Earlier, the premier held a cordial telephonic conversation with the King of Bahrain": one before it.)
const ANOTHER_CALL =
  /^\W*(?:meanwhile|separately|in\s+a\s+separate\b|earlier\s*,)|\balso\s+(?:held|had|made|received|spoke|talked|phoned|telephoned|called|dialled|dialed)\b/i;

// "concluding visits to Russia, Norway and Sweden": the destinations of a tour.
// (… also the verb: "will visit Egypt, Tunisia, Togo and Côte d'Ivoire".)
// (A state's name may hold "of": "the Democratic Republic of Congo".)
// (… also after the count of the states: "his tour to three African countries - A, B and C -", "visit four nations: A, …".)
// (An item may be a body with its abbreviation and seat: "the African Union (AU) Headquarters in Addis Ababa, Burkina Faso,
// Gambia and Senegal".)
const TOUR =
  /\b(?:(?:visits?|tour|trip|travels?)\s+(?:to|of|in)|visit(?:s|ed|ing)?)\s+(?:(?:two|three|four|five|six|seven|several|\d)\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|nations|states)\s*(?:[-–—:(,]\s*|,?\s+(?:namely|including)\s+))?((?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:\s+\(\p{Lu}{2,6}\))?\s+(?:(?:of|in)\s+(?:the\s+)?)?(?:\p{Lu}|d['’])[\p{L}'’-]*){0,8}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,6}(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?:\p{Lu}|d['’])[\p{L}'’-]*){0,8})/u;

const PREPOSITION_TOUR = /^(?:visits?|tour|trip|travels?)\s+(?:to|of|in)\b/i;
// "The Taoiseach is in Japan and Singapore for an official visit from 19-22 July": the states the visitor is in, for one trip.
const IN_STATES_FOR_VISIT =
  /\b(?:is|are|was|were|will\s+be)\s+(?:currently\s+|now\s+)?in\s+((?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,4}(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s+(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|tour|trip)\b)/u;

// "for an official visit to New Zealand from March 11-14 and to Australia from March 14-18": legs
// named one after the other, each with its own dates.
// (… or the verb: "paid a visit to Guinea yesterday and will leave later today to visit Togo".)
// (A state's name in a form of its own: "to the Republic of Togo", where only "Togo" reads as the state.)
const TO_STATE = /\b(?:to|visit|visited|visiting)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation|Principality)\s+of\s+(?:the\s+)?)?$/i;
const ONE_LEG = /\b(?:first|second|third|fourth|fifth|final|last|next)\s+(?:leg|stop)\s+of\b/i;
const TRAVELLER_TITLE = /^\s+(?:president|prime\s+minister|premier|chancellor|king|emir|foreign\s+minister|leader|head\s+of\s+state)\b/i;
// A leg told in the future tense is still to come: "… and will depart from Ghana later today to visit Togo".
// (A "will" of the travel itself, not of a clause inside: "…, where he said the two countries will deepen ties, and then travelled on".)
const LEG_AHEAD =
  /\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:[\p{L}-]+\s+){0,2}?(?:depart|leave|travel|visit|go|fly|proceed|head|continue|move|take|make|pay)\b/iu;
const VISIT_WORD = /\b(?:visit(?:s|ed)?|tour|trip)\b/i;
// What joins one state of a list to the next: "to Nicaragua and Cuba", "to A, B".
const LIST_JOIN = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/;

interface Leg {
  readonly dest: string;
  readonly date: string | null;
  readonly end: string | null;
  readonly planned: boolean;
}

/** The legs a sentence of the visit names with "to X … and to Y …", each dated by the dates between it and the next. */
// "a tradition of US presidents heading to the United Kingdom": a custom a trip is compared with (read here and in
// the candidates: its states take no part).
export const CUSTOM_NAMED = /\b(?:tradition|custom|practice|habit)\s+of\b/i;

const SAID_ON = /\b(?:said|says|stated|announced|reported|told\s+\S+|confirmed)\s+$/i;

/**
 * The state of the person of the group named last in `s` between `from` and `to` (of a state `allowed` lets through), or of
 * an office a state's possessive names there ("Egypt's foreign minister's visit to Kampala").
 */
function nearestState(g: Group, s: RecognisedSentence, from: number, to: number, allowed: (state: string) => boolean = () => true): string | null {
  let nearest: { country: string; at: number } | null = null;
  for (const p of g.people) {
    if (p.country === null || !allowed(p.country)) continue;
    for (const m of p.mentions)
      if (m.sentence === s && m.start >= from && m.start < to && m.start > (nearest?.at ?? -1)) nearest = { country: p.country, at: m.start };
  }
  for (const c of s.countries)
    if (
      c.start >= from &&
      c.start < to &&
      c.start > (nearest?.at ?? -1) &&
      g.countries.has(c.iso3) &&
      allowed(c.iso3) &&
      namesState(c) &&
      POSSESSIVE_OFFICE.test(s.text.slice(c.end, c.end + 60))
    )
      nearest = { country: c.iso3, at: c.start };
  return nearest?.country ?? null;
}
// A state's possessive before an office: "Egypt's foreign minister", "Uganda's ministers of water".
const POSSESSIVE_OFFICE =
  /^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:minister|ministers|president|prime\s+minister|premier|king|emir|delegation|leader|envoy|foreign\s+minister)\b/iu;

/** One of two visits a sentence names each way: to `c`, dated by the first date after it (before the next). */
function reciprocalLeg(s: RecognisedSentence, c: CountryMention, next: number | undefined, g: Group, ctx: DocumentContext): Leg {
  // (A leg of several years, "visited China in 1993, 2000 and 2011", keeps the year of the group read for one of them.)
  const own = s.dates
    .filter((x) => x.start >= c.end && x.start < (next ?? s.text.length) && (x.kind === 'calendar' || x.kind === 'year'))
    .map((x) => resolveDate(x, g.planned, ctx));
  const resolved = own.find((r) => r.date !== null && r.date === g.date) ?? own[0] ?? null;
  return { dest: c.iso3, date: resolved?.date ?? g.date, end: resolved ? (resolved.end ?? null) : g.end, planned: g.planned };
}

function datedLegs(g: Group, ctx: DocumentContext): { legs: Leg[]; traveller: string | null; reciprocal?: Leg[] } | null {
  for (const s of g.defining) {
    const cue = VISIT_WORD.exec(s.text);
    // "The visit to Ecuador follows a state visit to Bolivia on …": the visit named again and the leg before it, no tour.
    // (Nor a sentence that reports one leg of it: "was in Peru yesterday, on the second leg of her State Visits to A, B, and C".)
    if (!cue || LEG_BEFORE.test(s.text) || ONE_LEG.test(s.text)) continue;
    const dests: CountryMention[] = [];
    for (const c of s.countries) {
      if (c.start <= cue.index || c.kind === 'seat' || c.kind === 'adjective') continue;
      // (Not a state of a custom the trip is compared with: "upended a tradition of presidents heading to the UK".)
      if (CUSTOM_NAMED.test(s.text.slice(cue.index, c.start))) continue;
      const before = s.text.slice(Math.max(0, c.start - 32), c.start);
      // (… and the next of a list after "to": "a tour that will later take him to Nicaragua and Cuba".)
      const listed = dests.length > 0 && LIST_JOIN.test(s.text.slice(dests.at(-1)!.end, c.start));
      if (TO_STATE.test(before) || listed) dests.push(c);
    }
    const distinct = dests.filter((c, i) => dests.findIndex((o) => o.iso3 === c.iso3) === i);
    if (distinct.length < 2) continue;
    // (Not a return visit told beside the first: "X visited China in 1993 and 2011 while Chinese leader Y visited
    // Cameroon in 2007", where each traveller comes from the other's destination; one visit each way, no tour. Not "the
    // visit of A of Kenya to Ghana and of B of Ghana to Nigeria", two visits of two pairs.)
    const exchanged =
      nearestState(g, s, 0, distinct[0]!.start) === distinct[1]!.iso3 && nearestState(g, s, distinct[0]!.end, distinct[1]!.start) === distinct[0]!.iso3;
    if (exchanged) {
      // (Two made, not one announced beside the other: "announced his planned visit to A … during the latter's visit to B".)
      const announcedLeg =
        /\b(?:planned|upcoming|forthcoming|scheduled|will|announced|expected|look(?:s|ed|ing)?\s+forward|prepar\w*|next\s+(?:year|month|week)|coming)\b/i.test(
          s.text.slice(0, distinct[1]!.start),
        ) || /^[^.;]{0,40}?\bnext\s+(?:year|month|week)\b/i.test(s.text.slice(distinct[1]!.end));
      // (… each dated, or neither by a date of its own: "Duda's trip to A is a return visit after B visited C in August
      // last year" dates only the earlier one, which the group's own date is not.)
      const ownDates = distinct.map((c, i) => s.dates.some((x) => x.start >= c.end && x.start < (distinct[i + 1]?.start ?? s.text.length)));
      if (distinct.length === 2 && !announcedLeg && ownDates[0] === ownDates[1] && distinct.every((c) => g.countries.has(c.iso3)))
        return { legs: [], traveller: null, reciprocal: distinct.map((c, i) => reciprocalLeg(s, c, distinct[i + 1]?.start, g, ctx)) };
      continue;
    }
    // The one who travels is the person named before the visit's word ("President X paid a visit to …"), when known.
    // (… or by a state's adjective before a title: "The Iranian president arrived in Caracas for a tour …".)
    const titled = s.countries.find(
      (c) => c.kind === 'adjective' && c.end < cue.index && !distinct.some((d) => d.iso3 === c.iso3) && TRAVELLER_TITLE.test(s.text.slice(c.end)),
    );
    // (The nearest one: "Ruto thanked Museveni, who paid a visit to …" is Museveni's visit.)
    const traveller = nearestState(g, s, 0, cue.index, (state) => !distinct.some((c) => c.iso3 === state)) ?? titled?.iso3 ?? null;
    const legs = distinct.map((c, i) => {
      const next = distinct[i + 1]?.start ?? s.text.length;
      // (… and so is the next of its list: "will later take him to Nicaragua and Cuba".)
      const coordinated = i > 0 && LIST_JOIN.test(s.text.slice(distinct[i - 1]!.end, c.start));
      const planned =
        g.planned ||
        LEG_AHEAD.test(s.text.slice(distinct[i - 1]?.end ?? cue.index, c.start)) ||
        (coordinated && LEG_AHEAD.test(s.text.slice(distinct[i - 2]?.end ?? cue.index, distinct[i - 1]!.start)));
      // (… or a weekday: "a surprise visit to Kyiv on Sunday, then to Warsaw".)
      // (Not the day of a statement: "…, her office said on Monday".)
      // (… or, with neither, a day told relatively: "to Guinea yesterday", "to visit Togo later today".)
      const between = s.dates.filter((x) => x.start >= c.end && x.start < next);
      const d =
        between.find((x) => x.kind === 'calendar' || (x.kind === 'weekday' && !SAID_ON.test(s.text.slice(Math.max(0, x.start - 30), x.start)))) ??
        between.find((x) => x.kind === 'relative-day');
      const resolved = d ? resolveDate(d, planned, ctx) : null;
      return { dest: c.iso3, date: resolved?.date ?? null, end: resolved?.end ?? null, planned };
    });
    return { legs, traveller };
  }
  return null;
}

/**
 * A leg of a split tour that the text also reports on its own ("The PM will also make an official
 * visit to Australia from March 14-18"): the report stands, the leg goes.
 */
export function withoutReportedLegs(split: readonly Group[], reported: readonly Group[]): Group[] {
  // A set: a dense text reports thousands of encounters, and a list searched for each was quadratic.
  const isReported = new Set(reported);
  const own = split.filter((g) => isReported.has(g));
  const duplicates = (leg: Group): boolean =>
    own.some(
      (r) =>
        r.type === leg.type && sameStates(r.countries, leg.countries) && r.date !== null && leg.date !== null && (within(leg.date, r) || within(r.date, leg)),
    );
  return split.filter((g) => isReported.has(g) || !duplicates(g));
}

/**
 * An undated leg of a split tour and the one dated meeting the text reports in that state with the same sides ("… his trip
 * to Colombia, Chile, and Peru. … On Wednesday, Blinken met with Chilean President Boric in Santiago"): one encounter,
 * the leg, on the meeting's day.
 */
export function legsDatedByTheirMeeting(split: readonly Group[], reported: readonly Group[]): Group[] {
  const isReported = new Set(reported);
  // (Held in the leg's state: not "met the Chilean President on the sidelines of the OAS assembly in Lima", a meeting in Peru.)
  const elsewhere = (r: Group, leg: Group): boolean =>
    r.defining.some(
      (s) =>
        /\bsidelines\b|\bmargins\b/i.test(s.text) ||
        s.countries.some((c) => (c.kind === 'city' || c.kind === 'capital') && c.iso3 !== (leg.destination ?? c.iso3)),
    );
  const meetingsOf = (leg: Group): Group[] =>
    split.filter(
      (r) =>
        isReported.has(r) && r.type === 'meeting' && !r.planned && !r.main && r.date !== null && sameStates(r.countries, leg.countries) && !elsewhere(r, leg),
    );
  const taken = new Map<Group, Group>();
  for (const leg of split) {
    if (isReported.has(leg) || leg.type !== 'visit' || leg.planned || leg.date !== null || leg.countries.size !== 2) continue;
    const meetings = meetingsOf(leg);
    if (meetings.length === 1 && ![...taken.values()].includes(meetings[0]!)) taken.set(leg, meetings[0]!);
  }
  if (!taken.size) return [...split];
  const absorbed = new Set(taken.values());
  return split
    .filter((g) => !absorbed.has(g))
    .map((g) => {
      const r = taken.get(g);
      return r
        ? { ...g, date: r.date, end: r.end, basis: r.basis, people: new Set([...g.people, ...r.people]), merged: [...g.merged, ...r.defining, ...r.merged] }
        : g;
    });
}

export const sameStates = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** A tour of several states is one visit per state, each dated by the text's leg for it ("While in Norway from May 24-26"). */
export function splitTour(g: Group, ctx: DocumentContext): Group[] | null {
  if (g.type !== 'visit') return null;
  const found = g.defining.map((s) => ({ s, m: TOUR.exec(s.text) ?? IN_STATES_FOR_VISIT.exec(s.text) })).find((x) => x.m);
  // (A verb naming one state is no tour by itself: "… and will leave later today to visit Togo" may end a sentence of legs.)
  // (Nor the visitors a "visit of" counts, with their destination after them: "The visit of three Baltic states - A, B and
  // C - to Ukraine".)
  const visitors = found && /^visits?\s+of\b/i.test(found.m![0]) && /^\s*[-–—)]?\s*to\s/i.test(found.s.text.slice(found.m!.index + found.m![0].length));
  const at = found && !visitors && tourDestinations(found.s, found.m!).length >= 2 ? found : undefined;
  if (!at) {
    const dated = datedLegs(g, ctx);
    if (!dated) return null;
    // "the visit of PM X to Sweden and of Crown Princess Y to Vietnam": one visit each way, each to its own state.
    if (dated.reciprocal)
      return dated.reciprocal.map((leg, i) => ({
        ...g,
        date: leg.date,
        end: leg.end,
        basis: leg.date === g.date ? g.basis : 'stated',
        destination: leg.dest,
        main: g.main && i === 0,
      }));
    const { legs, traveller } = dated;
    return legsOf(
      g,
      legs.map((l) => l.dest),
      ctx,
      (dest) => {
        const leg = legs.find((l) => l.dest === dest)!;
        return leg.date || leg.planned !== g.planned
          ? { date: leg.date, end: leg.end, basis: leg.date ? 'stated' : null, sentence: null, planned: leg.planned }
          : null;
      },
      traveller,
    );
  }
  const destinations = tourDestinations(at.s, at.m!);
  // The verb names no tour of a visitor the group does not name ("She visited Algeria, Tunisia, …" after another state's visit).
  if (!PREPOSITION_TOUR.test(at.m![0]) && !IN_STATES_FOR_VISIT.test(at.m![0]) && ![...g.countries].some((c) => !destinations.includes(c))) return null;
  // "today began his tour to A, B and C": the day is the first stop's, the others are still ahead.
  const begun = !g.planned && g.date !== null && TOUR_BEGUN.test(at.s.text.slice(0, at.m!.index));
  // "On Monday, X met President Y … as the first stop on his trip to A, B and C": the day is the first stop's; the
  // others the text may date on their own.
  const firstStop = !g.planned && g.date !== null && FIRST_STOP.test(at.s.text.slice(Math.max(0, at.m!.index - 60), at.m!.index));
  return legsOf(g, destinations, ctx, (dest) => {
    // The leg's own dates: a part whose states are the visitor and this destination only.
    // (The most precise of them: "on Sunday, 2 November" over "this year".)
    const leg = g.parts
      .filter((c) => c.date !== null && c.countries.includes(dest) && !c.countries.some((x) => x !== dest && destinations.includes(x)))
      .sort((a, b) => b.date!.length - a.date!.length)[0];
    if (leg && !(begun && leg.date === g.date && dest !== destinations[0])) return { date: leg.date, end: leg.end, basis: leg.basis, sentence: leg.sentence };
    if (firstStop)
      return dest === destinations[0]
        ? { date: g.date, end: null, basis: g.basis, sentence: null }
        : { date: null, end: null, basis: null, sentence: null, undated: true };
    if (!begun) return null;
    return dest === destinations[0]
      ? { date: g.date, end: null, basis: g.basis, sentence: null }
      : { date: null, end: null, basis: null, sentence: null, planned: true, undated: true };
  });
}

// The start of a tour the text reports on its first day: "began his tour to", "kicked off a visit of".
const TOUR_BEGUN =
  /\b(?:began|begins|begun|started|starts|kicked\s+off|kicks\s+off|embarked\s+on|embarks\s+on|set\s+off\s+on|sets\s+off\s+on)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

const FIRST_STOP = /\b(?:the\s+)?first\s+(?:stop|leg|destination)\s+(?:of|on|in)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** The states the list after a tour's word names ("visits to Russia, Norway and Sweden"). */
function tourDestinations(s: RecognisedSentence, m: RegExpExecArray): string[] {
  const from = m.index + m[0].length - m[1]!.length,
    to = m.index + m[0].length;
  // Each item of the list is a state's name (or a place of it) by itself: not "to Italy, President of Uzbekistan X
  // held talks", whose second item is a person.
  const whole = (c: CountryMention): boolean => {
    const before = s.text.slice(from, c.start);
    const after = s.text.slice(c.end, to);
    // (… the last one closed by a dash: "three African countries -A, B and C- accompanied by".)
    return /(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(before) && /^(?:\s*,|\s+and\b|[-–—]?\s*$)/i.test(after);
  };
  return [...new Set(s.countries.filter((c) => c.start >= from && c.end <= to && c.kind !== 'seat' && whole(c)).map((c) => c.iso3))];
}

interface LegDates {
  readonly date: string | null;
  readonly end: string | null;
  readonly basis: DateBasis | null;
  /** The sentence that dates the leg, when it is not the tour's own. */
  readonly sentence: RecognisedSentence | null;
  /** The leg is still to come while the tour's others are not ("… and will visit Togo later today"). */
  readonly planned?: boolean;
  /** The leg has no time the tour's month may give it ("began his tour of A, B and C" today: B and C may fall in the next month). */
  readonly undated?: boolean;
}

/** The state whose city or name follows "arrive(s|d) in" in the group's own sentences, or null. */
function arrivalState(g: Group): string | null {
  for (const s of g.defining) {
    const arrive = /\barriv(?:e|es|ed|ing)\s+in\s+(?:the\s+)?/i.exec(s.text);
    if (!arrive) continue;
    const at = arrive.index + arrive[0].length;
    const c = s.countries.find((x) => x.start === at && x.kind !== 'adjective');
    // (Only with its day right after it, at the start of the tour: "will arrive in Addis Ababa on Sunday, 2 November at
    // the beginning of a visit to …", not "arrived in Dakar on the final leg".)
    const day = c ? s.dates.some((d) => d.start >= c.end && d.start - c.end <= 12 && d.kind === 'calendar' && d.from.day !== null) : false;
    if (c && day && /\b(?:beginning|start|first\s+(?:leg|stop))\b/i.test(s.text)) return c.iso3;
  }
  return null;
}

const NEXT_STOP_BEFORE =
  /\b(?:before|prior\s+to|ahead\s+of)\s+(?:arriving|heading|travell?ing|flying|moving\s+on|proceeding|going)\s+(?:in|to|for|on\s+to)\s+(?:the\s+)?$/i;

/** The one of `states` whose city the group's sentences hold it in ("met … in Dakar"), else null. */
function onlyPlaceOf(g: Group, states: readonly string[]): string | null {
  const placed = states.filter((c) =>
    g.defining.some((s) =>
      s.countries.some(
        (m) => m.iso3 === c && (m.kind === 'city' || m.kind === 'capital') && /\b(?:in|at)\s+$/i.test(s.text.slice(Math.max(0, m.start - 4), m.start)),
      ),
    ),
  );
  return placed.length === 1 ? placed[0]! : null;
}

/** One visit per destination of a tour, from the one state that is no destination. */
function legsOf(
  g: Group,
  destinations: readonly string[],
  ctx: DocumentContext,
  datesOf: (dest: string) => LegDates | null,
  traveller: string | null = null,
): Group[] | null {
  // (Not the next stop the sentence names: "had earlier made state visits to A and B before arriving in C".)
  // (Only a state the sentences name there alone: "Senegalese President X … before flying to Senegal" names his home.)
  const nextStop = (c: string): boolean => {
    const at = g.defining.flatMap((s) =>
      s.countries.filter((m) => m.iso3 === c).map((m) => NEXT_STOP_BEFORE.test(s.text.slice(Math.max(0, m.start - 50), m.start))),
    );
    return at.length > 0 && at.every(Boolean);
  };
  const all = [...g.countries].filter((c) => !destinations.includes(c));
  const visitors = all.length > 1 && all.some((c) => !nextStop(c)) ? all.filter((c) => !nextStop(c)) : all;
  // "X of India met Y of Senegal in Dakar on Wednesday. The stop is part of a tour that includes visits to Rwanda and
  // Uganda": of two states that are no destination, the one whose city the encounter is held in is its host.
  const placedHost = visitors.length === 2 && !traveller ? onlyPlaceOf(g, visitors) : null;
  const visitor = placedHost
    ? visitors.find((c) => c !== placedHost)!
    : traveller && visitors.includes(traveller)
      ? traveller
      : visitors.length === 1
        ? visitors[0]!
        : ctx.focus.find((c) => !destinations.includes(c));
  if (!visitor) return null;
  const arrival = arrivalState(g);
  // The main encounter's own host, met in person, is a stop of its own beside the legs a sentence names ("… was a highlight
  // of the President's visit to Ghana. He visited Guinea yesterday and will leave later today to visit Togo").
  const host = placedHost ?? (g.main && traveller === visitor ? visitors.find((c) => c !== visitor && [...g.people].some((p) => p.country === c)) : undefined);
  // (It keeps the tour's date unless that is a leg's own: "visited Guinea yesterday, 4 December" dates that leg, not the host's.)
  const legDates = new Set(destinations.map((d) => datesOf(d)?.date).filter((d): d is string => typeof d === 'string'));
  const own = g.date !== null && !legDates.has(g.date);
  const hostLeg: Group[] = host
    ? [
        {
          ...g,
          type: 'visit',
          date: own ? g.date : null,
          end: own ? g.end : null,
          basis: own ? g.basis : null,
          countries: new Set([visitor, host]),
          destination: host,
          people: new Set([...g.people].filter((p) => p.country === visitor || p.country === host)),
        },
      ]
    : [];
  return [
    ...hostLeg,
    ...destinations.map((dest, i) => {
      // ("will arrive in Addis Ababa on Sunday, 2 November at the beginning of a visit to Ethiopia, Malawi and South
      // Africa": the tour's day is the first leg's, the one it arrives in.)
      const own = datesOf(dest);
      const arrived = arrival === dest && g.date !== null && (!own?.date || own.date.length < g.date.length);
      const leg = arrived ? { date: g.date, end: null, basis: g.basis, sentence: null } : own;
      const people = new Set([...g.people].filter((p) => p.country === visitor || p.country === dest));
      return {
        ...g,
        planned: leg?.planned ?? g.planned,
        type: 'visit' as const,
        // (A tour's month dates a leg of no day of its own; a tour of no year gives it none: "--08-28" is the first leg's day.)
        date: leg?.undated ? null : (leg?.date ?? (g.date && /^\d{4}/.test(g.date) ? g.date.slice(0, 7) : null)),
        end: leg ? leg.end : null,
        basis: leg?.basis ?? g.basis,
        countries: new Set([visitor, dest]),
        // (Each leg is a visit to its own state, not to the tour's first.)
        destination: dest,
        people,
        defining: leg?.sentence ? [leg.sentence] : g.defining,
        merged: g.merged.filter((s) => s.countries.some((c) => c.iso3 === dest)),
        main: g.main && i === 0 && !host,
      };
    }),
  ];
}

// (… also "received congratulatory calls from the Presidents of A, B and C", and a call "also" held beside the one reported:
// "PM also holds telephonic conversation with President of A and Crown Prince of B".)
const SEVERAL_CALLS =
  /\b(?:tele)?phon(?:e|ic)\s+(?:calls|conversations)\b|\b(?:held|had|made)\s+calls\b|\bcalls\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?(?:with|from|to)\b|\bseparate\s+(?:(?:tele)?phone\s+)?(?:calls|conversations)\b|\balso\s+(?:holds?|held|had|has|made|makes)\s+(?:a\s+)?(?:tele)?phon(?:e|ic)\s+(?:call|conversation)s?\b/i;

/**
 * "held bilateral talks with his Mauritian counterpart and Bangladesh's Prime Minister", "a series of
 * bilateral meetings … involved China, Australia, Pakistan": one encounter per other state.
 */
export function splitBilateral(g: Group, ctx: DocumentContext, principal: string | null, cuesOf: CuesOf, people: PeopleIndex): Group[] | null {
  if (g.type === 'summit' || g.type === 'forum') return null;
  const text = g.defining.map((s) => s.text).join(' ');
  // ("met with leaders from Angola and the DRC in a trilateral meeting", "held a joint meeting with her Nigerian and Togolese
  // counterparts": one meeting of three.)
  if (/\b(?:trilateral|tripartite|quadrilateral|three-way|four-way|joint\s+meeting)\b/i.test(text)) return null;
  // "made telephone calls to several leaders including those of Qatar, Turkey and Malaysia": one call per state.
  if (g.type === 'phone_call' && !SEVERAL_CALLS.test(text)) return null;
  // … also "conferred with leaders of various African countries at the sidelines of the summit", "received three
  // delegations from Cameroon, Gabon and Chad", "met with India and Poland's ambassadors to the Kingdom".
  // "held talks with the presidents of Kenya, Zambia and Senegal on the sidelines", "met separately with the foreign ministers
  // of Armenia and Azerbaijan": the holders of one office in several states, met one by one (three or more of them, or
  // met apart or on the sidelines of a gathering: two alone may have met the principal together).
  // (… and a headline's "PM meets Vietnamese, Lao counterparts", "UAE President meets Indonesian, Kenyan leaders": the body
  // tells each meeting apart.)
  // (… or a headline's list of the leaders met: "Modi meets Sunak, Kishida, Meloni on G20 sidelines", "Kazakh President meets
  // Emir of Qatar, Austrian President in New York".)
  const officesOf = OFFICE_HOLDERS_OF.test(text) || NATIONALITIES_THEN_OFFICE.test(text) || (ctx.titled && g.defining.some(headlineListsMet));
  const oneByOne = officesOf && /\b(?:separately|individually|bilaterally|sidelines|margins?|also)\b/i.test(text);
  if (
    g.type !== 'phone_call' &&
    !officesOf &&
    !/\bbilateral\s+(?:talks|meetings|consultations|summits)\b|\b(?:held|had|holds|has|will\s+hold)\s+meetings\s+with\b|\bseries\s+of\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|negotiations|consultations)\b|\bseparate\s+(?:talks|meetings)\b|\b(?:met|conferred|held\s+talks|talked)\s+(?:bilaterally\s+|separately\s+|individually\s+)?with\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government))\s+(?:of|from)\b|\bside-?line\s+meetings\b|\b(?:met|held\s+talks\s+with)\s+(?:with\s+)?(?:his|her|their)\s+counterparts\s+(?:from|of)\b|\b(?:received|receives|met|hosted)\s+(?:\w+\s+){0,2}delegations\s+(?:from|of)\b|\b(?:met|meets|received|receives|hosted)\s+(?:with\s+)?[^.;]{0,60}?\band\s+[^.;]{0,40}?\b(?:ambassadors|envoys|heads\s+of\s+mission|high\s+commissioners)\b/i.test(
      text,
    )
  )
    return null;
  // The states the round involved: the group's own, or a list the next sentence gives ("The meetings involved …").
  const listed = g.merged.find((s) => /\b(?:involved|included|were with|with)\b/i.test(s.text) && new Set(s.countries.map((c) => c.iso3)).size >= 3);
  const states = new Set([...g.countries, ...(listed ? listed.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'city').map((c) => c.iso3) : [])]);
  // The venue's state is no side ("at the sidelines of the summit in Quito"), unless the text names it otherwise or someone of it takes part.
  const sentences = [...g.defining, ...g.merged];
  const byName = new Set(sentences.flatMap((s) => s.countries.filter((c) => namesSide(s, c)).map((c) => c.iso3)));
  const present = new Set([...g.people].map((p) => p.country));
  for (const s of sentences)
    for (const c of s.countries) if ((c.kind === 'city' || c.kind === 'capital') && !byName.has(c.iso3) && !present.has(c.iso3)) states.delete(c.iso3);
  if (states.size <= 2 || (officesOf && !oneByOne && states.size <= 3)) return null;
  // The side that meets the others: the first participant's state, else the text's own.
  // Calls "to several leaders including those of A, B and C" list the states called; the caller is
  // the principal the text follows, or a participant of no state called.
  const caller = (): string | undefined =>
    [...g.people].find((p) => p.country && !states.has(p.country))?.country ??
    (principal && !states.has(principal) ? principal : ctx.focus.find((c) => !states.has(c)));
  // A meeting's host: the side named before the encounter's word ("Yesterday, the Prime Minister also had
  // bilateral meetings with A's President X, …" names none: the principal the text follows).
  const subject = subjectSide(g, cuesOf);
  // (The side named before a call's word, when the split's states hold it.)
  const namedBefore = (): string | undefined => {
    const side = subject ?? participantBefore(g, cuesOf, people);
    return side && states.has(side) ? side : undefined;
  };
  // "Foreign Minister Wong held phone calls with A's X and B's Y": the caller is the side named before the word, else the first participant.
  const host =
    g.type === 'phone_call'
      ? // (The side named before the word first: "Anwar … following telephone conversations with three of his counterparts
        // – A, B and C" is Malaysia's, not a state the calls were about.)
        (namedBefore() ?? caller() ?? subject ?? [...g.people].find((p) => p.country)?.country)
      : (subject ??
        (subject === null ? (participantBefore(g, cuesOf, people) ?? pronounSide(g, states, people) ?? principal ?? undefined) : undefined) ??
        [...g.people].find((p) => p.country)?.country ??
        ctx.focus[0]);
  if (!host) return null;
  states.add(host);
  // "visited South Africa where he … held bilateral meetings with Chinese President Xi, …": a visit to one
  // state; the others are met there.
  const visited = g.type === 'visit' ? (sentences.map((s) => destinationOf(s)).find((d) => d !== null) ?? null) : null;
  return [...states]
    .filter((c) => c !== host)
    .map((other, i) => {
      const pair = pairOf(g, host, other, i === 0);
      return visited && other !== visited && host !== visited && !travelledTo(sentences, other) ? { ...pair, type: 'meeting' as const } : pair;
    });
}

/** A state named as such, not only as where a city lies ("Quito [Ecuador]", "in Osaka, Japan"). */
function namesSide(s: RecognisedSentence, c: CountryMention): boolean {
  return namesState(c) && !statesCity(s, c);
}

const OFFICE_HOLDERS_OF =
  /\b(?:met|meets|conferred|held\s+(?:talks|meetings)|holds\s+(?:talks|meetings)|talked)\s+(?:bilaterally\s+|separately\s+|individually\s+)?with\s+(?:the\s+)?(?:presidents|prime\s+ministers|premiers|foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|kings|emirs|chancellors)\s+(?:of|from)\s+\p{Lu}/u;

const NATIONALITIES_THEN_OFFICE =
  /\b(?:meets|met|receives|received|holds\s+talks\s+with|hosts)\s+(?:\p{Lu}[\p{L}-]+(?:,\s*|\s+and\s+|,\s+and\s+)){1,4}\p{Lu}[\p{L}-]+\s+(?:counterparts|leaders|presidents|prime\s+ministers|premiers|PMs|foreign\s+ministers|FMs)\b/u;

// A headline's verb of meeting, then two or more names or offices set apart by commas ("meets Sunak, Kishida, Meloni").
const HEADLINE_LIST_MET =
  /\b(?:meets|met|receives|received|holds\s+talks\s+with|hosts)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’.-]*)*\s*,\s+)+(?:and\s+)?\p{Lu}/u;

/** A headline (the page's first paragraph) that lists the leaders met: each met apart. */
function headlineListsMet(s: RecognisedSentence): boolean {
  return s.paragraph === 0 && HEADLINE_LIST_MET.test(s.text);
}

const TRAVELLED_TO = /\b(?:visit(?:s|ed|ing)?|travell?(?:ed|ing|s)?|arrived|arrives|flew|went|trip|tour)\s+(?:on\s+to\s+|to\s+|in\s+)?(?:the\s+)?$/i;

/** Whether a sentence of the group has someone travel to the state: "Modi travelled to Rwanda", "a visit to Rwanda". */
function travelledTo(sentences: readonly RecognisedSentence[], iso3: string): boolean {
  return sentences.some((s) =>
    s.countries.some((c) => c.iso3 === iso3 && namesState(c) && TRAVELLED_TO.test(s.text.slice(Math.max(0, c.start - 30), c.start))),
  );
}

/** One encounter of a round: the group narrowed to the side that met them all and one other, with their people only. */
function pairOf(g: Group, host: string, other: string, first: boolean): Group {
  return {
    ...g,
    countries: new Set([host, other]),
    people: new Set([...g.people].filter((p) => p.country === host || p.country === other)),
    main: g.main && first,
    ofMain: g.main,
    round: undefined,
  };
}

// "… with X, and later with Y", "then met Y": the next counterpart is met in an encounter of its own.
// "just a day after he spoke to …", "two days before meeting …": how far apart two encounters of one sentence were.
const DAYS_APART = /\b(a|one|two|three|four|five|six|[1-6])\s+days?\s+(after|before)\b/i;
/** The number of days DAYS_APART read: "a", a number word or digits. */
const dayCount = (word: string): number => (/^a$/i.test(word) ? 1 : (numberOf(word) ?? Number(word)));
const LATER_WITH = /\b(?:later|then|subsequently|afterwards|separately)\s+(?:also\s+)?(?:with|met|meets|held|spoke|talked|received|phoned|called)\b/i;

interface Side {
  readonly iso3: string;
  readonly start: number;
  end: number;
}

/** The states a sentence names (as states or by their people's titles), in order, a state's words run together. */
function sidesOf(s: RecognisedSentence): Side[] {
  const marks = [
    ...s.countries.filter((c) => namesSide(s, c)).map((c) => ({ iso3: c.iso3, start: c.start, end: c.end })),
    ...s.people.filter((p) => p.country !== null).map((p) => ({ iso3: p.country!, start: p.start, end: p.end })),
  ].sort((a, b) => a.start - b.start);
  const sides: Side[] = [];
  for (const m of marks) {
    const last = sides[sides.length - 1];
    if (last && last.iso3 === m.iso3 && !/[,;]|\band\b/.test(s.text.slice(last.end, m.start))) last.end = Math.max(last.end, m.end);
    else sides.push({ ...m });
  }
  return sides;
}

/**
 * Groups that came out as the same encounter (two rounds of meetings both naming Tunisia's president
 * that day): one, with the evidence of both.
 */
export function oneEach(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  // Where each encounter stands in the output, by what makes two the same (no search of the output per group).
  const at = new Map<string, number>();
  for (const g of groups) {
    // (Two visits of one pair in one year, each to the other's state, stay two.)
    const to = g.type === 'visit' ? (g.destination ?? destinationOf(g.defining[0]!)) : null;
    const key = `${g.type}|${[...g.countries].sort().join('+')}|${g.date}|${g.end}|${g.planned}|${to}`;
    // (Undated ones are the same only when a sentence tells both: "the tour will move on to A and B", read as a tour's
    // stops and as next legs.)
    const i = g.countries.size < 2 ? undefined : g.date !== null ? at.get(key) : undatedAt(out, at.get(key), g);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(g);
      continue;
    }
    const kept = out[i]!;
    out[i] = { ...kept, people: new Set([...kept.people, ...g.people]), merged: [...kept.merged, ...g.defining, ...g.merged], main: kept.main || g.main };
  }
  return out;
}

/** The undated group already kept under the same key when both are told by one sentence. */
function undatedAt(out: readonly Group[], i: number | undefined, g: Group): number | undefined {
  const told = (x: Group): RecognisedSentence[] => [...x.defining, ...x.merged];
  return i !== undefined && told(out[i]!).some((s) => told(g).includes(s)) ? i : undefined;
}

/**
 * "Putin held meetings with Kyrgyz President X, Turkmen President Y, …": the state of a participant the
 * sentence names by name only before the encounter's word, one of no state met after it.
 */
function participantBefore(g: Group, cuesOf: CuesOf, people: PeopleIndex): string | undefined {
  const s = g.defining[0]!;
  const cue = cuesOf(s).find((c) => FAMILY[c.type] === FAMILY[g.type]);
  if (!cue) return undefined;
  const met = new Set(
    sidesOf(s)
      .filter((x) => x.start >= cue.end)
      .map((x) => x.iso3),
  );
  return [...g.people].find((p) => p.country && !met.has(p.country) && people.mentionsIn(p, s).some((m) => m.end <= cue.index))?.country ?? undefined;
}

/**
 * "President X held bilateral summits in Seoul on Monday. He met bilaterally with the leaders of A, B and C": a
 * sentence opened by "He" or "She" is the side of the person named last before it, of none of the states met.
 */
function pronounSide(g: Group, met: ReadonlySet<string>, people: PeopleIndex): string | undefined {
  const s = g.defining[0]!;
  if (!/^\s*(?:He|She)\s/.test(s.text)) return undefined;
  let latest: { at: number; country: string } | undefined;
  for (const p of people.people) {
    if (!p.country || met.has(p.country)) continue;
    const before = p.mentions.filter((m) => m.sentence.index < s.index).at(-1);
    if (before && (!latest || before.sentence.index > latest.at)) latest = { at: before.sentence.index, country: p.country };
  }
  return latest?.country;
}

/** The state named before the encounter's word of the group's first sentence; null when none is, undefined when several are or no word is found. */
function subjectSide(g: Group, cuesOf: CuesOf): string | null | undefined {
  const s = g.defining[0]!;
  const cue = cuesOf(s).find((c) => FAMILY[c.type] === FAMILY[g.type]);
  if (!cue) return undefined;
  const before = [
    ...new Set(
      sidesOf(s)
        .filter((x) => x.end <= cue.index)
        .map((x) => x.iso3),
    ),
  ];
  return before.length === 1 ? before[0] : before.length === 0 ? null : undefined;
}

/**
 * "spoke by phone with A's minister on Thursday, with B's on Friday and with C's on Monday", "met X and
 * later Y": one encounter per counterpart the sentence gives a day of its own or sets apart, each
 * with the side that met them all.
 */
export function splitCounterparts(g: Group, ctx: DocumentContext, principal: string | null, cuesOf: CuesOf): Group[] | null {
  if (g.round) {
    const host = g.round;
    return [...g.countries].filter((x) => x !== host).map((other, i) => pairOf(g, host, other, i === 0));
  }
  if ((g.type !== 'meeting' && g.type !== 'phone_call' && g.type !== 'visit') || g.countries.size < 3) return null;
  for (const s of g.defining) {
    const split = splitSentenceCounterparts(g, s, ctx, principal, cuesOf);
    if (split) return split;
  }
  return null;
}

/** splitCounterparts for one sentence of the group. */
function splitSentenceCounterparts(g: Group, s: RecognisedSentence, ctx: DocumentContext, principal: string | null, cuesOf: CuesOf): Group[] | null {
  const ownKind = cuesOf(s).filter((c) => FAMILY[c.type] === FAMILY[g.type]);
  const cue = ownKind[0];
  if (!cue) return null;
  const sides = sidesOf(s);
  const counterparts = sides.filter((x) => x.start >= cue.end);
  const states = new Set(counterparts.map((x) => x.iso3));
  if (counterparts.length < 2 || states.size !== counterparts.length) return null;
  // "received guests of states, among them the Prime Minister of A X, the Prime Minister of B Y and …":
  // three leaders or more, each named, received one after another (a visit by several is no one visit).
  const listed =
    g.type !== 'phone_call' &&
    counterparts.length >= 3 &&
    !JOINTLY.test(s.text) &&
    counterparts.every((x) => s.people.some((p) => p.country === x.iso3 && p.start >= x.start && p.end <= x.end));
  const dayKinds = new Set(['calendar', 'weekday', 'relative-day', 'sequel']);
  const days = counterparts.map((x, i) => {
    const until = counterparts[i + 1]?.start ?? s.text.length;
    const d = s.dates.find((m) => m.start >= x.end && m.start < until && dayKinds.has(m.kind));
    return d ? resolveDate(d, g.planned, ctx) : null;
  });
  // "spoke to President A on Thursday, just a day after he spoke to President B": a verb of the same kind again between two
  // counterparts is a second encounter; "a day after", "two days before" date it from the first's day.
  const again = counterparts.slice(1).map((x, i) => ownKind.some((c) => c.index >= counterparts[i]!.end && c.end <= x.start));
  again.forEach((told, i) => {
    const first = days[i]?.date;
    if (!told || days[i + 1]?.date || !first || first.length !== 10) return;
    const gap = DAYS_APART.exec(s.text.slice(counterparts[i]!.end, counterparts[i + 1]!.start));
    if (gap) days[i + 1] = { date: addDays(first, dayCount(gap[1]!) * (/after/i.test(gap[2]!) ? -1 : 1)), end: null };
  });
  const dated = days.every((d) => d?.date) && new Set(days.map((d) => d!.date)).size === days.length;
  // … or the sentence says they were apart: "held phone talks with A and B, for ten minutes respectively".
  const apart =
    again.some(Boolean) ||
    counterparts.slice(1).some((x, i) => LATER_WITH.test(s.text.slice(counterparts[i]!.end, x.start))) ||
    /\b(?:respectively|separately)\b/i.test(s.text.slice(cue.end)) ||
    /\bseparate\s+(?:(?:bilateral|phone|telephone)\s+)?(?:talks|meetings|calls|conversations)\b/i.test(s.text);
  if (!dated && !apart && !listed) return null;
  if (g.type === 'visit' && !listed) return null;
  const hosts = [...g.countries].filter((c) => !states.has(c));
  const host = hosts.length === 1 ? hosts[0]! : principal && !states.has(principal) ? principal : null;
  if (!host) return null;
  return counterparts.map((x, i) => ({
    ...pairOf(g, host, x.iso3, i === 0),
    type: g.type === 'visit' ? ('meeting' as const) : g.type,
    date: dated ? days[i]!.date : g.date,
    end: dated ? days[i]!.end : g.end,
    basis: dated ? ('stated' as const) : g.basis,
  }));
}

// A person's name, then the year of that person's own visit, closing one item of a list: "former president A in 2014,".
// (… or in brackets: "President Ibrahim Boubacar Keïta (2014),".)
const IN_YEAR_ITEM = /^(?:\s+in\s+((?:19|20)\d\d)|\s*\(((?:19|20)\d\d)\))(?=\s*(?:,|;|\.|\)|and\b|$))/;

/**
 * "Estonian leaders have visited Japan many times: former prime minister A in 2016, former president B in 2014 and
 * C in 2010": a past encounter reported as a list of people, each with the year of their own visit, is one
 * encounter per person and year.
 */
export function splitDatedVisitors(g: Group, people: PeopleIndex): Group[] | null {
  if (g.main || g.planned || g.defining.length !== 1) return null;
  const s = g.defining[0]!;
  const items: Array<{ person: PersonRecord; year: string; at: number }> = [];
  for (const person of g.people)
    for (const m of people.mentionsIn(person, s)) {
      const year = IN_YEAR_ITEM.exec(s.text.slice(m.end, m.end + 16));
      if (year) items.push({ person, year: (year[1] ?? year[2])!, at: m.start });
    }
  if (items.length < 2 || new Set(items.map((x) => x.year)).size < 2) return null;
  return items
    .sort((a, b) => a.at - b.at)
    .map(({ person, year }) => ({
      ...g,
      people: new Set([person]),
      date: year,
      end: null,
      basis: 'stated',
      defining: [s],
      merged: [...g.merged],
    }));
}
