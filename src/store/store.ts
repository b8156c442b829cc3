// The store seam: everything the ingest, merge, query and export code needs from a database, typed by
// what callers use. One folder per backend (store/sqlite/…); callers never see a driver's types.
import type { ReadHints } from '../read/read-document.js';
import type { CorrectionAction, CorrectionAuthor, CorrectionRequest } from '../facts/corrections.js';
import type {
  AgreementKindT,
  AgreementStatusT,
  DocumentFieldsT,
  EventTypeT,
  PlaceT,
  QualifierT,
  ReadoutFactsT,
  TradeKindT,
  TradeMeasureT,
} from '../facts/schema.js';

/** One sentence of a document's cleaned text, with its offsets. */
export interface StoredSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A document after extraction, ready to be written in one transaction. */
export interface AnalysedDocument {
  readonly source: string;
  /** sha256 of the input bytes, hex. */
  readonly contentHash: string;
  readonly extractor: string;
  /** The input as received, so `reindex` can run a newer extractor on it. */
  readonly raw: Uint8Array;
  /** The publication date given by the caller (not by the text), kept for reindexing. */
  readonly publishedOption: string | null;
  /** What the input's container said about the bytes (read/read-document.ts), kept for reindexing. */
  readonly readHints: ReadHints;
  readonly text: string;
  readonly sentences: readonly StoredSentence[];
  readonly facts: ReadoutFactsT;
  /** MinHash signature of the text's word shingles (see merge/near-duplicates.ts). */
  readonly minhash: Uint32Array;
  /** The stored document this one is a new version of (the same source with other content): its facts give way to these. */
  readonly replaces?: number | null;
}

interface StoredDocumentRef {
  readonly id: number;
  readonly content_hash: string;
  readonly source: string;
  readonly extractor: string;
}

export interface SaveOutcome {
  readonly id: number;
  /** `replaced`: the same content was stored before by another extractor version; `updated`: it is a new version of a stored source. */
  readonly status: 'stored' | 'replaced' | 'updated';
  readonly duplicateOf: { readonly id: number; readonly source: string; readonly similarity: number } | null;
}

/**
 * A correction as stored: what was asked, by whom, when and why, and the fact it applies to now. It is
 * kept apart from the extracted facts, anchored to the reports it was made on (their document and
 * what they state), and applied again whenever those reports are merged anew (reindex, re-ingest).
 */
export interface Correction {
  readonly id: number;
  readonly action: CorrectionAction;
  readonly kind: FactKind;
  /** The fact (or person) as it was named when the correction was made. */
  readonly fact_id: string;
  /** merge: the fact that joined it; split: the fact made of the document's reports. */
  readonly other_id: string | null;
  /** split: the document whose reports were taken out. */
  readonly document: string | null;
  /** correct: the values set. */
  readonly changes: Readonly<Record<string, unknown>> | null;
  /** correct: the values those fields had when the correction was made. */
  readonly previous: Readonly<Record<string, unknown>> | null;
  readonly by: string;
  readonly at: string;
  readonly note: string | null;
  /** The fact it applies to now (ids change when facts are merged anew), or null when the reports it was made on are gone. */
  readonly applied_to: string | null;
  readonly undone: { readonly by: string; readonly at: string } | null;
}

/** A correction as a fact row shows it. */
export type CorrectionNote = Pick<Correction, 'id' | 'action' | 'changes' | 'previous' | 'by' | 'at' | 'note'>;

export interface CorrectionFilter {
  readonly limit?: number;
  readonly offset?: number;
  /** Only corrections applied to this fact now or made on it. */
  readonly fact?: string;
}

