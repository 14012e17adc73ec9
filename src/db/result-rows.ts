/**
 * Every stored result of a database as comparable rows, without what differs between runs of the
 * same code (run ids, row ids, stage versions): two databases made from the same inputs by code that
 * behaves the same give the same rows.
 */
import type { DB } from './open.js';

/** For each table, the columns whose values are results (not run bookkeeping). */
const RESULT_COLUMNS: Record<string, string> = {
  document: 'sha256, type, size, pages, status, reason',
  file: 'path, sha256',
  page: 'sha256, number, text',
  message: 'sha256, stage, severity, rule, text, page',
  section: 'sha256, idx, heading, level, path, page',
  sentence: 'sha256, idx, kind, section, text, page_start, page_end, char_start, char_end',
  sentence_fts: 'sha256, idx, text',
  finding: 'sha256, field, value, ordinal, confidence, evidence, page_start, page_end, char_start, char_end, sentence, stage',
  judgement: 'sha256, idx, name, key, grade, ordinal, confidence, evidence, page, sentence',
  theme_mention: 'sha256, theme, polarity, score, sentence, page_start, page_end, char_start, char_end, text',
  document_theme: 'sha256, theme, polarity, mentions, score',
  emerging_theme: 'phrase, documents, sentences, score, examples',
};

/** The result tables compared, in a fixed order. */
export const RESULT_TABLES = Object.keys(RESULT_COLUMNS);

/** A table's result rows, each as a JSON array string, sorted (so row order and row ids do not matter). */
export function resultRows(db: DB, table: string): string[] {
  const columns = RESULT_COLUMNS[table];
  if (columns === undefined) throw new Error(`unknown result table "${table}"`);
  const rows = db.prepare(`SELECT ${columns} FROM ${table}`).raw().all() as unknown[][];
  return rows.map((row) => JSON.stringify(row)).sort();
}
