/**
 * Metadata for Datasette (https://datasette.io), written beside the database: a title, and for each
 * table and view its description and column notes, read from the comments of schema.sql, so the
 * notes a reader sees are those the schema is documented with.
 */
import { basename, dirname, extname, join } from 'node:path';
import { openDatabase, schemaSql } from './open.js';

/** Notes for columns that schema.sql leaves bare (their name says most), by column name. */
const COMMON: Record<string, string> = {
  id: 'row id', sha256: 'hex sha256 of the document\'s bytes (document.sha256)', run_id: 'the run that last wrote the row (run.id)',
  file: 'path of the input file, relative to --input', path: 'path of the input file, relative to --input',
  status: 'assessed, no-judgement, unreadable, needs-ocr or unsupported', reason: 'why, when the status is not assessed',
  pages: 'pages in the document', page: 'page number, from 1', page_start: 'page where the text starts', page_end: 'page where the text ends',
  char_start: 'offset in page_start\'s extracted text', char_end: 'offset in page_end\'s extracted text', text: 'the text',
  kind: 'sentence, heading, row (table row, cells joined by " | ") or item (list item)', polarity: 'weakness (an area for improvement) or strength',
  theme: 'codebook theme id (the theme table has its label and definition)', documents: 'number of documents', name: 'name as printed',
  codebook: 'codebook id (codebook.id)', idx: 'order in the document, from 0', key: 'normalised judgement name, stable across a scheme\'s wordings',
  grade: 'the scheme\'s normalised grade label', ordinal: '0 = worst within the scheme', confidence: 'confidence in [0, 1]', evidence: 'the text quoted as evidence',
  council: 'council named by the report', service: 'service inspected', inspected_on: 'first inspection day (YYYY-MM-DD or YYYY-MM)',
  published_on: 'publication date', inspectorate: 'the inspectorate named by the report', era: 'prospect vocabulary: A (will improve…) or B (… prospects)',
  grade_confidence: 'confidence in the grade, in [0, 1]', grade_evidence: 'the sentence or table row that states the grade', grade_page: 'its page',
  prospect: 'the report\'s prospect word (will-not…will, poor…excellent)', prospect_ordinal: 'the prospect on one 0-3 scale',
  prospect_confidence: 'confidence in the prospect, in [0, 1]', prospect_evidence: 'the sentence that states the prospect', prospect_page: 'its page',
  strength_themes: 'themes the document praises as strengths: comma-separated ids', strength_themes_json: 'the same, as a JSON array',
  recency: '1 = the latest report of its provider and service', reports: 'reports of this provider and service', scheme: 'the scheme the document was read with',
  provider: 'the local authority, partnership or school inspected, as printed',
};

/** Every column of every table and view, from an empty database built by the migrations. */
function columnsOf(names: readonly string[]): Record<string, string[]> {
  const db = openDatabase(':memory:');
  try {
    return Object.fromEntries(names.map((name) => [name, (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>).map((c) => c.name)]));
  } finally {
    db.close();
  }
}

/** Datasette's metadata for one table or view. */
interface TableMetadata {
  description: string;
  columns: Record<string, string>;
  facets?: Array<string | { array: string }>;
  fts_table?: string;
  fts_pk?: string;
  sort_desc?: string;
}

const COLUMN = /^\s+(\w+)\s+(?:TEXT|INTEGER|REAL)\b.*?--\s*(.+)$/;
const VIEW_COLUMN = /\bAS\s+(\w+),?\s*$/;

/** Tables and views of schema.sql with the comment above each and the notes of their columns. */
export function schemaNotes(sql = schemaSql()): Record<string, TableMetadata> {
  const notes: Record<string, TableMetadata> = {};
  let comment: string[] = [];
  let current: TableMetadata | undefined;
  let pending: string[] = [];
  for (const line of sql.split('\n')) {
    const create = /^CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (\w+)/.exec(line);
    if (create) {
      current = { description: comment.join(' '), columns: {} };
      notes[create[1]!] = current;
      comment = [];
      pending = [];
      if (line.trimEnd().endsWith(';')) current = undefined;
      continue;
    }
    if (!current) {
      comment = line.startsWith('--') ? [...comment, line.replace(/^--\s?/, '')] : [];
      continue;
    }
    const inline = COLUMN.exec(line);
    const viewColumn = VIEW_COLUMN.exec(line.replace(/--.*$/, ''));
    if (inline) current.columns[inline[1]!] = inline[2]!.trim();
    else if (/^\s+--/.test(line)) pending.push(line.replace(/^\s+--\s?/, '').trim());
    else if (viewColumn && pending.length > 0) current.columns[viewColumn[1]!] = pending.join(' ');
    if (!/^\s+--/.test(line)) pending = [];
    if (/^\);|;\s*$/.test(line)) current = undefined;
  }
  return notes;
}

/** The metadata file of a database: metadata.json in its folder. */
export function datasetteMetadataPath(database: string): string {
  return join(dirname(database), 'metadata.json');
}

/** Datasette's metadata for a results database (its name is the file name without extension). */
export function datasetteMetadata(database: string): object {
  const tables = schemaNotes();
  const columns = columnsOf(Object.keys(tables));
  // A bare column takes the note its name has in another table (a view's from its table), else the common one.
  const noted = Object.assign({}, COMMON, ...Object.values(tables).map((table) => table.columns)) as Record<string, string>;
  for (const [name, table] of Object.entries(tables)) {
    table.columns = Object.fromEntries((columns[name] ?? []).map((column) => [column, table.columns[column] ?? noted[column] ?? '']));
  }
  const facets: Record<string, TableMetadata['facets']> = {
    report_results: ['scheme', 'status', 'grade', { array: 'weakness_themes_json' }],
    document_theme: ['theme', 'polarity'],
    judgement_results: ['scheme', 'key', 'grade'],
  };
  for (const [name, list] of Object.entries(facets)) if (tables[name]) tables[name].facets = list;
  if (tables['sentence']) Object.assign(tables['sentence'], { fts_table: 'sentence_fts', fts_pk: 'id' });
  if (tables['emerging_theme']) tables['emerging_theme'].sort_desc = 'score';
  return {
    title: 'inspection-miner results',
    description: 'Grades, improvement prospects and themes read from inspection reports, each with the sentence and page that state it. Start with report_results: one row per input file.',
    databases: { [basename(database, extname(database))]: { tables } },
  };
}