/** Where a fact was read: the document (its source name), the sentence index and its verbatim text. */
export interface Source {
  readonly document: string;
  readonly document_id: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface FactRow {
  readonly id: string;
  /** Distinct documents reporting the fact, near-duplicates counted once. */
  readonly num_documents: number;
  readonly sources: readonly Source[];
  /** The corrections in force on this fact, oldest first: its values are the corrected ones. */
  readonly corrections: readonly CorrectionNote[];
}

export interface EventRow extends FactRow {
  readonly type: EventTypeT;
  readonly date: string | null;
  readonly end_date: string | null;
  /** How the canonical date was established: stated by a report, a report's publication day (an upper bound), or inferred. */
  readonly date_basis: 'stated' | 'publication' | 'inferred' | null;
  readonly planned: boolean;
  readonly place: PlaceT | null;
  readonly countries: readonly string[];
  readonly participants: ReadonlyArray<{ readonly name: string; readonly country: string | null; readonly person_id: string | null }>;
}

export interface AgreementRow extends FactRow {
  readonly title: string;
  readonly kind: AgreementKindT;
  readonly parties: readonly string[];
  readonly status: AgreementStatusT;
  readonly date: string | null;
}

export interface TradeRow extends FactRow {
  readonly measure: TradeMeasureT;
  readonly parties: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  /** Null when the figure's currency has no dollar rate for its year (or the year is unknown). */
  readonly value_usd: number | null;
  /** The figure as the text stated it when not in dollars, and its ISO 4217 currency. */
  readonly amount: number | null;
  readonly currency: string | null;
  readonly qualifier: QualifierT;
  readonly year: number | null;
  readonly kind: TradeKindT;
  readonly scope: string | null;
  /** Ids of claims with a different dollar value for the same pair, measure, year, kind and scope. */
  readonly conflicts_with: readonly string[];
}

export interface PersonRow extends FactRow {
  readonly name: string;
  readonly aliases: readonly string[];
  /** The most recent role stated (by publication date), or null. */
  readonly role: string | null;
  readonly country: string | null;
  readonly roles: ReadonlyArray<{ readonly role: string; readonly date: string | null; readonly document: string }>;
}

export interface DocumentRow {
  readonly id: number;
  readonly source: string;
  readonly content_hash: string;
  readonly extractor: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly fields: DocumentFieldsT;
  readonly ingested_at: string;
  readonly duplicate_of: { readonly id: number; readonly source: string; readonly similarity: number } | null;
  readonly counts: { readonly events: number; readonly agreements: number; readonly trade: number; readonly people: number };
}

export interface FactFilter {
  /** ISO alpha-3: facts involving this country. */
  readonly country?: string;
  /** Two ISO alpha-3 codes: facts involving both. */
  readonly pair?: readonly [string, string];
  /** Dates compared at the fact's own precision; undated facts are left out when a bound is given. */
  readonly since?: string;
  readonly until?: string;
  /** Event type (meeting, visit, …) or agreement kind. */
  readonly type?: string;
  /** Trade kind (actual, target, potential) or agreement kind. */
  readonly kind?: string;
  /** Trade figures of this year; null: figures stated without a year. */
  readonly year?: number | null;
  readonly limit?: number;
  /** Skip this many rows first (in the list's order). */
  readonly offset?: number;
  /** Agreement status. */
  readonly status?: string;
  /** Trade measure (`type` says the same, as the API names it). */
  readonly measure?: string;
  /** People with this name, family name or alias (compared as names are: case, accents and hyphens aside). */
  readonly name?: string;
  /** Only these facts (documents: these ids as text): lookups by id. */
  readonly ids?: readonly string[];
  /** Keyset paging: the rows after this id in the list's own order (the last id of the page before). */
  readonly after?: string;
  /** Events this person took part in: a canonical person id, or any of several. */
  readonly person?: string | readonly string[];
  /** At most this many sources per fact, the first stored; num_documents still counts every document. */
  readonly maxSources?: number;
}

export interface SearchHit {
  readonly kind: 'document' | 'event' | 'agreement' | 'trade' | 'person';
  readonly id: string;
  readonly document: string | null;
  readonly snippet: string;
}

export interface StoreStats {
  readonly documents: number;
  readonly sentences: number;
  readonly events: number;
  readonly agreements: number;
  readonly trade_claims: number;
  readonly people: number;
  readonly conflicts: number;
  readonly near_duplicate_links: number;
  readonly mentions: number;
  /** Corrections in force (undone ones not counted). */
  readonly corrections: number;
}

export type FactKind = 'event' | 'agreement' | 'trade' | 'person';

/** A document with its cleaned text, its sentences and where each fact it states was read. */
export interface DocumentDetail extends DocumentRow {
  readonly text: string;
  readonly sentences: readonly StoredSentence[];
  readonly mentions: ReadonlyArray<{
    readonly kind: FactKind;
    readonly fact_id: string;
    readonly rule: string | null;
    readonly evidence: ReadonlyArray<{ readonly sentence: number; readonly start: number; readonly end: number }>;
  }>;
}

/** How much the corpus holds on one country (canonical facts involving it). */
export interface CountrySummary {
  readonly country: string;
  readonly events: number;
  readonly agreements: number;
  readonly trade: number;
  readonly people: number;
}

/** How much the corpus holds on one pair of countries: facts whose parties are exactly these two. */
export interface PairSummary {
  readonly pair: readonly [string, string];
  readonly events: number;
  readonly agreements: number;
  readonly trade: number;
  /** The latest dated event or agreement, or null. */
  readonly latest: string | null;
}

export interface ConflictFilter {
  readonly country?: string;
  readonly pair?: readonly [string, string];
  readonly limit?: number;
  readonly offset?: number;
}

export type SearchKind = SearchHit['kind'];

export interface SearchQuery {
  readonly text: string;
  readonly kind?: SearchKind;
  readonly country?: string;
  readonly year?: number;
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchResult {
  readonly kind: SearchKind;
  /** A fact id, or a document id as text. */
  readonly id: string;
  /** The document the hit is in (documents), else null. */
  readonly document_id: number | null;
  readonly snippet: string;
  readonly countries: readonly string[];
  readonly year: number | null;
}

/** One page of hits, and counts by kind, country and year over every hit the facets look at. */
export interface SearchPage {
  readonly hits: readonly SearchResult[];
  readonly total: number;
  /** How many of the best matches of each kind the facets count (a common word matches thousands). */
  readonly window: number;
  readonly facets: {
    readonly kind: Readonly<Record<string, number>>;
    readonly country: Readonly<Record<string, number>>;
    readonly year: Readonly<Record<string, number>>;
  };
}

/**
 * A failure of the database itself, in words a user can act on (a missing folder, a file that is not
 * a database or is corrupt, a read-only file, a schema from a newer version): every backend reports
 * its own failures this way, from opening and from every method, so callers never see a driver's error.
 */
export class StoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** Only read: nothing is written (no schema upgrade, no journal change), so a read-only file or folder serves. */
  readonly readonly?: boolean;
}

/** One report of a fact: what one document states, where, and by which rule. */
export interface FactReport {
  readonly document: {
    readonly id: number;
    readonly source: string;
    readonly title: string | null;
    readonly publisher: string | null;
    readonly published: string | null;
    /** The year the text speaks from and how it was established (readout-facts/v1 `reference_year`), or null. */
    readonly reference_year: { readonly year: number; readonly reason: string } | null;
  };
  readonly rule: string | null;
  /** The fact as this document states it (readout-facts/v1 fields, evidence and rule apart). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly evidence: ReadonlyArray<{ readonly sentence: number; readonly start: number; readonly end: number; readonly text: string }>;
}

/** One fact whole, for `readout show`: the canonical row, every report of it, and its corrections (undone ones too). */
export type FactDetail =
  | {
      readonly kind: 'event';
      readonly row: EventRow;
      readonly hidden: boolean;
      readonly reports: readonly FactReport[];
      readonly corrections: readonly Correction[];
    }
  | {
      readonly kind: 'agreement';
      readonly row: AgreementRow;
      readonly hidden: boolean;
      readonly reports: readonly FactReport[];
      readonly corrections: readonly Correction[];
    }
  | {
      readonly kind: 'trade';
      readonly row: TradeRow;
      readonly hidden: boolean;
      readonly reports: readonly FactReport[];
      readonly corrections: readonly Correction[];
    }
  | {
      readonly kind: 'person';
      readonly row: PersonRow;
      readonly hidden: boolean;
      readonly reports: readonly FactReport[];
      readonly corrections: readonly Correction[];
    };

export interface RemoveOutcome {
  readonly id: number;
  readonly source: string;
  /** Canonical facts deleted because no other document reports them. */
  readonly deleted: number;
  /** Canonical facts kept because other documents report them too (rebuilt from those reports). */
  readonly kept: number;
}

export interface ReindexItem {
  readonly id: number;
  readonly source: string;
  readonly raw: Uint8Array;
  readonly publishedOption: string | null;
  readonly readHints: ReadHints;
}

export interface Store {
  /** Where the data lives (a file path for SQLite), for messages. */
  readonly location: string;
  documentByHash(contentHash: string): Promise<StoredDocumentRef | null>;
  /** Writes the document, its sentences and facts and merges the facts, all or nothing. */
  saveDocument(doc: AnalysedDocument): Promise<SaveOutcome>;
  /** Stored documents whose extractor differs from `extractor` (all of them with `all`). */
  documentsToReindex(extractor: string, all: boolean): Promise<readonly number[]>;
  reindexItem(id: number): Promise<ReindexItem | null>;
  /** Stored documents named by this source (a file's path, a URL), newest first. */
  documentsBySource(source: string): Promise<StoredDocumentRef[]>;
  /** Deletes a document and the facts only it reported; the facts other documents report are rebuilt from theirs. */
  removeDocument(id: number): Promise<RemoveOutcome | null>;
  /** One fact or person with every report of it and its corrections, or null (rejected ones too: `hidden`). */
  fact(id: string): Promise<FactDetail | null>;
  /** Stores a correction and applies it; throws a CorrectionError when it cannot apply. */
  correct(request: CorrectionRequest, author: CorrectionAuthor): Promise<Correction>;
  /** Corrections, newest first, undone ones included. */
  corrections(filter?: CorrectionFilter): Promise<Correction[]>;
  /** Reverts a correction: the facts it changed are rebuilt from their reports and the other corrections applied again. */
  undoCorrection(id: number, by: string): Promise<Correction>;
  events(filter?: FactFilter): Promise<EventRow[]>;
  agreements(filter?: FactFilter): Promise<AgreementRow[]>;
  trade(filter?: FactFilter): Promise<TradeRow[]>;
  people(filter?: FactFilter): Promise<PersonRow[]>;
  documents(filter?: FactFilter): Promise<DocumentRow[]>;
  /** Full-text hits: facts first, then documents, each ranked; `limit` and `offset` count hits of each kind. */
  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** One document with its text, sentences and fact evidence, or null. */
  document(id: number): Promise<DocumentDetail | null>;
  /** Every country the facts involve, with counts. */
  countries(): Promise<CountrySummary[]>;
  /** Every pair of countries with facts of their own (involving just the two), most events first. */
  pairs(country?: string): Promise<PairSummary[]>;
  /** Trade claims whose sources disagree: one group per claim key, the claims of each side by side. */
  conflicts(filter?: ConflictFilter): Promise<TradeRow[][]>;
  /** Full text over documents and facts, narrowed by kind, country and year, with facet counts. */
  searchPage(query: SearchQuery): Promise<SearchPage>;
  /** Changes whenever the stored data may have changed (any process's commit): a cache key. */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}
