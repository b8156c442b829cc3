// RFC 4180 CSV: a header, CRLF-free lines, fields quoted when they hold a comma, quote or newline.
export type Cell = string | number | boolean | null;

const csvField = (value: Cell): string => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvLine = (cells: readonly Cell[]): string => cells.map(csvField).join(',');

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, Cell>>>): string {
  return [csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => r[c] ?? null)))].join('\n') + '\n';
}
