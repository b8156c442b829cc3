// Writing one document in one transaction: the document row, its sentences, near-duplicate link,
// and each fact merged into the canonical fact it belongs to (merge/merge-rules.ts decides).
import type { Kysely, Transaction } from 'kysely';
import type { AgreementT, EventT, EvidenceT, PersonT, TradeT } from '../../facts/schema.js';
import { factId } from '../../merge/fact-ids.js';
import {
  chooseAgreement, chooseEvent, choosePerson, chooseTrade, countriesKey, fullerName, preferredEventType, type PersonCandidate,
} from '../../merge/merge-rules.js';
import { nameKey, namesCompatible } from '../../merge/names.js';
import {
  BandIndex, nearDuplicate, signatureFromBytes, signatureToBytes,
} from '../../merge/near-duplicates.js';
import type { AnalysedDocument, SaveOutcome } from '../store.js';
import type { SqliteSchema } from './sqlite-database.js';

type Tx = Transaction<SqliteSchema> | Kysely<SqliteSchema>;
type FactKind = 'event' | 'agreement' | 'trade' | 'person';
const TABLE = { event: 'events', agreement: 'agreements', trade: 'trade', person: 'people' } as const;

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Removes a document's mentions and evidence; canonical facts left without any mention go too. */
export async function removeFacts(trx: Tx, documentId: number): Promise<void> {
  const facts = await trx.selectFrom('mentions').select(['kind', 'fact_id']).distinct().where('document_id', '=', documentId).execute();
  await trx.deleteFrom('evidence').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('mentions').where('document_id', '=', documentId).execute();
  for (const { kind, fact_id } of facts) {
    const left = await trx.selectFrom('mentions').select('id').where('fact_id', '=', fact_id).limit(1).executeTakeFirst();
    if (left) continue;
    await trx.deleteFrom(TABLE[kind as FactKind]).where('id', '=', fact_id).execute();
    await trx.deleteFrom('fact_countries').where('fact_id', '=', fact_id).execute();
    await trx.deleteFrom('facts_fts').where('fact_id', '=', fact_id).execute();
  }
}

async function addMention(trx: Tx, kind: FactKind, factIdValue: string, documentId: number, fact: { evidence: EvidenceT[]; rule?: string }): Promise<void> {
  const { evidence, rule, ...data } = fact;
  const mention = await trx
    .insertInto('mentions')
    .values({ kind, fact_id: factIdValue, document_id: documentId, rule: rule ?? null, data: JSON.stringify(data) })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (evidence.length) {
    await trx
      .insertInto('evidence')
      .values(evidence.map((e) => ({ mention_id: mention.id, document_id: documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text })))
      .execute();
  }
}

async function addCanonical(trx: Tx, kind: FactKind, id: string, countries: readonly string[], body: string): Promise<void> {
  const unique = [...new Set(countries)];
  if (unique.length) await trx.insertInto('fact_countries').values(unique.map((country) => ({ country, kind, fact_id: id }))).onConflict((c) => c.doNothing()).execute();
  await trx.insertInto('facts_fts').values({ kind, fact_id: id, body }).execute();
}

async function savePerson(trx: Tx, doc: AnalysedDocument, index: number, documentId: number, person: PersonT): Promise<string> {
  const key = nameKey(person.name);
  const exact = await trx.selectFrom('people').selectAll().where('family_key', '=', key.family).execute();
  // One typo in a long family name (merge/names.ts decides): same country, same first two letters.
  const prefix = key.family.slice(0, 2);
  const typos = person.country && key.family.length >= 6 && key.given.length
    ? await trx.selectFrom('people').selectAll().where('country', '=', person.country).where('family_key', '>=', prefix).where('family_key', '<', `${prefix}\uffff`).where('family_key', '!=', key.family).execute()
    : [];
  const rows = [...exact, ...typos];
  const candidates: PersonCandidate[] = rows.map((r) => ({ id: r.id, name: r.name, country: r.country, aliases: JSON.parse(r.aliases) as string[], mentions: 0 }));
  const match = choosePerson(person.name, person.country, candidates);
  if (match) {
    const name = fullerName(match.name, person.name);
    const aliases = new Set([...match.aliases, match.name, person.name, ...person.aliases]);
    aliases.delete(name);
    await trx.updateTable('people').set({ name, family_key: nameKey(name).family, aliases: JSON.stringify([...aliases].sort()) }).where('id', '=', match.id).execute();
    await addMention(trx, 'person', match.id, documentId, person);
    return match.id;
  }
  const id = factId('pe', doc.contentHash, index, person.name, person.country);
  await trx.insertInto('people').values({ id, name: person.name, family_key: key.family, country: person.country, aliases: JSON.stringify(person.aliases) }).execute();
  await addCanonical(trx, 'person', id, person.country ? [person.country] : [], [person.name, ...person.aliases, person.role ?? ''].join(' '));
  await addMention(trx, 'person', id, documentId, person);
  return id;
}

