// Corrections as flows of port calls, like the merge (merge-steps.ts), so every backend applies them
// the same way. A correction is stored apart from the extracted facts, anchored to the reports of the
// fact it was made on (mention-keys.ts), and applied to the canonical fact in place: queries, exports
// and the dashboard read corrected values, and later reports are merged against them (a fact moved
// to the right pair of countries is no longer found under the wrong one).
//
// Applying one is in two steps. Regrouping: the reports its anchors name are gathered into the fact
// it applies to (after a reindex they may sit in a new fact, or a fact of their own); a merge gathers
// both facts' reports, a split moves one document's reports into a fact of their own. Refreshing:
// each fact whose reports changed is made again from them (rebuild.ts), then the value corrections
// in force on it are applied in the order they were made, and it is indexed again (or left out of
// the index when rejected). Undoing a correction rebuilds what it touched from the reports and
// applies the others again.
import { CHANGES, CorrectionError, correctableFields, kindOfId, type CorrectionAuthor, type CorrectionRequest, type FactKind } from '../facts/corrections.js';
import type { AgreementT, EventT, PersonT, TradeT } from '../facts/schema.js';
import { factId } from './fact-ids.js';
import type { StoredFact } from './fact-index.js';
import { indexFact } from './merge-facts.js';
import type { CorrectionRecord, EventRecord, Participant, StoredMention } from './merge-port.js';
import { countriesKey } from './merge-rules.js';
import { ask, type MergeSteps } from './merge-steps.js';
import { anchorOf, reportsAnchored, type Anchor } from './mention-keys.js';
import { nameKey, namesCompatible } from '../names/names.js';
import { rebuildAgreement, rebuildEvent, rebuildPerson, rebuildTrade } from './rebuild.js';

const PREFIX: Readonly<Record<FactKind, 'ev' | 'ag' | 'tr' | 'pe'>> = { event: 'ev', agreement: 'ag', trade: 'tr', person: 'pe' };
const NOUN: Readonly<Record<FactKind, string>> = { event: 'event', agreement: 'agreement', trade: 'trade figure', person: 'person' };

const codes = (key: string): string[] => (key ? key.split(',') : []);
/** The noun with its article. */
const a = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A fact's values in the words corrections use (facts/corrections.ts). */
function correctableValues(fact: StoredFact): Record<string, unknown> {
  switch (fact.kind) {
    case 'event':
      return {
        date: fact.record.date,
        end_date: fact.record.end_date,
        type: fact.record.type,
        planned: fact.record.planned,
        countries: codes(fact.record.countries),
      };
    case 'agreement':
      return { title: fact.record.title, kind: fact.record.kind, status: fact.record.status, date: fact.record.date, countries: codes(fact.record.parties) };
    case 'trade':
      return {
        measure: fact.record.measure,
        kind: fact.record.kind,
        year: fact.record.year,
        value_usd: fact.record.value_usd,
        countries: codes(fact.record.parties),
      };
    case 'person':
      return { name: fact.record.name, role: fact.record.role, country: fact.record.country };
  }
}

/** A trade figure's direction within corrected parties: a side that is no longer a party gives way to the new one. */
function direction(parties: readonly string[], from: string | null, to: string | null): { from: string | null; to: string | null } {
  if (from === null || to === null) return { from, to };
  const inside = (c: string, other: string): string => (parties.includes(c) ? c : (parties.find((p) => p !== other) ?? c));
  const f = inside(from, to);
  return { from: f, to: inside(to, f) };
}

/** The fact with a correction's values set. */
function withChanges(fact: StoredFact, changes: Readonly<Record<string, unknown>>): StoredFact {
  const has = (field: string): boolean => Object.hasOwn(changes, field);
  const countries = has('countries') ? countriesKey(changes.countries as string[]) : null;
  switch (fact.kind) {
    case 'event': {
      const c = changes as Partial<Pick<EventT, 'date' | 'end_date' | 'type' | 'planned'>>;
      const r = fact.record;
      // An analyst's date is a stated one: the merge treats it as a day the text gives.
      return {
        kind: 'event',
        record: { ...r, ...c, date_basis: has('date') ? (c.date ? 'stated' : null) : r.date_basis, countries: countries ?? r.countries },
      };
    }
    case 'agreement':
      return {
        kind: 'agreement',
        record: { ...fact.record, ...(changes as Partial<Pick<AgreementT, 'title' | 'kind' | 'status' | 'date'>>), parties: countries ?? fact.record.parties },
      };
    case 'trade': {
      const r = fact.record;
      const parties = countries ?? r.parties;
      return {
        kind: 'trade',
        record: {
          ...r,
          ...(changes as Partial<Pick<TradeT, 'measure' | 'kind' | 'year'>>),
          value_usd: has('value_usd') ? (changes.value_usd as number) : r.value_usd,
          parties,
          ...direction(codes(parties), r.from, r.to),
        },
      };
    }
    case 'person': {
      const c = changes as Partial<Pick<PersonT, 'name' | 'role' | 'country'>>;
      const r = fact.record;
      if (!c.name || c.name === r.name) return { kind: 'person', record: { ...r, ...c, name: r.name } };
      // The name the documents wrote stays findable as an alias.
      const aliases = [...new Set([...r.aliases, r.name])].filter((a) => a !== c.name).sort();
      return { kind: 'person', record: { ...r, ...c, name: c.name, family_key: nameKey(c.name).family, aliases } };
    }
  }
}

