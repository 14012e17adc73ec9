/**
 * Real Ofsted/CQC reports (the shared real-reports folder, when present): a few development reports of each kind
 * through the real CLI, measured by `npm run evaluate` against their manifest entries. Reports held out by their
 * sha256 (scripts/evaluation/held-out-real-reports.ts) are never read here: the manifest's sha256 picks the
 * development entries, and only their files are used. Skipped where the folder is missing (a CI machine may lack it).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { repoRoot, runCli, runScript, tempFolders } from './helpers/cli.js';
import { isHeldOutRealReport } from '../scripts/evaluation/held-out-real-reports.js';
import type { ManifestEntry } from '../scripts/evaluation/manifest.js';

const folder = process.env.REAL_REPORTS ?? resolve(repoRoot, '../shared/real-reports');
const PER_KIND = 2;
type Row = Record<string, unknown>;
const temp = tempFolders('inspection-miner-real-');
afterAll(() => temp.removeAll());

/** Development entries (never a held-out one: only the sha256 of those is looked at), grouped by sub-folder. */
function developmentEntries(manifest: readonly ManifestEntry[]): Map<string, ManifestEntry[]> {
  const kinds = new Map<string, ManifestEntry[]>();
  for (const entry of manifest) {
    if (entry.sha256 === undefined || isHeldOutRealReport(entry.sha256)) continue;
    const kind = dirname(entry.file);
    kinds.set(kind, [...(kinds.get(kind) ?? []), entry]);
  }
  return kinds;
}

describe.skipIf(!existsSync(join(folder, 'MANIFEST.json')))('real development reports', () => {
  let output = '';
  let entries: ManifestEntry[] = [];
  let rows: Row[] = [];

  beforeAll(async () => {
    const manifest = JSON.parse(await readFile(join(folder, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];
    const input = await temp.make();
    for (const kind of developmentEntries(manifest).values()) {
      // The shortest reports of each kind keep the run short.
      const chosen = [...kind].sort((a, b) => (a.pages ?? 0) - (b.pages ?? 0)).slice(0, PER_KIND);
      for (const entry of chosen) {
        await mkdir(dirname(join(input, entry.file)), { recursive: true });
        await symlink(join(folder, entry.file), join(input, entry.file));
        entries.push(entry);
      }
    }
    const out = await temp.make();
    const labels = join(out, 'labels.json');
    await writeFile(labels, JSON.stringify(entries));
    const run = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2'], 170_000);
    expect(run.code, run.stderr).toBe(0);
    const evaluation = await runScript('scripts/evaluate.ts', ['--db', join(out, 'results.sqlite'), '--labels', labels]);
    expect(evaluation.code, evaluation.stderr).toBe(0);
    output = evaluation.stdout;
    const db = new Database(join(out, 'results.sqlite'), { readonly: true });
    rows = db.prepare("SELECT file, scheme, stars, prospect FROM report_results WHERE lower(file) LIKE '%.pdf'").all() as Row[];
    db.close();
  }, 220_000);

  it('reads no Best Value judgement into them: an Ofsted scheme, no stars, no prospect', () => {
    expect(rows.length).toBe(entries.length);
    for (const row of rows) expect({ ...row, scheme: String(row.scheme).startsWith('ofsted-') }).toEqual({ file: row.file, scheme: true, stars: null, prospect: null });
  });

  it('reads every overall grade, abstains where none is printed, and names every provider', () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
    const all = output.split('\n').find((text) => text.startsWith('all '))!;
    const graded = entries.filter((entry) => entry.overall_grade_normalised !== null).length;
    const subs = entries.reduce((sum, entry) => sum + Object.keys(entry.sub_grades).length, 0);
    expect(all).toContain(`overall ${graded}/${graded} `);
    expect(all).toContain(`abstained ${entries.length - graded}/${entries.length - graded} `);
    expect(all).toContain(`sub-judgements ${subs}/${subs} `);
    expect(all).toContain(`provider ${entries.length}/${entries.length} `);
    expect(output).toContain('errors (0):');
  });
});
