/**
 * Awkward files each keep their row with a reason: names that are not UTF-8, broken links, FIFOs,
 * binary text files, files that vanish or change after discovery, and the run's own outputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverInputs, readInput } from '../../src/discover.js';
import { runCli, tempFolders } from '../helpers/cli.js';
import { textReportPdf } from '../helpers/make-pdf.js';

const folders = tempFolders('fault-files-');
afterAll(() => folders.removeAll());

const REPORT = "Summary\nWe judge the council's ICT service to be fair, a one-star service, and we think it will probably improve.\n";

/** Random bytes with no NUL and some form feeds: binary that a naive reader takes for many pages of text. */
function binaryWithoutNul(size: number): Buffer {
  let state = 7;
  return Buffer.from(Array.from({ length: size }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return i % 97 === 0 ? 0x0c : (state % 255) + 1;
  }));
}

function rows(database: string): Array<Record<string, unknown>> {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare('SELECT file, status, reason FROM report_results ORDER BY file').all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('awkward input files', () => {
  it('gives every file a row with a clear reason, and reads PDFs whose names are not UTF-8', async () => {
    const input = await folders.make();
    const pdf = await textReportPdf(2);
    writeFileSync(Buffer.from(join(input, 'caf\xe9-report.pdf'), 'latin1'), pdf);
    writeFileSync(Buffer.from(join(input, 'caf\xe8-report.pdf'), 'latin1'), Buffer.concat([pdf, Buffer.from('\n% another copy\n')]));
    writeFileSync(join(input, 'good.txt'), REPORT);
    writeFileSync(join(input, 'binary.txt'), binaryWithoutNul(200_000));
    symlinkSync(join(input, 'missing.pdf'), join(input, 'broken-link.pdf'));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    const out = await folders.make();
    const result = await runCli(['--input', input, '--out', out, '--quiet'], 60_000);
    expect(result.code, result.stderr).toBe(0);
    const found = rows(join(out, 'results.sqlite'));
    expect(found.map((row) => row.file)).toEqual(['binary.txt', 'broken-link.pdf', 'caf%E8-report.pdf', 'caf%E9-report.pdf', 'good.txt', 'pipe.txt']);
    const byFile = Object.fromEntries(found.map((row) => [row.file, `${row.status}/${row.reason}`]));
    expect(byFile['binary.txt']).toBe('unreadable/not-text');
    expect(byFile['broken-link.pdf']).toBe('unreadable/cannot-open');
    expect(byFile['pipe.txt']).toBe('unreadable/cannot-open');
    expect(byFile['good.txt']).toBe('assessed/null');
    for (const name of ['caf%E8-report.pdf', 'caf%E9-report.pdf']) expect(['assessed/null', 'no-judgement/no-judgement-found']).toContain(byFile[name]);
  }, 90_000);

  it('says that a file vanished or changed after discovery, and never extracts bytes other than those hashed', async () => {
    const input = await folders.make();
    writeFileSync(join(input, 'a.txt'), REPORT);
    writeFileSync(join(input, 'b.txt'), REPORT);
    const { files } = await discoverInputs(input);
    rmSync(join(input, 'a.txt'));
    writeFileSync(join(input, 'b.txt'), `${REPORT}Rewritten.\n`);
    expect(await readInput(files[0]!)).toEqual({ error: 'ENOENT' });
    expect(await readInput(files[1]!)).toEqual({ error: 'the file changed after it was found; run again to read it' });
  });

  it('never reads the run\'s own outputs when the output folder lies inside the input folder', async () => {
    const input = await folders.make();
    writeFileSync(join(input, 'good.txt'), REPORT);
    const out = join(input, 'output');
    mkdirSync(out);
    const first = await runCli(['--input', input, '--out', out], 60_000);
    expect(first.code, first.stderr).toBe(0);
    // The database, its journal files and the summary article are all there now.
    const outputs = readdirSync(out);
    expect(outputs).toEqual(expect.arrayContaining(['results.sqlite', 'summary.md', 'summary.html']));
    const second = await runCli(['--input', input, '--out', out], 60_000);
    expect(second.code, second.stderr).toBe(0);
    // ... and, while the second run holds it, the database's lock file.
    expect(second.stdout).toMatch(new RegExp(`skipped \\(own outputs\\)\\s+${outputs.length + 1}\n`));
    expect(second.stdout).toMatch(/files\s+1\n/);
    expect(rows(join(out, 'results.sqlite'))).toEqual([{ file: 'good.txt', status: 'assessed', reason: null }]);
  }, 90_000);
});