/** The fact made again from its reports (rebuild.ts), linking event participants to the people they were linked to. */
function rebuilt(fact: StoredFact, mentions: readonly StoredMention[], known: readonly Participant[]): StoredFact {
  const data = mentions.map((m) => m.data) as never[];
  const id = fact.record.id;
  switch (fact.kind) {
    case 'event':
      return { kind: 'event', record: rebuildEvent(id, data, [...fact.record.participants, ...known]) };
    case 'agreement':
      return { kind: 'agreement', record: rebuildAgreement(id, data) };
    case 'trade':
      return { kind: 'trade', record: rebuildTrade(id, data) };
    case 'person':
      return { kind: 'person', record: rebuildPerson(id, data) };
  }
}

/** A fact made of reports alone (a split's new fact, a merge undone). */
function factOfReports(kind: FactKind, id: string, mentions: readonly StoredMention[], known: readonly Participant[]): StoredFact {
  const data = mentions.map((m) => m.data) as never[];
  switch (kind) {
    case 'event':
      return { kind, record: rebuildEvent(id, data, known) };
    case 'agreement':
      return { kind, record: rebuildAgreement(id, data) };
    case 'trade':
      return { kind, record: rebuildTrade(id, data) };
    case 'person':
      return { kind, record: rebuildPerson(id, data) };
  }
}

/** The reports the anchors name: in every document they name, or only in documents with `source`. */
function* reportsNamed(anchors: readonly Anchor[], kind: FactKind, source: string | null): MergeSteps<StoredMention[]> {
  const found = new Map<number, StoredMention>();
  const documents = [...new Set(anchors.map((a) => a.document))].filter((d) => source === null || d === source);
  for (const document of documents) {
    const reports = yield* ask('mentionsOfSource', document);
    for (const anchor of anchors) if (anchor.document === document) for (const m of reportsAnchored(anchor, kind, reports)) found.set(m.id, m);
  }
  return [...found.values()];
}

