// Run as a child process by sigkill.test.ts: `readout ingest` with plain log lines, so the parent can
// kill it (SIGKILL) after some documents were reported stored.
import { runIngest } from '../../src/cli/ingest-command.js';

const [db, ...paths] = process.argv.slice(2);
process.exitCode = await runIngest(paths, { db: db!, workers: 2 }, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTTY: false,
});
