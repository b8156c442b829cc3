// Words that report an encounter (data/event-cues.tsv), with the type of encounter and its
// priority: read once, for the event rules and for the reference year's lead-date rule.
import type { EventTypeT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import { PhraseIndex } from '../recognise/phrases.js';

export interface EventCue {
  readonly type: EventTypeT;
  readonly priority: number;
}

export const eventCues = perLexicons((lex) => new PhraseIndex<EventCue>(lex.eventCues.map((c) => [c.form, { type: c.type, priority: c.priority }] as const)));