/** The fact most of these reports belong to (the earliest stored on a tie), or null. */
function mostReported(mentions: readonly StoredMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.factId, (counts.get(m.factId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

/** Facts whose reports a regrouping changed, to be made again from them. */
type Changed = Set<string>;

/**
 * Moves reports into a fact. A fact left without reports is deleted; the corrections applied to it
 * and, for a person, the events naming them follow the fact its reports joined.
 */
function* moveReports(kind: FactKind, mentions: readonly StoredMention[], to: string, changed: Changed): MergeSteps<void> {
  const moving = mentions.filter((m) => m.factId !== to);
  if (!moving.length) return;
  yield* ask(
    'moveMentions',
    moving.map((m) => m.id),
    to,
  );
  changed.add(to);
  for (const from of new Set(moving.map((m) => m.factId))) {
    if ((yield* ask('mentionsOfFact', from)).length) {
      changed.add(from);
      continue;
    }
    changed.delete(from);
    yield* ask('retargetCorrections', from, to);
    if (kind === 'person') yield* relinkParticipants(from, to, () => true);
    yield* ask('deleteFact', kind, from);
  }
}

/** Points event participants linked to person `from` at person `to`, where `which` says so. */
function* relinkParticipants(from: string, to: string, which: (event: EventRecord, participant: Participant) => boolean): MergeSteps<void> {
  for (const event of yield* ask('eventsWithPerson', from)) {
    const participants = event.participants.map((p) => (p.person_id === from && which(event, p) ? { ...p, person_id: to } : p));
    yield* ask('writeFact', { kind: 'event', record: { ...event, participants } });
  }
}

/** Makes a fact of `mentions` under `id` (a split, a merge undone), moving them out of the facts they were in. */
function* factFrom(kind: FactKind, id: string, mentions: readonly StoredMention[], changed: Changed): MergeSteps<void> {
  if (!(yield* ask('fact', kind, id))) {
    const known: Participant[] = [];
    for (const from of new Set(mentions.map((m) => m.factId))) {
      const fact = yield* ask('fact', kind, from);
      if (fact?.kind === 'event') known.push(...fact.record.participants);
    }
    yield* ask('insertFact', factOfReports(kind, id, mentions, known));
  }
  yield* moveReports(kind, mentions, id, changed);
}

/**
 * Gathers the reports a correction names into the fact it applies to, and returns that fact (null
 * when none of them is stored). `source` narrows the look-up to the reports of one document (after
 * a document is merged) while the fact the correction applies to still exists.
 */
function* regroup(c: CorrectionRecord, source: string | null, changed: Changed, gather: boolean): MergeSteps<string | null> {
  const current = c.appliedTo !== null && (yield* ask('fact', c.kind, c.appliedTo)) ? c.appliedTo : null;
  if (c.action === 'split') {
    const named = yield* reportsNamed(c.anchors, c.kind, source);
    const id = current ?? c.otherId!;
    const leaving = named.filter((m) => m.source === c.document);
    if (leaving.length) yield* factFrom(c.kind, id, leaving, changed);
    // The merge may have joined the other documents' reports to the split-off fact: they go back to
    // the fact holding the rest of them (the original id when none does).
    const strays = named.filter((m) => m.source !== c.document && m.factId === id);
    if (strays.length) {
      const others = (yield* reportsNamed(c.anchors, c.kind, null)).filter((m) => m.source !== c.document && m.factId !== id);
      yield* factFrom(c.kind, mostReported(others) ?? c.factId, strays, changed);
    }
    return (yield* ask('fact', c.kind, id)) ? id : null;
  }
  // With the fact gone, only every anchor together says where its reports are now.
  const scope = current === null ? null : source;
  const main = yield* reportsNamed(c.anchors, c.kind, scope);
  const other = yield* reportsNamed(c.otherAnchors, c.kind, scope);
  // Every report looked at: the fact holding most of the main ones (the first fact's, for a merge).
  const target = scope === null ? (mostReported(main) ?? mostReported(other) ?? current) : current;
  if (target === null) return null;
  if (gather || c.action === 'merge') yield* moveReports(c.kind, [...main, ...other], target, changed);
  return target;
}

/** Makes a fact's corrected values true again: rebuilt from its reports when they changed, then each value correction in force, then indexed. */
function* refresh(kind: FactKind, id: string, rebuild: boolean): MergeSteps<void> {
  let fact = yield* ask('fact', kind, id);
  if (!fact) return;
  if (rebuild) {
    const mentions = yield* ask('mentionsOfFact', id);
    if (!mentions.length) {
      yield* ask('retargetCorrections', id, null);
      return yield* ask('deleteFact', kind, id);
    }
    fact = rebuilt(fact, mentions, []);
  }
  const corrections = yield* ask('correctionsAppliedTo', [id]);
  for (const c of corrections) if (c.action === 'correct' && c.changes) fact = withChanges(fact, c.changes);
  yield* ask('writeFact', fact);
  yield* ask('unindexFact', id);
  if (!corrections.some((c) => c.action === 'reject')) yield* indexFact(fact);
}

interface SettleOptions {
  /** Facts to refresh besides the corrections' own. */
  readonly alsoRefresh?: readonly string[];
  /** Facts to make again from their reports (regrouping adds those it changes). */
  readonly changed?: Changed;
  /**
   * Whether value corrections gather their reports into their fact. They do after a document is
   * merged (a corrected key, such as the countries, keeps a re-merged report out of its old fact),
   * not after an undo (they would join again what the undo took apart).
   */
  readonly gather?: boolean;
}

/**
 * Applies corrections again (oldest first): regroups their reports, then refreshes every fact
 * involved and those in `alsoRefresh`, rebuilding those `changed` holds.
 */
function* settle(corrections: readonly CorrectionRecord[], source: string | null, options: SettleOptions = {}): MergeSteps<void> {
  const changed = options.changed ?? new Set<string>();
  const targets = new Set<string>(options.alsoRefresh ?? []);
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    const target = yield* regroup(c, source, changed, options.gather ?? true);
    if (target !== c.appliedTo) yield* ask('setCorrectionTarget', c.id, target);
    if (target !== null) targets.add(target);
  }
  for (const id of new Set([...changed, ...targets])) {
    const kind = kindOfId(id);
    if (kind) yield* refresh(kind, id, changed.has(id));
  }
}

/** Makes facts again from their reports (a document left them) and corrects them by the corrections in force. */
export function* refreshFacts(facts: ReadonlyArray<{ readonly kind: FactKind; readonly id: string }>): MergeSteps<void> {
  const ids = facts.map((f) => f.id);
  if (!ids.length) return;
  const changed: Changed = new Set(ids);
  const corrections = (yield* ask('hasCorrections')) ? yield* ask('correctionsAppliedTo', ids) : [];
  yield* settle(corrections, null, { alsoRefresh: ids, changed, gather: false });
}

/**
 * After a document is merged: the corrections anchored to its reports gather them again (a reindex
 * or a re-ingest may have put them in new facts), and the corrected facts it reported are corrected
 * again (merging a report may have changed a corrected value).
 */
export function* correctionsAfterDocument(source: string, touched: readonly string[]): MergeSteps<void> {
  if (!(yield* ask('hasCorrections'))) return;
  const anchored = yield* ask('correctionsAnchoredAt', source);
  const applied = yield* ask('correctionsAppliedTo', touched);
  if (!anchored.length && !applied.length) return;
  yield* settle(anchored, source, { alsoRefresh: applied.map((c) => c.appliedTo).filter((id): id is string => id !== null) });
}

/** The id's kind, or a CorrectionError. */
function kindOf(id: string): FactKind {
  const kind = kindOfId(id);
  if (!kind) throw new CorrectionError(`${id} is not a fact id (ev_…, ag_…, tr_…, pe_… followed by 16 hex digits)`);
  return kind;
}

function* existing(id: string): MergeSteps<StoredFact> {
  const fact = yield* ask('fact', kindOf(id), id);
  if (!fact) throw new CorrectionError(`no fact ${id} (readout events, agreements, trade or people list the ids)`);
  return fact;
}

/** The changes checked against the kind's schema: a field the kind has not, or a value it refuses, is a CorrectionError. */
function checkedChanges(kind: FactKind, changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields = correctableFields(kind);
  const foreign = Object.keys(changes).filter((f) => !fields.includes(f));
  if (foreign.length)
    throw new CorrectionError(
      `${foreign.map((f) => `--${f.replace(/_/g, '-')}`).join(', ')} cannot be corrected on ${a(NOUN[kind])}: it takes ${fields.map((f) => `--${f.replace(/_/g, '-')}`).join(', ')}`,
    );
  if (!Object.keys(changes).length)
    throw new CorrectionError(`nothing to correct: give a new value (${fields.map((f) => `--${f.replace(/_/g, '-')}`).join(', ')})`);
  const parsed = CHANGES[kind].safeParse(changes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = `--${String(issue.path[0] ?? '').replace(/_/g, '-')}`;
    // A value of another kind of fact (a trade kind given to an agreement): say which values this kind takes.
    const allowed = issue.code === 'invalid_value' ? ` of ${a(NOUN[kind])} is one of ${issue.values.join(', ')}` : `: ${issue.message}`;
    throw new CorrectionError(`${option}${allowed}`);
  }
  return parsed.data;
}

const anchorsOf = (mentions: readonly StoredMention[]): Anchor[] => mentions.map((m) => anchorOf(m.source, m));

/** Stores a correction and applies it; returns its id. */
export function* makeCorrection(request: CorrectionRequest, author: CorrectionAuthor, at: string): MergeSteps<number> {
  const fact = yield* existing(request.factId);
  const kind = fact.kind;
  const mentions = yield* ask('mentionsOfFact', request.factId);
  const base = {
    kind,
    factId: request.factId,
    appliedTo: request.factId,
    anchors: anchorsOf(mentions),
    otherAnchors: [] as Anchor[],
    otherId: null,
    document: null,
    changes: null,
    previous: null,
    ...author,
    at,
  };
  let id: number;
  switch (request.action) {
    case 'correct': {
      const changes = checkedChanges(kind, request.changes);
      const before = correctableValues(fact);
      const previous = Object.fromEntries(Object.keys(changes).map((f) => [f, before[f] ?? null]));
      id = yield* ask('insertCorrection', { ...base, action: 'correct', changes, previous });
      break;
    }
    case 'reject':
      id = yield* ask('insertCorrection', { ...base, action: 'reject' });
      break;
    case 'merge': {
      if (kind !== 'event' && kind !== 'person') throw new CorrectionError(`only events and people are merged: ${request.factId} is ${a(NOUN[kind])}`);
      if (request.otherId === request.factId) throw new CorrectionError(`${request.factId} is one ${NOUN[kind]} already`);
      const other = yield* existing(request.otherId);
      if (other.kind !== kind) throw new CorrectionError(`${request.otherId} is not ${a(NOUN[kind])}: only two events or two people are merged`);
      const otherMentions = yield* ask('mentionsOfFact', request.otherId);
      id = yield* ask('insertCorrection', { ...base, action: 'merge', otherId: request.otherId, otherAnchors: anchorsOf(otherMentions) });
      break;
    }
    case 'split': {
      if (kind !== 'event' && kind !== 'person') throw new CorrectionError(`only events and people are split: ${request.factId} is ${a(NOUN[kind])}`);
      const leaving = mentions.filter((m) => m.source === request.document || String(m.documentId) === request.document);
      const sources = [...new Set(mentions.map((m) => m.source))];
      if (!leaving.length)
        throw new CorrectionError(`--source: ${request.factId} has no report in ${request.document}; its reports are in ${sources.join(', ')}`);
      if (leaving.length === mentions.length)
        throw new CorrectionError(`--source: every report of ${request.factId} is in ${leaving[0]!.source}: there is nothing to split it from`);
      const document = leaving[0]!.source;
      const otherId = factId(PREFIX[kind], 'split', request.factId, document, at);
      id = yield* ask('insertCorrection', { ...base, action: 'split', document, otherId, appliedTo: otherId });
      break;
    }
  }
  const stored = (yield* ask('correction', id))!;
  yield* settle([stored], null, { alsoRefresh: stored.action === 'split' ? [request.factId] : [] });
  if (stored.action === 'split' && kind === 'person') yield* relinkSplitPerson(request.factId, stored.otherId!, stored.document!);
  return id;
}

/** After a person is split: events reported only by the split document name the new person. */
function* relinkSplitPerson(from: string, to: string, document: string): MergeSteps<void> {
  const mentioned = new Map<string, boolean>();
  for (const event of yield* ask('eventsWithPerson', from)) {
    const sources = (yield* ask('mentionsOfFact', event.id)).map((m) => m.source);
    mentioned.set(event.id, sources.length > 0 && sources.every((s) => s === document));
  }
  yield* relinkParticipants(from, to, (event) => mentioned.get(event.id) === true);
}

/** Reverts a correction: what it regrouped is taken apart again, and the facts it touched are rebuilt and corrected by the others. */
export function* undoCorrection(id: number, by: string, at: string): MergeSteps<void> {
  const c = yield* ask('correction', id);
  if (!c) throw new CorrectionError(`no correction #${id} (readout corrections lists them)`);
  if (c.undone) throw new CorrectionError(`correction #${id} is undone already`);
  yield* ask('markCorrectionUndone', id, by, at);
  const changed: Changed = new Set();
  const target = c.appliedTo;
  if (c.action === 'merge' && target !== null && c.otherId !== null) {
    // The joined fact's reports leave under its old id.
    const joined = (yield* reportsNamed(c.otherAnchors, c.kind, null)).filter((m) => m.factId === target);
    if (joined.length && joined.length < (yield* ask('mentionsOfFact', target)).length) {
      yield* factFrom(c.kind, c.otherId, joined, changed);
      const names = joined.map((m) => nameKey(typeof m.data.name === 'string' ? m.data.name : ''));
      if (c.kind === 'person') yield* relinkParticipants(target, c.otherId, (_e, p) => names.some((n) => namesCompatible(n, nameKey(p.name))));
    }
  }
  if (c.action === 'split' && target !== null) {
    // The document's reports go back to the fact holding the others.
    const staying = (yield* reportsNamed(c.anchors, c.kind, null)).filter((m) => m.source !== c.document);
    const home = mostReported(staying.filter((m) => m.factId !== target));
    if (home !== null) {
      yield* moveReports(c.kind, yield* ask('mentionsOfFact', target), home, changed);
      changed.add(home);
    }
  }
  if (target !== null) changed.add(target);
  // The facts touched are made again from their reports, and the corrections in force on them
  // (which may have moved with the facts) find their reports again.
  const ids = [...changed];
  yield* settle(yield* ask('correctionsAppliedTo', ids), null, { alsoRefresh: ids, changed, gather: false });
}
