// Candidate encounters, one per sentence that reports one: the encounter words a sentence holds,
// the date each reports (its own, a sequel of the last day named, a day of a visit) and whether the
// text reports it as past, planned or recalled, with the states and people taking part.
import { ownedOrDoneBy } from './owned-by-state.js';
import { FAMILY, type Candidate, type Cue, type DateBasis } from './encounter-group.js';
import { CUSTOM_NAMED, DEPARTING_FOR, LEG_BEFORE } from './encounter-splits.js';
import { perLexicons } from '../lexicon/active.js';
import { numberOf } from '../recognise/number-words.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { namesState } from '../recognise/countries.js';
import { LONG_MONTH, type DateMention } from '../recognise/dates.js';
import { WEEKDAY_NAMES as WEEKDAYS } from '../clean/fields.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { eventCues } from './event-cues.js';
import { insideQuotation } from './quotation.js';
import { titledStart, type PeopleIndex, type PlacedMention } from './people.js';
import { addDays as shiftDay, formatDate, resolveDate, type DateContext } from './resolve-date.js';

const futureCue = perLexicons((lex) => new RegExp(`\\b(?:${lex.futureCues.map(escapeRegExp).join('|')})\\b`, 'i'));
// Future words after the encounter's word still announce it: "the forum will be held next year".
// (… also the encounter as the subject of a future verb: "The visit will focus on trade".)
const FUTURE_AFTER =
  /^\s+will\s+(?!have\b)[a-z]+|^[^.;]{0,70}?\b(?:will (?:be held|take place|be hosted|begin|start)|to be held|is (?:scheduled|planned|expected)|are (?:scheduled|planned|expected)|scheduled for|planned for|next (?:week|month|year)|later this (?:year|month)|(?:could|may|might|would) (?:resume|begin|start|take place|be held|meet|occur|happen)|(?:is|are) (?:currently |now )?being (?:arranged|organi[sz]ed|prepared|planned|worked out|agreed))\b|^[^.;,]{0,60}?\b(?:is|are) (?:also )?on the (?:agenda|programme|program)\b/i;
