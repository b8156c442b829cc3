// Encounters → events. Every sentence that reports an encounter (talks, a visit, a call, a summit,
// a forum) is a candidate; candidates for the same encounter (same participants, same day, or no
// date of their own) are merged into one event. The encounter the lead reports is the main event:
// a visit whenever the text frames it as one side's visit to the other's country, dated by the
// text, else by a period the page prints under its headline, else by the publication date (an
// upper bound, recorded as such), else left undated.
import { groupsInGatherings } from '../recognise/state-groups.js';
import { EncounterIndex } from './encounter-index.js';
import { FAMILY, inYear, within, type Candidate, type Cue, type Group } from './encounter-group.js';
import {
  LEG_BEFORE,
  oneEach,
  roundBeside,
  sameStates,
  sideMeeting,
  splitBilateral,
  splitCounterparts,
  splitTour,
  splitDatedVisitors,
  withoutReportedLegs,
  legsDatedByTheirMeeting,
} from './encounter-splits.js';
import { addTo } from '../indexing.js';
import type { EventT, PlaceT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import { lookupForm } from '../recognise/gazetteer.js';
import type { DateMention } from '../recognise/dates.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { evidenceList } from './evidence.js';
import type { PeopleIndex, PersonRecord, PlacedMention } from './people.js';
import { daysBetween, formatDate, monthYearsBySentence, previousDays, resolveDate } from './resolve-date.js';
import { namesState } from '../recognise/countries.js';
import {
  EARLIER,
  EARLIER_ONE,
  othersTrip,
  RECALL,
  SIDELINES,
  TOPIC,
  announced,
  attendsGathering,
  candidatesOf,
  BEING_ARRANGED,
  clausesOf,
  dayOfVisit,
  dayOfOtherPart,
  destinationOf,
  encounterDates,
  isLastDay,
  ENCOUNTER_PHRASE,
  envoysPrincipal,
  formerHolder,
  preparedVisitAt,
  FILE_PHOTO,
  HAD_VISITED,
  THEIR_MEETING,
  invitationDay,
  legPlaceOf,
  overlap,
  readCues,
  sameForm,
  stateVisited,
  statesCity,
  inAttendedGathering,
  EARLIER_TRIPS,
} from './encounter-candidates.js';
// A venue: up to four capitalised words ending in a venue word (data/venue-words.tsv, a whole word: "Villamor Airbase" has
// no "Villa"), or an Arabic
// "Qasr" (palace) before its name, with an "of …" after it.
const venuePattern = perLexicons(
  (lex) =>
    new RegExp(
      String.raw`\b(?:at|in)\s+(?:the\s+)?((?:(?:[A-Z][\p{L}'’-]+\s+){0,4}(?:${lex.venueWords.map((r) => r.match).join('|')})(?![\p{L}'’-])|Qasr\s+(?:Al[\s-])?[A-Z][\p{L}'’-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3})?)`,
      'u',
    ),
);
// "will undertake an official visit", "is scheduled to visit": a verb that announces a journey.
const WILL_TRAVEL =
  /\b(?:will|shall|is\s+to|are\s+to)\s+(?:undertake|pay|make|visit|travel|arrive|begin|start|embark|head\s+to|fly\s+to|leave\s+for|depart\s+for)\b|\b(?:is|are)\s+(?:scheduled|set|due|expected)\s+to\s+(?:undertake|pay|make|visit|travel|arrive|head\s+to|fly\s+to|leave\s+for|depart\s+for)\b/i;
// (… also "and the invitation was accepted", "which he accepted", "accepted Trudeau's invitation", "accepted an invitation".)
const ACCEPTED =
  /\b(?:which\s+(?:was|were|he|she|they|the\s+[\p{L}-]+)\s+(?:gladly\s+|gratefully\s+|readily\s+)?accepted|(?:the|this)\s+invitation\s+(?:was|has\s+been)\s+(?:gladly\s+|gratefully\s+|readily\s+)?accepted|accepted\s+(?:(?:the|this|his|her|their|an)\s+|[\p{L}'’-]+['’]s\s+)invitation|accepted\s+(?:it\s+)?with\s+(?:pleasure|gratitude))\b/iu;
// "… invited Tokayev to make an official visit. Tokayev accepted and …": the invitation accepted at the start of the next sentence.
const ACCEPTED_NEXT =
  /^\W*(?:\p{Lu}[\p{L}'’-]+|He|She|The\s+(?:\p{L}+\s+){0,2}(?:president|leader|minister|guest|emir|king|prince|sultan|premier|chancellor|counterpart))\s+(?:(?:gladly|gratefully|readily)\s+)?accepted(?=\s*(?:[.,;]|and\b|(?:the|his|her|this)\s+invitation\b|it\b|with\b))/iu;
// (… also one being prepared: "A meeting … is being arranged", "officials are working to arrange a meeting".)
const WILL_MEET = new RegExp(
  String.raw`\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:scheduled|set|due|expected)\s+to)\s+(?:also\s+)?(?:meet|hold\s+(?:talks|a\s+meeting|meetings|consultations|a\s+bilateral\s+meeting))\b|\b${BEING_ARRANGED}\b|\b(?:working|seeking|trying)\s+to\s+(?:arrange|organi[sz]e)\b`,
  'i',
);
// "The signing of the agreements was held at … on Monday, May 15".
// "A and B on Monday signed agreements", "… signed a memorandum on Tuesday".
const SIGNED_BY_SIDES = /\b(?:signed|inked)\s+(?:\w+\s+){0,3}?(?:agreements?|memorand\w*|mous?|deals?|protocols?|documents|accords?|declarations?)\b/i;
const SIGNED_PASSIVE = /\b(?:agreements?|memorand\w*|mous?|deals?|protocols?|accords?|contracts?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked)\b/i;
const SIGNING_HELD = /\bsigning\b[^.;]{0,100}\b(?:was|were)\s+held\b|\bsigning\b[^.;]{0,60}\btook\s+place\b/i;
// "the short visit", "the official visit": a visit named again.
const THE_VISIT = /\bthe\s+(?:\S+\s+){0,2}?visit\b/i;
// "arrived in the Kingdom after visiting the UAE": the host named by a definite noun; the state named
// after it is an earlier leg of the trip.
const ARRIVED_AT_HOST = /\b(?:arrived|arrives|arrival)\s+(?:in|at)\s+the\s+(?:Kingdom|Sultanate|Emirates?|Republic|country|capital)\b/;
// "a video summit between Sheikh Mohammed and Erdogan": a summit of two, which can be the encounter a text reports.
const BILATERAL_SUMMIT = /\b(?:video|virtual|online|bilateral)\s+summit\b|\bsummit\s+(?:talks\s+)?between\s+[^.;,]{1,60}?\s+and\s+/i;
// An encounter held at a distance: "during a video summit", "held a virtual meeting", "by videoconference".
const REMOTE = /\b(?:video|virtual|online)\s+(?:summit|meeting|talks|conference|call)\b|\bvideo\s*conference|\bvideo\s*link\b/i;
// The return that ends a visit: "returned to Abuja on Wednesday after a three-day state visit".
// (… also "has returned home after concluding his three-day state visit".)
const RETURNED_AFTER =
  /\breturned\b[^.;]{0,60}?\bafter\s+(?:(?:concluding|completing|wrapping\s+up|ending)\s+)?(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,3}?visit\b/i;
// The arrival that begins a visit: "arrived in Moscow on May 15 for an official visit".
const ARRIVED = /\b(?:arrived|arrives|landed)\b/i;
// "Kishida’s visit", "Prime Minister Viktor Orbán’s official visit": a visit with its visitor named.
const POSSESSIVE = /\p{Lu}[\p{L}-]*['’]s\s+(?:\S+\s+){0,3}$/u;
const PRINCIPALS = new Set(['head_of_state', 'head_of_government', 'monarch', 'minister']);
const LEADERS = new Set(['head_of_state', 'head_of_government', 'monarch']);

// A lead announcing a round of meetings with several others: "had a series of bilateral meetings", "met world leaders".
const ROUND_LEAD =
  /\b(?:series|number|round|string|flurry)\s+of\s+(?:bilateral\s+)?(?:meetings|talks)\b|\bbilateral\s+(?:meetings|talks)\s+(?:on|at|in)\s+the\s+(?:side-?lines|margins)\b|\bmet\s+(?:with\s+)?(?:several|various|other|a\s+number\s+of|world|foreign|fellow)\s+leaders\b|\b(?:talks|met|meetings|conferred|talked)\s+with\s+(?:the\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government))\s+(?:of|from)\s+(?:different|several|various|other|many)\b/i;

/** A state of the group named only as the place of the encounter ("in Osaka, Japan"), by no participant. */
function venueOnly(g: Group, iso3: string): boolean {
  for (const p of g.people) if (p.country === iso3) return false;
  return g.defining.every((s) =>
    s.countries.every((c) => c.iso3 !== iso3 || c.kind === 'city' || c.kind === 'capital' || statesCity(s, c) || inAttendedGathering(s, c)),
  );
}
/** The group's sides less a state named only as its venue ("in Tianjin"), whose leader may be the one met next. */
const sidesLessVenue = (g: Group): Set<string> => (g.countries.size === 2 ? g.countries : new Set([...g.countries].filter((x) => !venueOnly(g, x))));
/** Whether someone of the group speaks for an international body ("UN Secretary-General Guterres"). */
function hasOrganisation(g: Group): boolean {
  for (const p of g.people) if (p.organisation === true) return true;
  return false;
}
/**
 * The states of a candidate fit a group's: they share one, and when both name two or more, one set
 * holds the other ("the Korea-Egypt summit" is not the Korea-Saudi one, though both are Korea's).
 */
// A stop's traveller told by a pronoun or a description: "In Doha, he met …", "In Uzbekistan, the Azerbaijani leader met …".
const BY_PRONOUN = /^\W*in\s+[^,]{2,40},\s+(?:he|she|the\s+(?:[\p{L}-]+\s+)?(?:leader|president|minister|premier|king|emir|prince|chancellor|secretary))\b/iu;

const sameSides = (a: readonly string[], b: Set<string>): boolean =>
  overlap(a, b) && (a.length < 2 || b.size < 2 || a.every((x) => b.has(x)) || [...b].every((x) => a.includes(x)));

const THIS_WEEK = /\bthis\s+week\b/i;
// A visit's length counted: "two-day visit".
const COUNTED_DAYS = /\b(?:two|three|four|five|six|seven|\d)-day\b/i;
// A gathering of more than two sides: "the Trilateral Dialogue".
const SEVERAL_SIDES = /\b(?:trilateral|tripartite|quadrilateral|three-way|four-way|multilateral)\b/i;

// "Trump will go on to Qatar on Wednesday and the UAE on Thursday", "continues the tour on Sunday, going to A,
// then B on Tuesday": the trip's next stops after the visit the text reports.
// (… also "The trip also includes planned visits to Norway and Ireland", "a broader Asia trip that will also take him to
// India, South Korea and China", "He plans to head to India today".)
const ONWARD =
  /\b(?:(?:trip|tour|journey)\s+(?:also\s+)?(?:includes?|will\s+include|is\s+to\s+include)\s+(?:planned\s+|further\s+|official\s+)*(?:visits?|stops?|stopovers?)\s+(?:to|in)|will\s+(?:then\s+)?(?:go|travel|continue|head|move|fly)\s+on\s+(?:from\s+[^.;,]{1,30}?\s+)?to|(?:will\s+)?then\s+(?:travel|head|fly|proceed|go)\s+to|continues?\s+(?:a|the|his|her|this)\s+(?:tour|trip)[^.;]{0,40}?(?:(?:going|heading|travell?ing)\s+)?to|(?:trip|tour|journey)[^.;]{0,30}?\b(?:will|would)\s+(?:also\s+|later\s+|then\s+)?take\s+(?:him|her|them)\s+to|\b(?:plans?|is\s+(?:due|set|expected|scheduled))\s+to\s+head\s+to)\s+/iu;
// Where the list of next stops ends: "He plans to head to India today after postponing his trips to Indonesia and Malaysia".
const STOPS_END = /\b(?:after|before|having|where|while|postpon\w*|cancel\w*)\b/i;

// The title of a head of state or government (not a deputy's): whose meeting on a day of a visit is its talks.
const HEAD_ROLE = /^(?!.*\b(?:vice|deputy)\b).*\b(?:president|prime\s+minister|premier|king|queen|emir|sultan|chancellor|taoiseach|crown\s+prince)\b/i;

/** The planned visits of the main visit's traveller to the next stops a sentence names, each on its own day. */
function onwardLegs(main: Group, sentences: readonly RecognisedSentence[], ctx: DocumentContext): Candidate[] {
  // (A visit whose visitor its sentence names by title only, "the Emir said at a reception by President X in Ankara",
  // has the other state of the text's pair for its visitor.)
  if (main.type !== 'visit' || main.planned || main.countries.size > 2 || main.countries.size === 0) return [];
  // (The host: where the visit takes place, else the state its sentences say it is a visit to: "X's visit to Denmark".)
  const host =
    placeOf(main, ctx)?.country ?? [...main.merged, ...main.defining].map((s) => destinationOf(s)).find((c) => c !== null && main.countries.has(c)) ?? null;
  const visitor = host
    ? ([...main.countries].find((c) => c !== host) ?? (main.countries.has(host) ? ctx.focus.slice(0, 2).find((c) => c !== host) : undefined))
    : undefined;
  if (!visitor) return [];
  const legs: Candidate[] = [];
  for (const s of sentences) {
    const m = ONWARD.exec(s.text);
    if (!m) continue;
    // ("The trip also includes visits to A and B later this week": a dated sentence is read as its own encounters.)
    if (/^(?:trip|tour|journey)\b/i.test(m[0]) && s.dates.length > 0) continue;
    const from = m.index + m[0].length;
    const end = STOPS_END.exec(s.text.slice(from));
    const stops = s.countries.filter(
      (c) => c.start >= from && (!end || c.start < from + end.index) && c.iso3 !== visitor && c.iso3 !== host && c.kind !== 'seat',
    );
    stops.forEach((stop, i) => {
      const until = stops[i + 1]?.start ?? s.text.length;
      // Its day: after it, before the next stop; the first stop's may stand before it ("continues the tour on Sunday, going to A").
      const day =
        s.dates.find((d) => d.start >= stop.end && d.end <= until && d.kind !== 'year') ??
        (i === 0 ? s.dates.find((d) => d.start >= m.index && d.end <= stop.start && d.kind !== 'year') : undefined);
      // (A stop named with no day of its own is of the same trip: the year of the visit under way, unless the trip may
      // run into the next one.)
      const sameTrip = main.date !== null && /^\d{4}-\d\d-\d\d$/.test(main.date) && main.date.slice(5) <= '12-24' ? main.date.slice(0, 4) : null;
      const date = day ? resolveDate(day, true, ctx).date : sameTrip;
      legs.push({
        sentence: s,
        type: 'visit',
        date,
        end: null,
        basis: day ? 'stated' : date ? 'inferred' : null,
        planned: true,
        invitation: false,
        countries: [visitor, stop.iso3],
        people: [],
        lead: false,
        recalled: false,
        anaphoric: false,
        ofThePair: null,
      });
    });
  }
  // (One leg per stop, however many sentences name it.)
  return legs.filter((l, i) => legs.findIndex((o) => o.countries[1] === l.countries[1]) === i);
}

/**
 * "X will visit Pakistan from 5th to 8th May. He will also take part in the trilateral dialogue on 6th May
 * 2023": the year of an encounter told inside the span, a sentence or two away, is the span's.
 */
function yearFromWithin(groups: readonly Group[]): void {
  for (const g of groups) {
    if (!g.date?.startsWith('--') || g.date.length !== 7 || !g.end?.startsWith('--')) continue;
    const [from, to] = [g.date.slice(2), g.end.slice(2)];
    const at = g.defining[0]!.index;
    const inside = groups.find(
      (o) =>
        o !== g &&
        o.date?.length === 10 &&
        /^\d{4}/.test(o.date) &&
        o.planned === g.planned &&
        o.date.slice(5) >= from &&
        o.date.slice(5) <= to &&
        o.defining.some((d) => Math.abs(d.index - at) <= 2),
    );
    if (!inside) continue;
    const year = inside.date!.slice(0, 4);
    [g.date, g.end, g.basis] = [`${year}-${from}`, `${year}-${to}`, 'inferred'];
  }
}

// The verb of a host's reception or of the talks, right after the day that opens the sentence and its subject.
const RECEIVED_ON_DAY = /^[^;]{0,120}?\b(?:received|hosted|welcomed|met|held\s+(?:talks|a\s+meeting))\b/i;

/** The full day inside a visit's span that a sentence opens with, before its host's reception or talks. */
function receptionDay(c: Candidate): string | null {
  const { date, end } = c;
  if (date === null || end === null) return null;
  for (const d of c.sentence.dates) {
    if (d.kind !== 'calendar' || d.to !== null || d.from.year === null || d.from.month === null || d.from.day === null) continue;
    const day = formatDate(d.from);
    if (day === null || day <= date || day > end || !/^\W*(?:on\s+)?$/i.test(c.sentence.text.slice(0, d.start))) continue;
    if (RECEIVED_ON_DAY.test(c.sentence.text.slice(d.end))) return day;
  }
  return null;
}
// "During their 45-minute phone talks", "In their telephone conversation": the lead's talks told again as a call.
const THEIR_CALL = /^\W*(?:during|in)\s+(?:their|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:phone|telephone)\s+(?:talks|call|conversation)\b/iu;

/** A call the sentence right after the lead's talks tells as theirs, with a verb of no meeting in the lead: the talks were by phone. */
function callTold(c: Candidate, main: Group): boolean {
  const first = main.defining[0]!;
  return (
    c.type === 'phone_call' &&
    !c.planned &&
    !c.recalled &&
    c.sentence.index === first.index + 1 &&
    THEIR_CALL.test(c.sentence.text) &&
    !/\b(?:met|meets|meeting|visit\w*|received|hosted|arrived)\b/i.test(first.text) &&
    c.countries.every((x) => main.countries.has(x))
  );
}

/** A meeting of the day the text is written whose states are all the main encounter's. */
function talksOfTheDay(c: Candidate, main: Group, ctx: DocumentContext): c is Candidate & { date: string } {
  return c.type === 'meeting' && c.date !== null && c.date === ctx.anchor && c.countries.every((x) => main.countries.has(x));
}

/** A past visit of the main encounter's sides whose day falls up to `days` days before the main encounter's day. */
function visitBefore(c: Candidate, main: Group, days: number): boolean {
  return (
    c.type === 'visit' &&
    !c.planned &&
    !main.planned &&
    main.date?.length === 10 &&
    c.date?.length === 10 &&
    c.date < main.date &&
    daysBetween(c.date, main.date) <= days &&
    sameSides(c.countries, main.countries)
  );
}

const VISIT_TO_CONCLUDE =
  /\b(?:(?:is|are)\s+(?:due|scheduled|set|expected)\s+to|will)\s+(?:conclude|end|wrap\s+up|complete|finish)\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?visit\b/iu;

/** "The visit will conclude on 4 December": a later day of the main visit, not a visit of its own. */
function extendsVisit(main: Group, c: Candidate): boolean {
  if (c.type !== 'visit' || !main.date || !c.date || main.date.length !== 10 || c.date.length !== 10) return false;
  // "… the state visit", or "returned to Abuja on Wednesday after a state visit to Türkiye": the day it ended.
  // (… or "his visit" that he "is due to conclude on Wednesday": the end of the one under way, told as to come.)
  const concludes = VISIT_TO_CONCLUDE.test(c.sentence.text);
  if (!/\bthe\s+(?:state\s+|official\s+|working\s+)?visit\b/i.test(c.sentence.text) && !RETURNED_AFTER.test(c.sentence.text) && !concludes) return false;
  const days = (Date.parse(c.date) - Date.parse(main.end ?? main.date)) / 86_400_000;
  return (c.planned === main.planned || (concludes && !main.planned)) && days > 0 && days <= 6;
}

/**
 * Does any sentence frame the main encounter as one side's visit to the other? A visit word with no
 * date of its own (or the main's), not an earlier one or an invitation, going where the encounter
 * took place: "during the visit", "Kishida's visit", "your visit", "arrived in Belarus yesterday".
 */
const CREDENTIALS = /\b(?:credentials|letters?\s+of\s+credence)\b/i;

const THANKED_FOR_INVITATION =
  /\bthank(?:s|ed|ing)?\b[^.;]{0,140}\bfor\s+(?:the|your|his|her|their)\s+(?:kind\s+|gracious\s+)?invitation\s+(?:to\s+(?:pay|make|undertake)\s+)?(?:an?\s+|this\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

function framedAsVisit(
  main: Group,
  sentences: readonly RecognisedSentence[],
  cuesOf: (s: RecognisedSentence) => readonly Cue[],
  people: PeopleIndex,
  ctx: DocumentContext,
  /** Sentences whose "this visit" names again a visit the sentence before announced. */
  announcedAgain: ReadonlySet<RecognisedSentence>,
): RecognisedSentence | null {
  if (main.type === 'phone_call' || main.type === 'forum' || (main.type === 'summit' && main.countries.size > 2)) return null;
  if (main.defining.some((s) => SIDELINES.test(s.text))) return null;
  // An envoy presenting credentials is received at home, whatever "arrival" the text tells of his posting.
  if (main.defining.some((s) => CREDENTIALS.test(s.text))) return null;
  const participants = [...main.people];
  const where = placeOf(main, ctx)?.country ?? undefined;
  for (const s of sentences) {
    // "expressed his pleasure in welcoming Sheikh Mohammed and his delegation to Turkey": a visit to the host.
    if (
      where !== undefined &&
      s.countries.some((c) => c.iso3 === where && namesState(c) && WELCOMED_TO.test(s.text.slice(Math.max(0, c.start - 100), c.start)))
    )
      return s;
    for (const cue of cuesOf(s)) {
      // A recollection speaks of an earlier encounter: "He recalled … during Orbán’s visit to Tashkent".
      const clause = clausesOf(s).find(([a, b]) => cue.index >= a && cue.index < b) ?? [0, s.text.length];
      if (RECALL.test(s.text.slice(clause[0], cue.index)) || othersTrip(s, cue.index)) continue;
      // (A guest's thanks for the invitation to pay the visit speak from within it: "I thank my brother for the invitation to pay an official visit".)
      // (Not one "to pay a visit next year", "at a convenient time": a visit still to come.)
      const thanked =
        cue.invitation &&
        !main.planned &&
        THANKED_FOR_INVITATION.test(s.text.slice(0, cue.index)) &&
        !/^[^.;]{0,60}\b(?:next|coming|future|convenient|soon|later|upcoming|return)\b/i.test(s.text.slice(cue.end));
      if (cue.type !== 'visit' || (cue.invitation && !thanked) || EARLIER.test(s.text.slice(Math.max(0, cue.index - 40), cue.index))) continue;
      if (thanked) {
        const to = stateVisited(s, cue) ?? undefined;
        if (!to || main.countries.has(to.iso3) || main.countries.size < 2) return s;
        continue;
      }
      // "Kishida’s visit" frames the encounter only when Kishida takes part in it.
      const owner = POSSESSIVE.exec(s.text.slice(Math.max(0, cue.index - 60), cue.index));
      const ownerAt = owner ? owner.index + Math.max(0, cue.index - 60) : -1;
      // … or when the owner is one of its states ("Oman’s sultan arrived in Belarus").
      const ownerState = owner ? s.countries.find((c) => c.start === ownerAt && main.countries.has(c.iso3)) : undefined;
      if (owner && !ownerState && !participants.some((p) => people.mentionsIn(p, s).some((m) => ownerAt < m.end && m.end <= cue.index))) continue;
      if (announced(s.text, cue) !== main.planned && !/'s|’s|\byour\b|\bthe\b/i.test(s.text.slice(Math.max(0, cue.index - 25), cue.index))) continue;
      // ("… work is under way for the planned visit of Montenegro's prime minister. Jankovic hopes this visit will …": the
      // announced one named again, no frame of the encounter held.)
      if (!main.planned && announcedAgain.has(s)) continue;
      // "before the forthcoming visit of the Foreign Minister": a visit still to come frames no encounter held (not "thank
      // X for coming to visit us", the visit under way).
      if (
        !main.planned &&
        /\b(?:forthcoming|upcoming|(?<!\bfor\s)coming|planned|proposed|expected|future|next)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
          s.text.slice(Math.max(0, cue.index - 40), cue.index),
        )
      )
        continue;
      // (Not the day of the visitor's other part: "… is on a state visit and is the chief guest at … on Sunday".)
      // (Nor the dates of the visits before it: "This is Modi's third visit to Maldives - he had visited it in 2018 and 2019".)
      const mentions = encounterDates(s, ctx).filter(
        (d) =>
          d.start >= clause[0] &&
          d.end <= clause[1] &&
          !dayOfOtherPart(s.text, cue, d) &&
          !(d.start > cue.end && HAD_VISITED.test(s.text.slice(cue.end, d.start))),
      );
      // "Putin's visit to Kazakhstan in November last year": a visit of an earlier year is another encounter, however its day resolves.
      if (mentions.some((d) => (d.kind === 'calendar' || d.kind === 'relative-year') && (d.offset ?? 0) < 0)) continue;
      const dates = mentions.map((d) => resolveDate(d, main.planned, ctx).date).filter((d): d is string => d !== null);
      if (dates.length && !dates.some((d) => main.date !== null && (within(d, main) || d.startsWith(main.date) || main.date.startsWith(d)))) continue;
      const destination = destinationOf(s);
      if (destination && !main.countries.has(destination)) continue;
      // "visiting New York to attend the General Assembly": a visit to a third state frames no visit to a side.
      const visited = stateVisited(s, cue);
      if (visited && !main.countries.has(visited.iso3)) continue;
      // "who was visiting Lithuania to attend the NATO Summit": a trip to a gathering frames no visit.
      if (attendsGathering(s, cue)) continue;
      // "welcomed visiting Heads of Government and delegates to the 26th CHOGM": the many guests of a gathering, no one's visit.
      if (/^visiting\s+(?:heads\s+of|leaders|delegates|delegations|dignitaries|guests|world\s+leaders)\b/i.test(s.text.slice(cue.index))) continue;
      // "… in Moscow. We noted this during the visit to Azerbaijan": a visit elsewhere than the encounter's place.
      if (visited && where !== undefined && where !== visited.iso3 && /^\s+(?:to|in)\s+(?:the\s+)?$/i.test(s.text.slice(cue.end, visited.start))) continue;
      const states = new Set(s.countries.filter((c) => c.kind !== 'seat').map((c) => c.iso3));
      if (states.size && !overlap(states, main.countries) && !ARRIVED_AT_HOST.test(s.text)) continue;
      // "They discussed the Iranian president's planned visit to Türkiye": another state's visit of another time.
      if (announced(s.text, cue) !== main.planned && [...states].some((c) => !main.countries.has(c))) continue;
      return s;
    }
  }
  return null;
}

// "PM Wong’s trip from 22-26 June", "The visit, from 3 to 5 May, …": a visit named by its possessor or article, then its span.
const VISIT_SPAN_AGAIN =
  /\b(?:(?:\p{Lu}[\p{L}-]+['’]s?|his|her|the|this)\s+)(?:(?:official|state|working|five-day|four-day|three-day|two-day|[\p{L}-]+-day)\s+)?(?:visit|trip|tour|stay)\s*,?\s+(?:from|between)\s+$/iu;

/** The span of days a sentence gives the visit again, when it names no state outside the visit's and the span holds its day. */
function spanOfVisitAgain(
  main: Group,
  sentences: readonly RecognisedSentence[],
  ctx: DocumentContext,
): { date: string; end: string; sentence: RecognisedSentence } | null {
  for (const s of sentences) {
    // (The words the pattern needs, looked for first: most sentences have none.)
    if (!/\b(?:visit|trip|tour|stay)\b/i.test(s.text)) continue;
    if (s.countries.some((c) => namesState(c) && !main.countries.has(c.iso3))) continue;
    for (const d of s.dates) {
      if (d.kind !== 'calendar' || d.to === null || !VISIT_SPAN_AGAIN.test(s.text.slice(Math.max(0, d.start - 60), d.start))) continue;
      const { date, end } = resolveDate(d, false, ctx);
      if (date === null || end === null || date.length !== 10) continue;
      if (main.date !== null && main.date.length === 10 && (main.date < date || main.date > end)) continue;
      return { date, end, sentence: s };
    }
  }
  return null;
}

/**
 * A date that ended more than a month before the day the text was written: "Pashinyan visited Georgia in
 * October 2023", in a page of January 2024, is an earlier encounter, not the one the news reports.
 */
// An encounter's sentence that names its other side by "this" or a pronoun: "This was during a telephone conversation with …".
const ANAPHORIC_SUBJECT = /^\W*(?:(?:this|that|it)\s+(?:was|came|took\s+place)|(?:he|she)\s+\p{Ll}+)\b/iu;

/** The person who opens the sentence before the main encounter's anaphoric one, of a state the encounter lacks. */
function subjectBefore(main: Group, sentences: readonly RecognisedSentence[], people: PeopleIndex): PersonRecord | undefined {
  const at = main.defining.find((d) => ANAPHORIC_SUBJECT.test(d.text));
  const before = at ? sentences[at.index - 1] : undefined;
  if (!before || before.paragraph < at!.paragraph - 1) return undefined;
  return people
    .inSentence(before)
    .find((p) => p.country !== null && !main.countries.has(p.country) && (people.mentionsIn(p, before)[0]?.start ?? Infinity) <= 40);
}

/** The states of a visit: those its sentence names and those of the people in it ("Minister Kamikawa's visit to Poland"). */
function sidesOfVisit(c: Candidate): string[] {
  return [...new Set([...c.countries, ...c.people.map((p) => p.country).filter((x): x is string => x !== null)])].sort();
}

/**
 * Whether a time the text cannot place names another time than the main encounter's: a year counted back or on ("last
 * year"), or a month other than the main encounter's.
 */
function apartInTime(d: DateMention, mainDate: string | null): boolean {
  if (d.kind === 'relative-year') return d.offset !== 0;
  const month =
    mainDate === null ? null : mainDate.startsWith('--') ? Number(mainDate.slice(2, 4)) : mainDate.length >= 7 ? Number(mainDate.slice(5, 7)) : null;
  return d.from.month !== null && month !== null && d.from.month !== month;
}

function longBefore(date: string, written: string | null | undefined): boolean {
  if (!written || !/^\d{4}/.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  // The last day the date can mean: the day, the month's last day, the year's last day.
  const last = d !== undefined ? Date.UTC(y, m! - 1, d) : m !== undefined ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return Date.parse(`${written}T00:00:00Z`) - last > 31 * 86_400_000;
}

const WELCOMED_TO = /\bwelcom(?:ed|es|ing)\b[^.;]{0,80}?\bto\s+(?:the\s+)?$/i;

/** A visit the candidate names to a state other than the one the main encounter is placed in. */
function visitElsewhere(c: Candidate, main: Group, ctx: DocumentContext, openingPlace: string | null = null): boolean {
  if (c.type !== 'visit') return false;
  const destination = destinationOf(c.sentence);
  // (Before the main encounter has a place of its own, the first city the text's opening names: "President Ramaphosa hosted
  // President Zelenskyy at the Union Buildings in Pretoria on Thursday … Ramaphosa visited Zelenskyy in Kyiv in June 2023".)
  const where = placeOf(main, ctx)?.country ?? openingPlace;
  return destination !== null && where !== null && destination !== where;
}

/** "In 1995, Li Ruihuan visited Brazil. In 1995, President Cardoso visited China": two visits of one pair, each to the other's state. */
function visitsBothWays(c: Candidate, g: Group): boolean {
  if (c.type !== 'visit' || g.type !== 'visit') return false;
  const to = destinationOf(c.sentence);
  const there = to === null ? null : destinationOf(g.defining[0]!);
  return there !== null && there !== to;
}

/** A city the candidate's sentence names that the main encounter is not held in. */
function hasOwnPlace(c: Candidate, main: Group | null, ctx: DocumentContext): boolean {
  const city = c.sentence.countries.find((x) => (x.kind === 'capital' || x.kind === 'city') && c.countries.includes(x.iso3));
  if (!city) return false;
  // Only an encounter of the text's own sides: a conference "to be held in New York" on a third
  // question is not one of them.
  const sides = new Set(main ? [...main.countries] : ctx.focus.slice(0, 2));
  if (c.countries.some((x) => x !== city.iso3 && !sides.has(x))) return false;
  const mainCity = main ? (placeOf(main, ctx)?.city ?? null) : null;
  return mainCity !== city.form;
}

// "During her two-day stay, the Prime Minister will visit …": the visit under way, named by its stay.
const DURING_THE_STAY = /^\W*(?:during|in\s+the\s+course\s+of)\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:stay|visit|trip)\b/iu;

/**
 * "She will visit Tema to hear about …", "During her two-day stay, the Prime Minister will visit the frigate …": a
 * stop announced inside the state a visit under way goes to (written on its days) is that visit, not one of its own.
 */
function stopOfVisitUnderWay(c: Candidate, main: Group, ctx: DocumentContext): boolean {
  if (main.type !== 'visit' || main.planned || c.type !== 'visit' || !c.planned || c.invitation) return false;
  if (!main.date || main.date.length !== 10 || !ctx.published) return false;
  // (Written from the day before the visit to its last day.)
  const last = main.end ?? main.date;
  if (daysBetween(ctx.published, main.date) > 1 || ctx.published > last) return false;
  if (!c.countries.every((x) => main.countries.has(x))) return false;
  const host = placeOf(main, ctx)?.country ?? visitedStateOf(main);
  if (!host) return false;
  // (Not a visit elsewhere told during it: "During the visit, President X said he would visit Ireland later this year".)
  const elsewhere = c.sentence.countries.some(
    (x) =>
      x.iso3 !== host &&
      x.kind !== 'adjective' &&
      x.kind !== 'seat' &&
      /\b(?:visit|visiting|travel\s+to|go\s+to|head\s+to|fly\s+to|proceed\s+to|leave\s+for)\s+(?:the\s+)?$/i.test(
        c.sentence.text.slice(Math.max(0, x.start - 20), x.start),
      ),
  );
  if (DURING_THE_STAY.test(c.sentence.text)) return !elsewhere;
  // (A town of the host's, with no day of its own.)
  return c.date === null && c.sentence.countries.some((x) => (x.kind === 'city' || x.kind === 'capital') && x.iso3 === host) && !elsewhere;
}

const ORIGIN = /\b(?:left|leaving|leaves|departed|departing|departs|flew\s+out\s+of|from)\s+(?:from\s+)?$/i;
// "the 2nd summit, after the one held in 2010, in Lisbon": the earlier encounter's city.
const EARLIER_ONES_CITY = new RegExp(String.raw`${EARLIER_ONE}[^,;.]{1,25},?\s+in\s+$`, 'i');
const DATELINE_AFTER = /^\s*(?:,\s*[\p{L} .]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s/u;

const GOVERNMENT_AFTER = /^['’]s?\s+(?:\p{L}+\s+){0,2}?(?:ministry|government|foreign\s+office|administration|embassy|mission|spokes(?:man|woman|person))\b/iu;

/** A day within the week up to the day the page was published: the days a report of that day may date an encounter by. */
function inWeekBefore(date: string, published: string | null): boolean {
  return published !== null && date.length === 10 && date <= published && daysBetween(date, published) <= 6;
}

// "to discuss the situation in Sudan": a state a topic names, no venue.
const TOPIC_BEFORE =
  /\b(?:situation|crisis|conflict|war|peace|elections?|security|developments?|efforts?|issues?|process|stability|tensions?|violence|fighting|humanitarian|reconstruction|investments?|projects?|exports?|imports?|trade|interests?|people)\s+in\s+$/i;
const VISIT_CONCLUDED =
  /\b(?:(?:has|have)\s+(?:concluded|completed|wrapped\s+up|ended)|concludes|completes|wraps\s+up|ends)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}visit\b/iu;
const NEXT_OF_SERIES =
  /\b(?:the|its|their)\s+next\s+(?:[\p{L}-]+\s+){0,3}?(?:session|meeting|round|summit|consultations|commission)\b(?:\s+of\s+(?:both|the\s+two|the\s+joint|the\s+intergovernmental)\b[^.;]{0,40})?\s+(?:will\s+(?:be\s+held|take\s+place)|is\s+(?:to\s+be\s+held|scheduled|planned|expected))/iu;
// "the upcoming visit of the President of Kazakhstan to Vietnam", "the next visit of the Serbian President to Jakarta".
const VISIT_OF_TO = /\bvisits?\s+(?:of|by)\s+[^.;]{1,60}?\bto\s+(?:the\s+)?$/i;
/** The state a visit goes to: right after its word, or after its traveller ("visit of X to Y"). */
function visitDestination(s: RecognisedSentence): string | null {
  return (
    destinationOf(s) ?? s.countries.find((c) => c.kind !== 'adjective' && VISIT_OF_TO.test(s.text.slice(Math.max(0, c.start - 90), c.start)))?.iso3 ?? null
  );
}
const UPCOMING = /\b(?:upcoming|forthcoming|coming|planned|expected|scheduled|next)\s+(?:[\p{L}-]+\s+){0,3}?visit\b/iu;
// "He is to travel to A and B next", "She will then visit C": the pronoun's own verb of travel.
const TRAVELLER_PRONOUN =
  /^\W*(?:He|She)\s+(?:(?:is|was|will|would|then|also|later|had|has|be|expected|scheduled|due|set|to|next)\s+){0,4}(?:travel|visit|go|head|fly|proceed|leave|depart|continue|move|pay)\w*\b/;

/** The state of the first person a sentence names, by name or by office ("the Chinese president"), when it has one. */
function travellerBefore(previous: RecognisedSentence | undefined, people: PeopleIndex): string | null {
  if (!previous) return null;
  const named = people.inSentence(previous).flatMap((p) => people.mentionsIn(p, previous).map((m) => ({ at: m.start, state: p.country })));
  const offices = previous.roleReferences.map((r) => ({ at: r.start, state: r.role.country }));
  // (The one who travels, not the host of the city the sentence names: "Ruto received Wang Yi in Nairobi. He will then
  // travel to Tanzania" is Wang Yi's trip.)
  const receives = /\b(?:received|receives|hosted|hosts|welcomed|welcomes|met|meets|held\s+talks)\b/i.test(previous.text);
  const hosts = new Set(receives ? previous.countries.filter((c) => c.kind === 'capital' || c.kind === 'city').map((c) => c.iso3) : []);
  const first = [...named, ...offices].sort((a, b) => a.at - b.at).find((x) => x.state === null || !hosts.has(x.state));
  return first?.state ?? null;
}

// The state a visit's words name as its destination: "an official visit to Denmark", "arrived in Copenhagen".
// (… also "the visit of Kyriakos Mitsotakis to Riyadh".)
// (Not "visiting Singapore Prime Minister X": the guest's state, not the destination.)
const DESTINATION_BEFORE = /\b(?:(?:visit|trip|tour)\s+(?:of\s+[^,.;]{1,60}?\s+)?to|visited|arrived\s+in|arrives\s+in)\s+(?:the\s+)?$/i;

/** The one state of the group that its defining sentences name as the destination of the visit, or null. */
function visitedStateOf(g: Group): string | null {
  if (g.destination) return g.destination;
  const states = new Set(
    g.defining.flatMap((s) =>
      s.countries
        .filter((c) => g.countries.has(c.iso3) && c.kind !== 'adjective' && DESTINATION_BEFORE.test(s.text.slice(Math.max(0, c.start - 90), c.start)))
        .map((c) => c.iso3),
    ),
  );
  return states.size === 1 ? [...states][0]! : null;
}

const FIRST_WAS = /^\W*The\s+(?:first|previous|last|earlier)\s+(?:one\s+|visit\s+)?(?:was|took\s+place|came)\s+(?:in|on)\b/i;
const COUNTED_VISIT = /\b(?:second|third|fourth|fifth)\s+(?:[\p{L}-]+\s+)?visit\b/iu;
const THE_VISIT_AGAIN = /(?:^|[,;:]\s*)(?:the|this)\s+(?:[\p{L}-]+\s+)?visit\s+(?:will|is|was|would)\b/iu;

function placeOf(g: Group, ctx: DocumentContext): PlaceT | null {
  // A call has no venue, whatever city the dateline names.
  if (g.type === 'phone_call') return null;
  const sentences = [...g.defining, ...g.merged];
  let name: string | null = null;
  for (const s of sentences) {
    const venue = venuePattern().exec(s.text);
    if (venue && !/Airport/.test(venue[1]!)) {
      name = venue[1]!.trim();
      break;
    }
  }
  // A city the visitor leaves or comes from is no venue ("left Hanoi on March 11 for New Zealand"),
  // nor a dateline repeated in the body ("Hanoi (VNA) – Prime Minister …"), nor an earlier encounter's.
  const venueCity = (s: RecognisedSentence, c: RecognisedSentence['countries'][number]): boolean =>
    (c.kind === 'capital' || c.kind === 'city') &&
    !ORIGIN.test(s.text.slice(Math.max(0, c.start - 20), c.start)) &&
    !EARLIER_ONES_CITY.test(s.text.slice(Math.max(0, c.start - 70), c.start)) &&
    !(c.start === 0 && DATELINE_AFTER.test(s.text.slice(c.end, c.end + 40))) &&
    // "according to Seoul's defense ministry": a capital that names its government.
    // (Not where the text meets at it: "held talks at Moscow's Foreign Ministry mansion".)
    !(GOVERNMENT_AFTER.test(s.text.slice(c.end, c.end + 40)) && !/\b(?:at|in|inside)\s+$/i.test(s.text.slice(Math.max(0, c.start - 8), c.start)));
  // (A visit's city lies in the state visited: not "to host the Expo in the southern city of Busan" in the report of a
  // visit to Denmark.)
  const visited = g.type === 'visit' ? visitedStateOf(g) : null;
  const pairCity = (s: RecognisedSentence) => s.countries.filter((c) => g.countries.has(c.iso3) && venueCity(s, c) && (visited === null || c.iso3 === visited));
  const definingCity = g.defining.flatMap(pairCity)[0];
  // A meeting in a third state's city ("met on the sidelines … in Addis Ababa"): its venue, though not its party.
  const thirdCity =
    definingCity === undefined && g.type !== 'visit'
      ? g.defining.flatMap((s) => s.countries.filter((c) => /\bin\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start)) && venueCity(s, c)))[0]
      : undefined;
  // (A city of the pair in a sentence merged later only when the defining ones name no venue: "on the sidelines of
  // CHOGM in London" is not moved to New Delhi by "the first meeting since her visit to New Delhi".)
  const cityMention = definingCity ?? (thirdCity === undefined ? g.merged.flatMap(pairCity)[0] : undefined);
  // The dateline's city is where the text was filed: the venue only for a past encounter there, not a
  // visit abroad announced from home.
  const atDateline = g.main && !g.planned && g.type !== 'visit' && ctx.datelineCountry && g.countries.has(ctx.datelineCountry);
  // "a meeting with X in Belarus": a third state named as where the sides met, no city given.
  const thirdState =
    cityMention === undefined && thirdCity === undefined && g.type !== 'visit'
      ? g.defining.flatMap((s) =>
          s.countries.filter(
            (c) =>
              c.kind === 'name' &&
              !g.countries.has(c.iso3) &&
              /\bin\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start)) &&
              !TOPIC_BEFORE.test(s.text.slice(Math.max(0, c.start - 40), c.start)),
          ),
        )[0]
      : undefined;
  const city = (cityMention ?? thirdCity)?.form ?? (atDateline && !thirdState ? (lookupForm(ctx.datelineCity ?? '')?.form ?? null) : null);
  // (A visit whose city the text does not give still lies in the state visited: "an official visit to Kazakhstan".)
  const country = (cityMention ?? thirdCity)?.iso3 ?? (city ? (lookupForm(city)?.iso3 ?? null) : (thirdState?.iso3 ?? visited));
  if (!name && !city && !country) return null;
  return { name, city, country };
}

/**
 * The sentences of the lead, in two tiers: the headline and the first paragraph of the body, then
 * the next paragraph (only when the first tier reports no encounter).
 */
function leadSentences(sentences: readonly RecognisedSentence[], ctx: DocumentContext): [Set<RecognisedSentence>, Set<RecognisedSentence>] {
  const primary = new Set<RecognisedSentence>(),
    secondary = new Set<RecognisedSentence>();
  const first = sentences.findIndex((s) => s.end > ctx.leadOffset);
  if (first < 0) return [primary, secondary];
  // The headline, when the page has one above the lead.
  if (ctx.leadOffset > 0) for (const s of sentences.slice(0, first)) if (s.paragraph === 0 && ctx.titled) primary.add(s);
  const paragraph = sentences[first]!.paragraph;
  const next = sentences.slice(first).find((s) => s.paragraph !== paragraph)?.paragraph;
  for (const s of sentences.slice(first, first + 4)) {
    if (s.paragraph === paragraph) primary.add(s);
    else if (s.paragraph === next) secondary.add(s);
  }
  return [primary, secondary];
}

export interface ExtractedEvents {
  readonly events: EventT[];
  /** The day documents signed at the main encounter take: the day of its talks when the text gives it, else its first day. */
  readonly signingDay: string | null;
}

// A sentence that opens on the visit just reported: "During the visit,", "During his state visit,".
const DURING_THE_VISIT =
  /^\W*(?:during|in\s+the\s+course\s+of)\s+(?:the|this|his|her|their)\s+(?:(?:official|state|working|two-day|three-day|first)\s+)*(?:visit|stay|trip)\s*,/i;

export function extractEvents(sentences: readonly RecognisedSentence[], people: PeopleIndex, ctx: DocumentContext): ExtractedEvents {
  // The cues of each sentence, read once: the lead, the candidates and the framing all ask for them.
  const cueLists = sentences.map(readCues);
  const cuesOf = (s: RecognisedSentence): readonly Cue[] => (sentences[s.index] === s ? cueLists[s.index]! : readCues(s));
  const [primary, secondary] = leadSentences(sentences, ctx);
  // The state of the first city the text's first three sentences name.
  const openingPlace =
    sentences
      .slice(0, 3)
      .flatMap((s) => s.countries)
      .find((c) => c.kind === 'city' || c.kind === 'capital')?.iso3 ?? null;
  // (An encounter of no one named, "The welcoming ceremony included a 21-gun salute", reports none yet.)
  const reports = (s: RecognisedSentence): boolean => cuesOf(s).some((c) => !c.invitation) && (s.countries.length > 0 || s.people.length > 0);
  // The next paragraph belongs to the lead only when the first reports no encounter.
  const inLead = [...primary].some(reports) ? primary : new Set([...primary, ...secondary]);
  // The day the text named last, among days that can be an encounter's (not "issued on Wednesday a statement").
  // (An archive photo's caption names a day of another time: "FILE - … in Berlin, on Oct. 25, 2023.")
  const before = previousDays(
    sentences.map((s) => ({ dates: FILE_PHOTO.test(s.text) ? [] : encounterDates(s, ctx) })),
    ctx,
  );
  // (Until the first sentence with a date, no day has been named: a sequel counts from the day of writing.)
  const firstWithDate = sentences.findIndex((s) => s.dates.length > 0);
  const monthYears = monthYearsBySentence(sentences);
  // One context for the sentence at hand, its day and month-years set as the reading moves on (a
  // copy of the document's context per sentence was a measurable share of the time); candidates
  // keep values read from it, never the context itself.
  const here: { -readonly [K in keyof DocumentContext]: DocumentContext[K] } = { ...ctx };
  const candidates = sentences.flatMap((s) => {
    if (!cuesOf(s).length) return [];
    here.previousDay = before[s.index] ?? (firstWithDate >= 0 && s.index > firstWithDate ? null : undefined);
    here.monthYears = monthYears[s.index];
    return candidatesOf(s, cuesOf(s), inLead.has(s), people, here);
  });
  // "This is his second official visit to India. The first was in March 2015.": the earlier visit the count implies.
  for (const s of sentences) {
    if (!FIRST_WAS.test(s.text)) continue;
    const counted = candidates.find((c) => c.sentence.index === s.index - 1 && c.type === 'visit' && COUNTED_VISIT.test(c.sentence.text));
    const day = s.dates.find((d) => d.kind === 'calendar' || d.kind === 'year');
    const date = counted && day ? resolveDate(day, false, ctx).date : null;
    if (counted && date)
      candidates.push({ ...counted, sentence: s, date, end: null, basis: 'stated', planned: false, lead: false, recalled: true, anaphoric: false });
  }
  // "Modi will pay a visit to Austria. According to a statement …, the visit will begin on July 9": the visit named
  // again is the one the sentence before announced, its sides that one's.
  candidates.forEach((c, i) => {
    if (c.type !== 'visit' || c.countries.length !== 1 || !THE_VISIT_AGAIN.test(c.sentence.text)) return;
    // (Looked for just before it, candidates being in the order of their sentences: no copy of the list per candidate.)
    let previous: Candidate | undefined;
    for (let k = i - 1; k >= 0 && !previous && candidates[k]!.sentence.index >= c.sentence.index - 1; k--)
      if (candidates[k]!.sentence.index === c.sentence.index - 1) previous = candidates[k];
    if (
      previous &&
      previous.type === 'visit' &&
      previous.planned === c.planned &&
      previous.countries.length === 2 &&
      previous.countries.includes(c.countries[0]!)
    )
      candidates[i] = { ...c, countries: [...previous.countries], people: [...new Set([...c.people, ...previous.people])] };
  });
  // "… work is under way for the planned visit of Montenegro's prime minister to Azerbaijan. Jankovic said he hopes this
  // visit will further promote bilateral ties.": "this visit" right after an announced one is that one, still to come.
  const announcedAgain = new Set<RecognisedSentence>();
  candidates.forEach((c, i) => {
    if (c.type !== 'visit' || !c.thisOne || c.date !== null || i === 0) return;
    const previous = candidates[i - 1]!;
    if (previous.sentence.index === c.sentence.index - 1 && previous.type === 'visit' && previous.planned) {
      candidates[i] = { ...c, thisOne: false, planned: true, countries: [...previous.countries] };
      announcedAgain.add(c.sentence);
    }
  });
  // "A's minister X and his B counterpart Y signed … The two officials met on the sidelines of the Assembly in
  // Geneva, Switzerland": the two sides are the two people the sentence before named, not the venue's state.
  candidates.forEach((c, i) => {
    if (c.ofThePair === null || c.ofThePair.length >= 2) return;
    const previous = sentences[c.sentence.index - 1];
    if (!previous || previous.index !== c.sentence.index - 1 || previous.paragraph < c.sentence.paragraph - 1) return;
    const states = [...new Set(people.inSentence(previous).flatMap((p) => p.country ?? []))];
    if (states.length === 2 && !states.every((x) => c.countries.includes(x))) candidates[i] = { ...c, countries: states };
  });
  // "Earlier this week, the Chinese president visited Turkmenistan. He is to travel to Uzbekistan and Kyrgyzstan
  // next.": the traveller a pronoun stands for is the first person the sentence before names, by name or by office.
  // (One visit per state it goes on to: two legs of a tour.)
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.type !== 'visit' || c.people.length || !TRAVELLER_PRONOUN.test(c.sentence.text)) continue;
    // (Back through sentences that open with the same pronoun: "Japan's Prime Minister is on an African tour. He arrived
    // Monday in Ghana. He is set to visit Kenya and Mozambique.")
    let back = c.sentence.index - 1;
    let state = travellerBefore(sentences[back], people);
    while (!state && back > 0 && back > c.sentence.index - 4 && /^\W*(?:He|She)\s/.test(sentences[back]!.text))
      state = travellerBefore(sentences[--back], people);
    // (The stops the sentence names: the candidate may hold none, every one read as a next stop.)
    // (… none a topic names: "to discuss the conflict in Sudan".)
    const topicAt = c.sentence.text.search(/\b(?:to\s+discuss|on|about|regarding|concerning)\s/i);
    const stops = c.countries.length
      ? c.countries
      : [...new Set(c.sentence.countries.filter((x) => x.kind !== 'seat' && namesState(x) && (topicAt < 0 || x.start < topicAt)).map((x) => x.iso3))];
    if (state && !stops.includes(state)) candidates.splice(i, 1, ...stops.map((stop) => ({ ...c, countries: [state, stop] })));
  }

  const groups: Group[] = [];
  const index = new EncounterIndex<Group, RecognisedSentence>();
  const open = (c: Candidate, main: boolean): Group => {
    const g: Group = {
      type: c.type,
      date: c.date,
      // "On 26 April 2024, X received Y during her official visit between 24-29 April 2024": a day of the span the
      // sentence gives its host's reception or the talks is the day of the talks.
      talks: c.type === 'visit' && !c.planned ? receptionDay(c) : null,
      end: c.end,
      basis: c.basis,
      planned: c.planned,
      countries: new Set(c.countries),
      people: new Set(c.people),
      defining: [c.sentence],
      merged: [],
      parts: [c],
      main,
    };
    groups.push(g);
    index.add(g, c.sentence);
    return g;
  };
  // "Abiy also met President Guelleh of Djibouti": a meeting with someone of a third state, on the
  // sidelines of the encounter or during the visit, is a meeting of its own (on its day when the
  // encounter has one day). Whether the candidate was opened so.
  // A meeting of the round or beside the main encounter, on its day when it has one day: the sentence
  // that gives the day is evidence too, and names the place.
  const openOnDayOf = (main: Group, c: Candidate, sides: readonly string[]): Group => {
    const sameDay = main.end === null;
    const g = open({ ...c, date: sameDay ? main.date : null, basis: sameDay ? main.basis : null }, false);
    g.countries = new Set(sides);
    if (sameDay) g.merged.push(main.defining[0]!);
    return g;
  };
  const openedBeside = (c: Candidate, main: Group): boolean => {
    const round = roundBeside(c, main, () => principalOf(main, people), cuesOf);
    if (round) {
      // "He conferred with President of Botswana X, President of Somalia Y, …": one meeting per state,
      // split at the end, on the encounter's day.
      openOnDayOf(main, c, [round.host, ...round.others]).round = round.host;
      return true;
    }
    // (Two sides, less a state named only as the venue — worked out only when there may be two: a roster's main encounter
    // gathers thousands of people.)
    const pair = main.countries.size >= 2 ? sidesLessVenue(main) : null;
    const sides =
      pair?.size === 2 ||
      // (… or one side meeting the head of an international body: "Tokayev met UN Secretary-General Guterres … The President also
      // met King Abdullah II of Jordan".)
      (main.countries.size === 1 && hasOrganisation(main))
        ? sideMeeting(c, main, () => principalOf(main, people) ?? ctx.focus.find((x) => main.countries.has(x)) ?? null, pair ?? sidesLessVenue(main))
        : null;
    if (!sides) return false;
    // (A call the text reports "separately" or "meanwhile" has no day but its own.)
    const sameDay = main.end === null && c.type !== 'phone_call';
    // ("… on a three-day visit, attended the state funeral on Monday. She also met with X": the day the lead reports.)
    const also =
      !sameDay && c.type !== 'phone_call' && main.date !== null && /\b(?:also|too|later|then)\b/i.test(c.sentence.text) ? (main.talks ?? main.date) : null;
    const g = open(
      {
        ...c,
        date: sameDay ? main.date : also,
        basis: sameDay || also ? main.basis : null,
        type: c.type === 'phone_call' ? 'phone_call' : 'meeting',
      },
      false,
    );
    g.countries = new Set(sides);
    // (Of the main encounter's day when that is the page's: dated like it.)
    if (sameDay && main.date === null && main.main) g.ofMain = true;
    g.people = new Set([...g.people].filter((p) => p.country !== null && sides.includes(p.country)));
    // "The Prime Minister also held a bilateral meeting with X": the main encounter's participant of that side.
    if (![...g.people].some((p) => p.country === sides[0])) {
      const principal = [...main.people].find((p) => p.country === sides[0]);
      if (principal) g.people.add(principal);
    }
    return true;
  };
  const join = (g: Group, c: Candidate, defining: boolean): void => {
    (defining ? g.defining : g.merged).push(c.sentence);
    if (defining) index.defines(g, c.sentence);
    g.parts.push(c);
    // Only talks the text reports as such, outside quotations: "the talks took place the next day".
    // Talks with no date of their own are on the day the text named last ("was welcomed this morning.
    // The leaders then held talks").
    const day = c.date === null ? (before[c.sentence.index] ?? null) : c.date;
    // (… or the two principals meeting on a day of the visit: "Prime Minister X and President Y met … on February 18".)
    // (Met on a day of their own: a meeting the text gives no day reads the day named last, often another's.)
    // (Heads of state or government only: "the Foreign Ministers met on March 6 to review the MoUs" is a follow-up.)
    // (Asked only of a meeting the cheaper tests let through: every candidate joins a group here.)
    const principalsMet = (): boolean =>
      c.date !== null &&
      /\bmet\b/.test(c.sentence.text) &&
      new Set(c.people.filter((p) => p.country !== null && g.countries.has(p.country) && HEAD_ROLE.test(p.role?.role ?? '')).map((p) => p.country)).size >= 2;
    if (
      c.type === 'meeting' &&
      !c.planned &&
      (/\b(?:talks|negotiations)\b/i.test(c.sentence.text) || principalsMet()) &&
      !/^[“"«]/.test(c.sentence.text.trim()) &&
      day?.length === 10 &&
      g.date?.length === 10 &&
      day > g.date &&
      (g.end !== null ? day <= g.end : g.type === 'visit' && daysBetween(g.date, day) <= 6)
    )
      g.talks ??= day;
    if (defining) {
      for (const x of c.countries) g.countries.add(x);
      for (const p of c.people) g.people.add(p);
      if (c.end && !g.end) {
        g.date = c.date;
        g.end = c.end;
        g.basis = c.basis;
        g.type = c.type;
      }
      // A day refines a month or a year it falls in ("in late August", then "on Aug. 25").
      // (A reported encounter takes no date of a planned one: "received the Emir …; the visit to Qatar next Sunday".)
      if (c.date !== null && (!c.planned || g.planned) && (g.date === null || (g.end === null && c.date.length > g.date.length && c.date.startsWith(g.date)))) {
        g.date = c.date;
        g.basis = c.basis;
      }
      index.update(g);
    } else {
      for (const p of c.people) if (p.country && g.countries.has(p.country)) g.people.add(p);
    }
    // Days the text states beat a length it counts: "to make two-day visit … from Wednesday", then "from Wednesday (Aug 2)
    // to Friday (Aug 4)".
    if (c.end && g.end && c.date === g.date && c.end > g.end && c.basis === 'stated' && g.defining.some((d) => COUNTED_DAYS.test(d.text))) g.end = c.end;
  };

  // The main encounter is what the lead reports: a past one, else an announced one ("will begin a
  // state visit"); an invitation only when the lead reports nothing else.
  const leadAll = candidates.filter((c) => c.lead);
  // (Not one the lead recalls: "Huber had already visited Peru in April 2023.")
  const leadEncounters = leadAll.filter((c) => !c.invitation && !c.recalled);
  // A headline has no tense ("The session of the Council today in Budapest attended by X"): when the lead
  // below it announces the encounter ("will be held today") and reports none past, the lead's future wins.
  const inHeadline = (c: Candidate): boolean => ctx.titled && c.sentence.paragraph === 0;
  const headlineOnly = leadEncounters.some((c) => !c.planned) && leadEncounters.every((c) => c.planned || inHeadline(c));
  const below = headlineOnly
    ? candidates.filter((c) => c.planned && !c.invitation && !inHeadline(c) && (c.date !== null ? c.lead || c.sentence.paragraph === 1 : c.lead)).slice(0, 1)
    : [];
  const announcedBelow = below.length > 0;
  const leadPast = announcedBelow ? [] : leadEncounters.filter((c) => !c.planned);
  // A lead that names no encounter ("X said on Saturday in Ashgabat …") reports the first one the text
  // goes on to name ("The official visit came weeks after …").
  // (… also when the lead's encounters are neither past nor announced: "as he began a swing through Asia" names no
  // state visited, and "said at a reception by Prime Minister X in Islamabad on Sunday" two paragraphs on is the visit.)
  const fallback = candidates
    .filter((c) => !c.invitation && !c.planned && !c.recalled && ((c.type !== 'summit' && c.type !== 'forum') || BILATERAL_SUMMIT.test(c.sentence.text)))
    .slice(0, 1);
  // An encounter the lead announces without a day is still the one it reports ("will undertake an official
  // visit beginning Sunday"), when a verb announces it (not "agreed to exchange embassies at their meeting").
  const leadDatedOnes = leadEncounters.filter((c) => c.date !== null).slice(0, 1);
  // (… or "will meet with his Colombian counterpart", "is to hold talks with": a meeting announced without a day.)
  const leadAnnounced = leadDatedOnes.length
    ? leadDatedOnes
    : leadEncounters.filter((c) => WILL_TRAVEL.test(c.sentence.text) || (c.type === 'meeting' && WILL_MEET.test(c.sentence.text))).slice(0, 1);
  const lead = announcedBelow
    ? [...below, ...leadEncounters.filter(inHeadline).map((c) => ({ ...c, planned: true }))]
    : leadPast.length
      ? leadPast
      : leadAnnounced.length
        ? leadAnnounced
        : fallback;
  // The lead's date, refined by a day within it ("Chile-Peru summit (March 2021)" over "… on March 12 held a summit").
  // (Not an earlier encounter a later sentence of the lead names, a month or more before the day of writing, when the first
  // sentence reports one of no date: "… held talks with Wang Yi. In January, Vucic met Wang at Davos.")
  // (… nor, after a call of no date, a summit, forum or visit a later sentence names: "… had a telephone conversation with
  // X. The leaders noted the agreements reached at the summit held on September 16-17": the call is not the summit.)
  const earlierInLead = (c: Candidate): boolean =>
    c.sentence !== lead[0]!.sentence &&
    lead[0]!.date === null &&
    (longBefore(c.date!, ctx.anchor) || (lead[0]!.type === 'phone_call' && (c.type === 'summit' || c.type === 'forum' || c.type === 'visit')));
  const firstDated = lead.find((c) => c.date !== null && !earlierInLead(c));
  const leadDated =
    lead.find((c) => firstDated && c.date !== null && c.date.length > firstDated.date!.length && c.date.startsWith(firstDated.date!)) ?? firstDated;
  let main: Group | null = null;
  if (lead.length) {
    main = open(leadDated ?? lead[0]!, true);
    if (leadDated) main.type = leadDated.end ? leadDated.type : (lead.find((c) => c.end)?.type ?? leadDated.type);
    // "UK, Brazil announce partnerships at G20 Summit" over "Starmer and Lula met on the sidelines of the G20
    // Summit": the summit is where the two met, and their meeting is what the text reports.
    // (Not when the body reports the summit itself: "The 16th BRICS Summit opened in Kazan on Tuesday".)
    if (
      (main.type === 'summit' || main.type === 'forum') &&
      lead.some((c) => c.type === 'meeting' && !inHeadline(c) && SIDELINES.test(c.sentence.text)) &&
      !lead.some((c) => (c.type === 'summit' || c.type === 'forum') && !inHeadline(c))
    )
      main.type = 'meeting';
    // A call reported in the lead is the encounter, whatever else the lead names.
    // (Not a call of another day: "The meeting followed the telephone conversation … on 28 October".)
    const call = lead.find((c) => c.type === 'phone_call' && (c.date === null || main!.date === null || c.date === main!.date));
    if (call) main.type = 'phone_call';
    // (… and the next sentence's "During their 45-minute phone talks" after "X and Y on Friday discussed …": the talks the
    // lead told of were by phone.)
    const byPhone = main.type === 'meeting' && !call ? candidates.find((c) => callTold(c, main!)) : undefined;
    if (byPhone) {
      main.type = 'phone_call';
      join(main, byPhone, true);
    }
    // Other encounters of the lead are parts of the main one when they are of its kind: a trilateral
    // meeting the text mentions in a call's readout is not part of the call.
    for (const c of lead)
      if (c.sentence !== main.defining[0] && !c.recalled && (FAMILY[c.type] === FAMILY[main.type] || (main.type !== 'phone_call' && c.type !== 'phone_call')))
        if (!((c.date === null || c.date === main.date) && openedBeside(c, main))) join(main, c, c.date === null || c.date === main.date);
    // "PM has invited the Crown Prince to visit, which he accepted on Wednesday … during a call": the
    // invitation's day is the day of the encounter at which it was made.
    if (main.date === null) {
      const invited = leadAll
        .filter((c) => c.invitation)
        .map((c) => invitationDay(c.sentence, ctx))
        .find((d) => d !== null);
      if (invited) {
        main.date = invited;
        main.basis = 'stated';
      }
    }
    // "Lula announced this Saturday (22.Apr.2023) … The declaration was made at the Summit": the day
    // the lead paragraph gives is the day of the encounter it reports.
    if (main.date === null) {
      // (Not "next Sunday" when the encounter is reported: "… received the Emir. The visit to Qatar next Sunday …".)
      // (Not the day of another encounter a later sentence of the lead names — see earlierInLead — nor, for a call, the day
      // of a meeting, summit or forum told beside it: "… discussed the forum scheduled for October 5 in Shymkent".)
      const elsewhere = new Set(
        candidates
          .filter((c) =>
            main!.type === 'phone_call' ? c.type !== 'phone_call' && c.sentence !== main!.defining[0] : c.date !== null && lead.includes(c) && earlierInLead(c),
          )
          .map((c) => c.sentence),
      );
      // (… nor the day of an encounter the main one talked of: "spoke with X about the state visit to Ghana on 12 June".)
      // (… or one another clause of its sentence gives an encounter of another kind: "…, who confirmed that Boric will pay a
      // state visit to Mexico on 23 November".)
      const others = new Set([
        ...main.parts.flatMap((c) => c.othersDates ?? []),
        ...candidates.filter((c) => FAMILY[c.type] !== FAMILY[main!.type] && !main!.parts.includes(c) && c.dateMention).map((c) => c.dateMention!),
      ]);
      const day = [...primary]
        .filter((x) => !FILE_PHOTO.test(x.text) && !elsewhere.has(x))
        // (Not the last day of a stay: "is in Laos on an official visit that runs until 10 March" began before it.)
        .flatMap((x) => encounterDates(x, ctx).filter((d) => !isLastDay(x, d) && !others.has(d)))
        // (A day, not a year: "Last year, trade grew …" after the lead is a figure's time.)
        .find(
          (d) =>
            d.kind !== 'year' && d.kind !== 'relative-year' && (d.kind !== 'calendar' || d.from.day !== null) && (main!.planned || !/^next\b/i.test(d.text)),
        );
      const resolved = day ? resolveDate(day, main.planned, ctx).date : null;
      if (resolved) {
        main.date = resolved;
        main.basis = 'stated';
      }
    }
    // "The signing of the agreements was held at the Great Hall of the People on Monday, May 15": the
    // day of the signing the encounter ended in, when the lead gave none.
    if (main.date === null) {
      const held = sentences.find((x) => SIGNING_HELD.test(x.text));
      const day = held ? encounterDates(held, ctx).find((d) => d.kind !== 'year' && (d.kind !== 'calendar' || d.from.day !== null)) : undefined;
      const resolved = day ? resolveDate(day, main.planned, ctx).date : null;
      if (resolved) {
        main.date = resolved;
        main.basis = 'stated';
        main.merged.push(held!);
      }
    }
    // "President X on a 2-day official visit to Morocco." then "Nigeria and Morocco on Monday in Rabat signed
    // agreements …": the day of the signing the next sentences report, within the week before the page.
    // (… also when the lead gave only "this week": the day narrows the week.)
    const weekOnly = main.date !== null && main.date.length < 10 && main.defining.some((d) => THIS_WEEK.test(d.text));
    if ((main.date === null || weekOnly) && !main.planned && ctx.published !== null) {
      const first = main.defining[0]!.index;
      for (const x of sentences.slice(first + 1, first + 4)) {
        if (!SIGNED_BY_SIDES.test(x.text) || x.countries.filter(namesState).length < 1) continue;
        const day = encounterDates(x, ctx).find((d) => d.kind === 'weekday' || d.kind === 'relative-day' || (d.kind === 'calendar' && d.from.day !== null));
        const resolved = day ? resolveDate(day, false, ctx).date : null;
        if (resolved !== null && inWeekBefore(resolved, ctx.published)) {
          main.date = resolved;
          main.basis = 'stated';
          main.merged.push(x);
        }
        break;
      }
    }
    // "During the signing ceremony, …" after "a LOC agreement was signed … today (June 10, 2022) at Colombo": a signing
    // ceremony is dated by the day the text gives the signing, a few sentences either side.
    if (main.date === null && main.type === 'ceremony') {
      const first = main.defining[0]!.index;
      for (const x of sentences.slice(Math.max(0, first - 3), first + 4)) {
        if (!SIGNED_BY_SIDES.test(x.text) && !SIGNED_PASSIVE.test(x.text)) continue;
        const day = encounterDates(x, ctx).find((d) => d.kind === 'calendar' && d.from.day !== null);
        const resolved = day ? resolveDate(day, false, ctx).date : null;
        if (resolved?.length === 10) {
          [main.date, main.basis] = [resolved, 'stated'];
          main.merged.push(x);
          break;
        }
      }
    }
    // "During the visit by President X to Brazil in July, …", written in September: a month the encounter's sentences give,
    // gone by when the text was written, dates it better than the day of writing.
    if (main.date === null && !main.planned && ctx.anchor !== null) {
      const month = main.defining
        .flatMap((x) =>
          x.dates.filter(
            (d) =>
              d.kind === 'calendar' &&
              d.from.month !== null &&
              d.from.day === null &&
              d.to === null &&
              // (The month the encounter's own phrase ends in: "the visit … to Brazil in July", not a figure's.)
              /\sin\s+$/.test(x.text.slice(Math.max(0, d.start - 6), d.start)) &&
              ENCOUNTER_PHRASE.test(x.text.slice(Math.max(0, d.start - 120), d.start)),
          ),
        )
        .map((d) => resolveDate(d, false, ctx).date)
        .find((d): d is string => d !== null && d.length === 7 && d < ctx.anchor!.slice(0, 7) && !d.startsWith('--'));
      if (month) [main.date, main.basis] = [month, 'stated'];
    }
    if (main.date === null && ctx.period) {
      main.date = ctx.period.from;
      main.end = ctx.period.to;
      main.basis = 'stated';
    }
  }

  // "The leaders recalled their meeting in Kazan in October": an encounter of the main one's two sides,
  // named by them, is theirs (not the venue's state's), when it names no other side.
  // (The state a visit goes to is a side, however the text names it: "will visit Hanoi".)
  const pair = main ? [...main.countries].filter((x) => main.type === 'visit' || !venueOnly(main, x)) : [];
  if (pair.length === 2)
    candidates.forEach((c, i) => {
      if (c.ofThePair?.every((x) => pair.includes(x)) && !sameStates(new Set(c.countries), main!.countries)) candidates[i] = { ...c, countries: pair };
    });

  // "Prime Minister X had a series of bilateral meetings on the sidelines of …", "Arab leaders held a number of
  // bilateral meetings": the lead announces a round, and each meeting the text goes on to report is its own,
  // on the round's day (null: a round of no one side; undefined: no round).
  const roundHost: string | null | undefined = main && ROUND_LEAD.test(main.defining[0]!.text) ? principalOf(main, people) : undefined;
  const openedInRound = (c: Candidate, main: Group, host: string | null): boolean => {
    if (c.type !== 'meeting' || c.lead || c.planned || c.recalled || index.isDefining(c.sentence)) return false;
    const sides = c.countries.length === 2 ? c.countries : c.countries.length === 1 && host && c.countries[0] !== host ? [host, c.countries[0]!] : null;
    if (!sides || sameStates(new Set(sides), main.countries)) return false;
    const g = openOnDayOf(main, c, sides);
    g.people = new Set([...g.people].filter((p) => p.country !== null && sides.includes(p.country)));
    return true;
  };

  // Dated candidates: their own event unless they are the same encounter as an existing one.
  for (const c of candidates) {
    // (An earlier leg named in a sentence of the main encounter is its own: "His visit to China follows a trip to Vietnam".)
    // (… and so is a visit still to come that the encounter prepares: "arrived on Monday ahead of the visit by X on 14 May".)
    if (c.date === null || (main && index.isDefining(c.sentence, main) && !c.recalled && !(c.planned && !main.planned))) continue;
    // (Read into no group: a stop's town is no venue of the visit.)
    if (main && stopOfVisitUnderWay(c, main, ctx)) continue;
    // "Ruto had a telephone conversation with Trump on Friday" then "Ruto had the first conversation with Trump on
    // Friday": a conversation of the call's day between its sides, with no meeting word, is the call told again.
    if (
      main?.type === 'phone_call' &&
      c.type === 'meeting' &&
      !c.planned &&
      !c.recalled &&
      c.date !== null &&
      c.date === main.date &&
      (sameSides(c.countries, main.countries) || (c.countries.every((x) => main.countries.has(x)) && c.people.every((p) => main.people.has(p)))) &&
      // (… or "talks" of that day with its counterpart: "On Friday he said he had held similar talks with Xi".)
      /\b(?:conversations?|talks|discussions?)\b/i.test(c.sentence.text) &&
      !/\b(?:met|meets|meeting|visit|visited|summit|in\s+person)\b/i.test(c.sentence.text)
    ) {
      join(main, c, false);
      continue;
    }
    // "The meeting highlighted the outcomes of cooperation during the year 2023": the encounter just
    // reported, named again; a year or month in the sentence dates something else.
    // (Not the first date the main encounter gets: "During the visit, X met Y … on Wednesday, July 2.")
    // (Not one whose date is of earlier trips it names: "This visit marked his third to China, following previous trips in
    // October 2023 and September 2024".)
    if (
      main &&
      c.anaphoric &&
      /^\d{4}(?:-\d\d)?$/.test(c.date) &&
      FAMILY[main.type] === FAMILY[c.type] &&
      c.countries.every((x) => main.countries.has(x)) &&
      !EARLIER_TRIPS.test(c.sentence.text)
    ) {
      join(main, c, false);
      continue;
    }
    // "The phone call took place on the eve of the festival … on Monday": a call the text opens its
    // sentence with is the call it has dated already; the day in the sentence dates something else.
    if (
      main &&
      c.anaphoric &&
      main.type === 'phone_call' &&
      c.type === 'phone_call' &&
      main.basis === 'stated' &&
      c.countries.every((x) => main.countries.has(x))
    ) {
      join(main, c, false);
      continue;
    }
    // The main encounter the lead left undated takes the first date the text gives it ("the meeting on 13 March").
    // … but not the date of an earlier encounter the text recalls.
    // (… also "Today's talks were held in a business-like manner", which names no state at all.)
    if (
      main &&
      main.date === null &&
      !c.planned &&
      !c.recalled &&
      !longBefore(c.date, ctx.anchor) &&
      // (With no day of writing, the year the text is written in still says "long before": an anniversary of 2025 and
      // "talks in August 2023".)
      !(ctx.anchor == null && ctx.reference !== null && /^\d{4}/.test(c.date) && Number(c.date.slice(0, 4)) < ctx.reference.year - 1) &&
      // ("… the signing ceremony in Ankara … 'During my 2023 visit to Abu Dhabi, …'": a visit elsewhere is another encounter.)
      !visitElsewhere(c, main, ctx, openingPlace) &&
      // ("In December 2022, Germany and Kenya met on the fringe of the Climate Change Conference in Egypt": talks at a
      // gathering are another encounter than a visit.)
      !(main.type === 'visit' && c.type === 'meeting' && (SIDELINES.test(c.sentence.text) || /\bon\s+the\s+fringes?\s+of\b/i.test(c.sentence.text))) &&
      // ("… who visited Kuwait last week … During the bilateral meeting held at the Ministry on 5 September": the talks of
      // the visit named again give it its day.)
      (FAMILY[main.type] === FAMILY[c.type] || (c.anaphoric && main.type === 'visit' && c.type === 'meeting')) &&
      // (A day, with its year or without: "--09-05".)
      (overlap(c.countries, main.countries) || (!c.countries.length && (c.date.length === 10 || c.date.startsWith('--')))) &&
      // (Not a meeting with a new counterpart: "… held talks with the Egyptian Foreign Minister … In addition, on Thursday
      // Lavrov met with the Thai Foreign Minister" is a second meeting, not the first one's day.)
      // (… not the legs of a trip the sentence names: "arrived in Lima on Monday for a tour that will take him to Ecuador".)
      !(
        main.countries.size >= 2 &&
        c.type === 'meeting' &&
        c.countries.some((x) => !main.countries.has(x)) &&
        !/\b(?:tours?|trips?|visits?|visiting|arrived|travell?ed|journey)\b/i.test(c.sentence.text)
      )
    ) {
      join(main, c, true);
      continue;
    }
    // "a visit to Hanoi by the Lao President this week" then "paid an official visit to Vietnam on Monday and
    // Tuesday": the days the text gives later for the encounter its lead dated by its week or month only.
    if (
      main &&
      main.date?.length === 7 &&
      c.date.length === 10 &&
      c.date.startsWith(main.date) &&
      !c.planned &&
      !main.planned &&
      !c.recalled &&
      main.type === c.type &&
      sameSides(c.countries, main.countries)
    ) {
      [main.date, main.end] = [c.date, c.end];
      join(main, c, false);
      continue;
    }
    // Talks on the day of writing between sides of the visit the text reports:
    if (main && main.type === 'visit' && !main.planned && talksOfTheDay(c, main, ctx)) {
      // "In this year of our 50th anniversary, I welcome President X for his first visit to Japan" then "Today, discussion
      // was held with President X": talks within the year the visit was dated by are its day.
      if (main.date?.length === 4 && !c.planned && !c.recalled && c.date.startsWith(main.date) && c.countries.length > 0) {
        [main.date, main.basis] = [c.date, c.basis];
        join(main, c, false);
        continue;
      }
      // "X arrived in Berlin yesterday on an official visit … Talks between the two leaders are scheduled for today": talks
      // still to come within the visit under way are part of it.
      if (main.date?.length === 10 && c.planned && c.date >= main.date && daysBetween(main.date, c.date) <= 6) {
        join(main, c, false);
        continue;
      }
    }
    // "Xi on Thursday, April 24 welcomed Ruto to China" then "The state visit, which will take place from April 22 to 26,
    // …": the span announced for the visit under way holds the day reported; it is the visit's, not another one to come.
    if (
      main &&
      main.type === 'visit' &&
      c.type === 'visit' &&
      !main.planned &&
      c.planned &&
      main.end === null &&
      main.date?.length === c.date.length &&
      c.end !== null &&
      c.date <= main.date &&
      main.date <= c.end &&
      (c.countries.length === 0 || sameSides(c.countries, main.countries)) &&
      THE_VISIT_OPENS.test(c.sentence.text)
    ) {
      [main.date, main.end] = [c.date, c.end];
      join(main, c, false);
      continue;
    }
    // The same day, the same two states: one encounter, whatever its parts (a bilateral summit, a ceremony).
    const laterDay =
      main !== null &&
      main.type === 'visit' &&
      main.end === null &&
      main.date?.length === 10 &&
      c.date.length === 10 &&
      !c.planned &&
      c.date > main.date &&
      daysBetween(main.date, c.date) <= 6;
    if (
      main &&
      main.date !== null &&
      (!c.planned || (main.end !== null && c.date >= main.date && c.date <= main.end)) &&
      (within(c.date, main) || laterDay) &&
      c.type !== 'phone_call' &&
      main.type !== 'phone_call' &&
      c.countries.length <= 2 &&
      [...c.countries].every((x) => main.countries.has(x)) &&
      !visitsBothWays(c, main)
    ) {
      join(main, c, false);
      continue;
    }
    // "will pay a State visit to Vietnam from November 11-12 … the decision to visit Vietnam in November
    // 2017": the year the text writes for the same encounter is the year of the main one's days.
    // … or the same day with its year ("on August 20" in the headline, "on August 20, 2019" in the lead).
    if (
      main &&
      main.date?.startsWith('--') &&
      c.date.slice(4, 7) === main.date.slice(1, 4) &&
      (/^\d{4}-\d{2}$/.test(c.date) || (c.date.length === 10 && c.date.slice(4) === main.date.slice(1))) &&
      c.planned === main.planned &&
      FAMILY[main.type] === FAMILY[c.type] &&
      sameSides(c.countries, main.countries)
    ) {
      const year = c.date.slice(0, 4);
      main.date = inYear(main.date, year);
      if (main.end?.startsWith('--')) main.end = inYear(main.end, year);
      join(main, c, false);
      continue;
    }
    // "on August 20, 2019 … the visit to the U.S. on August 19-20": a span without a year holding the
    // main encounter's day is the visit it is part of, in its year.
    if (
      main &&
      c.type === 'visit' &&
      c.date.startsWith('--') &&
      c.end?.startsWith('--') &&
      main.date?.length === 10 &&
      main.end === null &&
      c.date.slice(2) <= main.date.slice(5) &&
      main.date.slice(5) <= c.end.slice(2) &&
      sameSides(c.countries, main.countries)
    ) {
      const year = main.date.slice(0, 4);
      if (main.date > inYear(c.date, year)) main.talks ??= main.date;
      [main.date, main.end, main.type] = [inYear(c.date, year), inYear(c.end, year), 'visit'];
      join(main, c, false);
      continue;
    }
    // "will undertake an official visit to Bandar Seri Begawan beginning Sunday … the short visit from
    // April 4-5": the announced visit named again with its days.
    if (
      main &&
      main.planned &&
      main.date === null &&
      main.type === 'visit' &&
      c.type === 'visit' &&
      c.end !== null &&
      THE_VISIT.test(c.sentence.text) &&
      sameSides(c.countries, main.countries)
    ) {
      [main.date, main.end, main.basis] = [c.date, c.end, c.basis];
      join(main, c, false);
      continue;
    }
    // "signed on July 24 … arrived on a state visit on July 23, which will last until July 26": a visit
    // whose span holds the main encounter's day is the visit that encounter is part of; the day the
    // lead gave stays the day of its talks, which documents signed at them take. ("is currently making
    // a visit … will stay in Ulaanbaatar on 23-25 August": a visit under way, whose days are announced.)
    if (
      main &&
      c.type === 'visit' &&
      c.end !== null &&
      main.end === null &&
      main.date !== null &&
      sameForm(main.date, c.date) &&
      c.date <= main.date &&
      main.date <= c.end &&
      !(main.planned && !c.planned) &&
      FAMILY[main.type] === FAMILY[c.type] &&
      sameSides(c.countries, main.countries)
    ) {
      if (main.date > c.date) main.talks ??= main.date;
      join(main, c, true);
      continue;
    }
    // "Tinubu, on Saturday night, returned to Abuja after a state visit to Türkiye … departed Abuja on
    // Monday, January 26, for the state visit": a lead that reports the return reports the visit's
    // last day; its first is the departure's or the arrival's.
    if (main && main.type === 'visit' && main.end === null && RETURNED_AFTER.test(main.defining[0]!.text) && visitBefore(c, main, 14)) {
      [main.date, main.end, main.basis] = [c.date, main.date!, c.basis];
      join(main, c, true);
      continue;
    }
    // "Lavrov said on Wednesday … following a meeting with Aleinik … Aleinik arrived in Moscow on May 15
    // for an official visit": the visit began with the arrival a few days before the talks the lead
    // reports, which are part of it; its first day is the arrival's, the talks keep theirs.
    if (
      main &&
      c.end === null &&
      main.end === null &&
      !c.recalled &&
      FAMILY[main.type] === FAMILY[c.type] &&
      ARRIVED.test(c.sentence.text) &&
      visitBefore(c, main, 6)
    ) {
      main.talks ??= main.date;
      [main.date, main.basis, main.type] = [c.date, c.basis, 'visit'];
      join(main, c, true);
      continue;
    }
    // "Erdoğan's meeting this week with the Emir …" then "Türkiye and Qatar on Monday signed 12 agreements": the
    // week's encounter on the day the text names in it (the week was dated by the day of writing, or by its month).
    if (
      main &&
      !main.planned &&
      !c.planned &&
      !c.recalled &&
      main.date !== null &&
      ctx.published !== null &&
      (main.date === ctx.published || (main.date.length === 7 && c.date?.startsWith(main.date))) &&
      main.defining.some((d) => THIS_WEEK.test(d.text)) &&
      c.date?.length === 10 &&
      c.date <= ctx.published &&
      daysBetween(c.date, ctx.published) <= 6 &&
      sameSides(c.countries, main.countries)
    ) {
      [main.date, main.basis] = [c.date, c.basis];
      join(main, c, true);
      continue;
    }
    // "Premiers forge closer ties in phone call" over "… made the commitment during a telephone conversation on
    // Friday": the encounter a headline names with no day, on the day the text's first paragraphs give it.
    if (
      main &&
      main.date === null &&
      !main.planned &&
      !c.planned &&
      !c.recalled &&
      !c.invitation &&
      c.type === main.type &&
      c.sentence.paragraph <= 2 &&
      c.date !== null &&
      inWeekBefore(c.date, ctx.published) &&
      // (A headline may name no state: "Premiers forge closer ties in phone call".)
      (main.countries.size === 0 || sameSides(c.countries, main.countries))
    ) {
      [main.date, main.basis] = [c.date, c.basis];
      join(main, c, true);
      continue;
    }
    // "X will head to Poland this week …" then "X will depart … on Thursday for a three-day visit": the announced
    // visit on the days the text goes on to give it, within the week.
    if (
      main &&
      main.planned &&
      c.planned &&
      !c.invitation &&
      (main.type === 'visit' || WILL_TRAVEL.test(main.defining[0]!.text)) &&
      c.type === 'visit' &&
      (main.date === null || (main.date === ctx.published && main.basis !== 'stated')) &&
      main.end === null &&
      c.date?.length === 10 &&
      ctx.published !== null &&
      c.date >= ctx.published &&
      daysBetween(ctx.published, c.date) <= 7 &&
      c.countries.length > 0 &&
      c.countries.every((x) => main.countries.has(x))
    ) {
      [main.date, main.end, main.basis, main.type] = [c.date, c.end, c.basis, 'visit'];
      join(main, c, true);
      continue;
    }
    const same = index.find(
      c.date,
      (g) =>
        FAMILY[g.type] === FAMILY[c.type] &&
        g.planned === c.planned &&
        g.date !== null &&
        within(c.date!, g) &&
        (sameSides(c.countries, g.countries) || !c.countries.length) &&
        // (Not a gathering of more states held during a bilateral visit: "She will also take part in the Chile-Peru-Bolivia
        // Trilateral Dialogue on 6th May in Lima" is an encounter of its own.)
        !(c.countries.length > g.countries.size && g.countries.size === 2 && SEVERAL_SIDES.test(c.sentence.text)) &&
        !visitsBothWays(c, g),
      main,
    );
    if (same) join(same, c, true);
    else if (main && extendsVisit(main, c)) {
      main.end = c.date;
      main.type = 'visit';
      main.merged.push(c.sentence);
    } else open(c, false);
  }
  // An invitation made at an encounter the next sentence names: "On July 9, X invited Y to visit …
  // The invitation was extended during a telephone call." The call is an encounter of that day.
  for (const c of candidates) {
    if (!c.invitation || c.lead) continue;
    const day = invitationDay(c.sentence, ctx);
    if (!day) continue;
    const at = candidates.find(
      (o) =>
        !o.invitation &&
        o.date === null &&
        !o.planned &&
        o.sentence.index > c.sentence.index &&
        o.sentence.index <= c.sentence.index + 2 &&
        overlap(o.countries, new Set(c.countries)),
    );
    if (at && !index.isDefining(at.sentence)) {
      const g = open({ ...at, date: day, basis: 'stated' }, false);
      for (const x of c.countries) g.countries.add(x);
      for (const p of c.people) g.people.add(p);
    }
  }
  // Undated candidates only add evidence to an encounter they fit, except a past visit somewhere the
  // main encounter is not ("he recalled his visit to Harare"): that is an encounter of its own.
  const mainPlace = main ? (placeOf(main, ctx)?.country ?? null) : null;
  // The stops of a journey opened below, which the main encounter may turn out to be (merged back before the split).
  const stops = new Set<Group>();
  for (let c of candidates) {
    // An announced encounter with a place of its own ("agreed to hold the first Forum of Regions in
    // Samarkand next year") is an event even when the text gives it no year.
    // (Not the announced main encounter named again: "The State Visit will coincide with the Commission … in Abuja".)
    const sameAnnounced = main !== null && main.planned && FAMILY[main.type] === FAMILY[c.type] && sameSides(c.countries, main.countries);
    if (sameAnnounced && c.date === null && c.planned && !index.isDefining(c.sentence) && hasOwnPlace(c, main, ctx)) {
      join(main!, c, false);
      continue;
    }
    if (main && c.date === null && stopOfVisitUnderWay(c, main, ctx)) continue;
    // "Albares will use this one-day official visit to …": the visit the text reports, named again with no day of its own,
    // whatever the future around it.
    // (A meeting the text calls "this visit" is a visit: "I believe that this visit will be a new turning point".)
    if (main && c.thisOne && c.date === null && (main.type === 'visit' || main.type === 'meeting') && c.countries.every((x) => main.countries.has(x))) {
      main.type = 'visit';
      join(main, c, false);
      continue;
    }
    // "… arrived on an official visit to Dushanbe. During the visit, he will hold talks with President X": the programme of
    // the visit under way, not a visit to come.
    if (
      c.date === null &&
      main &&
      main.type === 'visit' &&
      !main.planned &&
      c.planned &&
      DURING_THE_VISIT.test(c.sentence.text) &&
      c.countries.every((x) => main.countries.has(x))
    ) {
      join(main, c, false);
      continue;
    }
    // (… or named as the next of its series: "The next joint session of both governments will be held in North Macedonia".)
    const nextOfSeries = c.type !== 'phone_call' && NEXT_OF_SERIES.test(c.sentence.text);
    if (
      c.date === null &&
      c.planned &&
      !c.invitation &&
      c.type !== 'phone_call' &&
      (hasOwnPlace(c, main, ctx) || nextOfSeries) &&
      !index.isDefining(c.sentence)
    ) {
      open(c, false);
      continue;
    }
    // "X extended an invitation to Y to make a state visit to Mongolia, which was accepted": a visit announced by
    // an accepted invitation, when no encounter of the text already is it.
    if (c.invitation && c.countries.length === 1) c = invitedOf(c, main);
    if (
      c.invitation &&
      // (… or accepted at the start of the next sentence: "Lee invited Tokayev to make an official visit to South Korea.
      // Tokayev accepted and …".)
      (ACCEPTED.test(c.sentence.text) || ACCEPTED_NEXT.test(sentences[c.sentence.index + 1]?.text ?? '')) &&
      c.countries.length === 2 &&
      !index.isDefining(c.sentence) &&
      !groups.some((g) => g.planned && g.type === 'visit' && sameSides(c.countries, g.countries))
    ) {
      open({ ...c, planned: true, date: null, end: null }, false);
      continue;
    }
    // "… looking forward to an upcoming official visit by Slovak PM Robert Fico next Tuesday", said in a text about Hungary
    // and Slovakia: a visitor named with his state, the host the other state of the text's pair.
    const pair = ctx.focus.slice(0, 2);
    if (
      c.type === 'visit' &&
      c.planned &&
      c.countries.length === 1 &&
      pair.length === 2 &&
      pair.includes(c.countries[0]!) &&
      c.people.some((p) => p.country === c.countries[0]) &&
      UPCOMING.test(c.sentence.text) &&
      // (Not a visit the sentence sends elsewhere: "his upcoming visit to the Gulf region".)
      !/\bvisit\s+(?:to|in)\b/i.test(c.sentence.text)
    )
      c = { ...c, countries: [...pair] };
    // "Putin's upcoming state visit to Uzbekistan", "the upcoming visit of the President of Kazakhstan to Vietnam", in a
    // text about the two: a visit announced to one state of the pair is the other's, whoever the sentence names.
    else if (
      c.type === 'visit' &&
      c.planned &&
      c.countries.length === 1 &&
      pair.length === 2 &&
      pair.includes(c.countries[0]!) &&
      UPCOMING.test(c.sentence.text) &&
      pair.includes(visitDestination(c.sentence) ?? '')
    )
      c = { ...c, countries: [...pair] };
    // "Putin's upcoming state visit to Uzbekistan was also discussed": an announced visit or summit of
    // two states that no encounter of the text already is.
    if (
      c.date === null &&
      c.planned &&
      !c.invitation &&
      (c.type === 'visit' || c.type === 'summit') &&
      c.countries.length === 2 &&
      !index.isDefining(c.sentence) &&
      // (A planned meeting besides the main encounter is no announced visit: "hold the next round of consultations
      // in New Delhi" and "the forthcoming visit of Argentina's Foreign Minister to India" are two encounters.)
      !groups.some(
        (g) => g.planned && (c.type === 'visit' && g !== main ? g.type === 'visit' : FAMILY[g.type] === FAMILY[c.type]) && sameSides(c.countries, g.countries),
      )
    ) {
      open(c, false);
      continue;
    }
    // An earlier trip of the main encounter's traveller, undated, is an encounter of its own: "Following his recent visits
    // to Saudi Arabia, Egypt, Israel and Jordan" (states the main one lacks, split by state below), and "His visit to
    // China follows a trip to Vietnam, where …" (the leg's two sides).
    if (main !== null && c.type === 'visit' && c.recalled && c.date === null) {
      const toSeveral = !c.planned && c.countries.length >= 3 && c.countries.filter((x) => !main.countries.has(x)).length >= 2 && !index.isDefining(c.sentence);
      const leg =
        c.countries.length === 2 &&
        !sameSides(c.countries, main.countries) &&
        LEG_BEFORE.test(c.sentence.text) &&
        !groups.some((g) => g.type === 'visit' && sameSides(c.countries, g.countries));
      if (toSeveral || leg) {
        open(c, false);
        continue;
      }
    }
    // "The ministers' conversation builds on ties enhanced after Minister Kamikawa's visit to Poland in January this year",
    // in a call's readout of no year: a visit of a time of its own told in a sentence of the call, no part of it.
    if (
      main &&
      main.type === 'phone_call' &&
      c.type === 'visit' &&
      c.unplaced &&
      c.date === null &&
      !c.planned &&
      c.sentence !== main.defining[0] &&
      sidesOfVisit(c).length >= 2 &&
      (main.date === null || apartInTime(c.unplaced, main.date)) &&
      !groups.some((g) => g.type === 'visit' && sameSides(sidesOfVisit(c), g.countries))
    ) {
      open({ ...c, countries: sidesOfVisit(c) }, false);
      continue;
    }
    // "… implementing the agreement reached during President Jokowi's recent visit to Russia", in the readout of a call: an
    // earlier trip the text names by its traveller and destination, undated, an encounter of its own.
    if (
      main &&
      c.type === 'visit' &&
      c.recalled &&
      c.date === null &&
      !c.planned &&
      c.sentence !== main.defining[0] &&
      recentTripToState(c.sentence) &&
      sidesOfVisit(c).length === 2 &&
      (main.type !== 'visit' || !sameSides(sidesOfVisit(c), main.countries)) &&
      !groups.some((g) => g.type === 'visit' && sameSides(sidesOfVisit(c), g.countries))
    ) {
      open({ ...c, countries: sidesOfVisit(c) }, false);
      continue;
    }
    // "Chinh welcomed his call with Anwar following their meeting at the G20 Summit last month": in a call's readout, the two
    // sides' meeting in person before it, undated, is an encounter of its own.
    if (
      main &&
      main.type === 'phone_call' &&
      c.type === 'meeting' &&
      c.recalled &&
      c.date === null &&
      !c.planned &&
      sameSides(c.countries, main.countries) &&
      THEIR_MEETING.test(c.sentence.text) &&
      !groups.some((g) => g !== main && g.type === 'meeting' && sameSides(c.countries, g.countries))
    ) {
      open(c, false);
      continue;
    }
    // "PM X will meet President Putin on the sidelines of the SCO summit on Monday. The prime minister will also meet President
    // Xi": a meeting to come beside an announced main encounter is one of its own, on its day.
    if (main?.planned && c.planned && c.date === null && !c.lead && !index.isDefining(c.sentence) && openedBeside(c, main)) continue;
    if (c.date !== null || c.lead || c.planned || index.isDefining(c.sentence)) continue;
    // "In September, Tshisekedi paid an official visit to Ankara", in a text of no year reporting a visit in February: a
    // time of its own, though no date can be written for it.
    if (main && c.unplaced && (c.countries.length >= 2 || c.ofThePair) && !c.anaphoric && apartInTime(c.unplaced, main.date)) {
      open(c, false);
      continue;
    }
    const destination = c.type === 'visit' ? destinationOf(c.sentence) : null;
    if (main && destination && mainPlace && destination !== mainPlace && !groups.some((g) => g.type === 'visit' && g.countries.has(destination))) {
      open(c, false);
      continue;
    }
    // A stop of the traveller's journey that the text places elsewhere than the main encounter: "In Uganda, Raisi met
    // counterpart Yoweri Museveni", "Prior to the visit to Harare, Raisi was first in Kenya, where he met President
    // William Ruto": the traveller's visit to that state, an event of its own.
    // (… also of a tour still to come: "In Australia, Li Qiang will meet Prime Minister Anthony Albanese".)
    const leg = main && main.planned === c.planned && (c.type === 'meeting' || c.type === 'visit') ? legPlaceOf(c.sentence) : null;
    if (main && leg && leg !== mainPlace && !main.countries.has(leg) && c.countries.includes(leg)) {
      // (The traveller is someone who takes part, of a state of the main encounter: not a place the sentence names, "Prior to the visit to Harare".)
      const named = [
        ...new Set(
          [...c.people, ...people.inSentence(c.sentence)].map((p) => p.country).filter((x): x is string => x !== null && x !== leg && main.countries.has(x)),
        ),
      ];
      // ("In Doha, he met Emir Tamim": the traveller named by a pronoun or a description is the main encounter's principal.)
      const travellers =
        named.length || !BY_PRONOUN.test(c.sentence.text) ? named : [principalOf(main, people)].filter((x): x is string => x !== null && x !== leg);
      if (travellers.length === 1 && !groups.some((g) => g.type === 'visit' && sameStates(new Set([travellers[0]!, leg]), g.countries))) {
        // (A stop of the same journey: of the month the text gives the journey, else of its year, the day not told.)
        // (Undated main encounter: the year the text speaks from, which dates it too.)
        const journeyDate =
          main.date !== null
            ? main.basis === 'stated'
              ? main.date.slice(0, main.date.length === 7 ? 7 : 4)
              : null
            : !c.planned && ctx.reference
              ? String(ctx.reference.year)
              : null;
        const g = open({ ...c, type: 'visit', countries: [travellers[0]!, leg], date: journeyDate, basis: journeyDate ? 'inferred' : c.basis }, false);
        g.destination = leg;
        stops.add(g);
        continue;
      }
    }
    // A recalled encounter ("the subject of a previous meeting held in Brasilia") adds nothing to another.
    if (c.recalled) continue;
    if (main && roundHost !== undefined && openedInRound(c, main, roundHost)) continue;
    // "made telephone calls to leaders of Qatar, Turkey and Malaysia … In a phone call to Turkish President
    // Erdogan, …": a sentence about a state the main encounter lacks belongs to the encounter that has it.
    const foreign = main ? c.countries.filter((x) => !main.countries.has(x)) : [];
    const elsewhere = foreign.length
      ? groups.find((g) => g !== main && FAMILY[g.type] === FAMILY[c.type] && foreign.every((x) => g.countries.has(x)))
      : undefined;
    if (elsewhere) {
      join(elsewhere, c, false);
      continue;
    }
    if (main && openedBeside(c, main)) continue;
    // "Later, PM X telephoned the President-elect of Maldives": another call of the same report, with another state;
    // "later" the same day as the one before it.
    if (
      main &&
      c.type === 'phone_call' &&
      c.countries.length === 2 &&
      c.countries.some((x) => !main.countries.has(x)) &&
      ANOTHER_CALL_OPENS.test(c.sentence.text) &&
      !groups.some((g) => g !== main && FAMILY[g.type] === FAMILY[c.type] && sameSides(c.countries, g.countries))
    ) {
      const sameDay = /^\W*later\b(?!\s+(?:this|that|in\s+the)\s+(?:week|month|year))/i.test(c.sentence.text) && main.date !== null && !main.planned;
      open(sameDay ? { ...c, date: main.date, basis: 'inferred' } : c, false);
      continue;
    }
    // "A week ago he took a call from Russian president Vladimir Putin", in a report of a call between two other leaders:
    // a call with a leader of a state the main call lacks is another call, of the side of the main one it names (else the
    // main one's principal).
    // (A main call told with no names, "Both leaders held a warm telephone conversation", has the text's pair as its sides.)
    const mainSides = main && main.countries.size === 0 && ctx.focus.length >= 2 ? new Set(ctx.focus.slice(0, 2)) : main?.countries;
    const foreignToCall = mainSides ? [...new Set(c.countries.filter((x) => !mainSides.has(x)))] : [];
    if (main && c.type === 'phone_call' && main.type === 'phone_call' && mainSides?.size === 2 && foreignToCall.length === 1) {
      const side =
        c.people.find((p) => p.country !== null && mainSides.has(p.country))?.country ??
        principalOf(main, people) ??
        officeHolderState(c.sentence, mainSides, people);
      if (side && c.people.some((p) => p.country === foreignToCall[0])) {
        open({ ...c, countries: [side, foreignToCall[0]!] }, false);
        continue;
      }
    }
    const target =
      (main && FAMILY[main.type] === FAMILY[c.type] ? main : null) ??
      groups.find((g) => FAMILY[g.type] === FAMILY[c.type] && (overlap(c.countries, g.countries) || !c.countries.length));
    if (target) join(target, c, false);
  }
  // "met world leaders on the sidelines of the G20 … PM Phuc and Chinese President Xi Jinping pledged …":
  // a round whose lead names no one met, each leader of another state the text goes on to name was met.
  // (Only when the text reports none of the round's meetings with an encounter word of its own.)
  if (
    main &&
    roundHost &&
    [...main.countries].every((x) => x === roundHost || venueOnly(main, x)) &&
    !groups.some((g) => g !== main && g.countries.has(roundHost))
  ) {
    const met = new Set<string>();
    for (const s of sentences) {
      if (s.index <= main.defining[0]!.index || cuesOf(s).length) continue;
      for (const p of people.inSentence(s)) {
        if (!p.country || p.country === roundHost || met.has(p.country) || !p.role || !LEADERS.has(p.role.title.category)) continue;
        met.add(p.country);
        const g = open(
          {
            ...main.parts[0]!,
            sentence: s,
            date: main.end === null ? main.date : null,
            basis: main.basis,
            countries: [roundHost, p.country],
            people: [p],
            lead: false,
          },
          false,
        );
        g.type = 'meeting';
      }
    }
    // The round itself is no encounter of two sides.
    main.countries = new Set([roundHost]);
  }
  // The lead names who took part even where it names no encounter word: "Presidents Vladimir Putin of
  // Russia and Kassym-Jomart Tokayev of Kazakhstan signed a joint declaration on Monday". Only leaders
  // and ministers: a spokesperson who reports the encounter took no part in it, nor a former holder of an office ("the
  // killing of former Prime Minister X").
  if (main && main.type !== 'phone_call') {
    for (const s of primary) {
      // (Nor the visitor of a visit still to come that the encounter prepares: "… ahead of the visit by President X".)
      const prepared = preparedVisitAt(s);
      const absent = (m: PlacedMention): boolean => envoysPrincipal(m) || formerHolder(m) || (prepared >= 0 && m.start >= prepared);
      for (const p of people.inSentence(s))
        if (p.country && main.countries.has(p.country) && p.role && PRINCIPALS.has(p.role.title.category) && !people.mentionsIn(p, s).every(absent))
          main.people.add(p);
    }
  }
  // "during an intergovernmental meeting in Rome on Wednesday" and "the Italy-Algeria summit … July 23":
  // a meeting the text also names a summit of its two states, on its day, is that summit.
  // (Not a meeting held on the sidelines of a gathering the headline names: "… at G20 Summit" over "met on the
  // sidelines of the G20 Leaders' Summit".)
  if (
    main?.type === 'meeting' &&
    main.countries.size === 2 &&
    !main.parts.some((c) => c.type === 'meeting' && SIDELINES.test(c.sentence.text)) &&
    main.parts.some((c) => c.type === 'summit' && c.date === main.date && c.countries.length === 2 && sameSides(c.countries, main.countries))
  )
    main.type = 'summit';
  // "President A and President B agreed … during their summit on Saturday. The meeting took place on the sidelines of the
  // APEC summit": two leaders' talks at a gathering of more are a meeting (SCHEMA: a meeting on the sidelines).
  // (… also told in the sentence after: "The meeting took place on the sidelines of …".)
  const sidelinesAfter = (d: RecognisedSentence): boolean =>
    [sentences[d.index + 1], sentences[d.index + 2]].some((n) => n !== undefined && ON_THE_SIDELINES_AFTER.test(n.text));
  if (main?.type === 'summit' && main.countries.size === 2 && [...main.defining, ...main.merged].some((d) => SIDELINES.test(d.text) || sidelinesAfter(d)))
    main.type = 'meeting';
  // "attended the signing ceremony … Before the ceremony, Ahn held talks with Kosiniak-Kamysz": the talks the two sides
  // held on the ceremony's day are the encounter, the ceremony a part of it.
  if (
    main?.type === 'ceremony' &&
    main.parts.some(
      (c) => c.type === 'meeting' && !c.planned && !c.recalled && (c.date === null || c.date === main.date) && c.countries.every((x) => main.countries.has(x)),
    )
  )
    main.type = 'meeting';
  // (An encounter held by video is no visit, whatever trip the text recalls.)
  const framing =
    main && main.type !== 'visit' && !REMOTE.test(main.defining[0]!.text) ? framedAsVisit(main, sentences, cuesOf, people, ctx, announcedAgain) : null;
  if (main && framing) {
    main.type = 'visit';
    if (!main.merged.includes(framing) && !main.defining.includes(framing)) main.merged.push(framing);
    const shifted = main.date && main.end === null ? dayOfVisit(framing.text, main.date) : null;
    if (shifted) [main.date, main.end, main.basis] = [shifted.from, shifted.to, 'inferred'];
  }

  // "PM Wong’s trip from 22-26 June marked …": the visit the text reports, named again with the span of its days, when
  // nothing else dated it (it was dated by the day of writing, or not at all).
  if (main && main.type === 'visit' && !main.planned && main.basis !== 'stated') {
    const span = spanOfVisitAgain(main, sentences, ctx);
    if (span) {
      [main.date, main.end, main.basis] = [span.date, span.end, 'stated'];
      if (!main.merged.includes(span.sentence) && !main.defining.includes(span.sentence)) main.merged.push(span.sentence);
    }
  }

  if (main) for (const leg of onwardLegs(main, sentences, ctx)) if (!groups.some((g) => sameStates(g.countries, new Set(leg.countries)))) open(leg, false);

  // The state whose principal the text follows: the main encounter's first participant's, the one its
  // first sentence names first.
  const principal = main ? principalOf(main, people) : null;
  // "Havana, May 21 (RHC) — X has concluded his official visit to Cuba. He was received Monday by …": a visit the text
  // reports as ended on the day of writing began on the earlier day of its talks.
  // … and "Port of Spain, July 5: India and Trinidad signed six agreements during Modi's visit. The MoUs were signed
  // following talks … on Friday": a visit its sentences date by no day of their own, only by the dateline's (the day of
  // writing), was under way by the day of its talks.
  const concluded = main !== null && main.defining.some((d) => VISIT_CONCLUDED.test(d.text));
  // (A date at the very start of the sentence is the dateline's own: "Port of Spain, July 5 : …".)
  const undated = main !== null && main.date === ctx.anchor && main.defining.every((d) => d.dates.every((x) => x.start <= 60 && d.index === 0));
  if (main && main.type === 'visit' && main.end === null && main.date?.length === 10 && (concluded || undated)) {
    const talks = groups.find(
      (g) =>
        g !== main &&
        g.type === 'meeting' &&
        !g.planned &&
        !g.defining.some((d) => SIDELINES.test(d.text)) &&
        g.date?.length === 10 &&
        g.date < main.date! &&
        daysBetween(g.date, main.date!) <= 6 &&
        // (Its other side may be unnamed yet: "He was received Monday by …".)
        g.countries.size > 0 &&
        [...g.countries].every((x) => main.countries.has(x)),
    );
    if (talks) {
      [main.date, main.end, main.basis] = [talks.date, concluded ? main.date : null, 'stated'];
      main.merged.push(...talks.defining);
      for (const p of talks.people) main.people.add(p);
      groups.splice(groups.indexOf(talks), 1);
    }
  }
  // "returned to Ankara after a tour of Africa … In Kenya, Erdogan met President Ruto": a stop the main encounter became.
  // (… or the first stop of a journey whose main encounter names the traveller's state alone: "Modi is on a three-nation
  // tour in July 2024. In Austria, Modi met …" is that visit.)
  if (main) {
    const firstStop = main.countries.size === 1 ? [...stops].find((g) => overlap(main.countries, g.countries)) : undefined;
    for (const x of firstStop?.countries ?? []) main.countries.add(x);
    for (const g of stops) {
      if (!sameStates(g.countries, main.countries)) continue;
      for (const c of g.parts) join(main, c, false);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  // "President William Ruto has urged Germany to … This was during a telephone conversation with German Chancellor
  // Friedrich Merz": the side an encounter's sentence names by "this" or a pronoun is the subject of the sentence before.
  if (main && main.countries.size === 1) {
    const subject = subjectBefore(main, sentences, people);
    if (subject?.country) {
      main.countries.add(subject.country);
      main.people.add(subject);
    }
  }
  // "Lula and Xi shake hands as they sign bilateral agreements, in Brasilia, Brazil November 20, 2024. REUTERS/…": a photo's
  // caption that shows the main encounter's two principals dates it, when the text gives it no day of its own.
  if (main && main.date === null && !main.planned) {
    const day = captionDay(sentences, main);
    if (day) Object.assign(main, { date: day, basis: 'stated' as const });
  }
  const split = legsDatedByTheirMeeting(
    withoutReportedLegs(
      groups.flatMap(
        (g) =>
          (g.round ? null : splitTour(g, ctx)) ??
          (g.round ? null : withoutToldApart(splitBilateral(g, ctx, principal, cuesOf, people), g, groups)) ??
          splitCounterparts(g, ctx, principal, cuesOf) ??
          splitDatedVisitors(g, people) ?? [g],
      ),
      groups,
    ),
    groups,
  );
  // A lead that announces a round of meetings and names no two sides of its own is no encounter once
  // the round's meetings are read ("Arab leaders held a number of bilateral meetings in Jeddah").
  const roundOnly =
    main !== null &&
    roundHost !== undefined &&
    [...main.countries].filter((x) => !venueOnly(main, x)).length < 2 &&
    split.some((g) => !g.main && !g.planned && g.date === main.date);
  const kept = oneEach(roundOnly ? split.filter((g) => !g.main) : split);
  yearFromWithin(kept);
  // (Another visit to come follows the main visit's traveller, not its host: "The Emir's stop in Turkey … He plans to head to
  // Jordan tomorrow" is Qatar's.)
  const mainOut = main && kept.includes(main) ? toEvent(main, ctx, main, principal) : null;
  const traveller = mainOut ? travellerOf(mainOut) : null;
  const all = kept.map((g) =>
    g === main && mainOut ? mainOut : toEvent(g, ctx, main, g.type === 'visit' && g.planned && g !== main ? (traveller ?? principal) : principal),
  );
  // A planned stop whose year was only inferred ("a trip that will also take him to India") is the one a sentence dates
  // more precisely ("He plans to head to India today").
  // (Looked up by type and sides, not by a search of every event per event: a page of thousands of meetings.)
  const plannedDates = new Map<string, string[]>();
  for (const o of all) if (o.planned && o.date !== null) addTo(plannedDates, plannedKey(o), o.date);
  const plannedOnce = all.filter((e) => !(e.date_basis === 'inferred' && datedMorePrecisely(e, plannedDates.get(plannedKey(e)) ?? [])));
  const events = withoutMonthRetellings(plannedOnce);
  const mainEvent = main ? (events.find((e) => e.rule === 'event/main-encounter') ?? null) : null;
  return { events, signingDay: main?.talks ?? mainEvent?.date ?? (roundOnly && main ? main.date : null) };
}

/**
 * "Kazakh President meets Emir of Qatar, Austrian President" over "… met the Emir on Sept. 20. On Sept. 21, Tokayev held
 * talks with the Austrian President": a pair of the split round that another encounter of the text tells on a day of its
 * own is that encounter.
 */
function withoutToldApart(pairs: Group[] | null, round: Group, groups: readonly Group[]): Group[] | null {
  if (pairs === null) return null;
  // (Of the same month: "they last met in Hiroshima in May" is an earlier meeting, not the one of the round.)
  const toldApart = (p: Group, o: Group): boolean =>
    o !== round && o.date !== null && !o.planned && sameStates(o.countries, p.countries) && (p.date === null || o.date.slice(0, 7) === p.date.slice(0, 7));
  const kept = pairs.filter((p) => !groups.some((o) => toldApart(p, o)));
  return kept.length ? kept : null;
}

// A caption's present tense ("shake hands", "pose for a photo", "attend", "sign") and its full date closing it, before a
// photo credit or the end of the sentence.
const CAPTION_VERB =
  /\b(?:shake\s+hands|pose|pose\s+for|attend|attends|speak|speaks|hold\s+talks|meet|meets|sign|signs|arrive|arrives|greet|greets|walk|walks|review|reviews|embrace|embraces|gesture|gestures|listen|listens|inspect|inspects)\b/i;
const CAPTION_DATE_END = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*$/;

/** The day a caption of the main encounter's two principals gives (in a sentence of its own, present tense, dated at its end). */
function captionDay(sentences: readonly RecognisedSentence[], main: Group): string | null {
  const principals = [...main.people].filter((p) => p.country && main.countries.has(p.country));
  if (principals.length < 2) return null;
  // (Only in a city the encounter's own sentences name, if they name one.)
  const cities = new Set(main.defining.flatMap((s) => s.countries.filter((c) => c.kind === 'city' || c.kind === 'capital').map((c) => c.form)));
  for (const s of sentences) {
    if (!CAPTION_VERB.test(s.text) || !CAPTION_DATE_END.test(s.text.replace(/\s*(?:REUTERS|AFP|AP|Photo|Xinhua)\b.*$/, ''))) continue;
    // (Not an archive picture: "… October 12, 2024. REUTERS/… /File Photo".)
    if (/\bfile\s+(?:photo|picture|image)\b|\barchive\b/i.test(s.text)) continue;
    const shownIn = s.countries.filter((c) => c.kind === 'city' || c.kind === 'capital').map((c) => c.form);
    if (cities.size && shownIn.length && !shownIn.some((c) => cities.has(c))) continue;
    const named = principals.filter((p) => p.mentions.some((m) => m.sentence.index === s.index));
    if (new Set(named.map((p) => p.country)).size < 2) continue;
    const day = s.dates.filter((d) => d.kind === 'calendar' && d.from.year !== null && d.from.month !== null && d.from.day !== null && d.to === null);
    if (day.length !== 1) continue;
    return formatDate(day[0]!.from);
  }
  return null;
}

const plannedKey = (e: EventT): string => `${e.type}|${e.countries.join('+')}`;

/**
 * "X's Official Visit to China and Working Visit to Australia in May 2018" over "… to China on May 14th to May 19th, 2018,
 * followed by a Working Visit to Australia from May 20th": an encounter a headline tells by its month that another of the same type,
 * sides and tense dates to days within that month, whose people include all of its own, is that one told again.
 */
function withoutMonthRetellings(events: readonly EventT[]): EventT[] {
  const byKey = new Map<string, EventT[]>();
  for (const e of events) if (e.date && e.date.length === 10) addTo(byKey, `${plannedKey(e)}|${e.planned}`, e);
  if (!byKey.size) return [...events];
  return events.filter((e) => {
    // (Only a headline's, which names who travels: "visited Côte d'Ivoire twice in July 2023. She first visited … and then
    // returned on July 27" tells two visits.)
    if (!e.date || e.date.length !== 7 || e.evidence[0]?.sentence !== 0 || !e.participants.length) return true;
    const names = e.participants.map((p) => p.name);
    return !(byKey.get(`${plannedKey(e)}|${e.planned}`) ?? []).some(
      (o) => o.date!.startsWith(e.date!) && names.every((n) => o.participants.some((p) => p.name === n)),
    );
  });
}

/** A planned encounter that another planned one of the same type and sides dates more precisely, within its date. */
function datedMorePrecisely(e: EventT, datesOfSame: readonly string[]): boolean {
  return e.planned && e.date !== null && datesOfSame.some((d) => d.length > e.date!.length && d.startsWith(e.date!));
}

// "The meeting took place on the sidelines of the APEC summit": the encounter just told, placed at a larger gathering.
const ON_THE_SIDELINES_AFTER =
  /^\W*(?:the|their|this|that)\s+(?:bilateral\s+)?(?:meeting|talks|summit|encounter)\s+(?:took\s+place|was\s+held|were\s+held|came|happened)\s+(?:on|at|in)\s+the\s+(?:side-?lines|margins)\s+of\b/i;

// A sentence that tells another call than the one before: "Later, PM X telephoned …", "Separately, …", "also phoned".
const ANOTHER_CALL_OPENS =
  /^\W*(?:later|subsequently|afterwards|meanwhile|separately|in\s+(?:a|another)\s+(?:separate\s+)?(?:call|phone\s+call|telephone\s+call|conversation))\b|\balso\s+(?:telephoned|phoned|called|spoke|held\s+(?:a\s+)?(?:telephone|phone))\b/i;

// Earlier trips a sentence about the visit names: "following previous trips for the forum in October 2023".
// A traveller's earlier trip named by its possessive: "President Jokowi's recent visit", "his previous visit".
const RECENT_TRIP = /(?:['’]s|\b(?:his|her|their))\s+(?:recent|previous|last|earlier|prior)\s+(?:(?:state|official|working)\s+)?visit\s+to\s+(?:the\s+)?/iu;
/**
 * "President Jokowi's recent visit to Russia", "X's visit to Tehran in July last year": the trip's destination is a state the
 * sentence names (not "to the region").
 */
function recentTripToState(s: RecognisedSentence): boolean {
  const m = RECENT_TRIP.exec(s.text);
  if (m !== null && s.countries.some((c) => c.start === m.index + m[0].length && namesState(c))) return true;
  // "as agreed during Turkish President X’s visit to Tehran in July last year": a trip of a year before, to a state or its capital.
  const dated = LAST_YEARS_TRIP.exec(s.text);
  return dated !== null && s.countries.some((c) => c.start === dated.index + dated[0].length && (namesState(c) || c.kind === 'capital'));
}
const LAST_YEARS_TRIP = /(?:['’]s|\b(?:his|her|their))\s+(?:(?:state|official|working)\s+)?visit\s+to\s+(?:the\s+)?(?=[^.;,]{0,40}?\blast\s+year\b)/iu;
// A sentence that opens with the visit named again: "The state visit, which will take place from April 22 to 26, …".
const THE_VISIT_OPENS = /^\W*(?:the|this)\s+(?:(?:state|official|working|three-day|two-day|four-day|five-day)\s+)?visit\b/i;

const TWO_SIDES = /\bthe two (?:leaders|sides|presidents|heads of state|prime ministers|ministers|foreign ministers|countries|delegations)\b/i;

// "Earlier, the premier held a cordial telephonic conversation with …": an office named bare, of one of the pair.
const BARE_OFFICE =
  /^\W*(?:(?:earlier|later|meanwhile|separately|also)\s*,?\s+)?the\s+(premier|prime\s+minister|president|chancellor)\s+(?!of\b)(?:also\s+)?(?:held|had|spoke|made|received|phoned|called|talked)\b/i;

/** The state of the one person of the pair the text gives the office a sentence names bare ("the premier"), else null. */
function officeHolderState(s: RecognisedSentence, sides: ReadonlySet<string>, people: PeopleIndex): string | null {
  const office = BARE_OFFICE.exec(s.text)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!office) return null;
  const form = office === 'premier' ? 'prime minister' : office;
  const states = new Set(
    people.people
      .filter((p) => p.country !== null && sides.has(p.country) && p.role !== null && p.role.title.form.toLowerCase() === form)
      .map((p) => p.country!),
  );
  return states.size === 1 ? [...states][0]! : null;
}

/**
 * The side the encounter's first sentence names first, by a participant or as a state ("Ethiopian PM
 * holds talks with …"): the principal the text follows.
 */
function principalOf(g: Group, people: PeopleIndex): string | null {
  const s = g.defining[0]!;
  const topicAt = s.text.search(TOPIC);
  // (A first-named person of no known state gives none: the next one named is the counterpart.)
  const named: Array<{ at: number | undefined; country: string | null }> = [
    ...[...g.people].map((p) => ({ at: people.mentionsIn(p, s)[0]?.start, country: p.country })),
    // (Not a state the talks were about: "the discussions centred on … the impact of United States tariffs".)
    ...s.countries.filter((c) => namesState(c) && !(topicAt >= 0 && c.start > topicAt)).map((c) => ({ at: c.start, country: c.iso3 })),
  ];
  const first = named
    .filter((x): x is { at: number; country: string | null } => x.at !== undefined && (x.country === null || g.countries.has(x.country)))
    .reduce<{ at: number; country: string | null } | null>((a, b) => (a === null || b.at < a.at ? b : a), null);
  return first ? first.country : ([...g.people].find((p) => p.country)?.country ?? null);
}

/**
 * The invited named by a name the sentence leaves without a state, "Trudeau invited Prabowo to visit Canada": the other side
 * of the main encounter whose state the visit goes to.
 */
function invitedOf(c: Candidate, main: Group | null): Candidate {
  return c.countries.length === 1 && main?.countries.size === 2 && main.countries.has(c.countries[0]!)
    ? { ...c, countries: [c.countries[0]!, ...[...main.countries].filter((y) => y !== c.countries[0])] }
    : c;
}

/** The side of a visit of two that is not the state it took place in. */
function travellerOf(main: EventT): string | null {
  const host = main.place?.country;
  if (main.type !== 'visit' || main.countries.length !== 2 || !host || !main.countries.includes(host)) return null;
  return main.countries.find((x) => x !== host) ?? null;
}

function toEvent(g: Group, ctx: DocumentContext, main: Group | null, principal: string | null): EventT {
  let date = g.date;
  let basis = g.basis;
  // (Not an encounter still to come: the day the text was written is no day of it.)
  if ((g.main || g.ofMain) && date === null && !g.planned) {
    // The day the text was written (the anchor: its publication date, else its dateline's day, "Astana. July 4.").
    // (Not when a dateline of no year is all it has and the text names the encounter's weekday: "SEOUL, July 25 — …
    // spoke by phone on Wednesday" was some Wednesday up to July 25, which day no year tells.)
    const weekdayOfNoYear = ctx.anchor?.startsWith('--') === true && g.defining.some((s) => s.dates.some((d) => d.kind === 'weekday'));
    // (A stamp of a month, "date 2023-12", gives the month the text was written in.)
    const written = weekdayOfNoYear ? null : (ctx.anchor ?? ctx.writtenMonth ?? null);
    date = written ?? (ctx.reference ? String(ctx.reference.year) : null);
    basis = written ? 'publication' : date ? 'inferred' : null;
  }
  const end = g.end ?? (g.type === 'visit' && date !== null && g.date === null ? stayUntil(g, date, ctx) : null);
  // "The two leaders last met in October": the two sides are the document's pair, whatever else the sentence names.
  // (Only when the encounter has no two sides of its own: "the two countries" then means them.)
  const pairwise = g.defining.some((s) => TWO_SIDES.test(s.text)) && ctx.focus.length >= 2 && g.countries.size !== 2;
  const countries = pairwise ? ctx.focus.slice(0, 2) : [...g.countries];
  // "the third India-Nordic Summit", "the Central Asia-Japan Dialogue Summit": a gathering of a group the world knows
  // the members of is a gathering of them all (data/state-groups.tsv).
  if (g.type === 'summit' || g.type === 'forum')
    for (const s of g.defining) for (const iso3 of groupsInGatherings(s.text, s.countries)) if (!countries.includes(iso3)) countries.push(iso3);
  // "Prime Minister X met IMF Managing Director Y in Riyadh": the other side is an organisation, no state; the
  // venue's state takes no part and no second state is made up.
  const withOrganisation = [...g.people].some((p) => p.organisation === true);
  if (withOrganisation) {
    const sides = countries.filter((c) => !venueOnly(g, c));
    if (sides.length) countries.splice(0, countries.length, ...sides);
  }
  // "Tokayev holds string of talks on SCO sidelines in Tianjin" over his talks with Pakistan's Prime Minister: a state named
  // only as the city the two sides met in is no side of theirs (SCHEMA's conventions: not merely because the venue lies in it).
  // (A summit's or forum's host state takes part in it: "the SCO summit in Astana".)
  else if (countries.length > 2 && (g.type === 'meeting' || g.type === 'phone_call')) {
    const sides = countries.filter((c) => !venueOnly(g, c));
    if (sides.length >= 2) countries.splice(0, countries.length, ...sides);
  }
  // A summit's next session has the same members; a bilateral encounter has two sides.
  if (countries.length < 2 && main && main !== g && g.type === 'summit' && main.type === g.type && main.countries.size > 2)
    countries.splice(0, countries.length, ...main.countries);
  // "The Prime Minister held a call with US President Trump": the unnamed office is the publishing state's.
  if (
    countries.length < 2 &&
    !withOrganisation &&
    ctx.home &&
    !countries.includes(ctx.home) &&
    g.defining.some((s) => s.roleReferences.some((r) => r.role.country === null && !r.role.title.generic))
  )
    countries.push(ctx.home);
  // "On Wednesday he held talks with President Ramaphosa": the side the text leaves unnamed is the one
  // whose principal it follows, the main encounter's first participant's.
  if (countries.length === 1 && main !== g && principal && !countries.includes(principal) && !withOrganisation) countries.push(principal);
  // ("The leaders discussed preparations for the NATO Summit in Vilnius": a gathering to come that names no side of its own
  // is the main encounter's pair's, not the states the text talks of most.)
  // (The main encounter's pair with the publishing state, when its own office named none: "The Minister of State met the
  // Deputy Foreign Minister of Tajikistan".)
  const mainPair = main && main !== g ? new Set([...main.countries, ...(main.countries.size === 1 && ctx.home ? [ctx.home] : [])]) : null;
  if (countries.length < 2 && mainPair?.size === 2 && g.planned && !withOrganisation && countries.every((c) => mainPair.has(c)))
    for (const c of mainPair) if (countries.length < 2 && !countries.includes(c)) countries.push(c);
  if (!withOrganisation) for (const c of ctx.focus) if (countries.length < 2 && !countries.includes(c)) countries.push(c);
  // "Trump's 2017 trip to Saudi Arabia" and "a bilateral meeting, in Riyadh, May 20, 2017": talks held on a trip the text
  // names are that trip, a visit.
  const onTrip =
    !g.main &&
    !g.planned &&
    g.type === 'meeting' &&
    g.parts.some((c) => c.type === 'visit' && !c.planned && c.countries.length === 2 && sameSides(c.countries, g.countries));
  return {
    type: onTrip ? 'visit' : g.type,
    date,
    // (An end before the start is a range the page cut short, "from February 20 to 2", no end; a range without a year may
    // run into the next one, "December 30 to January 2".)
    end_date:
      end !== date &&
      !(
        end !== null &&
        date !== null &&
        ((end.length === 10 && date.length === 10) || (end.startsWith('--') && date.startsWith('--') && end.slice(2, 4) === date.slice(2, 4))) &&
        end < date
      )
        ? end
        : null,
    date_basis: date ? (basis ?? 'stated') : null,
    planned: g.planned,
    place: placeOf(g, ctx),
    countries: countries.sort(),
    participants: [...g.people].map((p) => ({ name: p.name, country: p.country })),
    evidence: evidenceList([...g.defining, ...g.merged]),
    rule: g.main ? 'event/main-encounter' : 'event/dated-encounter',
  };
}

/**
 * "is in Laos on an official visit that runs until 10 March", dated by the day of writing: the last day of the stay
 * the visit's sentences state, after that day.
 */
function stayUntil(g: Group, date: string, ctx: DocumentContext): string | null {
  if (date.length !== 10) return null;
  for (const s of g.defining)
    for (const d of encounterDates(s, ctx)) {
      if (!isLastDay(s, d)) continue;
      const until = resolveDate(d, false, ctx).date;
      if (until?.length === 10 && until > date && daysBetween(date, until) <= 14) return until;
    }
  return null;
}
