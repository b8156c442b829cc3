// 001: documents, sentences, canonical facts with their mentions and evidence, full-text search.
import { sql, type Kysely, type Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('extractor', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('publisher', 'text')
      .addColumn('published', 'text')
      .addColumn('published_option', 'text')
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('raw', 'blob', (c) => c.notNull())
      .addColumn('minhash', 'blob', (c) => c.notNull())
      .addColumn('duplicate_of', 'integer', (c) => c.references('documents.id'))
      .addColumn('similarity', 'real')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_duplicate_of').on('documents').column('duplicate_of').execute();

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

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('family_key', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('aliases', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('people_family').on('people').columns(['family_key', 'country']).execute();
    await db.schema.createIndex('people_country').on('people').columns(['country', 'family_key']).execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('planned', 'integer', (c) => c.notNull())
      .addColumn('place', 'text')
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('participants', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_key').on('events').columns(['date', 'countries']).execute();

    await db.schema
      .createTable('agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .execute();
    await db.schema.createIndex('agreements_key').on('agreements').columns(['parties', 'kind']).execute();

    await db.schema
      .createTable('trade')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('from_country', 'text')
      .addColumn('to_country', 'text')
      .addColumn('value_usd', 'real', (c) => c.notNull())
      .addColumn('qualifier', 'text', (c) => c.notNull())
      .addColumn('year', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('scope', 'text')
      .execute();
    await db.schema.createIndex('trade_key').on('trade').columns(['parties', 'measure', 'kind', 'year']).execute();

    // Which countries each canonical fact involves: the country and pair filters use this index.
    await db.schema
      .createTable('fact_countries')
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fact_countries_pk', ['country', 'kind', 'fact_id'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.createIndex('fact_countries_fact').on('fact_countries').columns(['fact_id']).execute();

    // One row per fact as one document states it; `data` is the readout-facts/v1 object without evidence.
    await db.schema
      .createTable('mentions')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
      .addColumn('rule', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mentions_fact').on('mentions').columns(['fact_id']).execute();
    await db.schema.createIndex('mentions_document').on('mentions').columns(['document_id']).execute();

    await db.schema
      .createTable('evidence')
      .addColumn('mention_id', 'integer', (c) => c.notNull().references('mentions.id'))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_mention').on('evidence').columns(['mention_id']).execute();

    // Full text: documents (external content, kept in step by triggers) and facts (their words).
    await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger documents_ai after insert on documents begin
      insert into documents_fts(rowid, title, text) values (new.id, coalesce(new.title, ''), new.text); end`.execute(db);
    await sql`create trigger documents_ad after delete on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, coalesce(old.title, ''), old.text); end`.execute(db);
    await sql`create trigger documents_au after update of title, text on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, coalesce(old.title, ''), old.text);
      insert into documents_fts(rowid, title, text) values (new.id, coalesce(new.title, ''), new.text); end`.execute(db);
    await sql`create virtual table facts_fts using fts5(kind unindexed, fact_id unindexed, body, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  },
};
