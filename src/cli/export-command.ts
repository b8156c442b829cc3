// `readout export --format F`: the whole corpus to standard output or a file (--out), with the
// number of records on stderr.
import { createWriteStream } from 'node:fs';
import { exportCorpus } from '../export/export-corpus.js';
import type { ExportFormat } from '../export/formats.js';
import { withStore } from './corpus.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export async function runExport(options: { readonly db: string; readonly format: ExportFormat; readonly out?: string }, io: Io): Promise<number> {
  await withStore(options.db, 'read', async (store) => {
    const file = options.out ? createWriteStream(options.out) : null;
    // A file that cannot be written surfaces on its stream; it is reported once the export is done.
    let failure: Error | null = null;
    file?.on('error', (error) => (failure ??= error));
    const n = await exportCorpus(store, options.format, (line) => (file ? file.write(`${line}\n`) : io.out(`${line}\n`)));
    if (file) await new Promise<void>((resolve) => file.end(() => resolve()));
    if (failure) throw new CliError(`cannot write ${options.out}: ${(failure as Error).message}`);
    io.err(`${n} ${options.format} record${n === 1 ? '' : 's'}${options.out ? ` → ${options.out}` : ''}`);
  });
  return 0;
}
