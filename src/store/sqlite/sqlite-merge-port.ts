// The merge port (merge/merge-port.ts) over SQLite: prepared statements for every look-up and write,
// typed by the schema (sqlite-statements.ts). Rows nothing reads back within a transaction (mentions,
// evidence, fact countries, fact words) are gathered and inserted many per statement before it
// commits (flushRows), or before a look-up that must see them.
import type { AgreementKindT, EventTypeT, PlaceT } from '../../facts/schema.js';
import type {
  AgreementRecord, EventRecord, FactKind, MergePort, Mention, Participant, PersonRecord, StoredSignature, TradeKey, TradeRecord, ValueRange,
} from '../../merge/merge-port.js';
import { signatureFromBytes, signatureToBytes } from '../../merge/near-duplicates.js';
import type { DateBasis, DateWindow } from '../../merge/date-spans.js';
import type { AnalysedDocument } from '../store.js';
import { sentenceSpans } from './sentence-spans.js';
import { insertRow, insertRows, Query, type Connection, type Row } from './sqlite-statements.js';

type Rows<F extends (rows: never) => void> = Parameters<F>[0] extends ReadonlyArray<infer R> ? R[] : never;

const DOCUMENT_COLUMNS = ['source', 'content_hash', 'extractor', 'title', 'publisher', 'published', 'published_option', 'read_hints', 'fields', 'text', 'sentences', 'raw', 'minhash', 'ingested_at'] as const;

const person = (r: Row<'people'>): PersonRecord => ({ id: r.id, name: r.name, family_key: r.family_key, country: r.country, aliases: JSON.parse(r.aliases) as string[], role: r.role });
const event = (r: Row<'events'>): EventRecord => ({
  id: r.id, type: r.type as EventTypeT, date: r.date, end_date: r.end_date, date_basis: r.date_basis as DateBasis | null, planned: r.planned === 1,
  place: r.place === null ? null : (JSON.parse(r.place) as PlaceT), countries: r.countries, participants: JSON.parse(r.participants) as Participant[],
});

