// The merge port (merge/merge-port.ts) over SQLite: prepared statements for every look-up and write,
// typed by the schema (sqlite-statements.ts). Rows nothing reads back within a transaction (mentions,
// evidence, fact countries, fact words) are gathered and inserted many per statement before it
// commits (flushRows), or before a look-up that must see them.
import type { AgreementKindT, EventTypeT, PlaceT } from '../../facts/schema.js';
import type {
  AgreementRecord,
  CorrectionRecord,
  EventRecord,
  FactKind,
  MergePort,
  Mention,
  NewCorrection,
  Participant,
  PersonRecord,
  StoredMention,
  StoredSignature,
  TradeKey,
  TradeRecord,
  ValueRange,
} from '../../merge/merge-port.js';
import type { StoredFact } from '../../merge/fact-index.js';
import { foldedEvidence, type Anchor } from '../../merge/mention-keys.js';
import type { CorrectionAction } from '../../facts/corrections.js';
import { signatureFromBytes, signatureToBytes } from '../../merge/near-duplicates.js';
import type { DateBasis, DateWindow } from '../../merge/date-spans.js';
import type { AnalysedDocument } from '../store.js';
import { sentenceSpans } from './sentence-spans.js';
import { insertRow, insertRows, Query, type Connection, type Row } from './sqlite-statements.js';

type Rows<F extends (rows: never) => void> = Parameters<F>[0] extends ReadonlyArray<infer R> ? R[] : never;

const DOCUMENT_COLUMNS = [
  'source',
  'content_hash',
  'extractor',
  'title',
  'publisher',
  'published',
  'published_option',
  'read_hints',
  'fields',
  'text',
  'sentences',
  'raw',
  'minhash',
  'ingested_at',
] as const;

const person = (r: Row<'people'>): PersonRecord => ({
  id: r.id,
  name: r.name,
  family_key: r.family_key,
  country: r.country,
  aliases: JSON.parse(r.aliases) as string[],
  role: r.role,
});
const event = (r: Row<'events'>): EventRecord => ({
  id: r.id,
  type: r.type as EventTypeT,
  date: r.date,
  end_date: r.end_date,
  date_basis: r.date_basis as DateBasis | null,
  planned: r.planned === 1,
  place: r.place === null ? null : (JSON.parse(r.place) as PlaceT),
  countries: r.countries,
  participants: JSON.parse(r.participants) as Participant[],
});

// A date window (date-spans.ts) as two index probes on a date column: its year and month as they are
// stored, and the range of days.
const WINDOW_CONDITIONS = ['"date" in (@year, @month)', '"date" >= @from and "date" < @to'];
interface DateWindowParameters {
  year: string;
  month: string;
  from: string;
  to: string;
}
const windowParameters = (w: DateWindow): DateWindowParameters => ({ year: w.year, month: w.month ?? w.year, from: w.from, to: w.to });

