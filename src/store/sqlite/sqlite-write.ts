// Writing documents: the document row (its sentences with it), near-duplicate link, and each fact
// merged into the canonical fact it belongs to (merge/merge-rules.ts decides).
//
// Group commit: each document is written as it arrives into an open transaction, which commits once
// it holds `maxDocuments` (or `maxBytes`), once no document has come for `idleMs`, or `maxDelayMs`
// after it began, whichever comes first; a document that fails to store rolls the group back and
// the others are written again without it. A document's promise resolves only once its transaction
// has committed: whoever reports it stored can rely on it surviving a killed process. Rows nothing
// reads back within the group are inserted together at its end. The statements are prepared once
// (sqlite-statements.ts). Between documents the transaction stays open, so the store commits it
// before any query (sqlite-store.ts), and the write lock is held most of the time: one writer per
// database at a time (a second one waits for the lock, slowly).
// Ingest's "already stored?" check never meets a document of the open group: inputs with the same
// content wait for one another's commit (ingest.ts).
import type { AgreementT, EventT, EvidenceT, PersonT, TradeT } from '../../facts/schema.js';
import { factId } from '../../merge/fact-ids.js';
import {
  chooseAgreement, chooseEvent, choosePerson, chooseTrade, countriesKey, fullerName, preferredEventType, SAME_VALUE_TOLERANCE, type PersonCandidate,
} from '../../merge/merge-rules.js';
import { nameKey, namesCompatible } from '../../merge/names.js';
import { BandIndex, nearDuplicate, signatureFromBytes, signatureToBytes } from '../../merge/near-duplicates.js';
import type { AnalysedDocument, SaveOutcome } from '../store.js';
import { sentenceSpans } from './sentence-spans.js';
import { insertRow, insertRows, Query, type Connection, type Row } from './sqlite-statements.js';

type FactKind = 'event' | 'agreement' | 'trade' | 'person';
/** What makes two trade figures the same claim, value aside. */
type TradeKey = Pick<Row<'trade'>, 'parties' | 'measure' | 'kind' | 'year' | 'from_country' | 'to_country' | 'scope'>;

/** The prepared statements of the write path, typed by the schema. */
class Statements {
  readonly documentIdByHash;
  readonly insertDocument;
  readonly updateDocument;
  readonly setDuplicate;
  readonly documentsSince;
  readonly lastMentionId;
  readonly insertMentions;
  readonly insertEvidence;
  readonly insertFactCountries;
  readonly insertFactFts;
  readonly peopleByFamily;
  readonly peopleTypos;
  readonly updatePerson;
  readonly insertPerson;
  readonly eventsByKey;
  readonly updateEvent;
  readonly insertEvent;
  readonly agreementsByKey;
  readonly agreementsByKeyAndDate;
  readonly setAgreementDate;
  readonly insertAgreement;
  readonly tradeByKeyNear;
  readonly tradeByKeyInOrder;
  readonly insertTrade;
  readonly mentionedFacts;
  readonly deleteEvidence;
  readonly deleteMentions;
  readonly anyMention;
  readonly deleteFact: Record<FactKind, Query<{ id: string }>>;
  readonly deleteFactCountries;
  readonly deleteFactFts;

