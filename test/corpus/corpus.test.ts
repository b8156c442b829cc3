// One ingested corpus shared by the suites that only read it: the examples and the merge fixtures,
// and the shared dev documents when they are beside the checkout (the suites that need them skip
// otherwise). Ingested once, through the real ingest path, into a real SQLite file.
import { existsSync } from 'node:fs';
import { after, before, describe } from 'node:test';
import { DEV_DOCS, EXAMPLES, ingestPaths, MERGE_FIXTURES, tempStore, type TempStore } from '../helpers.js';
import { exportSuite } from './export.case.js';
import { mergeSuite } from './merge.case.js';
import { queryVerbsSuite } from './query-verbs.case.js';

/** The corpus as the suites see it: its file, and a store open on it. */
export interface Corpus {
  readonly path: string;
  readonly t: TempStore;
}

describe('the shared corpus', () => {
  let t: TempStore;
  const corpus: Corpus = {
    get path() {
      return t.path;
    },
    get t() {
      return t;
    },
  };
  before(async () => {
    t = await tempStore();
    const { summary } = await ingestPaths(t.store, [EXAMPLES, MERGE_FIXTURES, ...(existsSync(DEV_DOCS) ? [DEV_DOCS] : [])]);
    if (summary.failed || !summary.stored) throw new Error(`the corpus did not ingest: ${JSON.stringify(summary)}`);
  });
  after(() => t.dispose());

  mergeSuite(corpus);
  exportSuite(corpus);
  queryVerbsSuite(corpus);
});
