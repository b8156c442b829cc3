// Query results rendered three ways from one loader: a readable table, JSON rows, CSV.
import Table from 'cli-table3';
import { toCsv } from '../export/csv.js';
import type { Flattened } from '../export/flatten.js';
import { printable } from './printable.js';

export type RowsFormat = 'table' | 'json' | 'csv';

const WIDE = new Set(['title', 'participants', 'sources', 'place', 'aliases', 'conflicts_with', 'what', 'snippet']);

export function renderRows(format: RowsFormat, rows: readonly unknown[], flat: Flattened, tableColumns?: readonly string[]): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return toCsv(flat.columns, flat.rows);
  if (!flat.rows.length) return '(no rows)\n';
  const columns = tableColumns ?? flat.columns;
  const table = new Table({
    head: [...columns],
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: columns.map((c) => (WIDE.has(c) ? 40 : null)),
  });
  // Cells hold text from documents: shown with their control characters escaped.
  for (const row of flat.rows) table.push(columns.map((c) => (row[c] === null || row[c] === undefined ? '' : printable(String(row[c])))));
  return `${table.toString()}\n${flat.rows.length} row${flat.rows.length === 1 ? '' : 's'}\n`;
}
