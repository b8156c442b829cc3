// Words that report an encounter (data/event-cues.tsv), with the type of encounter and its
// priority: read once, for the event rules and for the reference year's lead-date rule.
import type { EventTypeT } from '../facts/schema.js';
import { readTable } from '../lexicon/load.js';
import { PhraseIndex } from '../recognise/phrases.js';

export interface EventCue {
  readonly type: EventTypeT;
  readonly priority: number;
}

export const EVENT_CUES = new PhraseIndex<EventCue>(
  readTable<'type' | 'priority' | 'form'>('event-cues.tsv').map((c) => [c.form, { type: c.type as EventTypeT, priority: Number(c.priority) }] as const),
);
