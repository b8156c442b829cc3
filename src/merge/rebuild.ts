// A canonical fact made again from its reports, as the merge would have made it from them in the
// order they were stored: the first report's values, each later one joined by the merge rules.
// Used when a fact's reports change other than by merging a document: a document removed, a
// correction undone, an analyst's merge or split. Values every report of one fact shares by
// construction (countries, parties, the trade key) are taken from most reports, so a fact an
// analyst made of reports that differ keeps what most of them say.
import type { AgreementT, EventT, PersonT, TradeT } from '../facts/schema.js';
import type { AgreementRecord, EventRecord, Participant, PersonRecord, TradeRecord } from './merge-port.js';
import { combinedAgreement, countriesKey, joinedEvent, joinedPerson } from './merge-rules.js';
import { nameKey, namesCompatible } from '../names/names.js';

type Data<T> = Omit<T, 'evidence' | 'rule'>;

/** The value most reports give, the first report's on a tie. */
function mostCommon<T>(values: readonly T[], key: (v: T) => string = String): T {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best!.value;
}

const first = <T>(reports: readonly T[]): T => {
  if (!reports.length) throw new Error('a fact is rebuilt from at least one report');
  return reports[0]!;
};

/** Participants of a report, linked to the canonical people `known` names (the fact's participants before). */
function linked(participants: EventT['participants'], known: readonly Participant[]): Participant[] {
  return participants.map((p) => ({ ...p, person_id: known.find((k) => k.person_id && namesCompatible(nameKey(k.name), nameKey(p.name)))?.person_id ?? null }));
}

export function rebuildEvent(id: string, reports: ReadonlyArray<Data<EventT>>, known: readonly Participant[]): EventRecord {
  const head = first(reports);
  const countries = mostCommon(reports.map((r) => countriesKey(r.countries)));
  let record: EventRecord = {
    id,
    type: head.type,
    date: head.date,
    end_date: head.end_date,
    date_basis: head.date_basis ?? null,
    planned: mostCommon(reports.map((r) => r.planned)),
    place: head.place,
    countries,
    participants: linked(head.participants, known),
  };
  for (const r of reports.slice(1)) record = { ...record, ...joinedEvent(record, { ...r, date_basis: r.date_basis ?? null }, linked(r.participants, known)) };
  return record;
}

export function rebuildAgreement(id: string, reports: ReadonlyArray<Data<AgreementT>>): AgreementRecord {
  const head = first(reports);
  let dated: Pick<AgreementT, 'date' | 'status'> = { date: head.date, status: head.status };
  for (const r of reports.slice(1)) dated = combinedAgreement(dated, r);
  return { id, title: head.title, kind: mostCommon(reports.map((r) => r.kind)), parties: mostCommon(reports.map((r) => countriesKey(r.parties))), ...dated };
}

export function rebuildTrade(id: string, reports: ReadonlyArray<Data<TradeT>>): TradeRecord {
  const head = first(reports);
  const key = mostCommon(reports, (r) => JSON.stringify([countriesKey(r.parties), r.measure, r.kind, r.year, r.from, r.to, r.scope]));
  return {
    id,
    parties: countriesKey(key.parties),
    measure: key.measure,
    kind: key.kind,
    year: key.year,
    from: key.from,
    to: key.to,
    scope: key.scope,
    value_usd: head.value_usd,
    amount: head.amount ?? null,
    currency: head.currency ?? null,
    qualifier: head.qualifier,
  };
}

export function rebuildPerson(id: string, reports: ReadonlyArray<Data<PersonT>>): PersonRecord {
  const head = first(reports);
  let person = { name: head.name, family_key: nameKey(head.name).family, aliases: [...head.aliases].sort(), role: head.role };
  for (const r of reports.slice(1)) person = joinedPerson(person, r);
  const countries = reports.map((r) => r.country).filter((c): c is string => c !== null);
  return { id, ...person, country: countries.length ? mostCommon(countries) : null };
}
