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
  // Files are named by their path relative to the root: here the test's folder.
  for await (const i of readInputs(args, { maxBytes: 1024, published: '2024-01-02', stdin: Readable.from([Buffer.from(stdin)]), root: dir })) {
    out.push(i.kind === 'document' ? `${i.source} ${JSON.stringify(i.hints)} ${Buffer.from(i.bytes).toString()}` : `failed ${i.source}: ${i.problem}`);
  }
  return out;
};

describe('inputs', () => {
  it('walks folders in name order, skipping hidden files and unknown types; NDJSON one document per line', async () => {
    assert.deepEqual(await list([join(dir, 'folder')]), [
      'folder/a.html {} <p>a</p>',
      'folder/b.txt {} b',
      'one {"format":"json"} {"id":"one","text":"x"}',
      'folder/lines.jsonl#3 {"format":"json"} {"text":"y"}',
      'failed folder/lines.jsonl#4: not valid JSON',
      'folder/sub/c.md {} c',
    ]);
  });

  it('names a file by its path from the root, however the argument reaches it; a file outside the root keeps its ../', async () => {
    const named = async (arg: string, root: string): Promise<string[]> => {
      const out: string[] = [];
      for await (const i of readInputs([arg], { maxBytes: 1024, published: null, stdin: Readable.from([]), root })) out.push(i.source);
      return out;
    };
    assert.deepEqual(await named(join(dir, 'folder/sub'), dir), ['folder/sub/c.md']);
    assert.deepEqual(await named(`${join(dir, 'folder')}/../folder/sub/`, dir), ['folder/sub/c.md']);
    assert.deepEqual(await named(join(dir, 'big.txt'), join(dir, 'folder')), ['../big.txt']);
  });

  it('reads readout-facts/v1 documents as facts: NDJSON lines and a JSON array, named by their path', async () => {
    const facts = (source: string, path?: string) => ({
      schema: 'readout-facts/v1',
      document: { source, ...(path ? { path } : {}), title: null, publisher: null, published: null },
      events: [],
      agreements: [],
      trade: [],
      people: [],
    });
    writeFileSync(join(dir, 'facts.ndjson'), `${JSON.stringify(facts('a.txt', 'news/a.txt'))}\n${JSON.stringify({ id: 'article', text: 'x' })}\n`);
    writeFileSync(join(dir, 'facts.json'), JSON.stringify([facts('b.txt'), facts('c.txt', 'news/c.txt')]));
    const out: string[] = [];
    for await (const i of readInputs([join(dir, 'facts.ndjson'), join(dir, 'facts.json')], {
      maxBytes: 1024,
      published: null,
      stdin: Readable.from([]),
      root: dir,
    })) {
      out.push(i.kind === 'document' ? `${i.source} ${JSON.stringify(i.hints)}` : `failed ${i.source}`);
    }
    assert.deepEqual(out, ['news/a.txt {"facts":true}', 'article {"format":"json"}', 'b.txt {"facts":true}', 'news/c.txt {"facts":true}']);
  });

  it('keeps the order of the arguments; reads stdin as bytes; refuses what is missing or too large before reading it', async () => {
    assert.deepEqual(await list([join(dir, 'nowhere'), '-', join(dir, 'big.txt'), join(dir, 'folder/b.txt')], 'from stdin'), [
      'failed nowhere: no such file or directory',
      'stdin {} from stdin',
      'failed big.txt: file too large (0.0 MB; the limit is 0.0 MB, see --max-size)',
      'folder/b.txt {} b',
    ]);
  });

  it('counts what it will yield, NDJSON lines included', async () => {
    assert.equal(await countInputs([join(dir, 'folder'), '-', join(dir, 'nowhere')]), 4 + 3 + 1);
  });
});
