#!/usr/bin/env node
// The `readout` command. Only cli/ prints or exits; everything else returns values or errors.
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { runExtract, type OutputFormat } from './extract-command.js';
import { registerServeCommand } from './serve-command.js';

const date = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
};
const megabytes = (value: string): number => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('expected a positive number of megabytes');
  return n;
};

const program = new Command()
  .name('readout')
  .description('Turn diplomatic readouts and news into sourced facts: events, agreements, trade figures, people.')
  .version(EXTRACTOR_VERSION);

program
  .command('extract')
  .description('extract readout-facts/v1 from text, HTML or JSON files, folders, or - (stdin)')
  .argument('[paths...]', 'files, folders or - for standard input')
  .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, JSON for one input, NDJSON for several)').choices(['json', 'ndjson', 'table']))
  .option('--ndjson', 'one JSON object per line, whatever the number of inputs')
  .option('--pretty', 'indented JSON')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that do not state one', date)
  .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', megabytes, 20)
  .action(async (paths: string[], opts: { format?: OutputFormat; ndjson?: boolean; pretty?: boolean; published?: string; maxSize?: number }) => {
    process.exitCode = await runExtract(paths, opts, {
      out: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      isTTY: Boolean(process.stdout.isTTY),
      stdin: process.stdin,
    });
  });

registerCorpusCommands(program);
registerServeCommand(program);

await program.parseAsync();