/** The prepared statements of the write path. */
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
  readonly peopleByFamilyRange;
  readonly updatePerson;
  readonly insertPerson;
  readonly eventsNear;
  readonly updateEvent;
  readonly insertEvent;
  readonly updateEventAll;
  readonly agreementsByKey;
  readonly agreementsByKeyAndDates;
  readonly updateAgreement;
  readonly insertAgreement;
  readonly tradeByKey;
  readonly tradeByKeyInRange;
  readonly insertTrade;
  readonly mentionedFacts;
  readonly deleteEvidence;
  readonly deleteMentions;
  readonly anyMention;
  readonly deleteFact: Record<FactKind, Query<{ id: string }>>;
  readonly deleteFactCountries;
  readonly deleteFactFts;
  readonly mentionsOfFact;
  readonly mentionsOfSource;
  readonly factById: Record<FactKind, Query<{ id: string }, never>>;
  readonly factExists: Record<FactKind, Query<{ id: string }, { id: string }>>;
  readonly writeAgreement;
  readonly writeTrade;
  readonly writePerson;
  readonly moveMention;
  readonly eventsWithPerson;
  readonly unlinkDuplicates;
  readonly deleteDocument;
  readonly anyCorrection;
  readonly correctionsAnchoredAt;
  readonly correctionsAppliedTo;
  readonly correctionById;
  readonly anchorsOf;
  readonly insertCorrection;
  readonly insertAnchor;
  readonly setCorrectionTarget;
  readonly retargetCorrections;
  readonly markUndone;

  constructor(db: Connection) {
    this.documentIdByHash = new Query<{ hash: string }, Pick<Row<'documents'>, 'id'>>(db, 'select "id" from "documents" where "content_hash" = @hash');
    this.insertDocument = insertRow(db, 'documents', DOCUMENT_COLUMNS);
    this.updateDocument = new Query<Pick<Row<'documents'>, (typeof DOCUMENT_COLUMNS)[number] | 'id'>>(
      db,
      `update "documents" set ${DOCUMENT_COLUMNS.map((c) => `"${c}" = @${c}`).join(', ')} where "id" = @id`,
    );
    this.setDuplicate = new Query<Pick<Row<'documents'>, 'id' | 'duplicate_of' | 'similarity'>>(
      db,
      'update "documents" set "duplicate_of" = @duplicate_of, "similarity" = @similarity where "id" = @id',
    );
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
    this.peopleByFamilyRange = new Query<{ country: string; from: string; to: string; except: string }, Row<'people'>>(
      db,
      'select * from "people" where "country" = @country and "family_key" >= @from and "family_key" < @to and "family_key" != @except',
    );
    this.updatePerson = new Query<Pick<Row<'people'>, 'id' | 'name' | 'family_key' | 'aliases' | 'role'>>(
      db,
      'update "people" set "name" = @name, "family_key" = @family_key, "aliases" = @aliases, "role" = @role where "id" = @id',
    );
    this.insertPerson = insertRow(db, 'people', ['id', 'name', 'family_key', 'country', 'aliases', 'role']);

    // The pair's encounters whose date is a given year or month, or lies in a range of days (the
    // index on countries and date holds each part; migration 006), in the order they were stored.
    this.eventsNear = new Query<{ countries: string } & DateWindowParameters, Row<'events'>>(
      db,
      `select * from (${WINDOW_CONDITIONS.map((dates) => `select "rowid" as "stored", * from "events" where "countries" = @countries and ${dates}`).join(
        ' union ',
      )}) order by "stored"`,
    );
    this.updateEvent = new Query<Pick<Row<'events'>, 'id' | 'participants' | 'place' | 'type' | 'date' | 'end_date' | 'date_basis'>>(
      db,
      'update "events" set "participants" = @participants, "place" = @place, "type" = @type, "date" = @date, "end_date" = @end_date, "date_basis" = @date_basis where "id" = @id',
    );
    this.insertEvent = insertRow(db, 'events', ['id', 'type', 'date', 'end_date', 'date_basis', 'planned', 'place', 'countries', 'participants']);
    this.updateEventAll = new Query<Row<'events'>>(
      db,
      'update "events" set "type" = @type, "date" = @date, "end_date" = @end_date, "date_basis" = @date_basis, "planned" = @planned, "place" = @place, "countries" = @countries, "participants" = @participants where "id" = @id',
    );

    // Candidates in the order the rows were stored (rowid). A pair accumulates hundreds of agreements
    // and figures, so look-ups with a window read only the index entries inside it (migration 002).
    this.agreementsByKey = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'>, Row<'agreements'>>(
      db,
      'select * from "agreements" where "parties" = @parties and "kind" = @kind order by "rowid"',
    );
    this.agreementsByKeyAndDates = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'> & DateWindowParameters, Row<'agreements'>>(
      db,
      // Index probes joined (one condition with an OR, or a substr() on the column, would read every
      // entry of the pair); `union` drops a row two probes both find (a month inside its own range).
      `select "id", "title", "kind", "parties", "status", "date" from (${['"date" is null', ...WINDOW_CONDITIONS]
        .map((dates) => `select "rowid" as "stored", * from "agreements" where "parties" = @parties and "kind" = @kind and ${dates}`)
        .join(' union ')}) order by "stored"`,
    );
    this.updateAgreement = new Query<Pick<Row<'agreements'>, 'id' | 'date' | 'status'>>(
      db,
      'update "agreements" set "date" = @date, "status" = @status where "id" = @id',
    );
    this.insertAgreement = insertRow(db, 'agreements', ['id', 'title', 'kind', 'parties', 'status', 'date']);

    // Trade statements take the port's records as they are (@from and @to for the direction's
    // columns): no copy per figure.
    const tradeKey =
      'select "id", "value_usd", "amount", "currency", "qualifier" from "trade" where "parties" = @parties and "measure" = @measure and "kind" = @kind and "year" is @year and "from_country" is @from and "to_country" is @to and "scope" is @scope';
    this.tradeByKey = new Query<TradeKey, Pick<Row<'trade'>, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>(db, `${tradeKey} order by "rowid"`);
    this.tradeByKeyInRange = new Query<TradeKey & ValueRange, Pick<Row<'trade'>, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>(
      db,
      `${tradeKey} and "value_usd" between @low and @high order by "rowid"`,
    );
    this.insertTrade = new Query<TradeRecord>(
      db,
      'insert into "trade" ("id", "measure", "parties", "from_country", "to_country", "value_usd", "amount", "currency", "qualifier", "year", "kind", "scope") values (@id, @measure, @parties, @from, @to, @value_usd, @amount, @currency, @qualifier, @year, @kind, @scope)',
    );

    this.mentionedFacts = new Query<{ id: number }, Pick<Row<'mentions'>, 'kind' | 'fact_id'>>(
      db,
      'select distinct "kind", "fact_id" from "mentions" where "document_id" = @id',
    );
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

    // A report with its document's source and the first sentence it was read from.
    const mentionRows = `select m."id", m."kind", m."fact_id", m."document_id", m."data", d."source",
      (select e."text" from "evidence" e where e."mention_id" = m."id" order by e."sentence" limit 1) as "evidence"
      from "mentions" m join "documents" d on d."id" = m."document_id"`;
    this.mentionsOfFact = new Query<{ id: string }, MentionRow>(db, `${mentionRows} where m."fact_id" = @id order by m."id"`);
    this.mentionsOfSource = new Query<{ source: string }, MentionRow>(db, `${mentionRows} where d."source" = @source order by m."id"`);
    this.factById = {
      event: new Query(db, 'select * from "events" where "id" = @id'),
      agreement: new Query(db, 'select * from "agreements" where "id" = @id'),
      trade: new Query(db, 'select * from "trade" where "id" = @id'),
      person: new Query(db, 'select * from "people" where "id" = @id'),
    };
    this.factExists = {
      event: new Query(db, 'select "id" from "events" where "id" = @id'),
      agreement: new Query(db, 'select "id" from "agreements" where "id" = @id'),
      trade: new Query(db, 'select "id" from "trade" where "id" = @id'),
      person: new Query(db, 'select "id" from "people" where "id" = @id'),
    };
    this.writeAgreement = new Query<Row<'agreements'>>(
      db,
      'update "agreements" set "title" = @title, "kind" = @kind, "parties" = @parties, "status" = @status, "date" = @date where "id" = @id',
    );
    this.writeTrade = new Query<TradeRecord>(
      db,
      'update "trade" set "measure" = @measure, "parties" = @parties, "from_country" = @from, "to_country" = @to, "value_usd" = @value_usd, "amount" = @amount, "currency" = @currency, "qualifier" = @qualifier, "year" = @year, "kind" = @kind, "scope" = @scope where "id" = @id',
    );
    this.writePerson = new Query<Row<'people'>>(
      db,
      'update "people" set "name" = @name, "family_key" = @family_key, "country" = @country, "aliases" = @aliases, "role" = @role where "id" = @id',
    );
    this.moveMention = new Query<{ id: number; fact: string }>(db, 'update "mentions" set "fact_id" = @fact where "id" = @id');
    // Participants are JSON with their person ids; ids are hex, so LIKE needs no escaping.
    this.eventsWithPerson = new Query<{ pattern: string }, Row<'events'>>(db, 'select * from "events" where "participants" like @pattern order by "rowid"');
    this.unlinkDuplicates = new Query<{ id: number }>(db, 'update "documents" set "duplicate_of" = null, "similarity" = null where "duplicate_of" = @id');
    this.deleteDocument = new Query<{ id: number }>(db, 'delete from "documents" where "id" = @id');

    const inForce = '"undone_at" is null';
    this.anyCorrection = new Query<Record<string, never>, { id: number }>(db, `select "id" from "corrections" where ${inForce} limit 1`);
    this.correctionsAnchoredAt = new Query<{ source: string }, Row<'corrections'>>(
      db,
      `select * from "corrections" where ${inForce} and "id" in (select "correction_id" from "correction_anchors" where "document" = @source) order by "id"`,
    );
    this.correctionsAppliedTo = new Query<{ ids: string }, Row<'corrections'>>(
      db,
      `select * from "corrections" where ${inForce} and "applied_to" in (select "value" from json_each(@ids)) order by "id"`,
    );
    this.correctionById = new Query<{ id: number }, Row<'corrections'>>(db, 'select * from "corrections" where "id" = @id');
    this.anchorsOf = new Query<{ id: number }, Row<'correction_anchors'>>(
      db,
      'select * from "correction_anchors" where "correction_id" = @id order by "rowid"',
    );
    this.insertCorrection = insertRow(db, 'corrections', [
      'action',
      'kind',
      'fact_id',
      'other_id',
      'document',
      'changes',
      'previous',
      'by',
      'at',
      'note',
      'applied_to',
    ]);
    this.insertAnchor = insertRow(db, 'correction_anchors', ['correction_id', 'side', 'document', 'key', 'evidence']);
    this.setCorrectionTarget = new Query<{ id: number; fact: string | null }>(db, 'update "corrections" set "applied_to" = @fact where "id" = @id');
    this.retargetCorrections = new Query<{ from: string; to: string | null }>(
      db,
      `update "corrections" set "applied_to" = @to where "applied_to" = @from and ${inForce}`,
    );
    this.markUndone = new Query<{ id: number; by: string; at: string }>(db, 'update "corrections" set "undone_by" = @by, "undone_at" = @at where "id" = @id');
  }
}