type Participant = { name: string; country: string | null; person_id: string | null };

async function saveEvent(trx: Tx, doc: AnalysedDocument, index: number, documentId: number, event: EventT, personOf: (name: string) => string | null): Promise<void> {
  const countries = countriesKey(event.countries);
  const participants: Participant[] = event.participants.map((p) => ({ ...p, person_id: personOf(p.name) }));
  if (event.date) {
    const rows = await trx.selectFrom('events').selectAll().where('date', '=', event.date).where('countries', '=', countries).execute();
    const candidates = rows.map((r) => ({ ...r, planned: r.planned === 1, participants: JSON.parse(r.participants) as Participant[] }));
    const match = chooseEvent(event, candidates);
    if (match) {
      const merged = [...match.participants];
      for (const p of participants) if (!merged.some((q) => namesCompatible(nameKey(q.name), nameKey(p.name)))) merged.push(p);
      const place = match.place ?? (event.place ? JSON.stringify(event.place) : null);
      const type = preferredEventType(match.type as EventT['type'], event.type);
      await trx.updateTable('events').set({ participants: JSON.stringify(merged), place, type }).where('id', '=', match.id).execute();
      await addMention(trx, 'event', match.id, documentId, event);
      return;
    }
  }
  const id = factId('ev', doc.contentHash, index, event.date, countries, event.type);
  await trx
    .insertInto('events')
    .values({ id, type: event.type, date: event.date, end_date: event.end_date, planned: event.planned ? 1 : 0, place: event.place ? JSON.stringify(event.place) : null, countries, participants: JSON.stringify(participants) })
    .execute();
  const where = event.place ? [event.place.name, event.place.city].filter(Boolean).join(' ') : '';
  await addCanonical(trx, 'event', id, event.countries, [event.type.replace('_', ' '), countries, where, ...participants.map((p) => p.name)].join(' '));
  await addMention(trx, 'event', id, documentId, event);
}

async function saveAgreement(trx: Tx, doc: AnalysedDocument, index: number, documentId: number, agreement: AgreementT): Promise<void> {
  const parties = countriesKey(agreement.parties);
  const rows = await trx.selectFrom('agreements').selectAll().where('parties', '=', parties).where('kind', '=', agreement.kind).execute();
  const match = chooseAgreement(agreement, rows);
  if (match) {
    if (!match.date && agreement.date) await trx.updateTable('agreements').set({ date: agreement.date }).where('id', '=', match.id).execute();
    await addMention(trx, 'agreement', match.id, documentId, agreement);
    return;
  }
  const id = factId('ag', doc.contentHash, index, agreement.title, parties);
  await trx.insertInto('agreements').values({ id, title: agreement.title, kind: agreement.kind, parties, status: agreement.status, date: agreement.date }).execute();
  await addCanonical(trx, 'agreement', id, agreement.parties, `${agreement.title} ${agreement.kind} ${parties}`);
  await addMention(trx, 'agreement', id, documentId, agreement);
}

async function saveTrade(trx: Tx, doc: AnalysedDocument, index: number, documentId: number, trade: TradeT): Promise<void> {
  const parties = countriesKey(trade.parties);
  const rows = await trx
    .selectFrom('trade')
    .select(['id', 'value_usd'])
    .where('parties', '=', parties)
    .where('measure', '=', trade.measure)
    .where('kind', '=', trade.kind)
    .where('year', 'is', trade.year)
    .where('from_country', 'is', trade.from)
    .where('to_country', 'is', trade.to)
    .where('scope', 'is', trade.scope)
    .execute();
  const match = chooseTrade(trade, rows);
  if (match) {
    await addMention(trx, 'trade', match.id, documentId, trade);
    return;
  }
  const id = factId('tr', doc.contentHash, index, parties, trade.measure, trade.year, trade.kind, trade.value_usd);
  await trx
    .insertInto('trade')
    .values({ id, measure: trade.measure, parties, from_country: trade.from, to_country: trade.to, value_usd: trade.value_usd, qualifier: trade.qualifier, year: trade.year, kind: trade.kind, scope: trade.scope })
    .execute();
  await addCanonical(trx, 'trade', id, trade.parties, `${trade.measure} ${trade.kind} ${parties} ${trade.year ?? ''} ${trade.scope ?? ''}`);
  await addMention(trx, 'trade', id, documentId, trade);
}

/**
 * The near-duplicate index of stored documents, in memory: loaded from the stored signatures on the
 * first write, then topped up with documents other processes added since (ids only grow).
 */
