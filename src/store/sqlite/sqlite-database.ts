// The SQLite tables as Kysely sees them. Only store/sqlite/ uses these types.
import type { Generated } from 'kysely';

interface DocumentsTable {
  id: Generated<number>;
  source: string;
  content_hash: string;
  extractor: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  published_option: string | null;
  /** JSON of the read hints (read/read-document.ts), or null when the input had none. */
  read_hints: string | null;
  fields: string;
  text: string;
  raw: Uint8Array;
  minhash: Uint8Array;
  duplicate_of: number | null;
  similarity: number | null;
  ingested_at: string;
  /** JSON array of spans, one per sentence (sentence-spans.ts); read as rows through the `sentences` view. */
  sentences: string;
}

/** A view over documents.sentences (migration 003). */
interface SentencesTable {
  document_id: number;
  idx: number;
  start: number;
  end: number;
  text: string;
}
interface PeopleTable {
  id: string;
  name: string;
  family_key: string;
  country: string | null;
  aliases: string;
  role: string | null;
}
interface EventsTable {
  id: string;
  type: string;
  date: string | null;
  end_date: string | null;
  date_basis: string | null;
  planned: number;
  place: string | null;
  countries: string;
  participants: string;
}
interface AgreementsTable {
  id: string;
  title: string;
  kind: string;
  parties: string;
  status: string;
  date: string | null;
}
interface TradeTable {
  id: string;
  measure: string;
  parties: string;
  from_country: string | null;
  to_country: string | null;
  value_usd: number | null;
  amount: number | null;
  currency: string | null;
  qualifier: string;
  year: number | null;
  kind: string;
  scope: string | null;
}
interface FactCountriesTable {
  country: string;
  kind: string;
  fact_id: string;
}
interface MentionsTable {
  id: Generated<number>;
  kind: string;
  fact_id: string;
  document_id: number;
  rule: string | null;
  data: string;
}
interface EvidenceTable {
  mention_id: number;
  document_id: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
}
interface CorrectionsTable {
  id: Generated<number>;
  action: string;
  kind: string;
  fact_id: string;
  other_id: string | null;
  document: string | null;
  /** JSON objects of the values set and the values before. */
  changes: string | null;
  previous: string | null;
  by: string;
  at: string;
  note: string | null;
  applied_to: string | null;
  undone_by: string | null;
  undone_at: string | null;
}
interface CorrectionAnchorsTable {
  correction_id: number;
  side: 'fact' | 'other';
  document: string;
  key: string;
  evidence: string | null;
}
interface DocumentsFtsTable {
  rowid: number;
  title: string;
  text: string;
}
interface FactsFtsTable {
  rowid: Generated<number>;
  kind: string;
  fact_id: string;
  body: string;
}

export interface SqliteSchema {
  documents: DocumentsTable;
  sentences: SentencesTable;
  people: PeopleTable;
  events: EventsTable;
  agreements: AgreementsTable;
  trade: TradeTable;
  fact_countries: FactCountriesTable;
  mentions: MentionsTable;
  evidence: EvidenceTable;
  documents_fts: DocumentsFtsTable;
  facts_fts: FactsFtsTable;
  corrections: CorrectionsTable;
  correction_anchors: CorrectionAnchorsTable;
}
