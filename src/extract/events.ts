// Encounters → events. Every sentence that reports an encounter (talks, a visit, a call, a summit,
// a forum) is a candidate; candidates for the same encounter (same participants, same day, or no
// date of their own) are merged into one event. The encounter the lead reports is the main event:
// a visit whenever the text frames it as one side's visit to the other's country, dated by the
// text, else by a period the page prints under its headline, else by the publication date (an
// upper bound, recorded as such), else left undated.
import { EncounterIndex } from './encounter-index.js';
import type { EventT, EventTypeT, PlaceT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import { numberOf } from '../recognise/number-words.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { DateMention } from '../recognise/dates.js';
import { lookupForm } from '../recognise/gazetteer.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { eventCues } from './event-cues.js';
import { evidenceList } from './evidence.js';
import type { PeopleIndex, PersonRecord } from './people.js';
import { monthYearsBySentence, previousDays, resolveDate, type DateContext } from './resolve-date.js';

type DateBasis = 'stated' | 'publication' | 'inferred';

const futureCue = perLexicons((lex) => new RegExp(`\\b(?:${lex.futureCues.map(escapeRegExp).join('|')})\\b`, 'i'));
// Future words after the encounter's word still announce it: "the forum will be held next year".
const FUTURE_AFTER =
  /^[^.;]{0,70}?\b(?:will (?:be held|take place|be hosted|begin|start)|to be held|is (?:scheduled|planned|expected)|are (?:scheduled|planned|expected)|scheduled for|planned for|next (?:week|month|year)|later this (?:year|month)|(?:could|may|might|would) (?:resume|begin|start|take place|be held|meet))\b/i;
// "the visit Popa will make to the U.S.": the visitor, then the future of the visit's own verb.
const FUTURE_VISITOR = /^\s+(?:(?:\p{Lu}[\p{L}'’-]*|he|she|they)\s+){1,3}(?:will|is to|are to|is going to)\s+(?:make|pay|undertake|begin|start)\b/u;
// A report of what happened overrides a future word nearby: "the forum, which will serve …, was held yesterday".
const PAST_AFTER = /^[^.;]{0,80}?\b(?:was|were) (?:held|opened|hosted|organi[sz]ed|convened)\b|^[^.;]{0,30}?\b(?:took place|was attended)\b/i;
// "was in Russia earlier today (22 February) to meet the Russian president": the purpose of a trip made.
const PAST_PURPOSE =
  /\b(?:was|were|arrived|travell?ed|went|came|flew)\b(?![^.;]{0,80}\b(?:scheduled|expected|set|due|going|supposed|invited|planning|plans?|will|would)\b)[^.;]{0,80}\bto\s+$/i;
// An encounter named as the occasion of what the sentence reports: "during an intergovernmental meeting".
const OCCASION = /\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+side-?lines\s+of)\s+(?:a|an|the|their|his|her|its)?\s*(?:\S+\s+){0,3}$/i;
// Past verbs whose complement is a future act: "agreed to", "decided to".
const AGREED_TO = /\b(?:agreed|decided)\s+to\b|\bdecision\s+to\b/gi;
const PAST_BEFORE =
  /\b(?:held|had|paid|made|took part in|attended|participated in|hosted|concluded|completed|wrapped up)\s+(?:a|an|the|his|her|their)?\s*(?:\S+\s+){0,3}$/i;
// A venue: up to four capitalised words ending in a venue word (data/venue-words.tsv), or an Arabic
// "Qasr" (palace) before its name, with an "of …" after it.
const venuePattern = perLexicons(
  (lex) =>
    new RegExp(
      String.raw`\b(?:at|in)\s+(?:the\s+)?((?:(?:[A-Z][\p{L}'’-]+\s+){0,4}(?:${lex.venueWords.map((r) => r.match).join('|')})|Qasr\s+(?:Al[\s-])?[A-Z][\p{L}'’-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3})?)`,
      'u',
    ),
);
const REPORTER = /\b(?:spokes(?:man|woman|person)|press)\b/i;
const SIDELINES = /\b(?:on|at|in) the (?:side-?lines|side lines|margins) of\b/i;
// "invited X to visit", "an invitation to visit", "accepted the invitation to pay a visit": the visit
// is announced, and the day in the sentence is the day of the invitation, not of the visit.
const INVITATION = /\binvit(?:ed|es|ing|ation)\b[^.;]{0,120}?\bto\s+(?:pay\s+(?:a|an)\s+(?:\w+\s+){0,2})?$/i;
// "bound for Mozambique", "after Mozambique, he will visit Zambia": the tour's next stops take no part.
const NEXT_STOP =
  /\b(?:bound for|heading (?:to|for)|headed (?:to|for)|en route to|left for|departed for|leaves for|will (?:then )?(?:travel|head|proceed|go) to|after|(?:will|to)\s+(?:conclude|end|finish|continue)\s+(?:in|to)|(?:next|final|last)\s+stop\s+(?:in|will\s+be(?:\s+in)?|is(?:\s+in)?))\s+(?:the\s+)?$/i;
// "arrived in the Kingdom after visiting the UAE": the stop before this one, a party of another encounter.
// "The visit to Ecuador follows a state visit to Bolivia": the leg of a tour before the visit the sentence names again.
const LEG_BEFORE = /\b(?:follows|following|comes\s+after)\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}visit\s+to\b/i;
// (… also "The visit to Côte d'Ivoire follows a successful State Visit to Nigeria".)
const PREVIOUS_LEG =
  /\b(?:after|follows|following|comes\s+after)\s+(?:visiting|(?:a|his|her|their)\s+(?:\S+\s+){0,2}visit\s+to|(?:a\s+)?stop(?:ping)?\s+(?:over\s+)?in)\s+(?:the\s+)?(?:Federal\s+Republic\s+of\s+|Republic\s+of\s+)?$/i;
// "since 2017", "established diplomatic ties in 1980": a date that is not the encounter's.
// A date another verb governs: "since …", "established in …", "taking office on November 26", "marked on October 22".
// … and "the 2nd summit, after the one held in 2010, in Lisbon": the day of an earlier encounter.
// "after the one held in": an earlier encounter of the same series (its date, and below its city).
const EARLIER_ONE = String.raw`\b(?:after|following|succeeding)\s+(?:the\s+)?(?:one|first|previous\s+one|last\s+one|earlier\s+one)\s+(?:held|hosted|that\s+took\s+place)\s+(?:in|on)\s+`;
const NOT_THE_ENCOUNTERS = new RegExp(
  String.raw`\b(?:since|established|establishment of|founded|born|(?:re-?)?elected|election|took office|taking office|inaugurat\w*|sworn in|marked|celebrated|observed)\b[^.;,]{0,50}$|${EARLIER_ONE}$`,
  'i',
);
// "a complementary agreement signed in 2002": the date of a document, not of an encounter.
const DOCUMENT_SIGNED = /\b(?:agreement|treaty|memorandum|accord|protocol|declaration|convention|MoU)s?\s+(?:\S+\s+){0,2}?signed\s+(?:in|on)\s+$/i;
// "… were signed on April 15 in Cotonou, during President Kagame's state visit": the day of the signing is the encounter's.
const DURING_ENCOUNTER_AFTER =
  /^[^.;]{0,40}?\b(?:during|at|on\s+the\s+(?:sidelines|occasion)\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:visit|talks|meeting|summit|forum)\b/iu;
// Inside a bracket that converts a time ("(2:10 a.m., September 21, Japan time)").
const OTHER_TIME_ZONE = /\(\s*[^()]{0,30}$/;
// "talks will start on April 25": a day a future verb governs.
const FUTURE_DAY = /\b(?:will|shall)\s+(?:\w+\s+){0,2}(?:on|in|from|by)\s+$/i;
// "the elevation of bilateral ties to comprehensive partnership in August 2017": the date of the upgrade.
const UPGRADE = /\b(?:elevation|elevating|upgrad(?:e|ing))\s+of\s+(?:the\s+)?(?:bilateral\s+)?(?:ties|relations|relationship)\b[^.;,]{0,90}$/i;
// "…, said a statement of Myanmar's Foreign Ministry Sunday": the day of the statement, not of the encounter.
// … and "issued on Wednesday a statement marking the conclusion of the visit": the day of the statement.
const ATTRIBUTION =
  /,\s*(?:said|says|announced|reported|stated)\s+(?:a|an|the)\s+(?:statement|communiqu[eé]|release|spokes\w+)\b[^.;,]{0,50}$|\b(?:issued|released|published)\s+(?:on\s+)?$/i;
// "The Amiri Diwan announced the tour on Sunday, saying it will begin in Sweden": the day of the
// announcement, not of the encounter (but "announced the talks would be held on Friday" is).
const ANNOUNCED_ON =
  /\b(?:announced|confirmed)\s+(?:the|a|an|this|his|her|its|their)\s+(?:(?!(?:will|would|be|to|is|are|was|were|held|take|takes|begin|begins|start|starts)\b)[\w'’-]+\s+){0,3}(?:on\s+)?$/i;
// "on the second day of his four-day state visit": the visit began the days before.
const DAY_OF_VISIT = /\b(first|second|third|fourth|fifth|sixth|\d)(?:st|nd|rd|th)?\s+day\s+of\s+(?:\S+\s+){0,6}?(two|three|four|five|six|seven|[2-7])-day\b/i;
// A count of people before a visit word: tourists, citizens, "19 thousand Paraguayans".
const FLOW_OF_PEOPLE =
  /\b(?:\d[\d,.]*|thousands?|millions?|hundreds?)\s+(?:\S+\s+){0,2}?(?:tourists|visitors|people|citizens|nationals|students|travell?ers|\p{Lu}\p{Ll}+(?:ans|ese|is|ers|s))\s+(?:have\s+|had\s+)?$/u;
// "the first foreign leader to visit Thailand": the visit reported, described.
const FIRST_TO = /\bthe\s+first\s+(?:\S+\s+){0,4}?to\s+$/i;
// "will undertake an official visit", "is scheduled to visit": a verb that announces a journey.
const WILL_TRAVEL =
  /\b(?:will|shall|is\s+to|are\s+to)\s+(?:undertake|pay|make|visit|travel|arrive|begin|start|embark)\b|\b(?:is|are)\s+(?:scheduled|set|due|expected)\s+to\s+(?:undertake|pay|make|visit|travel|arrive)\b/i;
// "The signing of the agreements was held at … on Monday, May 15".
const SIGNING_HELD = /\bsigning\b[^.;]{0,100}\b(?:was|were)\s+held\b|\bsigning\b[^.;]{0,60}\btook\s+place\b/i;
// "the short visit", "the official visit": a visit named again.
const THE_VISIT = /\bthe\s+(?:\S+\s+){0,2}?visit\b/i;
// "it is a pleasure for her to visit the country", "always happy to visit": a feeling about visiting, no encounter.
const GLAD_TO = /\b(?:pleasure|honou?r|privilege|delighted|happy|glad|pleased)\b(?:\s+(?:for|to)\s+(?:him|her|me|us|them))?\s+to\s+$/i;
// "arrived in the Kingdom after visiting the UAE": the host named by a definite noun; the state named
// after it is an earlier leg of the trip.
const ARRIVED_AT_HOST = /\b(?:arrived|arrives|arrival)\s+(?:in|at)\s+the\s+(?:Kingdom|Sultanate|Emirates?|Republic|country|capital)\b/;
// "concluding his two-day official visit", "after completing a successful three day State Visit".
const VISIT_ENDED =
  /\b(?:concluding|concluded|completing|completed|wrapping\s+up|wrapped\s+up|ending|ended|winding\s+up)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:successful\s+|fruitful\s+)?(two|three|four|five|six|seven|[2-7])[-\s]day\b/i;
// "… ties, strengthened following President Xi Jinping's state visit": an encounter the clause recalls.
const RECALLED_BEFORE = /\b(?:following|since|after)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;
// "the previous visit", "his last visit": an encounter before the one reported.
const EARLIER = /\b(?:previous|last|earlier|former|past|recent)\s+(?:\S+\s+){0,2}$/i;
// A pluperfect: "had already visited Vietnam in April 2023" (not "had phone talks", a simple past).
const PLUPERFECT = /\bhad\s+(?:already\s+|previously\s+|earlier\s+)?$/i;
const PARTICIPLE_CUE = /^(?:visited|met|travell?ed|hosted|received|spoken|talked|held)\b/i;
// A proposal to meet, in any wording: "proposed holding", "I propose that we hold", "suggested that the sides convene".
const PROPOSAL = /\b(?:propos|suggest)\w*\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:to\s+)?(?:hold|holding|organi[sz]e|convene)\b[^.;]{0,60}$/i;
// Where the talks' subject begins: states after it are what was discussed, not who took part.
const TOPIC =
  /\b(?:discussed|discussing|exchanged views on|reviewed|on the situation in|the situation in|regarding|concerning|about|issues? of|the crisis in|the conflict in|the war in|developments in|in connection with|amid|amidst|against the backdrop of|in the context of)\b/i;
// "the countries hardest hit by the tariffs announced last week by US President Donald Trump": the
// author of a measure the text describes is no side of the encounter, nor is the state after him.
const MEASURE_BY = /\b(?:announced|imposed|introduced|levied|threatened|enacted|ordered|decreed|unveiled|slapped)\b[^,;.()]{0,40}?\bby\s/i;
// "a video summit between Sheikh Mohammed and Erdogan": a summit of two, which can be the encounter a text reports.
const BILATERAL_SUMMIT = /\b(?:video|virtual|online|bilateral)\s+summit\b|\bsummit\s+(?:talks\s+)?between\s+[^.;,]{1,60}?\s+and\s+/i;
// An encounter held at a distance: "during a video summit", "held a virtual meeting", "by videoconference".
const REMOTE = /\b(?:video|virtual|online)\s+(?:summit|meeting|talks|conference|call)\b|\bvideo\s*conference|\bvideo\s*link\b/i;
// The return that ends a visit: "returned to Abuja on Wednesday after a three-day state visit".
const RETURNED_AFTER = /\breturned\b[^.;]{0,60}?\bafter\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,3}?visit\b/i;
// The arrival that begins a visit: "arrived in Moscow on May 15 for an official visit".
const ARRIVED = /\b(?:arrived|arrives|landed)\b/i;
const RECALL = /\b(?:recalled|recalling|recalls|remembered|reminisced)\b/i;
// "Kishida’s visit", "Prime Minister Viktor Orbán’s official visit": a visit with its visitor named.
const POSSESSIVE = /\p{Lu}[\p{L}-]*['’]s\s+(?:\S+\s+){0,3}$/u;
const FAMILY: Record<EventTypeT, string> = {
  meeting: 'talks',
  visit: 'talks',
  ceremony: 'talks',
  phone_call: 'call',
  summit: 'summit',
  forum: 'forum',
  other: 'other',
};

interface Cue {
  readonly type: EventTypeT;
  readonly priority: number;
  /** Character offset of the cue in the sentence. */
  readonly index: number;
  readonly end: number;
  readonly invitation: boolean;
}

interface Candidate {
  readonly sentence: RecognisedSentence;
  readonly type: EventTypeT;
  readonly date: string | null;
  readonly end: string | null;
  readonly basis: DateBasis | null;
  readonly planned: boolean;
  readonly invitation: boolean;
  readonly countries: string[];
  readonly people: PersonRecord[];
  readonly lead: boolean;
  /** The clause recalls an earlier encounter ("They recalled the contacts … last December"). */
  readonly recalled: boolean;
  /** The sentence opens with the encounter named again ("The meeting highlighted …"): the one just reported. */
  readonly anaphoric: boolean;
}

interface Group {
  type: EventTypeT;
  date: string | null;
  /** The day of the talks within a longer visit, when the text gives it: documents signed after them take it. */
  talks: string | null;
  end: string | null;
  basis: DateBasis | null;
  planned: boolean;
  countries: Set<string>;
  people: Set<PersonRecord>;
  defining: RecognisedSentence[];
  merged: RecognisedSentence[];
  /** The candidates joined into the group, for splitting a tour or a round of bilateral meetings. */
  parts: Candidate[];
  main: boolean;
  /** A round of meetings of one state with several others, each its own encounter: the state that met them all. */
  round?: string;
}

/** The cues of a sentence, read once per document (extractEvents keeps them). */
type CuesOf = (s: RecognisedSentence) => readonly Cue[];

/** Every encounter word of the sentence, with what it reports. */
function readCues(s: RecognisedSentence): Cue[] {
  const out: Cue[] = [];
  const hits = eventCues().all(s.words);
  if (!hits.length) return out;
  // "met on the sidelines of the summit", "the summit in Kananaskis, where the leaders look forward to
  // meeting": the bilateral meeting is the encounter.
  const sidelines = SIDELINES.test(s.text) || /\b(?:where|at which|during which)\b[^.;]{0,60}\bmeet(?:ing)?\b/i.test(s.text);
  for (const { value: cue, index, length } of hits) {
    const start = s.words[index]!.start,
      end = s.words[index + length - 1]!.end;
    const before = s.text.slice(Math.max(0, start - 160), start);
    if (cue.type === 'phone_call' && !isCall(s.text, start, end)) continue;
    // "while in Norway", "left for South Africa": only with a state or city right after.
    if (/^(?:while in|stay in|left for|departed for)$/i.test(s.text.slice(start, end)) && !s.countries.some((c) => c.start >= end && c.start - end <= 5))
      continue;
    // "hosted his Armenian counterpart" is an encounter; "Brazil hosts COP30" is not.
    if (
      /^host/i.test(s.text.slice(start, end)) &&
      !/^\s+(?:(?:the|his|her|their|a)\s+)?(?:\p{Lu}\p{Ll}|counterpart|delegation|visiting|president|prime\s+minister|minister|foreign\s+minister|leader|my\s+friend|(?:the|his|her)\s+\p{Lu}\p{Ll}+\s+counterpart)/u.test(
        s.text.slice(end),
      )
    )
      continue;
    // "In 2015, more than 19 thousand Paraguayans visited Mexico": a flow of people, not an encounter.
    // "the first foreign leader to visit Thailand": the visit the text reports, described, not another.
    if (cue.type === 'visit' && (FLOW_OF_PEOPLE.test(before) || GLAD_TO.test(before) || FIRST_TO.test(before))) continue;
    // "no meeting has been requested", "did not meet": an encounter the text denies.
    if (NEGATED.test(before.slice(-30))) continue;
    // "will welcome Romania's President Klaus Iohannis" is an encounter; "welcomed the agreement" is not:
    // a person must follow, with only capitalised words (titles, states) or "counterpart" between.
    if (/^welcom/i.test(s.text.slice(start, end)) && !welcomesSomeone(s, end)) continue;
    // "the accords include the establishment of a Permanent Joint Commission": a body set up, not a meeting held.
    if (cue.type === 'meeting' && ESTABLISHED.test(before.slice(-60))) continue;
    const invitation = cue.type === 'visit' && INVITATION.test(before);
    const priority = invitation ? 5 : sidelines && cue.type !== 'phone_call' ? (cue.type === 'meeting' ? 99 : cue.priority) : cue.priority;
    out.push({ type: cue.type, priority, index: start, end, invitation });
  }
  return out;
}

const NEGATED = /\b(?:no|never)\s+(?:[\w-]+\s+)?$|\b(?:did|does|do|will|would|could|has|have|had|was|were)\s*(?:not|n['’]t)\s+$/i;

const WELCOMED_PERSON = /^\s+(?:(?:the|his|her|their|a|an)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|counterpart|visiting|of)\s+){0,7}$/u;

/** A person named after "welcome" with only titles, states or "counterpart" between. */
function welcomesSomeone(s: RecognisedSentence, end: number): boolean {
  return s.people.some((p) => p.start >= end && p.start - end <= 80 && WELCOMED_PERSON.test(s.text.slice(end, p.start)));
}

/** "called for", "called on" are no calls; "spoke with" is one only with a leader or an office after it. */
function isCall(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const after = text.slice(end);
  // "discussed by phone", "spoke over the phone": the medium of an exchange, not of a reporter's
  // question ("told reporters by phone", "reached by phone").
  if (/^(?:by|over)\s/.test(word))
    return !/\b(?:reached|contacted|told|said|say|says|interview(?:ed)?|reporters|journalists)\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, start - 60), start));
  // "called his counterpart", "called President X"; not "called for", "called on", "called the plan realistic".
  if (word === 'called')
    return (
      (!/^\s+(?:for|on|upon|to)\b/i.test(after) && /^\s+(?:(?:the|his|her|their)\s+)?(?:\p{Lu}|counterpart)/u.test(after)) ||
      /\b(?:phone|telephone)\b/i.test(text)
    );
  // "spoke with", "spoke today with", "speaks by phone to" a leader or an office.
  if (word === 'spoke' || word === 'speaks') {
    const m = /^\s+(?:(?:today|yesterday|earlier today|this morning|on \p{Lu}\p{Ll}+day|by (?:tele)?phone|over the phone)\s+)?(?:with|to)\s+/u.exec(after);
    return (
      m !== null &&
      /^(?:(?:the|his|her|their)\s+)?(?:\p{Lu}|counterpart)/u.test(after.slice(m[0].length)) &&
      !/\b(?:journalists|reporters|media|press|students|audience)\b/i.test(after.slice(0, 60))
    );
  }
  return true;
}

/** Is the encounter at `cue` announced for the future, by the words that govern it? */
function announced(text: string, cue: Cue): boolean {
  const clauseStart = Math.max(text.lastIndexOf(';', cue.index), text.lastIndexOf(', saying', cue.index), text.lastIndexOf(', while', cue.index), 0);
  const before = text.slice(Math.max(clauseStart, cue.index - 90), cue.index);
  const after = text.slice(cue.end);
  if (PAST_AFTER.test(after)) return false;
  if (PAST_BEFORE.test(before) || PAST_PURPOSE.test(before)) return false;
  // "agreed to co-operate … during an intergovernmental meeting on Wednesday": the encounter is the
  // occasion of a past agreement, not what was agreed; a verb's own future still counts ("will agree … at").
  const occasion = OCCASION.test(before) ? before.replace(AGREED_TO, ' ') : before;
  // The cue's own words count with those before it: "Meloni to travel to Cairo" (a headline's "to").
  return futureCue().test(occasion + text.slice(cue.index, cue.end)) || FUTURE_AFTER.test(after) || FUTURE_VISITOR.test(after) || PROPOSAL.test(before);
}

// A trade measure's words before a date, in its clause: the date is the trade's.
const TRADE_BEFORE = /\b(?:turnover|trade|exports?|imports?|investments?)\b(?:[^.;,]|\.(?=\d)){0,50}$/i;

/** Whether a position of the sentence lies inside a quotation: more quotes opened before it than closed. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = (before.match(/[“«]/g) ?? []).length,
    closed = (before.match(/[”»]/g) ?? []).length;
  return opened > closed || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** "KUWAIT, May 8 (KUNA) --" left inside a sentence: the day of a dateline, which is the report's. */
function inlineDateline(s: RecognisedSentence, d: DateMention): boolean {
  return (
    /\b\p{Lu}{3,}(?:[\s-]\p{Lu}{3,})*,\s*$/u.test(s.text.slice(Math.max(0, d.start - 30), d.start)) &&
    /^\s*(?:\([^()]{2,30}\))?\s*(?:[-–—]{1,2}|:)\s/.test(s.text.slice(d.end, d.end + 40))
  );
}

/** The dates in a sentence that can date an encounter: not a trade figure's, not a founding's. */
// Each sentence's encounter dates, read once: the reading of days, the candidates and the lead's date all ask.
// (A sentence belongs to one document, whose day of publication the answer depends on.)
const encounterDatesRead = new WeakMap<RecognisedSentence, readonly DateMention[]>();

function encounterDates(s: RecognisedSentence, ctx: DateContext): readonly DateMention[] {
  let dates = encounterDatesRead.get(s);
  if (!dates) encounterDatesRead.set(s, (dates = readEncounterDates(s, ctx)));
  return dates;
}

/**
 * "released last Monday, …, who returned on the same day": a sequel counts from a day named before it
 * in its own sentence, even one that dates no encounter (a release, a statement), not from the day
 * an earlier sentence named.
 */
function sequelContext(s: RecognisedSentence, sequel: DateMention, ctx: DateContext): DateContext {
  const earlier = s.dates.filter((d) => d.end <= sequel.start && (d.kind === 'calendar' || d.kind === 'weekday' || d.kind === 'relative-day')).at(-1);
  const day = earlier ? resolveDate(earlier, false, ctx).date : null;
  return day !== null && day.length === 10 ? { ...ctx, previousDay: day } : ctx;
}

function readEncounterDates(s: RecognisedSentence, ctx: DateContext): DateMention[] {
  return s.dates.filter((d) => {
    // A dateline's day left in the sentence dates the report: when the page states its day of publication, it adds nothing.
    if (ctx.published !== null && inlineDateline(s, d)) return false;
    // "“We reviewed our cooperation during today's talks”": a speaker's today is the day of the speech,
    // which the page's date need not be.
    if (d.kind === 'relative-day' && insideQuotation(s.text, d.start)) return false;

    const before = s.text.slice(Math.max(0, d.start - 60), d.start);
    // "at 1:10 p.m. local time (2:10 a.m., September 21, Japan time)": the day in another time zone.
    if (OTHER_TIME_ZONE.test(before) && /^[^()]*\btime\s*\)/i.test(s.text.slice(d.end, d.end + 40))) return false;
    if (
      NOT_THE_ENCOUNTERS.test(before) ||
      (DOCUMENT_SIGNED.test(before) && !DURING_ENCOUNTER_AFTER.test(s.text.slice(d.end, d.end + 80))) ||
      ATTRIBUTION.test(before) ||
      ANNOUNCED_ON.test(before) ||
      UPGRADE.test(s.text.slice(Math.max(0, d.start - 120), d.start))
    )
      return false;
    // A year or a month in the clause of a trade figure dates the figure ("in 2024 trade reached …");
    // a day ("decided Sunday to invest") is the day of the encounter.
    if (d.kind === 'weekday' || d.kind === 'relative-day' || (d.kind === 'calendar' && d.from.day !== null)) return true;
    // … also in the clause of a trade measure with no figure ("trade turnover that grew 2.6 times last year").
    if (TRADE_BEFORE.test(before)) return false;
    return !s.money.some((m) => {
      const from = Math.min(m.start, d.start),
        to = Math.max(m.end, d.end);
      return to - from < 80 && !/[;.]/.test(s.text.slice(from, to));
    });
  });
}