interface MentionRow {
  id: number;
  kind: string;
  fact_id: string;
  document_id: number;
  data: string;
  source: string;
  evidence: string | null;
}

const mention = (r: MentionRow): StoredMention => ({
  id: r.id,
  kind: r.kind as FactKind,
  factId: r.fact_id,
  documentId: r.document_id,
  source: r.source,
  data: JSON.parse(r.data) as Record<string, unknown>,
  evidence: foldedEvidence(r.evidence),
});

const trade = (r: Row<'trade'>): TradeRecord => ({
  id: r.id,
  measure: r.measure as TradeRecord['measure'],
  parties: r.parties,
  from: r.from_country,
  to: r.to_country,
  value_usd: r.value_usd,
  amount: r.amount,
  currency: r.currency,
  qualifier: r.qualifier as TradeRecord['qualifier'],
  year: r.year,
  kind: r.kind as TradeRecord['kind'],
  scope: r.scope,
});

function correction(r: Row<'corrections'>, anchors: ReadonlyArray<Row<'correction_anchors'>>): CorrectionRecord {
  const side = (s: 'fact' | 'other'): Anchor[] => anchors.filter((a) => a.side === s).map((a) => ({ document: a.document, key: a.key, evidence: a.evidence }));
  return {
    id: r.id,
    action: r.action as CorrectionAction,
    kind: r.kind as FactKind,
    factId: r.fact_id,
    otherId: r.other_id,
    document: r.document,
    changes: r.changes === null ? null : (JSON.parse(r.changes) as Record<string, unknown>),
    appliedTo: r.applied_to,
    anchors: side('fact'),
    otherAnchors: side('other'),
  };
}

