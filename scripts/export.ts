/** `npm run export -- [--db FILE] [--format xlsx|csv] [--out PATH]`: the results database as a spreadsheet or CSV files. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, defaults } from '../src/options.js';
import { EXPORT_FORMATS, exportDatabase, exportPath, type ExportFormat } from '../src/export/index.js';
import { flagError, readOptions, UsageError } from '../src/cli-usage.js';

const HELP = `Usage: npm run export -- [options]

Writes the results database as one spreadsheet (a sheet per table) or a folder of CSV files (one per table):
  reports             one row per input file: every report_results column, then one 0/1 column per
                      theme and polarity ("weakness:<theme>", "strength:<theme>"; empty when the file
                      was not read)
  latest by provider  the latest report of each provider and service (the latest_report view)
  judgements          the sub-judgements of each report (the judgement_results view)
  theme mentions      every sentence that raised a theme, with its page
  themes              the built-in codebooks' themes: id, label, definition

Options:
  --db FILE            results database (default: ${databasePath(defaults)})
  --format xlsx|csv    xlsx (default) or csv
  --out PATH           the .xlsx file, or the folder of CSV files (default: results.xlsx or export/ beside the database)
  --help               print this help

Exit codes: 0 written, 1 the export failed, 2 bad usage or no database.`;

function parseOptions(argv: string[]): { db: string; format: ExportFormat; out: string } | 'help' {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw flagError(error);
  }
  if (values.help) return 'help';
  const format = (values.format ?? 'xlsx') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${values.format}"`);
  const db = values.db ?? databasePath(defaults);
  if (!existsSync(db)) throw new UsageError(`no database at ${db} (run the pipeline first, or give --db)`);
  return { db, format, out: values.out ?? exportPath(format, dirname(db)) };
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv, parseOptions, HELP);
  if (typeof options === 'number') return options;
  const files = await exportDatabase(options.db, options.format, options.out);
  process.stdout.write(`${files.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