/** A sentence's clauses at semicolons: "welcomed the first official visit …; recalled the visit to Vietnam in June 2023". */
// "…, strengthened following President Xi Jinping's state visit to Malaysia in April": a clause that recalls
// another's encounter by its possessive, in the report of this one.
const RECALLED_CLAUSE =
  /\b(?:following|since|after)\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}?\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:visit|meeting|talks|trip|summit)\b)/gu;

/** The clauses of a sentence: split at semicolons and before a clause that recalls another's encounter. */
function clausesOf(s: RecognisedSentence): Array<[number, number]> {
  const cuts: Array<readonly [number, number]> = [];
  for (let i = s.text.indexOf(';'); i >= 0; i = s.text.indexOf(';', i + 1)) cuts.push([i, i + 1]);
  // (A cheap test first: most sentences recall nothing.)
  if (/\b(?:following|since|after)\s/.test(s.text)) {
    for (const m of s.text.matchAll(RECALLED_CLAUSE)) cuts.push([m.index, m.index]);
    cuts.sort((a, b) => a[0] - b[0]);
  }
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const [end, next] of cuts) {
    out.push([from, end]);
    from = next;
  }
  out.push([from, s.text.length]);
  return out;
}

// "150 business leaders will travel to Kampala": a trip of firms and traders, no encounter of states.
const BUSINESS_TRIP =
  /\b(?:business\s+(?:leaders|people|persons|men|women|delegations?|community|executives|owners)|businessmen|businesspeople|entrepreneurs|investors|companies|firms|exporters|traders)\b[^.;,]{0,40}$/i;

