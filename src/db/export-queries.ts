/** The rows the spreadsheet export reads: reports, latest report per provider, sub-judgements, theme mentions. */
import type { DB } from './open.js';

/** A table as the export writes it: column names and rows of plain values. */
export interface Table {
  name: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

type Row = Record<string, string | number | null>;

function table(name: string, rows: Row[], columns?: string[]): Table {
  const names = columns ?? Object.keys(rows[0] ?? {});
  return { name, columns: names, rows: rows.map((row) => names.map((column) => row[column] ?? null)) };
}

function columnsOf(db: DB, relation: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(relation) as Array<{ name: string }>).map((c) => c.name);
}

/** Every row of report_results (one per input file), ordered by file. */
export function reportRows(db: DB): Table {
  return table('reports', db.prepare('SELECT * FROM report_results ORDER BY file').all() as Row[], columnsOf(db, 'report_results'));
}

/** The latest report of each provider and service (the latest_report view). */
export function latestReportRows(db: DB): Table {
  const rows = db.prepare("SELECT * FROM latest_report ORDER BY provider, COALESCE(service, '')").all() as Row[];
  return table('latest by provider', rows, columnsOf(db, 'latest_report'));
}

/** Every sub-judgement (the judgement_results view), by file and order in the report. */
export function judgementRows(db: DB): Table {
  return table('judgements', db.prepare('SELECT * FROM judgement_results ORDER BY file, idx').all() as Row[], columnsOf(db, 'judgement_results'));
}

/** Every theme mention with its evidence, one row per document (its first file) and mention. */
export function mentionRows(db: DB): Table {
  const rows = db.prepare(`
    SELECT (SELECT MIN(f.path) FROM file f WHERE f.sha256 = m.sha256) AS file, m.sha256, m.theme, m.polarity,
           m.score, m.page_start AS page, m.page_end, m.sentence, m.text AS evidence
    FROM theme_mention m
    ORDER BY file, m.sentence, m.theme`).all() as Row[];
  return table('theme mentions', rows, ['file', 'sha256', 'theme', 'polarity', 'score', 'page', 'page_end', 'sentence', 'evidence']);
}

/** The themes each document carries: sha256 -> 'weakness:<id>' / 'strength:<id>' keys. */
export function documentThemeKeys(db: DB): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const row of db.prepare('SELECT sha256, theme, polarity FROM document_theme').all() as Array<{ sha256: string; theme: string; polarity: string }>) {
    const set = keys.get(row.sha256) ?? new Set<string>();
    set.add(`${row.polarity}:${row.theme}`);
    keys.set(row.sha256, set);
  }
  return keys;
}
