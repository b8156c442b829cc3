// The settings table (src/cli/settings.ts) is the one source of every option: each verb's --help
// shows exactly its settings, the README documents every flag and environment variable, and a value
// is validated the same way from a flag or from the environment.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VERB_SETTINGS } from '../../src/cli/program.js';
import { SETTINGS } from '../../src/cli/settings.js';
import { cli, ROOT } from '../helpers.js';

const longFlag = (flags: string): string => /--[a-z-]+/.exec(flags)![0];

describe('settings', () => {
  it("each verb's help lists the flags of its settings", async () => {
    for (const [verb, names] of VERB_SETTINGS) {
      const help = (await cli([verb, '--help'])).stdout;
      for (const name of names) assert.ok(help.includes(longFlag(SETTINGS[name].flags)), `${verb} --help shows ${SETTINGS[name].flags}`);
      const shown = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]).filter((f) => f !== '--help');
      assert.deepEqual(shown.sort(), names.map((n) => longFlag(SETTINGS[n].flags)).sort(), verb);
    }
  });

  it('the README documents every flag and environment variable', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const setting of Object.values(SETTINGS)) {
      assert.ok(readme.includes(longFlag(setting.flags)), `README mentions ${setting.flags}`);
      if ('env' in setting) assert.ok(readme.includes(setting.env), `README mentions ${setting.env}`);
    }
  });

  it('--db and READOUT_DB are validated alike, and so is --max-size by every verb that takes it', async () => {
    const flag = await cli(['stats', '--db', '']);
    const saved = process.env.READOUT_DB;
    process.env.READOUT_DB = '';
    try {
      const env = await cli(['stats']);
      assert.equal(flag.stderr, "readout: option '--db <path>' argument '' is invalid. expected a file path\n");
      assert.equal(env.stderr, "readout: option '--db <path>' value '' from env 'READOUT_DB' is invalid. expected a file path\n");
    } finally {
      if (saved === undefined) delete process.env.READOUT_DB;
      else process.env.READOUT_DB = saved;
    }
    for (const verb of ['extract', 'ingest']) {
      for (const bad of ['abc', '-1', '0', 'Infinity']) {
        const r = await cli([verb, 'x.txt', '--max-size', bad]);
        assert.equal(r.stderr, `readout: option '--max-size <MB>' argument '${bad}' is invalid. expected a positive number of megabytes\n`, `${verb} ${bad}`);
      }
      const date = await cli([verb, 'x.txt', '--published', '2024-13-01']);
      assert.equal(date.stderr, "readout: option '--published <date>' argument '2024-13-01' is invalid. expected a date as YYYY-MM-DD\n", verb);
    }
  });
});
