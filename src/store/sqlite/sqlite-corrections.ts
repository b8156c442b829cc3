// Reading corrections: the list `readout corrections` prints, the notes each fact row carries (the
// corrections in force on it), and which facts are rejected (left out of every list and count).
// Writing them is the merge port's (sqlite-merge-port.ts), inside the writer's transactions.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CorrectionAction, FactKind } from '../../facts/corrections.js';
import type { Correction, CorrectionFilter, CorrectionNote } from '../store.js';
import type { SqliteSchema } from './sqlite-database.js';
import type { Row } from './sqlite-statements.js';

type Db = Kysely<SqliteSchema>;

/** Ids of the facts a correction in force rejects. */
export const REJECTED_IDS = sql`select applied_to from corrections where action = 'reject' and undone_at is null and applied_to is not null`;

/** The fact whose id is in `column` is not rejected. */
export const notRejected = (column: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(column)} not in (${REJECTED_IDS})`;

const parsed = (json: string | null): Record<string, unknown> | null => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

function correctionOf(r: Row<'corrections'>): Correction {
  return {
    id: r.id,
    action: r.action as CorrectionAction,
    kind: r.kind as FactKind,
    fact_id: r.fact_id,
    other_id: r.other_id,
    document: r.document,
    changes: parsed(r.changes),
    previous: parsed(r.previous),
    by: r.by,
    at: r.at,
    note: r.note,
    applied_to: r.applied_to,
    undone: r.undone_at === null ? null : { by: r.undone_by ?? '', at: r.undone_at },
  };
}

const note = (c: Correction): CorrectionNote => ({ id: c.id, action: c.action, changes: c.changes, previous: c.previous, by: c.by, at: c.at, note: c.note });

/** The corrections in force on each of these facts, oldest first. */
export async function correctionNotes(db: Db, ids: readonly string[]): Promise<Map<string, CorrectionNote[]>> {
  const out = new Map<string, CorrectionNote[]>();
  if (!ids.length) return out;
  // Most corpora have no corrections at all: one look settles it.
  if (!(await db.selectFrom('corrections').select('id').where('undone_at', 'is', null).limit(1).executeTakeFirst())) return out;
  const rows = await db
    .selectFrom('corrections')
    .selectAll()
    .where('undone_at', 'is', null)
    .where(sql<boolean>`applied_to in (select value from json_each(${JSON.stringify(ids)}))`)
    .orderBy('id')
    .execute();
  for (const r of rows) out.set(r.applied_to!, [...(out.get(r.applied_to!) ?? []), note(correctionOf(r))]);
  return out;
}

export async function listCorrections(db: Db, filter: CorrectionFilter = {}): Promise<Correction[]> {
  let q = db.selectFrom('corrections').selectAll().orderBy('id', 'desc');
  if (filter.fact) q = q.where((eb) => eb.or([eb('applied_to', '=', filter.fact!), eb('fact_id', '=', filter.fact!), eb('other_id', '=', filter.fact!)]));
  if (filter.limit) q = q.limit(filter.limit);
  if (filter.offset) q = q.offset(filter.offset).$if(!filter.limit, (b) => b.limit(-1));
  return (await q.execute()).map(correctionOf);
}

/** One correction by its id. */
export async function correctionById(db: Db, id: number): Promise<Correction | undefined> {
  const row = await db.selectFrom('corrections').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? correctionOf(row) : undefined;
}

export async function isRejected(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('corrections')
    .select('id')
    .where('applied_to', '=', id)
    .where('action', '=', 'reject')
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