function candidatesOf(s: RecognisedSentence, all: readonly Cue[], lead: boolean, people: PeopleIndex, ctx: DocumentContext): Candidate[] {
  const cues = all.filter((c) => !BUSINESS_TRIP.test(s.text.slice(Math.max(0, c.index - 80), c.index)));
  if (!cues.length) return [];
  const clauses = clausesOf(s).filter(([a, b]) => cues.some((c) => c.index >= a && c.index < b));
  // One clause with encounter words: the whole sentence is the candidate's context.
  if (clauses.length <= 1) {
    const c = candidateOf(s, [0, s.text.length], cues, lead, people, ctx);
    return [c, ...repeatedYears(s, c, ctx), ...repeatedDays(s, c, ctx)];
  }
  return clauses.map((range) =>
    candidateOf(
      s,
      range,
      cues.filter((c) => c.index >= range[0] && c.index < range[1]),
      lead,
      people,
      ctx,
    ),
  );
}

// A further year of a list of past encounters: "… in October 2015 … and in September 2016",
// "held in Lima, in 2017; in Santiago in 2018; and in Paracas in 2019".
const FURTHER_YEAR = /(?:\band|;)\s+in\s+(?:\p{Lu}[\p{L}-]*\s+(?:in\s+)?)?$/u;
const IN_DATE = /\bin\s+(?:\p{Lu}[\p{L}-]*,?\s+(?:in\s+)?)?$/u;

