/**
 * Long and huge documents finish at the default limits: every text stage is linear in the text it
 * reads. Generous limits (the default --timeout 60), no assertion on speed; `npm run scale` prints the figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempFolders } from '../helpers/cli.js';
import { longReportPages } from '../../scripts/scale/long-report.js';

const folders = tempFolders('long-report-');
afterAll(() => folders.removeAll());

/** One page of about `bytes` characters of short plain sentences in one block, with abbreviations and dot leaders. */
function hugeBlockPage(bytes: number): string {
  const sentences = ['The panel met on 4 May.', 'Mr. Hall chaired it.', 'Minutes were kept.', 'See p. 4 of the file......'];
  const out: string[] = ['Summary', "We judge the council's ICT service to be good, a two-star service, with promising prospects for improvement."];
  for (let size = 0, i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length]!;
    out.push(i % 12 === 11 ? `${sentence}\n` : `${sentence} `);
    size += sentence.length + 1;
  }
  return out.join('');
}

describe('long documents at the default limits', () => {
  it('reads a 2,000-page text report to the end', async () => {
    const input = await folders.make();
    writeFileSync(join(input, 'long.txt'), longReportPages(2000, true).join('\f'));
    writeFileSync(join(input, 'huge-page.txt'), hugeBlockPage(700_000));
    const out = await folders.make();
    const result = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2'], 150_000);
    expect(result.code, result.stderr).toBe(0);
    const db = new Database(join(out, 'results.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT file, status, reason, pages, grade FROM report_results ORDER BY file').all();
    db.close();
    expect(rows).toEqual([
      { file: 'huge-page.txt', status: 'assessed', reason: null, pages: 1, grade: 'good' },
      { file: 'long.txt', status: 'assessed', reason: null, pages: 2000, grade: 'fair' },
    ]);
  }, 160_000);
});
