/**
 * Chaos: runs killed (SIGKILL) or starved of the database at random points, then a plain rerun,
 * must leave exactly the results of one clean run. Seed and count come from CHAOS_SEED and
 * CHAOS_COUNT (CI: a fixed seed, 3 disturbances).
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolders } from '../helpers/cli.js';
import { truncatedPdf } from '../helpers/make-pdf.js';
import { cleanBaseline, publicResults, startCli } from './fault-helpers.js';

const SEED = Number(process.env.CHAOS_SEED ?? 20_261_205);
const COUNT = Number(process.env.CHAOS_COUNT ?? 3);

const temp = tempFolders('inspection-miner-faults-chaos-');
afterAll(() => temp.removeAll());

/** A small seeded generator (mulberry32): the same seed gives the same disturbances. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let input: string;
let clean: unknown[];

beforeAll(async () => {
  ({ input, clean } = await cleanBaseline(temp.make, 10, async (folder) => {
    writeFileSync(join(folder, 'truncated.pdf'), await truncatedPdf());
    writeFileSync(join(folder, 'notes.txt'), 'Summary\nWe judge the service to be good, a two-star service, with promising prospects for improvement.\n');
  }));
}, 120_000);

/** One disturbed run: killed after `delay` ms, or its database locked past the busy timeout. */
async function disturb(out: string, delay: number, lock: boolean): Promise<void> {
  const running = startCli(['--input', input, '--out', out, '--concurrency', '2', '--json']);
  await Promise.race([sleep(delay), running.done]);
  if (lock) {
    const holder = new Database(join(out, 'results.sqlite'), { timeout: 10_000 });
    holder.exec('BEGIN EXCLUSIVE');
    await Promise.race([sleep(7_000), running.done]);
    holder.exec('ROLLBACK');
    holder.close();
  } else running.child.kill('SIGKILL');
  const result = await running.done;
  expect([0, 4, null], `exit ${result.code}: ${result.stderr}`).toContain(result.code);
}

describe('chaos', () => {
  it(`after ${COUNT} disturbances at random points (seed ${SEED}), a plain rerun gives the clean run's results`, async () => {
    const next = random(SEED);
    const out = await temp.make();
    for (let i = 0; i < COUNT; i++) await disturb(out, 1_000 + Math.floor(next() * 7_000), next() < 0.3);
    const final = await runCli(['--input', input, '--out', out, '--quiet']);
    expect(final.code, final.stderr).toBe(0);
    expect(publicResults(join(out, 'results.sqlite'))).toEqual(clean);
  }, 240_000);
});
