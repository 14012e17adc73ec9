/** A signal stops a run cleanly: in-flight documents abandoned, the run closed as interrupted, exit 130. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolders } from '../helpers/cli.js';
import { cleanBaseline, isDocumentEvent, publicResults, readDatabase, startCli, type RunningCli } from './fault-helpers.js';

const temp = tempFolders('inspection-miner-faults-signal-');
afterAll(() => temp.removeAll());

const REPORTS = 8;
let input: string;
let clean: unknown[];

beforeAll(async () => {
  ({ input, clean } = await cleanBaseline(temp.make, REPORTS));
}, 120_000);

/** Checks an interrupted run's database, then that a plain rerun completes it to the clean results. */
async function expectInterruptedThenCompleted(out: string): Promise<void> {
  const database = join(out, 'results.sqlite');
  const runs = readDatabase(database, (db) => db.prepare('SELECT outcome, finished_at IS NOT NULL AS closed FROM run').all());
  expect(runs).toEqual([{ outcome: 'interrupted', closed: 1 }]);
  expect(existsSync(`${database}.lock`), 'the lock was released').toBe(false);
  const rerun = await runCli(['--input', input, '--out', out, '--quiet']);
  expect(rerun.code, rerun.stderr).toBe(0);
  expect(publicResults(database)).toEqual(clean);
}

async function expectInterrupted(running: RunningCli, signal: string): Promise<void> {
  const result = await running.done;
  expect(result.code, result.stderr).toBe(130);
  expect(result.stderr).toMatch(new RegExp(`interrupted by ${signal}: \\d+ of ${REPORTS} document\\(s\\) processed and saved`));
  expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^\{"type":"end"/);
}

describe('stopping a run', () => {
  it('on SIGTERM to the process: exit 130, an end event, the run closed as interrupted', async () => {
    const out = await temp.make();
    const running = startCli(['--input', input, '--out', out, '--concurrency', '1', '--json']);
    await running.waitForLine(isDocumentEvent);
    running.child.kill('SIGTERM');
    await expectInterrupted(running, 'SIGTERM');
    await expectInterruptedThenCompleted(out);
  }, 180_000);

  it('on Ctrl-C (SIGINT to the process group, workers included)', async () => {
    const out = await temp.make();
    const running = startCli(['--input', input, '--out', out, '--concurrency', '2', '--json'], { detached: true });
    await running.waitForLine(isDocumentEvent);
    process.kill(-running.child.pid!, 'SIGINT');
    await expectInterrupted(running, 'SIGINT');
    await expectInterruptedThenCompleted(out);
  }, 180_000);

  it('on SIGTERM to npm alone (what kill and container stops send), under npm run pipeline', async () => {
    const out = await temp.make();
    const running = startCli(['run', '--silent', 'pipeline', '--', '--input', input, '--out', out, '--concurrency', '1', '--json'], { command: ['npm'] });
    await running.waitForLine(isDocumentEvent);
    running.child.kill('SIGTERM');
    await running.done;
    // npm is gone at once; the pipeline notices within a second and closes its run.
    const database = join(out, 'results.sqlite');
    for (let waited = 0; waited < 30_000 && existsSync(`${database}.lock`); waited += 250) await sleep(250);
    await expectInterruptedThenCompleted(out);
  }, 180_000);
});
