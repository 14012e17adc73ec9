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
