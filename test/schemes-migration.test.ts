/** Migration 0005 on a database written before it: old reasons mapped, results kept, new columns and tables usable. */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../src/db/open.js';
import { tempFolders } from './helpers/cli.js';
import { databaseAtMigration } from './helpers/old-database.js';

const temp = tempFolders('inspection-miner-schemes-migration-');
afterAll(() => temp.removeAll());

/** A database at migration 0004 holding one Best Value report and one report of another regime. */
async function oldDatabase(): Promise<string> {
  const file = join(await temp.make(), 'results.sqlite');
  const db = databaseAtMigration(file, 4);
  db.prepare("INSERT INTO run (id, started_at, input, options, versions) VALUES (1, '2026-01-01T00:00:00Z', 'in', '{}', '{}')").run();
  const document = db.prepare("INSERT INTO document (sha256, type, size, pages, status, reason, stage_versions, run_id) VALUES (?, 'pdf', 10, 3, ?, ?, '{}', 1)");
  document.run('aaa', 'assessed', null);
  document.run('bbb', 'no-judgement', 'not-a-best-value-report');
  db.prepare("INSERT INTO file (path, sha256, run_id) VALUES ('best-value.pdf', 'aaa', 1), ('ofsted.pdf', 'bbb', 1)").run();
  db.prepare(
    `INSERT INTO finding (sha256, field, value, ordinal, confidence, evidence, page_start, page_end, char_start, char_end, sentence, stage, stage_version, run_id)
     VALUES ('aaa', 'grade', 'fair', 1, 0.9, 'a fair, one-star service', 1, 1, 0, 24, 3, 'grade', '4', 1),
            ('aaa', 'council', 'Redwater Borough Council', NULL, 0.8, 'Redwater Borough Council', 1, 1, 0, 24, 0, 'metadata', '3', 1)`,
  ).run();
  db.close();
  return file;
}

describe('migration 0005 (schemes)', () => {
  it('maps not-a-best-value-report to unknown-regime and keeps Best Value results', async () => {
    const db = openDatabase(await oldDatabase());
    try {
      const rows = db.prepare('SELECT file, status, reason, grade, stars, grade_ordinal, scheme, provider, framework, inspected_until FROM report_results ORDER BY file').all();
      expect(rows).toEqual([
        { file: 'best-value.pdf', status: 'assessed', reason: null, grade: 'fair', stars: 1, grade_ordinal: 1, scheme: null, provider: null, framework: null, inspected_until: null },
        { file: 'ofsted.pdf', status: 'no-judgement', reason: 'unknown-regime', grade: null, stars: null, grade_ordinal: null, scheme: null, provider: null, framework: null, inspected_until: null },
      ]);
    } finally {
      db.close();
    }
  });

  it('gives stars only to Best Value and joins sub-judgements to their report', async () => {
    const db = openDatabase(await oldDatabase());
    try {
      db.prepare(
        `INSERT INTO finding (sha256, field, value, ordinal, confidence, evidence, page_start, page_end, char_start, char_end, sentence, stage, stage_version, run_id)
         VALUES ('bbb', 'scheme', 'ofsted-ilacs', NULL, 1, 'Inspection of children''s social care services', 1, 1, 0, 40, 1, 'scheme', '1', 1),
                ('bbb', 'grade', 'good', 2, 0.9, 'Overall effectiveness Good', 1, 1, 0, 26, 9, 'judgements', '1', 1),
                ('bbb', 'provider', 'Salford', NULL, 0.8, 'Salford', 1, 1, 0, 7, 0, 'metadata', '1', 1)`,
      ).run();
      db.prepare(
        `INSERT INTO judgement (sha256, idx, name, key, grade, ordinal, confidence, evidence, page, sentence, run_id)
         VALUES ('bbb', 0, 'The experiences and progress of children in care', 'children-in-care', 'requires-improvement', 1, 0.9, 'The experiences and progress of children in care Requires improvement to be good', 1, 4, 1)`,
      ).run();
      expect(db.prepare("SELECT scheme, grade, stars, grade_ordinal, provider FROM report_results WHERE file = 'ofsted.pdf'").get())
        .toEqual({ scheme: 'ofsted-ilacs', grade: 'good', stars: null, grade_ordinal: 2, provider: 'Salford' });
      expect(db.prepare('SELECT file, scheme, provider, key, grade, ordinal, page FROM judgement_results').all())
        .toEqual([{ file: 'ofsted.pdf', scheme: 'ofsted-ilacs', provider: 'Salford', key: 'children-in-care', grade: 'requires-improvement', ordinal: 1, page: 1 }]);
      // A document's sub-judgements go with it.
      db.prepare("DELETE FROM file WHERE sha256 = 'bbb'").run();
      db.prepare("DELETE FROM document WHERE sha256 = 'bbb'").run();
      expect(db.prepare('SELECT count(*) FROM judgement').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
