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

/**
 * One page of about `bytes` characters of plain sentences in long blocks, with abbreviations and dot
 * leaders (long sentences: the cost that grew with the square of the page is per boundary and per block).
 */
function hugeBlockPage(bytes: number): string {
  const sentences = [
    'The panel met on 4 May in the old town hall, where Mr. Hall read the papers for the year aloud, one after another, while the clerk kept the minutes and the visitors in the gallery listened without a word.',
    'See p. 4 of the file...... for the list of the rooms, the chairs, the tables and the other furniture that was moved out of the hall and stored in the basement before the meeting began that evening.',
  ];
  const out: string[] = ['Summary', "We judge the council's ICT service to be good, a two-star service, with promising prospects for improvement."];
  for (let size = 0, i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length]!;
    out.push(i % 40 === 39 ? `${sentence}\n` : `${sentence} `);
    size += sentence.length + 1;
  }
  return out.join('');
}

/** Runs the CLI with the default limits over one file and returns its row. */
async function rowOf(name: string, text: string): Promise<unknown> {
  const input = await folders.make();
  writeFileSync(join(input, name), text);
  const out = await folders.make();
  const result = await runCli(['--input', input, '--out', out, '--quiet'], 150_000);
  expect(result.code, result.stderr).toBe(0);
  const db = new Database(join(out, 'results.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT file, status, reason, pages, grade FROM report_results').all();
  } finally {
    db.close();
  }
}

describe('long documents at the default limits', () => {
  it('reads a 2,000-page text report to the end', async () => {
    expect(await rowOf('long.txt', longReportPages(2000, true).join('\f')))
      .toEqual([{ file: 'long.txt', status: 'assessed', reason: null, pages: 2000, grade: 'fair' }]);
  }, 160_000);

  it('reads a page of 0.7 MB', async () => {
    expect(await rowOf('huge-page.txt', hugeBlockPage(700_000)))
      .toEqual([{ file: 'huge-page.txt', status: 'assessed', reason: null, pages: 1, grade: 'good' }]);
  }, 160_000);
});
