/** The tool that renders a labelled text set into PDFs, so that it can be measured through the PDF path. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { renderPdf } from '../scripts/evaluation/render-pdfs.js';

describe('render-pdfs', () => {
  it('draws each page of a text document on a page of its own, cells and marks included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'render-pdfs-')), 'report.pdf');
    await renderPdf([
      'Best Value Inspection Service\nHarbury District Council\nIT services',
      'Scoring chart\n\tPoor\tUncertain\tPromising\tExcellent\nGood **\t\t\t✓\t\nThe service is fair    and improving.',
    ], file);
    const parser = new PDFParse({ data: readFileSync(file) });
    const text = await parser.getText();
    await parser.destroy();
    expect(text.total).toBe(2);
    expect(text.pages[0]!.text).toContain('Harbury District Council');
    // The tick is drawn as the font can show it; every cell's words reach the text.
    expect(text.pages[1]!.text).toMatch(/Good \*\*\s+X/);
    expect(text.pages[1]!.text).toContain('Promising');
    expect(text.pages[1]!.text).toContain('and improving.');
  });
});
