// The SQL form of merge-rules.ts figuresConflict, over the claims of one key (pair, measure, kind,
// year, direction, scope): some two dollar values further apart than the tolerance (the largest and
// the smallest are such a pair whenever any is), or a "more than" beside a "less than". Figures
// without a dollar value take no part (max and min skip nulls; so does the qualifier test).
import { sql, type RawBuilder } from 'kysely';
import { SAME_VALUE_TOLERANCE } from '../../merge/merge-rules.js';

export const TRADE_KEY_COLUMNS = sql`parties, measure, kind, year, from_country, to_country, scope`;

export const groupHasConflict: RawBuilder<boolean> = sql<boolean>`(
  max(value_usd) - min(value_usd) > ${SAME_VALUE_TOLERANCE} * max(value_usd)
  or (max(value_usd is not null and qualifier = 'more_than') = 1 and max(value_usd is not null and qualifier = 'less_than') = 1))`;
