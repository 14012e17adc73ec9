/** Runs the analysis stages over pages of text in-process, as the worker does after extraction. */
import { newDocument, type DocumentRecord } from '../../src/document.js';
import { runStages } from '../../src/pipeline.js';
import { analysis } from '../../src/stages/index.js';

const stages = analysis();

/** The record the pipeline makes from these pages. */
export async function analysePages(pages: string[]): Promise<DocumentRecord> {
  const document = newDocument('memory.txt', 'memory', 'txt', 0);
  document.pages = pages.map((text, i) => ({ number: i + 1, text }));
  document.pageCount = pages.length;
  return runStages(stages, document);
}
