// 002: indexes that hold what the merge step filters candidates on, so finding the agreements with a
// compatible date, or the trade figures near a value, reads index entries instead of every row of a
// pair (a pair gathers hundreds of agreements and figures in a large corpus).
import type { Kysely, Migration } from 'kysely';

export const mergeCandidateIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('agreements_key_date').on('agreements').columns(['parties', 'kind', 'date']).execute();
    await db.schema.createIndex('trade_key_value').on('trade').columns(['parties', 'measure', 'kind', 'year', 'value_usd']).execute();
    // The new indexes start with the old keys, which they replace.
    await db.schema.dropIndex('agreements_key').execute();
    await db.schema.dropIndex('trade_key').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('agreements_key').on('agreements').columns(['parties', 'kind']).execute();
    await db.schema.createIndex('trade_key').on('trade').columns(['parties', 'measure', 'kind', 'year']).execute();
    await db.schema.dropIndex('agreements_key_date').execute();
    await db.schema.dropIndex('trade_key_value').execute();
  },
};
