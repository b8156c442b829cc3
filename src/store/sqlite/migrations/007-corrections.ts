// 007: corrections, kept apart from the extracted facts. Each row is one analyst's request (correct
// values, reject, merge, split) with who, when and why, and the fact it applies to now; its anchors
// are the reports of the fact it was made on (document source, report key, evidence sentence), by
// which it finds its fact again after a reindex or a re-ingest (merge/mention-keys.ts). Documents are
// found by source too (a re-ingested file replaces its earlier version; corrections look up the
// reports of a source), so the column gets an index.
import { sql, type Kysely, type Migration } from 'kysely';

export const corrections: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('corrections')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('correct', 'reject', 'merge', 'split')`))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('fact_id', 'text', (c) => c.notNull())
        .addColumn('other_id', 'text')
        .addColumn('document', 'text')
        .addColumn('changes', 'text')
        .addColumn('previous', 'text')
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('applied_to', 'text')
        .addColumn('undone_by', 'text')
        .addColumn('undone_at', 'text')
        .execute();
      // What the reads ask: the corrections in force on these facts.
      await trx.schema.createIndex('corrections_applied').on('corrections').columns(['applied_to', 'undone_at']).execute();
      await trx.schema
        .createTable('correction_anchors')
        .addColumn('correction_id', 'integer', (c) => c.notNull().references('corrections.id'))
        .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('fact', 'other')`))
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .execute();
      await trx.schema.createIndex('correction_anchors_document').on('correction_anchors').columns(['document']).execute();
      await trx.schema.createIndex('correction_anchors_correction').on('correction_anchors').columns(['correction_id']).execute();
      await trx.schema.createIndex('documents_source').on('documents').columns(['source']).execute();
    });
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx.schema.dropIndex('documents_source').execute();
      await trx.schema.dropTable('correction_anchors').execute();
      await trx.schema.dropTable('corrections').execute();
    });
  },
};
