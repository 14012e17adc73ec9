/**
 * The export's tables from a results database: reports with one 0/1 column per theme and polarity,
 * the latest report per provider, sub-judgements, theme mentions with evidence, and the themes' labels.
 */
import type { DB } from '../db/open.js';
import { documentThemeKeys, judgementRows, latestReportRows, mentionRows, reportRows, type Table } from '../db/export-queries.js';
import { builtinCodebooks, schemesOf } from '../scheme/codebooks.js';

export type { Table } from '../db/export-queries.js';

const POLARITIES = ['weakness', 'strength'] as const;
/** Statuses whose documents were coded for themes (a 0 means "read, theme not raised"). */
const CODED = new Set(['assessed', 'no-judgement']);

/** Theme ids in codebook order (built-in codebooks first), then any others the database holds. */
function themeIds(stored: Map<string, Set<string>>): string[] {
  const ids = builtinCodebooks.flatMap((codebook) => codebook.themes.map((theme) => theme.id));
  for (const keys of stored.values()) for (const key of keys) ids.push(key.slice(key.indexOf(':') + 1));
  return [...new Set(ids)];
}

/** Adds the 0/1 columns `weakness:<id>` and `strength:<id>` to a table with sha256 and status columns. */
function withThemeColumns(base: Table, stored: Map<string, Set<string>>): Table {
  const ids = themeIds(stored);
  const keys = POLARITIES.flatMap((polarity) => ids.map((id) => `${polarity}:${id}`));
  const sha = base.columns.indexOf('sha256');
  const status = base.columns.indexOf('status');
  const rows = base.rows.map((row) => {
    const coded = CODED.has(String(row[status]));
    const has = stored.get(String(row[sha])) ?? new Set<string>();
    return [...row, ...keys.map((key) => (coded ? (has.has(key) ? 1 : 0) : null))];
  });
  return { name: base.name, columns: [...base.columns, ...keys], rows };
}

/** The built-in codebooks' themes: id, label, definition and the schemes each codes. */
function themeTable(): Table {
  const rows = builtinCodebooks.flatMap((codebook) => codebook.themes.map((theme) => [theme.id, theme.label, theme.definition, codebook.id, schemesOf(codebook).join(',')]));
  return { name: 'themes', columns: ['theme', 'label', 'definition', 'codebook', 'schemes'], rows };
}

/** Every table of the export, in the order they are written. */
export function exportTables(db: DB): Table[] {
  const stored = documentThemeKeys(db);
  return [
    withThemeColumns(reportRows(db), stored),
    withThemeColumns(latestReportRows(db), stored),
    judgementRows(db),
    mentionRows(db),
    themeTable(),
  ];
}
