// `readout stats`: the corpus's counts, one per line or as one JSON object.
import { withStore } from './corpus.js';
import type { Io } from './io.js';

export async function runStats(options: { readonly db: string; readonly json?: boolean }, io: Io): Promise<number> {
  await withStore(options.db, 'read', async (store) => {
    const stats = await store.stats();
    if (options.json) io.out(`${JSON.stringify(stats, null, 2)}\n`);
    else
      io.out(
        `${Object.entries(stats)
          .map(([k, v]) => `${k.replace(/_/g, ' ').padEnd(22)} ${v}`)
          .join('\n')}\n`,
      );
  });
  return 0;
}
