// `readout --version`, the query verbs and the analyst's verbs (show, corrections, remove) load no NLP: run on the compiled CLI with a module hook
// that refuses the pipeline's libraries, they must still succeed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXTRACTOR_VERSION } from '../../src/facts/extractor-version.js';
import { openStore } from '../../src/store/open-store.js';
import { CLI, NEEDS_BUILD, ROOT } from '../helpers.js';

const NLP = /^(wink-nlp|wink-eng-lite-web-model|chrono-node|linkedom|@mozilla\/readability)$/;
const hook = `export async function resolve(specifier, context, next) {
  if (${NLP}.test(specifier)) throw new Error('the NLP pipeline was loaded: ' + specifier);
  return next(specifier, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
const readout = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, CLI, ...args], { encoding: 'utf8' });

describe('what the CLI loads', { skip: NEEDS_BUILD }, () => {
  it('the hook does refuse the pipeline (extract needs it)', () => {
    const r = readout('extract', '-');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /the NLP pipeline was loaded/);
  });

  it('--version and the query verbs run without it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'readout-lazy-')), 'readout.db');
    await (await openStore(db)).close();
    const version = readout('--version');
    const { version: release } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual([version.stdout, version.status], [`readout ${release}\nextractor ${EXTRACTOR_VERSION}\n`, 0]);
    for (const verb of [
      ['stats'],
      ['events', '--json'],
      ['search', 'Tokayev'],
      ['export', '--format', 'cameo'],
      ['show', '1'],
      ['corrections'],
      ['remove', 'none.txt'],
    ]) {
      const r = readout(...verb, '--db', db);
      // An empty database has no document 1: the verb says so, having loaded no NLP to say it.
      assert.doesNotMatch(r.stderr, /NLP pipeline was loaded|internal error/, verb.join(' '));
      if (!['show', 'remove'].includes(verb[0]!)) assert.equal(r.status, 0, `${verb.join(' ')}: ${r.stderr}`);
    }
  });
});
