/** The batch: discover -> per-document stages in worker processes -> store -> report events. */
import { FAILED_STATUSES, type DocumentRecord } from './document.js';
import { discoverInputs, fileFilter, type InputFile } from './discover.js';
import { ownOutputs } from './outputs.js';
import { databasePath, type Options } from './options.js';
import { stageVersion } from './pipeline.js';
import { pipelineSettings, runVersions } from './run-versions.js';
import { openDatabase, SqliteError, type DB } from './db/open.js';
import * as store from './db/store.js';
import { isCurrent } from './freshness.js';
import { addTimings, processAll } from './process-documents.js';
import { errorText } from './pipeline.js';
import { builtinCodebook } from './scheme/codebook.js';
import { codebooksByScheme } from './scheme/codebooks.js';
import * as emerging from './db/emerging-store.js';
import type { Codebook } from './scheme/codebook.js';

/** What a run tells its caller as it goes. */
export type RunEvent =
  | { type: 'start'; files: number; documents: number; toProcess: number; unchanged: number; database: string }
  | { type: 'document'; files: string[]; sha256: string; status: string; reason: string | null; pages: number; done: number; total: number }
  | { type: 'warning'; file: string; text: string }
  | { type: 'end'; summary: RunSummary };

/** Totals at the end of a run. */
export interface RunSummary {
  runId: number;
  database: string;
  files: number;
  documents: number;
  processed: number;
  unchanged: number;
  /** Input files that could not be read, by status and reason, e.g. `unreadable/encrypted` -> 2 (not files of a type the pipeline does not read). */
  failures: Record<string, number>;
  /** The input files that could not be read, by name (as `failures` counts them). */
  failedFiles: Array<{ file: string; status: string; reason: string | null }>;
  /** Input files of a type the pipeline does not read (a README, a spreadsheet): recorded as `unsupported`, skipped, not failed. */
  unsupported: number;
  /** Input files left out by --include / --exclude. */
  excluded: number;
  /** Input files by status. */
  statuses: Record<string, number>;
  pages: number;
  seconds: number;
  /** Documents the run had to process (processed is fewer when it was interrupted). */
  toProcess: number;
  /** What stopped the run early (e.g. `SIGINT`), or null when it completed. */
  interrupted: string | null;
  /** Seconds spent in each stage, summed over documents (stages run in parallel workers, so the sum may exceed `seconds`). */
  stageSeconds: Record<string, number>;
  /** Files passed over because the run writes them (its database and summary inside the input folder). */
  skipped: number;
}

/** Files grouped by content; a group's first file is one of a readable type when there is one. */
function groupByContent(files: InputFile[]): Map<string, InputFile[]> {
  const groups = new Map<string, InputFile[]>();
  for (const file of files) groups.set(file.sha256, [...(groups.get(file.sha256) ?? []), file]);
  for (const group of groups.values()) group.sort((a, b) => Number(a.type === 'other') - Number(b.type === 'other'));
  return groups;
}

/** The run stopped on a database error (locked past the busy timeout, a full disk): what was saved stands. */
export { SqliteError };

export class DatabaseError extends Error {
  constructor(readonly saved: number, cause: unknown) {
    super(`the database could not be written (${errorText(cause)}); ${saved} document(s) were saved, the others have no new row: run again to go on`);
  }
}

/** The database opened for the run; locked past the busy timeout (or full) while opening, a DatabaseError with nothing saved. */
function openExisting(database: string): DB {
  try {
    return openDatabase(database);
  } catch (error) {
    if (error instanceof SqliteError) throw new DatabaseError(0, error);
    throw error;
  }
}

/**
 * Runs the pipeline over `options.input`. Aborting `signal` stops it early: documents in flight are
 * abandoned, the run is recorded as interrupted and the summary says so. Throws when the input or
 * database cannot be opened, and a DatabaseError when a write fails during the run.
 */
