// `readout search TEXT`: full-text hits among facts and documents, as a table, JSON rows or CSV.
import type { Flattened } from '../export/flatten.js';
import { renderRows } from './corpus-output.js';
import { withStore } from './corpus.js';
import type { Io } from './io.js';
import { formatOf } from './query-command.js';

export async function runSearch(
  text: string,
  options: { readonly db: string; readonly limit: number; readonly offset?: number; readonly json?: boolean; readonly csv?: boolean },
  io: Io,
): Promise<number> {
  await withStore(options.db, 'read', async (store) => {
    const hits = await store.search(text, options.limit, options.offset ?? 0);
    const flat: Flattened = { columns: ['kind', 'id', 'document', 'snippet'], rows: hits.map((h) => ({ ...h })) };
    io.out(renderRows(formatOf(options), hits, flat));
  });
  return 0;
}
