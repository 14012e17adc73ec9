/** The command line: argv -> options -> run(); the only place that prints and sets exit codes. */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, defaults, MIN_MEMORY_MB, type Options } from './options.js';
import type { RunEvent, RunSummary } from './run.js';
import { acquireLock, LockedError } from './run-lock.js';
import { INTERRUPTED_EXIT, stopRequests } from './cli-signals.js';
import { clean, jsonLine, progressRenderer } from './cli-render.js';
import { flagError, readOptions, UsageError } from './cli-usage.js';
import { SCHEME_CHOICES } from './scheme/registry.js';
import { EXPORT_FORMATS, exportPath } from './export/write.js';

const HELP = `Usage: npm run pipeline -- [options]

Reads every report under the input folder, classifies it and writes a SQLite results database.
Then writes the summary article, <out>/summary.md and <out>/summary.html (see npm run summary).

Options:
  --input DIR          folder of reports, walked recursively (default: ${defaults.input})
  --out DIR            output folder (default: ${defaults.out})
  --db FILE            database file (default: <out>/results.sqlite)
  --concurrency N      documents processed at once, in worker processes (default: CPUs, here ${defaults.concurrency})
  --timeout SECONDS    time allowed for one document before its worker is stopped (default: ${defaults.timeout})
  --memory MB          memory one worker process may allocate, at least ${MIN_MEMORY_MB} (default: ${defaults.memory})
  --max-pages N        pages read at most per document (default: ${defaults.maxPages})
  --force              reprocess documents whose stored results are current (default: off)
  --strict             exit 1 when any document could not be read (default: off)
  --quiet              print nothing but errors (default: off)
  --json               print one JSON event per line on stdout (default: off)
  --wait SECONDS       wait for another run on the same database to finish, instead of refusing (default: ${defaults.wait})
  --codebook FILE      theme codebook, JSON or YAML with the shape of the built-in ones; it replaces the codebook
                       of the schemes it names only (default: the built-in codebook of each scheme)
  --scheme NAME        grading scheme: auto (decided per document from its own text), ${SCHEME_CHOICES.filter((choice) => choice !== 'auto').join(', ')}
                       (default: ${defaults.scheme})
  --include GLOB       read only the files matching GLOB (repeatable; relative paths, e.g. '2001/**' or '*.pdf',
                       a glob without / matching names in any folder; default: every file)
  --exclude GLOB       leave out the files matching GLOB (repeatable; e.g. '**/drafts/**' or 'README*')
  --export xlsx|csv    also write the results as <out>/results.xlsx or as CSV files in <out>/export/
                       (see npm run export; default: none)
  --help               print this help

Exit codes: 0 run completed (failed documents are recorded), 1 --strict and a document failed, 2 bad usage,
3 another run is writing the same database, 4 a database write failed (locked, disk full), 130 stopped by a signal.`;

