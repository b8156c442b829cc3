// 003: a document's sentences are stored with the document, as one JSON array of [start, end, text],
// and read through the `sentences` view (one row per sentence, as the table had). Sentences are only
// ever read per document; as rows of their own they cost a dozen index inserts per document, the
// largest single share of the ingest writer's time.
import { sql, type Kysely, type Migration } from 'kysely';

export const sentencesWithDocument: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('documents').addColumn('sentences', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await sql`update documents set sentences = (
      select json_group_array(json_array(s.start, s."end", s.text) order by s.idx) from sentences s where s.document_id = documents.id
    ) where exists (select 1 from sentences s where s.document_id = documents.id)`.execute(db);
    await db.schema.dropTable('sentences').execute();
    await sql`create view sentences as
      select d.id as document_id, cast(s.key as integer) as idx, s.value ->> 0 as start, s.value ->> 1 as "end", s.value ->> 2 as text
      from documents d, json_each(d.sentences) s`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`create table sentences_rows as select * from sentences`.execute(db);
    await sql`drop view sentences`.execute(db);
    await db.schema
      .createTable('sentences')
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sentences_pk', ['document_id', 'idx'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await sql`insert into sentences select * from sentences_rows`.execute(db);
    await sql`drop table sentences_rows`.execute(db);
    await db.schema.alterTable('documents').dropColumn('sentences').execute();
  },
};
