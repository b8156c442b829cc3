// The default size limit of an input, shared by the library (readDocument) and the CLI's --max-size,
// in a module of its own so the CLI can show it without loading the readers.
export const MEGABYTE = 1024 * 1024;
/** Larger inputs are refused: no diplomatic readout is this long, and it would stall a batch. */
export const DEFAULT_MAX_BYTES = 20 * MEGABYTE;
/**
 * The time budget of one document's extraction, by default: the slowest of `npm run fuzz`'s 10,000
 * hostile inputs (up to a megabyte) took under a second, and a readout is a few kilobytes; a
 * document that takes five times that is stuck. (Here beside the size limit so the CLI can show it without loading the extraction pool.)
 */
export const DEFAULT_DOC_TIMEOUT_MS = 5_000;
