/** Batch behaviours of a run, through the real CLI: content identity across names and types. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const REPORT = `Summary
We judge the council's ICT service to be fair, a one-star service, and we think it will probably improve.
`;

describe('a run', () => {
  it('reads the same bytes once whatever the names, and takes the type from a readable name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'run-test-'));
    const input = join(folder, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    // The unsupported name sorts first: the content must still be read as text.
    writeFileSync(join(input, 'a-notes.docx'), REPORT);
    writeFileSync(join(input, 'b-notes.txt'), REPORT);
    writeFileSync(join(input, 'sub', 'c-notes.txt'), REPORT);
    const result = await runCli(['--input', input, '--out', join(folder, 'out'), '--quiet'], 60_000);
    expect(result.code).toBe(0);
    const db = new Database(join(folder, 'out', 'results.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT file, status, grade, prospect FROM report_results ORDER BY file').all();
    const documents = db.prepare('SELECT type FROM document').all();
    db.close();
    expect(documents).toEqual([{ type: 'txt' }]);
    expect(rows).toEqual(['a-notes.docx', 'b-notes.txt', 'sub/c-notes.txt'].map((file) => ({ file, status: 'assessed', grade: 'fair', prospect: 'probably' })));
  }, 90_000);
});

describe('incremental runs', () => {
  it('redo exactly the documents a changed stage concerns', async () => {
    const { builtinCodebook } = await import('../src/scheme/codebook.js');
    const folder = mkdtempSync(join(tmpdir(), 'run-test-'));
    const input = join(folder, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'report.txt'), REPORT + 'There is no ICT strategy linked to the corporate plan.\n');
    writeFileSync(join(input, 'other.txt'), 'Summary\nWe judge the service to be good, a two-star service, with promising prospects for improvement.\n');
    writeFileSync(join(input, 'empty.pdf'), '');
    writeFileSync(join(input, 'notes.docx'), 'not a report');
    // The same codebook with one more cue: the themes stage's data changes, nothing else does.
    const codebook = { ...builtinCodebook, themes: builtinCodebook.themes.map((t, i) => (i === 0 ? { ...t, hints: [...t.hints, 'galaxy'] } : t)) };
    const codebookFile = join(folder, 'codebook.json');
    writeFileSync(codebookFile, JSON.stringify(codebook));
    const out = join(folder, 'out');
    const start = async (...extra: string[]) => {
      const result = await runCli(['--input', input, '--out', out, '--json', ...extra], 60_000);
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout.split('\n')[0]!) as { toProcess: number; unchanged: number };
    };
    expect(await start()).toMatchObject({ toProcess: 4, unchanged: 0 });
    expect(await start()).toMatchObject({ toProcess: 0, unchanged: 4 });
    // Only the two readable documents reach the themes stage; the empty PDF and the .docx stopped before it.
    expect(await start('--codebook', codebookFile)).toMatchObject({ toProcess: 2, unchanged: 2 });
    expect(await start('--codebook', codebookFile)).toMatchObject({ toProcess: 0, unchanged: 4 });
    expect(await start('--codebook', codebookFile, '--force')).toMatchObject({ toProcess: 4, unchanged: 0 });
  }, 120_000);
});
