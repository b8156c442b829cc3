// The shapes events are built from: the cues a sentence holds, the candidate encounter each
// sentence reports, and the group of candidates that becomes one event; with the date test groups share.
import type { EventTypeT } from '../facts/schema.js';
import type { DateMention } from '../recognise/dates.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { PersonRecord } from './people.js';

export type DateBasis = 'stated' | 'publication' | 'inferred';

/** Types that report the same kind of encounter: a visit's talks and a meeting are one family, a call another. */
export const FAMILY: Record<EventTypeT, string> = {
  meeting: 'talks',
  visit: 'talks',
  ceremony: 'talks',
  phone_call: 'call',
  summit: 'summit',
  forum: 'forum',
  other: 'other',
};

export interface Cue {
  readonly type: EventTypeT;
  readonly priority: number;
  /** Character offset of the cue in the sentence. */
  readonly index: number;
  readonly end: number;
  readonly invitation: boolean;
}

export interface Candidate {
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
  /** The encounter named as "this …" ("will use this one-day official visit to …"): the one the text reports, whatever its tense. */
  readonly thisOne?: boolean;
  /**
   * The encounter is the two sides' own ("their meeting in Kazan", "the two leaders last met"): the states
   * the clause names as sides itself (no venue), which the two sides' then complete; else null.
   */
  readonly ofThePair: readonly string[] | null;
  /** A time the clause names that the text cannot place ("In September" in a text of no year): the candidate is undated, not timeless. */
  readonly unplaced?: DateMention | null;
  /** Dates of the sentence that belong to another encounter it names ("… about the state visit to Ghana on 12 June"). */
  readonly othersDates?: readonly DateMention[];
  /** The date mention the candidate's date was read from. */
  readonly dateMention?: DateMention | null;
}

export interface Group {
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
  /** One encounter of the main one split by counterpart: dated like it when the text gives no day. */
  ofMain?: boolean;
  /** A round of meetings of one state with several others, each its own encounter: the state that met them all. */
  round?: string;
  /** One of two visits a sentence names each way ("the visit of A to X and of B to Y"): the state visited. */
  destination?: string;
}

/** The cues of a sentence, read once per document (extractEvents keeps them). */
export type CuesOf = (s: RecognisedSentence) => readonly Cue[];

/** A date without a year ("--08-20") put in a year: "2019-08-20". */
export const inYear = (yearless: string, year: string): string => `${year}${yearless.slice(1)}`;

/** Whether a date falls on, in or within a group's date (its span, or a day of its month). */
export function within(given: string, group: Group): boolean {
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
