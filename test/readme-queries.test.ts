/**
 * The README's example queries, run against real pipeline databases: every one executes, and the
 * ones that count what the article counts agree with the article (documents, not files).
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempFolders } from './helpers/cli.js';
import { ilacsGradesAbove, ilacsNoOverall } from './schemes-fixtures.js';
import { themeName } from '../src/summary/format.js';

const E2E_TIMEOUT = 240_000;
const temp = tempFolders('inspection-miner-readme-');
afterAll(() => temp.removeAll());

/** Every SQL statement the README passes to `sqlite3 … output/results.sqlite`, in order. */
export function readmeQueries(readme: string): string[] {
  return [...readme.matchAll(/sqlite3(?: -[a-z]+)* output\/results\.sqlite \\?\s*"([^"]+)"/g)].map((match) => match[1]!);
}

const GRADES = ['poor', 'fair', 'fair', 'good', 'poor', 'excellent', 'fair'];
const PROSPECTS = ['will not improve', 'will probably improve', 'is unlikely to improve', 'will improve'];

function report(i: number): string {
  return [
    'Best Value Inspection Service',
    `Inspection of Town${i} Borough Council's information technology service`,
    'The inspection took place in June 2001.',
    'Summary',
    `We judge the service to be ${GRADES[i]} and that it ${PROSPECTS[i % 4]}.`,
    'There is no IT strategy linked to the council\'s corporate priorities and no plan to deliver one.',
    i % 2 === 0 ? 'Staff have had no training in the new systems, and users are not trained to use them.' : 'The help desk cannot meet demand and calls wait for days.',
    '',
  ].join('\n');
}

async function pipeline(files: Record<string, string | Buffer>): Promise<string> {
  const input = await temp.make();
  const out = await temp.make();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(input, name, '..'), { recursive: true });
    await writeFile(join(input, name), content);
  }
  const result = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2'], E2E_TIMEOUT);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

const queries = readmeQueries(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
let bestValue: string;
let ofsted: string;

beforeAll(async () => {
  const reports = Object.fromEntries(GRADES.map((_, i) => [`report${i}.txt`, report(i)]));
  const ilacs = await ilacsGradesAbove();
  [bestValue, ofsted] = await Promise.all([
    // The same report in two folders, a draft and a file of another type: documents are not files.
    pipeline({ ...reports, 'copies/report0.txt': report(0), 'draft.txt': 'Draft report on the IT service. Scores to be confirmed.\n', 'notes.docx': 'PK\u0003\u0004' }),
    pipeline({ 'ilacs.pdf': ilacs, 'again/ilacs.pdf': ilacs, 'ilacs-2026.pdf': await ilacsNoOverall() }),
  ]);
}, E2E_TIMEOUT);

function run(out: string, sql: string): Array<Record<string, unknown>> {
  const db = new Database(join(out, 'results.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

const article = (out: string) => readFileSync(join(out, 'summary.md'), 'utf8');

describe('the README queries', () => {
  it('are found in the README', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
  });

  it('all run, on a Best Value and on an Ofsted database', () => {
    for (const sql of queries) {
      expect(() => run(bestValue, sql), sql).not.toThrow();
      expect(() => run(ofsted, sql), sql).not.toThrow();
    }
  });

  it('count grades as the article does: documents, not files', () => {
    const sql = queries.find((query) => query.includes('count(DISTINCT sha256) FROM report_results WHERE status = \'assessed\' GROUP BY scheme, grade'))!;
    const rows = run(bestValue, sql).map((row) => Object.values(row) as [string, string, number]);
    const count = (grade: string) => rows.find(([scheme, g]) => scheme === 'best-value' && g === grade)?.[2] ?? 0;
    const poorOrFair = count('poor') + count('fair');
    const graded = rows.reduce((sum, [, , n]) => sum + n, 0);
    expect(graded).toBe(GRADES.length);
    expect(article(bestValue)).toContain(`- Graded poor or fair: ${poorOrFair} of ${graded}; good or excellent: ${graded - poorOrFair} of ${graded}.`);
  });

  it('give the article\'s share that will improve', () => {
    const sql = queries.find((query) => query.includes('prospect_ordinal >= 2'))!;
    const [row] = run(bestValue, sql) as Array<{ n: number; of: number }>;
    expect(row!.of).toBe(GRADES.length);
    expect(article(bestValue)).toMatch(new RegExp(`Will probably or definitely improve[^:]*: ${row!.n} of ${row!.of}\\b`));
  });

  it('rank weaknesses with the article\'s counts', () => {
    const sql = queries.find((query) => query.includes("t.polarity = 'weakness'"))!;
    const rows = run(bestValue, sql) as Array<{ theme: string; reports: number }>;
    expect(rows.length).toBeGreaterThan(0);
    const text = article(bestValue);
    for (const row of rows) expect(text, row.theme).toMatch(new RegExp(`${themeName(row.theme)}: raised in ${row.reports} of (?:the )?${GRADES.length} reports\\.`));
  });

  it('count sub-judgements and overall grades of a scheme by report', () => {
    const subs = run(ofsted, queries.find((query) => query.includes('FROM judgement_results WHERE scheme = \'ofsted-ilacs\' GROUP BY key'))!);
    expect(Math.max(...subs.map((row) => Number(row['reports'])))).toBe(2);
    const overall = run(ofsted, queries.find((query) => query.includes('coalesce(grade, reason)'))!);
    expect(overall.map((row) => Number(row['reports'])).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
