/**
 * Accuracy on labelled documents, through the real CLI: the sample corpus (grade and prospect must
 * be right for every report). Real Ofsted and CQC reports are measured by test/real-reports.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { evaluate, parseLabels } from '../scripts/evaluation/judgements.js';

/** The paragraphs of the README's quotation of the sample article's opening ("On the sample corpus it opens:"). */
function readmeQuote(readme: string): string[] {
  const start = readme.search(/On the\s+sample corpus it opens:/);
  const lines = readme.slice(start).split('\n').slice(1);
  const quote = lines.slice(lines.findIndex((line) => line.startsWith('>')));
  const block = quote.slice(0, quote.findIndex((line) => !line.startsWith('>'))).map((line) => line.replace(/^> ?/, ''));
  const paragraphs = block.join('\n').split(/\n(?=\s*$|- )/).map((text) => text.replace(/^- /, '').trim()).filter(Boolean);
  expect(paragraphs.length).toBeGreaterThanOrEqual(3);
  return paragraphs;
}

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
    // The README quotes the opening of this article: it must still be what the article says.
    const flat = (text: string) => text.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
    const article = flat(readFileSync(join(out, 'summary.md'), 'utf8'));
    for (const paragraph of readmeQuote(readFileSync(join(repoRoot, 'README.md'), 'utf8'))) expect(article).toContain(flat(paragraph));
    const field = (name: string) => evaluation.fields.find((f) => f.field === name)!;
    expect(field('grade').wrong).toEqual([]);
    expect(field('prospect').wrong).toEqual([]);
    for (const label of labels.filter((l) => l.grade === 'none' && l.prospect === 'none')) {
      const row = rows.find((r) => r.file === label.file)!;
      expect(['no-judgement', 'unreadable']).toContain(row.status);
      expect(row.reason).toBeTruthy();
    }
  }, 300_000);
});
