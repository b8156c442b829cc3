// 003: a document's sentences are stored with the document, as one JSON array of spans
// (../sentence-spans.ts), and read through the `sentences` view (one row per sentence, as
// the table had). Sentences are only ever read per document; as rows of their own they cost a dozen
// index inserts per document, and their text stored the document's text a second time.
import { sql, type Kysely, type Migration } from 'kysely';
import { sentenceSpans, SENTENCES_VIEW } from '../sentence-spans.js';

/** Documents converted per read, so a large database is never loaded into memory at once. */
const BATCH = 500;

// Kysely runs SQLite migrations outside a transaction; each runs in its own, so one interrupted
// midway (a killed process, a full disk) leaves the file as it was and runs again on the next open.
export const sentencesWithDocument: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .alterTable('documents')
        .addColumn('sentences', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      for (let after = 0; ;) {
        const stored = await sql<{ id: number; text: string; spans: string }>`
          select d.id, d.text, json_group_array(json_array(s.start, s."end") order by s.idx) as spans
          from documents d join sentences s on s.document_id = d.id
          where d.id in (select distinct document_id from sentences where document_id > ${after} order by document_id limit ${BATCH})
          group by d.id order by d.id`.execute(trx);
        if (!stored.rows.length) break;
        for (const row of stored.rows) {
          const spans = (JSON.parse(row.spans) as Array<[number, number]>).map(([start, end]) => ({ start, end }));
          await sql`update documents set sentences = ${sentenceSpans(row.text, spans)} where id = ${row.id}`.execute(trx);
        }
        after = stored.rows[stored.rows.length - 1]!.id;
      }
      await trx.schema.dropTable('sentences').execute();
      await sql.raw(SENTENCES_VIEW).execute(trx);
    });
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await sql`create table sentences_rows as select * from sentences`.execute(trx);
      await sql`drop view sentences`.execute(trx);
      await trx.schema
        .createTable('sentences')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sentences_pk', ['document_id', 'idx'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`insert into sentences select * from sentences_rows`.execute(trx);
      await sql`drop table sentences_rows`.execute(trx);
      await trx.schema.alterTable('documents').dropColumn('sentences').execute();
    });
  },
};
