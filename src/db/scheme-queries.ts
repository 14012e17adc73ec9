/** Read-only queries over the scheme columns of report_results and the judgement table (evaluation and reports). */
import type { DB } from './open.js';

/** One file's scheme reading. */
export interface SchemeResultRow {
  file: string;
  sha256: string;
  status: string;
  reason: string | null;
  scheme: string | null;
  grade: string | null;
  grade_ordinal: number | null;
  grade_evidence: string | null;
  grade_page: number | null;
  provider: string | null;
  framework: string | null;
  inspected_on: string | null;
  inspected_until: string | null;
  published_on: string | null;
}

/** One stored sub-judgement. */
export interface JudgementRow {
  sha256: string;
  idx: number;
  name: string;
  key: string;
  grade: string;
  ordinal: number | null;
  evidence: string;
  page: number;
}

/** Every file's scheme reading, by path. */
export function schemeResults(db: DB): Map<string, SchemeResultRow> {
  const rows = db.prepare(
    `SELECT file, sha256, status, reason, scheme, grade, grade_ordinal, grade_evidence, grade_page, provider, framework,
       inspected_on, inspected_until, published_on FROM report_results`,
  ).all() as SchemeResultRow[];
  return new Map(rows.map((row) => [row.file, row]));
}

/** A document's sub-judgements in document order. */
export function judgementsOf(db: DB, sha256: string): JudgementRow[] {
  return db.prepare('SELECT sha256, idx, name, key, grade, ordinal, evidence, page FROM judgement WHERE sha256 = ? ORDER BY idx').all(sha256) as JudgementRow[];
}
