// Which extractor made a document's facts: stored with every document, so `readout reindex` knows
// what is stale. Kept apart from the pipeline so that reading it loads no NLP (`readout --version`,
// ingest's "already stored by this version?" check on the main thread). extract/pipeline.ts states
// the same value; test/facts/extractor-version.test.ts keeps the two equal.
export const EXTRACTOR_VERSION = 'readout-extract/0.1.0';
