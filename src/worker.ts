/** Worker-process entry: runs the whole per-document pipeline and sends back a serialisable record. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newDocument, type DocumentRecord, type DocumentType } from './document.js';
import { runStages, type Stage } from './pipeline.js';
import { buildPipeline, type PipelineSettings } from './stages/index.js';

/** What the main process sends for one document. */
export interface WorkerTask {
  path: string;
  sha256: string;
  type: DocumentType;
  size: number;
  /** The bytes the run read and hashed: the document is extracted from these, not read again. */
  bytes?: Uint8Array;
  /** Absent: those the worker was warmed up with (the pool sends them once per worker, not with each document). */
  settings?: PipelineSettings;
}

/** Asks a fresh worker to load its stages and the PDF library before any document is timed. */
export interface WarmupTask {
  warmup: true;
  /**
   * The settings, or their JSON text: objects built by the IPC channel's structured-clone
   * deserialiser look their keys up about five times slower than parsed JSON (measured on the theme
   * model's weights, thousands of keys per theme), so the pool sends text.
   */
  settings: PipelineSettings | string;
}

let cached: { key: string; stages: Stage[] } | undefined;

/** The stages of `settings`, or of the settings last given when absent (the default stages when none were). */
function stagesFor(settings: PipelineSettings | undefined): Stage[] {
  if (settings === undefined && cached) return cached.stages;
  const key = JSON.stringify(settings ?? {});
  if (cached?.key !== key) cached = { key, stages: buildPipeline(settings) };
  return cached.stages;
}

/** A one-page PDF saying "Warm up.", for loading pdf.js's lazily imported parts. */
const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n'
  + '4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n'
  + '5 0 obj<</Length 38>>stream\nBT /F1 12 Tf 10 50 Td (Warm up.) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/**
 * Loads the stages and runs them once over a tiny document (pdf.js and the NLP libraries load
 * parts lazily on first use, which on a busy machine took seconds), so that a document's timeout
 * measures its own work only.
 */
async function warmUp(settings: PipelineSettings): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'inspection-miner-warm-up-'));
  try {
    const path = join(folder, 'warm-up.pdf');
    writeFileSync(path, TINY_PDF);
    await runStages(stagesFor(settings), newDocument(path, '', 'pdf', TINY_PDF.length));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** An allocation refused under the worker's memory limit, as pdf.js or V8 word it. */
const REFUSED_ALLOCATION = /array buffer allocation failed|invalid array length|out of memory/i;

/**
 * A document whose reading failed because the memory limit refused an allocation is recorded as
 * out-of-memory, not as corrupt: the limit, not the file, stopped it.
 */
function chargeMemory(document: DocumentRecord): DocumentRecord {
  const fatal = document.messages.find((message) => message.severity === 'fatal');
  if (document.status === 'unreadable' && fatal && REFUSED_ALLOCATION.test(fatal.text)) {
    document.reason = 'out-of-memory';
    document.messages.push({ stage: 'run', rule: 'out-of-memory', severity: 'fatal', text: `the memory limit refused an allocation: ${fatal.text}` });
  }
  return document;
}

/** Processes one document; never throws (failures are statuses and messages on the record). */
export default async function processDocument(task: WorkerTask | WarmupTask): Promise<DocumentRecord | null> {
  if ('warmup' in task) {
    await warmUp(typeof task.settings === 'string' ? JSON.parse(task.settings) as PipelineSettings : task.settings);
    return null;
  }
  const document = newDocument(task.path, task.sha256, task.type, task.size);
  if (task.bytes) document.bytes = task.bytes;
  const result = chargeMemory(await runStages(stagesFor(task.settings), document));
  // The text layer is rebuilt from pages when needed; it, the bytes and the pages' layout text are not sent back or stored.
  delete result.layer;
  delete result.bytes;
  for (const page of result.pages) delete page.layout;
  return result;
}

/** Serves tasks over the IPC channel when started as a worker process by the pool. */
function serve(send: (message: unknown) => void): void {
  // The main process decides when to stop: a Ctrl-C to the process group must not kill a worker mid-document.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);
  // Without the main process there is nobody to answer: stop.
  process.on('disconnect', () => process.exit(0));
  // A rejection nobody awaited (pdf.js cleaning up after a broken file) must not take the next document down with it.
  process.on('unhandledRejection', (error) => process.stderr.write(`unhandled rejection: ${String(error)}\n`));
  process.on('message', (task: WorkerTask | WarmupTask) => {
    void processDocument(task).then((document) => send(document ?? { ready: true }));
  });
}

if (process.send) serve((message) => process.send!(message));
