/** Judgement tables paired by layout (label and grade on one line, the grade below, or above in a grades-above table), and the scheme choice. */
import { describe, expect, it } from 'vitest';
import { readTable } from '../src/classify/judgement-table.js';
import { ilacsLabels, schoolLabels, sifLabels } from '../src/scheme/ofsted/labels.js';
import { grades } from '../src/scheme/ofsted/grades.js';
import { analysis } from '../src/stages/index.js';
import { runStages } from '../src/pipeline.js';
import { newDocument } from '../src/document.js';
import type { JudgementLabel } from '../src/scheme/family.js';

const read = (text: string, labels: readonly JudgementLabel[] = ilacsLabels) => {
  const reading = readTable(text, labels, grades);
  return { pairs: Object.fromEntries(reading.pairs.map((pair) => [pair.key, `${pair.grade.label} (${pair.layout})`])), unpaired: reading.unpaired.map((label) => label.key) };
};

describe('readTable', () => {
  it.each([
    ['a grade on its label\'s line', 'Judgement Grade\nThe impact of leaders on social work practice with children\nand families Good\nOverall effectiveness Requires improvement\nto be good\n',
      { leaders: 'good (line)', overall: 'requires-improvement (line)' }],
    ['a grade on the line below a wrapped label', 'Judgement Grade\nThe experiences and progress of children in care and care\nleavers\nRequires improvement\nto be good\nOverall effectiveness Good\n',
      { 'children-in-care-and-care-leavers': 'requires-improvement (below)', overall: 'good (line)' }],
    ['grades above their labels', 'Judgement Grade\nInadequate\nThe impact of leaders on social work practice with children\nand families\nGood\nThe experiences and progress of children who need help and\nprotection\n',
      { leaders: 'inadequate (above)', 'help-and-protection': 'good (above)' }],
    ['a lower-case grade after a colon (a heading)', 'The experiences and progress of children who need help and\nprotection: good\n1. Early help is effective.\n',
      { 'help-and-protection': 'good (line)' }],
  ])('pairs %s', (_name, text, expected) => {
    expect(read(text)).toEqual({ pairs: expected, unpaired: [] });
  });

  it('leaves a label with no grade beside it unpaired, never taking its neighbour\'s', () => {
    const text = 'Judgement Grade\nThe experiences and progress of children in care\nThe experiences and progress of care leavers Outstanding\n';
    expect(read(text)).toEqual({ pairs: { 'care-leavers': 'outstanding (line)' }, unpaired: ['children-in-care'] });
  });

  it('reads wrapped grades, "Not judged" and numbered SIF rows', () => {
    const text = '2.1 Adoption performance: Not judged\n2.2 Experiences and progress of care leavers Requires\nImprovement\n3. Leadership, management and governance Inadequate\n';
    expect(read(text, sifLabels).pairs).toEqual({ adoption: 'not-judged (line)', 'care-leavers': 'requires-improvement (line)', leadership: 'inadequate (line)' });
  });

  it('reads the LSCB\'s row printed beside the local authority\'s table', () => {
    const text = '3. Leadership, management and governance Inadequate\tLocal Safeguarding Children Board Good\n';
    expect(read(text, sifLabels).pairs).toEqual({ leadership: 'inadequate (line)', lscb: 'good (line)' });
  });

  it('tells the previous inspection\'s row from the overall grade, and a grade word in prose from a cell', () => {
    const text = 'Overall effectiveness at previous inspection Good\nOverall effectiveness Inadequate\nThe school says personal development is good\nOutcomes for pupils are good\n';
    expect(read(text, schoolLabels)).toEqual({ pairs: { 'previous-overall-effectiveness': 'good (line)', overall: 'inadequate (line)' }, unpaired: [] });
  });
});

const OFSTED_PAGE = "Redwater Council\nInspection of children's social care services\nInspection dates: 3 June to 14 June 2019\nJudgement Grade\nThe impact of leaders on social work practice with children and families Good\nOverall effectiveness Good\nOfsted inspectors found good practice; HMI met the director of children's services.";
const BEST_VALUE_PAGE = 'Best Value Inspection Service\nRedwater Borough Council: Housing Benefits\nThe Audit Commission inspected the service in March 2002.\nWe judge the service to be a fair, one-star service that has promising prospects for improvement.';

async function analyse(pages: string[], choice: string) {
  const document = newDocument('memory.txt', 'memory', 'txt', 0);
  document.pages = pages.map((text, index) => ({ number: index + 1, text }));
  document.pageCount = pages.length;
  return runStages(analysis(undefined, undefined, choice).filter((stage) => stage.name !== 'themes'), document);
}

async function schemeOf(text: string, choice: string): Promise<{ scheme: string | null; reason: string | null; grade: string | null }> {
  const document = await analyse([text], choice);
  return { scheme: document.scheme?.value ?? null, reason: document.reason, grade: document.grade?.value ?? null };
}

describe('--scheme', () => {
  it.each([
    ['auto', OFSTED_PAGE, { scheme: 'ofsted-ilacs', reason: null, grade: 'good' }],
    ['auto', BEST_VALUE_PAGE, { scheme: 'best-value', reason: null, grade: 'fair' }],
    ['best-value', OFSTED_PAGE, { scheme: 'best-value', reason: 'unknown-regime', grade: null }],
    ['ofsted', BEST_VALUE_PAGE, { scheme: null, reason: 'unknown-regime', grade: null }],
    ['ofsted', OFSTED_PAGE, { scheme: 'ofsted-ilacs', reason: null, grade: 'good' }],
  ])('%s reads its document as the scheme says', async (choice, text, expected) => {
    expect(await schemeOf(text, choice)).toEqual(expected);
  });
});

describe('warnings on another scheme\'s report', () => {
  it('warns when one judgement reads two grades, keeps the first, and gives no Best Value warning', async () => {
    const document = await analyse([OFSTED_PAGE, 'The impact of leaders on social work practice with children and families: inadequate\nLeaders have not acted on the last inspection. Practice is poor in places.'], 'auto');
    expect(document.judgements?.map((judgement) => `${judgement.key}=${judgement.grade}`)).toEqual(['leaders=good']);
    expect(document.messages.filter((message) => message.severity === 'warning').map((message) => `${message.stage}/${message.rule}`)).toEqual(['judgements/judgement-disagree']);
  });
});
