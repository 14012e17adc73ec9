/** Writes the export's tables as one XLSX workbook (a sheet per table) or a folder of CSV files (one per table). */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Table } from './tables.js';

/** The formats the export writes. */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export's tables, in the order they are written (sheets, or CSV files named after them). */
export const EXPORT_TABLES = ['reports', 'latest by provider', 'judgements', 'theme mentions', 'themes'] as const;

/** Where an export of this format goes by default in a folder: results.xlsx, or the folder export/ of CSV files. */
export function exportPath(format: ExportFormat, folder: string): string {
  return format === 'xlsx' ? join(folder, 'results.xlsx') : join(folder, 'export');
}

/** The files an export to `out` writes (for a CSV folder, one file per table). */
export function exportFiles(format: ExportFormat, out: string): string[] {
  if (format === 'xlsx') return [out];
  return EXPORT_TABLES.map((name) => join(out, csvName(name)));
}

/** A table's CSV file name: its name in kebab case. */
export function csvName(name: string): string {
  return `${name.replace(/\s+/g, '-')}.csv`;
}

async function workbookOf(tables: readonly Table[]): Promise<ExcelJS.Workbook> {
  // Loaded only when an export is written: the library takes a noticeable part of a second to load.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'inspection-miner';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    sheet.addRows(table.rows);
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return workbook;
}

/**
 * Writes the tables: `xlsx` to the file `out`, `csv` to the folder `out` (one file per table, UTF-8
 * with a byte-order mark so spreadsheet programs read accents). Returns the files written.
 */
export async function writeExport(tables: readonly Table[], format: ExportFormat, out: string): Promise<string[]> {
  const workbook = await workbookOf(tables);
  if (format === 'xlsx') {
    mkdirSync(dirname(out), { recursive: true });
    await workbook.xlsx.writeFile(out);
    return [out];
  }
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  for (const table of tables) {
    const file = join(out, csvName(table.name));
    await workbook.csv.writeFile(file, { sheetName: table.name, formatterOptions: { writeBOM: true } });
    files.push(file);
  }
  return files;
}
