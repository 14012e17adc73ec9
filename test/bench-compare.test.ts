/** `npm run compare-results`: two real databases with the same results agree; one changed finding is printed and exits 1. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newDocument, type DocumentRecord } from '../src/document.js';
import { openDatabase } from '../src/db/open.js';
import * as store from '../src/db/store.js';
import { runScript, tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-compare-');
afterAll(temp.removeAll);

/** A stored document with one page, one sentence and a grade, as a run would save it. */
function assessedDocument(grade: string): DocumentRecord {
  const text = 'We judge the service to be fair.';
  const evidence = { text, pageStart: 1, pageEnd: 1, start: 0, end: text.length, sentence: 0 };
  return {
    ...newDocument('/in/report.txt', 'a'.repeat(64), 'txt', 40), status: 'assessed', pageCount: 1,
    pages: [{ number: 1, text }],
    sentences: [{ index: 0, kind: 'sentence', section: '', text, start: 0, end: text.length, pageStart: 1, pageEnd: 1, rawStart: 0, rawEnd: text.length }],
    grade: { value: grade, confidence: 0.9, evidence, ordinal: 1 },
  };
}

/** Writes one database holding the document, in a run of its own (run ids differ between the two files). */
function writeDatabase(file: string, document: DocumentRecord, earlierRuns: number): void {
  const db = openDatabase(file);
  for (let run = 0; run <= earlierRuns; run++) store.startRun(db, '/in', {}, {});
  store.saveDocument(db, document, { grade: '1' }, earlierRuns + 1);
  store.saveFile(db, 'report.txt', document.sha256, earlierRuns + 1);
  db.close();
}

describe('npm run compare-results', () => {
  it('exits 0 for the same results written by different runs, and 1 naming the row when a finding differs', async () => {
    const folder = await temp.make();
    const [a, b, c] = ['a.sqlite', 'b.sqlite', 'c.sqlite'].map((name) => join(folder, name)) as [string, string, string];
    writeDatabase(a, assessedDocument('fair'), 0);
    writeDatabase(b, assessedDocument('fair'), 2);
    writeDatabase(c, assessedDocument('good'), 0);
    const same = await runScript('scripts/bench/compare-results.ts', [a, b]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^same results/);
    const differ = await runScript('scripts/bench/compare-results.ts', [a, c]);
    expect(differ.code, differ.stderr).toBe(1);
    expect(differ.stdout).toContain(`finding: 1 row(s) only in ${a}, 1 only in ${c}`);
    expect(differ.stdout).toMatch(/^ {2}- .*"fair"/m);
    expect(differ.stdout).toMatch(/^ {2}\+ .*"good"/m);
    expect(differ.stdout).not.toMatch(/^(page|sentence|document):/m);
  }, 60_000);

  it('exits 2 when a database is missing', async () => {
    const result = await runScript('scripts/bench/compare-results.ts', ['/nonexistent/a.sqlite', '/nonexistent/b.sqlite']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: no database at \/nonexistent\/a.sqlite \(see --help\)\n$/);
  }, 30_000);
});
