/** Schemes: Ofsted-family reports recognised per document and read by layout, end to end through the real CLI and database. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli, tempFolders } from './helpers/cli.js';
import { textReportPdf } from './helpers/make-pdf.js';
import { areaSend, focusedVisit, ilacsGradesAbove, ilacsNoOverall, schoolReport, sifWithLscb, unknownRegime } from './schemes-fixtures.js';

const temp = tempFolders('inspection-miner-schemes-');
afterAll(() => temp.removeAll());

type Row = Record<string, unknown>;
let results: Map<string, Row>;
let judgements: Row[];
let messages: Row[];

beforeAll(async () => {
  const input = await temp.make();
  const out = await temp.make();
  const files: Array<[string, () => Promise<Buffer>]> = [
    ['ilacs-grades-above.pdf', ilacsGradesAbove], ['ilacs-no-overall.pdf', ilacsNoOverall], ['sif-lscb.pdf', sifWithLscb], ['send.pdf', areaSend],
    ['school.pdf', schoolReport], ['focused-visit.pdf', focusedVisit], ['care-home.pdf', unknownRegime], ['best-value.pdf', () => textReportPdf(2)],
  ];
  for (const [name, make] of files) await writeFile(join(input, name), await make());
  const run = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2'], 150_000);
  expect(run.code, run.stderr).toBe(0);
  const db = new Database(join(out, 'results.sqlite'), { readonly: true });
  results = new Map((db.prepare('SELECT * FROM report_results').all() as Row[]).map((row) => [String(row.file), row]));
  judgements = db.prepare('SELECT file, key, name, grade, ordinal FROM judgement_results ORDER BY file, idx').all() as Row[];
  messages = db.prepare('SELECT f.path AS file, m.stage, m.rule, m.severity, m.text FROM message m JOIN file f USING (sha256)').all() as Row[];
  db.close();
}, 200_000);

const pick = (file: string, ...columns: string[]) => Object.fromEntries(columns.map((column) => [column, results.get(file)?.[column]]));
const gradesOf = (file: string) => Object.fromEntries(judgements.filter((row) => row.file === file).map((row) => [row.key, row.grade]));

describe('scheme chosen per document', () => {
  it('records the scheme each document was read with', () => {
    expect(Object.fromEntries([...results].map(([file, row]) => [file, row.scheme ?? null]))).toEqual({
      'ilacs-grades-above.pdf': 'ofsted-ilacs', 'ilacs-no-overall.pdf': 'ofsted-ilacs', 'sif-lscb.pdf': 'ofsted-sif', 'send.pdf': 'ofsted-cqc-send',
      'school.pdf': 'ofsted-school', 'focused-visit.pdf': 'ofsted-focused-visit', 'care-home.pdf': null, 'best-value.pdf': 'best-value',
    });
  });

  it('says unknown-regime for an inspection report no scheme knows', () => {
    expect(pick('care-home.pdf', 'status', 'reason', 'grade')).toEqual({ status: 'no-judgement', reason: 'unknown-regime', grade: null });
  });
});

describe('overall grades, providers and dates', () => {
  it('reads grades printed above their labels, labels wrapped over two lines', () => {
    expect(pick('ilacs-grades-above.pdf', 'status', 'grade', 'grade_ordinal', 'stars', 'prospect', 'provider', 'inspected_on', 'inspected_until'))
      .toEqual({ status: 'assessed', grade: 'good', grade_ordinal: 2, stars: null, prospect: null, provider: 'Ashbridge Metropolitan Borough Council', inspected_on: '2019-06-03', inspected_until: '2019-06-14' });
    expect(gradesOf('ilacs-grades-above.pdf')).toEqual({ leaders: 'good', 'help-and-protection': 'requires-improvement', 'children-in-care-and-care-leavers': 'outstanding' });
  });

  it('abstains with no-overall-grade when only sub-judgements are printed, and leaves an ungraded label unread', () => {
    expect(pick('ilacs-no-overall.pdf', 'status', 'reason', 'grade', 'provider')).toEqual({ status: 'no-judgement', reason: 'no-overall-grade', grade: null, provider: 'Redwater' });
    expect(gradesOf('ilacs-no-overall.pdf')).toEqual({ leaders: 'good', 'help-and-protection': 'good', 'care-leavers': 'outstanding' });
    expect(messages.filter((m) => m.file === 'ilacs-no-overall.pdf' && m.rule === 'unpaired-label').map((m) => m.text))
      .toEqual(['no grade is printed beside "The experiences and progress of children in care": left unread']);
  });

  it('reads the SIF headline sentence, the wrapped grade, "Not judged" and the LSCB judgement beside the table', () => {
    expect(pick('sif-lscb.pdf', 'status', 'grade', 'grade_ordinal', 'provider', 'published_on')).toEqual({ status: 'assessed', grade: 'inadequate', grade_ordinal: 0, provider: 'Kirkmoor County Council', published_on: '2014-08-08' });
    expect(gradesOf('sif-lscb.pdf')).toEqual({
      'help-and-protection': 'inadequate', 'children-looked-after': 'requires-improvement', adoption: 'not-judged', 'care-leavers': 'requires-improvement', leadership: 'inadequate', lscb: 'good',
    });
    expect(judgements.find((row) => row.file === 'sif-lscb.pdf' && row.key === 'adoption')?.ordinal).toBeNull();
  });

  it('reads the area SEND outcome sentence and the local area partnership', () => {
    expect(pick('send.pdf', 'status', 'grade', 'grade_ordinal', 'provider')).toEqual({ status: 'assessed', grade: 'systemic-failings', grade_ordinal: 0, provider: 'Eastmere Local Area Partnership' });
  });

  it('reads a school table with lower-case grades, never the previous inspection as the overall grade', () => {
    expect(pick('school.pdf', 'grade', 'provider')).toEqual({ grade: 'requires-improvement', provider: 'Hillcrest Primary School, Mill Lane, Ashbridge AB1 2CD' });
    expect(gradesOf('school.pdf')).toMatchObject({ leadership: 'good', 'previous-overall-effectiveness': 'outstanding' });
  });

  it('gives a focused visit no grade at all', () => {
    expect(pick('focused-visit.pdf', 'status', 'reason', 'grade', 'provider', 'inspected_on', 'inspected_until', 'published_on'))
      .toEqual({ status: 'no-judgement', reason: 'no-overall-grade', grade: null, provider: 'Redwater', inspected_on: '2023-10-18', inspected_until: '2023-10-19', published_on: '2023-11-22' });
  });
});

describe('warnings', () => {
  it('never gives the Best Value disagreement warnings on another scheme\'s report', () => {
    const ofsted = messages.filter((m) => results.get(String(m.file))?.scheme !== 'best-value');
    expect(ofsted.filter((m) => m.stage === 'grade' || m.stage === 'prospect')).toEqual([]);
  });
});

describe('--scheme', () => {
  it('refuses a scheme no registry holds, naming the choices', async () => {
    const run = await runCli(['--input', await temp.make(), '--scheme', 'estyn']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--scheme must be one of auto, best-value, ofsted');
  });
});