// A date window (date-spans.ts) as two index probes on a date column: its year and month as they are
// stored, and the range of days.
const WINDOW_CONDITIONS = ['"date" in (@year, @month)', '"date" >= @from and "date" < @to'];
interface DateWindowParameters { year: string; month: string; from: string; to: string }
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

  constructor(db: Connection) {
    this.documentIdByHash = new Query<{ hash: string }, Pick<Row<'documents'>, 'id'>>(db, 'select "id" from "documents" where "content_hash" = @hash');
    this.insertDocument = insertRow(db, 'documents', DOCUMENT_COLUMNS);
    this.updateDocument = new Query<Pick<Row<'documents'>, (typeof DOCUMENT_COLUMNS)[number] | 'id'>>(
      db,
      `update "documents" set ${DOCUMENT_COLUMNS.map((c) => `"${c}" = @${c}`).join(', ')} where "id" = @id`,
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
    this.peopleByFamilyRange = new Query<{ country: string; from: string; to: string; except: string }, Row<'people'>>(
      db,
      'select * from "people" where "country" = @country and "family_key" >= @from and "family_key" < @to and "family_key" != @except',
    );
    this.updatePerson = new Query<Pick<Row<'people'>, 'id' | 'name' | 'family_key' | 'aliases' | 'role'>>(db, 'update "people" set "name" = @name, "family_key" = @family_key, "aliases" = @aliases, "role" = @role where "id" = @id');
    this.insertPerson = insertRow(db, 'people', ['id', 'name', 'family_key', 'country', 'aliases', 'role']);

    // The pair's encounters whose date is a given year or month, or lies in a range of days (the
    // index on countries and date holds each part; migration 006), in the order they were stored.
    this.eventsNear = new Query<{ countries: string } & DateWindowParameters, Row<'events'>>(
      db,
      `select * from (${WINDOW_CONDITIONS
        .map((dates) => `select "rowid" as "stored", * from "events" where "countries" = @countries and ${dates}`)
        .join(' union ')}) order by "stored"`,
    );
    this.updateEvent = new Query<Pick<Row<'events'>, 'id' | 'participants' | 'place' | 'type' | 'date' | 'end_date' | 'date_basis'>>(
      db,
      'update "events" set "participants" = @participants, "place" = @place, "type" = @type, "date" = @date, "end_date" = @end_date, "date_basis" = @date_basis where "id" = @id',
    );
    this.insertEvent = insertRow(db, 'events', ['id', 'type', 'date', 'end_date', 'date_basis', 'planned', 'place', 'countries', 'participants']);

    // Candidates in the order the rows were stored (rowid). A pair accumulates hundreds of agreements
    // and figures, so look-ups with a window read only the index entries inside it (migration 002).
    this.agreementsByKey = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'>, Row<'agreements'>>(db, 'select * from "agreements" where "parties" = @parties and "kind" = @kind order by "rowid"');
    this.agreementsByKeyAndDates = new Query<Pick<Row<'agreements'>, 'parties' | 'kind'> & DateWindowParameters, Row<'agreements'>>(
      db,
      // Index probes joined (one condition with an OR, or a substr() on the column, would read every
      // entry of the pair); `union` drops a row two probes both find (a month inside its own range).
      `select "id", "title", "kind", "parties", "status", "date" from (${['"date" is null', ...WINDOW_CONDITIONS]
        .map((dates) => `select "rowid" as "stored", * from "agreements" where "parties" = @parties and "kind" = @kind and ${dates}`)
        .join(' union ')}) order by "stored"`,
    );
    this.updateAgreement = new Query<Pick<Row<'agreements'>, 'id' | 'date' | 'status'>>(db, 'update "agreements" set "date" = @date, "status" = @status where "id" = @id');
    this.insertAgreement = insertRow(db, 'agreements', ['id', 'title', 'kind', 'parties', 'status', 'date']);

    // Trade statements take the port's records as they are (@from and @to for the direction's
    // columns): no copy per figure.
    const tradeKey = 'select "id", "value_usd", "amount", "currency", "qualifier" from "trade" where "parties" = @parties and "measure" = @measure and "kind" = @kind and "year" is @year and "from_country" is @from and "to_country" is @to and "scope" is @scope';
    this.tradeByKey = new Query<TradeKey, Pick<Row<'trade'>, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>(db, `${tradeKey} order by "rowid"`);
    this.tradeByKeyInRange = new Query<TradeKey & ValueRange, Pick<Row<'trade'>, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>(db, `${tradeKey} and "value_usd" between @low and @high order by "rowid"`);
    this.insertTrade = new Query<TradeRecord>(
      db,
      'insert into "trade" ("id", "measure", "parties", "from_country", "to_country", "value_usd", "amount", "currency", "qualifier", "year", "kind", "scope") values (@id, @measure, @parties, @from, @to, @value_usd, @amount, @currency, @qualifier, @year, @kind, @scope)',
    );

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

/** Rows gathered over one transaction; mention ids are handed out here (the transaction holds the write lock). */
class GatheredRows {
  readonly mentions: Rows<Statements['insertMentions']> = [];
  readonly evidence: Rows<Statements['insertEvidence']> = [];
  readonly factCountries: Rows<Statements['insertFactCountries']> = [];
  readonly factWords: Rows<Statements['insertFactFts']> = [];

  constructor(public nextMentionId: number) {}
}

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
    return this.#q.documentsSince.all({ id }).map((r) => ({ id: r.id, source: r.source, signature: signatureFromBytes(r.minhash), duplicateOf: r.duplicate_of }));
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
    this.#q.deleteFact[kind].run({ id });
    this.#q.deleteFactCountries.run({ id });
    this.#q.deleteFactFts.run({ id });
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
    const rows = dates
      ? this.#q.agreementsByKeyAndDates.all({ parties, kind, ...windowParameters(dates) })
      : this.#q.agreementsByKey.all({ parties, kind });
    // The rows have the record's shape (kind and status hold what insertAgreement wrote): a busy
    // pair has hundreds of candidates, not worth copying.
    return rows as AgreementRecord[];
  }

  tradeClaims(key: TradeKey, values: ValueRange | null): Array<Pick<TradeRecord, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>> {
    // The rows carry the qualifier as insertTrade wrote it.
    return (values ? this.#q.tradeByKeyInRange.all({ ...key, low: values.low, high: values.high }) : this.#q.tradeByKey.all(key)) as Array<Pick<TradeRecord, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>;
  }

  insertPerson(p: PersonRecord): void {
    this.#q.insertPerson({ id: p.id, name: p.name, family_key: p.family_key, country: p.country, aliases: JSON.stringify(p.aliases), role: p.role });
  }

  updatePerson(p: Pick<PersonRecord, 'id' | 'name' | 'family_key' | 'aliases' | 'role'>): void {
    this.#q.updatePerson.run({ id: p.id, name: p.name, family_key: p.family_key, aliases: JSON.stringify(p.aliases), role: p.role });
  }

  insertEvent(e: EventRecord): void {
    this.#q.insertEvent({
      id: e.id, type: e.type, date: e.date, end_date: e.end_date, date_basis: e.date_basis, planned: e.planned ? 1 : 0, place: e.place ? JSON.stringify(e.place) : null,
      countries: e.countries, participants: JSON.stringify(e.participants),
    });
  }

  updateEvent(e: Pick<EventRecord, 'id' | 'participants' | 'place' | 'type' | 'date' | 'end_date' | 'date_basis'>): void {
    this.#q.updateEvent.run({
      id: e.id, participants: JSON.stringify(e.participants), place: e.place ? JSON.stringify(e.place) : null, type: e.type, date: e.date, end_date: e.end_date, date_basis: e.date_basis,
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
    for (const e of m.evidence) rows.evidence.push({ mention_id: id, document_id: m.documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text });
  }
}

