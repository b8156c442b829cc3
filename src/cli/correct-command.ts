// The analyst's verbs: `readout correct ID --field value…`, `reject ID`, `merge ID OTHER`,
// `split ID --source DOC`, and `corrections [--undo ID]`. Each correction is stored apart from the
// extracted facts with who made it (--by, else the user logged in), when and why (--note); the
// store applies it at once and again whenever the facts are merged anew (merge/corrections.ts).
import { userInfo } from 'node:os';
import { CorrectionError, type CorrectionAuthor, type CorrectionRequest, type FactChanges } from '../facts/corrections.js';
import type { Correction, Store } from '../store/store.js';
import { withStore } from './corpus.js';
import { renderRows } from './corpus-output.js';
import { CliError } from './errors.js';
import { changeText, correctionLine } from './fact-view.js';
import type { Io } from './io.js';
import { formatOf } from './query-command.js';
import { whereNow } from './show-command.js';

interface AuthorOptions {
  readonly db: string;
  readonly by?: string;
  readonly note?: string;
}

/** The values `readout correct` was given, as commander names them (settings.ts); null clears a field. */
export interface CorrectOptions extends AuthorOptions {
  readonly date?: string | null;
  readonly endDate?: string | null;
  readonly type?: string;
  readonly planned?: boolean;
  readonly countries?: string[];
  readonly status?: string;
  readonly kind?: string;
  readonly title?: string;
  readonly measure?: string;
  readonly year?: number | null;
  readonly valueUsd?: number;
  readonly name?: string;
  readonly role?: string;
  readonly country?: string | null;
}

/** Who makes a correction: --by (or READOUT_USER), else the user logged in. */
function authorOf(o: AuthorOptions): CorrectionAuthor {
  let user = 'unknown';
  try {
    user = userInfo().username || user;
  } catch {
    // No user entry for this uid (some containers): the correction still says someone made it.
  }
  return { by: o.by ?? user, note: o.note ?? null };
}

/** The fields given, in the vocabulary of facts/corrections.ts. */
function changesOf(o: CorrectOptions): FactChanges {
  const given: Record<string, unknown> = {
    date: o.date,
    end_date: o.endDate,
    type: o.type,
    planned: o.planned,
    countries: o.countries,
    status: o.status,
    kind: o.kind,
    title: o.title,
    measure: o.measure,
    year: o.year,
    value_usd: o.valueUsd,
    name: o.name,
    role: o.role,
    country: o.country,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

/** Runs a store call, a correction that cannot apply becoming a one-line error. */
async function applying<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CorrectionError) throw new CliError(error.message, undefined, { cause: error });
    throw error;
  }
}

async function request(store: Store, req: CorrectionRequest, o: AuthorOptions, io: Io): Promise<void> {
  const c = await applying(() => store.correct(req, authorOf(o))).catch(async (error: unknown) => {
    // An id a correction moved on: say where the fact is now.
    if (error instanceof CliError && error.message.startsWith('no fact ')) {
      const missing = /^no fact (\S+)/.exec(error.message)![1]!;
      const where = await whereNow(store, missing);
      if (where) throw new CliError(`no fact ${missing}${where}`);
    }
    throw error;
  });
  io.out(`correction #${c.id} by ${c.by}: ${c.fact_id} ${changeText(c)}${c.note ? ` — "${c.note}"` : ''}\n`);
  if (c.applied_to && c.applied_to !== c.fact_id) io.out(`it applies to ${c.applied_to}\n`);
  io.out(`(readout show ${c.applied_to ?? c.fact_id} shows the fact; readout corrections --undo ${c.id} reverts it)\n`);
}

export async function runCorrect(id: string, o: CorrectOptions, io: Io): Promise<number> {
  await withStore(o.db, 'update', (store) => request(store, { action: 'correct', factId: id, changes: changesOf(o) }, o, io));
  return 0;
}

export async function runReject(id: string, o: AuthorOptions, io: Io): Promise<number> {
  await withStore(o.db, 'update', (store) => request(store, { action: 'reject', factId: id }, o, io));
  return 0;
}

export async function runMerge(id: string, other: string, o: AuthorOptions, io: Io): Promise<number> {
  await withStore(o.db, 'update', (store) => request(store, { action: 'merge', factId: id, otherId: other }, o, io));
  return 0;
}

export async function runSplit(id: string, o: AuthorOptions & { readonly source: string }, io: Io): Promise<number> {
  await withStore(o.db, 'update', (store) => request(store, { action: 'split', factId: id, document: o.source }, o, io));
  return 0;
}

const STATE = (c: Correction): string =>
  c.undone ? `undone by ${c.undone.by} ${c.undone.at}` : c.applied_to === null ? 'waiting: its reports are not stored' : 'in force';

export async function runCorrections(
  o: AuthorOptions & { readonly undo?: number; readonly limit?: number; readonly offset?: number; readonly json?: boolean; readonly csv?: boolean },
  io: Io,
): Promise<number> {
  // Listing only reads; --undo writes.
  await withStore(o.db, o.undo === undefined ? 'read' : 'update', async (store) => {
    if (o.undo !== undefined) {
      const c = await applying(() => store.undoCorrection(o.undo!, authorOf(o).by));
      io.out(`undone: ${correctionLine(c)}\n`);
      return;
    }
    const list = await store.corrections({ limit: o.limit, offset: o.offset });
    const rows = list.map((c) => ({
      id: c.id,
      at: c.at,
      by: c.by,
      action: c.action,
      kind: c.kind,
      fact: c.fact_id,
      applies_to: c.applied_to,
      change: changeText(c),
      note: c.note,
      state: STATE(c),
    }));
    io.out(
      renderRows(formatOf(o), list, { columns: ['id', 'at', 'by', 'action', 'kind', 'fact', 'applies_to', 'change', 'note', 'state'], rows }, [
        'id',
        'at',
        'by',
        'fact',
        'change',
        'note',
        'state',
      ]),
    );
  });
  return 0;
}
