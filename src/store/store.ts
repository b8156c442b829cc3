// The store seam: everything the ingest, merge, query and export code needs from a database, typed by
// what callers use. One folder per backend (store/sqlite/…); callers never see a driver's types.
import type { ReadHints } from '../read/read-document.js';
import type {
  AgreementKindT, AgreementStatusT, DocumentFieldsT, EventTypeT, PlaceT, QualifierT, ReadoutFactsT, TradeKindT, TradeMeasureT,
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
}

export interface StoredDocumentRef {
  readonly id: number;
  readonly source: string;
  readonly extractor: string;
}

export interface SaveOutcome {
  readonly id: number;
  /** `replaced` when the same content was stored before by another extractor version. */
  readonly status: 'stored' | 'replaced';
  readonly duplicateOf: { readonly id: number; readonly source: string; readonly similarity: number } | null;
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
  readonly limit?: number;
  /** Only these facts (documents: these ids as text): lookups by id. */
  readonly ids?: readonly string[];
  /** Keyset paging: the rows after this id in the list's own order (the last id of the page before). */
  readonly after?: string;
  /** Events this person (a canonical person id) took part in. */
  readonly person?: string;
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
  events(filter?: FactFilter): Promise<EventRow[]>;
  agreements(filter?: FactFilter): Promise<AgreementRow[]>;
  trade(filter?: FactFilter): Promise<TradeRow[]>;
  people(filter?: FactFilter): Promise<PersonRow[]>;
  documents(filter?: FactFilter): Promise<DocumentRow[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
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
