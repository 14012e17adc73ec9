/** Two runs on the same output never interleave: the second refuses (exit 3) or waits with --wait. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempFolders } from '../helpers/cli.js';
import { copySampleReports, publicResults, readDatabase, startCli } from './fault-helpers.js';

const temp = tempFolders('inspection-miner-faults-lock-');
afterAll(() => temp.removeAll());

const REPORTS = 5;

describe('two runs on the same output', () => {
  it('refuses the second at once with exit 3 naming the first, and with --wait runs it after the first', async () => {
    const input = await temp.make();
    copySampleReports(input, REPORTS);
    const out = await temp.make();
    const first = startCli(['--input', input, '--out', out, '--concurrency', '1', '--json']);
    await first.waitForLine((line) => line.startsWith('{"type":"start"'));

    const refused = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toMatch(new RegExp(`another run \\(pid ${first.child.pid} on .+, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\) is writing this database`));

    const waiting = runCli(['--input', input, '--out', out, '--json', '--wait', '120']);
    const [firstResult, waitedResult] = await Promise.all([first.done, waiting]);
    expect(firstResult.code, firstResult.stderr).toBe(0);
    expect(waitedResult.code, waitedResult.stderr).toBe(0);
    // The waiting run started after the first ended, so it found every document current.
    expect(waitedResult.stdout.split('\n')[0]).toContain(`"toProcess":0,"unchanged":${REPORTS}`);
    const database = join(out, 'results.sqlite');
    expect(publicResults(database)).toHaveLength(REPORTS);
    const runs = readDatabase(database, (db) => db.prepare('SELECT started_at, finished_at, outcome FROM run ORDER BY id').all()) as Array<{ started_at: string; finished_at: string; outcome: string }>;
    expect(runs.map((run) => run.outcome)).toEqual(['completed', 'completed']);
    expect(runs[1]!.started_at >= runs[0]!.finished_at, 'the runs interleaved').toBe(true);
  }, 180_000);

  it('takes over the lock of a run that died without releasing it', async () => {
    const input = await temp.make();
    copySampleReports(input, 1);
    const out = await temp.make();
    // A pid that cannot be alive (above the kernel's pid_max of 4194304).
    writeFileSync(join(out, 'results.sqlite.lock'), JSON.stringify({ pid: 99_999_999, host: (await import('node:os')).hostname(), startedAt: '2020-01-01T00:00:00.000Z' }));
    const result = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(publicResults(join(out, 'results.sqlite'))).toHaveLength(1);
  }, 120_000);
});
