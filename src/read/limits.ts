// The default size limit of an input, shared by the library (readDocument) and the CLI's --max-size,
// in a module of its own so the CLI can show it without loading the readers.
export const MEGABYTE = 1024 * 1024;
/** Larger inputs are refused: no diplomatic readout is this long, and it would stall a batch. */
export const DEFAULT_MAX_BYTES = 20 * MEGABYTE;
