// Importing a module must not read data/: lexicons are loaded once, on first use, and injected
// (src/lexicon/active.ts). A child process patches node:fs so every read is recorded, imports every
// module of src/, and reports which data files were read before anything was asked of them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
// Entry points run on import (the CLI's main, the asset build, and the extraction thread's module,
// which loads its tables before it takes a document so that no document's time budget pays for
// them), and the browser's scripts (src/serve/client/) run in a page; none is a library module.
const ENTRY_POINTS = new Set(['src/cli/main.ts', 'src/serve/build-assets.ts', 'src/ingest/extract-worker.ts']);
const notLibrary = (m: string): boolean => ENTRY_POINTS.has(m) || m.startsWith('src/serve/client/');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

const CHILD = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const reads = [];
for (const name of ['readFileSync', 'readFile', 'openSync', 'createReadStream']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    const p = String(path instanceof URL ? path.pathname : path);
    if (p.includes('/data/')) reads.push(p.slice(p.indexOf('/data/') + 1));
    return original.call(this, path, ...rest);
  };
}
fs.promises.readFile = ((original) => function (path, ...rest) {
  const p = String(path instanceof URL ? path.pathname : path);
  if (p.includes('/data/')) reads.push(p.slice(p.indexOf('/data/') + 1));
  return original.call(this, path, ...rest);
})(fs.promises.readFile);
syncBuiltinESMExports();
for (const m of JSON.parse(process.env.MODULES)) await import(new URL(m, process.env.ROOT_URL).href);
process.stdout.write(JSON.stringify(reads));
`;

describe('lexicons', () => {
  it('are read by no module when it is imported', () => {
    const list = modules(join(ROOT, 'src')).filter((m) => !notLibrary(m));
    assert.ok(list.length > 50, `found ${list.length} modules`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      cwd: ROOT,
      env: { ...process.env, MODULES: JSON.stringify(list), ROOT_URL: new URL('../../', import.meta.url).href },
      encoding: 'utf8',
    });
    assert.deepEqual(JSON.parse(out), []);
  });

  it('are seen being read when something asks for them (the probe works)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `${CHILD}\nconst { lexicons } = await import(new URL('src/lexicon/active.ts', process.env.ROOT_URL).href); lexicons();\nprocess.stdout.write('|' + JSON.stringify(reads));`,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, MODULES: '[]', ROOT_URL: new URL('../../', import.meta.url).href },
        encoding: 'utf8',
      },
    );
    const after = JSON.parse(out.split('|')[1]!) as string[];
    assert.ok(after.includes('data/titles.tsv') && after.includes('data/country-extras.tsv'), after.join(', '));
  });
});