// "the visit Popa will make to the U.S.": the visitor, then the future of the visit's own verb.
const FUTURE_VISITOR = /^\s+(?:(?:\p{Lu}[\p{L}'’-]*|he|she|they)\s+){1,3}(?:will|is to|are to|is going to)\s+(?:make|pay|undertake|begin|start)\b/u;
// A report of what happened overrides a future word nearby: "the forum, which will serve …, was held yesterday".
const PAST_AFTER = /^[^.;]{0,80}?\b(?:was|were) (?:held|opened|hosted|organi[sz]ed|convened)\b|^[^.;]{0,30}?\b(?:took place|was attended)\b/i;
// "was in Russia earlier today (22 February) to meet the Russian president": the purpose of a trip made.
// (… also "left Hanoi on Wednesday to pay a three-day State visit to Indonesia".)
const PAST_PURPOSE =
  /\b(?:was|were|arrived|travell?ed|went|came|flew|left|departed|set\s+off|set\s+out|headed|landed|embarked)\b(?![^.;]{0,80}\b(?:scheduled|expected|set|due|going|supposed|invited|planning|plans?|will|would)\b)[^.;]{0,80}\bto\s+(?:(?:pay|make|undertake|begin|start)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3})?$/iu;
// … and talks held on a trip made: "flew to Paris to hold talks with …", "went to Brazil to meet its leaders and attend a
// summit" (a verb of travel only: "it was agreed to hold the next round" is still to come).
const PAST_TRIP_PURPOSE =
  /\b(?:arrived|travell?ed|went|flew|headed|journeyed)\b(?![^.;]{0,80}\b(?:scheduled|expected|set|due|going|supposed|invited|planning|plans?|will|would|ask\w*|invit\w*|urg\w*|request\w*|persuad\w*)\b)[^.;]{0,80}(?<!\b(?:agreed|agree|agrees|prepare|prepares|preparing|decided|plan|plans|planning|ready)\s)\bto\s+(?:(?:hold|have|conduct|attend|join)\s+|(?:take\s+part|participate)\s+in\s+|(?:meet|see)\s+[^.;]{1,60}?\s+and\s+(?:attend|join|hold)\s+)(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// An encounter named as the occasion of what the sentence reports: "during an intergovernmental meeting".
// (… or after it: "agreed to deepen their partnership, following official talks between …".)
// The prepositions that name an encounter as the occasion of something else ("during", "on the sidelines of").
const OCCASION_PREPOSITION = String.raw`during|at|in\s+the\s+course\s+of|on\s+the\s+side-?lines\s+of`;
const OCCASION = new RegExp(String.raw`\b(?:${OCCASION_PREPOSITION}|following|after)\s+(?:a|an|the|their|his|her|its)?\s*(?:\S+\s+){0,3}$`, 'i');
const WHEN_BEFORE = /(?:^|[^\p{L}])when\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu;
const PRESENT_CUE = /^(?:meets|visits|arrives|holds|hosts|receives|travels)\b/i;
const DURING_OPENING = /^\W*(?:during|in\s+the\s+course\s+of)\s+(?:his|her|their|the|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// (… or a main clause whose subject is a body in lower case: "…, the Philippine economic team will hold …".)
const TEAM_FUTURE = /^[^.;]{0,160}?,\s*the\s+(?:[\p{L}-]+\s+){0,3}(?:team|delegation|mission|group)\s+will\b/iu;
const MAIN_FUTURE =
  // (No i flag: with it \p{Lu} matches "which" and "who", and a relative clause would pass for the main clause.)
  /^[^.;]{0,160}?,\s*(?:[Hh]e|[Ss]he|[Tt]hey|the\s+(?:\p{Ll}+\s+)?(?:leaders|presidents|ministers|two|sides|delegations|prime\s+ministers)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:will|is\s+(?:expected|set|scheduled|due)\s+to|are\s+(?:expected|set|scheduled|due)\s+to|plans?\s+to|intends?\s+to|hopes?\s+to|is\s+to|are\s+to)\b/u;
const FRONTED_ENCOUNTER = /^\W*(?:in|during|at)\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+)?$/iu;
const LEG_OF_TOUR = /\b(?:leg|stop|stage)\s+of\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}(?:visits?|tour|trip)\s+(?:to|of)\s+/iu;
// "I am honoured to pay", "we are delighted to be visiting": a feeling said at the encounter, under way.
const HONOURED_TO =
  /\b(?:am|are|is|feel|felt)\s+(?:(?:so|very|most|deeply|truly|extremely|particularly)\s+)?(?:honou?red|pleased|delighted|happy|glad|proud|privileged|thrilled)\s+to\s+(?:be\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
// "during my visit", "in the course of this visit": the visit under way as the speaker talks.
const OWN_VISIT = /\b(?:during|in\s+the\s+course\s+of)\s+(?:my|our)\s+(?!(?:upcoming|forthcoming|next|planned|future|coming)\b)(?:[\p{L}-]+\s+){0,2}$/iu;
// "… signed … during [the occasion's owner, up to six words]": a signing reported as done on the occasion.
const DURING_OCCASION = /\b(?:during|in\s+the\s+course\s+of)\s+(?:a|an|the|their|his|her|its)?\s*(?:\S+\s+){0,6}$/i;
const SIGNING_VERB = /\b(?:signed|inked|exchanged)\b/gi;
const SIGNING_AHEAD = /\b(?:will|would|shall|to|be|been|being)\s+(?:be\s+)?$/i;
function signedDuring(clause: string, after: string): boolean {
  // (Most clauses hold neither word: the patterns are read only where they can match.)
  if (!/\b(?:during|course)\b/i.test(clause) || !/\b(?:signed|inked|exchanged)\b/i.test(clause)) return false;
  const occasion = DURING_OCCASION.exec(clause);
  // (Not an occasion still to come: "the agreements signed in 2019 … during the upcoming visit".)
  if (!occasion || FUTURE_AFTER.test(after) || /\b(?:upcoming|forthcoming|next|planned|future|coming)\b/i.test(occasion[0])) return false;
  const verb = [...clause.slice(0, occasion.index).matchAll(SIGNING_VERB)].at(-1);
  return verb !== undefined && !SIGNING_AHEAD.test(clause.slice(Math.max(0, verb.index - 20), verb.index));
}
// Past verbs whose complement is a future act: "agreed to", "decided to".
const AGREED_TO = /\b(?:agreed|decided)\s+to\b|\bdecision\s+to\b/gi;
const PAST_BEFORE =
  /\b(?:held|had|paid|made|took part in|attended|participated in|hosted|concluded|completed|wrapped up|embarked on)\s+(?:a|an|the|his|her|their)?\s*(?:\S+\s+){0,4}$/i;
const PAST_VERB = /^(?:visited|met|travell?ed|arrived|hosted|toured)\b/i;
const REPORTER = /\b(?:spokes(?:man|woman|person)|press)\b/i;
export const SIDELINES = /\b(?:on|at|in) the (?:side-?lines|side lines|margins) of\b/i;
// "invited X to visit", "an invitation to visit", "accepted the invitation to pay a visit": the visit
// is announced, and the day in the sentence is the day of the invitation, not of the visit.
// (… also "an invitation to Tokayev to make a state visit to Mongolia", "to undertake an official visit".)
const INVITATION = /\binvit(?:ed|es|ing|ation)\b[^.;]{0,120}?\bto\s+(?:(?:pay|make|undertake)\s+(?:a|an)\s+(?:\w+\s+){0,2})?$/i;
// "bound for Mozambique", "after Mozambique, he will visit Zambia": the tour's next stops take no part.
const NEXT_STOP =
  /\b(?:bound for|heading (?:to|for)|headed (?:to|for)|en route to|left for|departed for|leaves for|departing for|leaving for|will (?:then )?(?:travel|head|proceed|go) to|after|(?:will|to)\s+(?:conclude|end|finish|continue)\s+(?:in|to)|(?:next|final|last)\s+stop\s+(?:in|will\s+be(?:\s+in)?|is(?:\s+in)?)|prior\s+to|before\s+(?:heading|travell?ing|going|flying|proceeding)\s+(?:on\s+)?to|(?:going|(?:go|travel|head|move|fly)\s+on(?:\s+from\s+[^.;,]{1,30}?)?)\s+to|(?:to|going\s+to)\s+[^.;]{1,40},\s+then|(?:go|travel|head|move|fly)\s+on\s+(?:from\s+[^.;,]{1,30}?\s+)?to\s+[^.;]{1,40}?\s+and)\s+(?:the\s+)?$/i;
// "arrived in the Kingdom after visiting the UAE": the stop before this one, a party of another encounter.
// (… also "The visit to Côte d'Ivoire follows a successful State Visit to Nigeria".)
// (… and "a brief stopover at Abu Dhabi on his return from Germany", "on his way back from France".)
const PREVIOUS_LEG =
  /\b(?:(?:after|follows|following|comes\s+after)\s+(?:visiting|(?:a|his|her|their)\s+(?:\S+\s+){0,2}visit\s+to|(?:a\s+)?stop(?:ping)?\s+(?:over\s+)?in)|(?:on\s+)?(?:his|her|their|the)\s+(?:return|way\s+back|way\s+home|journey\s+home)\s+(?:trip\s+)?from|returning\s+from)\s+(?:the\s+)?(?:Federal\s+Republic\s+of\s+|Republic\s+of\s+)?$/i;
// "since 2017", "established diplomatic ties in 1980": a date that is not the encounter's.
// A date another verb governs: "since …", "established in …", "taking office on November 26", "marked on October 22".
// … and "the 2nd summit, after the one held in 2010, in Lisbon": the day of an earlier encounter.
// "after the one held in": an earlier encounter of the same series (its date, and below its city).
export const EARLIER_ONE = String.raw`\b(?:after|following|succeeding)\s+(?:the\s+)?(?:one|first|previous\s+one|last\s+one|earlier\s+one)\s+(?:held|hosted|that\s+took\s+place)\s+(?:in|on)\s+`;
// ("A ceremony to inaugurate the new building took place on 12 October": the day the encounter took place.)
const BRIEFING_ON = /\b(?:press|media|news)\s+briefings?\s+(?:held\s+)?(?:on|dated)\s+$/i;
const NOT_THE_ENCOUNTERS = new RegExp(
  // (Not across an encounter's verb: "since Indira Gandhi visited Greece in September 1983" dates that visit; nor across
  // one named by its noun: "since their meeting in Moscow in November 2022".)
  String.raw`\b(?:since|established|establishment of|founded|(?:first|was|were|jointly)\s+declared|born|retired|(?:re-?)?elected|elections?|polls|referendum|took office|taking office|(?:came|coming|come)\s+to\s+power|took\s+power|taking\s+power|assum(?:ed|ing)\s+office|inaugurat\w*|sworn in|marked|celebrated|observed)\b(?:(?!took\s+place|(?:was|were)\s+held|visited\b|met\b|travell?ed\b|the\s+visit\s+of\b|(?:their|his|her|our|the)\s+(?:(?:last|previous|latest|recent)\s+)?(?:meeting|talks|visit|summit|session)\b)[^.;,]){0,50}$|${EARLIER_ONE}$`,
  'i',
);
// A date that modifies another occasion's noun: "the February 8 general elections", "the 6 May polls", "the March 11 quake".
const OTHER_OCCASION_AFTER =
  /^\s+(?:(?:general|presidential|parliamentary|legislative|local|national|municipal|snap|runoff|run-off)\s+)*(?:elections?|polls|vote|referendum|earthquake|quake|floods?|attacks?|bombings?|coup|ceasefire|inauguration)\b/i;
// A visit told as under way now: "who is on his first state visit to", "are currently on an official visit to".
const UNDER_WAY_NOW = /\b(?:is|are|am)\s+(?:currently\s+|now\s+)?on\s+(?:an?|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// "a complementary agreement signed in 2002": the date of a document, not of an encounter.
// (… also a document named by its date: "the Abidjan Declaration of 26 March 2018".)
const DOCUMENT_SIGNED = /\b(?:agreement|treaty|memorandum|accord|protocol|declaration|convention|MoU)s?\s+(?:(?:\S+\s+){0,2}?signed\s+(?:in|on)|of)\s+$/i;
// "… were signed on April 15 in Cotonou, during President Kagame's state visit": the day of the signing is the encounter's.
const DURING_ENCOUNTER_AFTER =
  /^[^.;]{0,40}?\b(?:during|at|on\s+the\s+(?:sidelines|occasion)\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:visit|talks|meeting|summit|forum)\b/iu;
// Inside a bracket that converts a time ("(2:10 a.m., September 21, Japan time)").
const OTHER_TIME_ZONE = /\(\s*[^()]{0,30}$/;
// "talks will start on April 25": a day a future verb governs.
// (… or "during the Presidency of X which began in November 2023": the start of a term.)
const IN_OFFICE_SINCE =
  /\b(?:assum\w*|took|tak(?:e|es|ing)|sworn\s+in|elected|inaugurated|appointed)\s+(?:(?:the\s+)?(?:office|power|post|presidency|premiership)\s+)?(?:as\s+[^.;,]{1,40}\s+)?(?:in|on)\s+$|\b(?:[Pp]residency|tenure|term|administration|premiership|government|rule|reign)\b[^.;,]{0,40}?\b(?:which|that)\s+(?:began|started|commenced)\s+(?:in|on)\s+$/;
const PREPARED_FOR = /\b(?:prepar(?:es|ing|ations?)\s+for|ahead\s+of|in\s+the\s+run-up\s+to)\b[^.;]{0,80}$/i;
const FUTURE_DAY = /\b(?:will|shall)\s+(?:\w+\s+){0,2}(?:on|in|from|by)\s+$/i;
// "the elevation of bilateral ties to comprehensive partnership in August 2017": the date of the upgrade.
const UPGRADE = /\b(?:elevation|elevating|upgrad(?:e|ing))\s+of\s+(?:the\s+)?(?:bilateral\s+)?(?:ties|relations|relationship)\b[^.;,]{0,90}$/i;
// "…, said a statement of Myanmar's Foreign Ministry Sunday": the day of the statement, not of the encounter.
// … and "issued on Wednesday a statement marking the conclusion of the visit": the day of the statement.
// … also "According to a statement from the Federal Chancellery on Thursday, the visit will begin on July 9".
// (… or the post that told of it: "In a Facebook post on October 15, Marcos shared that he spoke with …".)
const ATTRIBUTION =
  /\b(?:in|via|through)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:post|tweet|message|statement|press\s+release|video)\s+(?:on|dated)\s+$|,\s*(?:said|says|announced|reported|stated)\s+(?:a|an|the)\s+(?:statement|communiqu[eé]|release|spokes\w+)\b[^.;,]{0,50}$|\b(?:issued|released|published)\s+(?:on\s+)?$|\baccording\s+to\s+(?:a|an|the)\s+(?:statement|communiqu[eé]|release|announcement|report)\b[^.;,]{0,50}$/iu;
// "Dmitriev said early on Saturday that the meeting in the Turkish city also resulted in …": the day of the saying,
// not of the encounter it reports.
const SAID_ON =
  /\b(?:said|says|told\s+(?:\S+\s+){0,2}?(?:reporters|journalists|the\s+press)|stated|noted|declared|wrote|added|confirmed|claimed)\s+(?:(?:early|late|later|earlier)\s+)?(?:on\s+)?$/i;
// "X said on Sunday that … while receiving Foreign Minister Y": the saying was at the encounter, so its day is the encounter's.
const SAID_WHILE_MEETING = /^[^.;]*?[\s,](?:while|when|as)\s+(?:receiving|meeting|hosting|welcoming)\s/i;
// "The Amiri Diwan announced the tour on Sunday, saying it will begin in Sweden": the day of the
// announcement, not of the encounter (but "announced the talks would be held on Friday" is).
const ANNOUNCED_ON =
  /\b(?:announced|confirmed)\s+(?:the|a|an|this|his|her|its|their)\s+(?:(?!(?:will|would|be|to|is|are|was|were|held|take|takes|begin|begins|start|starts)\b)[\w'’-]+\s+){0,3}(?:on\s+)?$/i;
// "on the second day of his four-day state visit": the visit began the days before.
const DAY_OF_VISIT = /\b(first|second|third|fourth|fifth|sixth|\d)(?:st|nd|rd|th)?\s+day\s+of\s+(?:\S+\s+){0,6}?(two|three|four|five|six|seven|[2-7])-day\b/i;
// A count of people before a visit word: tourists, citizens, "19 thousand Paraguayans".
const FLOW_OF_PEOPLE =
  /\b(?:\d[\d,.]*|thousands?|millions?|hundreds?)\s+(?:\S+\s+){0,2}?(?:tourists|visitors|people|citizens|nationals|students|travell?ers|\p{Lu}\p{Ll}+(?:ans|ese|is|ers|s))\s+(?:have\s+|had\s+)?$/u;
// A count of encounters over time after the cue: "visited South Korea five times between 1995 and 2016".
const COUNTED_TIMES = /^[^.;,]{0,35}?\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous)\s+times\b(?!\s*:)/i;
// A process set going: "to begin", "launching", "the start of".
const PROCESS_START =
  /\b(?:begin|began|begun|beginning|start|started|starting|launch|launched|launching|open|opened|opening|commence|commenced|initiate|initiated|the\s+(?:start|launch|opening)\s+of)\s+(?:the\s+|formal\s+|official\s+)*$/i;
// (A custom of doing something, "a tradition of US presidents heading to …", not "in keeping with the tradition of high-level contacts".)
const CUSTOM_OF = /\b(?:tradition|custom|practice|habit|convention)\s+of\s+(?:[\p{L}-]+\s+){0,4}?\p{L}+ing\b[^.;,]{0,80}$/iu;
// A place the traveller leaves for, then "where" and the clause up to the encounter's word.
const NEXT_STOP_WHERE =
  /\b(?:departure|departing|departs|leaving|leaves|heading|headed|bound|travell?ing|flying|onward\s+journey)\s+(?:for|to)\s+[^.;]{1,80}?,\s*where\b[^.;,]{0,80}$/i;
// … or a gathering named as the purpose of the trip on: "before heading to Japan on Thursday for the G7 leaders' summit".
// (Asked of a summit's or a forum's word only.)
const NEXT_STOP_FOR =
  /\b(?:departure|departing|departs|leaving|leaves|heading|headed|bound|travell?ing|flying)\s+(?:for|to)\s+\p{Lu}[^.;,]{0,60}?\s+for\s+(?:the\s+|a\s+)?(?:[\p{L}\d’'-]+\s+){0,4}$/u;
// … or as an adjective of a present habit: "hold regular meetings", "is in regular contact" (not an aim: "agreed to hold
// regular consultations").
const REGULAR_HABIT = /(?<!\bto\s)\b(?:hold|holds|have|has|maintain|maintains|(?:is|are)\s+in)\s+regular\s+(?:contacts?\s+)?$/i;
// … or right after it: "The two ministers meet regularly on the margins of …".
const HABIT_AFTER = /^\s+(?:regularly|routinely|annually|every\s+year|each\s+year|frequently|often)\b/i;
// An adverb of habit in the clause before the encounter's word: "They usually attempt to visit", "leaders traditionally meet".
const HABITUAL = /\b(?:usually|typically|traditionally|normally|customarily|habitually|regularly|routinely|tend\s+to|tends\s+to)\b[^.;,]{0,50}$/i;
// "the first foreign leader to visit Thailand": the visit reported, described.
const FIRST_TO = /\bthe\s+first\s+(?:\S+\s+){0,4}?to\s+$/i;
// "the first Irish prime minister to pay a bilateral visit to South Korea": the visit reported, described
// by its rank in a series, not one announced.
// (… also the verb itself: "the first such delegation from the upper house of any country to visit India";
// not "he will be the first Indian leader to visit", which is still to come.)
const FIRST_TO_PAY = /\bthe\s+(?:first|only)\s+(?:\S+\s+){0,9}?to\s+((?:pay|make|undertake|conduct)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$/i;
// An encounter being prepared: "is being arranged", "work is under way to arrange".
export const BEING_ARRANGED = String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?being\s+(?:arranged|organi[sz]ed|prepared|planned)\b|\bunder\s+way\s+to\s+(?:arrange|organi[sz]e|prepare)`;
const ANNOUNCING = new RegExp(
  String.raw`\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised)\s+to|plans?\s+to|${BEING_ARRANGED})\b`,
  'i',
);
const WILL_BE_FIRST = /\b(?:will|would|is\s+to|is\s+set\s+to)\s+(?:also\s+)?(?:be|become)\s+the\s+(?:first|only)\b/i;
// "it is a pleasure for her to visit the country", "always happy to visit": a feeling about visiting, no encounter.
const GLAD_TO = /\b(?:pleasure|honou?r|privilege|delighted|happy|glad|pleased)\b(?:\s+(?:for|to)\s+(?:him|her|me|us|them))?\s+to\s+$/i;
// "concluding his two-day official visit", "after completing a successful three day State Visit".
// (… also "At the end of his two-day visit to Germany on Friday".)
// (… and "left Lima on Friday after a three-day state visit".)
// (Not a tour of a continent or several states: "wrapped up a six-day tour of Africa on Friday in Congo" ends the tour,
// whose last stop did not last six days.)
const TOUR_REGIONS = String.raw`Africa|Asia|Europe|Latin\s+America|South\s+America|Central\s+Asia|Gulf|Middle\s+East`;
const REGION_TOUR = String.raw`\s+(?:[\p{L}-]+\s+){0,2}(?:tour|trip|swing)\s+(?:of|to|through|across)\s+(?:the\s+)?(?:${TOUR_REGIONS}|region|continent|\p{L}+\s+(?:nations|countries|states))`;
const VISIT_ENDED = new RegExp(
  String.raw`\b(?:(?:concluding|concluded|completing|completed|wrapping\s+up|wrapped\s+up|ending|ended|winding\s+up|at\s+the\s+end\s+of)|(?:left|departed|flew\s+out\s+of|flew\s+home|returned\s+home|returned\s+to|arrived\s+back)\b[^.;]{0,60}?\bafter)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:successful\s+|fruitful\s+)?(two|three|four|five|six|seven|[2-7])[-\s]day\b(?!${REGION_TOUR})`,
  'iu',
);
// The day a visit began, in a clause of its own: "a state visit to Iran, which began on Sunday".
const VISIT_BEGAN = /\b(?:visit|trip|tour|stay)\b[^.;]{0,60}?\b(?:that|which)\s+(?:had\s+)?(?:began|started|commenced)\s+(?:(?:on|in)\s+)?$/i;
// "… ties, strengthened following President Xi Jinping's state visit": an encounter the clause recalls.
// What an encounter was about: "about the Senegalese leader's state visit".
const TALKED_OF = /\b(?:about|regarding|concerning|discuss(?:ed|ing)?|preparations?\s+for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}$/iu;
const RECALLED_BEFORE = /\b(?:following|since|after)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;
// "In a recent telephone conversation", "during a recent visit": a recent encounter named as the report's occasion.
const RECENT_ONLY = /\b(?:in|during|at)\s+(?:a|the|their|his|her)\s+recent\s+(?:\S+\s+){0,2}$/i;
// "the previous visit", "his last visit": an encounter before the one reported.
export const EARLIER = /\b(?:previous|last|earlier|former|past|recent)\s+(?:\S+\s+){0,2}$|\b(?:met|held|visited)\s+previously\s+(?:\S+\s+){0,3}$/i;
// "Abiy was last in Kenya on December 9, 2020, on an official visit": the visitor's stay before this one.
const LAST_THERE = /\b(?:was|were)\s+last\s+(?:in|at)\s+[^.;]{1,80}$/i;
// "Earlier this week, the Chinese president visited Turkmenistan": a time before the report's own encounter,
// opening the clause of the cue.
// The outcomes of an encounter as what is praised: "hailed the positive outcomes of the foreign minister's visit".
const OUTCOMES = String.raw`\b(?:outcomes?|results?|achievements|successes|fruits)\s+of\s+(?:the\s+)?`;
const OUTCOMES_HEAD = new RegExp(String.raw`${OUTCOMES}(?:[\p{L}'’-]+\s+){0,4}(?:visit|meeting|talks|session)\b`, 'iu');
// … told right before the encounter's word, in its clause.
const OUTCOMES_OF = new RegExp(String.raw`${OUTCOMES}[^.;,]{0,60}$`, 'i');
// "another telephone conversation", "In a similar phone call": one more of the kind, not the one the text reports.
const ANOTHER_OF_KIND = /\b(?:another|a\s+similar|an\s+earlier|a\s+previous)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const EARLIER_TIME =
  /^\W*(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|earlier\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+(?:week|month))\b/i;
const LAST_YEAR_AFTER = new RegExp(
  String.raw`^\s+(?:(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:in\s+${LONG_MONTH}\s+)?(?:of\s+)?last\s+year\b`,
  'u',
);
// "After your state visit to Azerbaijan in August, …": an encounter someone made before, which the sentence goes on from.
const AFTER_ONES_OWN = /\b(?:after|following|since)\s+(?:your|his|her|my|our)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "the first visit in 40 years since Indira Gandhi visited the country in September 1983", "since the visit of prime
// minister X in 2015", "… in 14 years, after X travelled to Brasilia in 2009": the encounter a count of years runs from.
// (After "after", only a traveller named by name: "said after meeting visiting Prime Minister X" is this encounter. No i flag:
// under it \p{Lu} matches every letter.)
const SINCE_EARLIER = /\b[Ss]ince\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}$|\b[Aa]fter\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;
// An arrival, then the trip it came from: "arrived at the airport on Friday following a visit to Kiribati", "landed in
// Hanoi after visiting Laos".
const ARRIVED_AFTER =
  /\b(?:arrived|arrives|landed|lands|reached|came)\b[^.;]{0,120}\b(?:following|after)\s+(?:(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2})?$/iu;
// A pluperfect: "had already visited Vietnam in April 2023" (not "had phone talks", a simple past).
const PLUPERFECT = /\bhad\s+(?:already\s+|previously\s+|earlier\s+)?$/i;
const PARTICIPLE_CUE = /^(?:visited|met|travell?ed|hosted|received|spoken|talked|held)\b/i;
// A proposal to meet, in any wording: "proposed holding", "I propose that we hold", "suggested that the sides convene".
const PROPOSAL = /\b(?:propos|suggest)\w*\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:to\s+)?(?:hold|holding|organi[sz]e|convene)\b[^.;]{0,60}$/i;
// The encounter named as the occasion of what was said or done: "… during a telephonic conversation", "in a phone call".
const OCCASION_BEFORE_CUE = /\b(?:during|in|over|at)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// "… and preparations for the", "… and looked forward to the": what the talks prepare, after what they were about.
const PREPARED_AFTER = /\b(?:preparations?\s+for|look(?:ed|s)?\s+forward\s+to)\b[^.;]{0,80}$/i;
// Where the talks' subject begins: states after it are what was discussed, not who took part.
export const TOPIC =
  /\b(?:discussed|discussing|discuss|discusses|agreed\s+that|warning|warned|(?:emphasi[sz]|stress|underlin|underscor)ing\s+the\s+(?:importance|need)\s+(?:of|for)|exchanged views on|reviewed|on the situation in|the situation in|regarding|concerning|about|issues? of|topics?|focus(?:ed|ing)?\s+on|cent(?:red|ered|ring|ering)\s+(?:on|around)|touch(?:ed|ing)\s+on|revolv(?:ed|ing)\s+around|pressure\s+on|sanctions\s+(?:on|against)|aggression|the crisis in|the conflict in|the war in|(?:in|at)\s+(?:conflict|war)\s+with|fighting\s+against|developments in|in connection with|amid|amidst|against the backdrop of|in the context of)\b/i;
const CALLED_OFF = /\b(?:postpon\w*|cancel\w*|called\s+off|calling\s+off|put\s+off|putting\s+off|scrapp\w*|deferr\w*)\b[^.;]{0,60}$/i;
const ARRIVAL_CUE = /^(?:arriv|land|reach|came\b|come\b|coming\b)/i;
const AID_TO = /\b(?:aid|assistance|relief)\s+(?:to|for)\s+(?:the\s+)?(?:people\s+of\s+(?:the\s+)?)?$/i;
// "the countries hardest hit by the tariffs announced last week by US President Donald Trump": the
// author of a measure the text describes is no side of the encounter, nor is the state after him.
const MEASURE_BY = /\b(?:announced|imposed|introduced|levied|threatened|enacted|ordered|decreed|unveiled|slapped)\b[^,;.()]{0,40}?\bby\s/i;
export const RECALL = /\b(?:recalled|recalling|recalls|remembered|reminisced)\b/i;

// A body being set up before a meeting's word: "the establishment of a Permanent Joint Commission", "agreed to create a joint committee".
const ESTABLISHED =
  /\b(?:establish(?:es|ed|ing|ment\s+of)?|creat(?:e|es|ed|ing|ion\s+of)|set(?:ting)?\s+up|form(?:ation\s+of)?)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,3}$/iu;

const SIDELINES_OF = /\b(?:sidelines|side-lines|margins|margin)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d’'-]+\s+){0,6}$/iu;

const SUMMIT_ADJUNCT =
  /\b(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+(?:first|second|third|last|final|opening|closing)\s+day\s+of|during|(?:in|within)\s+the\s+framework\s+of)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,5}?(?:summit|forum|assembly|conference)\b(?![^.;]{0,20}\b(?:opened|began|was\s+held|took\s+place))/iu;

// "X (R) meets with Y (L) as part of the NATO Summit": two people meeting within the gathering.
const MET_AS_PART_OF_SUMMIT = /\b(?:meets|met)\s+with\b[^.;]{0,120}\bas\s+part\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,7}?summit\b/iu;

// "Raisi and Xi met for the first time last September at a Shanghai Cooperation Organization summit in Uzbekistan": the
// two met at the gathering; their meeting is the encounter.
// (… also the noun: "his meeting with Xi Jinping at the SCO summit in Astana".)
const MET_AT_SUMMIT =
  /\b(?:met|meets|meeting\s+with)\b[^.;]{0,60}?\b(?:at|during)\s+(?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:summit|forum|conference|assembly)\b/iu;

// (… not one a relative clause recalls of the sentence's subjects: "The two leaders, who met previously at the G7 Summit, …".)
const RECALLED_IN_RELATIVE = /\bwho\s+(?:had\s+|have\s+)?(?:previously\s+|earlier\s+|last\s+|first\s+)?met\b/i;
// "The two leaders, who are in Osaka, Japan for the G20 Summit, met in the morning": a relative clause places the sentence's
// subjects at the gathering; the verb after it is their meeting.
const AT_SUMMIT_THEN_MET =
  /\b(?:who|which)\s+(?:are|were|is|was)\s+(?:(?:in|at)\s+[^.;]{1,40}?\s+)?(?:for|attending)\s+(?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:summit|forum|conference|assembly)\b[^.;,]{0,40},\s+(?:also\s+)?(?:met|meet|held\s+(?:[\p{L}-]+\s+)?(?:talks|a\s+(?:[\p{L}-]+\s+)?meeting))\b/iu;
const MEETING_AT_SUMMIT = /\b(?:summit|forum)\b[^.;]{0,120}\b(?:and|as\s+well\s+as)\s+(?:his|her|their|a)\s+(?:bilateral\s+)?meeting\s+with\b/i;

/** Every encounter word of the sentence, with what it reports. */
/** Whether a person the sentence names stands right after "called on", with no "to" of an exhortation before them. */
function calledOnPerson(s: RecognisedSentence, end: number): boolean {
  // ("told the Indian High Commissioner X, who called on him at the ministry today": the envoy named before, the host by a pronoun.)
  // (Not an appeal: "who called on him to resign".)
  if (/^\s+(?:him|her)\b(?!\s+to\s)/i.test(s.text.slice(end, end + 9)) && /,\s*who\s+(?:had\s+)?\S+\s+on$/i.test(s.text.slice(Math.max(0, end - 30), end)))
    return true;
  const person = s.people.find((p) => p.start >= end && p.start - end <= 70);
  return (
    person !== undefined &&
    !/\bto\s/i.test(s.text.slice(end, person.start)) &&
    !/^\s+(?:\p{L}+\s+){0,3}to\s+\p{Ll}+/u.test(s.text.slice(person.end, person.end + 40))
  );
}

// "Wang Yi, Special Envoy of Chinese President Xi Jinping": the principal an envoy speaks for is not at the encounter.
// (… nor one whose greetings or message are conveyed: "conveyed the greetings of General Secretary X"; but "received farewell
// greetings from the minister X" names one who was there.)
const PRINCIPAL_OF_ENVOY =
  /\b(?:(?:[Ee]nvoy|[Rr]epresentative|[Mm]essenger)\s+(?:of|from)|(?:message|letter)s?\s+(?:of|from)|greetings\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/** Whether a mention names the principal an envoy or a message is of, not someone at the encounter. */
export function envoysPrincipal(m: PlacedMention): boolean {
  const at = titledStart(m);
  return PRINCIPAL_OF_ENVOY.test(m.sentence.text.slice(Math.max(0, at - 40), at));
}

/** "condolences on the killing of former Prime Minister X", "the late President Y": a past holder of the office. */
export function formerHolder(m: PlacedMention): boolean {
  const at = titledStart(m);
  return /\b(?:former|late|ex-|erstwhile)\s*$/i.test(m.sentence.text.slice(Math.max(0, at - 12), at));
}

const DAYS_OWN = /\b(?:today|yesterday|tonight)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/iu;

export function readCues(s: RecognisedSentence): Cue[] {
  const out: Cue[] = [];
  const hits = eventCues().all(s.words);
  if (!hits.length) return out;
  // "met on the sidelines of the summit", "the summit in Kananaskis, where the leaders look forward to
  // meeting": the bilateral meeting is the encounter.
  // … and "On the eve of the SCO summit on 14 September, Putin held meetings with …": a summit named in
  // an adjunct of time or place frames the meetings the sentence reports.
  // … and "looking forward to the Summit to be held later this year, and his meeting with Prime Minister X at that time".
  const sidelines =
    SIDELINES.test(s.text) ||
    /\b(?:where|at which|during which)\b[^.;]{0,60}\bmeet(?:ing)?\b/i.test(s.text) ||
    SUMMIT_ADJUNCT.test(s.text) ||
    MEETING_AT_SUMMIT.test(s.text) ||
    MET_AS_PART_OF_SUMMIT.test(s.text) ||
    AT_SUMMIT_THEN_MET.test(s.text) ||
    (MET_AT_SUMMIT.test(s.text) && !RECALLED_IN_RELATIVE.test(s.text));
  const sidelinesAt = sidelines ? s.text.search(SIDELINES) : -1;
  const apart = sidelinesAt >= 0 && listsRecalled(s.text) ? [...s.text.matchAll(ANOTHER_ENCOUNTER_LISTED)].map((m) => m.index) : [];
  const described: Cue[] = [];
  for (const { value: cue, index, length } of hits) {
    const start = s.words[index]!.start,
      end = s.words[index + length - 1]!.end;
    const before = s.text.slice(Math.max(0, start - 160), start);
    if (cue.type === 'phone_call' && !isCall(s.text, start, end)) continue;
    // "called on the President of Uzbekistan Shavkat Mirziyoyev": a courtesy call only on a person named right after,
    // with no exhortation between ("called on Turkish citizens to visit", "called on both sides to …").
    if (/^calls?(?:ed)?\s+on$/i.test(s.text.slice(start, end)) && !calledOnPerson(s, end)) continue;
    // "Following today's review meeting, the two ministers will hold a follow-up meeting in Port Sudan": the encounter
    // under way, named by its day, is not the one this sentence tells of when another follows it.
    // (Read on the last words before the cue, only where a possessive stands: this runs for every cue.)
    const tail = before.slice(-60);
    if ((tail.includes("'s") || tail.includes('’s')) && DAYS_OWN.test(tail) && hits.some((h) => s.words[h.index]!.start > end)) continue;
    // "whose tour of duty has come to an end": a diplomat's posting, no trip.
    if (/^tours?$/i.test(s.text.slice(start, end)) && /^\s+of\s+duty\b/i.test(s.text.slice(end, end + 10))) continue;
    // "while in Norway", "left for South Africa": only with a state or city right after.
    // (… and "head to": "Both countries head to the polls next year" goes nowhere.)
    if (
      /^(?:while in|stay in|left for|departed for|head to|heads to|headed to)$/i.test(s.text.slice(start, end)) &&
      !s.countries.some((c) => c.start >= end && c.start - end <= 5)
    )
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
    // (… but "In June 2016, Modi became the first Indian Prime Minister to visit Qatar": a dated record is its own visit.)
    const datedRecord = /\bbecame\s+the\s+first\b/i.test(before) && s.dates.some((d) => d.from.year !== null);
    if (cue.type === 'visit' && (FLOW_OF_PEOPLE.test(before) || GLAD_TO.test(before))) continue;
    // (… though it frames talks the sentence reports as that visit: "said during the talks with Kovind, the first Indian
    // president to visit the country" is a visit.)
    if (cue.type === 'visit' && FIRST_TO.test(before) && !datedRecord) {
      described.push({ type: 'visit', priority: cue.priority, index: start, end, invitation: false });
      continue;
    }
    // "called off his trip to Morocco scheduled for next week", "The visit …, scheduled for April 11-13, was called off":
    // a trip that will not take place (unless given a new date: "postponed … and is now scheduled for June 12").
    if (cue.type === 'visit' && tripCalledOff(s.text, start, end)) continue;
    // "President X meets Prime Minister Y": "meets" between two people only (not "the railway meets the interests of",
    // "cotton now meets EU standards", "regularly meets foreign investors").
    const cueText = s.text.slice(start, end);
    if (
      /^meets$/i.test(cueText) &&
      !(
        // (… also past a photo's position mark, "Erdogan (R) meets with Starmer (L)".)
        /\p{Lu}[\p{L}'’.-]*(?:\s+\((?:[LRC]|left|right|cent(?:re|er))\))?\s+$/u.test(before) &&
        // (… also "meets new Swedish Ambassador X", "meets the visiting Emir", "meets with".)
        /^\s+(?:with\s+)?(?:(?:new|newly[\s-]appointed|visiting|outgoing|incoming)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Ambassador|President|Prime\s+Minister|Minister|Foreign|King|Emir|Chancellor|Premier|Envoy|High\s+Commissioner|Secretary)\b|\p{Lu}|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}(?:[Cc]ounterpart|[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|[Kk]ing|[Ee]mir|[Ll]eader|[Cc]hancellor|[Pp]remier|[Aa]mbassador)\b)/u.test(
          s.text.slice(end, end + 60),
        )
      )
    )
      continue;
    // "his recent visits to A, B and C": a person's trips (not "tourist visits to Egypt", "visa-free visits to China").
    if (/^visits\s+to$/i.test(cueText) && !/(?:\b(?:his|her|their)|\p{L}['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) continue;
    // "The trip comes amid discussions on global governance reforms": a debate in the world, no encounter.
    if (
      cue.type === 'meeting' &&
      /\b(?:amid|amidst|against\s+the\s+backdrop\s+of)\s+(?:(?:the|ongoing|continuing|global|international|wider|broader)\s+)*$/i.test(before.slice(-50))
    )
      continue;
    // "upended a tradition of US presidents heading to the United Kingdom as their first trip abroad": a custom, no trip.
    if (cue.type === 'visit' && CUSTOM_OF.test(before.slice(-100))) continue;
    // "New Zealand's prime ministers usually visit Australia first": what is done as a rule, no one encounter.
    if (HABITUAL.test(before.slice(-60)) || HABIT_AFTER.test(s.text.slice(end, end + 30)) || REGULAR_HABIT.test(before.slice(-40))) continue;
    // "visited South Korea five times between 1995 and 2016": a count of encounters, none of them one the text dates.
    if (COUNTED_TIMES.test(s.text.slice(end, end + 50))) continue;
    // "his determination to begin negotiations for Argentina's accession to …", "agreed to launch negotiations on a free
    // trade agreement": a process set going, no encounter held (not "will start negotiations on Monday").
    if (
      /^negotiations$/i.test(cueText) &&
      PROCESS_START.test(before.slice(-30)) &&
      /^\s+(?:for|on|over|towards?)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)/.test(
        s.text.slice(end, end + 30),
      )
    )
      continue;
    // "significantly faster than other FTA negotiations": a kind of encounter compared with, none held.
    if (/\b(?:than|unlike)\s+(?:(?:other|previous|most|many|similar|earlier|past)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(before.slice(-50))) continue;
    // "… before his departure for Hangzhou, where his country holds a business forum on Friday": the next stop's
    // encounter, told in passing in the sentence of this one.
    if (NEXT_STOP_WHERE.test(s.text.slice(Math.max(0, start - 160), start))) continue;
    if ((cue.type === 'summit' || cue.type === 'forum') && NEXT_STOP_FOR.test(s.text.slice(Math.max(0, start - 160), start))) continue;
    // "Chinese goods arriving in Kenya", "the number of tourists arriving in Turkey": a flow, not a visitor.
    if (/^arriving in$/i.test(s.text.slice(start, end)) && ARRIVING_FLOW.test(before)) continue;
    // "visa-free travel for citizens when visiting each other's country": travel of people, no encounter.
    if (cue.type === 'visit' && /^\s+(?:each\s+other['’]s|one\s+another['’]s)\b/i.test(s.text.slice(end, end + 20))) continue;
    // "dialogues at the summit level", "summit-level talks": a rank of talks, not a summit.
    if (cue.type === 'summit' && /^[\s-]+level\b/i.test(s.text.slice(end, end + 8))) continue;
    // "The Russian co-chair of the commission noted": a person, not the verb ("will co-chair the session").
    if (/^co-chairs?$/i.test(s.text.slice(start, end)) && /\b(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) continue;
    // "The Kenyan parliament convened on Tuesday to debate …", "Congress will convene": one state's own body sitting.
    // (Not a joint body of two states: "The Georgia-Ukraine Parliamentary Assembly convened".)
    if (
      /^convene[ds]?$/i.test(s.text.slice(start, end)) &&
      NATIONAL_BODY_BEFORE.test(before.slice(-50)) &&
      !/\p{Lu}[\p{L}'’]+[-–]\p{Lu}[\p{L}'’]+\s+(?:\p{Lu}[\p{L}'’]+\s+)*$/u.test(before.slice(-60))
    )
      continue;
    // "Kenya and Egypt have a Joint Commission for Cooperation", "agreed to establish a joint committee": the body, not a
    // session of it.
    if (/^(?:joint|intergovernmental)\s+(?:commission|committee)$/i.test(s.text.slice(start, end)) && BODY_HELD_BEFORE.test(before.slice(-50))) continue;
    // "no meeting has been requested", "did not meet": an encounter the text denies.
    if (NEGATED.test(before.slice(-30))) continue;
    // "will welcome Romania's President Klaus Iohannis" is an encounter; "welcomed the agreement" is not:
    // a person must follow, with only capitalised words (titles, states) or "counterpart" between.
    if (/^welcom/i.test(s.text.slice(start, end)) && !welcomesSomeone(s, end)) continue;
    // "is on a state visit to India from April 1 to 5, during which he will meet industry leaders": the meetings
    // of a visit are parts of it.
    if (cue.type === 'meeting' && DURING_WHICH.test(before)) continue;
    // "a press conference with reporters", "a sit-down with French farmers": the press or the public, no counterpart.
    if (
      /\b(?:conference|sit-down)\s+with$/i.test(s.text.slice(start, end)) &&
      (!/^\s+(?:(?:his|her|their|the)\s+)?(?:\p{Lu}|counterparts?\b)/u.test(s.text.slice(end, end + 30)) || PUBLIC_AFTER.test(s.text.slice(end, end + 60)))
    )
      continue;
    // "received congratulations", "received a letter from": a message or a thing received, not a visitor.
    // (A letter of credence, or a letter handed over by an envoy in person, is received from someone present.)
    if (
      /^receiv/i.test(s.text.slice(start, end)) &&
      (RECEIVED_THING.test(s.text.slice(end, end + 60)) || RECEIVED_QUALIFIED_THING.test(s.text.slice(end, end + 60))) &&
      !/\b(?:of\s+credence|credentials|(?:delivered|handed(?:\s+over)?|conveyed|brought|presented)\s+by)\b/i.test(s.text.slice(end))
    )
      continue;
    // "agreed to begin early discussions to build a high-speed railway": a process of talks on a project begun, not
    // a meeting (one with its own day or place still is: "agreed to start talks in Lima next week").
    if (
      cue.type === 'meeting' &&
      /\b(?:begin|start|launch|commence|open|initiate|resume|continue)\s+(?:the\s+|early\s+|formal\s+|further\s+)*$/i.test(before.slice(-40)) &&
      /^\s+(?:to|on|about|over|regarding|for)\s+\p{Ll}/u.test(s.text.slice(end, end + 30)) &&
      !s.dates.some((d) => d.start >= end) &&
      !s.countries.some(
        (c) => (c.kind === 'city' || c.kind === 'capital') && c.start >= end && /\bin\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start)),
      )
    )
      continue;
    // "the accords include the establishment of a Permanent Joint Commission": a body set up, not a meeting held.
    if (cue.type === 'meeting' && ESTABLISHED.test(before.slice(-60))) continue;
    const invitation = cue.type === 'visit' && INVITATION.test(before);
    // (Not a meeting of another encounter the sentence lists before the one on the sidelines: "recalled his visit to
    // Australia, where he met X, and their meeting on the sidelines of the G20 Summit".)
    const listedApart = sidelinesAt >= 0 && apart.some((at) => (at > start && at < sidelinesAt) || (at < start && at > sidelinesAt));
    // (A signing the two sides witnessed during the gathering is no talks of their own: "witnessed the signing during a video
    // summit between A and B" is the summit.)
    const witnessed = /^witness/i.test(s.text.slice(start, end));
    const priority = invitation
      ? 5
      : sidelines && !listedApart && cue.type !== 'phone_call' && !witnessed
        ? cue.type === 'meeting'
          ? 99
          : cue.priority
        : cue.priority;
    // "The MoU was signed by A and his counterpart B on the sidelines of the African Union Summit": the
    // summit is where the two met, not what they held.
    // … and "Morocco and Saudi Arabia signed an MoU during the third edition of the Future Minerals Forum", "Putin and
    // Arce spoke in the context of the BRICS Summit": two sides acting within the gathering met there.
    const venue =
      (cue.type === 'summit' || cue.type === 'forum') && (SIDELINES_OF.test(before) || (framedBy(s, before, start) && statesBefore(s, start).size === 2));
    // "Sisi headed to Djibouti to hold a summit meeting with counterpart Guelleh": talks held where one side travelled
    // are that side's visit (a third state is told apart later, as for any visit).
    // (Only to a state named as such: "flew to Paris to hold talks with …" may be talks in a third state.)
    const reach = before.slice(-140);
    const trip = (cue.type === 'summit' || cue.type === 'meeting') && !venue ? TRAVELLED_TO_HOLD.exec(reach) : null;
    const destination = trip ? start - reach.length + trip.index + trip[0].indexOf(trip[1]!) : -1;
    const travelled = trip !== null && s.countries.some((c) => (c.kind === 'name' || c.kind === 'official') && c.start === destination);
    // "Xi officially welcomed President Ruto to China": the guest welcomed to the host's state or city is on a visit.
    const welcomedTo = /^welcom/i.test(s.text.slice(start, end)) && welcomedToPlace(s, end);
    out.push({
      type: venue ? 'meeting' : travelled || welcomedTo ? 'visit' : cue.type,
      priority: welcomedTo ? Math.max(priority, VISIT_PRIORITY) : priority,
      index: start,
      end,
      invitation,
    });
  }
  return out.some((c) => c.type === 'meeting') ? [...out, ...described] : out;
}

// Having or setting up a joint body: "have a", "established the", "agreed to set up a".
const BODY_HELD_BEFORE =
  /\b(?:have|has|had|having|establish(?:ed|es|ing)?|set\s+up|setting\s+up|creat(?:e|ed|es|ing)|form(?:ed|ing)?|launch(?:ed|es|ing)?)\s+(?:a|an|the|their)\s+(?:new\s+|bilateral\s+)?$/i;
// A state's own body just before the verb: "the Kenyan parliament convened", "the cabinet convened".
const NATIONAL_BODY_BEFORE =
  /\b(?:parliament|assembly|senate|congress|cabinet|court|government|legislature|council\s+of\s+ministers|national\s+security\s+council)\s+(?:\p{Ll}+\s+)?$/iu;

// A travel verb, the state or city travelled to, then the talks as its purpose: "headed early to Djibouti to hold a".
const TRAVELLED_TO_HOLD =
  /\b(?:headed|travell?ed|flew|went|journeyed|came)\s+(?:\p{Ll}+\s+)?(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:to\s+(?:hold|have|conduct)|for)\s+(?:a|an|the|his|her|their)?\s*(?:[\p{L}-]+\s+){0,3}$/u;

// A gathering named as the frame of what the sentence reports: "in the context of", "on the occasion of", "during",
// "ahead of" ("Pakistan signed new deals with China ahead of Beijing's international forum").
const FRAMED_BY =
  /\b(?:in\s+the\s+context\s+of|on\s+the\s+occasion\s+of|(?:with)?in\s+the\s+framework\s+of|during|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d’'-]+\s+){0,6}$/iu;

/** A gathering named as the frame, whose name holds no state ("during the Chile-Peru summit" is the two states' own). */
function framedBy(s: RecognisedSentence, before: string, at: number): boolean {
  const frame = FRAMED_BY.exec(before);
  if (frame === null || s.countries.some((c) => namesState(c) && c.start >= at - (before.length - frame.index) && c.end <= at)) return false;
  // (A gathering with a name of its own, "the 16th BRICS Summit", not "the annual summit" of the two; and an act
  // of two sides before it: signing, talks — not "criticised Pakistan during the SCO summit".)
  const name = frame[0].replace(/^\S+(?:\s+(?:the|context|occasion|of|framework|eve|run-up|to))*\s+/i, '');
  return /\p{Lu}/u.test(name) && SIDES_ACTED.test(before.slice(0, frame.index));
}

const SIDES_ACTED = /\b(?:signed|inked|spoke|met|meet|held\s+(?:talks|a\s+meeting|consultations)|talked|conferred|agreed|discussed|exchanged\s+views)\b/i;

/** The states named, or of the people named, in a sentence before a position. */
function statesBefore(s: RecognisedSentence, at: number): Set<string> {
  return new Set([
    ...s.countries.filter((c) => c.end <= at && c.kind !== 'city' && c.kind !== 'seat').map((c) => c.iso3),
    ...s.people.filter((p) => p.end <= at && p.country !== null).map((p) => p.country!),
  ]);
}

const DURING_WHICH = /\b(?:visit|trip|tour|stay)\b[^.;]{0,80}\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of)\s+which\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

// What is received when no one is: a message, a greeting, a prize, aid ("received congratulatory messages from", "received an award").
const RECEIVED_THING =
  /^\s+(?:(?:a|an|the|his|her|their|many|numerous|several|warm|congratulatory|official|written|personal|special|\d+)\s+){0,3}(?:congratulat\w*|messages?|letters?|greetings?|telegrams?|cables?|condolences?|invitations?|awards?|honou?rs?|prizes?|medals?|degrees?|praise|support|assistance|aid|donations?|shipments?|consignments?|doses|vaccines?|funding|grants?|loans?|news|reports?|copies|copy|requests?|applications?|complaints?)\b/i;

// (… with words of its own before it: "Senegal received strong support from China", "received much-needed medical aid".)
const RECEIVED_QUALIFIED_THING =
  /^\s+(?:[\p{Ll}'’-]+\s+){1,3}(?:support|assistance|aid|donations?|funding|grants?|loans?|investments?|help|backing|shipments?|supplies|equipment|vaccines?|doses)\b(?!\s+(?:officials?|workers?|experts?|delegations?|teams?|agency|agencies|chiefs?|ministers?|envoys?|coordinators?))/u;

// "comes shortly after", "followed", "came on the heels of": what an encounter is told to follow.
const CAME_AFTER = String.raw`(?:comes?|came|follows?|followed)\s+(?:(?:shortly|just|soon|closely|days|weeks|months)\s+)?(?:after|following|on\s+the\s+heels\s+of)`;
// "reviewed the implementation of the Comprehensive Economic Partnership Agreement signed between the two countries in
// January 2024": the time of a document's signing the sentence recalls, not of the encounter.
// (DOCUMENT_SIGNED drops such a date for every encounter of the sentence, and only right after "signed in|on"; this one
// reads a longer stretch, so it asks only of dates after the encounter's own word.)
const DOCUMENT_SIGNED_BEFORE =
  /\b(?:agreements?|treaty|treaties|memorand(?:um|a)|MoUs?|accords?|declarations?|deals?|pacts?|protocols?|charter|statement|FTA|CEPA|CEPA\)|partnership|road\s*map)\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:which\s+(?:was|were)\s+|that\s+(?:was|were)\s+)?(?:signed|concluded|ratified|adopted|inked)\b[^.;]{0,60}$/i;
// "…, President Lukashenko said as he met with Governor X": the saying told at the encounter.
const SAID_AS_MET = /\b(?:said|noted|stated|stressed|told\s+\S+)\s+(?:as|while|when|during|at)\s+(?:(?:he|she|they)\s+)?(?:[^.;,]{0,30}\s)?$/i;
/** "In January-August 2022 trade amounted to $390 million, X said as he met Y": the period of a figure said at the encounter. */
function figureSaidAt(s: RecognisedSentence, d: DateMention, cue: Cue): boolean {
  if (d.end > cue.index) return false;
  const said = SAID_AS_MET.exec(s.text.slice(Math.max(0, cue.index - 80), cue.index));
  if (!said) return false;
  const saidAt = Math.max(0, cue.index - 80) + said.index;
  return d.end <= saidAt && s.money.some((m) => m.start >= d.end && m.end <= saidAt);
}
const COMES_AFTER_ACT = new RegExp(
  String.raw`^\s+${CAME_AFTER}\s+[^.;]{0,120}\b(?:signed|agreed|launched|established|adopted|concluded|announced|inked|ratified|set\s+up|opened)\b`,
  'i',
);

// "the Ukraine conflict", "the Russia-Ukraine war", "the Sudan crisis": a state's name before a conflict's word.
const CONFLICT_NAMED = /^(?:\s*[-–]\s*\p{Lu}[\p{L}-]*)?\s+(?:conflict|war|crisis|peace\s+process|issue|question)\b/u;
// "two days after", "a few weeks before": an interval between the encounter and another act.
const INTERVAL = String.raw`(?:a|one|two|three|four|five|six|seven|ten|\d{1,2}|several|a\s+few|few)\s+(?:days?|weeks?|hours?|months?)\s+(?:after|before)`;
// "… two days after US President Donald Trump met": an interval that opens the clause of the encounter, another clause before it.
const INTERVAL_BEFORE_CUE = new RegExp(String.raw`\s${INTERVAL}\s+(?:[^.;,]{0,80})$`, 'i');
// ", two days after Kenya and Ethiopia signed a border deal": an interval after the encounter, the clause of another act.
const INTERVAL_AFTER_CUE = new RegExp(String.raw`,\s+(?:just\s+|only\s+)?${INTERVAL}\s`, 'i');
// "Besides South Africa and Angola, …": the places a sentence sets aside before its own.
const BESIDES_CLAUSE = /^\W*(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+[^,;.]{1,80},/i;
// The marker of an archive photo before its caption: "FILE - …", "FILE PHOTO: …", "File photo -".
export const FILE_PHOTO = /^\W*(?:FILE|File)(?:\s+(?:PHOTO|[Pp]hoto))?\s*[-–—:]\s/;
// "took place a day after", "came hours after": what the encounter followed, told after it.
const TOOK_PLACE_AFTER =
  /^\s+(?:took\s+place|comes?|came|was\s+held)\s+(?:(?:just|only|shortly|soon|a\s+day|a\s+week|hours|days|weeks|two\s+days|three\s+days)\s+)?(?:after|following)\b/i;
// "came after Lula attended the BRICS summit in": the traveller's act before the visit, somewhere else.
const CAME_AFTER_OWN_ACT = new RegExp(
  String.raw`^[^.;]{0,40}?\b${CAME_AFTER}\s+[^.;]{0,60}?\b(?:attended|attending|visited|visiting|was\s+in|took\s+part\s+in|participated\s+in|hosted|addressed)\b`,
  'i',
);

const PUBLIC_AFTER =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:farmers|students|journalists|reporters|press|media|workers|business\s+(?:leaders|people|community)|businesspeople|entrepreneurs|investors|citizens|residents|members|youth|women|diaspora|community|officials|experts|scholars|executives)\b/u;

const NEGATED = /\b(?:no|never)\s+(?:[\w-]+\s+)?$|\b(?:did|does|do|will|would|could|has|have|had|was|were)\s*(?:not|n['’]t)\s+$/i;

// (… with a title's small words: "the Republic of Korea's Minister for Trade Cheong In-kyo".)
const WELCOMED_PERSON = /^\s+(?:(?:the|his|her|their|a|an)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|counterpart|visiting|of|for|and),?\s+){0,12}$/u;

/** The priority of a bare "visit" cue (data/event-cues.tsv), given to a guest welcomed to the host's place. */
const VISIT_PRIORITY = 78;

/** Whether the person welcomed is welcomed "to" a state or city: "welcomed President Ruto to China", "… to Beijing". */
function welcomedToPlace(s: RecognisedSentence, end: number): boolean {
  const guest = s.people.find((p) => p.start >= end && p.start - end <= 80 && WELCOMED_PERSON.test(s.text.slice(end, p.start)));
  if (!guest) return false;
  // (… also past the guest's own state: "President William Ruto of Kenya to China".)
  const to = /^(?:,?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?)?\s+to\s+(?:the\s+)?/u.exec(s.text.slice(guest.end, guest.end + 60));
  return to !== null && s.countries.some((c) => c.start === guest.end + to[0].length && c.kind !== 'adjective' && c.kind !== 'seat');
}

/** A person named after "welcome" with only titles, states or "counterpart" between. */
function welcomesSomeone(s: RecognisedSentence, end: number): boolean {
  return s.people.some((p) => p.start >= end && p.start - end <= 80 && WELCOMED_PERSON.test(s.text.slice(end, p.start)));
}

// "a policy called", "an initiative called": the noun of a thing, which no one calls from.
const NAMING_CALLED =
  /\b(?:policy|policies|initiative|programme|program|project|network|company|firm|group|organi[sz]ation|platform|plan|scheme|strategy|corridor|route|movement|party|operation|campaign|fund|system|concept|framework|mechanism|format|process|model|doctrine|zone|bloc|alliance|coalition|place|area|region|village|town|city|island|river|book|film|festival|event|document|agreement|treaty|deal|forum|body|something|entity|facility|centre|center|zone|road|railway|line|grid)\s+$/i;
// "called the One Belt One Road (OBOR) initiative": a name that ends in a kind of thing, not a person or an office.
const NAMED_THING_AFTER =
  /^\s+(?:the\s+)?(?:[\p{Lu}(][\p{L}()-]*\s+){1,8}(?:initiative|policy|project|programme|program|plan|strategy|corridor|route|network|scheme|doctrine|agreement|process)\b/u;

/** "called for", "called on" are no calls; "spoke with" is one only with a leader or an office after it. */
function isCall(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const after = text.slice(end);
  // "discussed by phone", "spoke over the phone": the medium of an exchange, not of a reporter's
  // question ("told reporters by phone", "reached by phone").
  if (/^(?:by|over|on)\s/.test(word))
    return !/\b(?:reached|contacted|told|said|say|says|interview(?:ed)?|reporters|journalists)\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, start - 60), start));
  // "called his counterpart", "called President X"; not "called for", "called on", "called the plan realistic".
  // (Nor a naming: "called Putin's visit a historic event", "called Ortega a friend".)
  if (word === 'called')
    return (
      (!/^\s+(?:for|on|upon|to)\b/i.test(after) &&
        // (Nor a thing's name: "a similar policy called the Silk Road", "a network … called the Belt and Road initiative".)
        !NAMING_CALLED.test(text.slice(Math.max(0, start - 30), start)) &&
        !NAMED_THING_AFTER.test(after) &&
        // (… also "called today with President X", as some portals write it.)
        /^\s+(?:(?:today|yesterday|this\s+morning|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:with\s+)?(?:(?:the|his|her|their)\s+)?(?:\p{Lu}|counterpart)/u.test(after) &&
        !/^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}[\p{L}-]*['’]s?\s+\p{Ll}/u.test(after) &&
        !/^\s+(?:(?:\p{Lu}[\p{L}-]*|(?:el|al|bin|de|da|van|von|der)(?=[\s-]))[\s-]+){1,6}?(?:a|an)\s+(?!(?:day|week|month|year|few|couple|hour|minute|second)\b|(?:phone|telephone|video)\b)/u.test(
          after,
        )) ||
      /\b(?:phone|telephone)\b/i.test(text)
    );
  // "spoke with", "spoke today with", "speaks by phone to", "has spoken to" a leader or an office.
  if (word === 'spoke' || word === 'speaks' || word === 'spoken') {
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
// What a visit will bring ("… visit will enhance cooperation"), and words said at an encounter before it ("noting that").
const VISIT_WILL_BRING =
  /^\s+(?:will|would|is\s+expected\s+to|should)\s+(?:\w+ly\s+)?(?:enhance|strengthen|boost|deepen|contribute|give|open|push|promote|further|consolidate|elevate|bring|add|serve|help|provide)\b/i;
const SAID_AT_IT = /\b(?:welcomed|welcoming|noted|noting|said|saying|stated|stressed|stressing|affirmed|affirming|expressed|expressing)\b[^.;]*$/i;

const THANKED_FOR_COMING =
  /\b(?:thank(?:s|ed|ing)?|grateful|gratitude|appreciat(?:e|es|ed|ing|ion))\b[^.;]{0,120}?\bfor\s+coming\s+(?:here\s+|all\s+the\s+way\s+)?to\s+$/i;

export function announced(text: string, cue: Cue): boolean {
  // (… and after the verb of saying that governs the encounter: "X is confident trade will be restored, X said during
  // his meeting with Y" — the future is what was said, not the meeting.)
  const saidAt = text.lastIndexOf(' said ', cue.index);
  const said =
    saidAt >= 0 && /^\s+(?:during|at|after|following|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s/i.test(text.slice(saidAt + 5, cue.index))
      ? saidAt + 5
      : 0;
  const clauseStart = Math.max(text.lastIndexOf(';', cue.index), text.lastIndexOf(', saying', cue.index), text.lastIndexOf(', while', cue.index), said, 0);
  const before = text.slice(Math.max(clauseStart, cue.index - 90), cue.index);
  const after = text.slice(cue.end);
  if (PAST_AFTER.test(after)) return false;
  if (LOOKED_FORWARD.test(before) && !/^\s*,?\s*(?:held|which\s+(?:was|took)|that\s+(?:was|took))\b/i.test(after)) return true;
  // "I wish to thank the Prime Minister of Japan for coming to visit us": thanks for a visit under way.
  if (THANKED_FOR_COMING.test(before)) return false;
  // "the Chinese President welcomed the Amir, noting that the Emir's visit will enhance cooperation": what a visit under
  // way will bring, said at it.
  if (VISIT_WILL_BRING.test(after) && SAID_AT_IT.test(text.slice(clauseStart, cue.index))) return false;
  // (The bare verb, "the first … to visit", only in a sentence that announces nothing: "Modi, the first Indian prime
  // minister to visit Ukraine, is expected to travel to Kyiv on August 23" is still to come.)
  const first = FIRST_TO_PAY.exec(before);
  // ("had told him he'll visit Nepal": a past verb of saying before a future one.)
  const pastBefore = PAST_BEFORE.exec(before);
  if (
    (pastBefore !== null && !/\b(?:will|would|shall)\b|['’]ll\b/i.test(pastBefore[0])) ||
    PAST_PURPOSE.test(before) ||
    PAST_TRIP_PURPOSE.test(before) ||
    (first && !WILL_BE_FIRST.test(before) && (first[1] !== undefined || !ANNOUNCING.test(text)))
  )
    return false;
  // "This will be his first visit in five years, as he previously visited the country in 2019", "after
  // X, who visited in 2005": a verb in the past tense reports its own encounter as past, whatever the
  // future around it ("will be received" is a passive, still to come).
  if (PAST_VERB.test(text.slice(cue.index, cue.end)) && !/\b(?:be|been|being|to)\s+$/i.test(before)) return false;
  // "signed 37 MoUs as they aim to raise trade … next year during President X's two-day visit": documents signed during
  // the encounter make it past, whatever purpose the sentence gives them.
  if (signedDuring(text.slice(clauseStart, cue.index), after)) return false;
  // "When President X meets President Y in Abidjan on Thursday, he is expected to sign …": a present tense after "when"
  // told with a future in the main clause is still to come.
  if (WHEN_BEFORE.test(before) && PRESENT_CUE.test(text.slice(cue.index, cue.end)) && MAIN_FUTURE.test(after)) return true;
  // "During their visit to Beijing on January 23 to 24, the Philippine economic team will hold meetings with …": a visit
  // that opens the sentence is still to come when the main clause after its comma is.
  if (DURING_OPENING.test(text.slice(0, cue.index)) && (MAIN_FUTURE.test(after) || TEAM_FUTURE.test(after))) return true;
  // "Ukraine, Turkey to sign free trade deal during Erdogan visit to Kyiv": a headline's "to" puts the act and its occasion ahead.
  if (cue.index < 120 && HEADLINE_ACT_DURING.test(text.slice(0, cue.index))) return true;
  // "…, the ministry said on Monday ahead of Foreign Minister Lavrov's visit to the country": what the saying comes before
  // is still to come (not "ahead of the visit last week").
  if (VISIT_AHEAD.test(before) && !/^[^.;,]{0,60}\b(?:last|earlier|previous)\b/i.test(after)) return true;
  // "In his meeting with Emmanuel Macron, he plans to sign 20 agreements": a fronted encounter the main clause puts ahead.
  if (cue.index < 60 && FRONTED_ENCOUNTER.test(text.slice(0, cue.index)) && MAIN_FUTURE.test(after)) return true;
  // "the agreements we will sign during my visit," the visitor said: the speaker's own visit, under way.
  if (OWN_VISIT.test(before) && !FUTURE_AFTER.test(after)) return false;
  // "I am honoured to pay a State Visit to Iceland": the speaker's feeling about the visit under way.
  if (HONOURED_TO.test(before) && !FUTURE_AFTER.test(after)) return false;
  // "agreed to co-operate … during an intergovernmental meeting on Wednesday": the encounter is the
  // occasion of a past agreement, not what was agreed; a verb's own future still counts ("will agree … at").
  const occasion = OCCASION.test(before) ? before.replace(AGREED_TO, ' ') : before;
  // "Two agreements are expected to be signed in the presence of the presidents … during their meeting in Omsk on 3
  // October": the occasion of an act still to come is still to come, however far before it the act's verb stands.
  if (ACT_OCCASION.test(before) && ACT_AHEAD.test(text.slice(clauseStart, cue.index))) return true;
  // "The two leaders also discussed preparations for the G20 Summit in Bali": what talks prepare is still to come (not
  // "thanked him for his help in the preparations for the summit held in September").
  if (
    PREPARATIONS_DISCUSSED.test(text.slice(Math.max(clauseStart, cue.index - 200), cue.index)) &&
    !/^\s*,?\s*(?:held|which\s+(?:was|took)|that\s+(?:was|took))\b/i.test(after)
  )
    return true;
  // The cue's own words count with those before it: "Meloni to travel to Cairo" (a headline's "to").
  return (
    futureCue().test(occasion + text.slice(cue.index, cue.end)) ||
    // ("Sultan of Brunei to make two-day visit to Malaysia": a visit to be made, not "efforts to make the visit a success".)
    TO_MAKE_VISIT.test(before) ||
    FUTURE_AFTER.test(after) ||
    FUTURE_VISITOR.test(after) ||
    PROPOSAL.test(before) ||
    // (Not a condition: "would pay a visit to Ankara if the Turkish side confirmed the dates".)
    (REPORTED_FUTURE.test(before) && !/^[^.;]{0,80}\b(?:if|unless|provided\s+that)\b/i.test(after))
  );
}

// A document's signing still to come ("are expected to be signed", "will sign"), not one said to have happened after it.
// (… "plan to sign", "is planned to be signed", "are ready to be signed", "intend to adopt" too.)
const ACT_AHEAD =
  /\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated|to|planned|ready|poised)(?:\s+to)?|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to)\s+(?:also\s+)?(?:be\s+)?(?:signed|sign|adopted|adopt|concluded|conclude|inked|ink|exchanged|exchange)\b(?![^.;]{0,160}\b(?:was|were)\s+(?:signed|held)\b)/i;
// The occasion of such an act, right before the encounter's word: "during the visit of", "at the Supreme Council meeting".
const ACT_OCCASION = new RegExp(String.raw`\b(?:${OCCASION_PREPOSITION})\s+(?:a|an|the|their|his|her|its)?\s*(?:\S+\s+){0,6}$`, 'i');
// "to make two-day visit": a headline's visit to be made.
const TO_MAKE_VISIT = /\bto\s+make\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
// "said on Monday ahead of Foreign Minister Sergey Lavrov's", "told reporters before the President's": a saying before the visit.
const VISIT_AHEAD =
  /\b(?:said|says|stated|announced|told\s+(?:\S+\s+){0,2}?(?:reporters|journalists|the\s+press))\b[^.;]{0,30}?\s(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|[Ff]oreign|[Pp]rime|[Mm]inister|[Pp]resident)\s+){0,5}?\p{Lu}[\p{L}'’.-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
// (… also "touched on preparations for", "discussed their support for Ukraine and preparations for": the preparations
// named after any verb of the talks, not a help or thanks given for them.)
const PREPARATIONS_DISCUSSED =
  /\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|consider(?:ed|s|ing)?|talked\s+about|exchanged\s+views\s+on|focus(?:ed|es|ing)?\s+on|touched\s+(?:up)?on|addressed|covered)\s+(?:[^.;]{0,60}?\s+and\s+)?(?:the\s+)?(?:ongoing\s+)?preparations?\s+for\s+(?:the\s+|a\s+|an\s+|next\s+|upcoming\s+)?(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
// "looked forward to meeting President Xi at the APEC meeting in Lima", "looks forward to receiving Tusk at the summit": an
// encounter hoped for is still to come.
const LOOKED_FORWARD = /\blook(?:ed|s|ing)?\s+forward\s+to\s+(?:(?:meeting|receiving|welcoming|hosting|seeing|his|her|their|the)\b[^.;]{0,80})?$/i;
// A headline's subject (names only), "to" and a verb, then the occasion: "Ukraine, Turkey to sign free trade deal during Erdogan visit".
const HEADLINE_ACT_DURING =
  /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s*,\s*|\s+and\s+|\s+)){1,5}to\s+\p{Ll}+\b[^.;,]{0,80}\b(?:during|at|ahead\s+of|for)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:['’]s)?\s+){0,3}(?:\p{Ll}+\s+)?$/u;
// A future told in reported speech: "X said that Lavrov would pay a working visit to Minsk on June 19".
// (… also the visit's own verb right after "would": "stated that he hoped Foreign Minister Wang Yi would visit Japan".)
const REPORTED_FUTURE =
  /\b(?:said|says|announced|stated|confirmed|added|noted|told\s+\S+)\b[^.;]{0,100}?\bwould\s+(?:(?:also|soon|then|later)\s+)?(?:(?:pay|make|undertake|visit|travel|go|hold|meet|attend|come|arrive|host|receive)\b[^.;]{0,40})?$/i;

// A place opening the sentence as a dateline does: "Ankara (Turkey), ", "New Delhi, ".
const DATELINE_PLACE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:\([^()]{2,30}\)\s*)?,\s*$/u;

// A trade measure's words before a date, in its clause: the date is the trade's.
const TRADE_BEFORE = /\b(?:turnover|trade|exports?|imports?|investments?)\b(?:[^.;,]|\.(?=\d)){0,50}$/i;

/**
 * "KUWAIT, May 8 (KUNA) --" left inside a sentence, or opening it in a reprint's form ("Ankara (Turkey), May 11: …"):
 * the day of a dateline, which is the report's.
 */
function inlineDateline(s: RecognisedSentence, d: DateMention): boolean {
  const before = s.text.slice(Math.max(0, d.start - 30), d.start);
  return (
    // (The reprint's form only when the sentence gives the encounter a day of its own: else the dateline's is the best there is.)
    (/\b\p{Lu}{3,}(?:[\s-]\p{Lu}{3,})*,\s*$/u.test(before) ||
      (d.start <= 50 &&
        DATELINE_PLACE.test(s.text.slice(0, d.start)) &&
        // ("today" is the dateline's own day.)
        s.dates.some(
          (o) => o !== d && (o.kind === 'weekday' || (o.kind === 'relative-day' && o.offset !== 0) || (o.kind === 'calendar' && o.from.day !== null)),
        ))) &&
    /^\s*(?:\([^()]{2,30}\))?\s*(?:[-–—]{1,2}|:)\s/.test(s.text.slice(d.end, d.end + 40))
  );
}

/** The dates in a sentence that can date an encounter: not a trade figure's, not a founding's. */
// Each sentence's encounter dates, read once: the reading of days, the candidates and the lead's date all ask.
// (A sentence belongs to one document, whose day of publication the answer depends on.)
const encounterDatesRead = new WeakMap<RecognisedSentence, readonly DateMention[]>();

// (… or ruled out: "Sharif ruled out the possibility of visiting India", not "did not rule out the possibility of …".)
const TRIP_OFF_BEFORE =
  /\b(?:called\s+off|cancell?ed|postponed|put\s+off|scrapped|deferred)\s+(?:his|her|their|the|a|an|its)\s+(?:[\p{L}-]+\s+){0,3}$|(?<!\bnot\s)\b(?:ruled|rules|ruling)\s+out\s+(?:the\s+|any\s+)?(?:possibility\s+of\s+|prospect\s+of\s+)?(?:an?\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const TRIP_OFF_AFTER = /^[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:called\s+off|cancell?ed|postponed|put\s+off|scrapped|deferred)\b/i;
const RESCHEDULED = /\b(?:rescheduled|now\s+(?:scheduled|set|due|planned|expected)|new\s+date|will\s+now\s+take\s+place)\b/i;

function tripCalledOff(text: string, start: number, end: number): boolean {
  const off = TRIP_OFF_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || TRIP_OFF_AFTER.test(text.slice(end));
  return off && !RESCHEDULED.test(text);
}

// Between a trip's word and a later state of its list: "to Indonesia, Fiji, Samoa, and ".
const LISTED_STATES = /^\s*(?:to|in)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))+(?:the\s+)?$/u;

// What comes after the encounter told: "ahead of the summit", "prior to his visit".
const AHEAD = String.raw`ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to`;
const AHEAD_OF = new RegExp(String.raw`\b(?:${AHEAD})\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[^.;,]{0,50}$`, 'i');

export function encounterDates(s: RecognisedSentence, ctx: DateContext): readonly DateMention[] {
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
  return day !== null && (day.length === 10 || (day.startsWith('--') && day.length === 7)) ? { ...ctx, previousDay: day } : ctx;
}

// A relative clause in the past after a comma, up to the date: ", which was responsible for … in", ", who visited in".
const PAST_RELATIVE = /,\s*(?:which|who)\s+(?:was|were|had|\p{Ll}+ed)\b[^,;()]*$/iu;
// An encounter heading the noun phrase a relative clause hangs on: "The visit of President Ruto to Uganda, which was …"
// (its names and prepositions after it), not "the fight against piracy in the Gulf of Guinea, which was …".
// (No i flag: under it \p{Lu} matches every letter.)
export const ENCOUNTER_PHRASE =
  /\b(?:visit|visits|talks|meeting|meetings|summit|call|conversation|forum|session|conference|trip|tour|consultations|dialogue|ceremony)(?:\s+(?:of|to|in|with|between|and|by|from|the|a|an|his|her|their|its|\p{Lu}[\p{L}'’.-]*|\([^()]{1,30}\)))*\s*$/u;
const VISITING_SINCE =
  /(?:\b(?:is|are|has\s+been|have\s+been|been)\s+(?:visiting|touring|staying\s+in|on\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:visit|tour|trip)\b|in\s+\p{Lu})|\b(?:visiting|on\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:visit|tour|trip)\b))[^.;]{0,50}\bsince\s+(?:(?:last\s+)?\w+day\s*,?\s*)?\(?\s*$/iu;

// The capitalised name of an encounter after its edition's year: "2022 Cuba-Mexico Business Forum", "2024 BRICS Summit".
const EDITION_NAMED = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Forum|Summit|Conference|Dialogue|Expo|Exhibition|Fair|Meeting|Week)\b/u;

// "on the eve of the Jan. 24 summit": the day before the day the sentence names.
const EVE_OF = /\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?$/i;

/** A day named after "the eve of", moved to the day before it (a day with no year only where no month's end is crossed). */
function dayBeforeIfEve(s: RecognisedSentence, d: DateMention, ctx: DateContext): DateMention {
  if (d.kind !== 'calendar' || d.from.day === null || d.from.month === null || d.to !== null || d.offset !== null) return d;
  if (!EVE_OF.test(s.text.slice(Math.max(0, d.start - 24), d.start))) return d;
  // (The year the text places the day in, so that "the eve of the March 1 summit" of 2024 is 29 February.)
  const placed = d.from.year === null ? resolveDate(d, false, ctx).date : null;
  const year = d.from.year ?? (placed && /^\d{4}-/.test(placed) ? Number(placed.slice(0, 4)) : null);
  const named = formatDate({ year, month: d.from.month, day: d.from.day });
  const day = named ? shiftDay(named, -1) : null;
  const m = day ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? { ...d, from: { year: m[1] === '-' ? null : Number(m[1]), month: Number(m[2]), day: Number(m[3]) } } : d;
}

// "On Saturday, the second day of his state visit to India": the visit began the day(s) before.
const NTH_DAY_OF_VISIT =
  /^\s*,?\s*the\s+(second|third|fourth|fifth)\s+day\s+of\s+(?:his|her|their|the|its|(?:(?:\p{Lu}[\p{L}.'’-]*|da|de|do|dos|van|von|bin|al|el)\s+){0,6}\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|tour|stay)\b/u;
const NTH: Readonly<Record<string, number>> = { second: 1, third: 2, fourth: 3, fifth: 4 };

/** A day told as the nth of a visit, moved to the visit's first day (a day the text places in a year only). */
function firstDayIfNthOfVisit(s: RecognisedSentence, d: DateMention, ctx: DateContext): DateMention {
  if (d.to !== null || (d.kind !== 'calendar' && d.kind !== 'weekday' && d.kind !== 'relative-day')) return d;
  const nth = NTH_DAY_OF_VISIT.exec(s.text.slice(d.end, d.end + 80));
  if (!nth) return d;
  const day = resolveDate(d, false, ctx).date;
  const first = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? shiftDay(day, -NTH[nth[1]!.toLowerCase()]!) : null;
  const m = first ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(first) : null;
  return m ? { ...d, kind: 'calendar', offset: null, from: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } } : d;
}

/** The dates of a sentence that can date its encounters, "the eve of" a day moved to the day before. */
function readEncounterDates(s: RecognisedSentence, ctx: DateContext): DateMention[] {
  return readEncounterDays(s, ctx).map((d) => firstDayIfNthOfVisit(s, dayBeforeIfEve(s, d, ctx), ctx));
}

const PART_OF_YEAR_SO_FAR = /^(?:(?:in|during|over|for)\s+the\s+first\b|since\s+the\s+(?:start|beginning)\b)/i;

function readEncounterDays(s: RecognisedSentence, ctx: DateContext): DateMention[] {
  return s.dates.filter((d) => {
    // "since last Wednesday (April 12, 2023)": a bracket that restates the weekday as a date dates the encounter.
    if (
      d.kind === 'weekday' &&
      s.dates.some((o) => o.kind === 'calendar' && o.from.day !== null && o.start > d.end && /^\s*[(,]\s*$/.test(s.text.slice(d.end, o.start)))
    )
      return false;
    // A dateline's day left in the sentence dates the report: when the page states its day of publication, it adds nothing.
    if (ctx.published !== null && inlineDateline(s, d)) return false;
    // "our third meeting since the beginning of the year", "in the first half": a part of the year, which counts figures and
    // encounters but dates none.
    if (d.kind === 'relative-year' && PART_OF_YEAR_SO_FAR.test(d.text)) return false;
    // "“We reviewed our cooperation during today's talks”": a speaker's today is the day of the speech,
    // which the page's date need not be.
    if (d.kind === 'relative-day' && insideQuotation(s.text, d.start)) return false;
    // "After hitting last year's target": a year that qualifies a noun dates no encounter.
    // (… unless the noun is an encounter: "last year's visit of President Tokayev to Beijing".)
    if (
      d.kind === 'relative-year' &&
      (/['’]s$/.test(d.text) || /^['’]s\b/.test(s.text.slice(d.end, d.end + 3))) &&
      !/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:visit|visits|talks|meeting|summit|forum|trip|tour|session|consultations|call|negotiations)\b/iu.test(
        s.text.slice(d.end, d.end + 40),
      )
    )
      return false;

    // "the 2022 Cuba-Mexico Business Forum", written in 2022: a year that names this year's edition of the encounter is no
    // more than its name; the day comes from the page. (An edition of another year dates it: "talks at the 2019 Summit".)
    if (
      d.kind === 'year' &&
      ctx.anchor?.startsWith(d.text) === true &&
      s.dates.length === 1 &&
      /\bthe\s+$/i.test(s.text.slice(Math.max(0, d.start - 5), d.start)) &&
      EDITION_NAMED.test(s.text.slice(d.end, d.end + 80))
    )
      return false;
    // "… to visit Finland 23.8.2018 13:22 | Release": a numeric date with its clock time stamps the page.
    if (/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(d.text) && /^\s+\d{1,2}[:.]\d{2}\b/.test(s.text.slice(d.end, d.end + 8))) return false;
    const before = s.text.slice(Math.max(0, d.start - 60), d.start);
    // "at 1:10 p.m. local time (2:10 a.m., September 21, Japan time)": the day in another time zone.
    if (OTHER_TIME_ZONE.test(before) && /^[^()]*\btime\s*\)/i.test(s.text.slice(d.end, d.end + 40))) return false;
    // "who is visiting the Asian country since last Wednesday (April 12)": the day a visit under way began.
    if (VISITING_SINCE.test(before)) return true;
    // "…, which was responsible for the failed coup attempt in 2016": a past clause about another noun than an encounter.
    const relative = PAST_RELATIVE.exec(s.text.slice(Math.max(0, d.start - 120), d.start));
    // (Not a clause that is itself an encounter: "President Kufuor, who visited in 2005", "…, which was held on 5 May".)
    // (… nor one that names an encounter of its own: "Mudavadi, who accompanied President Ruto on an official visit to Japan
    // from February 6 to 9", "Minister X, who was on an official visit to Korea from May 12 to 15".)
    if (
      relative &&
      !/\b(?:held|took\s+place|convened|visited|met|travell?ed|toured|came|called|hosted\s+(?:him|her|them)|accompanied|arrived|paid|undertook|attended|on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:visit|tour|trip|arrival))\b/i.test(
        relative[0],
      ) &&
      // (… only when the sentence dates nothing else: "X, who led the delegation to the talks in Cairo on 3 March, met Y
      // on 10 March" is dated by its own day.)
      !(/\b(?:visit|talks|meeting|summit|trip|tour)\b/i.test(relative[0]) && s.dates.filter((o) => o.kind !== 'year').length === 1)
    ) {
      // (The noun phrase the relative clause hangs on: "The visit of President Ruto to Uganda, which was …".)
      if (!ENCOUNTER_PHRASE.test(s.text.slice(0, Math.max(0, d.start - 120) + relative.index))) return false;
    }
    if (
      NOT_THE_ENCOUNTERS.test(before) ||
      // "the first visit of a head of state after the February 8 general elections": the day of what the date's noun names.
      OTHER_OCCASION_AFTER.test(s.text.slice(d.end, d.end + 40)) ||
      // "In a press briefing on January 27, X announced that MoUs were prepared for signing during the state visit": an
      // official's word to the press, before the encounter it tells of.
      BRIEFING_ON.test(before) ||
      (DOCUMENT_SIGNED.test(before) && !DURING_ENCOUNTER_AFTER.test(s.text.slice(d.end, d.end + 80))) ||
      ATTRIBUTION.test(before) ||
      ANNOUNCED_ON.test(before) ||
      (SAID_ON.test(before) && /^\s+that\b/i.test(s.text.slice(d.end, d.end + 6)) && !SAID_WHILE_MEETING.test(s.text.slice(d.end))) ||
      // ("…, the ministry said on Monday ahead of Lavrov's visit": the day of the saying, before the encounter.)
      (SAID_ON.test(before) && /^\s*,?\s+(?:ahead\s+of|before|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s/i.test(s.text.slice(d.end, d.end + 30))) ||
      // "… will head to Poland this week, the ministry said Wednesday.": an attribution that closes a sentence that
      // announces (a past encounter "…, the Kremlin said Monday." is dated by the saying, at the latest).
      (SAID_ON.test(before) &&
        /,[^,;]{0,60}$/.test(before) &&
        /^\s*(?:[.;]|$)/.test(s.text.slice(d.end, d.end + 3)) &&
        ANNOUNCING.test(s.text.slice(0, d.start))) ||
      UPGRADE.test(s.text.slice(Math.max(0, d.start - 120), d.start)) ||
      // "a protocol amending the Agreement on international road transport of 1997": the date of a document's name.
      DOCUMENT_OF_DATE.test(s.text.slice(Math.max(0, d.start - 120), d.start)) ||
      // "… amid his state visit, ahead of the 10th BRICS summit set to commence on Wednesday": the day of what comes next.
      AHEAD_OF.test(before)
    )
      return false;
    // "The 24th meeting will be hosted by India and today's review meeting will pave the way": a day's possessive names
    // the encounter under way, not the one to come.
    if (
      d.kind === 'relative-day' &&
      /^['’]s\s/.test(s.text.slice(d.end, d.end + 3)) &&
      /\bwill\b|\bto\s+be\s+(?:held|hosted)\b|\bto\s+(?:hold|host|convene)\b/i.test(s.text)
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
      // (A decimal point is no full stop: "US$4.2 billion".)
      return to - from < 80 && !/;|\.(?!\d)/.test(s.text.slice(from, to));
    });
  });
}

// A document named with its date: "the Treaty on Friendship and Cooperation of 1993", "the Agreement … dated 12 May 2005".
const DOCUMENT_OF_DATE =
  /\b(?:Agreements?|Treaty|Treaties|Conventions?|Protocols?|Memorand(?:um|a)|Declarations?|Accords?|Charter)\b[^.;()]{0,80}?\s(?:of|dated)\s+$/;

// "their meeting in Kazan", "their telephone conversation", "the two leaders last met", "the leaders' talks in
// July": an encounter of the two sides the text reports on, named by them, not by their states.
const OF_THE_PAIR = new RegExp(
  String.raw`(?:\btheir\s+(?:[\p{L}-]+\s+){0,2}|\b(?:(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|foreign\s+ministers|ministers|sides)['’]?|(?:the\s+two|both(?:\s+the)?)\s+(?:officials|counterparts)|they)\s+(?:(?:last|previously|first|also|had|have|already|recently|previous|earlier|most\s+recent|telephone|phone|bilateral)\s+){0,3})$`,
  'iu',
);

const PAIR_AGREED_TO_MEET =
  /^\W*(?:the\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|ministers|foreign\s+ministers|sides)|they|both(?:\s+leaders)?)\s+(?:[^.;]{0,100}?\s)?(?:agreed|decided|plan|planned|hope|intend|are\s+set|are\s+expected)\s+to\s+meet\b/i;

/** A sentence's clauses at semicolons: "welcomed the first official visit …; recalled the visit to Vietnam in June 2023". */
// "…, strengthened following President Xi Jinping's state visit to Malaysia in April": a clause that recalls
// another's encounter by its possessive, in the report of this one.
const RECALLED_CLAUSE =
  /\b(?:following|since|after)\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}?\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:visit|meeting|talks|trip|summit)\b)/gu;

// "This will be his first visit in five years, as previously he visited the country in February 2019",
// "… to visit Vietnam after President Obasanjo, who visited in 2005": a clause that recalls an earlier
// encounter in the past tense, beside the one the sentence announces.
const PAST_CLAUSE =
  /,\s*(?=(?:as|when|since|while)\s+(?:[\p{L}-]+\s+){0,2}(?:previously|last|earlier)\s+(?:[\p{L}-]+\s+)?(?:visited|met|travell?ed|came)\b)|,?\s(?=(?:who|which)\s+(?:had\s+)?(?:(?:previously|last|earlier)\s+)?(?:visited|met|travell?ed)\b)/gu;

// "the first visit in 40 years since Indira Gandhi visited the country in 1983", "… since the visit of Prime Minister X in
// 2015": the earlier encounter a count runs from, told in a clause of its own.
const SINCE_CLAUSE =
  /\s(?=(?:since|after)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:visited|met|travell?ed|came|went)\b|the\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|meeting)\s+(?:of|by)\b))/gu;

// A second encounter a recall lists: "recalled his visit to Australia …, and their meeting at the G20 Summit".
const ANOTHER_ENCOUNTER_LISTED = /,\s+and\s+(?=(?:their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|visit|call|conversation)\b)/gu;
// Meetings listed after other encounters, each with its own time: ", the meetings of the committee on December 3-4".
// (Not before a second visit: "the visit of A to B in September, and the visit of C to D in November" are visits each way,
// which the split of a group reads.)
const ENCOUNTER_LISTED =
  /,\s+(?:and\s+)?(?=the\s+(?:(?:first|second|third|next|last|recent|latest)\s+)?(?:meetings?|talks|consultations|session|round|summit)\b)/gu;
/** Whether a sentence recalls encounters and lists a second one after ", and their …" (a cheap test before the cuts). */
const listsRecalled = (text: string): boolean => /,\s+and\s+(?:their|his|her)\s/.test(text) && /\b(?:recall|remember)/i.test(text);

// A visit told as still to come in reported speech: "that he'll visit Slovakia", "told him he'll visit Nepal".
const TOLD_FUTURE_VISIT =
  /\s(?=(?:that|(?:him|her|them|us|me))\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+)(?:\s+(?:will|would)|['’]ll)\s+(?:(?:also|soon)\s+)?(?:visit|travel\s+to|come\s+to|pay\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}visit)\b)/gu;
/** Where a visit told as still to come in reported speech begins ("… told him he'll visit Nepal"). */
function toldVisitCuts(text: string): number[] {
  return /\b(?:will|would|['’]ll)\s/.test(text) ? [...text.matchAll(TOLD_FUTURE_VISIT)].map((m) => m.index) : [];
}

/** The stretches cut again before a visit told as still to come in reported speech. */
function toldVisitApart(stretches: Array<[number, number]>, text: string): Array<[number, number]> {
  const at = toldVisitCuts(text);
  if (!at.length) return stretches;
  return stretches.flatMap(([a, b]) => {
    const inside = at.filter((x) => x > a && x < b);
    return [a, ...inside].map((x, k) => [x, inside[k] ?? b] as [number, number]);
  });
}

// A relative clause that tells its own encounter, closed by a comma before the sentence goes on: ", who visited New Delhi in
// December last year shortly after coming to power,", ", who was on his first state visit to France last year,".
const RELATIVE_ENCOUNTER =
  /,\s*(?:who|which)\s+(?:(?:was|were|had|has|have|had\s+been)\s+)?(?:(?:also|previously|last|earlier|first)\s+)?(?:on\s+(?:an?|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:visit|trip)\b|visited\b|met\b|travell?ed\s+to\b)[^,;()]{0,100},(?=\s+\p{Ll})/u;
// A "when" clause that tells an encounter of its own: "… when the Indian prime minister visited Riyadh".
const WHEN_ENCOUNTER = /\s(?=when\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){1,5}(?:visited|travell?ed\s+to|met|hosted|received)\s)/gu;

/** The clauses of a sentence: split at semicolons and before a clause that recalls another's encounter. */
export function clausesOf(s: RecognisedSentence): Array<[number, number]> {
  const cuts: Array<readonly [number, number]> = [];
  for (let i = s.text.indexOf(';'); i >= 0; i = s.text.indexOf(';', i + 1)) cuts.push([i, i + 1]);
  // (A cheap test first: most sentences recall nothing.)
  if (/\b(?:following|since|after)\s/.test(s.text)) for (const m of s.text.matchAll(RECALLED_CLAUSE)) cuts.push([m.index, m.index]);
  if (/\b(?:since|after)\s/.test(s.text)) for (const m of s.text.matchAll(SINCE_CLAUSE)) cuts.push([m.index, m.index]);
  if (/\b(?:previously|last|earlier|who|which)\s/.test(s.text)) for (const m of s.text.matchAll(PAST_CLAUSE)) cuts.push([m.index, m.index]);
  // Encounters told one after the other, each with a time of its own: a cut with a date on either side.
  const cutBetweenDates = (pattern: RegExp): void => {
    for (const m of s.text.matchAll(pattern))
      if (s.dates.some((d) => d.end <= m.index) && s.dates.some((d) => d.start >= m.index)) cuts.push([m.index, m.index]);
  };
  // "recalled his visit to Australia in March 2023, where he met X, and their meeting at the G20 Summit last September":
  // two encounters listed, each with its own time.
  if (s.dates.length >= 2 && listsRecalled(s.text)) cutBetweenDates(ANOTHER_ENCOUNTER_LISTED);
  // "the foreign minister's visit to Kampala in October 2024, the visit of Uganda's ministers to Cairo in early December, the
  // meetings of the committee on December 3-4, 2024, and the first round of consultations on December 4": encounters
  // listed, each with its own time.
  if (s.dates.length >= 2 && /,\s+(?:and\s+)?the\s/.test(s.text)) cutBetweenDates(ENCOUNTER_LISTED);
  // "said following his meeting with President Xi in Beijing on Thursday, adding that Xi told him that he'll visit Slovakia
  // when he comes to Europe": a visit still to come, told after the encounter reported, in its own clause.
  for (const at of toldVisitCuts(s.text)) cuts.push([at, at]);
  // "announced during the Crown Prince's visit to India in February 2019 and signed when the prime minister visited Riyadh
  // in October 2019": a second encounter told in a "when" clause, each with its own time.
  if (s.dates.length >= 2 && /\swhen\s/.test(s.text)) cutBetweenDates(WHEN_ENCOUNTER);
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const [end, next] of cuts) {
    out.push([from, end]);
    from = next;
  }
  out.push([from, s.text.length]);
  return out;
}

// "150 business leaders will travel to Kampala", "called on Turkish citizens to visit Uzbekistan": a trip of firms,
// traders or the public, no encounter of states.
const BUSINESS_TRIP =
  /\b(?:business\s+(?:leaders|people|persons|men|women|delegations?|community|executives|owners)|businessmen|businesspeople|entrepreneurs|investors|companies|firms|exporters|traders|citizens|nationals|tourists|travell?ers|students|residents|diaspora)\b[^.;,]{0,40}$/i;

// "as part of the visit of a delegation of business representatives led by …": a trip of firms, named after the visit.
const BUSINESS_VISITORS_AFTER =
  /^\s+(?:of|by)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?(?:delegations?\s+of\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:business\s+(?:representatives|leaders|people|persons|community|executives)|businessmen|businesspeople|entrepreneurs|companies|firms|investors)\b(?![^.;]{0,40}\b(?:headed|led)\s+by\s+(?:[\p{L}-]+\s+){0,3}(?:Minister|President|Prime|Deputy|Vice|King|Emir|Secretary))/iu;

// "Shmygal told a government meeting", "We have intensified negotiations with our partners": a meeting of one state's own
// body a speaker addressed, and talks told as a process sped up, no encounter.
const NO_ENCOUNTER_BEFORE =
  /\b(?:told|addressed|address(?:es|ing)|speaking\s+at|said\s+at)\s+(?:a|an|the)\s+(?:(?:government|cabinet|party|council|board|parliamentary|staff|security\s+council)\s+)$|\b(?:have|has|had|to|will|would)\s+(?:\w+\s+)?(?:intensified|intensify|accelerated|accelerate|stepped\s+up|step\s+up|speed\s+up|sped\s+up|expedite|expedited)\s+(?:the\s+|our\s+|their\s+)?$/i;

// "given Cuba's role in the ELN peace talks": a state's part in a process, no encounter the sentence reports.
// (A state's or a person's role, not a verb's: "took part in talks with X in Prague" reports talks.)
const PART_IN_TALKS =
  /(?:['’]s|\b(?:its|their|his|her))\s+(?:(?:key|important|central|mediating|constructive|active)\s+)?(?:role|involvement|contribution)\s+(?:as\s+\w+\s+)?in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

// ("Negotiations on a free trade deal have dragged on for a decade": talks told as a process of years.)
const PROCESS_AFTER =
  /^[^.;,]{0,80}?\b(?:ha(?:ve|s|d)\s+(?:dragged\s+on|stalled|been\s+(?:dragging|going\s+on|stalled|stuck|deadlocked))|(?:are|is)\s+(?:stalled|deadlocked|dragging\s+on))\b/i;

// "Widodo will visit the Indonesian pavilion and the UAE pavilion", "paid a visit to the site of the new embassy": a visit to
// a site, no encounter of states.
const SITE_VISITED =
  /^\s+(?:to\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:pavilions?|exhibitions?|museums?|factor(?:y|ies)|plants?|mosques?|memorials?|mausoleums?|farms?|stands?|booths?|fair|sites?|campus|construction)\b/iu;

// "His four-day Africa tour, from February 20 to 24": a tour of a region, the whole trip, no encounter of two states by itself.
const REGION_BEFORE_TOUR =
  /\b(?:Africa|African|Asia|Asian|Europe|European|Gulf|Latin\s+American?|Middle\s+East(?:ern)?|Caribbean|Pacific|Balkan|regional)\s+(?:[\p{L}-]+\s+)?$/u;
const REGION_AFTER_TOUR = new RegExp(
  String.raw`^\s+(?:of|to|through|across)\s+(?:the\s+)?(?:${TOUR_REGIONS}|Caribbean|Pacific|Balkans|region|continent)\b`,
  'i',
);

/** A tour of a region, dated as a whole ("from February 20"), in a sentence that names no state: the trip as a whole. */
function regionTour(s: RecognisedSentence, c: Cue): boolean {
  if (c.type !== 'visit' || s.countries.length > 0 || !/^(?:tour|trip|swing)$/i.test(s.text.slice(c.index, c.end))) return false;
  if (!s.dates.some((d) => /\bfrom\s+$/i.test(s.text.slice(Math.max(0, d.start - 6), d.start)))) return false;
  return REGION_BEFORE_TOUR.test(s.text.slice(Math.max(0, c.index - 40), c.index)) || REGION_AFTER_TOUR.test(s.text.slice(c.end, c.end + 60));
}

// What prepares a visit still to come, the visit named up to a clause on: "ahead of the official visit by", "to lay the
// groundwork for trade talks due during the visit of".
const PREPARES_VISIT =
  /\b(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|in\s+preparation\s+for|to\s+(?:prepare|pave\s+the\s+way)\s+for|to\s+lay\s+the\s+groundwork\s+for)\s+(?=[^.;]{0,90}?\bvisit\s+(?:by|of)\s)/i;

/** Where the stretch of a visit still to come that the sentence's encounter prepares begins, or -1. */
export function preparedVisitAt(s: RecognisedSentence): number {
  return PREPARES_VISIT.exec(s.text)?.index ?? -1;
}

/**
 * The encounter under way and the visit it prepares, each read in its own stretch: the visit's day and visitor its own,
 * its side the other the encounter's names (the state visited). Only when the visit prepared names its day or a visitor
 * of its own; else null.
 */
function preparedVisit(
  s: RecognisedSentence,
  kept: readonly Cue[],
  cues: readonly Cue[],
  people: PeopleIndex,
  ctx: DocumentContext,
  lead: boolean,
): Candidate[] | null {
  const at = preparedVisitAt(s);
  if (at < 0) return null;
  const before = cues.filter((c) => c.index < at);
  const after = kept.filter((c) => c.index >= at && c.type === 'visit');
  if (!before.length || !after.length) return null;
  const own = s.dates.some((d) => d.start >= at) || people.inSentence(s).some((p) => people.mentionsIn(p, s).every((x) => x.start >= at));
  if (!own) return null;
  const first = candidateOf(s, [0, at], before, lead, people, ctx);
  const next = candidateOf(s, [at, s.text.length], after, false, people, ctx);
  const sides = next.countries.length === 1 ? [...new Set([...next.countries, ...first.countries])] : next.countries;
  // (Its day after the words that prepare it, which the sentence's own dates leave out as what comes next.)
  const day = s.dates.find((d) => d.start >= at && d.kind === 'calendar' && d.from.month !== null);
  const when = day ? resolveDate(day, true, ctx) : null;
  const dated = when?.date ? { date: when.date, end: when.end, basis: 'stated' as const } : {};
  return [first, { ...next, ...dated, countries: sides, planned: true, recalled: false, lead: false }];
}

const AHEAD_OF_CUE = new RegExp(
  String.raw`\b(?:${AHEAD}|in\s+preparation\s+for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'iu',
);

const OTHER_PART_AFTER = /\band\s+(?:is|was|will\s+be)\s+(?:also\s+)?(?:the|a|an)\s/i;
// (Of a visit under way, whose own day the text gives elsewhere: "is on a state visit"; a visit to come may have no other.)
const UNDER_WAY_BEFORE = /\b(?:is|was|are|were)\s+(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "Srettha is on a state visit to the island nation and is the chief guest at the Independence Day celebrations on
 * Sunday": a date after a visit under way and a second predicate of the visitor is that part's, not the visit's.
 */
export function dayOfOtherPart(text: string, cue: Cue, d: DateMention): boolean {
  return d.start > cue.end && OTHER_PART_AFTER.test(text.slice(cue.end, d.start)) && UNDER_WAY_BEFORE.test(text.slice(Math.max(0, cue.index - 40), cue.index));
}

export function candidatesOf(s: RecognisedSentence, all: readonly Cue[], lead: boolean, people: PeopleIndex, ctx: DocumentContext): Candidate[] {
  // "FILE - German Chancellor Olaf Scholz arrives at the cabinet meeting … on Oct. 25, 2023.": an archive photo's caption
  // shows another time: an earlier encounter of two sides at most, never the one the text reports.
  if (FILE_PHOTO.test(s.text))
    return candidatesIn(s, all, false, people, ctx)
      .filter((c) => c.countries.length >= 2)
      .map((c) => ({ ...c, recalled: true, lead: false }));
  return candidatesIn(s, all, lead, people, ctx);
}

function candidatesIn(s: RecognisedSentence, all: readonly Cue[], lead: boolean, people: PeopleIndex, ctx: DocumentContext): Candidate[] {
  const kept = all.filter(
    (c) =>
      !BUSINESS_TRIP.test(s.text.slice(Math.max(0, c.index - 80), c.index)) &&
      !(c.type === 'visit' && BUSINESS_VISITORS_AFTER.test(s.text.slice(c.end, c.end + 100))) &&
      !(c.type === 'visit' && SITE_VISITED.test(s.text.slice(c.end, c.end + 60))) &&
      !(c.type === 'meeting' && NO_ENCOUNTER_BEFORE.test(s.text.slice(Math.max(0, c.index - 40), c.index))) &&
      !(c.type === 'meeting' && /^(?:negotiations|talks)$/i.test(s.text.slice(c.index, c.end)) && PROCESS_AFTER.test(s.text.slice(c.end))) &&
      !(
        c.type === 'meeting' &&
        /^(?:negotiations|talks)$/i.test(s.text.slice(c.index, c.end)) &&
        PART_IN_TALKS.test(s.text.slice(Math.max(0, c.index - 60), c.index))
      ) &&
      !regionTour(s, c),
  );
  // "spoke Tuesday night with King Abdullah II, … ahead of his visit this week to the Middle East": what the encounter
  // comes before is not the encounter, when the sentence reports one of its own.
  const ahead = (c: Cue): boolean => AHEAD_OF_CUE.test(s.text.slice(Math.max(0, c.index - 60), c.index));
  const unahead = kept.some((c) => !ahead(c)) ? kept.filter((c) => !ahead(c)) : kept;
  // "During the meeting, they discussed preparations for the second round of consultations, scheduled to be held in June": the
  // encounter named again to open the sentence is the one reported already; the sentence's own is the one it announces.
  const namedAgain = (c: Cue): boolean => ENCOUNTER_NAMED_AGAIN.test(s.text.slice(0, c.index)) && /^\s*,/.test(s.text.slice(c.end, c.end + 3));
  // (Only a gathering of its own, prepared or scheduled: not "During the visit, Boric will hold talks with President Xi", the
  // visit's own talks.)
  const gathering = (c: Cue): boolean =>
    !namedAgain(c) && announced(s.text, c) && GATHERING_AHEAD.test(s.text.slice(Math.max(0, c.index - 60), Math.min(s.text.length, c.end + 40)));
  const cues = unahead.some(namedAgain) && unahead.some(gathering) ? unahead.filter((c) => !namedAgain(c)) : unahead;
  if (!cues.length) return [];
  // "Senegalese President Faye, who was on his first state visit to France last year, held talks with Prime Minister Starmer
  // in London on Tuesday": an encounter told in a relative clause is one of its own; the sentence's encounter is told
  // around it, none of its dates or states.
  const relative = /,\s*(?:who|which)\s/.test(s.text) ? RELATIVE_ENCOUNTER.exec(s.text) : null;
  if (relative) {
    const span: [number, number] = [relative.index, relative.index + relative[0].length];
    const inside = cues.filter((c) => c.index >= span[0] && c.index < span[1]);
    const outside = cues.filter((c) => c.index < span[0] || c.index >= span[1]);
    if (inside.length && outside.length) {
      const told = candidateOf(s, span, inside, false, people, ctx);
      // (Its traveller is the one the clause is about: the person named right before it.)
      const antecedent = people
        .inSentence(s)
        .filter((p) => p.country !== null && people.mentionsIn(p, s).some((m) => m.end <= span[0] && span[0] - m.end <= 40))[0];
      const sides =
        antecedent && told.countries.length === 1 && told.countries[0] !== antecedent.country ? [antecedent.country!, told.countries[0]!] : told.countries;
      return [
        candidateOf(s, [0, s.text.length], outside, lead, people, ctx, span),
        { ...told, countries: sides, people: antecedent ? [antecedent] : told.people, recalled: true, lead: false },
      ];
    }
  }
  // "… to assess the results of the 10th Joint Committee (Seoul, 25 March 2024)": a gathering dated in brackets after
  // its name is an encounter of its own, and its date no other encounter's of the sentence.
  const bracketed = cues.find((c, i) => i > 0 && BRACKETED_DATE_AFTER.test(s.text.slice(c.end, c.end + 120)));
  // "His visit to China follows a trip to Vietnam, where in Hanoi on Wednesday he …": the visit named again and the
  // earlier leg, each read in its own stretch.
  const leg = LEG_BEFORE.exec(s.text);
  const legCue = leg ? cues.find((c) => c.index >= leg.index && c.index < leg.index + leg[0].length) : undefined;
  // "his first visit to India in 25 years since the late Sultan Qaboos' visit in 1997": the earlier visit the main one is
  // measured against, an encounter of its own.
  const since = leg ? null : SINCE_ONES_VISIT.exec(s.text);
  const sinceCut = since && cues.some((c) => c.index < since.index) && cues.some((c) => c.index >= since.index) ? since.index : undefined;
  // "The meeting was the second, as an earlier meeting had taken place in May 2023 in Nairobi": the earlier one in its own stretch.
  // (… also someone else's trip before it, OTHERS_TRIP.)
  const earlier = leg || since ? null : (EARLIER_STRETCH.exec(s.text) ?? OTHERS_TRIP.exec(s.text));
  const earlierCut = earlier && cues.some((c) => c.index < earlier.index) && cues.some((c) => c.index >= earlier.index) ? earlier.index : undefined;
  const cut = bracketed?.index ?? (leg && legCue && cues.some((c) => c.index < leg.index) ? leg.index : (sinceCut ?? earlierCut));
  // "arrived in Beijing on Monday ahead of the official visit by President X on 14-18 May": the visit prepared is one still
  // to come, with its own day and visitor, apart from the arrival that prepares it.
  const prepared = cut === undefined && !relative ? preparedVisit(s, kept, cues, people, ctx, lead) : null;
  if (prepared) return prepared;
  // "He recalled his visit to Budapest in January 2023 and the visit of Prime Minister Orbán to Baku in 2024", "… since the 10th
  // session, held in Abuja in 2021, and since their meeting in Johannesburg on 20 June": two encounters, each with its date.
  // (Only where the clauses do not already tell them apart: ", and his talks with President Putin took place the same day".)
  const both = cut === undefined && !prepared && clausesOf(s).length <= 1 ? andAnotherEncounter(s, cues) : null;
  const clauses = (
    cut !== undefined
      ? toldVisitApart(
          [
            [0, cut],
            [cut, s.text.length],
          ],
          s.text,
        )
      : both !== null
        ? ([
            [0, both],
            [both, s.text.length],
          ] as Array<[number, number]>)
        : clausesOf(s)
  ).filter(([a, b]) => cues.some((c) => c.index >= a && c.index < b));
  // One clause with encounter words: the whole sentence is the candidate's context.
  if (clauses.length <= 1) {
    const c = candidateOf(s, [0, s.text.length], cues, lead, people, ctx);
    return [c, ...repeatedYears(s, c, ctx), ...repeatedDays(s, c, ctx), ...repeatedMonths(s, c, ctx)];
  }
  const out = clauses.map((range) =>
    candidateOf(
      s,
      range,
      cues.filter((c) => c.index >= range[0] && c.index < range[1]),
      lead,
      people,
      ctx,
    ),
  );
  // The earlier leg is an earlier encounter than the one the text reports, whatever its place in the lead; its traveller
  // is the visit's named again (the text's other state of focus, neither destination) when the leg names none.
  if (sinceCut !== undefined && cut === sinceCut && out.length === 2) {
    // (Between the same two states: the visited state is the one the main visit names; only when the earlier traveller
    // is of the main one's state, "since the late Sultan Qaboos' visit", not another state's leader.)
    const own = out[1]!.countries;
    if (own.length !== 1 || !out[0]!.countries.includes(own[0]!)) return [out[0]!];
    const sides = new Set([...out[1]!.countries, ...out[0]!.countries]);
    // (Its date right after it, which a "since" keeps from any encounter of the sentence: "… visit in 1997".)
    const after = s.dates.find((d) => d.start >= since!.index + since![0].length && d.start - (since!.index + since![0].length) <= 6);
    const date = after ? resolveDate(after, false, ctx).date : null;
    out[1] = {
      ...out[1]!,
      date,
      end: null,
      basis: date ? 'stated' : null,
      countries: sides.size === 2 ? [...sides] : out[1]!.countries,
      recalled: true,
      lead: false,
      planned: false,
    };
    return out;
  }
  if (cut !== undefined && !bracketed && out.length === 2) {
    const [here, there] = [out[0]!.countries, out[1]!.countries];
    const traveller = here.length === 1 && there.length === 1 ? ctx.focus.find((x) => x !== here[0] && x !== there[0]) : undefined;
    out[1] = { ...out[1]!, countries: traveller && here[0] !== there[0] ? [traveller, there[0]!] : there, recalled: true };
    // "… following their meeting at the G20 Summit last month": the two of the encounter reported met there, at the summit.
    const theirs = cut === earlierCut && /^\W*(?:following|after)\s+their\b/i.test(s.text.slice(cut));
    if (theirs && !there.length && here.length === 2) out[1] = { ...out[1], type: 'meeting', countries: here, people: out[0]!.people };
  }
  return out;
}

// Someone else's trip before the encounter reported: "X met Y in Rome, after a trip to Algiers by Foreign Minister Z in March"
// (case-sensitive: the place is capitalised; not "by train", the traveller's own way).
const TRIP_TO_BY = String.raw`(?:[Tt]rip|[Vv]isit)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}by\s(?!(?:train|car|road|air|plane|sea|ship|boat|rail|bus|helicopter|land|ferry)\b)`;
const AFTER_A = String.raw`\b(?:[Aa]fter|[Ff]ollowing)\s+an?\s+(?:[\p{L}-]+\s+){0,2}`;
const OTHERS_TRIP = new RegExp(`${AFTER_A}${TRIP_TO_BY}`, 'u');
const AFTER_A_BEFORE = new RegExp(`${AFTER_A}$`, 'u');
const TRIP_TO_BY_AT = new RegExp(`^${TRIP_TO_BY}`, 'u');
/** Whether the cue at `index` is the word of someone else's earlier trip ("after a trip to Algiers by Z"). */
// (Read from the cue's word, not by a pattern over the whole sentence for every cue: a hot path on long texts.)
export function othersTrip(s: RecognisedSentence, index: number): boolean {
  return TRIP_TO_BY_AT.test(s.text.slice(index, index + 90)) && AFTER_A_BEFORE.test(s.text.slice(Math.max(0, index - 40), index));
}

// "following their meeting", "after their talks": the two sides' meeting before the encounter the sentence reports.
export const THEIR_MEETING = /\b(?:following|after)\s+their\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|encounter)\b/iu;
// An earlier encounter the sentence names after the one it reports: "…, as an earlier meeting had taken place in May 2023".
// (… or "welcomed his call with Anwar following their meeting at the G20 Summit last month": the pair's meeting before.)
// (… also "as agreed during Turkish President X’s visit to Tehran in July last year": a visit of a year before.)
const EARLIER_STRETCH = new RegExp(
  String.raw`\b(?:as|while|since|and|after)\s+(?:an?|the)\s+(?:earlier|previous|prior)\s+(?:[\p{L}-]+\s+)?(?:meeting|visit|talks|summit|encounter)\b|\b(?:during|after|following)\s+(?:[\p{L}'’-]+\s+){0,6}?visit\b(?=[^.;,]{0,40}?\blast\s+year\b)|${THEIR_MEETING.source}\s+(?:at|on|during)\s+(?:the\s+)?(?:[\p{L}\d()-]+\s+){0,6}?(?:summit|forum|sidelines|margins)\b`,
  'iu',
);
/** Characters between a date and a cue's words, on whichever side the date stands. */
const gapToCue = (d: DateMention, cue: Cue): number => (d.start >= cue.end ? d.start - cue.end : d.end <= cue.index ? cue.index - d.end : 0);

const SINCE_ONES_VISIT =
  /\bsince\s+(?:the\s+)?(?:late\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|bin|bint|al|de|da)\s+){0,5}\p{Lu}[\p{L}-]*(?:['’]s?|\s+['’]s)\s+(?:(?:state|official|last|previous|historic)\s+)?(?:visit|trip)\b/u;

// A gathering's own name, then its place and day in brackets: " for Industrial Cooperation (Seoul, 25 March 2024)".
const BRACKETED_DATE_AFTER =
  /^(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}'’-]*)){0,8}\s*\(\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s*)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\s*\)/u;

// A further year of a list of past encounters: "… in October 2015 … and in September 2016",
// "held in Lima, in 2017; in Santiago in 2018; and in Paracas in 2019".
// (… also after the gathering's name: "for the Belt and Road Forum in October 2023 and the Forum on China-Africa
// Cooperation (FOCAC) in September 2024".)
const GATHERING_THEN_IN = String.raw`the\s+(?:(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}+\)|on|of|for|and|summit|forum|conference|meeting)\s+){1,8}in\s+`;
const FURTHER_YEAR = new RegExp(String.raw`(?:\band|;)\s+(?:in\s+(?:\p{Lu}[\p{L}-]*\s+(?:in\s+)?)?|${GATHERING_THEN_IN})$`, 'u');
// The further one named by its gathering: "… and the Mercosur summit in December 2023" (its month sets it apart).
const FURTHER_GATHERING = new RegExp(String.raw`\band\s+${GATHERING_THEN_IN}$`, 'u');
const IN_DATE = /\bin\s+(?:\p{Lu}[\p{L}-]*,?\s+(?:in\s+)?)?$/u;

/** The same past encounter repeated in other years the sentence lists: one candidate per year. */
function repeatedYears(s: RecognisedSentence, c: Candidate, ctx: DocumentContext): Candidate[] {
  if (c.planned || c.invitation || c.date === null || c.end !== null) return [];
  // (… also "when he visited Belarus in 2015 and 2019", "in 1993, 2000, 2003 and 2011": a year right after another and
  // "and" or a comma.)
  const afterYear = (d: DateMention): boolean => /\b(?:19|20)\d\d(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(s.text.slice(Math.max(0, d.start - 10), d.start));
  // (Not the start of a term the sentence goes on to name: "… during the Presidency of X which began in November 2023".)
  const listed = encounterDates(s, ctx).filter(
    (d) =>
      (d.kind === 'calendar' || d.kind === 'year') &&
      (IN_DATE.test(s.text.slice(Math.max(0, d.start - 40), d.start)) || afterYear(d)) &&
      !IN_OFFICE_SINCE.test(s.text.slice(Math.max(0, d.start - 50), d.start)),
  );
  // A list of dates: one of them after "and in" or "; in".
  if (!listed.some((d) => FURTHER_YEAR.test(s.text.slice(Math.max(0, d.start - 90), d.start)) || afterYear(d))) return [];
  const byGathering = listed.some((d) => FURTHER_GATHERING.test(s.text.slice(Math.max(0, d.start - 90), d.start)));
  return furtherCandidates(c, listed, ctx, (date) => date.slice(0, byGathering && date.length >= 7 ? 7 : 4));
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

// "official visits to India in April and November 2023": a further month of the same kind of encounter.
const FURTHER_MONTH = /\band\s+(?:in\s+)?$/i;
// "met four times — on the sidelines of the G20 in Osaka in June 2019, on the margins of the G7 Summit in Biarritz in
// August 2019 and …": a further gathering of the list, with its place and month.
const FURTHER_SIDELINES = /(?:,|\band)\s+(?:on|at)\s+the\s+(?:side-?lines|margins)\s+of\s+[^,;]{0,60}?\bin\s+$/i;

/** The same past encounter in further months the sentence lists ("in April and November 2023"): one candidate per month. */
function repeatedMonths(s: RecognisedSentence, c: Candidate, ctx: DocumentContext): Candidate[] {
  if (c.planned || c.invitation || c.date === null || c.end !== null || c.date.length !== 7) return [];
  const months = encounterDates(s, ctx).filter((d) => d.kind === 'calendar' && d.from.month !== null && d.from.day === null && d.to === null);
  // (The further month closes the list: not "in July 2023 hosted a meeting in Brasilia", another verb's date.)
  const further = months
    .slice(1)
    .filter(
      (d) => FURTHER_MONTH.test(s.text.slice(Math.max(0, d.start - 10), d.start)) || FURTHER_SIDELINES.test(s.text.slice(Math.max(0, d.start - 90), d.start)),
    );
  if (
    months.length < 2 ||
    !further.length ||
    // (… closing the list, not opening a clause: "in February and in June trade … reached $2 billion".)
    !further.every((d) => /^(?:\s*(?:[,.;)]|$)|\s+(?:for|to|with|where|when|as|at|on|in|and)\b)/.test(s.text.slice(d.end, d.end + 8)))
  )
    return [];
  return furtherCandidates(c, months, ctx, (date) => date);
}

/**
 * "in Osaka, Japan": a state named after one of its cities and a comma says where the city is, a venue;
 * so does "the Ethiopian capital" (a city named by its state's adjective).
 */
export function statesCity(s: RecognisedSentence, c: RecognisedSentence['countries'][number]): boolean {
  if (c.kind === 'adjective' && /^\s+capital\b/i.test(s.text.slice(c.end, c.end + 10))) return true;
  return s.countries.some(
    // ("Vienna, Austria", "Vienna (Austria)", an agency's "Rome [Italy]".)
    (city) => (city.kind === 'city' || city.kind === 'capital') && city.iso3 === c.iso3 && /^(?:,\s*|\s*[([]\s*)$/.test(s.text.slice(city.end, c.start)),
  );
}

function candidateOf(
  s: RecognisedSentence,
  [from, to]: [number, number],
  cues: readonly Cue[],
  lead: boolean,
  people: PeopleIndex,
  ctx: DocumentContext,
  /** A stretch inside the range that tells another encounter ("…, who visited France last year, …"): none of its dates or states. */
  skip: readonly [number, number] | null = null,
): Candidate {
  let cue = cues.reduce((a, b) => (b.priority > a.priority ? b : a));
  const skipped = (x: { start: number; end: number }): boolean => skip !== null && x.start >= skip[0] && x.end <= skip[1];
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
        (o.invitation ||
          (o.index > cue.end && RECALLED_BEFORE.test(s.text.slice(Math.max(0, o.index - 50), o.index))) ||
          // ("spoke by phone with X about the Senegalese leader's state visit to Ghana on 12 June", "…, who confirmed that
          // Boric will pay a state visit to Mexico on 23 November": the day of the encounter talked of or announced.)
          (!planned && o.index > cue.end && (TALKED_OF.test(s.text.slice(Math.max(cue.end, o.index - 60), o.index)) || announced(s.text, o)))) &&
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
      !skipped(d) &&
      (planned || d.start < cue.index || !FUTURE_DAY.test(s.text.slice(Math.max(cue.end, d.start - 40), d.start))) &&
      // ("discussed the upcoming May visit": a month the text puts ahead dates no encounter it reports as held.)
      (planned || d.kind !== 'calendar' || !/^(?:upcoming|coming)\b/i.test(d.text)) &&
      // (… nor a year to come: "'Next year, A and B will celebrate …,' said X following a meeting".)
      (planned || d.kind !== 'relative-year' || d.offset! <= 0) &&
      // (… nor the span of the twelve months gone: "a movement in the past year or two …, but your visit will propel us".)
      !(d.kind === 'relative-year' && /\bpast\s+year\b/i.test(d.text)) &&
      // (… nor a year gone for a visit under way: "Muizzu, who is on his first state visit to India, … lifting ties from a
      // rocky patch last year".)
      !(d.kind === 'relative-year' && d.offset! < 0 && cue.type === 'visit' && UNDER_WAY_NOW.test(s.text.slice(Math.max(0, cue.index - 50), cue.index))) &&
      !(d.start > cue.end && LEG_BEFORE.test(s.text.slice(cue.end, d.start))) &&
      // (… nor the time of an act the encounter comes after: "Ms Ruiz's visit comes after the two countries signed a
      // memorandum in 2021".)
      !(d.start > cue.end && COMES_AFTER_ACT.test(s.text.slice(cue.end, d.start))) &&
      !(d.start > cue.end && DOCUMENT_SIGNED_BEFORE.test(s.text.slice(Math.max(cue.end, d.start - 160), d.start))) &&
      !figureSaidAt(s, d, cue) &&
      // "These calls come at a critical time, as Somalia prepares for a National Consultation Forum on June 15": the day
      // of what is prepared for.
      !(d.start > cue.end && PREPARED_FOR.test(s.text.slice(cue.end, d.start))) &&
      // (… nor the day of a visitor's other part.)
      !(cue.type === 'visit' && dayOfOtherPart(s.text, cue, d)) &&
      // "his first overseas visit after assuming office in January 2024": the day of taking office, not of the encounter.
      !IN_OFFICE_SINCE.test(s.text.slice(Math.max(0, d.start - 50), d.start)) &&
      // "In the talks, India raised … the 1995 Purulia arms drop case": a year that qualifies another noun ("the 1995 …
      // case") dates it, not the encounter (unless the noun is the encounter's own: "the 2018 summit").
      !(
        d.kind === 'year' &&
        /\bthe\s+$/i.test(s.text.slice(Math.max(0, d.start - 4), d.start)) &&
        !(cue.index >= d.end && cue.index - d.end <= 40) &&
        // (… a gathering's year still dates it: "on the sidelines of the 2019 G20 summit".)
        !/^[^.;,]{0,30}?\b(?:summit|meeting|forum|conference|session|assembly|dialogue|talks|visit|games|congress)\b/i.test(s.text.slice(d.end, d.end + 45))
      ) &&
      !ownedByOther(d),
  );
  // A bare year does not date an encounter whose day the sentence gives ("on Thursday … the 1984 treaty").
  const hasDay = dates.some((d) => d.kind === 'calendar' || d.kind === 'weekday' || d.kind === 'relative-day');
  // ("returned to Hanoi on May 17, concluding an official visit to Laos that began on May 15": the day it began comes first.)
  const began = (d: DateMention): number => (VISIT_BEGAN.test(s.text.slice(Math.max(0, d.start - 80), d.start)) ? 0 : 1);
  // … nor is the last day of a stay its first ("arrived on March 11 … a visit that will last until March 14").
  const ordered = [...dates]
    .filter((d) => !(hasDay && d.kind === 'year') && !isLastDay(s, d))
    // (Measured from the cue's own words on either side: "a meeting to be held in Prague next May in a phone conversation
    // on Tuesday" — the day right after the call's words is the call's.)
    .sort((a, b) => began(a) - began(b) || gapToCue(a, cue) - gapToCue(b, cue));
  const read = (d: DateMention) => ({ ...resolveDate(d, planned, d.kind === 'sequel' ? sequelContext(s, d, ctx) : ctx), mention: d });
  // The nearest date that resolves, reading no further than it.
  let at = 0;
  let nearest: ReturnType<typeof read> | undefined;
  for (; at < ordered.length && !nearest; at++) {
    const r = read(ordered[at]!);
    if (r.date !== null) nearest = r;
  }
  // "left Yangon on 13 November at the conclusion of their visit from 11 to 13 November": a later day inside a
  // span the sentence gives is a day of it; the encounter is the span (read only when the nearest is one day).
  const span =
    // (… also with no year: "on July 17 during the latter's official visit to Vietnam from July 16-18".)
    nearest && !nearest.end && (nearest.date!.length === 10 || nearest.date!.startsWith('--'))
      ? ordered
          .slice(at)
          .map(read)
          .find((r) => r.end && r.date?.length === nearest.date!.length && r.date < nearest.date! && nearest.date! <= r.end)
      : undefined;
  const told = span ?? nearest ?? { date: null, end: null, mention: null };
  // "Last year's visit of X to Moscow in March": the month the clause names, in the year its "last year's" counts.
  const monthOfYear =
    told.mention?.kind === 'relative-year' && told.date?.length === 4
      ? ordered.find(
          (d) =>
            d !== told.mention &&
            d.kind === 'calendar' &&
            d.from.year === null &&
            d.from.month !== null &&
            d.from.day === null &&
            d.to === null &&
            // (In the same clause, near it: not "Last year, X visited Moscow; in March trade grew".)
            !/[;:]/.test(s.text.slice(Math.min(d.end, told.mention!.end), Math.max(d.start, told.mention!.start))) &&
            Math.abs(d.start - told.mention!.start) <= 80,
        )
      : undefined;
  const resolved = monthOfYear ? { ...told, date: `${told.date}-${String(monthOfYear.from.month).padStart(2, '0')}` } : told;
  // "X is on a July 9-11 visit to India": a visit under way is no plan, whatever the page's own date says.
  const underway = !planned && cue.type === 'visit' && UNDERWAY.test(s.text.slice(Math.max(0, cue.index - 60), cue.index));
  // (The day the text is written: the page's date, or its dateline's day when that is a few days later.)
  const today = ctx.anchor && ctx.anchor.length === 10 && ctx.published !== null && ctx.anchor > ctx.published ? ctx.anchor : ctx.published;
  // (Only one begun by the day of writing: "is making his first visit to Australia from June 15 to 18", said on the 10th, is to come.)
  const begun = underway && !!today && resolved.date !== null && resolved.date <= today;
  // "The upcoming visit follows President X's state visit to South Africa in August 2023", written in 2024: a month
  // and year the text states, before the month of writing, are past, whatever future stands near (not a plan the
  // text says fell through: "was scheduled for May 2023 but postponed").
  // (… or one the text counts back from its own year: "his last tour being in November last year".)
  const countedBack = resolved.mention !== null && resolved.mention.kind !== 'sequel' && resolved.mention.offset !== null && resolved.mention.offset < 0;
  const statedPast =
    planned &&
    !cue.invitation &&
    resolved.mention !== null &&
    resolved.date !== null &&
    ((!!today && /\b(?:19|20)\d\d\b/.test(resolved.mention.text) && /^\d{4}-\d\d/.test(resolved.date) && resolved.date.slice(0, 7) < today.slice(0, 7)) ||
      (countedBack && /^\d{4}/.test(resolved.date))) &&
    !/\b(?:postpon\w*|cancel+\w*|call(?:ed)?\s+off|delay\w*|put\s+off|rescheduled|(?:was|were|had\s+been|initially|originally|first)\s+(?:scheduled|planned|due|supposed|set|proposed)|will\s+now)\b/i.test(
      s.text,
    ) &&
    // (Nor a visit the text itself announces, "will visit South Korea in May 2024", on a page dated later.)
    !/\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|plans\s+to)\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(Math.max(0, cue.index - 30), cue.index));
  // (A year or month after the writing's is ahead too: "to hold the first meeting in 2025" on a page of 2024.)
  const future =
    (planned && !statedPast) ||
    (!begun && resolved.date !== null && !!today && /^\d{4}/.test(resolved.date) && resolved.date > today.slice(0, resolved.date.length));
  // A spokesperson who reports the encounter is its source, not one of its parties.
  const measureAt = MEASURE_BY.exec(s.text.slice(cue.end, to));
  // ("The telephone call took place a day after US President Donald Trump hiked tariffs": who did the act before takes
  // no part in the encounter.)
  const actBefore = TOOK_PLACE_AFTER.exec(s.text.slice(cue.end, to));
  // (… nor who acted in the interval's clause after it: "met President Museveni in Kampala on June 10, two days after Kenya
  // and Ethiopia signed a border deal".)
  // (Not when the clause tells an encounter of its own: "spoke to A on Thursday, just a day after he spoke to B".)
  const intervalFound = /\s(?:after|before)\s/.test(s.text.slice(cue.end, to)) ? INTERVAL_AFTER_CUE.exec(s.text.slice(cue.end, to)) : null;
  const intervalAfter = intervalFound && !cues.some((o) => o.index > cue.end + intervalFound.index) ? intervalFound : null;
  const measureBy = Math.min(
    measureAt ? cue.end + measureAt.index : to,
    actBefore ? cue.end + actBefore.index + actBefore[0].length : to,
    intervalAfter ? cue.end + intervalAfter.index : to,
  );
  const inClause = people
    .inSentence(s)
    .filter(
      (p) =>
        (!p.role || !REPORTER.test(p.role.title.form)) && people.mentionsIn(p, s).some((m) => m.start >= from && m.end <= measureBy && !envoysPrincipal(m)),
    )
    // "conveyed to Prime Minister Kishida condolences on the death of former Prime Minister Abe": a former holder beside
    // a sitting one of his state took no part (alone he may be the traveller of an earlier visit: "former president X in 2016").
    .filter(
      (p, _, all) =>
        !people.mentionsIn(p, s).every(formerHolder) || !all.some((o) => o !== p && o.country === p.country && !people.mentionsIn(o, s).every(formerHolder)),
    );
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
  // "after attending the China-Russia-Mongolia Foreign Ministers' Meeting in Moscow, Wang Yi met …", "who is visiting Japan
  // to attend the Japan-China-ROK Foreign Ministers' Meeting": the states a gathering attended is named after take part
  // in it, not in the encounter the sentence reports (unless it is that gathering).
  const attendedAt = ATTENDED_GATHERING.exec(s.text.slice(from, to));
  const attended: [number, number] | null =
    attendedAt && !(cue.index >= from + attendedAt.index && cue.index < from + attendedAt.index + attendedAt[0].length)
      ? [from + attendedAt.index, from + attendedAt.index + attendedAt[0].length]
      : null;
  // (Where a custom is named after the encounter's word, once per sentence: "a tradition of presidents heading to …".)
  const customAt = s.text.search(CUSTOM_NAMED);
  const tourAt = LEG_OF_TOUR.exec(s.text);
  const tourSpan: [number, number] | null = tourAt
    ? [tourAt.index + tourAt[0].length, tourAt.index + tourAt[0].length + (/^[^.;]*/.exec(s.text.slice(tourAt.index + tourAt[0].length))?.[0].length ?? 0)]
    : null;
  // (A list of stops: two states or more.)
  const tourList = tourSpan && s.countries.filter((c) => c.start >= tourSpan[0] && c.end <= tourSpan[1]).length >= 2 ? tourSpan : null;
  const meetingAtSummit = cue.type === 'meeting' && MEETING_AT_SUMMIT.test(s.text);
  const besides = BESIDES_CLAUSE.exec(s.text)?.[0].length ?? null;
  const interval = /\s(?:after|before)\s/.test(s.text.slice(from, cue.index)) ? INTERVAL_BEFORE_CUE.exec(s.text.slice(from, cue.index)) : null;
  const intervalCut = interval ? from + interval.index + interval[0].length : null;
  for (const c of s.countries) {
    const before = s.text.slice(Math.max(0, c.start - 40), c.start);
    if (
      c.start < legStart ||
      c.end > to ||
      skipped(c) ||
      c.kind === 'seat' ||
      NEXT_STOP.test(before) ||
      DEPARTING_FOR.test(s.text.slice(Math.max(0, c.start - 60), c.start))
    )
      continue;
    // "while Europeans brace for a cut in Russian gas": a state's goods, firms or forces take no part.
    if (ownedOrDoneBy(s.text, c)) continue;
    // ("… reaffirmed joint commitment to ending the Ukraine conflict": a conflict named by its state is a topic; its
    // people, when they take part, still bring it.)
    if (CONFLICT_NAMED.test(s.text.slice(c.end, c.end + 40))) continue;
    if (PREVIOUS_LEG.test(before) && !(c.start >= cue.end && c.start - cue.end <= 5)) continue;
    // "was in Mauritania …, on the second leg of her State Visits to Algeria, Mauritania, and Malawi": the tour's other
    // stops take no part in this leg (the stop the sentence names outside the list does).
    if (
      tourList &&
      c.start >= tourList[0] &&
      c.end <= tourList[1] &&
      !s.countries.some((o) => o.iso3 === c.iso3 && (o.end <= tourList[0] || o.start >= tourList[1]))
    )
      continue;
    // "Trump's 2017 trip to Saudi Arabia upended a tradition of US presidents heading to the United Kingdom": a state
    // of the custom the encounter is compared with takes no part in it.
    if (customAt >= 0 && c.start > customAt && customAt >= cue.end) continue;
    // (When the encounter is what is discussed, "discussed the Iranian president's planned visit to Türkiye",
    // the state its visit word names is still its side.)
    // (… also the states listed right after a recent trip's word: "reviewed the Foreign Minister's recent visits to
    // Indonesia, Fiji, Samoa, and Tonga".)
    const recentTrip = !planned && EARLIER.test(s.text.slice(Math.max(from, cue.index - 40), cue.index));
    const visitedAfterTopic =
      (planned || recentTrip) &&
      cue.index > topicStart &&
      cue.type === 'visit' &&
      c.start >= cue.end &&
      (c.start - cue.end <= 25 || (recentTrip && LISTED_STATES.test(s.text.slice(cue.end, c.start))));
    if ((c.start >= topicStart && c.start > cue.end && !visitedAfterTopic) || c.start >= measureBy) continue;
    // ("have discussed the trade deficit and cooperation in war-torn Afghanistan during a telephonic conversation": what was
    // discussed, told before the encounter named as the occasion.)
    if (c.start >= topicStart && c.start < cue.index && OCCASION_BEFORE_CUE.test(s.text.slice(Math.max(0, cue.index - 40), cue.index))) continue;
    // ("discussed their support for Ukraine and preparations for the NATO Summit": a state talked of before the gathering
    // the talks prepare.)
    if (planned && c.start >= topicStart && c.start < cue.index && PREPARED_AFTER.test(s.text.slice(c.end, cue.index))) continue;
    // ("continue humanitarian aid to the Afghan people and to hold consultations": the state aid goes to, wherever the cue.)
    if (AID_TO.test(s.text.slice(Math.max(0, c.start - 40), c.start))) continue;
    // ("arrived in Astana on July 7 (from Uzbekistan)": the state an arrival came from takes no part in it.)
    if (
      c.start > cue.end &&
      ARRIVAL_CUE.test(s.text.slice(cue.index, cue.end)) &&
      /\bfrom\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 12), c.start))
    )
      continue;
    // ("Qatar learned that its neighbours had severed ties two days after US President Donald Trump met Arab leaders in
    // Riyadh": the states of the clause before the interval take no part in the encounter told after it.)
    if (intervalCut !== null && c.end <= intervalCut && cue.index >= intervalCut) continue;
    // ("Besides South Africa and Angola, the Brazilian leader also visited São Tomé": the stops before take no part.)
    if (cue.type === 'visit' && besides !== null && c.end <= besides && cue.index >= besides) continue;
    // ("The trip to Luanda came after Lula attended the BRICS summit in South Africa": the state of the act before takes no part.)
    if (cue.type === 'visit' && c.start > cue.end && CAME_AFTER_OWN_ACT.test(s.text.slice(cue.end, c.start))) continue;
    // ("will head to India today after postponing his trips to Indonesia and Malaysia": a trip called off takes no part.)
    if (c.start > cue.end && CALLED_OFF.test(s.text.slice(cue.end, c.start))) continue;
    // ("a meeting with President X in Indonesia on the sidelines of the ASEAN Summit": a state named as where a
    // meeting takes place is its venue; a side only when the meeting has no two sides otherwise.)
    // (… before the meeting's word too, when the sentence names the gathering first: "the Summit to be held in Norway, and
    // his meeting with X at that time".)
    const meetsIn =
      cue.type !== 'visit' &&
      c.kind === 'name' &&
      (c.start > cue.end || meetingAtSummit) &&
      c.start < topicStart &&
      /\bin\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start));
    if (
      c.kind === 'city' ||
      c.kind === 'capital' ||
      meetsIn ||
      statesCity(s, c) ||
      (hostEvent !== null && c.start >= hostEvent[0]! && c.end <= hostEvent[1]!) ||
      (attended !== null && c.start >= attended[0] && c.end <= attended[1])
    )
      venues.add(c.iso3);
    else countries.add(c.iso3);
  }
  for (const p of inClause) if (p.country) countries.add(p.country);
  // "Kishida, visiting New York to attend the UN General Assembly, held a lunch with Mongolia's Prime
  // Minister": a visit to a third state, so the two sides meet there, no one's visit to the other.
  const visited = cue.type === 'visit' && !cue.invitation ? stateVisited(s, cue) : undefined;
  const inThirdState = visited !== undefined && countries.size >= 2 && venues.has(visited.iso3) && !countries.has(visited.iso3);
  // (… or the two sides the sentence opens with agree to meet: "They agreed to meet again at the APEC leaders' meeting in
  // Lima", "The leaders discussed … and agreed to meet on the sidelines of the NATO summit in Brussels".)
  const pairAgreed = PAIR_AGREED_TO_MEET.exec(s.text);
  const ofThePair =
    OF_THE_PAIR.test(s.text.slice(Math.max(from, cue.index - 45), cue.index)) || (pairAgreed !== null && cue.index >= pairAgreed[0].length - 5)
      ? [...countries]
      : null;
  // (Not a city that seats a body the text names: "the next EU-Japan summit in Brussels" is no summit of Belgium's.)
  if (countries.size < 2) for (const v of venues) if (!ctx.bodySeats.has(v)) countries.add(v);
  let date = resolved.date,
    end = resolved.end ?? spanEnd(s.text.slice(from, to), resolved.date) ?? lastsUntil(s, dates, resolved.date, planned, ctx);
  let basis: DateBasis | null = date ? 'stated' : null;
  // The day the sentence gives is a later day of the visit: the visit began the days before.
  // (Not a day counted from another: "held on the second day of the two-day visit, during which he held a
  // summit the previous day" — the previous day is the first.)
  const shifted = date && resolved.mention?.kind !== 'sequel' ? dayOfVisit(s.text.slice(from, to), date) : null;
  if (shifted) [date, end, basis] = [shifted.from, shifted.to, 'inferred'];
  // "this visit", named again: the encounter the text reports, whose day is its own; the clause's dates are of other
  // things ("said this visit was an opportunity to review the roadmap agreed in 2022").
  // (Not a sentence that counts earlier trips, whose dates are theirs: "This visit marked his third to China, following
  // previous trips in October 2023 and September 2024".)
  const thisOne = cue.type === 'visit' && THIS_ONE.test(s.text.slice(Math.max(from, cue.index - 50), cue.index)) && !TRIPS_COUNTED.test(s.text);
  if (thisOne) [date, end, basis] = [null, null, null];
  // "The meeting was the fourth after those held in Cairo in November 2013, …": a date after "those held" is an earlier
  // meeting's, not the one the sentence names again.
  const thoseAt = THOSE_HELD.exec(s.text)?.index ?? -1;
  const ofThoseHeld =
    (thoseAt >= 0 && resolved.mention !== null && resolved.mention.start > thoseAt) ||
    // (… and "This is the first state visit by X since he first visited Ethiopia in June 2018": the date of the visit before;
    // "This is Modi's third visit to Maldives - he had visited the archipelago in 2018 and 2019": the visits before.)
    (resolved.mention !== null &&
      resolved.mention.start > cue.end &&
      (SINCE_OWN_EARLIER.test(s.text.slice(cue.end, resolved.mention.start)) || HAD_VISITED.test(s.text.slice(cue.end, resolved.mention.start))));
  return {
    sentence: s,
    // ("who was visiting Lithuania to attend the NATO Summit, held a working lunch with …": a meeting at a gathering the
    // host state holds, not a visit to it.)
    type: cue.invitation ? 'visit' : inThirdState || (cue.type === 'visit' && attendsGathering(s, cue)) ? 'meeting' : cue.type,
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
    unplaced: nearest ? null : (ordered[0] ?? null),
    othersDates: encounterDates(s, ctx).filter((d) => d.start >= from && d.end <= to && ownedByOther(d)),
    dateMention: date === null ? null : resolved.mention,
    // … or names it as earlier: "the subject of a previous bilateral meeting held in Brasilia".
    recalled:
      ofThoseHeld ||
      RECALL.test(s.text.slice(from, cue.index)) ||
      // "Nehru's visit to Nepal in 1951 was recalled.": recalled in the passive, after the cue.
      /^[^.;]*\b(?:was|were|is|are)\s+(?:also\s+|fondly\s+)?(?:recalled|remembered)\b/i.test(s.text.slice(cue.end, to)) ||
      // (A recent one in the lead is the report's own: "In a recent telephone conversation, PM X received a call from …";
      // not "Following her recent visits to A and B".)
      (EARLIER.test(s.text.slice(Math.max(from, cue.index - 40), cue.index)) &&
        !(lead && RECENT_ONLY.test(s.text.slice(Math.max(from, cue.index - 40), cue.index)))) ||
      LAST_THERE.test(s.text.slice(Math.max(0, cue.index - 100), cue.index)) ||
      // (Not in the lead, whose encounter is the report's own: "Last month, X visited Brazil and met …".)
      (!lead && EARLIER_TIME.test(s.text.slice(from, cue.index))) ||
      // "as agreed during Erdogan’s visit to Tehran in July last year": a time of its own in a year before the text's.
      LAST_YEAR_AFTER.test(s.text.slice(cue.end, to)) ||
      // "Trudeau first visited Vietnam as a traveler in 1995": a past verb after "first", "once" — an earlier time.
      (/\b(?:first|once|previously|already)\s+$/i.test(s.text.slice(Math.max(from, cue.index - 12), cue.index)) &&
        PAST_VERB.test(s.text.slice(cue.index, cue.end))) ||
      (PLUPERFECT.test(s.text.slice(Math.max(from, cue.index - 30), cue.index)) && PARTICIPLE_CUE.test(s.text.slice(cue.index, cue.end))) ||
      // (Only one with a date of its own: "after their talks" in a lead is the encounter it reports.)
      (resolved.date !== null && AFTER_ONES_OWN.test(s.text.slice(Math.max(from, cue.index - 40), cue.index))) ||
      (resolved.date !== null && SINCE_EARLIER.test(s.text.slice(Math.max(from, cue.index - 60), cue.index))) ||
      // "arrived in Apia on Friday following a visit to Kiribati": the leg before the arrival the sentence reports.
      ARRIVED_AFTER.test(s.text.slice(Math.max(from, cue.index - 160), cue.index)) ||
      // "In a similar phone call, earlier on July 8, the two held another telephone conversation": one more of its kind,
      // on a day of its own (not in the lead, whose encounter is the report's own).
      (!lead && resolved.date !== null && ANOTHER_OF_KIND.test(s.text.slice(Math.max(from, cue.index - 30), cue.index))) ||
      // "He hailed the positive outcomes of the foreign minister's visit to Kampala in October 2024": an encounter whose
      // results are told, on a date of its own, is an earlier one.
      (resolved.date !== null && OUTCOMES_OF.test(s.text.slice(Math.max(from, cue.index - 90), cue.index))) ||
      // (… and so is each next item of the list those outcomes head: ", the visit of Uganda's ministers to Cairo in early
      // December, the meetings of the committee on December 3-4, …".)
      (from > 0 && /^,\s+(?:and\s+)?the\s/.test(s.text.slice(from, from + 12)) && OUTCOMES_HEAD.test(s.text.slice(0, from))),
    // ("At the meeting, X shared that trade … over 2021": the encounter just reported, named again.)
    // (… with a word of its own: "During the bilateral meeting held at the Ministry on 5 September".)
    thisOne,
    anaphoric:
      !ofThoseHeld &&
      /^\W*(?:(?:at|during|in)\s+)?(?:the|this)\s+(?:(?:bilateral|official|formal|private|closed-door|one-on-one|tête-à-tête|expanded|restricted)\s+)?$/i.test(
        s.text.slice(from, cue.index),
      ) &&
      !planned,
    ofThePair,
  };
}

// ", and the visit of", "and since their meeting", "and his meeting with": a second encounter joined to the first.
const AND_ANOTHER_ENCOUNTER = /,?\s+and\s+(?:since\s+|after\s+)?(?:the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:visit|meeting|talks|session)\b/giu;

/** Where a sentence joins a second dated encounter to a first ("… in January 2023 and the visit of X to Baku in 2024"), or null. */
function andAnotherEncounter(s: RecognisedSentence, cues: readonly Cue[]): number | null {
  if (cues.length < 2 || s.dates.length < 2) return null;
  // (Each a date of its own: not "… on 3 July, and his talks with Putin took place the same day", one day told twice.)
  const dated = (a: number, b: number): boolean =>
    s.dates.some((d) => d.start >= a && d.end <= b && (d.kind === 'calendar' || d.kind === 'year' || d.kind === 'relative-year'));
  for (const m of s.text.matchAll(AND_ANOTHER_ENCOUNTER)) {
    const at = m.index;
    if (cues.some((c) => c.index < at) && cues.some((c) => c.index >= at) && dated(0, at) && dated(at, s.text.length)) return at;
  }
  return null;
}

// A gathering attended, named by the states of its name: "attending the China-Russia-Mongolia Foreign Ministers' Meeting".
const ATTENDED_GATHERING =
  /\b(?:attending|to\s+attend)\s+(?:the\s+)?(?:\d+\w*\s+)?(?:\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}[\p{L}'’]*){2,}|\p{Lu}[\p{L}'’]*[-–]\p{Lu}[\p{L}'’]*[-–]\p{Lu}[\p{L}'’]*)[^.;,]{0,60}?\b(?:Meeting|Summit|Forum|Conference|Dialogue|Consultations)\b/u;
/** Whether a state's mention lies in the name of a gathering the sentence says someone attended. */
export function inAttendedGathering(s: RecognisedSentence, c: { start: number; end: number }): boolean {
  let span = attendedSpans.get(s);
  if (span === undefined) {
    const m = ATTENDED_GATHERING.exec(s.text);
    attendedSpans.set(s, (span = m ? [m.index, m.index + m[0].length] : null));
  }
  return span !== null && c.start >= span[0] && c.end <= span[1];
}
// (Read once per sentence: the venue test asks for every mention of a state, on a hot path of long texts.)
const attendedSpans = new WeakMap<RecognisedSentence, [number, number] | null>();
// Words of a gathering still to come, of its own: "preparations for the second round", "scheduled to be held".
const GATHERING_AHEAD = /\b(?:preparations?\s+for|next|upcoming|forthcoming|scheduled|to\s+be\s+held|will\s+be\s+held|agreed\s+to\s+hold)\b/i;
// "During the meeting,", "At the talks,": an encounter already reported, named again to open a sentence.
const ENCOUNTER_NAMED_AGAIN = /^\W*(?:at|during|in)\s+(?:the|this)\s+(?:(?:bilateral|official|formal|private|closed-door|expanded|restricted)\s+)?$/i;

// "after those held in Cairo in November 2013": the earlier meetings of a series, counted against the one reported.
const THOSE_HELD = /\b(?:after|following|since|besides)\s+(?:those|the\s+ones|the\s+(?:previous|earlier)\s+ones)\s+(?:held|convened|organi[sz]ed)\b/i;

// "since he first visited Ethiopia as Crown Prince in": the traveller's earlier visit after the one the sentence names.
const SINCE_OWN_EARLIER =
  /\bsince\s+(?:he|she|they|we|I|\p{Lu}[\p{L}'’-]*)\s+(?:(?:first|last|previously|had)\s+)*(?:visited|met|travell?ed|came|toured|was\s+(?:in|here))\b[^.;]*$/u;

// "- he had visited the Indian Ocean archipelago in": the traveller's visits before, told after the one the sentence names.
export const HAD_VISITED = /\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:visited|travell?ed\s+to|been\s+to)\b[^.;]*$/i;

/** "following previous trips in October 2023": earlier trips a sentence names beside the one it reports. */
export const EARLIER_TRIPS = /\b(?:previous|earlier|past|prior|last)\s+(?:[\p{L}-]+\s+)?(?:trips?|visits?|travels)\b/iu;
// (… or counts: "his third visit to China".)
const TRIPS_COUNTED = new RegExp(String.raw`${EARLIER_TRIPS.source}|\b(?:second|third|fourth|fifth|sixth)\s+(?:visit|trip)\b`, 'iu');
// "this one-day official visit", "the current visit", "This Monday's state visit": the encounter under way, named again.
// (Its words between are the visit's own, "one-day official", no clause's: not "We noted this during the visit".)
// (Not a visit still being prepared: "briefed him on preparations for this visit by a parliamentary delegation".)
const THIS_ONE =
  /(?<!\b(?:preparations?\s+for|prepar(?:e|ed|ing)\s+(?:for\s+)?|ahead\s+of)\s+)\b(?:[Tt]his(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)?|[Tt]oday['’]s|the\s+current|the\s+ongoing|(?:his|her|their)\s+(?:current|ongoing))\s+(?:(?!(?:during|the|a|an|of|in|at|on|for|to|with|and|is|was|will)\s)[\p{Ll}-]+\s+){0,3}$/u;

const ARRIVING_FLOW =
  /\b(?:goods|tourists|flights|shipments|migrants|imports|exports|products|visitors|passengers|travell?ers|refugees|containers|cargo|vessels|ships|grain|investors|students|workers|pilgrims)\b[^.;]{0,40}$/i;
// (… or "for a meeting of NATO foreign ministers", ", where he will address the World Health Assembly".)
// (… also after the city's state, and a leaders' meeting: "visiting Lima, Peru, to attend the APEC Economic Leaders' Meeting".)
const TO_ATTEND_GATHERING =
  /^\s*(?:,\s*(?:\p{Lu}[\p{L}'’-]*\s*){1,3},\s*)?(?:,\s*)?(?:(?:(?:in\s+order\s+)?to\s+(?:attend|take\s+part\s+in|participate\s+in|address)|where\s+(?:he|she|they)\s+(?:will|is\s+to|are\s+to)\s+(?:attend|address|take\s+part\s+in|participate\s+in))\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?(?:summit|conference|assembly|congress|games|olympics|expo|ministerial|leaders['’]\s+meeting)\b|for\s+(?:the|a|an)\s+(?!(?:annual\s+)?\p{Lu}[\p{L}]*[-–]\p{Lu})(?:[\p{L}\d'’-]+\s+){0,4}?(?:General\s+Assembly|climate\s+conference|COP\s?\d+)\b|for\s+(?:a|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:meeting|summit|conference)\s+of\s+(?!the\s+(?:[\p{L}'’-]+\s+){0,5}(?:Council|Commission|Committee)\b)(?:NATO|the\s+(?:UN|United\s+Nations|African\s+Union|EU|European\s+Union|G7|G20|BRICS|ASEAN|SCO|OIC|Commonwealth)|[\p{L}-]+\s+(?:foreign|defen[cs]e|finance|trade|economy)\s+ministers))/iu;

/** A visit word, its state, then "to attend the … Summit": the trip's purpose is a gathering. */
export function attendsGathering(s: RecognisedSentence, cue: Cue): boolean {
  const visited = stateVisited(s, cue);
  // (Not a visit the text names as one of state: "is on a state visit to Vietnam to attend the … Summit".)
  if (/\b(?:state|official|working)\s+$/i.test(s.text.slice(Math.max(0, cue.index - 12), cue.index))) return false;
  return visited !== undefined && TO_ATTEND_GATHERING.test(s.text.slice(visited.end, visited.end + 120));
}

/** The state a visit word names right after it ("visiting New York", "his visit to New Delhi"). */
export function stateVisited(s: RecognisedSentence, cue: Cue): RecognisedSentence['countries'][number] | undefined {
  return s.countries.find((c) => c.start >= cue.end && c.start - cue.end <= 25 && c.kind !== 'seat');
}

function visitDateAfter(s: RecognisedSentence, cue: Cue, dates: readonly DateMention[]): boolean {
  return dates.some((d) => d.start >= cue.end && d.start - cue.end <= 40 && !/[,;]/.test(s.text.slice(cue.end, d.start)));
}

/** "on the second day of his four-day state visit" with that day's date: the visit's first and last days. */
export function dayOfVisit(text: string, date: string): { from: string; to: string } | null {
  // A day of no known year ("on Thursday, July 3, concluded his two-day visit"): counted in a common year and in a leap
  // year, kept only where both agree (not across the end of February).
  if (/^--\d\d-\d\d$/.test(date)) {
    const [common, leap] = [dayOfVisit(text, `2001${date.slice(1)}`), dayOfVisit(text, `2004${date.slice(1)}`)];
    if (!common || !leap || common.from.slice(4) !== leap.from.slice(4) || common.to.slice(4) !== leap.to.slice(4)) return null;
    // (Within the same year only: "--12-31" back to "--12-30", not forward into a January of no year.)
    if (common.from.slice(0, 4) !== '2001' || common.to.slice(0, 4) !== '2001') return null;
    return { from: `-${common.from.slice(4)}`, to: `-${common.to.slice(4)}` };
  }
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

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// (A tour of a continent spans its stops, not the one the text dates.)
const SPAN_DAYS = new RegExp(String.raw`\b(two|three|four|five|six|seven|[2-7])-day\b(?!${REGION_TOUR})`, 'iu');

const WEEKDAY_SPAN = new RegExp(String.raw`\bfrom\s+(${WEEKDAYS.join('|')})\s+(?:to|until|till|through|[-–])\s+(${WEEKDAYS.join('|')})\b`, 'i');
// "paid an official visit to Vietnam on Monday and Tuesday": two days in a row.
const WEEKDAY_PAIR = new RegExp(String.raw`\bon\s+(${WEEKDAYS.join('|')})\s+and\s+(${WEEKDAYS.join('|')})\b`, 'i');

/** "a two-day official visit … beginning tomorrow": the last day of a span given by its length. */
function spanEnd(text: string, date: string | null): string | null {
  if (!date || date.length !== 10) return null;
  const m = SPAN_DAYS.exec(text);
  if (m) return addDays(date, (numberOf(m[1]!) ?? Number(m[1])) - 1);
  // "on an official visit … from Monday to Wednesday": the days from the first weekday to the last; "on Monday and
  // Tuesday": two days in a row (not "met on Monday and Thursday", two days and no stay).
  const week = WEEKDAY_SPAN.exec(text) ?? WEEKDAY_PAIR.exec(text);
  if (week) {
    const [first, last] = [WEEKDAYS.indexOf(week[1]!.toLowerCase()), WEEKDAYS.indexOf(week[2]!.toLowerCase())];
    const days = (last - first + 7) % 7;
    // (Only from the span's own first day: "talks on Tuesday during his visit from Monday to Wednesday" ends no Thursday.)
    const spans = /^from\b/i.test(week[0]) ? days > 0 : days === 1;
    if (spans && new Date(`${date}T12:00:00Z`).getUTCDay() === first) return addDays(date, days);
  }
  // "a 72-hour state visit": whole days, counted as "a three-day visit" would be.
  const hours = /\b(48|72|96)-hour\b/i.exec(text);
  return hours ? addDays(date, Number(hours[1]) / 24 - 1) : null;
}

/** A date the sentence gives as the last day of a stay: "will last until July 26". */
export function isLastDay(s: RecognisedSentence, d: DateMention): boolean {
  return (
    (/\b(?:until|till|through|to)\s+$/i.test(s.text.slice(Math.max(0, d.start - 8), d.start)) &&
      /\b(?:last|lasts|run|runs|continue|continues|stay|stays|until)\b/i.test(s.text.slice(Math.max(0, d.start - 40), d.start))) ||
    // "the visit will begin on July 9 and Modi will leave again on July 10": the day of leaving.
    /\b(?:begin|begins|start|starts)\b[^.;]{0,40}\band\s+(?:[\p{L}-]+\s+){0,3}?(?:will\s+)?(?:leave|leaves|depart|departs|end|ends|conclude|concludes)\s+(?:again\s+)?(?:on\s+)?$/iu.test(
      s.text.slice(Math.max(0, d.start - 90), d.start),
    )
  );
}

/** "arrived on July 23, and the visit will last until July 26": the stated last day. */
const UNDERWAY = /\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on|paying|making|undertaking)\s+(?:an?|his|her|their|its)\s+(?:[\p{L}\d–-]+\s+){0,5}$/iu;

function lastsUntil(s: RecognisedSentence, dates: readonly DateMention[], date: string | null, planned: boolean, ctx: DocumentContext): string | null {
  // A day, with its year or without ("--03-11"), never a month.
  if (!date || !(date.length === 10 || date.startsWith('--'))) return null;
  const until = dates.find((d) => isLastDay(s, d));
  const end = until ? resolveDate(until, planned, ctx).date : null;
  return end && end.length === date.length && end.startsWith('--') === date.startsWith('--') && end > date ? end : null;
}

/** Two days written alike, both with their year or both without: comparable as strings. */
export function sameForm(a: string, b: string): boolean {
  return (a.length === 10 && b.length === 10) || (a.startsWith('--') && b.startsWith('--') && a.length === 7 && b.length === 7);
}

/** The date an invitation sentence states: the day of the encounter at which it was made. */
export function invitationDay(s: RecognisedSentence, ctx: DocumentContext): string | null {
  for (const d of encounterDates(s, ctx)) {
    const r = resolveDate(d, false, ctx).date;
    if (r) return r;
  }
  return null;
}

/** "his official visit to Harare": the state or city a visit went to, when the sentence names one. */
export function destinationOf(s: RecognisedSentence): string | null {
  const m = /\b(?:visit(?:ed)?|arrived|arrive)\s+(?:to\s+|in\s+)?(?:the\s+)?/i.exec(s.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const direct = s.countries.find((c) => c.start === at && c.kind !== 'seat')?.iso3;
  if (direct) return direct;
  // "Ramaphosa visited Zelenskyy in Kyiv": the person visited, then where.
  const host = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}in\s+/u.exec(s.text.slice(at, at + 60));
  return host ? (s.countries.find((c) => c.start === at + host[0].length && c.kind !== 'seat')?.iso3 ?? null) : null;
}

// Where a sentence puts its encounter when it opens with the place ("In Uganda, …", "Earlier, in Kampala, …") or
// puts its traveller there first ("Raisi was first in Kenya, where he met …"): a stop of a journey.
const PLACE_OPENING = /^\W*(?:(?:earlier|later|then|next|afterwards|subsequently|before\s+that|after\s+that)\s*,?\s+)?in\s+(?:the\s+)?$/i;
const WAS_IN = /\b(?:was|were|had\s+been|stopped)\s+(?:first\s+|earlier\s+|also\s+|previously\s+)?in\s+(?:the\s+)?$/i;

/** The state a sentence places its encounter in by its opening or by "was (first) in X, where …", else null. */
export function legPlaceOf(s: RecognisedSentence): string | null {
  for (const c of s.countries) {
    if (c.kind === 'seat' || c.kind === 'adjective') continue;
    const before = s.text.slice(0, c.start);
    if (PLACE_OPENING.test(before) && /^\s*,/.test(s.text.slice(c.end))) return c.iso3;
    if (WAS_IN.test(before) && /^\s*,\s*where\b/i.test(s.text.slice(c.end))) return c.iso3;
  }
  return null;
}

export const overlap = (a: Iterable<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
