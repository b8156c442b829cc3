// 004: what an input's container said about its bytes (an NDJSON line is JSON; a feed item's content
// is HTML with the item's title and date), kept with the raw bytes so that reindexing reads them as
// ingest did. Documents stored before have none: they were read from their bytes and name alone.
import type { Kysely, Migration } from 'kysely';

export const readHints: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('documents').addColumn('read_hints', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('documents').dropColumn('read_hints').execute();
  },
};
