/**
 * Processing the documents a run has to do: each in a worker process, saved once its worker has the next one.
 * A run that is stopped (a signal, a database error) hands out no more documents and saves none
 * it did not finish: a document never finished has no new row, so the next run simply does it.
 */
import pLimit from 'p-limit';
import type { DocumentRecord } from './document.js';
import { newDocument } from './document.js';
import { readInput, type InputFile } from './discover.js';
import type { Options } from './options.js';
import type { PipelineSettings } from './stages/index.js';
import type { DB } from './db/open.js';
import * as store from './db/store.js';
import { countAttempt, versionsFor } from './freshness.js';
import { WorkerPool, type WorkerOutcome } from './worker-pool.js';
import type { WorkerTask } from './worker.js';

/** What the batch needs besides the documents. */
export interface Batch {
  db: DB;
  settings: PipelineSettings;
  versions: Record<string, string>;
  runId: number;
  options: Options;
  /** Aborted to stop the run: queued documents are not started, documents in flight are abandoned. */
  signal: AbortSignal;
  /** Called after each saved document with the record and its files. */
  onDocument: (document: DocumentRecord, group: InputFile[]) => void;
}

/** What the batch did. */
export interface BatchResult {
  /** Documents processed and saved. */
  saved: number;
  pages: number;
  /** Milliseconds spent in each stage over the saved documents (workers' stages, and `store` on the main process). */
  timings: Record<string, number>;
  /** The database error that stopped the batch, if any. */
  error?: unknown;
}

/** A record for a document whose worker was stopped (timeout, memory) or crashed. */
function lostDocument(file: InputFile, outcome: Extract<WorkerOutcome, { kind: 'failed' }>): DocumentRecord {
  const document = newDocument(file.path, file.sha256, file.type, file.size);
  document.status = 'unreadable';
  document.reason = outcome.reason;
  document.messages.push({ stage: 'run', rule: outcome.reason, severity: 'fatal', text: outcome.text });
  return document;
}

/** A record for a file that could not even be opened (permissions, a vanished file). */
function unopenedDocument(file: InputFile): DocumentRecord {
  const document = newDocument(file.path, file.sha256, file.type, file.size);
  const reason = file.error === 'EACCES' || file.error === 'EPERM' ? 'permission-denied' : 'cannot-open';
  document.status = 'unreadable';
  document.reason = reason;
  document.messages.push({ stage: 'run', rule: reason, severity: 'fatal', text: `the file could not be opened: ${file.error}` });
  return document;
}

/** A document's bytes read ahead of its turn on a worker, or the record of a file that could not be read. */
type Prepared = { task: WorkerTask } | { document: DocumentRecord };

/** Reads a document's bytes (read once: those hashed are those extracted). */
async function prepare(file: InputFile): Promise<Prepared> {
  if (file.error !== undefined) return { document: unopenedDocument(file) };
  const read = await readInput(file);
  if ('error' in read) return { document: unopenedDocument({ ...file, error: read.error }) };
  return { task: { path: file.path, sha256: file.sha256, type: file.type, size: file.size, bytes: read.bytes } };
}

/**
 * Runs one document. A crash on a worker that had already processed another document may be that
 * document's doing, so it is tried once more on a fresh worker before it is charged.
 */
async function processOne(pool: WorkerPool, file: InputFile, prepared: Prepared): Promise<DocumentRecord | undefined> {
  if ('document' in prepared) return prepared.document;
  let outcome = await pool.run(prepared.task);
  if (outcome.kind === 'failed' && outcome.reason === 'crashed' && !outcome.fresh) outcome = await pool.run(prepared.task, true);
  if (outcome.kind === 'abandoned') return undefined;
  return outcome.kind === 'done' ? outcome.document : lostDocument(file, outcome);
}

/** Adds one document's stage times to the batch's. */
export function addTimings(total: Record<string, number>, timings: Record<string, number> = {}): void {
  for (const [stage, ms] of Object.entries(timings)) total[stage] = (total[stage] ?? 0) + ms;
}

/** Saves a finished document and its files, unless the run stopped meanwhile; a database error stops the run. */
function saveFinished(batch: Batch, result: BatchResult, finished: { document: DocumentRecord; group: InputFile[] }, stop: () => void): void {
  if (batch.signal.aborted || result.error !== undefined) return;
  const { document, group } = finished;
  try {
    const started = performance.now();
    const versions = versionsFor(document, batch.versions, batch.options);
    store.saveDocument(batch.db, document, versions, batch.runId, countAttempt(batch.db, document, versions));
    for (const member of group) store.saveFile(batch.db, member.relativePath, member.sha256, batch.runId);
    addTimings(result.timings, { ...document.timings, store: performance.now() - started });
  } catch (error) {
    result.error = error;
    stop();
    return;
  }
  result.saved += 1;
  result.pages += document.pages.length;
  batch.onDocument(document, group);
}

/** Resolves on the event loop's next turn: after the callbacks already due (a task being sent to a worker) have run. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Processes and saves every group (documents sharing content); stops early on abort or a database
 * error. Each worker's next document is read while it works, and a finished document is saved
 * after the worker has been handed the next one, so that no worker waits for a save.
 */
export async function processAll(todo: InputFile[][], batch: Batch): Promise<BatchResult> {
  const result: BatchResult = { saved: 0, pages: 0, timings: {} };
  if (todo.length === 0) return result;
  const { options } = batch;
  const pool = new WorkerPool({ settings: batch.settings, memoryMb: options.memory, timeoutSeconds: options.timeout, size: Math.min(options.concurrency, todo.length) });
  // Documents on a worker, and as many read ahead and waiting for one.
  const working = pLimit(options.concurrency);
  const reading = pLimit(options.concurrency * 2);
  // Queued tasks still run once, see `stopped()` and return: clearing the queue would leave their promises unsettled.
  const stop = () => pool.close();
  batch.signal.addEventListener('abort', stop, { once: true });
  const stopped = () => batch.signal.aborted || result.error !== undefined;
  const saves: Array<Promise<void>> = [];
  try {
    await Promise.all(todo.map((group) => reading(async () => {
      const prepared = stopped() ? undefined : await prepare(group[0]!);
      const document = prepared && await working(() => (stopped() ? undefined : processOne(pool, group[0]!, prepared)));
      if (document !== undefined) saves.push(nextTurn().then(() => saveFinished(batch, result, { document, group }, stop)));
    })));
    await Promise.all(saves);
  } finally {
    batch.signal.removeEventListener('abort', stop);
    pool.close();
  }
  return result;
}
