// One fact whole, for `readout show`: its canonical row (a rejected one too), every report of it
// with the document, rule, values and evidence, and every correction made on it, undone ones too.
import type { Kysely } from 'kysely';
import { kindOfId } from '../../facts/corrections.js';
import type { DocumentFieldsT } from '../../facts/schema.js';
import type { FactDetail, FactReport } from '../store.js';
import { isRejected, listCorrections } from './sqlite-corrections.js';
import type { SqliteSchema } from './sqlite-database.js';
import { queryAgreements, queryEvents, queryPeople, queryTrade } from './sqlite-read.js';

type Db = Kysely<SqliteSchema>;

async function reportsOf(db: Db, id: string): Promise<FactReport[]> {
  const rows = await db
    .selectFrom('mentions as m')
    .innerJoin('documents as d', 'd.id', 'm.document_id')
    .leftJoin('evidence as e', 'e.mention_id', 'm.id')
    .select([
      'm.id',
      'm.rule',
      'm.data',
      'd.id as document_id',
      'd.source',
      'd.title',
      'd.publisher',
      'd.published',
      'd.fields',
      'e.sentence',
      'e.start',
      'e.end',
      'e.text',
    ])
    .where('m.fact_id', '=', id)
    .orderBy('m.id')
    .orderBy('e.sentence')
    .execute();
  const reports = new Map<number, FactReport & { evidence: FactReport['evidence'][number][] }>();
  for (const r of rows) {
    let report = reports.get(r.id);
    if (!report) {
      report = {
        document: {
          id: r.document_id,
          source: r.source,
          title: r.title,
          publisher: r.publisher,
          published: r.published,
          reference_year: (JSON.parse(r.fields) as DocumentFieldsT).reference_year ?? null,
        },
        rule: r.rule,
        data: JSON.parse(r.data) as Record<string, unknown>,
        evidence: [],
      };
      reports.set(r.id, report);
    }
    if (r.sentence !== null && r.start !== null && r.end !== null && r.text !== null)
      report.evidence.push({ sentence: r.sentence, start: r.start, end: r.end, text: r.text });
  }
  return [...reports.values()];
}

export async function factDetail(db: Db, id: string): Promise<FactDetail | null> {
  const kind = kindOfId(id);
  if (!kind) return null;
  const filter = { ids: [id] };
  const options = { withRejected: true };
  const row = await (kind === 'event'
    ? queryEvents(db, filter, options)
    : kind === 'agreement'
      ? queryAgreements(db, filter, options)
      : kind === 'trade'
        ? queryTrade(db, filter, options)
        : queryPeople(db, filter, options));
  if (!row[0]) return null;
  const detail = { hidden: await isRejected(db, id), reports: await reportsOf(db, id), corrections: await listCorrections(db, { fact: id }) };
  return { kind, row: row[0], ...detail } as FactDetail;
}
