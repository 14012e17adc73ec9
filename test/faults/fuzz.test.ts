/**
 * A small fixed-seed fuzz run through the real CLI (`npm run fuzz -- --count 12 --seed 1 --small`):
 * every kind of hostile file once, each followed by a good report. The big run's figures are in the README.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.js';

interface Check { name: string; ok: boolean; detail: string }

let checks: Check[] = [];

beforeAll(async () => {
  const result = await runScript('scripts/fuzz.ts', ['--count', '12', '--seed', '1', '--small', '--json'], 170_000);
  const line = result.stdout.split('\n').find((text) => text.startsWith('{'));
  if (!line) throw new Error(`no result from the fuzz run:\n${result.stdout}\n${result.stderr}`);
  checks = (JSON.parse(line) as { checks: Check[] }).checks;
}, 180_000);

describe('fuzz, seed 1, 12 hostile files', () => {
  it.each(['exit', 'one row per file', 'good reports read', 'no leaked worker', 'memory bounded'])('%s', (name) => {
    const check = checks.find((c) => c.name === name);
    expect(check, `no check named ${name}`).toBeDefined();
    expect(check!.ok, check!.detail).toBe(true);
  });
});