  constructor(db: Connection) {
    const documentColumns = ['source', 'content_hash', 'extractor', 'title', 'publisher', 'published', 'published_option', 'fields', 'text', 'sentences', 'raw', 'minhash', 'ingested_at'] as const;
    this.documentIdByHash = new Query<{ hash: string }, Pick<Row<'documents'>, 'id'>>(db, 'select "id" from "documents" where "content_hash" = @hash');
    this.insertDocument = insertRow(db, 'documents', documentColumns);
    this.updateDocument = new Query<Pick<Row<'documents'>, (typeof documentColumns)[number] | 'id'>>(
      db,
      `update "documents" set ${documentColumns.map((c) => `"${c}" = @${c}`).join(', ')} where "id" = @id`,
    );
    this.setDuplicate = new Query<Pick<Row<'documents'>, 'id' | 'duplicate_of' | 'similarity'>>(db, 'update "documents" set "duplicate_of" = @duplicate_of, "similarity" = @similarity where "id" = @id');
    this.documentsSince = new Query<{ id: number }, Pick<Row<'documents'>, 'id' | 'source' | 'minhash' | 'duplicate_of'>>(
      db,
      'select "id", "source", "minhash", "duplicate_of" from "documents" where "id" > @id order by "id"',
    );
    this.lastMentionId = new Query<Record<string, never>, { id: number }>(db, 'select coalesce(max("id"), 0) as "id" from "mentions"');
    this.insertMentions = insertRows(db, 'mentions', ['id', 'kind', 'fact_id', 'document_id', 'rule', 'data']);
    this.insertEvidence = insertRows(db, 'evidence', ['mention_id', 'document_id', 'sentence', 'start', 'end', 'text']);
    this.insertFactCountries = insertRows(db, 'fact_countries', ['country', 'kind', 'fact_id'], 'on conflict do nothing');
    this.insertFactFts = insertRows(db, 'facts_fts', ['kind', 'fact_id', 'body']);

    this.peopleByFamily = new Query<{ family: string }, Row<'people'>>(db, 'select * from "people" where "family_key" = @family');
    this.peopleTypos = new Query<{ country: string; from: string; to: string; family: string }, Row<'people'>>(
      db,
      'select * from "people" where "country" = @country and "family_key" >= @from and "family_key" < @to and "family_key" != @family',
    );
    this.updatePerson = new Query<Pick<Row<'people'>, 'id' | 'name' | 'family_key' | 'aliases'>>(db, 'update "people" set "name" = @name, "family_key" = @family_key, "aliases" = @aliases where "id" = @id');
    this.insertPerson = insertRow(db, 'people', ['id', 'name', 'family_key', 'country', 'aliases']);

    this.eventsByKey = new Query<Pick<Row<'events'>, 'date' | 'countries'>, Row<'events'>>(db, 'select * from "events" where "date" = @date and "countries" = @countries');
    this.updateEvent = new Query<Pick<Row<'events'>, 'id' | 'participants' | 'place' | 'type'>>(db, 'update "events" set "participants" = @participants, "place" = @place, "type" = @type where "id" = @id');
    this.insertEvent = insertRow(db, 'events', ['id', 'type', 'date', 'end_date', 'planned', 'place', 'countries', 'participants']);

    // Candidates come from indexed keys; the merge rules decide among them, in the order the rows
    // were stored (rowid). A pair accumulates hundreds of agreements and figures, so the queries leave
    // out rows the rules would reject anyway (dates that disagree, values far apart), reading only
    // index entries for them (migration 002), rather than load every row for every mention.
    this.agreementsByKey = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'>, Row<'agreements'>>(db, 'select * from "agreements" where "parties" = @parties and "kind" = @kind order by "rowid"');
    this.agreementsByKeyAndDate = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'> & { date: string }, Row<'agreements'>>(
      db,
      // Dates that agree: none, one that is a prefix of this one (a DATE is 4, 7 or 10 characters
      // long), or one this one is a prefix of. Three index probes joined: one condition with a
      // substr() on the column read every entry of the pair (0.1 ms for a busy pair).
      `select "id", "title", "kind", "parties", "status", "date" from (${['"date" is null', '"date" in (substr(@date, 1, 4), substr(@date, 1, 7), @date)', `"date" > @date and "date" < @date || '~'`]
        .map((dates) => `select "rowid" as "stored", * from "agreements" where "parties" = @parties and "kind" = @kind and ${dates}`)
        .join(' union all ')}) order by "stored"`,
    );
    this.setAgreementDate = new Query<Pick<Row<'agreements'>, 'id' | 'date'>>(db, 'update "agreements" set "date" = @date where "id" = @id');
    this.insertAgreement = insertRow(db, 'agreements', ['id', 'title', 'kind', 'parties', 'status', 'date']);