/** Rows gathered over one transaction; mention ids are handed out here (the transaction holds the write lock). */
class GatheredRows {
  readonly mentions: Rows<Statements['insertMentions']> = [];
  readonly evidence: Rows<Statements['insertEvidence']> = [];
  readonly factCountries: Rows<Statements['insertFactCountries']> = [];
  readonly factWords: Rows<Statements['insertFactFts']> = [];

  constructor(public nextMentionId: number) {}
}

/** An event record as the events table's columns hold it. */
const eventRow = (e: EventRecord) => ({
  id: e.id,
  type: e.type,
  date: e.date,
  end_date: e.end_date,
  date_basis: e.date_basis,
  planned: e.planned ? 1 : 0,
  place: e.place ? JSON.stringify(e.place) : null,
  countries: e.countries,
  participants: JSON.stringify(e.participants),
});

export class SqliteMergePort implements MergePort {
  readonly #q: Statements;
  #rows: GatheredRows | null = null;

  constructor(db: Connection) {
    this.#q = new Statements(db);
  }

  /** Starts gathering rows for a new transaction (call it once the transaction has begun). */
  beginTransaction(): void {
    this.#rows = new GatheredRows(this.#q.lastMentionId.get({})!.id + 1);
  }

  /** Inserts what is gathered: before a commit, or before a read that must see it. */
  flushRows(): void {
    const rows = this.#gathered();
    const q = this.#q;
    q.insertMentions(rows.mentions.splice(0));
    q.insertEvidence(rows.evidence.splice(0));
    q.insertFactCountries(rows.factCountries.splice(0));
    q.insertFactFts(rows.factWords.splice(0));
  }