function positiveInteger(name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  if (number > max) throw new UsageError(`--${name} must be at most ${max}, got "${value}"`);
  return number;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' },
        concurrency: { type: 'string' }, timeout: { type: 'string' }, memory: { type: 'string' }, 'max-pages': { type: 'string' },
        codebook: { type: 'string' }, wait: { type: 'string' }, scheme: { type: 'string' }, export: { type: 'string' }, include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true },
        force: { type: 'boolean' }, strict: { type: 'boolean' }, quiet: { type: 'boolean' }, json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw flagError(error);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const options: Options = {
    input: v.input ?? defaults.input,
    out: v.out ?? defaults.out,
    db: v.db ?? defaults.db,
    concurrency: positiveInteger('concurrency', v.concurrency, defaults.concurrency),
    timeout: positiveInteger('timeout', v.timeout, defaults.timeout, 86_400),
    memory: positiveInteger('memory', v.memory, defaults.memory),
    wait: v.wait === undefined ? defaults.wait : positiveInteger('wait', v.wait, defaults.wait, 86_400),
    maxPages: positiveInteger('max-pages', v['max-pages'], defaults.maxPages),
    force: v.force ?? defaults.force,
    strict: v.strict ?? defaults.strict,
    quiet: v.quiet ?? defaults.quiet,
    json: v.json ?? defaults.json,
    codebook: v.codebook ?? defaults.codebook,
    scheme: v.scheme ?? defaults.scheme,
    export: (v.export ?? defaults.export) as Options['export'],
    include: v.include ?? defaults.include,
    exclude: v.exclude ?? defaults.exclude,
  };
  if (!(SCHEME_CHOICES as readonly string[]).includes(options.scheme)) {
    throw new UsageError(`--scheme must be one of ${SCHEME_CHOICES.join(', ')}, got "${options.scheme}"`);
  }
  if (options.export !== null && !EXPORT_FORMATS.includes(options.export)) {
    throw new UsageError(`--export must be one of ${EXPORT_FORMATS.join(', ')}, got "${options.export}"`);
  }
  if (options.memory < MIN_MEMORY_MB) {
    throw new UsageError(`--memory must be at least ${MIN_MEMORY_MB} (MB): a worker needs that much to load the stages and the PDF library and read a report, got "${options.memory}"`);
  }
  try {
    if (!statSync(options.input).isDirectory()) throw new UsageError(`--input ${options.input} is not a folder`);
    accessSync(options.input, constants.R_OK | constants.X_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read --input ${options.input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return options;
}

/** The codebook file's error as a usage error line (exit 2), or null when it is valid or none is given. */
async function codebookError(options: Options): Promise<string | null> {
  if (options.codebook === null) return null;
  const { CodebookError, loadCodebook } = await import('./scheme/codebook-file.js');
  try {
    loadCodebook(options.codebook);
    return null;
  } catch (error) {
    if (error instanceof CodebookError) return error.message;
    throw error;
  }
}

/** Writes the summary article (and Datasette's metadata.json beside the database); a failure here is a warning, the results stand. */
async function writeArticle(database: string, options: Options): Promise<void> {
  const silent = options.quiet || options.json;
  try {
    const [{ writeSummary }, { datasetteMetadata, datasetteMetadataPath }] = await Promise.all([import('./summary/index.js'), import('./db/datasette.js')]);
    writeFileSync(datasetteMetadataPath(database), `${JSON.stringify(datasetteMetadata(database), null, 2)}\n`);
    const paths = writeSummary(database, options.out);
    if (!silent) process.stdout.write(`summary: ${clean(paths.markdown)}\nsummary: ${clean(paths.html)}\n`);
  } catch (error) {
    process.stderr.write(`warning: summary not written: ${clean(error instanceof Error ? error.message : String(error))}\n`);
  }
}

/** Writes the spreadsheet export when asked for; a failure here is a warning, the results stand. */
async function writeExportFiles(database: string, options: Options): Promise<void> {
  if (options.export === null) return;
  try {
    const { exportDatabase } = await import('./export/index.js');
    const files = await exportDatabase(database, options.export, exportPath(options.export, options.out));
    if (!(options.quiet || options.json)) process.stdout.write(files.map((file) => `export: ${clean(file)}\n`).join(''));
  } catch (error) {
    process.stderr.write(`warning: export not written: ${clean(error instanceof Error ? error.message : String(error))}\n`);
  }
}

/** Prints how far an interrupted run got. */
function reportInterruption(summary: RunSummary): void {
  process.stderr.write(`interrupted by ${summary.interrupted}: ${summary.processed} of ${summary.toProcess} document(s) processed and saved; run again to do the rest\n`);
}

/** Runs with the database lock held; returns the exit code. */
async function locked(options: Options, onEvent: (event: RunEvent) => void): Promise<number> {
  const stop = stopRequests();
  let release: (() => void) | undefined;
  // The run's modules load only now: --help and usage errors answer without them.
  const { DatabaseError, SqliteError, run } = await import('./run.js');
  try {
    release = await acquireLock(databasePath(options), options.wait);
    const summary = await run(options, onEvent, stop.signal);
    if (summary.interrupted) {
      reportInterruption(summary);
      return INTERRUPTED_EXIT;
    }
    await writeArticle(summary.database, options);
    await writeExportFiles(summary.database, options);
    const failed = Object.values(summary.failures).reduce((a, b) => a + b, 0);
    return options.strict && failed > 0 ? 1 : 0;
  } catch (error) {
    // Locked or full outside the run's writes (the article and exports reading the results): what was saved stands.
    if (error instanceof SqliteError) {
      process.stderr.write(`error: the database could not be read or written (${clean(error.message)}); what was saved stands: run again to go on\n`);
      return 4;
    }
    if (!(error instanceof LockedError || error instanceof DatabaseError)) throw error;
    process.stderr.write(`error: ${clean(error.message)}\n`);
    return error instanceof LockedError ? 3 : 4;
  } finally {
    release?.();
    stop.dispose();
  }
}

/** Entry point; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv, parseOptions, HELP);
  if (typeof options === 'number') return options;
  const badCodebook = await codebookError(options);
  if (badCodebook !== null) {
    process.stderr.write(`error: ${clean(badCodebook)} (see --help)\n`);
    return 2;
  }
  const renderer = options.json
    ? { onEvent: (event: RunEvent) => process.stdout.write(`${jsonLine(event)}\n`), stop: () => undefined }
    : progressRenderer(options.quiet, Boolean(process.stderr.isTTY));
  try {
    return await locked(options, renderer.onEvent);
  } finally {
    renderer.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`error: ${clean(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