export async function run(options: Options, onEvent: (event: RunEvent) => void = () => undefined, signal = new AbortController().signal): Promise<RunSummary> {
  const started = Date.now();
  const { files, skipped, excluded } = await discoverInputs(options.input, ownOutputs(options), fileFilter(options));
  const database = databasePath(options);
  const db = openExisting(database);
  try {
    // A user's codebook is compiled as it is read (compromise): loaded only when one is given.
    const codebook = options.codebook === null ? builtinCodebook : (await import('./scheme/codebook-file.js')).loadCodebook(options.codebook);
    const settings = pipelineSettings(options, codebook);
    const versions = await runVersions(settings);
    const runId = store.startRun(db, options.input, options, versions);
    store.saveCodebooks(db, [...new Set(codebooksByScheme(codebook).values())]);
    const groups = groupByContent(files);
    const todo = [...groups.values()].filter((group) => !isCurrent(db, group, versions, options));
    const unchanged = groups.size - todo.length;
    onEvent({ type: 'start', files: files.length, documents: groups.size, toProcess: todo.length, unchanged, database });
    const pending = new Set(todo.map((group) => group[0]!.sha256));
    for (const file of files) if (!pending.has(file.sha256)) store.saveFile(db, file.relativePath, file.sha256, runId);

    const onDocument = documentEvents(onEvent, todo.length);
    const batch = await processAll(todo, { db, settings, versions, runId, options, signal, onDocument });
    const counts = { files: files.length, processed: batch.saved, unchanged };
    if (batch.error !== undefined) {
      failRun(db, runId, counts);
      throw new DatabaseError(batch.saved, batch.error);
    }
    const interrupted = signal.aborted ? String(signal.reason ?? 'a signal') : null;
    let summary: RunSummary;
    try {
      // Paths and emerging themes are corpus-level: only a completed run sees the whole corpus.
      if (!interrupted) {
        store.pruneFiles(db, runId);
        const emergingStarted = performance.now();
        await updateEmergingThemes(db, codebook, runId);
        addTimings(batch.timings, { emerging: performance.now() - emergingStarted });
      }
      const stageSeconds = Object.fromEntries(Object.entries(batch.timings).map(([stage, ms]) => [stage, ms / 1000]));
      summary = summarise(db, files, { runId, database, skipped, excluded, documents: groups.size, processed: batch.saved, unchanged, pages: batch.pages, started, interrupted, toProcess: todo.length, stageSeconds });
      const failed = [...groups.keys()].filter((sha256) => FAILED_STATUSES.has(store.storedStatus(db, sha256)?.status as never)).length;
      store.finishRun(db, runId, { ...counts, failed, outcome: interrupted ? 'interrupted' : 'completed' });
    } catch (error) {
      if (!(error instanceof SqliteError)) throw error;
      failRun(db, runId, counts);
      throw new DatabaseError(batch.saved, error);
    }
    onEvent({ type: 'end', summary });
    return summary;
  } finally {
    db.close();
  }
}

/** Code revision of the emerging themes' ranking: part of what they are computed from, so a new ranking is recomputed. */
const EMERGING_REVISION = 1;

/**
 * Ranks the emerging themes again when what they are computed from changed since they were last
 * ranked: the current documents and the runs that processed them (a changed codebook redoes every
 * document). An unchanged rerun keeps them, and does not load the ranking's modules (compromise,
 * natural), which take a noticeable share of a rerun to load.
 */
async function updateEmergingThemes(db: DB, codebook: Codebook, runId: number): Promise<void> {
  const basis = stageVersion(EMERGING_REVISION, emerging.emergingInputs(db));
  if (emerging.storedEmergingBasis(db) === basis) return;
  const { emergingThemes } = await import('./classify/emerging.js');
  emerging.saveEmergingThemes(db, emergingThemes(emerging.untaggedSentences(db), codebook), runId, basis);
}

/** Records a run stopped by a database error, when the database still takes the write. */
function failRun(db: DB, runId: number, counts: { files: number; processed: number; unchanged: number }): void {
  try {
    store.finishRun(db, runId, { ...counts, failed: 0, outcome: 'failed' });
  } catch {
    // The database refused this write too: the run row stays open (finished_at null).
  }
}

/** The per-document events: warnings, then the document with the running count. */
function documentEvents(onEvent: (event: RunEvent) => void, total: number) {
  let done = 0;
  return (document: DocumentRecord, group: InputFile[]) => {
    done += 1;
    for (const message of document.messages) {
      if (message.severity === 'warning') onEvent({ type: 'warning', file: group[0]!.relativePath, text: message.text });
    }
    onEvent({ type: 'document', files: group.map((g) => g.relativePath), sha256: document.sha256, status: document.status, reason: document.reason, pages: document.pages.length, done, total });
  };
}

function summarise(
  db: DB, files: InputFile[],
  partial: Omit<RunSummary, 'files' | 'failures' | 'failedFiles' | 'unsupported' | 'statuses' | 'seconds'> & { started: number },
): RunSummary {
  const failures: Record<string, number> = {};
  const failedFiles: RunSummary['failedFiles'] = [];
  const statuses: Record<string, number> = {};
  let unsupported = 0;
  for (const file of files) {
    const stored = store.storedStatus(db, file.sha256);
    if (!stored) continue;
    statuses[stored.status] = (statuses[stored.status] ?? 0) + 1;
    if (stored.status === 'unsupported') unsupported++;
    else if (FAILED_STATUSES.has(stored.status as never)) {
      const key = `${stored.status}/${stored.reason ?? 'unknown'}`;
      failures[key] = (failures[key] ?? 0) + 1;
      failedFiles.push({ file: file.relativePath, status: stored.status, reason: stored.reason });
    }
  }
  const { started, ...rest } = partial;
  return { ...rest, files: files.length, failures, failedFiles, unsupported, statuses, seconds: (Date.now() - started) / 1000 };
}
