/** The files a run writes: discovery passes over them when the output folder lies inside the input. */
import { databasePath, type Options } from './options.js';
import { summaryPaths } from './summary/index.js';
import { lockPath } from './run-lock.js';

/** The database (with its journal and lock files) and the summary article that a run with these options writes. */
export function ownOutputs(options: Pick<Options, 'db' | 'out'>): string[] {
  const database = databasePath(options);
  const summary = summaryPaths(options.out);
  return [database, `${database}-wal`, `${database}-shm`, `${database}-journal`, lockPath(database), summary.markdown, summary.html];
}
