/** The options of a pipeline run, with their documented defaults in one object. */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export interface Options {
  /** Folder of reports, walked recursively. */
  input: string;
  /** Folder for the database and the summary. */
  out: string;
  /** Database file; `<out>/results.sqlite` when null. */
  db: string | null;
  /** Documents processed at once (worker processes). */
  concurrency: number;
  /** Seconds one document may take before its worker is stopped. */
  timeout: number;
  /** Memory (MB) a worker process may allocate, heap and buffers; a document that needs more is recorded as out-of-memory. */
  memory: number;
  /** Pages read at most per document. */
  maxPages: number;
  /** Reprocess documents whose stored results are current. */
  force: boolean;
  /** Exit 1 when any document failed. */
  strict: boolean;
  /** Print nothing but errors. */
  quiet: boolean;
  /** Print one JSON event per line instead of text. */
  json: boolean;
  /** Theme codebook file (JSON); the built-in codebook when null. */
  codebook: string | null;
  /** Grading scheme: 'auto' (decided per document from its own text), 'best-value', or a scheme family's id ('ofsted'). */
  scheme: string;
  /** Seconds to wait for another run on the same database to finish before refusing to start. */
  wait: number;
  /** Globs of the files to read (relative paths; a glob without `/` matches names in any folder); all files when empty. */
  include: string[];
  /** Globs of the files to leave out. */
  exclude: string[];
  /** Also write the results as a spreadsheet (`<out>/results.xlsx`) or CSV files (`<out>/export/`); none when null. */
  export: 'xlsx' | 'csv' | null;
}

/**
 * The smallest `--memory` that works (measured under tsx: loading the stages and pdf.js needs about 320 MB of data; at 384 a
 * one-page sample report ran out, and at 512 it was read on most runs but not all, so the floor leaves room).
 */
export const MIN_MEMORY_MB = 768;

export const defaults: Options = {
  input: 'corpus/reports',
  out: 'output',
  db: null,
  concurrency: availableParallelism(),
  timeout: 60,
  memory: 1024,
  maxPages: 2000,
  force: false,
  strict: false,
  quiet: false,
  json: false,
  codebook: null,
  scheme: 'auto',
  wait: 0,
  export: null,
  include: [],
  exclude: [],
};

/** The database path the options imply. */
export function databasePath(options: Pick<Options, 'db' | 'out'>): string {
  return options.db ?? join(options.out, 'results.sqlite');
}
