/** `npm run summary -- [--db FILE] [--out DIR] [--until YYYY-MM-DD] [--title TEXT]`: the article from the database alone. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, defaults } from '../src/options.js';
import { writeSummary } from '../src/summary/index.js';
import { flagError, readOptions, UsageError } from '../src/cli-usage.js';

const HELP = `Usage: npm run summary -- [options]

Writes <out>/summary.md and <out>/summary.html from a results database, without re-reading any report.

Options:
  --db FILE            results database (default: <out>/results.sqlite)
  --out DIR            folder for the article (default: the database's folder with --db, else ${defaults.out})
  --until YYYY-MM-DD   leave out documents dated after this day (default: none; the latest inspection date is quoted)
  --title TEXT         the article's title
  --help               print this help

Exit codes: 0 written, 2 bad usage or no database.`;

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function parseOptions(argv: string[]): { db: string; out: string; until: string | null; title: string | undefined } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, strict: true, allowPositionals: false,
      options: { db: { type: 'string' }, out: { type: 'string' }, until: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw flagError(error);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  // The article goes beside the database it describes, so --db alone never overwrites another run's article.
  const out = v.out ?? (v.db === undefined ? defaults.out : dirname(v.db));
  const db = databasePath({ db: v.db ?? null, out });
  if (v.until !== undefined && !validDate(v.until)) throw new UsageError(`--until must be a date YYYY-MM-DD, got "${v.until}"`);
  if (v.title !== undefined && v.title.trim() === '') throw new UsageError('--title must not be empty');
  if (!existsSync(db)) throw new UsageError(`no database at ${db} (run the pipeline first, or give --db)`);
  return { db, out, until: v.until ?? null, title: v.title };
}

function main(argv: string[]): number {
  const options = readOptions(argv, parseOptions, HELP);
  if (typeof options === 'number') return options;
  const paths = writeSummary(options.db, options.out, { until: options.until, title: options.title });
  process.stdout.write(`${paths.markdown}\n${paths.html}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
