#!/usr/bin/env node
// The installed command: `inspection-miner run|summary|evaluate|export|bench|corpus [options]`, on the
// compiled build in dist/ (`npm run build`, which `npm ci` runs). Each subcommand is the npm script of
// the same use (`run` is `npm run pipeline`) and takes the same options.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = {
  run: ['dist/src/cli.js', 'read a folder of reports into the results database and write the article'],
  summary: ['dist/scripts/summary.js', 'write the article from a results database'],
  evaluate: ['dist/scripts/evaluate.js', 'compare a results database with labelled reports'],
  export: ['dist/scripts/export.js', 'write the results as a spreadsheet or CSV files'],
  bench: ['dist/scripts/bench.js', 'measure the pipeline against raw PDF extraction'],
  corpus: ['dist/scripts/make-corpus.js', 'generate a synthetic corpus of reports'],
};
const HELP = `Usage: inspection-miner <command> [options]   (inspection-miner <command> --help for its options)

Commands:
${Object.entries(COMMANDS).map(([name, [, text]]) => `  ${name.padEnd(10)} ${text}`).join('\n')}`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(`${HELP}\n`);
  process.exit(command === undefined ? 2 : 0);
}
const entry = COMMANDS[command];
if (!entry) {
  process.stderr.write(`error: unknown command "${command}" (one of ${Object.keys(COMMANDS).join(', ')}; see --help)\n`);
  process.exit(2);
}
const file = join(root, entry[0]);
if (!existsSync(file)) {
  process.stderr.write(`error: ${entry[0]} is missing: build the project first (npm run build)\n`);
  process.exit(2);
}
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(file).href);
