/** File names and report text cannot forge terminal lines, and the summary's reproduce command is safe to paste. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clean, jsonLine } from '../../src/cli-render.js';
import { shellQuote } from '../../src/summary/method.js';
import { runCli, tempFolders } from '../helpers/cli.js';
import { textReportPdf } from '../helpers/make-pdf.js';

const folders = tempFolders('fault-terminal-');
afterAll(() => folders.removeAll());

describe('text printed on the terminal', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['\u202egnp.exe', '\\u202egnp.exe'],
    ['\u001b[2Jcleared', '\\u001b[2Jcleared'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['plain café.pdf', 'plain café.pdf'],
  ])('escapes %j visibly', (raw, shown) => {
    expect(clean(raw)).toBe(shown);
  });

  it('keeps JSON lines valid while escaping bidi controls', () => {
    const line = jsonLine({ file: 'x\u202e\n' });
    expect(line).toBe('{"file":"x\\u202e\\n"}');
    expect(JSON.parse(line)).toEqual({ file: 'x\u202e\n' });
  });

  it('shows a file name with a newline and a right-to-left override as one escaped line', async () => {
    const input = await folders.make();
    const name = 'evil\nprogress: 99 of 99 documents, 0 failed\u202efdp.pdf';
    writeFileSync(join(input, name), await textReportPdf(2));
    const out = await folders.make();
    const result = await runCli(['--input', input, '--out', out, '--max-pages', '1'], 60_000);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('warning: evil\\nprogress: 99 of 99 documents, 0 failed\\u202efdp.pdf: read 1 of 2 pages (page cap)');
    expect(result.stderr).not.toMatch(/^progress: 99 of 99/m);
    expect(result.stderr + result.stdout).not.toContain('\u202e');
    const json = await runCli(['--input', input, '--out', out, '--json', '--force', '--max-pages', '1'], 60_000);
    expect(json.stdout).not.toContain('\u202e');
    expect(json.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string }).some((event) => event.type === 'warning')).toBe(true);
  }, 90_000);
});

describe('the reproduce command in summary.md', () => {
  it.each([['plain/path', 'plain/path'], ["a'b", "'a'\\''b'"], ['$(rm -rf ~)', "'$(rm -rf ~)'"], ['', "''"]])('quotes %j for a shell', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it('gives back the exact folder names when pasted into a shell, running nothing', async () => {
    const parent = await folders.make();
    const input = join(parent, "in $(touch PWNED) a'b `touch PWNED2`");
    mkdirSync(input);
    writeFileSync(join(input, 'report.txt'), "Summary\nWe judge the council's ICT service to be fair, a one-star service, and we think it will probably improve.\n");
    const out = join(parent, 'out');
    const result = await runCli(['--input', input, '--out', out, '--quiet'], 60_000);
    expect(result.code, result.stderr).toBe(0);
    const line = readFileSync(join(out, 'summary.md'), 'utf8').split('\n').find((text) => text.startsWith('npm run pipeline -- '))!;
    // The shell prints each argument the command would get, one per line.
    const printed = execFileSync('sh', ['-c', line.replace(/^npm run pipeline -- /, "printf '%s\\n' ")], { cwd: parent, encoding: 'utf8' });
    expect(printed.split('\n').slice(0, 4)).toEqual(['--input', input, '--db', join(out, 'results.sqlite')]);
    expect(existsSync(join(parent, 'PWNED')) || existsSync(join(parent, 'PWNED2'))).toBe(false);
  }, 60_000);
});
