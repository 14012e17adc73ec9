/** The evaluate command, through the real script: accuracy against labels, and its refusals. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runScript } from './helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'evaluate-test-'));
const db = join(folder, 'out', 'results.sqlite');
const label = (file: string, grade: string, prospect: string) => ({ file, grade, prospect });

beforeAll(async () => {
  const input = join(folder, 'in');
  mkdirSync(input);
  writeFileSync(join(input, 'a.txt'), 'Summary\nWe judge the service to be fair, a one-star service, and we think it will probably improve.\n');
  writeFileSync(join(input, 'b.txt'), 'Summary\nIn our view the service is good, and its prospects for improvement are promising.\n');
  writeFileSync(join(input, 'c.txt'), 'Minutes of the meeting. Members noted the report.\n');
  const result = await runCli(['--input', input, '--out', join(folder, 'out'), '--quiet'], 60_000);
  expect(result.code).toBe(0);
}, 90_000);

async function evaluate(labels: unknown, ...extra: string[]) {
  const file = join(folder, `labels-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof labels === 'string' ? labels : JSON.stringify(labels));
  return runScript('scripts/evaluate.ts', ['--db', db, '--labels', file, ...extra], 60_000);
}

describe('npm run evaluate', () => {
  it('prints accuracy per field, a confusion matrix and what it got wrong', async () => {
    const result = await evaluate([label('a.txt', 'fair', 'probably'), label('b.txt', 'excellent', 'promising'), label('c.txt', 'none', 'none')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('grade: 66.7% (2/3)');
    expect(result.stdout).toContain('prospect: 100.0% (3/3)');
    expect(result.stdout).toMatch(/wrong: b\.txt: expected excellent, got good \[assessed\] from "In our view the service is good/);
  }, 60_000);

  it('gives the same figures as JSON', async () => {
    const result = await evaluate([label('a.txt', 'fair', 'probably'), label('b.txt', 'good', 'promising')], '--json');
    expect(result.code).toBe(0);
    const fields = (JSON.parse(result.stdout) as { fields: Array<{ field: string; correct: number; total: number }> }).fields;
    expect(fields.find((f) => f.field === 'grade')).toMatchObject({ correct: 2, total: 2 });
  }, 60_000);

  it('prints accuracy by confidence band and the headline shares beside the labels\' shares', async () => {
    const labels = [label('a.txt', 'fair', 'probably'), label('b.txt', 'excellent', 'promising'), label('c.txt', 'none', 'none')];
    const text = await evaluate(labels);
    expect(text.stdout).toMatch(/graded poor or fair +read 50\.0% \(1 of 2\) +labelled 50\.0% \(1 of 2\)/);
    expect(text.stdout).toMatch(/will probably or definitely improve +read 100\.0% \(2 of 2\) +labelled 100\.0% \(2 of 2\)/);
    const json = JSON.parse((await evaluate(labels, '--json')).stdout) as { headline: { bands: Array<{ readings: number; correct: number }> } };
    const bands = json.headline.bands;
    expect([bands.reduce((n, band) => n + band.readings, 0), bands.reduce((n, band) => n + band.correct, 0)]).toEqual([4, 3]);
  }, 60_000);

  it('measures the hand-written case sets per set and overall with --cases', async () => {
    const result = await runScript('scripts/evaluate.ts', ['--cases', '--json'], 120_000);
    expect(result.code).toBe(0);
    const sets = JSON.parse(result.stdout) as Array<{ set: string; cases: number; grade: number; abstained: number; noJudgement: number; bands: Array<{ readings: number }> }>;
    const all = sets.pop()!;
    expect(sets.map((set) => set.set).slice(0, 2)).toEqual(['1', '2']);
    expect(all).toMatchObject({ set: 'all', cases: sets.reduce((n, set) => n + set.cases, 0), grade: sets.reduce((n, set) => n + set.grade, 0) });
    for (const set of sets) expect(set.abstained).toBeLessThanOrEqual(set.noJudgement);
    expect(all.grade / all.cases).toBeGreaterThan(0.9);
  }, 150_000);

  it('keeps only the sets --set names, and exits 1 when none is found', async () => {
    const result = await runScript('scripts/evaluate.ts', ['--cases', '--set', '2', '--set', '3', '--json'], 120_000);
    expect(result.code).toBe(0);
    const sets = JSON.parse(result.stdout) as Array<{ set: string }>;
    expect(sets.map((set) => set.set)).toEqual(['2', '3', 'all']);
    const missing = await runScript('scripts/evaluate.ts', ['--cases', '--set', '999'], 60_000);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: no case set 999/);
  }, 150_000);

  it.each([
    ['not JSON', '{ nope'],
    ['not a list', { file: 'a.txt' }],
    ['an unknown grade', [label('a.txt', 'superb', 'probably')]],
    ['a repeated file', [label('a.txt', 'fair', 'probably'), label('a.txt', 'fair', 'probably')]],
  ])('exits 1 on malformed labels: %s', async (_name, labels) => {
    const result = await evaluate(labels);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: malformed labels/);
  }, 60_000);

  it('exits 2 with a one-line error on a bad option', async () => {
    const result = await runScript('scripts/evaluate.ts', ['--bogus'], 60_000);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(["error: Unknown option '--bogus' (see --help)"]);
  }, 60_000);

  it('exits 1 when the labels name a file that was never processed', async () => {
    const result = await evaluate([label('a.txt', 'fair', 'probably'), label('missing.pdf', 'good', 'will')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.pdf');
  }, 60_000);
});
