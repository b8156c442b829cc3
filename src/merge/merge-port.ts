// The seam between merging and a database: look-ups of candidates by indexed keys, and writes of
// documents, canonical facts and mentions. A backend implements it with plain queries and inserts;
// every decision (which candidate is the same fact, what the canonical fact becomes, which window of
// values or dates can hold a match) is taken on this side, so each backend merges the same way.
// Calls are synchronous: they run inside the backend's open transaction, one document at a time.
import type { AgreementKindT, AgreementStatusT, EventTypeT, EvidenceT, PlaceT, QualifierT, TradeKindT, TradeMeasureT } from '../facts/schema.js';
import type { CorrectionAction, FactKind } from '../facts/corrections.js';
import type { AnalysedDocument } from '../store/store.js';
import type { DateBasis, DateWindow } from './date-spans.js';
import type { StoredFact } from './fact-index.js';
import type { Anchor } from './mention-keys.js';

export type { FactKind };

export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  /** The folded family name (names.ts): the key people are found by. */
  readonly family_key: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  /** The latest role a report gave. */
  readonly role: string | null;
}

export interface Participant {
  readonly name: string;
  readonly country: string | null;
  readonly person_id: string | null;
}

export interface EventRecord {
  readonly id: string;
  readonly type: EventTypeT;
  readonly date: string | null;
  readonly end_date: string | null;
  /** How the date was established (date-spans.ts); null reads as stated. */
  readonly date_basis: DateBasis | null;
  readonly planned: boolean;
  readonly place: PlaceT | null;
  /** The sorted country codes joined by commas (countriesKey). */
  readonly countries: string;
  readonly participants: readonly Participant[];
}

export interface AgreementRecord {
  readonly id: string;
  readonly title: string;
  readonly kind: AgreementKindT;
  /** countriesKey of the parties. */
  readonly parties: string;
  readonly status: AgreementStatusT;
  readonly date: string | null;
}

/** What makes two trade figures the same claim, value aside. */
export interface TradeKey {
  readonly parties: string;
  readonly measure: TradeMeasureT;
  readonly kind: TradeKindT;
  readonly year: number | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly scope: string | null;
}

export interface TradeRecord extends TradeKey {
  readonly id: string;
  readonly value_usd: number | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly qualifier: QualifierT;
}

/** Values a look-up returns, bounds included. */
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

/** One fact as one document states it, with its evidence; `data` is the fact without evidence and rule. */
export interface Mention {
  readonly kind: FactKind;
  readonly factId: string;
  readonly documentId: number;
  readonly rule: string | null;
  readonly data: object;
  readonly evidence: readonly EvidenceT[];
}

export interface StoredSignature {
  readonly id: number;
  readonly source: string;
  readonly signature: Uint32Array;
  readonly duplicateOf: number | null;
}

/** A stored report of a fact, with what anchors corrections to it. */
export interface StoredMention {
  readonly id: number;
  readonly kind: FactKind;
  readonly factId: string;
  readonly documentId: number;
  /** The document's source. */
  readonly source: string;
  /** The fact as the document states it, without evidence and rule. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The first sentence it was read from, whitespace folded (mention-keys.ts). */
  readonly evidence: string | null;
}

/** A correction as the merge applies it (the store's Correction, with its anchors). */
export interface CorrectionRecord {
  readonly id: number;
  readonly action: CorrectionAction;
  readonly kind: FactKind;
  readonly factId: string;
  readonly otherId: string | null;
  readonly document: string | null;
  readonly changes: Readonly<Record<string, unknown>> | null;
  readonly appliedTo: string | null;
  /** The reports of the fact when the correction was made. */
  readonly anchors: readonly Anchor[];
  /** merge: the reports of the fact that joined it. */
  readonly otherAnchors: readonly Anchor[];
}

export interface NewCorrection extends Omit<CorrectionRecord, 'id'> {
  readonly previous: Readonly<Record<string, unknown>> | null;
  readonly by: string;
  readonly at: string;
  readonly note: string | null;
}

