/** The files a run writes: discovery passes over them when the output folder lies inside the input. */
import { databasePath, type Options } from './options.js';
import { summaryPaths } from './summary/index.js';
import { lockPath } from './run-lock.js';
import { datasetteMetadataPath } from './db/datasette.js';
import { EXPORT_FORMATS, exportFiles, exportPath } from './export/write.js';

/** The database (with its journal and lock files), the summary article and the exports that a run with these options may write. */
export function ownOutputs(options: Pick<Options, 'db' | 'out'>): string[] {
  const database = databasePath(options);
  const summary = summaryPaths(options.out);
  const exports = EXPORT_FORMATS.flatMap((format) => exportFiles(format, exportPath(format, options.out)));
  return [database, `${database}-wal`, `${database}-shm`, `${database}-journal`, lockPath(database), datasetteMetadataPath(database), summary.markdown, summary.html, ...exports];
}
