/** Every command in package.json answers --help (exit 0) and a bad flag with one line (exit 2), never a stack trace. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runScript } from './helpers/cli.js';

const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** npm script name -> the file it runs, with tsx or through the launcher (the build when current, else tsx). */
const commands = Object.entries(scripts).flatMap(([name, line]) => {
  const match = /^(?:tsx|node scripts\/launch\.mjs) (\S+\.ts)$/.exec(line);
  return match ? [[name, match[1]!] as const] : [];
});

describe('the commands', () => {
  it('are found in package.json', () => {
    expect(commands.map(([name]) => name)).toEqual(expect.arrayContaining(['pipeline', 'summary', 'evaluate', 'export', 'bench', 'corpus', 'fit', 'scale', 'fuzz']));
  });

  it.each(commands)('npm run %s answers --help and refuses a bad flag in one line', async (name, file) => {
    const help = await runScript(file, ['--help'], 60_000);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
    const bad = await runScript(file, ['--no-such-flag'], 60_000);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: [^\n]+\n$/);
    expect(bad.stdout).toBe('');
  }, 120_000);
});
