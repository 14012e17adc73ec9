/** The spreadsheet export: the real pipeline CLI with --export, `npm run export`, read back with a spreadsheet library. */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textReportPdf } from './helpers/make-pdf.js';
import { runCli, runScript, tempFolders } from './helpers/cli.js';
import { EXPORT_TABLES, exportFiles } from '../src/export/write.js';

const E2E_TIMEOUT = 180_000;
const temp = tempFolders('inspection-miner-export-');
afterAll(() => temp.removeAll());

const MONTHS = ['March', 'October'];

function report(council: string, month: string, year: number, grade: string, prospect: string, extra = ''): string {
  return [
    'Best Value Inspection Service',
    `Inspection of ${council}'s information technology service`,
    `The inspection took place in ${month} ${year}.`,
    'Summary',
    `We judge the service to be ${grade} and that it ${prospect}.`,
    'There is no strategy for IT that links to the council\'s corporate priorities, and there is no plan to deliver one.',
    `The IT strategy is not aligned with the council's objectives. ${extra}`,
    '',
  ].join('\n');
}

let input: string;
let out: string;
let db: Database.Database;

beforeAll(async () => {
  input = await temp.make();
  out = join(input, 'results');
  await mkdir(join(input, 'a'));
  await writeFile(join(input, 'a', 'older.txt'), report('Northfield Borough Council', MONTHS[0]!, 2001, 'fair (one star)', 'will probably improve'));
  await writeFile(join(input, 'newer.txt'), report('Northfield Borough Council', MONTHS[1]!, 2003, 'good (two stars)', 'has promising prospects for improvement'));
  await writeFile(join(input, 'copy-of-newer.txt'), report('Northfield Borough Council', MONTHS[1]!, 2003, 'good (two stars)', 'has promising prospects for improvement'));
  await writeFile(join(input, 'other.txt'), report('Southmoor District Council', MONTHS[1]!, 2002, 'poor (no stars)', 'will not improve'));
  await writeFile(join(input, 'scan.pdf'), await textReportPdf(2));
  await writeFile(join(input, 'letter.docx'), 'PK\u0003\u0004 not really');
  const result = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2', '--export', 'xlsx'], E2E_TIMEOUT);
  expect(result.code, result.stderr).toBe(0);
  db = new Database(join(out, 'results.sqlite'), { readonly: true });
}, E2E_TIMEOUT);

afterAll(() => db?.close());

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** A sheet as header names and rows of values (empty cells as null). */
function sheetRows(sheet: ExcelJS.Worksheet): { header: string[]; rows: unknown[][] } {
  const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const [header, ...rows] = values.map((row) => Array.from({ length: sheet.columnCount }, (_, i) => row[i + 1] ?? null));
  return { header: header as string[], rows };
}

describe('export', () => {
  it('writes one reports row per input file, with every report_results column and 0/1 theme columns that agree with the database', async () => {
    const book = await workbook(join(out, 'results.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([...EXPORT_TABLES]);
    const { header, rows } = sheetRows(book.getWorksheet('reports')!);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('report_results')").all() as Array<{ name: string }>).map((c) => c.name);
    expect(header.slice(0, columns.length)).toEqual(columns);
    expect(rows).toHaveLength((db.prepare('SELECT COUNT(*) AS n FROM file').get() as { n: number }).n);
    const file = header.indexOf('file');
    const status = header.indexOf('status');
    const alignment = header.indexOf('weakness:strategic-alignment');
    expect(alignment).toBeGreaterThan(0);
    for (const row of rows) {
      const stored = db.prepare("SELECT COUNT(*) AS n FROM document_theme t JOIN file f ON f.sha256 = t.sha256 WHERE f.path = ? AND t.theme = 'strategic-alignment' AND t.polarity = 'weakness'").get(row[file]) as { n: number };
      if (['unsupported', 'unreadable', 'needs-ocr'].includes(String(row[status]))) expect(row[alignment]).toBeNull();
      else expect(row[alignment]).toBe(stored.n);
    }
    // The planted reports all raise strategy alignment as a weakness: the column is not all zeros.
    expect(rows.filter((row) => row[alignment] === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('lists the latest report of each provider once, counting a document copied to two files once', async () => {
    const { header, rows } = sheetRows((await workbook(join(out, 'results.xlsx'))).getWorksheet('latest by provider')!);
    const byProvider = new Map(rows.map((row) => [String(row[header.indexOf('provider')]), row]));
    expect(rows).toHaveLength(byProvider.size);
    const northfield = byProvider.get('Northfield Borough Council');
    expect(northfield?.[header.indexOf('grade')]).toBe('good');
    expect(northfield?.[header.indexOf('reports')]).toBe(2);
    expect(byProvider.get('Southmoor District Council')?.[header.indexOf('grade')]).toBe('poor');
  });

  it('quotes every theme mention with its page, and the themes with their labels', async () => {
    const book = await workbook(join(out, 'results.xlsx'));
    const mentions = sheetRows(book.getWorksheet('theme mentions')!);
    expect(mentions.rows).toHaveLength((db.prepare('SELECT COUNT(*) AS n FROM theme_mention').get() as { n: number }).n);
    for (const row of mentions.rows) expect(String(row[mentions.header.indexOf('evidence')])).not.toBe('');
    const themes = sheetRows(book.getWorksheet('themes')!);
    expect(themes.rows.map((row) => row[0])).toContain('strategic-alignment');
  });

  it('writes CSV files with a byte-order mark from `npm run export`, and a rerun does not read its own exports as reports', async () => {
    const csv = join(await temp.make(), 'csv');
    const result = await runScript('scripts/export.ts', ['--db', join(out, 'results.sqlite'), '--format', 'csv', '--out', csv]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(exportFiles('csv', csv));
    const text = readFileSync(join(csv, 'reports.csv'), 'utf8');
    expect(text.startsWith('\uFEFFfile,sha256,status,')).toBe(true);
    expect(existsSync(join(csv, 'latest-by-provider.csv'))).toBe(true);
    const rerun = await runCli(['--input', input, '--out', out, '--json', '--export', 'csv'], E2E_TIMEOUT);
    expect(rerun.code, rerun.stderr).toBe(0);
    const files = (db.prepare('SELECT path FROM file').all() as Array<{ path: string }>).map((row) => row.path);
    expect(files.filter((path) => path.startsWith('results/'))).toEqual([]);
    expect(existsSync(join(out, 'export', 'reports.csv'))).toBe(true);
  }, E2E_TIMEOUT);

  it('refuses a bad format and a missing database with a usage error', async () => {
    const bad = await runScript('scripts/export.ts', ['--db', join(out, 'results.sqlite'), '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of xlsx, csv/);
    const missing = await runScript('scripts/export.ts', ['--db', join(out, 'nothing.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no database/);
  });
});
