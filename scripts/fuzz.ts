/**
 * `npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--timeout SECONDS] [--max-rss MB] [--small] [--json] [--keep]`:
 * writes N hostile files (mutated PDFs: truncation, byte flips, zeroed ranges, broken xref, deleted
 * objects; flate bombs, page-tree cycles, huge and binary documents), each followed by a good report,
 * runs the real CLI over them and checks one row per file, every good report read (a failure is
 * charged to its own file), a prompt exit (no leaked worker) and peak RSS. Prints the outcomes by
 * kind and the checks; exits 1 when a check fails. `--small` makes the huge inputs small (for CI).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberList, readCommand } from '../src/cli-usage.js';
import { openDatabase } from '../src/db/open.js';
import { fileOutcomes } from '../src/db/queries.js';
import { createRng } from './corpus/rng.js';
import { checkRun, outcomeTable } from './fuzz/checks.js';
import { SIZES, writeInputs } from './fuzz/inputs.js';
import { watchCli } from './fuzz/run-cli.js';

const HELP = `Usage: npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--timeout SECONDS] [--max-rss MB] [--small] [--json] [--keep]

Writes N hostile files, each followed by a good report, runs the real CLI over them and checks one row
per file, every good report read, a prompt exit and peak RSS. Exits 1 when a check fails.

Options:
  --count N            hostile files (default 40)
  --seed S             random seed (default 1)
  --concurrency C      the CLI's --concurrency (default 2)
  --timeout SECONDS    the CLI's --timeout (default 60)
  --max-rss MB         peak memory allowed (default 2048)
  --small              small huge inputs (for CI)
  --json               print the checks and outcomes as JSON
  --keep               keep the temporary folder
  --help               print this help`;

const flags = {
  count: { type: 'string' }, seed: { type: 'string' }, concurrency: { type: 'string' }, timeout: { type: 'string' },
  'max-rss': { type: 'string' }, small: { type: 'boolean' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;
const options = readCommand(process.argv.slice(2), flags, HELP, (values) => ({
  values,
  count: numberList('count', values.count ?? '40')[0]!,
  seed: numberList('seed', values.seed ?? '1', 0)[0]!,
  concurrency: numberList('concurrency', values.concurrency ?? '2')[0]!,
  timeout: numberList('timeout', values.timeout ?? '60')[0]!,
  maxRssMb: numberList('max-rss', values['max-rss'] ?? '2048')[0]!,
}));
if (typeof options === 'number') process.exit(options);
const { values, count, seed, concurrency, timeout, maxRssMb } = options;

const folder = mkdtempSync(join(tmpdir(), 'inspection-fuzz-'));
try {
  const input = join(folder, 'in');
  mkdirSync(input);
  const repository = new URL('..', import.meta.url).pathname;
  const inputs = await writeInputs(input, count, createRng(seed), join(repository, 'corpus', 'reports'), SIZES[values.small ? 'small' : 'full']);
  const out = join(folder, 'out');
  const args = ['--input', input, '--out', out, '--json', '--concurrency', String(concurrency), '--timeout', String(timeout)];
  // Generous: every document at its timeout, one after the other, and two minutes more.
  const run = await watchCli(repository, args, (count * 2 * timeout + 120) * 1000);
  let rows: ReturnType<typeof fileOutcomes> = [];
  try {
    const db = openDatabase(join(out, 'results.sqlite'), { readonly: true });
    try { rows = fileOutcomes(db); } finally { db.close(); }
  } catch { /* no database: the row check fails below */ }
  const checks = checkRun(inputs, run, rows, { maxRssMb, exitSeconds: 30 });
  if (values.json) console.log(JSON.stringify({ count, seed, checks, outcomes: rows }));
  else {
    console.log(`fuzz: ${count} hostile files and ${count} good reports, seed ${seed}, concurrency ${concurrency}, --timeout ${timeout}`);
    console.log(outcomeTable(inputs, rows));
    for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}`);
    if (run.code !== 0) console.log(run.stderr.slice(-2000));
  }
  process.exitCode = checks.every((check) => check.ok) ? 0 : 1;
} finally {
  if (values.keep) console.error(`kept ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
