/**
 * The launcher the npm scripts run (scripts/launch.mjs): the compiled entry when the build is
 * current, else the TypeScript sources through tsx with a note on stderr, and workers (child
 * processes) of the sources then load them through tsx too. Run on a small repository made here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-launch-');
afterAll(() => temp.removeAll());

/** A repository with the launcher, a source entry that starts a child of a second source, and their build (`builtAt` seconds; sources at 100). */
async function repository(builtAt: number | null): Promise<string> {
  const root = await temp.make();
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    'src/entry.ts': "import { execFileSync } from 'node:child_process';\nconst from: string = 'sources';\nprocess.stdout.write(`${from} ${process.argv.slice(2).join(' ')} ` + execFileSync(process.execPath, [new URL('./child.ts', import.meta.url).pathname], { encoding: 'utf8' }));\n",
    'src/child.ts': "const answer: string = 'child';\nprocess.stdout.write(answer);\n",
  };
  if (builtAt !== null) {
    files['dist/src/entry.js'] = "process.stdout.write(`build ${process.argv.slice(2).join(' ')}`);\n";
    files['dist/src/child.js'] = '';
    files['dist/src/build-freshness.mjs'] = '';
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    const seconds = path.startsWith('dist/') ? builtAt! : 100;
    utimesSync(join(root, path), seconds, seconds);
  }
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(repoRoot, 'scripts', 'launch.mjs'), join(root, 'scripts', 'launch.mjs'));
  copyFileSync(join(repoRoot, 'src', 'build-freshness.mjs'), join(root, 'src', 'build-freshness.mjs'));
  utimesSync(join(root, 'src', 'build-freshness.mjs'), 100, 100);
  if (builtAt !== null) {
    mkdirSync(join(root, 'dist', 'scripts'));
    writeFileSync(join(root, 'dist', 'scripts', 'launch.mjs'), '');
    utimesSync(join(root, 'dist', 'scripts', 'launch.mjs'), builtAt, builtAt);
  }
  utimesSync(join(root, 'scripts', 'launch.mjs'), 100, 100);
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Runs the launcher on src/entry.ts in `root` with two arguments, without the test runner's loader. */
function launch(root: string): { stdout: string; stderr: string; status: number | null } {
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/launch.mjs', 'src/entry.ts', '--a', 'b'], { cwd: root, env, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('the launcher', () => {
  it('runs the compiled entry when the build is current, with the arguments, and says nothing', async () => {
    expect(launch(await repository(200))).toEqual({ stdout: 'build --a b', stderr: '', status: 0 });
  });

  it.each([
    ['older than the sources', 50, 'the build in dist/ is older than the sources'],
    ['missing', null, 'dist/ holds no build of it'],
  ])('runs the sources through tsx, children included, when the build is %s, and says why', async (_what, builtAt, why) => {
    const result = launch(await repository(builtAt));
    expect(result.stdout).toBe('sources --a b child');
    expect(result.stderr).toBe(`note: running the TypeScript sources through tsx (${why}; npm run build makes a current one)\n`);
    expect(result.status).toBe(0);
  });
});