  #gathered(): GatheredRows {
    if (!this.#rows) throw new Error('the merge port is used outside a transaction');
    return this.#rows;
  }

  #documentRow(doc: AnalysedDocument, ingestedAt: string): Pick<Row<'documents'>, (typeof DOCUMENT_COLUMNS)[number]> {
    const f = doc.facts.document;
    return {
      source: doc.source,
      content_hash: doc.contentHash,
      extractor: doc.extractor,
      title: f.title,
      publisher: f.publisher,
      published: f.published,
      published_option: doc.publishedOption,
      read_hints: Object.keys(doc.readHints).length ? JSON.stringify(doc.readHints) : null,
      fields: JSON.stringify(f),
      text: doc.text,
      sentences: sentenceSpans(doc.text, doc.sentences),
      raw: doc.raw,
      minhash: signatureToBytes(doc.minhash),
      ingested_at: ingestedAt,
    };
  }

  documentIdByHash(contentHash: string): number | null {
    return this.#q.documentIdByHash.get({ hash: contentHash })?.id ?? null;
  }

  insertDocument(doc: AnalysedDocument, ingestedAt: string): number {
    return this.#q.insertDocument(this.#documentRow(doc, ingestedAt));
  }

  updateDocument(id: number, doc: AnalysedDocument, ingestedAt: string): void {
    this.#q.updateDocument.run({ ...this.#documentRow(doc, ingestedAt), id });
  }

  setDuplicate(id: number, original: { readonly id: number; readonly similarity: number } | null): void {
    this.#q.setDuplicate.run({ id, duplicate_of: original?.id ?? null, similarity: original?.similarity ?? null });
  }

  signaturesSince(id: number): StoredSignature[] {
    return this.#q.documentsSince
      .all({ id })
      .map((r) => ({ id: r.id, source: r.source, signature: signatureFromBytes(r.minhash), duplicateOf: r.duplicate_of }));
  }

  factsMentionedBy(documentId: number): Array<{ kind: FactKind; id: string }> {
    this.flushRows();
    return this.#q.mentionedFacts.all({ id: documentId }).map((r) => ({ kind: r.kind as FactKind, id: r.fact_id }));
  }

  deleteMentions(documentId: number): void {
    this.#q.deleteEvidence.run({ id: documentId });
    this.#q.deleteMentions.run({ id: documentId });
  }

  isMentioned(factId: string): boolean {
    return this.#q.anyMention.get({ id: factId }) !== undefined;
  }

  deleteFact(kind: FactKind, id: string): void {
    this.flushRows();
    this.#q.deleteFact[kind].run({ id });
    this.unindexFact(id);
    // A correction whose fact is gone finds its reports again by its anchors (merge/corrections.ts).
    this.#q.retargetCorrections.run({ from: id, to: null });
  }

  mentionsOfFact(factId: string): StoredMention[] {
    this.flushRows();
    return this.#q.mentionsOfFact.all({ id: factId }).map(mention);
  }

  mentionsOfSource(source: string): StoredMention[] {
    this.flushRows();
    return this.#q.mentionsOfSource.all({ source }).map(mention);
  }

  fact(kind: FactKind, id: string): StoredFact | null {
    const row = this.#q.factById[kind].get({ id }) as (Row<'events'> & Row<'agreements'> & Row<'trade'> & Row<'people'>) | undefined;
    if (!row) return null;
    switch (kind) {
      case 'event':
        return { kind, record: event(row) };
      case 'agreement':
        return { kind, record: row as unknown as AgreementRecord };
      case 'trade':
        return { kind, record: trade(row) };
      case 'person':
        return { kind, record: person(row) };
    }
  }

  hasFact(kind: FactKind, id: string): boolean {
    return this.#q.factExists[kind].get({ id }) !== undefined;
  }

  writeFact(fact: StoredFact): void {
    switch (fact.kind) {
      case 'event': {
        const e = fact.record;
        this.#q.updateEventAll.run(eventRow(e));
        return;
      }
      case 'agreement':
        return void this.#q.writeAgreement.run(fact.record);
      case 'trade':
        return void this.#q.writeTrade.run(fact.record);
      case 'person': {
        const p = fact.record;
        return void this.#q.writePerson.run({
          id: p.id,
          name: p.name,
          family_key: p.family_key,
          country: p.country,
          aliases: JSON.stringify(p.aliases),
          role: p.role,
        });
      }
    }
  }

  insertFact(fact: StoredFact): void {
    switch (fact.kind) {
      case 'event':
        return this.insertEvent(fact.record);
      case 'agreement':
        return this.insertAgreement(fact.record);
      case 'trade':
        return this.insertTrade(fact.record);
      case 'person':
        return this.insertPerson(fact.record);
    }
  }

  moveMentions(mentionIds: readonly number[], factId: string): void {
    this.flushRows();
    for (const id of mentionIds) this.#q.moveMention.run({ id, fact: factId });
  }

  unindexFact(id: string): void {
    this.flushRows();
    this.#q.deleteFactCountries.run({ id });
    this.#q.deleteFactFts.run({ id });
  }

  eventsWithPerson(personId: string): EventRecord[] {
    return this.#q.eventsWithPerson.all({ pattern: `%"person_id":${JSON.stringify(personId)}%` }).map(event);
  }

  deleteDocument(id: number): void {
    this.#q.unlinkDuplicates.run({ id });
    this.#q.deleteDocument.run({ id });
  }

  hasCorrections(): boolean {
    return this.#q.anyCorrection.get({}) !== undefined;
  }

  #withAnchors(rows: ReadonlyArray<Row<'corrections'>>): CorrectionRecord[] {
    return rows.map((r) => correction(r, this.#q.anchorsOf.all({ id: r.id })));
  }

  correctionsAnchoredAt(source: string): CorrectionRecord[] {
    return this.#withAnchors(this.#q.correctionsAnchoredAt.all({ source }));
  }

  correctionsAppliedTo(factIds: readonly string[]): CorrectionRecord[] {
    return factIds.length ? this.#withAnchors(this.#q.correctionsAppliedTo.all({ ids: JSON.stringify(factIds) })) : [];
  }

  correction(id: number): (CorrectionRecord & { readonly undone: boolean }) | null {
    const row = this.#q.correctionById.get({ id });
    return row ? { ...correction(row, this.#q.anchorsOf.all({ id })), undone: row.undone_at !== null } : null;
  }

  insertCorrection(c: NewCorrection): number {
    const json = (v: object | null): string | null => (v === null ? null : JSON.stringify(v));
    const id = this.#q.insertCorrection({
      action: c.action,
      kind: c.kind,
      fact_id: c.factId,
      other_id: c.otherId,
      document: c.document,
      changes: json(c.changes),
      previous: json(c.previous),
      by: c.by,
      at: c.at,
      note: c.note,
      applied_to: c.appliedTo,
    });
    for (const [side, anchors] of [
      ['fact', c.anchors],
      ['other', c.otherAnchors],
    ] as const) {
      for (const a of anchors) this.#q.insertAnchor({ correction_id: id, side, document: a.document, key: a.key, evidence: a.evidence });
    }
    return id;
  }

  setCorrectionTarget(id: number, factId: string | null): void {
    this.#q.setCorrectionTarget.run({ id, fact: factId });
  }

  retargetCorrections(from: string, to: string | null): void {
    this.#q.retargetCorrections.run({ from, to });
  }

  markCorrectionUndone(id: number, by: string, at: string): void {
    this.#q.markUndone.run({ id, by, at });
  }

  peopleByFamily(familyKey: string): PersonRecord[] {
    return this.#q.peopleByFamily.all({ family: familyKey }).map(person);
  }

  peopleByFamilyPrefix(country: string, prefix: string, except: string): PersonRecord[] {
    return this.#q.peopleByFamilyRange.all({ country, from: prefix, to: `${prefix}\uffff`, except }).map(person);
  }

  eventsNear(countries: string, window: DateWindow): EventRecord[] {
    return this.#q.eventsNear.all({ countries, ...windowParameters(window) }).map(event);
  }

  agreementsOf(parties: string, kind: AgreementKindT, dates: DateWindow | null): AgreementRecord[] {
    const rows = dates ? this.#q.agreementsByKeyAndDates.all({ parties, kind, ...windowParameters(dates) }) : this.#q.agreementsByKey.all({ parties, kind });
    // The rows have the record's shape (kind and status hold what insertAgreement wrote): a busy
    // pair has hundreds of candidates, not worth copying.
    return rows as AgreementRecord[];
  }

  tradeClaims(key: TradeKey, values: ValueRange | null): Array<Pick<TradeRecord, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>> {
    // The rows carry the qualifier as insertTrade wrote it.
    return (values ? this.#q.tradeByKeyInRange.all({ ...key, low: values.low, high: values.high }) : this.#q.tradeByKey.all(key)) as Array<
      Pick<TradeRecord, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>
    >;
  }

  insertPerson(p: PersonRecord): void {
    this.#q.insertPerson({ id: p.id, name: p.name, family_key: p.family_key, country: p.country, aliases: JSON.stringify(p.aliases), role: p.role });
  }

  updatePerson(p: Pick<PersonRecord, 'id' | 'name' | 'family_key' | 'aliases' | 'role'>): void {
    this.#q.updatePerson.run({ id: p.id, name: p.name, family_key: p.family_key, aliases: JSON.stringify(p.aliases), role: p.role });
  }

  insertEvent(e: EventRecord): void {
    this.#q.insertEvent(eventRow(e));
  }

  updateEvent(e: Pick<EventRecord, 'id' | 'participants' | 'place' | 'type' | 'date' | 'end_date' | 'date_basis'>): void {
    this.#q.updateEvent.run({
      id: e.id,
      participants: JSON.stringify(e.participants),
      place: e.place ? JSON.stringify(e.place) : null,
      type: e.type,
      date: e.date,
      end_date: e.end_date,
      date_basis: e.date_basis,
    });
  }

  insertAgreement(a: AgreementRecord): void {
    this.#q.insertAgreement({ id: a.id, title: a.title, kind: a.kind, parties: a.parties, status: a.status, date: a.date });
  }

  updateAgreement(a: Pick<AgreementRecord, 'id' | 'date' | 'status'>): void {
    this.#q.updateAgreement.run({ id: a.id, date: a.date, status: a.status });
  }

  insertTrade(t: TradeRecord): void {
    this.#q.insertTrade.run(t);
  }

  indexFact(kind: FactKind, id: string, countries: readonly string[], body: string): void {
    const rows = this.#gathered();
    for (const country of new Set(countries)) rows.factCountries.push({ country, kind, fact_id: id });
    rows.factWords.push({ kind, fact_id: id, body });
  }

  addMention(m: Mention): void {
    const rows = this.#gathered();
    const id = rows.nextMentionId++;
    rows.mentions.push({ id, kind: m.kind, fact_id: m.factId, document_id: m.documentId, rule: m.rule, data: JSON.stringify(m.data) });
    for (const e of m.evidence)
      rows.evidence.push({ mention_id: id, document_id: m.documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text });
  }
}
