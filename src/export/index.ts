/** The spreadsheet export of a results database: `npm run export` and the pipeline's `--export`. */
import { openDatabase } from '../db/open.js';
import { writeExport, type ExportFormat } from './write.js';
import { exportTables } from './tables.js';

export { EXPORT_FORMATS, exportFiles, exportPath, type ExportFormat } from './write.js';

/** Reads the database (bringing an older one's schema up to date first) and writes its export; returns the files written. */
export async function exportDatabase(dbFile: string, format: ExportFormat, out: string): Promise<string[]> {
  const db = openDatabase(dbFile);
  try {
    return await writeExport(exportTables(db), format, out);
  } finally {
    db.close();
  }
}
