// 005: a trade claim keeps the figure as the text stated it (amount and ISO 4217 currency) beside
// its dollar value, and the dollar value may be unknown: a figure in a currency without a rate for
// its year (data/usd-rates.tsv), or in a year the text does not establish, is still a claim an
// analyst wants to see. SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt
// and its rows copied; the index on the merge key is rebuilt with it.
import { sql, type Kysely, type Migration } from 'kysely';

const COLUMNS = ['id', 'measure', 'parties', 'from_country', 'to_country', 'value_usd', 'qualifier', 'year', 'kind', 'scope'];

async function rebuild(db: Kysely<unknown>, withAmounts: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let table = trx.schema
      .createTable('trade_next')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('from_country', 'text')
      .addColumn('to_country', 'text')
      .addColumn('value_usd', 'real', (c) => (withAmounts ? c : c.notNull()));
    if (withAmounts) table = table.addColumn('amount', 'real').addColumn('currency', 'text');
    await table
      .addColumn('qualifier', 'text', (c) => c.notNull())
      .addColumn('year', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('scope', 'text')
      .execute();
    const columns = sql.join(COLUMNS.map((c) => sql.ref(c)));
    // Going down, a claim without a dollar value cannot be kept; its mentions go with it.
    const kept = withAmounts ? sql`` : sql`where value_usd is not null`;
    await sql`insert into trade_next (${columns}) select ${columns} from trade ${kept}`.execute(trx);
    if (!withAmounts) {
      const unpriced = sql`select id from trade where value_usd is null`;
      await sql`delete from evidence where mention_id in (select id from mentions where kind = 'trade' and fact_id in (${unpriced}))`.execute(trx);
      await sql`delete from mentions where kind = 'trade' and fact_id in (${unpriced})`.execute(trx);
      await sql`delete from fact_countries where kind = 'trade' and fact_id in (${unpriced})`.execute(trx);
      await sql`delete from facts_fts where kind = 'trade' and fact_id in (${unpriced})`.execute(trx);
    }
    await trx.schema.dropTable('trade').execute();
    await sql`alter table trade_next rename to trade`.execute(trx);
    await trx.schema.createIndex('trade_key_value').on('trade').columns(['parties', 'measure', 'kind', 'year', 'value_usd']).execute();
  });
}

export const tradeAmounts: Migration = {
  up: (db) => rebuild(db, true),
  down: (db) => rebuild(db, false),
};
