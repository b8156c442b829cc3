// `readout remove DOC…`: deletes documents and the facts only they report; facts other documents
// report stay, made again from those reports. A document is named by its id or its source.
import { sourceOfPath } from '../read/source-name.js';
import type { Store } from '../store/store.js';
import { withStore } from './corpus.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';
import { printable } from './printable.js';

/**
 * The id of the document a reference names: a number is an id; else a source as stored, or a path
 * as typed here (`./examples/x.txt` names `examples/x.txt`). Several documents under one source
 * (pieces of standard input) must be named by id.
 */
export async function documentNamed(store: Store, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) {
    if ((await store.documents({ ids: [ref] })).length) return Number(ref);
    throw new CliError(`no document ${ref} (readout documents lists them)`);
  }
  const exact = await store.documentsBySource(ref);
  const found = exact.length ? exact : await store.documentsBySource(sourceOfPath(ref));
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1) throw new CliError(`${ref} names ${found.length} documents (${found.map((d) => d.id).join(', ')}): give the id of one`);
  throw new CliError(`no document ${ref} is stored (readout documents lists their ids and sources)`);
}

export async function runRemove(refs: readonly string[], options: { readonly db: string }, io: Io): Promise<number> {
  await withStore(options.db, 'update', async (store) => {
    // Every name is checked before anything is removed: a typo removes nothing.
    const ids = [];
    for (const ref of refs) ids.push(await documentNamed(store, ref));
    for (const id of new Set(ids)) {
      const outcome = (await store.removeDocument(id))!;
      io.out(
        `removed ${printable(outcome.source)} (document ${outcome.id}): ${outcome.deleted} fact${outcome.deleted === 1 ? '' : 's'} only it reported deleted, ${outcome.kept} kept (other documents report them)\n`,
      );
    }
  });
  return 0;
}
