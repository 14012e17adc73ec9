/** Worker-thread entry: runs the whole per-document pipeline and returns a serialisable record. */
import { newDocument, type DocumentRecord, type DocumentType } from './document.js';
import { runStages, type Stage } from './pipeline.js';
import { buildPipeline, type PipelineSettings } from './stages/index.js';

/** What the main thread sends for one document. */
export interface WorkerTask {
  path: string;
  sha256: string;
  type: DocumentType;
  size: number;
  /** The bytes the run read and hashed: the document is extracted from these, not read again. */
  bytes?: Uint8Array;
  settings: PipelineSettings;
}

let cached: { key: string; stages: Stage[] } | undefined;

function stagesFor(settings: PipelineSettings): Stage[] {
  const key = JSON.stringify(settings);
  if (cached?.key !== key) cached = { key, stages: buildPipeline(settings) };
  return cached.stages;
}

/** Asks a fresh thread to load its stages and the PDF library before any document is timed. */
export interface WarmupTask {
  warmup: true;
  settings: PipelineSettings;
}

/** Processes one document; never throws (failures are statuses and messages on the record). */
export default async function processDocument(task: WorkerTask | WarmupTask): Promise<DocumentRecord | null> {
  if ('warmup' in task) {
    stagesFor(task.settings);
    await import('pdf-parse');
    return null;
  }
  const document = newDocument(task.path, task.sha256, task.type, task.size);
  if (task.bytes) document.bytes = task.bytes;
  const result = await runStages(stagesFor(task.settings), document);
  // The text layer is rebuilt from pages when needed; it and the bytes are not sent back or stored.
  delete result.layer;
  delete result.bytes;
  return result;
}
