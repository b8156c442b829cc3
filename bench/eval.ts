// `npm run eval`: extract each evaluation set and print the scorer's table (shared/eval/score.mjs).
// The dev set is the shared one; the two golden sets are ours (test/golden), written for this
// project from patterns seen in real readouts, and stand in for the held-out set we do not see.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/pipeline.js';
import { ReadoutFacts } from '../src/facts/schema.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/eval');
// The dev set last, so its figure closes the output.
const SETS: Record<string, { docs: string; gold: string }> = {
  examples: { docs: join(ROOT, 'examples'), gold: join(ROOT, 'test/golden/examples') },
  research: { docs: join(ROOT, 'test/golden/research/docs'), gold: join(ROOT, 'test/golden/research/gold') },
  train: { docs: join(SHARED, 'train/docs'), gold: join(SHARED, 'train/gold') },
  dev: { docs: join(SHARED, 'dev/docs'), gold: join(SHARED, 'dev/gold') },
};

// The train set's texts are public pages that no repository may hold: they are restored locally.
const TRAIN_MISSING = [
  '## train: the texts are not restored here (../shared/eval/train/docs/ is missing or empty).',
  '   Restore them as ../shared/eval/train/README.md says: for each line of SOURCES-*.tsv, search the stored pages',
  '   (corpus "pages") with the query in column 3, take the result whose address is column 2, write its excerpt',
  '   exactly to docs/<ID>.txt, then check with: cd ../shared/eval/train && cat CHECKSUMS-* | sha256sum -c',
].join('\n');

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('--verbose');
const out = mkdtempSync(join(tmpdir(), 'readout-eval-'));

for (const name of wanted.length ? wanted : Object.keys(SETS)) {
  // A set may also be given as a folder holding docs/ and gold/ (one kept outside the repository).
  const set = SETS[name] ?? (existsSync(join(name, 'gold')) ? { docs: join(name, 'docs'), gold: join(name, 'gold') } : undefined);
  if (!set) throw new Error(`unknown set ${name} (known: ${Object.keys(SETS).join(', ')}, or a folder with docs/ and gold/)`);
  if (!existsSync(set.docs) || !readdirSync(set.docs).some((f) => !f.startsWith('.'))) {
    console.log(name === 'train' ? TRAIN_MISSING : `## ${name}: ${set.docs} not found, skipped`);
    continue;
  }
  const lines: string[] = [];
  const failed: string[] = [];
  for (const file of readdirSync(set.docs).sort()) {
    // (Only the texts: not a folder or a list of sources kept beside them.)
    if (file.startsWith('.') || file.endsWith('.md') || file.endsWith('.tsv') || !statSync(join(set.docs, file)).isFile()) continue;
    // One text that fails is one text scored as empty (its facts all missed), never a lost run.
    try {
      lines.push(JSON.stringify(ReadoutFacts.parse(extract(file, readFileSync(join(set.docs, file))))));
    } catch (error) {
      failed.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const pred = join(out, `${name.replace(/[^\w-]+/g, '_')}.ndjson`);
  writeFileSync(pred, lines.join('\n') + '\n');
  console.log(`## ${name} (${lines.length} documents)`);
  for (const failure of failed) console.log(`extraction failed, scored as empty: ${failure}`);
  const args = [join(SHARED, 'score.mjs'), '--gold', set.gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])];
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
  console.log();
}
