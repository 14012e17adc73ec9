/**
 * Layouts in a real PDF: pdf.js puts one space between a line's cells, so a scoring grid's mark and a judgement
 * table beside a column of reasons are read from where the cells stand on the page (the extract stage's layout
 * text), not from the text's words alone.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { newDocument, type DocumentRecord } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { extract } from '../src/stages/extract.js';
import { analysis } from '../src/stages/index.js';
import { renderPdf } from '../scripts/evaluation/render-pdfs.js';

/** The record the pipeline's stages make of these pages, rendered into a real PDF and extracted from it. */
async function readPdf(pages: readonly string[], sha256: string): Promise<DocumentRecord> {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-layout-')), 'report.pdf');
  await renderPdf(pages, file);
  const bytes = readFileSync(file);
  return runStages([extract(), ...analysis()], { ...newDocument(file, sha256, 'pdf', bytes.length), bytes });
}

const PAGES = [
  'Best Value Inspection Service\nIT Services\nOxbridge District Council\nMay 2001',
  [
    'Summary',
    'The IT section supports 400 users. We inspected it in March 2001. The scoring chart shows our judgement.',
    '',
    '                                      How good is the service?',
    '                            Poor        Fair        Good        Excellent',
    '  Will the      Will',
    '  service       improve',
    '  improve?',
    '                Will',
    '                probably                             X',
    '                improve',
    '                Unlikely',
    '                to improve',
    '                Will not',
    '                improve',
    '',
    'The council has a clear plan, and users are consulted each year.',
  ].join('\n'),
];

it('reads the marked cell of a grid set out with spaces, once the page is a PDF', async () => {
  const document = await readPdf(PAGES, 'b'.repeat(64));
  // The text keeps the extractor's words; only the layout text has the cells where they stand.
  expect(document.pages[1]!.text).toContain('probably X');
  expect(document.pages[1]!.layout).toMatch(/probably {10,}X/);
  expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'good', prospect: 'probably' });
  expect(document.grade?.evidence.pageStart).toBe(2);
});

const TABLE = [
  'Best Value Inspection Service\nICT Services\nThornbury Metropolitan Borough Council\nJanuary 2003',
  [
    'Summary and judgements',
    'The council asked us to inspect its ICT service in November 2002. The table sets out our judgements.',
    '',
    'Question                    Our judgement          Main reasons',
    'How good is the             Poor - no stars        Systems are unreliable and the help',
    'service?                                           desk is slow; users have lost faith in',
    '                                                   the section.',
    'What are the prospects      Poor prospects         Weak leadership and a defensive',
    'for improvement?                                   culture; a plan with no costs or dates.',
    '',
    'The council expects its new director to turn the service round within a year.',
  ].join('\n'),
];

it('reads a judgement table beside a column of reasons, once the page is a PDF', async () => {
  const document = await readPdf(TABLE, 'c'.repeat(64));
  // The text runs the answer into its reasons; the layout keeps them apart.
  expect(document.pages[1]!.text).toContain('Poor prospects Weak leadership');
  expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'poor', prospect: 'poor' });
  expect(document.prospect?.evidence.text).toMatch(/Poor prospects \| Weak leadership/);
});
