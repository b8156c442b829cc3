// The CLI's one error shape: every failure of the command itself is one line `readout: …` on stderr
// with a non-zero exit code; an unexpected one says so, and shows its stack only with --debug.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { cli, CLI, NEEDS_BUILD } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-errors-'));
/** A standard input that fails as it is read: an error no verb expects. */
const failingStdin = (): Readable =>
  new Readable({
    read() {
      this.destroy(new Error('the pipe broke'));
    },
  });

describe('the CLI error shape', () => {
  it('a usage error is one line and exit code 1', async () => {
    assert.deepEqual(await cli(['events', '--country', 'Kazakhstan']), {
      code: 1,
      stdout: '',
      stderr:
        "readout: option '--country <ISO3>' argument 'Kazakhstan' is invalid. expected an ISO 3166-1 alpha-3 code of a state such as TJK (did you mean KAZ?)\n",
    });
    assert.deepEqual(await cli(['frobnicate']), { code: 1, stdout: '', stderr: "readout: unknown command 'frobnicate'\n" });
  });

  it('a problem the user can act on is one line: a missing database, an unwritable export, a file that is no database', async () => {
    const missing = join(dir, 'nothing.db');
    assert.deepEqual(await cli(['stats', '--db', missing]), {
      code: 1,
      stdout: '',
      stderr: `readout: no database at ${missing}: ingest documents first, or name the database with --db or READOUT_DB\n`,
    });
    const notDb = join(dir, 'text.db');
    writeFileSync(notDb, 'this is not a database, only text that is long enough to be read as a header of one'.repeat(20));
    const r = await cli(['people', '--db', notDb]);
    assert.deepEqual([r.code, r.stdout], [1, '']);
    assert.match(r.stderr, new RegExp(`^readout: ${notDb}: not a database \\(not an SQLite file, or an encrypted one\\)\\n$`));
  });

  it('an unexpected error is one line that says so; --debug adds its stack', async () => {
    const plain = await cli(['extract', '-'], failingStdin());
    assert.deepEqual(plain, { code: 1, stdout: '', stderr: 'readout: internal error: the pipe broke (run with --debug for details)\n' });
    const debug = await cli(['extract', '-', '--debug'], failingStdin());
    const [first, ...stack] = debug.stderr.trimEnd().split('\n');
    assert.equal(first, 'readout: internal error: the pipe broke');
    assert.match(stack[0]!, /^Error: the pipe broke$/);
    assert.ok(stack.slice(1).every((l) => /^\s+at /.test(l)) && stack.length > 1, debug.stderr);
  });

  it('a real process exits with the code and prints the same line', { skip: NEEDS_BUILD }, () => {
    const r = spawnSync(process.execPath, [CLI, 'trade', '--db', join(dir, 'nothing.db')], { encoding: 'utf8' });
    assert.deepEqual(
      [r.status, r.stdout, r.stderr],
      [1, '', `readout: no database at ${join(dir, 'nothing.db')}: ingest documents first, or name the database with --db or READOUT_DB\n`],
    );
  });
});
