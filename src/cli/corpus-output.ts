// Query results rendered three ways from one loader: a readable table, JSON rows, CSV.
import Table from 'cli-table3';
import { toCsv } from '../export/csv.js';
import type { Flattened } from '../export/flatten.js';
import { printable } from './printable.js';

export type RowsFormat = 'table' | 'json' | 'csv';

// Columns wrapped at a width, so a table stays readable in a terminal; the others take their width.
const WIDTH: Readonly<Record<string, number>> = {
  change: 36,
  note: 24,
  state: 16,
  title: 40,
  participants: 36,
  sources: 40,
  place: 24,
  aliases: 30,
  conflicts_with: 24,
  what: 40,
  snippet: 60,
  corrected: 24,
  role: 30,
};

export function renderRows(format: RowsFormat, rows: readonly unknown[], flat: Flattened, tableColumns?: readonly string[]): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return toCsv(flat.columns, flat.rows);
  if (!flat.rows.length) return '(no rows)\n';
  // Corrected rows say so: the column appears when any row shown has a correction in force.
  const marked = flat.rows.some((r) => r.corrected) && !(tableColumns ?? flat.columns).includes('corrected');
  const columns = [...(tableColumns ?? flat.columns), ...(marked ? ['corrected'] : [])];
  const table = new Table({
    head: [...columns],
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: columns.map((c) => WIDTH[c] ?? null),
  });
  // Cells hold text from documents: shown with their control characters escaped.
  for (const row of flat.rows) table.push(columns.map((c) => (row[c] === null || row[c] === undefined ? '' : printable(String(row[c])))));
  return `${table.toString()}\n${flat.rows.length} row${flat.rows.length === 1 ? '' : 's'}\n`;
}