export interface MergePort {
  documentIdByHash(contentHash: string): number | null;
  insertDocument(doc: AnalysedDocument, ingestedAt: string): number;
  updateDocument(id: number, doc: AnalysedDocument, ingestedAt: string): void;
  setDuplicate(id: number, original: { readonly id: number; readonly similarity: number } | null): void;
  /** Documents with a greater id than `id`, in id order. */
  signaturesSince(id: number): StoredSignature[];

  /** The facts a document mentions, each once; what this transaction wrote included. */
  factsMentionedBy(documentId: number): Array<{ readonly kind: FactKind; readonly id: string }>;
  /** Removes a document's mentions and their evidence. */
  deleteMentions(documentId: number): void;
  isMentioned(factId: string): boolean;
  /** Removes a canonical fact and its index entries (countries, words). */
  deleteFact(kind: FactKind, id: string): void;

  // Candidates, each list in the order the facts were first stored.
  peopleByFamily(familyKey: string): PersonRecord[];
  /** People of `country` whose family key starts with `prefix`, except those whose key is `except`. */
  peopleByFamilyPrefix(country: string, prefix: string, except: string): PersonRecord[];
  /** Encounters of exactly these countries whose date is one of `equalTo` or lies between `from` and `to`. */
  eventsNear(countries: string, window: DateWindow): EventRecord[];
  /** Agreements of the parties and kind; with a window, only undated ones and those whose date it holds. */
  agreementsOf(parties: string, kind: AgreementKindT, dates: DateWindow | null): AgreementRecord[];
  /** Claims with this key; with a range, only those whose value lies in it. */
  tradeClaims(key: TradeKey, values: ValueRange | null): Array<Pick<TradeRecord, 'id' | 'value_usd' | 'amount' | 'currency' | 'qualifier'>>;

  insertPerson(person: PersonRecord): void;
  updatePerson(person: Pick<PersonRecord, 'id' | 'name' | 'family_key' | 'aliases' | 'role'>): void;
  insertEvent(event: EventRecord): void;
  updateEvent(event: Pick<EventRecord, 'id' | 'participants' | 'place' | 'type' | 'date' | 'end_date' | 'date_basis'>): void;
  insertAgreement(agreement: AgreementRecord): void;
  updateAgreement(agreement: Pick<AgreementRecord, 'id' | 'date' | 'status'>): void;
  insertTrade(trade: TradeRecord): void;
  /** Makes a canonical fact findable: by the countries it involves and by the words of `body`. */
  indexFact(kind: FactKind, id: string, countries: readonly string[], body: string): void;
  addMention(mention: Mention): void;

  // What corrections, removals and rebuilds need: facts and their reports by id, and writes of whole facts.
  /** The reports of a fact, in the order they were stored. */
  mentionsOfFact(factId: string): StoredMention[];
  /** The reports of every stored document with this source, in the order they were stored. */
  mentionsOfSource(source: string): StoredMention[];
  fact(kind: FactKind, id: string): StoredFact | null;
  hasFact(kind: FactKind, id: string): boolean;
  /** Overwrites a stored fact's values with these. */
  writeFact(fact: StoredFact): void;
  insertFact(fact: StoredFact): void;
  /** Makes these reports reports of another fact. */
  moveMentions(mentionIds: readonly number[], factId: string): void;
  /** Takes a fact out of the country index and full-text search (it stays a merge candidate). */
  unindexFact(id: string): void;
  /** Events whose participants include this canonical person. */
  eventsWithPerson(personId: string): EventRecord[];
  /** Deletes a document row (its mentions are gone); documents marked as its near-duplicates lose the link. */
  deleteDocument(id: number): void;

  hasCorrections(): boolean;
  /** Corrections in force anchored to a report in a document with this source. */
  correctionsAnchoredAt(source: string): CorrectionRecord[];
  /** Corrections in force applied to these facts. */
  correctionsAppliedTo(factIds: readonly string[]): CorrectionRecord[];
  correction(id: number): (CorrectionRecord & { readonly undone: boolean }) | null;
  insertCorrection(correction: NewCorrection): number;
  /** Points corrections at the fact they apply to now (null: its reports are gone). */
  setCorrectionTarget(id: number, factId: string | null): void;
  /** Points every correction applied to `from` at `to` (the fact `from` joined). */
  retargetCorrections(from: string, to: string | null): void;
  markCorrectionUndone(id: number, by: string, at: string): void;
}
