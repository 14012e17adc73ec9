/**
 * Table rows whose cells wrap over several lines are read as one row: in space-aligned and tab-separated text, and
 * in a real PDF (its layout text); titles set wide, page headers, numbered paragraphs and a key's lines are not.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDocument } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { extract } from '../src/stages/extract.js';
import { analysis } from '../src/stages/index.js';
import { wrappedRows } from '../src/text/table-rows.js';
import { renderPdf } from '../scripts/evaluation/render-pdfs.js';
import { analysePages } from './helpers/analyse.js';

const rows = (text: string) => [...wrappedRows(text.split('\n')).entries()].map(([first, row]) => [first, row.last, row.text.split('\t')]);

describe('wrappedRows', () => {
  it('joins a labelled row and the lines that carry on its cells', () => {
    const table = [
      'Area                 Verdict                  Reasons',
      'How good is the      Good, two stars          Users praise the help desk; the',
      'service?                                      network rarely fails.',
      'Will it improve?     Yes                      A funded plan.',
    ].join('\n');
    expect(rows(table)).toEqual([[1, 2, ['How good is the service?', 'Good, two stars', 'Users praise the help desk; the network rarely fails.']]]);
  });

  it('joins tab-separated cells by their index, and a word hyphenated at a cell\'s line end', () => {
    expect(rows('Question\tScore\tWhy\nWill the service\tUnlikely to improve\tNo costed plan and a re-\nimprove?\t\tcruitment freeze.')).toEqual([
      [1, 2, ['Will the service improve?', 'Unlikely to improve', 'No costed plan and a recruitment freeze.']],
    ]);
  });

  it.each([
    ['a key whose lines each start in lower case', 'three stars\tan excellent service\ntwo stars\ta good service\none star\ta fair service'],
    ['a title set wide over its second line', 'London          Borough of Kelham\n                ICT service'],
    ['a running header beside its page number, then the page\'s first words', 'Kelham BC – Benefits                         7\ngood, and its prospects are promising.'],
    ['a numbered paragraph', '4.2   The council has reviewed its help desk\nand found it wanting.'],
    ['a label that has ended', 'Prospects:        Uncertain          A plan without costs\nnot yet agreed    by members'],
    ['prose that runs past the next column', 'Grade     Fair      Reasons given below\nthe council accepts every recommendation we make in this report'],
  ])('leaves alone %s', (_name, text) => {
    expect(rows(text)).toEqual([]);
  });
});

const PAGES = [
  'Best Value Inspection Service\nIT Services\nMarlbury District Council\nOctober 2000',
  [
    'Summary',
    'We inspected the IT service in August 2000. Our judgements and the main reasons for them are below.',
    '',
    'Question              Our view                   Main reasons',
    'How good is the       A fair service (one        Schools value the support team, but',
    'service?              star)                      the network fails often and costs are',
    '                                                 high against similar councils.',
    'Will the service      Probably - the review      The plan is costed; but past plans',
    'improve?              set a clear direction      slipped and good staff are leaving.',
    '',
    'The council has accepted our recommendations.',
  ].join('\n'),
];

describe('a judgement table whose cells wrap', () => {
  it('is read as one row per question in text', async () => {
    const document = await analysePages(PAGES);
    expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'fair', prospect: 'probably' });
    expect(document.grade?.evidence.text).toBe('How good is the service? | A fair service (one star) | Schools value the support team, but the network fails often and costs are high against similar councils.');
  });

  it('is read as one row per question once the page is a PDF', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wrapped-rows-')), 'report.pdf');
    await renderPdf(PAGES, file);
    const bytes = readFileSync(file);
    const document = await runStages([extract(), ...analysis()], { ...newDocument(file, 'd'.repeat(64), 'pdf', bytes.length), bytes });
    expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'fair', prospect: 'probably' });
    expect(document.prospect?.evidence.text).toMatch(/^Will the service improve\? \| Probably - the review set a clear direction \| /);
    expect(document.grade?.evidence.pageStart).toBe(2);
  });
});