/** The same past encounter repeated in other years the sentence lists: one candidate per year. */
function repeatedYears(s: RecognisedSentence, c: Candidate, ctx: DocumentContext): Candidate[] {
  if (c.planned || c.invitation || c.date === null || c.end !== null) return [];
  // (… also "when he visited Belarus in 2015 and 2019": a year right after another and "and".)
  const afterYear = (d: DateMention): boolean => /\b(?:19|20)\d\d\s+and\s+$/.test(s.text.slice(Math.max(0, d.start - 10), d.start));
  const listed = encounterDates(s, ctx).filter(
    (d) => (d.kind === 'calendar' || d.kind === 'year') && (IN_DATE.test(s.text.slice(Math.max(0, d.start - 40), d.start)) || afterYear(d)),
  );
  // A list of dates: one of them after "and in" or "; in".
  if (!listed.some((d) => FURTHER_YEAR.test(s.text.slice(Math.max(0, d.start - 40), d.start)) || afterYear(d))) return [];
  return furtherCandidates(c, listed, ctx, (date) => date.slice(0, 4));
}

/** The candidate again for each further date of the list that differs from those before by `keyOf` (its year, its day). */
function furtherCandidates(c: Candidate, listed: readonly DateMention[], ctx: DocumentContext, keyOf: (date: string) => string): Candidate[] {
  const seen = new Set([keyOf(c.date!)]);
  const out: Candidate[] = [];
  for (const d of listed) {
    const date = resolveDate(d, false, ctx).date;
    if (!date || seen.has(keyOf(date))) continue;
    seen.add(keyOf(date));
    out.push({ ...c, date, end: null, basis: 'stated', lead: false, recalled: true });
  }
  return out;
}

// "spoke twice, on March 4 … as well as on April 10", "on 3 May and on 9 June": a further day of the same kind of encounter.
const FURTHER_DAY = /\b(?:and|as\s+well\s+as|then|again)\s+on\s+$/i;

/** The same past encounter on further days the sentence lists, each repeating "on": one candidate per day. */
function repeatedDays(s: RecognisedSentence, c: Candidate, ctx: DocumentContext): Candidate[] {
  if (c.planned || c.invitation || c.date === null || c.end !== null) return [];
  const days = encounterDates(s, ctx).filter((d) => d.kind === 'calendar' && d.from.day !== null && d.to === null);
  if (days.length < 2 || !days.slice(1).some((d) => FURTHER_DAY.test(s.text.slice(Math.max(0, d.start - 20), d.start)))) return [];
  return furtherCandidates(c, days, ctx, (date) => date);
}

/**
 * "in Osaka, Japan": a state named after one of its cities and a comma says where the city is, a venue;
 * so does "the Ethiopian capital" (a city named by its state's adjective).
 */
function statesCity(s: RecognisedSentence, c: RecognisedSentence['countries'][number]): boolean {
  if (c.kind === 'adjective' && /^\s+capital\b/i.test(s.text.slice(c.end, c.end + 10))) return true;
  return s.countries.some(
    (city) => (city.kind === 'city' || city.kind === 'capital') && city.iso3 === c.iso3 && /^,\s*$/.test(s.text.slice(city.end, c.start)),
  );
}

function candidateOf(
  s: RecognisedSentence,
  [from, to]: [number, number],
  cues: readonly Cue[],
  lead: boolean,
  people: PeopleIndex,
  ctx: DocumentContext,
): Candidate {
  let cue = cues.reduce((a, b) => (b.priority > a.priority ? b : a));
  // "arrived in Hanoi, concluding visits to Russia and Norway": arriving home ends a visit, it is none.
  if (/^arrive/i.test(s.text.slice(cue.index, cue.end))) {
    const home = s.countries.find((c) => c.start >= cue.end && c.start - cue.end <= 5);
    const own = people
      .inSentence(s)
      .map((p) => p.country)
      .filter((c): c is string => c !== null);
    const rest = cues.filter((c) => c !== cue);
    if (home && own.length && own.every((c) => c === home.iso3) && rest.length) cue = rest.reduce((a, b) => (b.priority > a.priority ? b : a));
  }
  const planned = cue.invitation || announced(s.text, cue);
  // "At the end of the meeting, X said talks will start on April 25": a day a future verb governs is not a past encounter's.
  // … nor a day of the leg before ("The visit to Ecuador follows a state visit to Bolivia on 30 November").
  // "accepted the invitation to visit Beijing in April next year, as the leaders held phone talks": a date
  // right after the visit an invitation names is that visit's, not the encounter's the sentence reports.
  // … nor one right after an earlier encounter the sentence recalls ("following President Xi's state visit to
  // Malaysia in April", in the report of today's meeting).
  const ownedByOther = (d: DateMention): boolean =>
    cues.some(
      (o) =>
        o !== cue &&
        (o.invitation || (o.index > cue.end && RECALLED_BEFORE.test(s.text.slice(Math.max(0, o.index - 50), o.index)))) &&
        FAMILY[o.type] !== FAMILY[cue.type] &&
        o.end <= d.start &&
        d.start - o.end <= 40 &&
        !/[,;]/.test(s.text.slice(o.end, d.start)) &&
        (cue.end > d.start || d.start - o.end < d.start - cue.end),
    );
  const dates = encounterDates(s, ctx).filter(
    (d) =>
      d.start >= from &&
      d.end <= to &&
      (planned || d.start < cue.index || !FUTURE_DAY.test(s.text.slice(Math.max(cue.end, d.start - 40), d.start))) &&
      !(d.start > cue.end && LEG_BEFORE.test(s.text.slice(cue.end, d.start))) &&
      !ownedByOther(d),
  );
  // A bare year does not date an encounter whose day the sentence gives ("on Thursday … the 1984 treaty").
  const hasDay = dates.some((d) => d.kind === 'calendar' || d.kind === 'weekday' || d.kind === 'relative-day');
  // … nor is the last day of a stay its first ("arrived on March 11 … a visit that will last until March 14").
  const resolved = [...dates]
    .filter((d) => !(hasDay && d.kind === 'year') && !(dates.length > 1 && isLastDay(s, d)))
    .sort((a, b) => Math.abs(a.start - cue.index) - Math.abs(b.start - cue.index))
    .map((d) => resolveDate(d, planned, d.kind === 'sequel' ? sequelContext(s, d, ctx) : ctx))
    .find((r) => r.date !== null) ?? { date: null, end: null };
  const future = planned || (resolved.date !== null && ctx.published !== null && resolved.date.length === 10 && resolved.date > ctx.published);
  // A spokesperson who reports the encounter is its source, not one of its parties.
  const measureAt = MEASURE_BY.exec(s.text.slice(cue.end, to));
  const measureBy = measureAt ? cue.end + measureAt.index : to;
  const inClause = people
    .inSentence(s)
    .filter((p) => (!p.role || !REPORTER.test(p.role.title.form)) && people.mentionsIn(p, s).some((m) => m.start >= from && m.end <= measureBy));
  const countries = new Set<string>();
  // The sides: states named as such, and the participants' states. Not a state the talks were about
  // ("discussed North Korea's missile test"), and a city's state only when the sides are not known
  // otherwise (talks in Sochi between Belarus and Turkey are no Russian encounter).
  const topicAt = TOPIC.exec(s.text.slice(from, to));
  const topicStart = topicAt ? from + topicAt.index : to;
  const venues = new Set<string>();
  // "The visit to Ecuador follows a state visit to Bolivia on 30 November": the earlier leg's sides are
  // its traveller's and the state after it, not the state of the visit named before.
  const leg = LEG_BEFORE.exec(s.text.slice(from, to));
  const legStart = leg && from + leg.index <= cue.index && cue.index <= from + leg.index + leg[0].length ? from + leg.index : from;
  // "on the sidelines of the trilateral summit between Egypt, Cyprus and Greece": the summit's states say
  // where the meeting took place, not who met (a participant's state still counts).
  const sidelines = SIDELINES.exec(s.text.slice(from, to));
  const hostEvent = sidelines
    ? [from + sidelines.index, from + sidelines.index + (/^[^;.]*/.exec(s.text.slice(from + sidelines.index, to))?.[0].length ?? 0)]
    : null;
  for (const c of s.countries) {
    const before = s.text.slice(Math.max(0, c.start - 40), c.start);
    if (c.start < legStart || c.end > to || c.kind === 'seat' || NEXT_STOP.test(before)) continue;
    if (PREVIOUS_LEG.test(before) && !(c.start >= cue.end && c.start - cue.end <= 5)) continue;
    if ((c.start >= topicStart && c.start > cue.end) || c.start >= measureBy) continue;
    if (c.kind === 'city' || c.kind === 'capital' || statesCity(s, c) || (hostEvent !== null && c.start >= hostEvent[0]! && c.end <= hostEvent[1]!))
      venues.add(c.iso3);
    else countries.add(c.iso3);
  }
  for (const p of inClause) if (p.country) countries.add(p.country);
  // "Kishida, visiting New York to attend the UN General Assembly, held a lunch with Mongolia's Prime
  // Minister": a visit to a third state, so the two sides meet there, no one's visit to the other.
  const visited = cue.type === 'visit' && !cue.invitation ? stateVisited(s, cue) : undefined;
  const inThirdState = visited !== undefined && countries.size >= 2 && venues.has(visited.iso3) && !countries.has(visited.iso3);
  if (countries.size < 2) for (const v of venues) countries.add(v);
  let date = resolved.date,
    end = resolved.end ?? spanEnd(s.text.slice(from, to), resolved.date) ?? lastsUntil(s, dates, resolved.date, planned, ctx);
  let basis: DateBasis | null = date ? 'stated' : null;
  // The day the sentence gives is a later day of the visit: the visit began the days before.
  const shifted = date ? dayOfVisit(s.text.slice(from, to), date) : null;
  if (shifted) [date, end, basis] = [shifted.from, shifted.to, 'inferred'];
  return {
    sentence: s,
    type: cue.invitation ? 'visit' : inThirdState ? 'meeting' : cue.type,
    // The day an invitation is made is not the day of the visit; a date after the visit's word is its own
    // ("invited him to pay a state visit this autumn").
    date: cue.invitation && !visitDateAfter(s, cue, dates) ? null : date,
    end: cue.invitation && !visitDateAfter(s, cue, dates) ? null : end,
    basis: cue.invitation && !visitDateAfter(s, cue, dates) ? null : basis,
    planned: future,
    invitation: cue.invitation,
    countries: [...countries],
    people: inClause,
    lead,
    // … or names it as earlier: "the subject of a previous bilateral meeting held in Brasilia".
    recalled:
      RECALL.test(s.text.slice(from, cue.index)) ||
      EARLIER.test(s.text.slice(Math.max(from, cue.index - 40), cue.index)) ||
      (PLUPERFECT.test(s.text.slice(Math.max(from, cue.index - 30), cue.index)) && PARTICIPLE_CUE.test(s.text.slice(cue.index, cue.end))),
    anaphoric: /^\W*(?:the|this)\s+$/i.test(s.text.slice(from, cue.index)) && !planned,
  };
}

