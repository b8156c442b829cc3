// What makes a canonical fact findable: the countries it involves (the country and pair filters) and
// the words full-text search matches. One definition for the merge, which indexes a fact when it
// stores it, and for corrections, which index it again when its values change.
import type { AgreementRecord, EventRecord, PersonRecord, TradeRecord } from './merge-port.js';

export interface FactIndexEntry {
  readonly countries: readonly string[];
  readonly body: string;
}

const codes = (key: string): string[] => (key ? key.split(',') : []);

function eventIndex(e: Pick<EventRecord, 'type' | 'countries' | 'place' | 'participants'>): FactIndexEntry {
  const where = e.place ? [e.place.name, e.place.city].filter(Boolean).join(' ') : '';
  return { countries: codes(e.countries), body: [e.type.replace('_', ' '), e.countries, where, ...e.participants.map((p) => p.name)].join(' ') };
}

const agreementIndex = (a: Pick<AgreementRecord, 'title' | 'kind' | 'parties'>): FactIndexEntry => ({
  countries: codes(a.parties),
  body: `${a.title} ${a.kind} ${a.parties}`,
});

const tradeIndex = (t: Pick<TradeRecord, 'measure' | 'kind' | 'parties' | 'year' | 'scope'>): FactIndexEntry => ({
  countries: codes(t.parties),
  body: `${t.measure} ${t.kind} ${t.parties} ${t.year ?? ''} ${t.scope ?? ''}`,
});

const personIndex = (p: Pick<PersonRecord, 'name' | 'aliases' | 'role' | 'country'>): FactIndexEntry => ({
  countries: p.country ? [p.country] : [],
  body: [p.name, ...p.aliases, p.role ?? ''].join(' '),
});

/** A stored fact of any kind, tagged with its kind. */
export type StoredFact =
  | { readonly kind: 'event'; readonly record: EventRecord }
  | { readonly kind: 'agreement'; readonly record: AgreementRecord }
  | { readonly kind: 'trade'; readonly record: TradeRecord }
  | { readonly kind: 'person'; readonly record: PersonRecord };

export function indexEntry(fact: StoredFact): FactIndexEntry {
  switch (fact.kind) {
    case 'event':
      return eventIndex(fact.record);
    case 'agreement':
      return agreementIndex(fact.record);
    case 'trade':
      return tradeIndex(fact.record);
    case 'person':
      return personIndex(fact.record);
  }
}
