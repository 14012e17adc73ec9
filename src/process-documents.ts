/**
 * Processing the documents a run has to do: each in a worker process, saved as soon as it is done.
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

/**
 * Runs one document. A crash on a worker that had already processed another document may be that
 * document's doing, so it is tried once more on a fresh worker before it is charged.
 */
async function processOne(pool: WorkerPool, file: InputFile): Promise<DocumentRecord | undefined> {
  if (file.error !== undefined) return unopenedDocument(file);
  // The bytes are read once here: those hashed are those extracted.
  const read = await readInput(file);
  if ('error' in read) return unopenedDocument({ ...file, error: read.error });
  const task = { path: file.path, sha256: file.sha256, type: file.type, size: file.size, bytes: read.bytes };
  let outcome = await pool.run(task);
  if (outcome.kind === 'failed' && outcome.reason === 'crashed' && !outcome.fresh) outcome = await pool.run(task, true);
  if (outcome.kind === 'abandoned') return undefined;
  return outcome.kind === 'done' ? outcome.document : lostDocument(file, outcome);
}

/** Adds one document's stage times to the batch's. */
export function addTimings(total: Record<string, number>, timings: Record<string, number> = {}): void {
  for (const [stage, ms] of Object.entries(timings)) total[stage] = (total[stage] ?? 0) + ms;
}

/** Processes and saves every group (documents sharing content); stops early on abort or a database error. */
export async function processAll(todo: InputFile[][], batch: Batch): Promise<BatchResult> {
  const result: BatchResult = { saved: 0, pages: 0, timings: {} };
  if (todo.length === 0) return result;
  const { db, options } = batch;
  const pool = new WorkerPool({ settings: batch.settings, memoryMb: options.memory, timeoutSeconds: options.timeout, size: Math.min(options.concurrency, todo.length) });
  const limit = pLimit(options.concurrency);
  // Queued tasks still run once, see `stopped()` and return: clearing the queue would leave their promises unsettled.
  const stop = () => pool.close();
  batch.signal.addEventListener('abort', stop, { once: true });
  const stopped = () => batch.signal.aborted || result.error !== undefined;
  try {
    await Promise.all(todo.map((group) => limit(async () => {
      const file = group[0]!;
      const document = stopped() ? undefined : await processOne(pool, file);
      if (document === undefined || stopped()) return;
      try {
        const started = performance.now();
        const versions = versionsFor(document, batch.versions, options);
        store.saveDocument(db, document, versions, batch.runId, countAttempt(db, document, versions));
        for (const member of group) store.saveFile(db, member.relativePath, member.sha256, batch.runId);
        addTimings(result.timings, { ...document.timings, store: performance.now() - started });
      } catch (error) {
        result.error = error;
        stop();
        return;
      }
      result.saved += 1;
      result.pages += document.pages.length;
      batch.onDocument(document, group);
    })));
  } finally {
    batch.signal.removeEventListener('abort', stop);
    pool.close();
  }
  return result;
}