export class DuplicateFinder {
  #index = new BandIndex();
  readonly #signatures = new Map<number, { signature: Uint32Array; duplicateOf: number | null; source: string }>();
  #seen = 0;

  async #catchUp(trx: Tx): Promise<void> {
    const rows = await trx.selectFrom('documents').select(['id', 'source', 'minhash', 'duplicate_of']).where('id', '>', this.#seen).orderBy('id').execute();
    for (const r of rows) this.#add(r.id, signatureFromBytes(r.minhash), r.duplicate_of, r.source);
  }

  #add(id: number, signature: Uint32Array, duplicateOf: number | null, source: string): void {
    const old = this.#signatures.get(id);
    if (old) this.#index.remove(id, old.signature);
    this.#signatures.set(id, { signature, duplicateOf, source });
    this.#index.add(id, signature);
    this.#seen = Math.max(this.#seen, id);
  }

  /** The original this document republishes, if any; then remembers the document. */
  async link(trx: Tx, id: number, source: string, signature: Uint32Array): Promise<SaveOutcome['duplicateOf']> {
    await this.#catchUp(trx);
    let best: { id: number; similarity: number } | null = null;
    for (const candidate of this.#index.candidates(signature)) {
      if (candidate === id) continue;
      const c = this.#signatures.get(candidate)!;
      const s = nearDuplicate(signature, c.signature);
      if (s !== null && (!best || s > best.similarity)) best = { id: c.duplicateOf ?? candidate, similarity: s };
    }
    this.#add(id, signature, best?.id ?? null, source);
    if (!best) return null;
    return { id: best.id, source: this.#signatures.get(best.id)?.source ?? '', similarity: best.similarity };
  }

  /** After a rolled-back transaction: forget everything, reload from the database on the next write. */
  reset(): void {
    this.#index = new BandIndex();
    this.#signatures.clear();
    this.#seen = 0;
  }
}

export async function saveDocument(db: Kysely<SqliteSchema>, doc: AnalysedDocument, now: () => string, duplicates: DuplicateFinder): Promise<SaveOutcome> {
  try {
    return await writeDocument(db, doc, now, duplicates);
  } catch (error) {
    duplicates.reset();
    throw error;
  }
}

async function writeDocument(db: Kysely<SqliteSchema>, doc: AnalysedDocument, now: () => string, duplicates: DuplicateFinder): Promise<SaveOutcome> {
  return db.transaction().execute(async (trx) => {
    const f = doc.facts.document;
    const row = {
      source: doc.source,
      content_hash: doc.contentHash,
      extractor: doc.extractor,
      title: f.title,
      publisher: f.publisher,
      published: f.published,
      published_option: doc.publishedOption,
      fields: JSON.stringify(f),
      text: doc.text,
      raw: doc.raw,
      minhash: signatureToBytes(doc.minhash),
      ingested_at: now(),
    };
    const existing = await trx.selectFrom('documents').select('id').where('content_hash', '=', doc.contentHash).executeTakeFirst();
    let id: number;
    if (existing) {
      id = existing.id;
      await removeFacts(trx, id);
      await trx.deleteFrom('sentences').where('document_id', '=', id).execute();
      await trx.updateTable('documents').set(row).where('id', '=', id).execute();
    } else {
      id = (await trx.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id;
    }

    const duplicateOf = await duplicates.link(trx, id, doc.source, doc.minhash);
    if (duplicateOf) await trx.updateTable('documents').set({ duplicate_of: duplicateOf.id, similarity: duplicateOf.similarity }).where('id', '=', id).execute();
    else if (existing) await trx.updateTable('documents').set({ duplicate_of: null, similarity: null }).where('id', '=', id).execute();
    for (const part of chunks(doc.sentences, 400)) {
      await trx.insertInto('sentences').values(part.map((s) => ({ document_id: id, idx: s.index, start: s.start, end: s.end, text: s.text }))).execute();
    }

    // People first: event participants point at the canonical person.
    const people: Array<{ name: string; id: string }> = [];
    for (const [i, person] of doc.facts.people.entries()) people.push({ name: person.name, id: await savePerson(trx, doc, i, id, person) });
    const personOf = (name: string): string | null => people.find((p) => namesCompatible(nameKey(p.name), nameKey(name)))?.id ?? null;
    for (const [i, event] of doc.facts.events.entries()) await saveEvent(trx, doc, i, id, event, personOf);
    for (const [i, agreement] of doc.facts.agreements.entries()) await saveAgreement(trx, doc, i, id, agreement);
    for (const [i, trade] of doc.facts.trade.entries()) await saveTrade(trx, doc, i, id, trade);
    return { id, status: existing ? 'replaced' : 'stored', duplicateOf };
  });
}