/** The state a visit word names right after it ("visiting New York", "his visit to New Delhi"). */
function stateVisited(s: RecognisedSentence, cue: Cue): RecognisedSentence['countries'][number] | undefined {
  return s.countries.find((c) => c.start >= cue.end && c.start - cue.end <= 25 && c.kind !== 'seat');
}

function visitDateAfter(s: RecognisedSentence, cue: Cue, dates: readonly DateMention[]): boolean {
  return dates.some((d) => d.start >= cue.end && d.start - cue.end <= 40 && !/[,;]/.test(s.text.slice(cue.end, d.start)));
}

/** "on the second day of his four-day state visit" with that day's date: the visit's first and last days. */
function dayOfVisit(text: string, date: string): { from: string; to: string } | null {
  // "left Hanoi on Tuesday, concluding his two-day official visit": the day given is the last.
  const ended = date.length === 10 ? VISIT_ENDED.exec(text) : null;
  if (ended) {
    const length = numberOf(ended[1]!) ?? Number(ended[1]);
    return { from: addDays(date, 1 - length), to: date };
  }
  const m = date.length === 10 ? DAY_OF_VISIT.exec(text) : null;
  if (!m) return null;
  const nth = numberOf(m[1]!) ?? Number(m[1]);
  const length = numberOf(m[2]!) ?? Number(m[2]);
  if (nth < 2 || nth > length) return null;
  const from = addDays(date, 1 - nth);
  return { from, to: addDays(from, length - 1) };
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "a two-day official visit … beginning tomorrow": the last day of a span given by its length. */
function spanEnd(text: string, date: string | null): string | null {
  if (!date || date.length !== 10) return null;
  const m = /\b(two|three|four|five|six|seven|[2-7])-day\b/i.exec(text);
  if (m) return addDays(date, (numberOf(m[1]!) ?? Number(m[1])) - 1);
  // "a 72-hour state visit": whole days, counted as "a three-day visit" would be.
  const hours = /\b(48|72|96)-hour\b/i.exec(text);
  return hours ? addDays(date, Number(hours[1]) / 24 - 1) : null;
}

/** A date the sentence gives as the last day of a stay: "will last until July 26". */
function isLastDay(s: RecognisedSentence, d: DateMention): boolean {
  return (
    /\b(?:until|till|through|to)\s+$/i.test(s.text.slice(Math.max(0, d.start - 8), d.start)) &&
    /\b(?:last|lasts|run|runs|continue|continues|stay|stays|until)\b/i.test(s.text.slice(Math.max(0, d.start - 40), d.start))
  );
}

/** "arrived on July 23, and the visit will last until July 26": the stated last day. */
function lastsUntil(s: RecognisedSentence, dates: readonly DateMention[], date: string | null, planned: boolean, ctx: DocumentContext): string | null {
  // A day, with its year or without ("--03-11"), never a month.
  if (!date || !(date.length === 10 || date.startsWith('--'))) return null;
  const until = dates.find((d) => isLastDay(s, d));
  const end = until ? resolveDate(until, planned, ctx).date : null;
  return end && end.length === date.length && end.startsWith('--') === date.startsWith('--') && end > date ? end : null;
}

/** Two days written alike, both with their year or both without: comparable as strings. */
function sameForm(a: string, b: string): boolean {
  return (a.length === 10 && b.length === 10) || (a.startsWith('--') && b.startsWith('--') && a.length === 7 && b.length === 7);
}

/** The date an invitation sentence states: the day of the encounter at which it was made. */
function invitationDay(s: RecognisedSentence, ctx: DocumentContext): string | null {
  for (const d of encounterDates(s, ctx)) {
    const r = resolveDate(d, false, ctx).date;
    if (r) return r;
  }
  return null;
}

/** "his official visit to Harare": the state or city a visit went to, when the sentence names one. */
function destinationOf(s: RecognisedSentence): string | null {
  const m = /\b(?:visit(?:ed)?|arrived|arrive)\s+(?:to\s+|in\s+)?(?:the\s+)?/i.exec(s.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  return s.countries.find((c) => c.start === at && c.kind !== 'seat')?.iso3 ?? null;
}

const overlap = (a: Iterable<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
const PRINCIPALS = new Set(['head_of_state', 'head_of_government', 'monarch', 'minister']);
const LEADERS = new Set(['head_of_state', 'head_of_government', 'monarch']);

// A lead announcing a round of meetings with several others: "had a series of bilateral meetings", "met world leaders".
const ROUND_LEAD =
  /\b(?:series|number|round|string|flurry)\s+of\s+(?:bilateral\s+)?(?:meetings|talks)\b|\bbilateral\s+(?:meetings|talks)\s+(?:on|at|in)\s+the\s+(?:side-?lines|margins)\b|\bmet\s+(?:with\s+)?(?:several|various|other|a\s+number\s+of|world|foreign|fellow)\s+leaders\b|\b(?:talks|met|meetings|conferred|talked)\s+with\s+(?:the\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government))\s+of\s+(?:different|several|various|other|many)\b/i;

/** A state of the group named only as the place of the encounter ("in Osaka, Japan"), by no participant. */
function venueOnly(g: Group, iso3: string): boolean {
  return (
    ![...g.people].some((p) => p.country === iso3) &&
    g.defining.every((s) => s.countries.every((c) => c.iso3 !== iso3 || c.kind === 'city' || c.kind === 'capital' || statesCity(s, c)))
  );
}
/**
 * The states of a candidate fit a group's: they share one, and when both name two or more, one set
 * holds the other ("the Korea-Egypt summit" is not the Korea-Saudi one, though both are Korea's).
 */
const sameSides = (a: readonly string[], b: Set<string>): boolean =>
  overlap(a, b) && (a.length < 2 || b.size < 2 || a.every((x) => b.has(x)) || [...b].every((x) => a.includes(x)));

/** A date without a year ("--08-20") put in a year: "2019-08-20". */
const inYear = (yearless: string, year: string): string => `${year}${yearless.slice(1)}`;

function within(given: string, group: Group): boolean {
  // A day without a year ("--08-20") falls in a group of a known year as that year's day.
  const date = given.startsWith('--') && group.date !== null && /^\d{4}/.test(group.date) ? inYear(given, group.date.slice(0, 4)) : given;
  if (group.date === date) return true;
  // Day, month and year precision are compatible: "in late August" and "on Aug. 25".
  if (
    group.date !== null &&
    group.end === null &&
    (date.startsWith(group.date) || group.date.startsWith(date)) &&
    !date.startsWith('--') &&
    !group.date.startsWith('--')
  )
    return true;
  return group.end !== null && group.date !== null && date >= group.date && date <= group.end;
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

/** "The visit will conclude on 4 December": a later day of the main visit, not a visit of its own. */
function extendsVisit(main: Group, c: Candidate): boolean {
  if (c.type !== 'visit' || !main.date || !c.date || main.date.length !== 10 || c.date.length !== 10) return false;
  // "… the state visit", or "returned to Abuja on Wednesday after a state visit to Türkiye": the day it ended.
  if (!/\bthe\s+(?:state\s+|official\s+|working\s+)?visit\b/i.test(c.sentence.text) && !RETURNED_AFTER.test(c.sentence.text)) return false;
  const days = (Date.parse(c.date) - Date.parse(main.end ?? main.date)) / 86_400_000;
  return c.planned === main.planned && days > 0 && days <= 6;
}

/**
 * Does any sentence frame the main encounter as one side's visit to the other? A visit word with no
 * date of its own (or the main's), not an earlier one or an invitation, going where the encounter
 * took place: "during the visit", "Kishida's visit", "your visit", "arrived in Belarus yesterday".
 */
function framedAsVisit(
  main: Group,
  sentences: readonly RecognisedSentence[],
  cuesOf: (s: RecognisedSentence) => readonly Cue[],
  people: PeopleIndex,
  ctx: DocumentContext,
): RecognisedSentence | null {
  if (main.type === 'phone_call' || main.type === 'forum' || (main.type === 'summit' && main.countries.size > 2)) return null;
  if (main.defining.some((s) => SIDELINES.test(s.text))) return null;
  const participants = [...main.people];
  for (const s of sentences) {
    for (const cue of cuesOf(s)) {
      // A recollection speaks of an earlier encounter: "He recalled … during Orbán’s visit to Tashkent".
      const clause = clausesOf(s).find(([a, b]) => cue.index >= a && cue.index < b) ?? [0, s.text.length];
      if (RECALL.test(s.text.slice(clause[0], cue.index))) continue;
      if (cue.type !== 'visit' || cue.invitation || EARLIER.test(s.text.slice(Math.max(0, cue.index - 40), cue.index))) continue;
      // "Kishida’s visit" frames the encounter only when Kishida takes part in it.
      const owner = POSSESSIVE.exec(s.text.slice(Math.max(0, cue.index - 60), cue.index));
      const ownerAt = owner ? owner.index + Math.max(0, cue.index - 60) : -1;
      // … or when the owner is one of its states ("Oman’s sultan arrived in Belarus").
      const ownerState = owner ? s.countries.find((c) => c.start === ownerAt && main.countries.has(c.iso3)) : undefined;
      if (owner && !ownerState && !participants.some((p) => people.mentionsIn(p, s).some((m) => ownerAt < m.end && m.end <= cue.index))) continue;
      if (announced(s.text, cue) !== main.planned && !/'s|’s|\byour\b|\bthe\b/i.test(s.text.slice(Math.max(0, cue.index - 25), cue.index))) continue;
      const mentions = encounterDates(s, ctx).filter((d) => d.start >= clause[0] && d.end <= clause[1]);
      // "Putin's visit to Kazakhstan in November last year": a visit of an earlier year is another encounter, however its day resolves.
      if (mentions.some((d) => (d.kind === 'calendar' || d.kind === 'relative-year') && (d.offset ?? 0) < 0)) continue;
      const dates = mentions.map((d) => resolveDate(d, main.planned, ctx).date).filter((d): d is string => d !== null);
      if (dates.length && !dates.some((d) => main.date !== null && (within(d, main) || d.startsWith(main.date) || main.date.startsWith(d)))) continue;
      const destination = destinationOf(s);
      if (destination && !main.countries.has(destination)) continue;
      // "visiting New York to attend the General Assembly": a visit to a third state frames no visit to a side.
      const visited = stateVisited(s, cue);
      if (visited && !main.countries.has(visited.iso3)) continue;
      const states = new Set(s.countries.filter((c) => c.kind !== 'seat').map((c) => c.iso3));
      if (states.size && !overlap(states, main.countries) && !ARRIVED_AT_HOST.test(s.text)) continue;
      return s;
    }
  }
  return null;
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

const ORIGIN = /\b(?:left|leaving|leaves|departed|departing|departs|flew\s+out\s+of|from)\s+(?:from\s+)?$/i;
// "the 2nd summit, after the one held in 2010, in Lisbon": the earlier encounter's city.
const EARLIER_ONES_CITY = new RegExp(String.raw`${EARLIER_ONE}[^,;.]{1,25},?\s+in\s+$`, 'i');
const DATELINE_AFTER = /^\s*(?:,\s*[\p{L} .]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s/u;

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
    !(c.start === 0 && DATELINE_AFTER.test(s.text.slice(c.end, c.end + 40)));
  const cityMention = sentences.flatMap((s) => s.countries.filter((c) => g.countries.has(c.iso3) && venueCity(s, c)))[0];
  // A meeting in a third state's city ("met on the sidelines … in Addis Ababa"): its venue, though not its party.
  const thirdCity =
    cityMention === undefined && g.type !== 'visit'
      ? g.defining.flatMap((s) => s.countries.filter((c) => /\bin\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start)) && venueCity(s, c)))[0]
      : undefined;
  // The dateline's city is where the text was filed: the venue only for a past encounter there, not a
  // visit abroad announced from home.
  const atDateline = g.main && !g.planned && g.type !== 'visit' && ctx.datelineCountry && g.countries.has(ctx.datelineCountry);
  const city = (cityMention ?? thirdCity)?.form ?? (atDateline ? (lookupForm(ctx.datelineCity ?? '')?.form ?? null) : null);
  const country = (cityMention ?? thirdCity)?.iso3 ?? (city ? (lookupForm(city)?.iso3 ?? null) : null);
  if (!name && !city) return null;
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

export function extractEvents(sentences: readonly RecognisedSentence[], people: PeopleIndex, ctx: DocumentContext): ExtractedEvents {
  // The cues of each sentence, read once: the lead, the candidates and the framing all ask for them.
  const cueLists = sentences.map(readCues);
  const cuesOf = (s: RecognisedSentence): readonly Cue[] => (sentences[s.index] === s ? cueLists[s.index]! : readCues(s));
  const [primary, secondary] = leadSentences(sentences, ctx);
  const reports = (s: RecognisedSentence): boolean => cuesOf(s).some((c) => !c.invitation);
  // The next paragraph belongs to the lead only when the first reports no encounter.
  const inLead = [...primary].some(reports) ? primary : new Set([...primary, ...secondary]);
  // The day the text named last, among days that can be an encounter's (not "issued on Wednesday a statement").
  const before = previousDays(
    sentences.map((s) => ({ dates: encounterDates(s, ctx) })),
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

  const groups: Group[] = [];
  const index = new EncounterIndex<Group, RecognisedSentence>();
  const open = (c: Candidate, main: boolean): Group => {
    const g: Group = {
      type: c.type,
      date: c.date,
      talks: null,
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
    const round = roundBeside(c, main, principalOf(main, people), cuesOf);
    if (round) {
      // "He conferred with President of Botswana X, President of Somalia Y, …": one meeting per state,
      // split at the end, on the encounter's day.
      openOnDayOf(main, c, [round.host, ...round.others]).round = round.host;
      return true;
    }
    const sides = main.countries.size === 2 ? sideMeeting(c, main) : null;
    if (!sides) return false;
    // (A call the text reports "separately" or "meanwhile" has no day but its own.)
    const sameDay = main.end === null && c.type !== 'phone_call';
    const g = open(
      { ...c, date: sameDay ? main.date : null, basis: sameDay ? main.basis : null, type: c.type === 'phone_call' ? 'phone_call' : 'meeting' },
      false,
    );
    g.countries = new Set(sides);
    g.people = new Set([...g.people].filter((p) => p.country !== null && sides.includes(p.country)));
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
    if (
      c.type === 'meeting' &&
      !c.planned &&
      /\b(?:talks|negotiations)\b/i.test(c.sentence.text) &&
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
      if (c.date !== null && (g.date === null || (g.end === null && c.date.length > g.date.length && c.date.startsWith(g.date)))) {
        g.date = c.date;
        g.basis = c.basis;
      }
      index.update(g);
    } else {
      for (const p of c.people) if (p.country && g.countries.has(p.country)) g.people.add(p);
    }
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
    ? candidates.filter((c) => c.planned && !c.invitation && !inHeadline(c) && c.date !== null && (c.lead || c.sentence.paragraph === 1)).slice(0, 1)
    : [];
  const announcedBelow = below.length > 0;
  const leadPast = announcedBelow ? [] : leadEncounters.filter((c) => !c.planned);
  // A lead that names no encounter ("X said on Saturday in Ashgabat …") reports the first one the text
  // goes on to name ("The official visit came weeks after …").
  const fallback = leadEncounters.length
    ? []
    : candidates
        .filter((c) => !c.invitation && !c.planned && !c.recalled && ((c.type !== 'summit' && c.type !== 'forum') || BILATERAL_SUMMIT.test(c.sentence.text)))
        .slice(0, 1);
  // An encounter the lead announces without a day is still the one it reports ("will undertake an official
  // visit beginning Sunday"), when a verb announces it (not "agreed to exchange embassies at their meeting").
  const leadDatedOnes = leadEncounters.filter((c) => c.date !== null).slice(0, 1);
  const leadAnnounced = leadDatedOnes.length ? leadDatedOnes : leadEncounters.filter((c) => WILL_TRAVEL.test(c.sentence.text)).slice(0, 1);
  const lead = announcedBelow
    ? [...below, ...leadEncounters.filter(inHeadline).map((c) => ({ ...c, planned: true }))]
    : leadPast.length
      ? leadPast
      : leadEncounters.length
        ? leadAnnounced
        : fallback;
  // The lead's date, refined by a day within it ("Chile-Peru summit (March 2021)" over "… on March 12 held a summit").
  const firstDated = lead.find((c) => c.date !== null);
  const leadDated =
    lead.find((c) => firstDated && c.date !== null && c.date.length > firstDated.date!.length && c.date.startsWith(firstDated.date!)) ?? firstDated;
  let main: Group | null = null;
  if (lead.length) {
    main = open(leadDated ?? lead[0]!, true);
    if (leadDated) main.type = leadDated.end ? leadDated.type : (lead.find((c) => c.end)?.type ?? leadDated.type);
    // A call reported in the lead is the encounter, whatever else the lead names.
    const call = lead.find((c) => c.type === 'phone_call');
    if (call) main.type = 'phone_call';
    // Other encounters of the lead are parts of the main one when they are of its kind: a trilateral
    // meeting the text mentions in a call's readout is not part of the call.
    for (const c of lead)
      if (c.sentence !== main.defining[0] && !c.recalled && (FAMILY[c.type] === FAMILY[main.type] || (main.type !== 'phone_call' && c.type !== 'phone_call')))
        if (!(c.date === null && openedBeside(c, main))) join(main, c, c.date === null || c.date === main.date);
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
      const day = [...primary].flatMap((x) => encounterDates(x, ctx)).find((d) => d.kind !== 'year' && (d.kind !== 'calendar' || d.from.day !== null));
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
    if (main.date === null && ctx.period) {
      main.date = ctx.period.from;
      main.end = ctx.period.to;
      main.basis = 'stated';
    }
  }

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
    if (c.date === null || (main && index.isDefining(c.sentence, main))) continue;
    // "The meeting highlighted the outcomes of cooperation during the year 2023": the encounter just
    // reported, named again; a year or month in the sentence dates something else.
    if (main && c.anaphoric && c.date.length < 10 && FAMILY[main.type] === FAMILY[c.type] && c.countries.every((x) => main.countries.has(x))) {
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
      FAMILY[main.type] === FAMILY[c.type] &&
      (overlap(c.countries, main.countries) || (!c.countries.length && c.date.length === 10))
    ) {
      join(main, c, true);
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
      [...c.countries].every((x) => main.countries.has(x))
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
    const same = index.find(
      c.date,
      (g) =>
        FAMILY[g.type] === FAMILY[c.type] &&
        g.planned === c.planned &&
        g.date !== null &&
        within(c.date!, g) &&
        (sameSides(c.countries, g.countries) || !c.countries.length),
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
  for (const c of candidates) {
    // An announced encounter with a place of its own ("agreed to hold the first Forum of Regions in
    // Samarkand next year") is an event even when the text gives it no year.
    if (c.date === null && c.planned && !c.invitation && c.type !== 'phone_call' && hasOwnPlace(c, main, ctx) && !index.isDefining(c.sentence)) {
      open(c, false);
      continue;
    }
    // "Putin's upcoming state visit to Uzbekistan was also discussed": an announced visit or summit of
    // two states that no encounter of the text already is.
    if (
      c.date === null &&
      c.planned &&
      !c.invitation &&
      (c.type === 'visit' || c.type === 'summit') &&
      c.countries.length === 2 &&
      !index.isDefining(c.sentence) &&
      !groups.some((g) => g.planned && FAMILY[g.type] === FAMILY[c.type] && sameSides(c.countries, g.countries))
    ) {
      open(c, false);
      continue;
    }
    if (c.date !== null || c.lead || c.planned || index.isDefining(c.sentence)) continue;
    const destination = c.type === 'visit' ? destinationOf(c.sentence) : null;
    if (main && destination && mainPlace && destination !== mainPlace && !groups.some((g) => g.type === 'visit' && g.countries.has(destination))) {
      open(c, false);
      continue;
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
  // and ministers: a spokesperson who reports the encounter took no part in it.
  if (main && main.type !== 'phone_call') {
    for (const s of primary)
      for (const p of people.inSentence(s))
        if (p.country && main.countries.has(p.country) && p.role && PRINCIPALS.has(p.role.title.category)) main.people.add(p);
  }
  // "during an intergovernmental meeting in Rome on Wednesday" and "the Italy-Algeria summit … July 23":
  // a meeting the text also names a summit of its two states, on its day, is that summit.
  if (
    main?.type === 'meeting' &&
    main.countries.size === 2 &&
    main.parts.some((c) => c.type === 'summit' && c.date === main.date && c.countries.length === 2 && sameSides(c.countries, main.countries))
  )
    main.type = 'summit';
  // (An encounter held by video is no visit, whatever trip the text recalls.)
  const framing = main && main.type !== 'visit' && !REMOTE.test(main.defining[0]!.text) ? framedAsVisit(main, sentences, cuesOf, people, ctx) : null;
  if (main && framing) {
    main.type = 'visit';
    if (!main.merged.includes(framing) && !main.defining.includes(framing)) main.merged.push(framing);
    const shifted = main.date && main.end === null ? dayOfVisit(framing.text, main.date) : null;
    if (shifted) [main.date, main.end, main.basis] = [shifted.from, shifted.to, 'inferred'];
  }

  // The state whose principal the text follows: the main encounter's first participant's, the one its
  // first sentence names first.
  const principal = main ? principalOf(main, people) : null;
  const split = withoutReportedLegs(
    groups.flatMap(
      (g) =>
        (g.round ? null : splitTour(g, ctx)) ??
        (g.round ? null : splitBilateral(g, ctx, principal, cuesOf)) ??
        splitCounterparts(g, ctx, principal, cuesOf) ?? [g],
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
  const events = kept.map((g) => toEvent(g, ctx, main, principal));
  const mainEvent = main ? (events[kept.findIndex((g) => g.main)] ?? null) : null;
  return { events, signingDay: main?.talks ?? mainEvent?.date ?? (roundOnly && main ? main.date : null) };
}

// A body being set up before a meeting's word: "the establishment of a Permanent Joint Commission", "agreed to create a joint committee".
const ESTABLISHED =
  /\b(?:establish(?:es|ed|ing|ment\s+of)?|creat(?:e|es|ed|ing|ion\s+of)|set(?:ting)?\s+up|form(?:ation\s+of)?)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,3}$/iu;

// "also met", "also held talks with": another meeting of the same occasion.
const ALSO_MET = /\balso\s+(?:met|meets|held\s+(?:talks|a\s+meeting)|discussed|received|had\s+(?:talks|a\s+meeting))\b/i;

/**
 * The two sides of a meeting a sentence reports beside the main encounter: a participant of one of
 * its states meeting a named person of a third ("X also met President Y of Z"), or null.
 */
function sideMeeting(c: Candidate, main: Group): [string, string] | null {
  if (
    c.type === 'phone_call'
      ? FAMILY[main.type] !== FAMILY[c.type] || !ANOTHER_CALL.test(c.sentence.text)
      : FAMILY[c.type] !== FAMILY['meeting'] || !ALSO_MET.test(c.sentence.text)
  )
    return null;
  const others = [...new Set(c.people.map((p) => p.country).filter((x): x is string => x !== null && !main.countries.has(x)))];
  const own = c.countries.filter((x) => main.countries.has(x));
  // "Meanwhile, in a phone call to President Erdogan, the premier …": the side that calls is the one
  // whose principal the text follows, the main encounter's first participant.
  const caller = c.type === 'phone_call' && !own.length ? ([...main.people].find((p) => p.country)?.country ?? null) : null;
  if (others.length !== 1 || (own.length !== 1 && !caller)) return null;
  return [own[0] ?? caller!, others[0]!];
}

// Words of one encounter of three or more: "a trilateral meeting", "met together with".
const JOINTLY = /\b(?:trilateral|tripartite|quadrilateral|three-way|four-way|joint(?:ly)?|together|summit|format)\b/i;

/**
 * "He conferred with President of Botswana X, President of Somalia Y and President of Ghana Z", "also
 * met with the leaders of Algeria, Morocco and Estonia": a sentence beside the main encounter listing
 * two or more other states' leaders met by one side, one of them at least new to the text's
 * encounter. The side that met them is the one named before the encounter's word, else the
 * principal the text follows.
 */
function roundBeside(c: Candidate, main: Group, principal: string | null, cuesOf: CuesOf): { host: string; others: string[] } | null {
  if (c.type !== 'meeting' || JOINTLY.test(c.sentence.text)) return null;
  const cue = cuesOf(c.sentence).find((x) => x.type === c.type);
  if (!cue) return null;
  const sides = sidesOf(c.sentence);
  const before = sides.filter((x) => x.end <= cue.index);
  const host = before.length === 1 ? before[0]!.iso3 : before.length === 0 ? principal : null;
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
const ANOTHER_CALL = /^\W*(?:meanwhile|separately|in\s+a\s+separate\b)|\balso\s+(?:held|had|made|received|spoke|talked|phoned|called)\b/i;

// "concluding visits to Russia, Norway and Sweden": the destinations of a tour.
const TOUR =
  /\b(?:visits?|tour|trip|travels?)\s+(?:to|of|in)\s+((?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s*(?:and\s+)?|\s+and\s+)){1,6}(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

// "for an official visit to New Zealand from March 11-14 and to Australia from March 14-18": legs
// named one after the other, each with its own dates.
const TO_STATE = /\bto\s+(?:the\s+)?$/i;
const VISIT_WORD = /\b(?:visits?|tour|trip)\b/i;

interface Leg {
  readonly dest: string;
  readonly date: string | null;
  readonly end: string | null;
}

/** The legs a sentence of the visit names with "to X … and to Y …", each dated by the dates between it and the next. */
function datedLegs(g: Group, ctx: DocumentContext): Leg[] | null {
  for (const s of g.defining) {
    const cue = VISIT_WORD.exec(s.text);
    // "The visit to Ecuador follows a state visit to Bolivia on …": the visit named again and the leg before it, no tour.
    if (!cue || LEG_BEFORE.test(s.text)) continue;
    const dests = s.countries.filter(
      (c) => c.start > cue.index && c.kind !== 'seat' && c.kind !== 'adjective' && TO_STATE.test(s.text.slice(Math.max(0, c.start - 8), c.start)),
    );
    const distinct = dests.filter((c, i) => dests.findIndex((o) => o.iso3 === c.iso3) === i);
    if (distinct.length < 2) continue;
    return distinct.map((c, i) => {
      const next = distinct[i + 1]?.start ?? s.text.length;
      const d = s.dates.find((x) => x.start >= c.end && x.start < next && x.kind === 'calendar');
      const resolved = d ? resolveDate(d, g.planned, ctx) : null;
      return { dest: c.iso3, date: resolved?.date ?? null, end: resolved?.end ?? null };
    });
  }
  return null;
}

/**
 * A leg of a split tour that the text also reports on its own ("The PM will also make an official
 * visit to Australia from March 14-18"): the report stands, the leg goes.
 */
function withoutReportedLegs(split: readonly Group[], reported: readonly Group[]): Group[] {
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

const sameStates = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** A tour of several states is one visit per state, each dated by the text's leg for it ("While in Norway from May 24-26"). */
function splitTour(g: Group, ctx: DocumentContext): Group[] | null {
  if (g.type !== 'visit') return null;
  const at = g.defining.map((s) => ({ s, m: TOUR.exec(s.text) })).find((x) => x.m);
  if (!at) {
    const legs = datedLegs(g, ctx);
    if (!legs) return null;
    return legsOf(
      g,
      legs.map((l) => l.dest),
      ctx,
      (dest) => {
        const leg = legs.find((l) => l.dest === dest)!;
        return leg.date ? { date: leg.date, end: leg.end, basis: 'stated', sentence: null } : null;
      },
    );
  }
  const from = at.m!.index + at.m![0].length - at.m![1]!.length,
    to = at.m!.index + at.m![0].length;
  const destinations = [...new Set(at.s.countries.filter((c) => c.start >= from && c.end <= to && c.kind !== 'seat').map((c) => c.iso3))];
  if (destinations.length < 2) return null;
  return legsOf(g, destinations, ctx, (dest) => {
    // The leg's own dates: a part whose states are the visitor and this destination only.
    const leg = g.parts.find((c) => c.date !== null && c.countries.includes(dest) && !c.countries.some((x) => x !== dest && destinations.includes(x)));
    return leg ? { date: leg.date, end: leg.end, basis: leg.basis, sentence: leg.sentence } : null;
  });
}

interface LegDates {
  readonly date: string | null;
  readonly end: string | null;
  readonly basis: DateBasis | null;
  /** The sentence that dates the leg, when it is not the tour's own. */
  readonly sentence: RecognisedSentence | null;
}

/** One visit per destination of a tour, from the one state that is no destination. */
function legsOf(g: Group, destinations: readonly string[], ctx: DocumentContext, datesOf: (dest: string) => LegDates | null): Group[] | null {
  const visitors = [...g.countries].filter((c) => !destinations.includes(c));
  const visitor = visitors.length === 1 ? visitors[0]! : ctx.focus.find((c) => !destinations.includes(c));
  if (!visitor) return null;
  return destinations.map((dest, i) => {
    const leg = datesOf(dest);
    const people = new Set([...g.people].filter((p) => p.country === visitor || p.country === dest));
    return {
      ...g,
      type: 'visit' as const,
      date: leg?.date ?? (g.date ? g.date.slice(0, 7) : null),
      end: leg ? leg.end : null,
      basis: leg?.basis ?? g.basis,
      countries: new Set([visitor, dest]),
      people,
      defining: leg?.sentence ? [leg.sentence] : g.defining,
      merged: g.merged.filter((s) => s.countries.some((c) => c.iso3 === dest)),
      main: g.main && i === 0,
    };
  });
}

const SEVERAL_CALLS = /\b(?:tele)?phon(?:e|ic)\s+(?:calls|conversations)\b|\bseparate\s+(?:(?:tele)?phone\s+)?(?:calls|conversations)\b/i;

/**
 * "held bilateral talks with his Mauritian counterpart and Bangladesh's Prime Minister", "a series of
 * bilateral meetings … involved China, Australia, Pakistan": one encounter per other state.
 */
function splitBilateral(g: Group, ctx: DocumentContext, principal: string | null, cuesOf: CuesOf): Group[] | null {
  if (g.type === 'summit' || g.type === 'forum') return null;
  const text = g.defining.map((s) => s.text).join(' ');
  // "made telephone calls to several leaders including those of Qatar, Turkey and Malaysia": one call per state.
  if (g.type === 'phone_call' && !SEVERAL_CALLS.test(text)) return null;
  // … also "conferred with leaders of various African countries at the sidelines of the summit".
  if (
    g.type !== 'phone_call' &&
    !/\bbilateral\s+(?:talks|meetings|consultations)\b|\bseries\s+of\s+(?:bilateral\s+)?meetings\b|\bseparate\s+(?:talks|meetings)\b|\b(?:met|conferred|held\s+talks|talked)\s+with\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government))\s+of\b/i.test(
      text,
    )
  )
    return null;
  // The states the round involved: the group's own, or a list the next sentence gives ("The meetings involved …").
  const listed = g.merged.find((s) => /\b(?:involved|included|were with|with)\b/i.test(s.text) && new Set(s.countries.map((c) => c.iso3)).size >= 3);
  const states = new Set([...g.countries, ...(listed ? listed.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'city').map((c) => c.iso3) : [])]);
  // The venue's state is no side ("at the sidelines of the summit in Quito"), unless the text names it otherwise or someone of it takes part.
  const sentences = [...g.defining, ...g.merged];
  const byName = new Set(
    sentences.flatMap((s) => s.countries.filter((c) => c.kind !== 'city' && c.kind !== 'capital' && c.kind !== 'seat').map((c) => c.iso3)),
  );
  const present = new Set([...g.people].map((p) => p.country));
  for (const s of sentences)
    for (const c of s.countries) if ((c.kind === 'city' || c.kind === 'capital') && !byName.has(c.iso3) && !present.has(c.iso3)) states.delete(c.iso3);
  if (states.size <= 2) return null;
  // The side that meets the others: the first participant's state, else the text's own.
  // Calls "to several leaders including those of A, B and C" list the states called; the caller is
  // the principal the text follows, or a participant of no state called.
  const caller = (): string | undefined =>
    [...g.people].find((p) => p.country && !states.has(p.country))?.country ??
    (principal && !states.has(principal) ? principal : ctx.focus.find((c) => !states.has(c)));
  // A meeting's host: the side named before the encounter's word ("Yesterday, the Prime Minister also had
  // bilateral meetings with A's President X, …" names none: the principal the text follows).
  const subject = subjectSide(g, cuesOf);
  const host =
    g.type === 'phone_call'
      ? caller()
      : (subject ?? (subject === null && principal ? principal : undefined) ?? [...g.people].find((p) => p.country)?.country ?? ctx.focus[0]);
  if (!host) return null;
  states.add(host);
  return [...states].filter((c) => c !== host).map((other, i) => pairOf(g, host, other, i === 0));
}

/** One encounter of a round: the group narrowed to the side that met them all and one other, with their people only. */
function pairOf(g: Group, host: string, other: string, first: boolean): Group {
  return {
    ...g,
    countries: new Set([host, other]),
    people: new Set([...g.people].filter((p) => p.country === host || p.country === other)),
    main: g.main && first,
    round: undefined,
  };
}

// "… with X, and later with Y", "then met Y": the next counterpart is met in an encounter of its own.
const LATER_WITH = /\b(?:later|then|subsequently|afterwards|separately)\s+(?:also\s+)?(?:with|met|meets|held|spoke|talked|received|phoned|called)\b/i;

interface Side {
  readonly iso3: string;
  readonly start: number;
  end: number;
}

/** The states a sentence names (as states or by their people's titles), in order, a state's words run together. */
function sidesOf(s: RecognisedSentence): Side[] {
  const marks = [
    ...s.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'city' && c.kind !== 'capital').map((c) => ({ iso3: c.iso3, start: c.start, end: c.end })),
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
function oneEach(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  // Where each encounter stands in the output, by what makes two the same (no search of the output per group).
  const at = new Map<string, number>();
  for (const g of groups) {
    const key = `${g.type}|${[...g.countries].sort().join('+')}|${g.date}|${g.end}|${g.planned}`;
    const i = g.date !== null && g.countries.size >= 2 ? at.get(key) : undefined;
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
function splitCounterparts(g: Group, ctx: DocumentContext, principal: string | null, cuesOf: CuesOf): Group[] | null {
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
  const cue = cuesOf(s).find((c) => FAMILY[c.type] === FAMILY[g.type]);
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
  const dated = days.every((d) => d?.date) && new Set(days.map((d) => d!.date)).size === days.length;
  // … or the sentence says they were apart: "held phone talks with A and B, for ten minutes respectively".
  const apart =
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

const TWO_SIDES = /\bthe two (?:leaders|sides|presidents|heads of state|prime ministers|ministers|foreign ministers|countries|delegations)\b/i;

/**
 * The side the encounter's first sentence names first, by a participant or as a state ("Ethiopian PM
 * holds talks with …"): the principal the text follows.
 */
function principalOf(g: Group, people: PeopleIndex): string | null {
  const s = g.defining[0]!;
  // (A first-named person of no known state gives none: the next one named is the counterpart.)
  const named: Array<{ at: number | undefined; country: string | null }> = [
    ...[...g.people].map((p) => ({ at: people.mentionsIn(p, s)[0]?.start, country: p.country })),
    ...s.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'city' && c.kind !== 'capital').map((c) => ({ at: c.start, country: c.iso3 })),
  ];
  const first = named
    .filter((x): x is { at: number; country: string | null } => x.at !== undefined && (x.country === null || g.countries.has(x.country)))
    .reduce<{ at: number; country: string | null } | null>((a, b) => (a === null || b.at < a.at ? b : a), null);
  return first ? first.country : ([...g.people].find((p) => p.country)?.country ?? null);
}

function toEvent(g: Group, ctx: DocumentContext, main: Group | null, principal: string | null): EventT {
  let date = g.date;
  let basis = g.basis;
  if (g.main && date === null) {
    // The day the text was written (the anchor: its publication date, else its dateline's day, "Astana. July 4.").
    const written = ctx.anchor;
    date = written ?? (ctx.reference ? String(ctx.reference.year) : null);
    basis = written ? 'publication' : date ? 'inferred' : null;
  }
  // "The two leaders last met in October": the two sides are the document's pair, whatever else the sentence names.
  // (Only when the encounter has no two sides of its own: "the two countries" then means them.)
  const pairwise = g.defining.some((s) => TWO_SIDES.test(s.text)) && ctx.focus.length >= 2 && g.countries.size !== 2;
  const countries = pairwise ? ctx.focus.slice(0, 2) : [...g.countries];
  // A summit's next session has the same members; a bilateral encounter has two sides.
  if (countries.length < 2 && main && main !== g && g.type === 'summit' && main.type === g.type && main.countries.size > 2)
    countries.splice(0, countries.length, ...main.countries);
  // "The Prime Minister held a call with US President Trump": the unnamed office is the publishing state's.
  if (
    countries.length < 2 &&
    ctx.home &&
    !countries.includes(ctx.home) &&
    g.defining.some((s) => s.roleReferences.some((r) => r.role.country === null && !r.role.title.generic))
  )
    countries.push(ctx.home);
  // "On Wednesday he held talks with President Ramaphosa": the side the text leaves unnamed is the one
  // whose principal it follows, the main encounter's first participant's.
  if (countries.length === 1 && main !== g && principal && !countries.includes(principal)) countries.push(principal);
  for (const c of ctx.focus) if (countries.length < 2 && !countries.includes(c)) countries.push(c);
  return {
    type: g.type,
    date,
    end_date: g.end !== g.date ? g.end : null,
    date_basis: date ? (basis ?? 'stated') : null,
    planned: g.planned,
    place: placeOf(g, ctx),
    countries: countries.sort(),
    participants: [...g.people].map((p) => ({ name: p.name, country: p.country })),
    evidence: evidenceList([...g.defining, ...g.merged]),
    rule: g.main ? 'event/main-encounter' : 'event/dated-encounter',
  };
}
