/** The batch: discover -> per-document stages in worker threads -> store -> report events. */
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { DocumentRecord } from './document.js';
import { FAILED_STATUSES, newDocument } from './document.js';
import { discoverInputs, readInput, type InputFile } from './discover.js';
import { ownOutputs } from './outputs.js';
import { databasePath, type Options } from './options.js';
import { stageVersions } from './pipeline.js';
import { buildPipeline, type PipelineSettings } from './stages/index.js';
import { openDatabase, type DB } from './db/open.js';
import * as store from './db/store.js';
import type { WorkerTask } from './worker.js';
import { builtinCodebook } from './scheme/codebook.js';
import { loadCodebook } from './scheme/codebook-file.js';
import { compileCodebook } from './classify/themes.js';
import { emergingThemes } from './classify/emerging.js';

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
  /** Files passed over because the run writes them (its database and summary inside the input folder). */
  skipped: number;
  documents: number;
  processed: number;
  unchanged: number;
  /** Input files by failed status and reason, e.g. `unreadable/encrypted` -> 2. */
  failures: Record<string, number>;
  /** Input files by status. */
  statuses: Record<string, number>;
  pages: number;
  seconds: number;
}

function sameVersions(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** A record for a document whose worker was stopped (timeout, memory) or crashed. */
function lostDocument(file: InputFile, error: unknown): DocumentRecord {
  const document = newDocument(file.path, file.sha256, file.type, file.size);
  const text = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  const reason = name === 'AbortError' || /abort/i.test(text) ? 'timeout' : /memory/i.test(text) ? 'out-of-memory' : 'crashed';
  document.status = 'unreadable';
  document.reason = reason;
  document.messages.push({ stage: 'run', rule: reason, severity: 'fatal', text: reason === 'timeout' ? 'processing took longer than the timeout; the worker was stopped' : text });
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

/** Reasons of documents whose worker was stopped: retried when the limits change. */
const LIMIT_REASONS = new Set(['timeout', 'out-of-memory', 'crashed']);

/**
 * The versions a document is stored with: those of the stages that ran on it (a fatal message stops
 * the stages, so a later stage's change does not concern it); stopped documents also record the
 * limits they ran under.
 */
function versionsFor(document: DocumentRecord, versions: Record<string, string>, options: Options): Record<string, string> {
  if (document.status === 'unreadable' && LIMIT_REASONS.has(document.reason ?? '')) {
    return { ...versions, limits: `timeout=${options.timeout},memory=${options.memory}` };
  }
  const stoppedAt = document.messages.find((message) => message.severity === 'fatal')?.stage;
  const names = Object.keys(versions);
  const ran = stoppedAt !== undefined && names.includes(stoppedAt) ? names.slice(0, names.indexOf(stoppedAt) + 1) : names;
  return Object.fromEntries(ran.map((name) => [name, versions[name]!]));
}

/** Files grouped by content; a group's first file is one of a readable type when there is one. */
function groupByContent(files: InputFile[]): Map<string, InputFile[]> {
  const groups = new Map<string, InputFile[]>();
  for (const file of files) groups.set(file.sha256, [...(groups.get(file.sha256) ?? []), file]);
  for (const group of groups.values()) group.sort((a, b) => Number(a.type === 'other') - Number(b.type === 'other'));
  return groups;
}

/** Whether stored results for this content are current. Unopened files are always tried again. */
function isCurrent(db: DB, group: InputFile[], versions: Record<string, string>, options: Options): boolean {
  const first = group[0]!;
  if (options.force || first.error !== undefined) return false;
  const stored = store.storedVersions(db, first.sha256);
  if (!stored) return false;
  const status = store.storedStatus(db, first.sha256);
  if (status?.status === 'unreadable' && LIMIT_REASONS.has(status.reason ?? '')) {
    return sameVersions(stored, { ...versions, limits: `timeout=${options.timeout},memory=${options.memory}` });
  }
  // A document stopped by a failure is current when the stages that ran on it are unchanged.
  const failed = status !== undefined && FAILED_STATUSES.has(status.status as never);
  const names = failed ? Object.keys(versions).filter((name) => name in stored) : Object.keys(versions);
  return names.length === Object.keys(stored).length && names.every((name) => stored[name] === versions[name]);
}

function workerPool(options: Options): Piscina {
  // Under tsx the sources are .ts; a compiled build would use .js.
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new Piscina({
    filename: new URL(`./worker${extension}`, import.meta.url).href,
    minThreads: options.concurrency,
    maxThreads: options.concurrency,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: options.memory },
  });
}

/** Runs the pipeline over `options.input`. Throws only when the input or database cannot be opened. */
export async function run(options: Options, onEvent: (event: RunEvent) => void = () => undefined): Promise<RunSummary> {
  const started = Date.now();
  const { files, skipped } = await discoverInputs(options.input, ownOutputs(options));
  const database = databasePath(options);
  const db = openDatabase(database);
  try {
    const codebook = options.codebook === null ? builtinCodebook : loadCodebook(options.codebook);
    const settings: PipelineSettings = { maxPages: options.maxPages, codebook };
    const versions = stageVersions(buildPipeline(settings));
    const runId = store.startRun(db, options.input, options, versions);
    const groups = groupByContent(files);
    const todo = [...groups.values()].filter((group) => !isCurrent(db, group, versions, options));
    const unchanged = groups.size - todo.length;
    onEvent({ type: 'start', files: files.length, documents: groups.size, toProcess: todo.length, unchanged, database });
    const pending = new Set(todo.map((group) => group[0]!.sha256));
    for (const file of files) if (!pending.has(file.sha256)) store.saveFile(db, file.relativePath, file.sha256, runId);

    const pages = await processAll(db, todo, settings, versions, runId, options, onEvent);
    store.pruneFiles(db, runId);
    // Emerging themes are corpus-level: recomputed from every current document after the batch.
    store.saveEmergingThemes(db, emergingThemes(store.untaggedSentences(db), compileCodebook(codebook)), runId);
    const summary = summarise(db, files, { runId, database, skipped, documents: groups.size, processed: todo.length, unchanged, pages, started });
    const failedDocuments = [...groups.keys()].filter((sha256) => FAILED_STATUSES.has(store.storedStatus(db, sha256)?.status as never)).length;
    store.finishRun(db, runId, { files: files.length, processed: todo.length, unchanged, failed: failedDocuments });
    onEvent({ type: 'end', summary });
    return summary;
  } finally {
    db.close();
  }
}

async function processAll(
  db: DB, todo: InputFile[][], settings: PipelineSettings, versions: Record<string, string>,
  runId: number, options: Options, onEvent: (event: RunEvent) => void,
): Promise<number> {
  if (todo.length === 0) return 0;
  const pool = workerPool(options);
  // A worker that fails outside any task (e.g. while loading) must not bring the run down.
  pool.on('error', (error: unknown) => onEvent({ type: 'warning', file: '', text: `a worker failed: ${error instanceof Error ? error.message : String(error)}` }));
  const limit = pLimit(options.concurrency);
  let done = 0;
  let pages = 0;
  try {
    // Start the threads and load the stages first, so that a document's timeout measures its own work only.
    const threads = Math.min(options.concurrency, todo.length);
    await Promise.all(Array.from({ length: threads }, () => pool.run({ warmup: true, settings }).catch(() => undefined)));
    await Promise.all(todo.map((group) => limit(async () => {
      const file = group[0]!;
      const task: WorkerTask = { path: file.path, sha256: file.sha256, type: file.type, size: file.size, settings };
      // The bytes are read once here: those hashed are those extracted.
      const read = file.error !== undefined ? { error: file.error } : await readInput(file);
      const document = 'error' in read
        ? unopenedDocument({ ...file, error: read.error })
        : await (pool.run({ ...task, bytes: read.bytes }, { signal: AbortSignal.timeout(options.timeout * 1000) }) as Promise<DocumentRecord>)
          .catch((error: unknown) => lostDocument(file, error));
      store.saveDocument(db, document, versionsFor(document, versions, options), runId);
      for (const member of group) store.saveFile(db, member.relativePath, member.sha256, runId);
      done += 1;
      pages += document.pages.length;
      for (const message of document.messages) {
        if (message.severity === 'warning') onEvent({ type: 'warning', file: file.relativePath, text: message.text });
      }
      onEvent({ type: 'document', files: group.map((g) => g.relativePath), sha256: file.sha256, status: document.status, reason: document.reason, pages: document.pages.length, done, total: todo.length });
    })));
  } finally {
    await pool.destroy();
  }
  return pages;
}

function summarise(
  db: DB, files: InputFile[],
  partial: { runId: number; database: string; skipped: number; documents: number; processed: number; unchanged: number; pages: number; started: number },
): RunSummary {
  const failures: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  for (const file of files) {
    const stored = store.storedStatus(db, file.sha256);
    if (!stored) continue;
    statuses[stored.status] = (statuses[stored.status] ?? 0) + 1;
    if (FAILED_STATUSES.has(stored.status as never)) {
      const key = `${stored.status}/${stored.reason ?? 'unknown'}`;
      failures[key] = (failures[key] ?? 0) + 1;
    }
  }
  const { started, ...rest } = partial;
  return { ...rest, files: files.length, failures, statuses, seconds: (Date.now() - started) / 1000 };
}
