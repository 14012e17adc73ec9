/** The extract stage on a real PDF: its pages, and Array.prototype.push left native after pdf.js has loaded. */
import { expect, it } from 'vitest';
import { newDocument } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { extract } from '../src/stages/extract.js';
import { textReportPdf } from './helpers/make-pdf.js';

const nativePush = Array.prototype.push;

it('reads a PDF page by page and leaves the native Array.prototype.push in place (pdf.js installs a slower polyfill)', async () => {
  const bytes = await textReportPdf(3);
  const document = { ...newDocument('/in/report.pdf', 'a'.repeat(64), 'pdf', bytes.length), bytes };
  const result = await runStages([extract()], document);
  expect(result.status).toBe('extracted');
  expect(result.pages.map((page) => page.number)).toEqual([1, 2, 3]);
  expect(result.pages[0]!.text).toMatch(/Best Value Inspection/);
  expect(Array.prototype.push).toBe(nativePush);
  expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
  expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ enumerable: false, writable: true, configurable: true });
}, 60_000);