    const tradeKey = 'select "id", "value_usd" from "trade" where "parties" = @parties and "measure" = @measure and "kind" = @kind and "year" is @year and "from_country" is @from_country and "to_country" is @to_country and "scope" is @scope';
    this.tradeByKeyInOrder = new Query<TradeKey, Pick<Row<'trade'>, 'id' | 'value_usd'>>(db, `${tradeKey} order by "rowid"`);
    this.tradeByKeyNear = new Query<TradeKey & { low: number; high: number }, Pick<Row<'trade'>, 'id' | 'value_usd'>>(db, `${tradeKey} and "value_usd" between @low and @high order by "rowid"`);
    this.insertTrade = insertRow(db, 'trade', ['id', 'measure', 'parties', 'from_country', 'to_country', 'value_usd', 'qualifier', 'year', 'kind', 'scope']);

    this.mentionedFacts = new Query<{ id: number }, Pick<Row<'mentions'>, 'kind' | 'fact_id'>>(db, 'select distinct "kind", "fact_id" from "mentions" where "document_id" = @id');
    this.deleteEvidence = new Query<{ id: number }>(db, 'delete from "evidence" where "document_id" = @id');
    this.deleteMentions = new Query<{ id: number }>(db, 'delete from "mentions" where "document_id" = @id');
    this.anyMention = new Query<{ id: string }, Pick<Row<'mentions'>, 'id'>>(db, 'select "id" from "mentions" where "fact_id" = @id limit 1');
    this.deleteFact = {
      event: new Query(db, 'delete from "events" where "id" = @id'),
      agreement: new Query(db, 'delete from "agreements" where "id" = @id'),
      trade: new Query(db, 'delete from "trade" where "id" = @id'),
      person: new Query(db, 'delete from "people" where "id" = @id'),
    };
    this.deleteFactCountries = new Query<{ id: string }>(db, 'delete from "fact_countries" where "fact_id" = @id');
    this.deleteFactFts = new Query<{ id: string }>(db, 'delete from "facts_fts" where "fact_id" = @id');
  }
}

/**
 * The near-duplicate index of stored documents, in memory: loaded from the stored signatures at the
 * first transaction, then topped up at each transaction's start with documents other processes
 * added since (ids only grow). Within a transaction this writer holds the write lock, so nobody
 * else adds any: once per transaction is enough.
 */
export class DuplicateFinder {
  #index = new BandIndex();
  readonly #signatures = new Map<number, { signature: Uint32Array; duplicateOf: number | null; source: string }>();
  #seen = 0;

  constructor(private readonly since: (id: number) => ReadonlyArray<Pick<Row<'documents'>, 'id' | 'source' | 'minhash' | 'duplicate_of'>>) {}

