// Readout's library surface: extraction and the readout-facts/v1 schema.
export { extract, extractText, extractFromRaw, EXTRACTOR_VERSION, type ExtractOptions } from './extract/pipeline.js';
export * from './facts/schema.js';
export { InputError } from './read/errors.js';
