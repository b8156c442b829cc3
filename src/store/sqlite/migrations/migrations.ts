// Every schema version, in order. Add a file per change; never edit one that has shipped.
import type { Migration } from 'kysely';
import { initial } from './001-initial.js';
import { mergeCandidateIndexes } from './002-merge-candidate-indexes.js';
import { sentencesWithDocument } from './003-sentences-with-document.js';
import { readHints } from './004-read-hints.js';
import { tradeAmounts } from './005-trade-amounts.js';
import { mergeBySpanAndRole } from './006-merge-by-span-and-role.js';
import { corrections } from './007-corrections.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initial,
  '002-merge-candidate-indexes': mergeCandidateIndexes,
  '003-sentences-with-document': sentencesWithDocument,
  '004-read-hints': readHints,
  '005-trade-amounts': tradeAmounts,
  '006-merge-by-span-and-role': mergeBySpanAndRole,
  '007-corrections': corrections,
};
