/** A worker reads every document with the settings of its run, sent once when it starts: through the real CLI. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const CODEBOOK = {
  id: 'records-regime',
  themes: [{
    id: 'records',
    label: 'Records management',
    definition: "Keeping, finding and disposing of the council's records.",
    terms: ['retention schedule', 'records management'],
    hints: [],
    patterns: [],
  }],
};

/** A short report whose findings name records management, `variant` making each file's bytes its own. */
function report(variant: string): string {
  return `Summary (${variant})
We judge the council's ICT service to be fair, a one-star service, and we think it will probably improve.
The council has no retention schedule for its files, and records management is poor.
Records management is weak across the council and no retention schedule has been agreed.
`;
}

describe('the settings of a run', () => {
  it('reach every document one worker reads, not only its first', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'worker-settings-test-'));
    const input = join(folder, 'in');
    mkdirSync(input);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(input, `${name}.txt`), report(name));
    const codebook = join(folder, 'codebook.json');
    writeFileSync(codebook, JSON.stringify(CODEBOOK));
    const result = await runCli(['--input', input, '--out', join(folder, 'out'), '--codebook', codebook, '--concurrency', '1', '--quiet'], 60_000);
    expect(result.code).toBe(0);
    const db = new Database(join(folder, 'out', 'results.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT file, weakness_themes FROM report_results ORDER BY file').all();
    db.close();
    expect(rows).toEqual(['a.txt', 'b.txt', 'c.txt'].map((file) => ({ file, weakness_themes: 'records' })));
  }, 90_000);
});
