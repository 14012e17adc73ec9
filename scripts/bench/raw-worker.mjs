// The raw reference of `npm run bench`: pdf-parse's text per page, the same call the extract stage
// makes, in a plain worker thread with nothing else loaded. Plain JavaScript: no TypeScript loader.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

parentPort.on('message', async ({ path, maxPages }) => {
  let pages = 0;
  const parser = new PDFParse({ data: await readFile(path), isEvalSupported: false, stopAtErrors: false });
  try {
    pages = (await parser.getText({ pageJoiner: '', first: maxPages })).pages.length;
  } catch {
    // A file pdf.js cannot read costs what it cost; it adds no pages.
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  parentPort.postMessage(pages);
});