  #add(id: number, signature: Uint32Array, duplicateOf: number | null, source: string): void {
    const old = this.#signatures.get(id);
    if (old) this.#index.remove(id, old.signature);
    this.#signatures.set(id, { signature, duplicateOf, source });
    this.#index.add(id, signature);
    this.#seen = Math.max(this.#seen, id);
  }

  /** Adds the documents other writers stored since the last call: call it when a transaction begins. */
  catchUp(): void {
    for (const r of this.since(this.#seen)) this.#add(r.id, signatureFromBytes(r.minhash), r.duplicate_of, r.source);
  }

  /** The original this document republishes, if any; then remembers the document. */
  link(id: number, source: string, signature: Uint32Array): SaveOutcome['duplicateOf'] {
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

  /** After a rollback: forget everything, reload from the database on the next write. */
  reset(): void {
    this.#index = new BandIndex();
    this.#signatures.clear();
    this.#seen = 0;
  }
}

type Participant = { name: string; country: string | null; person_id: string | null };

type Rows<F extends (rows: never) => void> = Parameters<F>[0] extends ReadonlyArray<infer R> ? R[] : never;

/**
 * Rows no write of the same transaction reads back — mentions, evidence, fact countries, fact
 * words — gathered over the whole transaction and inserted many per statement just before it
 * commits: a few statements per group instead of a dozen per document. Mention ids are handed
 * out here (the transaction holds the write lock, so nobody else takes them).
 */
class BatchRows {
  readonly mentions: Rows<Statements['insertMentions']> = [];
  readonly evidence: Rows<Statements['insertEvidence']> = [];
  readonly factCountries: Rows<Statements['insertFactCountries']> = [];
  readonly factWords: Rows<Statements['insertFactFts']> = [];
  #nextMentionId: number;

  constructor(private readonly q: Statements) {
    this.#nextMentionId = q.lastMentionId.get({})!.id + 1;
  }

  mentionId(): number {
    return this.#nextMentionId++;
  }

  /** Inserts what is gathered (before a commit, or before a read that must see it). */
  write(): void {
    const { q } = this;
    q.insertMentions(this.mentions.splice(0));
    q.insertEvidence(this.evidence.splice(0));
    q.insertFactCountries(this.factCountries.splice(0));
    q.insertFactFts(this.factWords.splice(0));
  }
}

/** One document's writes, inside the caller's transaction. */
class DocumentWrite {
  constructor(
    private readonly q: Statements,
    private readonly rows: BatchRows,
    private readonly duplicates: DuplicateFinder,
    private readonly doc: AnalysedDocument,
    private readonly now: string,
  ) {}

  run(): SaveOutcome {
    const { q, doc } = this;
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
      sentences: sentenceSpans(doc.text, doc.sentences),
      raw: doc.raw,
      minhash: signatureToBytes(doc.minhash),
      ingested_at: this.now,
    };
    const existing = q.documentIdByHash.get({ hash: doc.contentHash });
    let id: number;
    if (existing) {
      id = existing.id;
      this.removeFacts(id);
      q.updateDocument.run({ ...row, id });
    } else {
      id = q.insertDocument(row);
    }

    const duplicateOf = this.duplicates.link(id, doc.source, doc.minhash);
    if (duplicateOf) q.setDuplicate.run({ id, duplicate_of: duplicateOf.id, similarity: duplicateOf.similarity });
    else if (existing) q.setDuplicate.run({ id, duplicate_of: null, similarity: null });

    // People first: event participants point at the canonical person.
    const people: Array<{ name: string; id: string }> = [];
    for (const [i, person] of doc.facts.people.entries()) people.push({ name: person.name, id: this.savePerson(i, id, person) });
    const personOf = (name: string): string | null => people.find((p) => namesCompatible(nameKey(p.name), nameKey(name)))?.id ?? null;
    for (const [i, event] of doc.facts.events.entries()) this.saveEvent(i, id, event, personOf);
    for (const [i, agreement] of doc.facts.agreements.entries()) this.saveAgreement(i, id, agreement);
    // A figure with no dollar value (a currency without a known rate) waits for the amount/currency columns.
    for (const [i, trade] of doc.facts.trade.entries()) if (trade.value_usd !== null) this.saveTrade(i, id, trade as TradeT & { value_usd: number });
    return { id, status: existing ? 'replaced' : 'stored', duplicateOf };
  }

  /** Removes a document's mentions and evidence; canonical facts left without any mention go too. */
  removeFacts(documentId: number): void {
    const { q } = this;
    this.rows.write(); // what this transaction gathered must be visible to the reads below
    const facts = q.mentionedFacts.all({ id: documentId });
    q.deleteEvidence.run({ id: documentId });
    q.deleteMentions.run({ id: documentId });
    for (const { kind, fact_id } of facts) {
      if (q.anyMention.get({ id: fact_id })) continue;
      q.deleteFact[kind as FactKind].run({ id: fact_id });
      q.deleteFactCountries.run({ id: fact_id });
      q.deleteFactFts.run({ id: fact_id });
    }
  }

  addMention(kind: FactKind, factIdValue: string, documentId: number, fact: { evidence: EvidenceT[]; rule?: string }): void {
    const { evidence, rule, ...data } = fact;
    const mention = this.rows.mentionId();
    this.rows.mentions.push({ id: mention, kind, fact_id: factIdValue, document_id: documentId, rule: rule ?? null, data: JSON.stringify(data) });
    for (const e of evidence) this.rows.evidence.push({ mention_id: mention, document_id: documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text });
  }

  addCanonical(kind: FactKind, id: string, countries: readonly string[], body: string): void {
    for (const country of new Set(countries)) this.rows.factCountries.push({ country, kind, fact_id: id });
    this.rows.factWords.push({ kind, fact_id: id, body });
  }

  savePerson(index: number, documentId: number, person: PersonT): string {
    const { q } = this;
    const key = nameKey(person.name);
    const exact = q.peopleByFamily.all({ family: key.family });
    // One typo in a long family name (merge/names.ts decides): same country, same first two letters.
    const prefix = key.family.slice(0, 2);
    const typos = person.country && key.family.length >= 6 && key.given.length
      ? q.peopleTypos.all({ country: person.country, from: prefix, to: `${prefix}\uffff`, family: key.family })
      : [];
    const rows = [...exact, ...typos];
    const candidates: PersonCandidate[] = rows.map((r) => ({ id: r.id, name: r.name, country: r.country, aliases: JSON.parse(r.aliases) as string[], mentions: 0 }));
    const match = choosePerson(person.name, person.country, candidates);
    if (match) {
      const name = fullerName(match.name, person.name);
      const aliases = new Set([...match.aliases, match.name, person.name, ...person.aliases]);
      aliases.delete(name);
      const update = { id: match.id, name, family_key: nameKey(name).family, aliases: JSON.stringify([...aliases].sort()) };
      const row = rows.find((r) => r.id === match.id)!;
      if (update.name !== row.name || update.family_key !== row.family_key || update.aliases !== row.aliases) q.updatePerson.run(update);
      this.addMention('person', match.id, documentId, person);
      return match.id;
    }
    const id = factId('pe', this.doc.contentHash, index, person.name, person.country);
    q.insertPerson({ id, name: person.name, family_key: key.family, country: person.country, aliases: JSON.stringify(person.aliases) });
    this.addCanonical('person', id, person.country ? [person.country] : [], [person.name, ...person.aliases, person.role ?? ''].join(' '));
    this.addMention('person', id, documentId, person);
    return id;
  }

  saveEvent(index: number, documentId: number, event: EventT, personOf: (name: string) => string | null): void {
    const { q } = this;
    const countries = countriesKey(event.countries);
    const participants: Participant[] = event.participants.map((p) => ({ ...p, person_id: personOf(p.name) }));
    if (event.date) {
      const rows = q.eventsByKey.all({ date: event.date, countries });
      const candidates = rows.map((r) => ({ ...r, planned: r.planned === 1, participants: JSON.parse(r.participants) as Participant[] }));
      const match = chooseEvent(event, candidates);
      if (match) {
        const merged = [...match.participants];
        for (const p of participants) if (!merged.some((x) => namesCompatible(nameKey(x.name), nameKey(p.name)))) merged.push(p);
        const place = match.place ?? (event.place ? JSON.stringify(event.place) : null);
        const type = preferredEventType(match.type as EventT['type'], event.type);
        q.updateEvent.run({ id: match.id, participants: JSON.stringify(merged), place, type });
        this.addMention('event', match.id, documentId, event);
        return;
      }
    }
    const id = factId('ev', this.doc.contentHash, index, event.date, countries, event.type);
    q.insertEvent({ id, type: event.type, date: event.date, end_date: event.end_date, planned: event.planned ? 1 : 0, place: event.place ? JSON.stringify(event.place) : null, countries, participants: JSON.stringify(participants) });
    const where = event.place ? [event.place.name, event.place.city].filter(Boolean).join(' ') : '';
    this.addCanonical('event', id, event.countries, [event.type.replace('_', ' '), countries, where, ...participants.map((p) => p.name)].join(' '));
    this.addMention('event', id, documentId, event);
  }

  saveAgreement(index: number, documentId: number, agreement: AgreementT): void {
    const { q } = this;
    const parties = countriesKey(agreement.parties);
    const rows = agreement.date
      ? q.agreementsByKeyAndDate.all({ parties, kind: agreement.kind, date: agreement.date })
      : q.agreementsByKey.all({ parties, kind: agreement.kind });
    const match = chooseAgreement(agreement, rows);
    if (match) {
      if (!match.date && agreement.date) q.setAgreementDate.run({ id: match.id, date: agreement.date });
      this.addMention('agreement', match.id, documentId, agreement);
      return;
    }
    const id = factId('ag', this.doc.contentHash, index, agreement.title, parties);
    q.insertAgreement({ id, title: agreement.title, kind: agreement.kind, parties, status: agreement.status, date: agreement.date });
    this.addCanonical('agreement', id, agreement.parties, `${agreement.title} ${agreement.kind} ${parties}`);
    this.addMention('agreement', id, documentId, agreement);
  }

  saveTrade(index: number, documentId: number, trade: TradeT & { value_usd: number }): void {
    const { q } = this;
    const parties = countriesKey(trade.parties);
    const key = { parties, measure: trade.measure, kind: trade.kind, year: trade.year, from_country: trade.from, to_country: trade.to, scope: trade.scope };
    // Twice the tolerance either way: chooseTrade still decides, the window only has to hold every value it could accept.
    const v = trade.value_usd;
    const rows = v > 0 && Number.isFinite(v)
      ? q.tradeByKeyNear.all({ ...key, low: v * (1 - 2 * SAME_VALUE_TOLERANCE), high: v / (1 - 2 * SAME_VALUE_TOLERANCE) })
      : q.tradeByKeyInOrder.all(key);
    const match = chooseTrade(trade, rows);
    if (match) {
      this.addMention('trade', match.id, documentId, trade);
      return;
    }
    const id = factId('tr', this.doc.contentHash, index, parties, trade.measure, trade.year, trade.kind, trade.value_usd);
    q.insertTrade({ id, measure: trade.measure, parties, from_country: trade.from, to_country: trade.to, value_usd: trade.value_usd, qualifier: trade.qualifier, year: trade.year, kind: trade.kind, scope: trade.scope });
    this.addCanonical('trade', id, trade.parties, `${trade.measure} ${trade.kind} ${parties} ${trade.year ?? ''} ${trade.scope ?? ''}`);
    this.addMention('trade', id, documentId, trade);
  }
}

export interface GroupCommitOptions {
  /** The most documents one transaction holds. */
  readonly maxDocuments: number;
  /** How old a group gets before it commits, in milliseconds (the longest a document waits, unless a failure makes the group start over). */
  readonly maxDelayMs: number;
  /** A group also commits once no document has arrived for this long: whoever sends them has paused or stopped. */
  readonly idleMs: number;
  /** A group also commits once its documents (input and cleaned text) add up to this many bytes, so large inputs are not held in memory by the hundred. */
  readonly maxBytes: number;
}

/**
 * A few hundred documents per transaction: a commit writes every page the group dirtied once, and
 * the full-text indexes flush one segment per commit, so the per-document cost of committing falls
 * with the group's size (at 40 documents a group it was a third of the writer's time). A quarter of
 * a second bounds how long a stored document waits to be reported while documents keep coming; a
 * lone document (one file ingested, documents saved one after another) waits 20 ms.
 */
export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxDocuments: 512, maxDelayMs: 250, idleMs: 20, maxBytes: 64 * 1024 * 1024 };

