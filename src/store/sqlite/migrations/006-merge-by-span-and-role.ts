// 006: what the merge rules need to join reports of one encounter or one person across documents.
// Events keep how their date was established (`date_basis`: a publication day is an upper bound, not
// a stated day) and are found by pair and date range, so a day inside another report's span, or a
// month-precision report, reaches the stored event (the index leads with the countries). People keep
// the latest role stated, so a report that gives a person the wrong country still joins them when
// name and role agree. Rows stored before have no basis (read as stated) and no role until a report
// of them is merged again.
import type { Kysely, Migration } from 'kysely';

export const mergeBySpanAndRole: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('events').addColumn('date_basis', 'text').execute();
    await db.schema.alterTable('people').addColumn('role', 'text').execute();
    await db.schema.createIndex('events_pair_date').on('events').columns(['countries', 'date']).execute();
    await db.schema.dropIndex('events_key').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('events_key').on('events').columns(['date', 'countries']).execute();
    await db.schema.dropIndex('events_pair_date').execute();
    await db.schema.alterTable('people').dropColumn('role').execute();
    await db.schema.alterTable('events').dropColumn('date_basis').execute();
  },
};
