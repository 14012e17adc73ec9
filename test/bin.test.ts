/**
 * The installed command on the compiled build: `npm run build` compiles to dist/, and
 * `inspection-miner run|summary|…` answers --help and reads reports exactly as the TypeScript
 * sources do (same statuses, grades, prospects and themes).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempFolders } from './helpers/cli.js';

const E2E_TIMEOUT = 180_000;
const temp = tempFolders('inspection-miner-bin-');
afterAll(() => temp.removeAll());

const bin = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'scripts', 'inspection-miner.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: E2E_TIMEOUT });

beforeAll(() => {
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, E2E_TIMEOUT);

function results(database: string): unknown[] {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare('SELECT file, status, reason, grade, prospect, weakness_themes, strength_themes FROM report_results ORDER BY file').all();
  } finally {
    db.close();
  }
}

/** The stage versions the database's last run recorded. */
function runVersions(database: string): unknown {
  const db = new Database(database, { readonly: true });
  try {
    return JSON.parse((db.prepare('SELECT versions FROM run ORDER BY id DESC LIMIT 1').get() as { versions: string }).versions);
  } finally {
    db.close();
  }
}

describe('the inspection-miner command', () => {
  it('lists its commands, answers each one\'s --help, and refuses an unknown one', () => {
    const help = bin(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['run', 'summary', 'evaluate', 'export', 'bench', 'corpus']) {
      expect(help.stdout).toContain(`  ${command} `);
      const own = bin([command, '--help']);
      expect(own.status, `${command}: ${own.stderr}`).toBe(0);
      expect(own.stdout).toMatch(/^Usage: /);
    }
    const unknown = bin(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown command "frobnicate"/);
  }, E2E_TIMEOUT);

  it('reads reports as the sources do', async () => {
    const input = await temp.make();
    await writeFile(join(input, 'a.txt'), 'Best Value Inspection Service\nInspection of Eastmoor Borough Council\'s IT service\nSummary\nWe judge the service to be fair and that it will probably improve.\nUsers have had no training in the new systems.\n');
    await writeFile(join(input, 'b.txt'), 'Draft report. Scores to be confirmed.\n');
    await writeFile(join(input, 'c.docx'), 'PK\u0003\u0004');
    const [compiled, sources] = [await temp.make(), await temp.make()];
    const run = bin(['run', '--input', input, '--out', compiled, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const reference = await runCli(['--input', input, '--out', sources, '--quiet'], E2E_TIMEOUT);
    expect(reference.code, reference.stderr).toBe(0);
    expect(results(join(compiled, 'results.sqlite'))).toEqual(results(join(sources, 'results.sqlite')));
    // The compiled run takes its stage versions from the build's record; the sources compute theirs.
    expect(runVersions(join(compiled, 'results.sqlite'))).toEqual(runVersions(join(sources, 'results.sqlite')));
    expect(results(join(compiled, 'results.sqlite'))).toContainEqual(expect.objectContaining({ file: 'a.txt', grade: 'fair', prospect: 'probably' }));
  }, E2E_TIMEOUT);
});
