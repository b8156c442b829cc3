// The store suite on SQLite files, then what only the SQLite backend does: sentences kept as spans of
// the document's text and read one row per sentence through the `sentences` view.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { analyseDocument } from '../../../src/ingest/analyse.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { storeSuite, type OpenedStore } from '../store.case.js';

async function freshSqliteStore(): Promise<OpenedStore & { readonly path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
  const path = join(dir, 'readout.db');
  let store: Store = await openSqliteStore({ path });
  return {
    path,
    get store() {
      return store;
    },
    async reopen() {
      await store.close();
      store = await openSqliteStore({ path });
      return store;
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

storeSuite('SQLite', freshSqliteStore);

const sentenceRows = (path: string, hash: string): unknown[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('select s.idx, s.start, s."end", s.text from sentences s join documents d on d.id = s.document_id where d.content_hash = ? order by s.idx')
      .all(hash);
  } finally {
    db.close();
  }
};

describe('SQLite: sentences as spans of the stored text', () => {
  const cases = {
    'page.html': readFileSync(new URL('../../../examples/02-uae-state-visit.html', import.meta.url)),
    'astral.txt': Buffer.from(
      'Astana, 3 May 2024. 🇰🇿 President Tokayev met 𝔓𝔯𝔦𝔪𝔢 Minister Rahmon. 🤝 The sides signed a road map.\n\nTrade reached $200 million — 😀 a record.',
    ),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    it(`reads each sentence back through the view: ${name === 'page.html' ? 'an HTML page with typographic punctuation' : 'characters beyond the BMP'}`, async () => {
      const t = await freshSqliteStore();
      try {
        const doc = analyseDocument(name, bytes);
        assert.ok(doc.sentences.length >= 3);
        await t.store.saveDocument(doc);
        await t.store.stats(); // a query commits the open group
        assert.deepEqual(
          sentenceRows(t.path, doc.contentHash),
          doc.sentences.map((x) => ({ idx: x.index, start: x.start, end: x.end, text: x.text })),
        );
      } finally {
        await t.dispose();
      }
    });
  }
});
