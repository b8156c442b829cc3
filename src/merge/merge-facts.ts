// Each fact a document states, merged into the canonical fact it belongs to: find candidates by
// indexed keys (the port), choose one by the rules (merge-rules.ts), update the canonical fact, and
// add the mention; or store the fact as a new canonical one, findable by its countries and words.
// Each is a flow of port calls (merge-steps.ts), so it runs the same on a synchronous or an
// asynchronous backend.
import type { AgreementT, EventT, EvidenceT, PersonT, TradeT } from '../facts/schema.js';
import { factId } from './fact-ids.js';
import type { FactKind, Participant } from './merge-port.js';
import { indexEntry, type StoredFact } from './fact-index.js';
import {
  chooseAgreement,
  chooseEvent,
  combinedAgreement,
  choosePerson,
  chooseTrade,
  countriesKey,
  joinedEvent,
  joinedPerson,
  sameValueRange,
} from './merge-rules.js';
import { encounterWindow, signingWindow } from './date-spans.js';
import { ask, type MergeSteps } from './merge-steps.js';
import { nameKey } from '../names/names.js';

/** The document whose facts are being merged. */
export interface MergeContext {
  readonly documentId: number;
  /** Ids of new canonical facts come from the first report's content hash and the fact's key. */
  readonly contentHash: string;
}

function addMention(
  ctx: MergeContext,
  kind: FactKind,
  id: string,
  fact: { readonly evidence: readonly EvidenceT[]; readonly rule?: string },
): MergeSteps<void> {
  const { evidence, rule, ...data } = fact;
  return ask('addMention', { kind, factId: id, documentId: ctx.documentId, rule: rule ?? null, data, evidence });
}

/**
 * An id for a new canonical fact: the one made from its first report's content, unless a fact
 * holds it already (a fact kept by other reports after its first document was removed, or moved
 * by a correction, while that document is merged again): then one derived from it.
 */
function* freeId(kind: FactKind, id: string): MergeSteps<string> {
  let free = id;
  while (yield* ask('hasFact', kind, free)) free = factId(free.slice(0, 2) as 'ev' | 'ag' | 'tr' | 'pe', free, 'taken');
  return free;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The canonical person this mention is (one is made when none fits); returns its id. */
export function* mergePerson(ctx: MergeContext, index: number, person: PersonT): MergeSteps<string> {
  const key = nameKey(person.name);
  const exact = yield* ask('peopleByFamily', key.family);
  // One typo in a long family name (names.ts decides): same country, same first two letters.
  const typos =
    person.country && key.family.length >= 6 && key.given.length ? yield* ask('peopleByFamilyPrefix', person.country, key.family.slice(0, 2), key.family) : [];
  const records = [...exact, ...typos];
  const match = choosePerson(person.name, person.country, records, person.role);
  if (match) {
    const update = { id: match.id, ...joinedPerson(match, person) };
    if (update.name !== match.name || update.family_key !== match.family_key || update.role !== match.role || !sameList(update.aliases, match.aliases))
      yield* ask('updatePerson', update);
    yield* addMention(ctx, 'person', match.id, person);
    return match.id;
  }
  const id = yield* freeId('person', factId('pe', ctx.contentHash, index, person.name, person.country));
  const record = { id, name: person.name, family_key: key.family, country: person.country, aliases: person.aliases, role: person.role };
  yield* ask('insertPerson', record);
  yield* indexFact({ kind: 'person', record });
  yield* addMention(ctx, 'person', id, person);
  return id;
}

/**
 * Merges an event into the same encounter reported before, or stores it. The canonical encounter
 * takes every participant, the most specific place, the most specific type and the most reliable
 * date (date-spans.ts), whatever the order its reports arrive in.
 */
export function* mergeEvent(ctx: MergeContext, index: number, event: EventT, personOf: (name: string) => string | null): MergeSteps<string> {
  const countries = countriesKey(event.countries);
  const participants: Participant[] = event.participants.map((p) => ({ ...p, person_id: personOf(p.name) }));
  const reported = { date: event.date, end_date: event.end_date, date_basis: event.date_basis ?? null };
  const window = encounterWindow(reported);
  if (window) {
    const match = chooseEvent(event, yield* ask('eventsNear', countries, window));
    if (match) {
      yield* ask('updateEvent', { id: match.id, ...joinedEvent(match, { ...event, date_basis: reported.date_basis }, participants) });
      yield* addMention(ctx, 'event', match.id, event);
      return match.id;
    }
  }
  const id = yield* freeId('event', factId('ev', ctx.contentHash, index, event.date, countries, event.type));
  const record = { id, type: event.type, ...reported, planned: event.planned, place: event.place, countries, participants };
  yield* ask('insertEvent', record);
  yield* indexFact({ kind: 'event', record });
  yield* addMention(ctx, 'event', id, event);
  return id;
}

/** Merges an agreement into the same document reported before (combinedAgreement: the more precise date, the furthest status), or stores it. */
export function* mergeAgreement(ctx: MergeContext, index: number, agreement: AgreementT): MergeSteps<string> {
  const parties = countriesKey(agreement.parties);
  const match = chooseAgreement(agreement, yield* ask('agreementsOf', parties, agreement.kind, agreement.date ? signingWindow(agreement.date) : null));
  if (match) {
    const combined = combinedAgreement(match, agreement);
    if (combined.date !== match.date || combined.status !== match.status) yield* ask('updateAgreement', { id: match.id, ...combined });
    yield* addMention(ctx, 'agreement', match.id, agreement);
    return match.id;
  }
  const id = yield* freeId('agreement', factId('ag', ctx.contentHash, index, agreement.title, parties));
  const record = { id, title: agreement.title, kind: agreement.kind, parties, status: agreement.status, date: agreement.date };
  yield* ask('insertAgreement', record);
  yield* indexFact({ kind: 'agreement', record });
  yield* addMention(ctx, 'agreement', id, agreement);
  return id;
}

/** Adds a trade figure to the claim with the same key and value (within the tolerance), or stores a new claim. */
export function* mergeTrade(ctx: MergeContext, index: number, trade: TradeT): MergeSteps<string> {
  const parties = countriesKey(trade.parties);
  const key = { parties, measure: trade.measure, kind: trade.kind, year: trade.year, from: trade.from, to: trade.to, scope: trade.scope };
  const figure = { value_usd: trade.value_usd, amount: trade.amount ?? null, currency: trade.currency ?? null, qualifier: trade.qualifier };
  // A dollar value narrows the look-up to nearby values; a figure without one compares amounts.
  const match = chooseTrade(figure, yield* ask('tradeClaims', key, figure.value_usd === null ? null : sameValueRange(figure.value_usd)));
  if (match) {
    yield* addMention(ctx, 'trade', match.id, trade);
    return match.id;
  }
  const id = yield* freeId(
    'trade',
    factId('tr', ctx.contentHash, index, parties, trade.measure, trade.year, trade.kind, trade.value_usd ?? `${figure.amount} ${figure.currency}`),
  );
  const record = { ...key, id, ...figure };
  yield* ask('insertTrade', record);
  yield* indexFact({ kind: 'trade', record });
  yield* addMention(ctx, 'trade', id, trade);
  return id;
}

/** Makes a stored fact findable by its countries and words (fact-index.ts). */
export function* indexFact(fact: StoredFact): MergeSteps<void> {
  const entry = indexEntry(fact);
  yield* ask('indexFact', fact.kind, fact.record.id, entry.countries, entry.body);
}
