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
  /** Documents processed at once (worker threads). */
  concurrency: number;
  /** Seconds one document may take before its worker is stopped. */
  timeout: number;
  /** Heap limit of a worker in MB; a document that needs more is recorded as unreadable. */
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
}

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
};

/** The database path the options imply. */
export function databasePath(options: Pick<Options, 'db' | 'out'>): string {
  return options.db ?? join(options.out, 'results.sqlite');
}
