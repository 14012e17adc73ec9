/** Raw pooled extraction: the PDFs of a corpus through pdf-parse alone, in a fresh pool of worker threads. */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { extractDefaults } from '../../src/stages/extract.js';

/** What one raw run did. */
export interface RawRun { seconds: number; documents: number; pages: number }

const WORKER = fileURLToPath(new URL('./raw-worker.mjs', import.meta.url));

/** Extracts every file with `concurrency` fresh worker threads (their start-up is timed, as the pipeline's is). */
export async function rawExtraction(files: readonly string[], concurrency: number): Promise<RawRun> {
  const started = performance.now();
  const queue = [...files];
  let pages = 0;
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  const drain = async (): Promise<void> => {
    const worker = new Worker(WORKER, { env, execArgv: [] });
    try {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        // Awaited first, then added: `pages += await …` would read `pages` before the wait and lose the other workers' pages.
        const count = await new Promise<number>((resolve, reject) => {
          const fail = (error: Error) => reject(error);
          worker.once('error', fail);
          worker.once('message', (count: number) => { worker.off('error', fail); resolve(count); });
          worker.postMessage({ path, maxPages: extractDefaults.maxPages });
        });
        pages += count;
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, drain));
  return { seconds: (performance.now() - started) / 1000, documents: files.length, pages };
}
