// The one walker of extract and ingest: arguments in order, folders in name order, NDJSON line by
// line, standard input as bytes; what cannot be had is a failure in the stream, never an exception.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { countInputs, readInputs } from '../../src/read/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-inputs-'));
mkdirSync(join(dir, 'folder/sub'), { recursive: true });
writeFileSync(join(dir, 'folder/b.txt'), 'b');
writeFileSync(join(dir, 'folder/a.html'), '<p>a</p>');
writeFileSync(join(dir, 'folder/sub/c.md'), 'c');
writeFileSync(join(dir, 'folder/.hidden.txt'), 'hidden');
writeFileSync(join(dir, 'folder/skip.pdf'), 'not a document type');
writeFileSync(join(dir, 'folder/lines.jsonl'), '{"id":"one","text":"x"}\r\n\r\n{"text":"y"}\r\n[');
writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));

const list = async (args: string[], stdin = ''): Promise<string[]> => {
  const out: string[] = [];
  for await (const i of readInputs(args, { maxBytes: 1024, published: '2024-01-02', stdin: Readable.from([Buffer.from(stdin)]) })) {
    out.push(i.kind === 'document' ? `${i.source} ${JSON.stringify(i.hints)} ${Buffer.from(i.bytes).toString()}` : `failed ${i.source}: ${i.problem}`);
  }
  return out;
};

describe('inputs', () => {
  it('walks folders in name order, skipping hidden files and unknown types; NDJSON one document per line', async () => {
    assert.deepEqual(await list([join(dir, 'folder')]), [
      'a.html {} <p>a</p>',
      'b.txt {} b',
      'one {"format":"json"} {"id":"one","text":"x"}',
      'lines.jsonl#3 {"format":"json"} {"text":"y"}',
      'failed lines.jsonl#4: not valid JSON',
      'c.md {} c',
    ]);
  });

  it('keeps the order of the arguments; reads stdin as bytes; refuses what is missing or too large before reading it', async () => {
    assert.deepEqual(await list([join(dir, 'nowhere'), '-', join(dir, 'big.txt'), join(dir, 'folder/b.txt')], 'from stdin'), [
      `failed ${join(dir, 'nowhere')}: no such file or directory`,
      'stdin {} from stdin',
      'failed big.txt: file too large (0.0 MB; the limit is 0.0 MB, see --max-size)',
      'b.txt {} b',
    ]);
  });

  it('counts what it will yield, NDJSON lines included', async () => {
    assert.equal(await countInputs([join(dir, 'folder'), '-', join(dir, 'nowhere')]), 4 + 3 + 1);
  });
});
