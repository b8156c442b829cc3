// Which extractor made a document's facts: stored with every document, so `readout reindex` knows
// what is stale. Kept apart from the pipeline so that reading it loads no NLP (`readout --version`,
// ingest's "already stored by this version?" check on the main thread). The pipeline re-exports it.
// 0.2.0: the readings of issue 9 (lists of documents, visit framing, currencies, date_basis).
export const EXTRACTOR_VERSION = 'readout-extract/0.2.0';
