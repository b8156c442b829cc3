// Every CSV Readout writes (query --csv, export --format csv, the API's ?format=csv) is made here, by
// csv-stringify: RFC 4180 quoting, a header, one line per row.
//
// Cells are neutralised against formula injection (OWASP "CSV Injection"): a text cell that begins
// with =, +, -, @, a tab or a carriage return (or the full-width =, +, -) is written with a leading
// single quote, so a spreadsheet shows it as text rather than running it. Documents are written by
// anyone, and their titles, names and places reach these cells. The one exception is a number: a
// numeric cell (a dollar value, a count) is written as the number it is, a negative one included,
// since a number is not a formula and a quote would turn it into text. A text cell that merely looks
// numeric gets the quote like any other; a date with no year ("--05-28", which a spreadsheet would
// compute as -23) is written '--05-28.
import { stringify, type Options } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null;

const OPTIONS: Options = {
  escape_formulas: true,
  // true and false as words, as the JSON has them (csv-stringify writes 1 and an empty cell).
  cast: { boolean: (value) => String(value) },
};

/** One CSV line, without its line break. */
export const csvLine = (cells: readonly Cell[]): string => stringify([cells], OPTIONS).slice(0, -1);

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, Cell>>>): string {
  return stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? null))], OPTIONS);
}
