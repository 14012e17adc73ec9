/**
 * Workers run the compiled build only when it is current: every source file has its compiled or
 * copied counterpart, at least as new. The tsx loader is left out of the flags such a worker gets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent } from '../src/build-freshness.mjs';
import { withoutTsx } from '../src/worker-build.js';
import { tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-build-');
afterAll(() => temp.removeAll());

/** A source tree and its build, each file written with the given modification time (seconds). */
async function tree(files: Record<string, number>): Promise<{ sources: string; built: string }> {
  const root = await temp.make();
  for (const [path, seconds] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, seconds, seconds);
  }
  return { sources: join(root, 'src'), built: join(root, 'dist', 'src') };
}

describe('the build', () => {
  it('is current when every source has a counterpart at least as new', async () => {
    const { sources, built } = await tree({ 'src/a.ts': 100, 'src/db/schema.sql': 100, 'src/types.d.ts': 300, 'src/notes.md': 300, 'dist/src/a.js': 200, 'dist/src/db/schema.sql': 100 });
    expect(buildIsCurrent(sources, built)).toBe(true);
  });

  it('is stale when a source changed after it was built', async () => {
    const { sources, built } = await tree({ 'src/a.ts': 100, 'src/stages/b.ts': 300, 'dist/src/a.js': 200, 'dist/src/stages/b.js': 200 });
    expect(buildIsCurrent(sources, built)).toBe(false);
  });

  it.each([
    ['a source', { 'src/a.ts': 100, 'src/new.ts': 100, 'dist/src/a.js': 200 }],
    ['a data file', { 'src/a.ts': 100, 'src/codebook.yaml': 100, 'dist/src/a.js': 200 }],
    ['a plain JavaScript module', { 'src/a.ts': 100, 'src/check.mjs': 100, 'dist/src/a.js': 200 }],
  ])('is stale when %s was never built', async (_what, files) => {
    const { sources, built } = await tree(files);
    expect(buildIsCurrent(sources, built)).toBe(false);
  });
});

describe('a compiled worker', () => {
  it('gets the node flags without the tsx loader', () => {
    const flags = ['--require', '/x/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///x/node_modules/tsx/dist/loader.mjs', '--cpu-prof', '--import=tsx', '--cpu-prof-dir=/tmp/p'];
    expect(withoutTsx(flags, '--import tsx --max-old-space-size=900')).toEqual({ flags: ['--cpu-prof', '--cpu-prof-dir=/tmp/p'], nodeOptions: '--max-old-space-size=900' });
    expect(withoutTsx(['--import', 'tsx'], '--import tsx')).toEqual({ flags: [], nodeOptions: undefined });
  });
});
