/** The spreadsheet export of a results database: `npm run export` and the pipeline's `--export`. */
import { join } from 'node:path';
import { openDatabase } from '../db/open.js';
import { csvName, writeExport, type ExportFormat } from './write.js';
import { exportTables } from './tables.js';

export { EXPORT_FORMATS, type ExportFormat } from './write.js';

/** Where an export of this format goes by default in a folder: results.xlsx, or the folder export/ of CSV files. */
export function exportPath(format: ExportFormat, folder: string): string {
  return format === 'xlsx' ? join(folder, 'results.xlsx') : join(folder, 'export');
}

/** The files an export to `out` writes (for a CSV folder, one file per table). */
export function exportFiles(format: ExportFormat, out: string): string[] {
  if (format === 'xlsx') return [out];
  return ['reports', 'latest by provider', 'judgements', 'theme mentions', 'themes'].map((name) => join(out, csvName({ name, columns: [], rows: [] })));
}

/** Reads the database (bringing an older one's schema up to date first) and writes its export; returns the files written. */
export async function exportDatabase(dbFile: string, format: ExportFormat, out: string): Promise<string[]> {
  const db = openDatabase(dbFile);
  try {
    return await writeExport(exportTables(db), format, out);
  } finally {
    db.close();
  }
}
