/**
 * Accuracy on labelled documents, through the real CLI: the sample corpus (grade and prospect must
 * be right for every report) and, when present, real Ofsted reports (another regime: no judgement).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { evaluate, parseLabels } from '../scripts/evaluation/judgements.js';

const realReports = join(repoRoot, '..', 'shared', 'real-reports');

describe('accuracy', () => {
  it('gets every grade and prospect of the sample corpus right, and says why for the rest', async () => {
    const out = mkdtempSync(join(tmpdir(), 'accuracy-'));
    const result = await runCli(['--input', join(repoRoot, 'corpus', 'reports'), '--out', out, '--quiet'], 240_000);
    expect(result.code).toBe(0);
    const labels = parseLabels(JSON.parse(readFileSync(join(repoRoot, 'corpus', 'labels.json'), 'utf8')));
    const db = new Database(join(out, 'results.sqlite'), { readonly: true });
    const evaluation = evaluate(db, labels);
    const rows = db.prepare('SELECT file, status, reason FROM report_results').all() as Array<{ file: string; status: string; reason: string | null }>;
    db.close();
    expect(evaluation.missing).toEqual([]);
    const field = (name: string) => evaluation.fields.find((f) => f.field === name)!;
    expect(field('grade').wrong).toEqual([]);
    expect(field('prospect').wrong).toEqual([]);
    for (const label of labels.filter((l) => l.grade === 'none' && l.prospect === 'none')) {
      const row = rows.find((r) => r.file === label.file)!;
      expect(['no-judgement', 'unreadable']).toContain(row.status);
      expect(row.reason).toBeTruthy();
    }
  }, 300_000);

  it.skipIf(!existsSync(realReports))('reads no Best Value judgement into real Ofsted and CQC reports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'accuracy-real-'));
    const result = await runCli(['--input', realReports, '--out', out, '--quiet'], 240_000);
    expect(result.code).toBe(0);
    const db = new Database(join(out, 'results.sqlite'), { readonly: true });
    const rows = db.prepare("SELECT file, status, reason, grade, prospect FROM report_results WHERE lower(file) LIKE '%.pdf'").all() as Array<Record<string, string | null>>;
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const row of rows) {
      expect({ file: row.file, status: row.status, grade: row.grade, prospect: row.prospect }).toEqual({ file: row.file, status: 'no-judgement', grade: null, prospect: null });
      expect(row.reason).toBeTruthy();
    }
  }, 300_000);
});
