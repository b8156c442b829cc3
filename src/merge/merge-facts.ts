// Each fact a document states, merged into the canonical fact it belongs to: find candidates by
// indexed keys (the port), choose one by the rules (merge-rules.ts), update the canonical fact, and
// add the mention; or store the fact as a new canonical one, findable by its countries and words.
// Each is a flow of port calls (merge-steps.ts), so it runs the same on a synchronous or an
// asynchronous backend.
import type { AgreementT, EventT, EvidenceT, PersonT, TradeT } from '../facts/schema.js';
import { factId } from './fact-ids.js';
import type { FactKind, Participant } from './merge-port.js';
import {
  chooseAgreement, chooseEvent, combinedAgreement, choosePerson, chooseTrade, combinedPlace, countriesKey, fullerName, preferredEventType, sameValueRange,
} from './merge-rules.js';
import { combinedDate, encounterWindow, signingWindow } from './date-spans.js';
import { ask, type MergeSteps } from './merge-steps.js';
import { nameKey, namesCompatible } from '../names/names.js';

/** The document whose facts are being merged. */
export interface MergeContext {
  readonly documentId: number;
  /** Ids of new canonical facts come from the first report's content hash and the fact's key. */
  readonly contentHash: string;
}

function addMention(ctx: MergeContext, kind: FactKind, id: string, fact: { readonly evidence: readonly EvidenceT[]; readonly rule?: string }): MergeSteps<void> {
  const { evidence, rule, ...data } = fact;
  return ask('addMention', { kind, factId: id, documentId: ctx.documentId, rule: rule ?? null, data, evidence });
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The canonical person this mention is (one is made when none fits); returns its id. */
export function* mergePerson(ctx: MergeContext, index: number, person: PersonT): MergeSteps<string> {
  const key = nameKey(person.name);
  const exact = yield* ask('peopleByFamily', key.family);
  // One typo in a long family name (names.ts decides): same country, same first two letters.
  const typos = person.country && key.family.length >= 6 && key.given.length ? yield* ask('peopleByFamilyPrefix', person.country, key.family.slice(0, 2), key.family) : [];
  const records = [...exact, ...typos];
  const match = choosePerson(person.name, person.country, records, person.role);
  if (match) {
    const name = fullerName(match.name, person.name);
    const aliases = new Set([...match.aliases, match.name, person.name, ...person.aliases]);
    aliases.delete(name);
    const update = { id: match.id, name, family_key: nameKey(name).family, aliases: [...aliases].sort(), role: person.role ?? match.role };
    if (update.name !== match.name || update.family_key !== match.family_key || update.role !== match.role || !sameList(update.aliases, match.aliases)) yield* ask('updatePerson', update);
    yield* addMention(ctx, 'person', match.id, person);
    return match.id;
  }
  const id = factId('pe', ctx.contentHash, index, person.name, person.country);
  yield* ask('insertPerson', { id, name: person.name, family_key: key.family, country: person.country, aliases: person.aliases, role: person.role });
  yield* ask('indexFact', 'person', id, person.country ? [person.country] : [], [person.name, ...person.aliases, person.role ?? ''].join(' '));
  yield* addMention(ctx, 'person', id, person);
  return id;
}

/**
 * Merges an event into the same encounter reported before, or stores it. The canonical encounter
 * takes every participant, the most specific place, the most specific type and the most reliable
 * date (date-spans.ts), whatever the order its reports arrive in.
 */
export function* mergeEvent(ctx: MergeContext, index: number, event: EventT, personOf: (name: string) => string | null): MergeSteps<void> {
  const countries = countriesKey(event.countries);
  const participants: Participant[] = event.participants.map((p) => ({ ...p, person_id: personOf(p.name) }));
  const reported = { date: event.date, end_date: event.end_date, date_basis: event.date_basis ?? null };
  const window = encounterWindow(reported);
  if (window) {
    const match = chooseEvent(event, yield* ask('eventsNear', countries, window));
    if (match) {
      const merged = [...match.participants];
      for (const p of participants) if (!merged.some((x) => namesCompatible(nameKey(x.name), nameKey(p.name)))) merged.push(p);
      const date = combinedDate(match, reported);
      yield* ask('updateEvent', { id: match.id, participants: merged, place: combinedPlace(match.place, event.place), type: preferredEventType(match.type, event.type), date: date.date, end_date: date.end_date, date_basis: date.date_basis });
      return yield* addMention(ctx, 'event', match.id, event);
    }
  }
  const id = factId('ev', ctx.contentHash, index, event.date, countries, event.type);
  yield* ask('insertEvent', { id, type: event.type, ...reported, planned: event.planned, place: event.place, countries, participants });
  const where = event.place ? [event.place.name, event.place.city].filter(Boolean).join(' ') : '';
  yield* ask('indexFact', 'event', id, event.countries, [event.type.replace('_', ' '), countries, where, ...participants.map((p) => p.name)].join(' '));
  yield* addMention(ctx, 'event', id, event);
}

/** Merges an agreement into the same document reported before (combinedAgreement: the more precise date, the furthest status), or stores it. */
export function* mergeAgreement(ctx: MergeContext, index: number, agreement: AgreementT): MergeSteps<void> {
  const parties = countriesKey(agreement.parties);
  const match = chooseAgreement(agreement, yield* ask('agreementsOf', parties, agreement.kind, agreement.date ? signingWindow(agreement.date) : null));
  if (match) {
    const combined = combinedAgreement(match, agreement);
    if (combined.date !== match.date || combined.status !== match.status) yield* ask('updateAgreement', { id: match.id, ...combined });
    return yield* addMention(ctx, 'agreement', match.id, agreement);
  }
  const id = factId('ag', ctx.contentHash, index, agreement.title, parties);
  yield* ask('insertAgreement', { id, title: agreement.title, kind: agreement.kind, parties, status: agreement.status, date: agreement.date });
  yield* ask('indexFact', 'agreement', id, agreement.parties, `${agreement.title} ${agreement.kind} ${parties}`);
  yield* addMention(ctx, 'agreement', id, agreement);
}

/** Adds a trade figure to the claim with the same key and value (within the tolerance), or stores a new claim. */
export function* mergeTrade(ctx: MergeContext, index: number, trade: TradeT): MergeSteps<void> {
  const parties = countriesKey(trade.parties);
  const key = { parties, measure: trade.measure, kind: trade.kind, year: trade.year, from: trade.from, to: trade.to, scope: trade.scope };
  const figure = { value_usd: trade.value_usd, amount: trade.amount ?? null, currency: trade.currency ?? null, qualifier: trade.qualifier };
  // A dollar value narrows the look-up to nearby values; a figure without one compares amounts.
  const match = chooseTrade(figure, yield* ask('tradeClaims', key, figure.value_usd === null ? null : sameValueRange(figure.value_usd)));
  if (match) return yield* addMention(ctx, 'trade', match.id, trade);
  const id = factId('tr', ctx.contentHash, index, parties, trade.measure, trade.year, trade.kind, trade.value_usd ?? `${figure.amount} ${figure.currency}`);
  yield* ask('insertTrade', { ...key, id, ...figure });
  yield* ask('indexFact', 'trade', id, trade.parties, `${trade.measure} ${trade.kind} ${parties} ${trade.year ?? ''} ${trade.scope ?? ''}`);
  yield* addMention(ctx, 'trade', id, trade);
}