interface Pending {
  readonly doc: AnalysedDocument;
  readonly resolve: (outcome: SaveOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** The transaction being filled: its documents (written, not yet committed) and their outcomes. */
interface Group {
  readonly rows: BatchRows;
  readonly items: Pending[];
  readonly outcomes: SaveOutcome[];
  readonly began: number;
  lastArrival: number;
  timer: NodeJS.Timeout;
  bytes: number;
}

/**
 * Writes each document as it arrives, into an open transaction that commits when it holds
 * `maxDocuments` or `maxBytes`, goes `idleMs` without a document, or is `maxDelayMs` old (see the
 * top of this file). Writing on arrival spreads the writer's work over time: writing a whole group
 * at once held the thread for hundreds of milliseconds, during which it could not hand the
 * extraction workers new documents.
 */
export class DocumentWriter {
  readonly #db: Connection;
  readonly #q: Statements;
  readonly #duplicates: DuplicateFinder;
  readonly #now: () => string;
  readonly #options: GroupCommitOptions;
  #group: Group | null = null;

  constructor(db: Connection, now: () => string, options: GroupCommitOptions = DEFAULT_GROUP_COMMIT) {
    this.#db = db;
    this.#q = new Statements(db);
    this.#duplicates = new DuplicateFinder((id) => this.#q.documentsSince.all({ id }));
    this.#now = now;
    this.#options = {
      maxDocuments: Math.max(1, options.maxDocuments),
      maxDelayMs: Math.max(0, options.maxDelayMs),
      idleMs: Math.max(0, Math.min(options.idleMs, options.maxDelayMs)),
      maxBytes: Math.max(1, options.maxBytes),
    };
  }

  /** Writes the document into the open transaction; resolves once that transaction has committed. */
  save(doc: AnalysedDocument): Promise<SaveOutcome> {
    return new Promise<SaveOutcome>((resolve, reject) => {
      const item = { doc, resolve, reject };
      let group: Group;
      try {
        group = this.#group ?? this.#begin();
      } catch (error) {
        return reject(error as Error); // cannot begin (the database is locked, say): nothing of it is stored
      }
      this.#write(group, [item]);
      if (this.#group) this.#group.lastArrival = performance.now(); // idle counts from the end of the write
      const full = this.#group && (this.#group.items.length >= this.#options.maxDocuments || this.#group.bytes >= this.#options.maxBytes);
      if (full) this.flush();
    });
  }

  /** Commits the open transaction now, resolving its documents. */
  flush(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    clearTimeout(group.timer);
    try {
      // A failure here (the disk, not a document) fails the whole group.
      group.rows.write();
      this.#db.exec('commit');
    } catch (error) {
      this.#abort();
      for (const item of group.items) item.reject(error as Error);
      return;
    }
    group.items.forEach((item, i) => item.resolve(group.outcomes[i]!));
  }

  #begin(): Group {
    this.#db.exec('begin immediate');
    let rows: BatchRows;
    try {
      this.#duplicates.catchUp();
      rows = new BatchRows(this.#q);
    } catch (error) {
      this.#abort(); // never leave a transaction open that no group owns
      throw error;
    }
    const now = performance.now();
    const group: Group = { rows, items: [], outcomes: [], began: now, lastArrival: now, timer: setTimeout(() => this.#due(group), this.#options.idleMs), bytes: 0 };
    this.#group = group;
    return group;
  }

  /**
   * The group's timer: commits when no document came for `idleMs` or the group is `maxDelayMs` old,
   * else looks again when the sooner of the two could be due. (One timer per group, not one per
   * document: arrivals only note their time.)
   */
  #due(group: Group): void {
    if (this.#group !== group) return;
    const now = performance.now();
    const idleLeft = group.lastArrival + this.#options.idleMs - now;
    const ageLeft = group.began + this.#options.maxDelayMs - now;
    if (idleLeft <= 0 || ageLeft <= 0) return this.flush();
    group.timer = setTimeout(() => this.#due(group), Math.min(idleLeft, ageLeft));
  }

  /**
   * Writes `items` into the group. A document that fails to write rolls the transaction back (no
   * savepoint per document: FTS5 flushes its pending index at every savepoint, which costs more than
   * the rare retry); it is rejected, and the group's other documents are written again without it.
   */
  #write(group: Group, items: readonly Pending[]): void {
    for (const [i, item] of items.entries()) {
      let outcome: SaveOutcome;
      try {
        outcome = new DocumentWrite(this.#q, group.rows, this.#duplicates, item.doc, this.#now()).run();
      } catch (error) {
        const others = [...group.items, ...items.slice(i + 1)];
        clearTimeout(group.timer);
        this.#group = null;
        this.#abort();
        item.reject(error as Error);
        if (!others.length) return;
        let retry: Group;
        try {
          retry = this.#begin();
        } catch (beginError) {
          for (const other of others) other.reject(beginError as Error);
          return;
        }
        return this.#write(retry, others);
      }
      group.items.push(item);
      group.outcomes.push(outcome);
      group.bytes += item.doc.raw.byteLength + 2 * item.doc.text.length;
    }
  }

  #abort(): void {
    if (this.#db.inTransaction) this.#db.exec('rollback');
    this.#duplicates.reset();
  }
}
