/** A database that refuses writes mid-run (locked, full) stops the run without poisoning the next one. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolders } from '../helpers/cli.js';
import { cleanBaseline, publicResults, readDatabase, startCli } from './fault-helpers.js';

const temp = tempFolders('inspection-miner-faults-db-');
afterAll(() => temp.removeAll());

const REPORTS = 6;
let input: string;
let clean: unknown[];

beforeAll(async () => {
  ({ input, clean } = await cleanBaseline(temp.make, REPORTS));
}, 120_000);

/** Documents stored as stopped by their worker: what a database error must never produce. */
function stoppedRows(database: string): unknown[] {
  return readDatabase(database, (db) => db.prepare("SELECT sha256, reason FROM document WHERE reason IN ('timeout', 'crashed', 'out-of-memory', 'internal-error')").all());
}

describe('a database error during a run', () => {
  it('stops the run with exit 4 when a lock outlasts the busy timeout, and a plain rerun completes it', async () => {
    const out = await temp.make();
    const database = join(out, 'results.sqlite');
    const running = startCli(['--input', input, '--out', out, '--concurrency', '1', '--json']);
    // Taken at the start event, before the workers have loaded: the first save meets the lock.
    await running.waitForLine((line) => line.startsWith('{"type":"start"'));
    // A second connection holds the write lock for longer than the 5 s busy timeout.
    const holder = new Database(database);
    holder.exec('BEGIN EXCLUSIVE');
    const result = await running.done;
    holder.exec('ROLLBACK');
    holder.close();
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/the database could not be written \(database is locked\); \d+ document\(s\) were saved/);
    expect(stoppedRows(database)).toEqual([]);
    // The lock outlasted the run, so closing the run row failed too: it stays open, like a killed run's.
    expect(readDatabase(database, (db) => db.prepare('SELECT outcome FROM run').pluck().all())).toEqual([null]);

    const rerun = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(publicResults(database)).toEqual(clean);
  }, 120_000);

  it('stops with exit 4, not a usage error, when the database is locked past the busy timeout as the run opens it', async () => {
    const out = await temp.make();
    const database = join(out, 'results.sqlite');
    const first = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    // Another connection holds the write lock before the run starts, for longer than the 5 s busy timeout.
    const holder = new Database(database);
    holder.exec('BEGIN EXCLUSIVE');
    const result = await runCli(['--input', input, '--out', out, '--quiet', '--force']);
    holder.exec('ROLLBACK');
    holder.close();
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/the database could not be (?:written|read or written) \(database is locked\)/);
    const rerun = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(publicResults(database)).toEqual(clean);
  }, 120_000);

  it('stops the run with exit 4 on a full disk (a file-size limit), and a rerun with room completes it', async () => {
    const out = await temp.make();
    const database = join(out, 'results.sqlite');
    // RLIMIT_FSIZE on the CLI: the schema fits, the text of a few reports does not.
    const limited = startCli(['--input', input, '--out', out, '--concurrency', '1', '--json'], {
      command: ['prlimit', `--fsize=${600 * 1024}`, '--', process.execPath, '--import', 'tsx', 'src/cli.ts'],
    });
    const result = await limited.done;
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/the database could not be written/);
    expect(stoppedRows(database)).toEqual([]);

    const rerun = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(publicResults(database)).toEqual(clean);
  }, 120_000);
});
