/**
 * Read-only queries behind the article's scheme-by-scheme part: per scheme, the overall grades, the
 * sub-judgements (the `judgement` table) and the themes. They read the public views and count distinct
 * documents within the summary's date limit; a database from before the schemes migration has none.
 */
import type { DB } from './open.js';
import { groupQuotes, type Scope } from './queries.js';

/** One document per content with its scheme and overall grade, within the scope. */
const SCHEME_SCOPE = `
WITH doc AS (
  SELECT sha256, min(file) AS file, status, scheme, grade, grade_ordinal, coalesce(provider, council) AS provider,
    coalesce(inspected_on, published_on) AS dated_on
  FROM report_results GROUP BY sha256
), scope AS (
  SELECT * FROM doc WHERE scheme IS NOT NULL AND (@until IS NULL OR dated_on IS NULL OR dated_on <= @until)
)`;

/** Whether the database records schemes (migration 0005) and sub-judgements. */
export function hasSchemes(db: DB): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('report_results')").pluck().all() as string[];
  return columns.includes('scheme') && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'judgement_results'").get() !== undefined;
}

/** Documents of a scheme with one overall grade (null: no overall grade) and its ordinal. */
export interface SchemeGradeRow {
  scheme: string;
  grade: string | null;
  ordinal: number | null;
  documents: number;
}

/** Documents per scheme and overall grade, best grade first. */
export function schemeGrades(db: DB, scope: Scope): SchemeGradeRow[] {
  return db.prepare(`${SCHEME_SCOPE}
    SELECT scheme, grade, grade_ordinal AS ordinal, count(*) AS documents FROM scope
    GROUP BY scheme, grade, grade_ordinal ORDER BY scheme, grade IS NULL, grade_ordinal DESC, grade`).all(scope) as SchemeGradeRow[];
}

/** Documents of a scheme whose sub-judgement `key` has one grade. */
export interface JudgementCountRow {
  scheme: string;
  key: string;
  /** The judgement's name as most often printed. */
  name: string;
  grade: string;
  ordinal: number | null;
  documents: number;
  /** Where the judgement first stands in its reports (orders the judgements as the reports do). */
  position: number;
}

/** Sub-judgement distributions: documents per scheme, judgement and grade. */
export function judgementCounts(db: DB, scope: Scope): JudgementCountRow[] {
  return db.prepare(`${SCHEME_SCOPE}
    , named AS (
      SELECT j.key, j.name, count(*) AS uses, row_number() OVER (PARTITION BY j.key ORDER BY count(*) DESC, j.name) AS rank
      FROM judgement j JOIN scope s USING (sha256) GROUP BY j.key, j.name
    )
    SELECT s.scheme, j.key, (SELECT name FROM named WHERE named.key = j.key AND rank = 1) AS name, j.grade, j.ordinal,
      count(DISTINCT j.sha256) AS documents, min(j.idx) AS position
    FROM judgement j JOIN scope s USING (sha256)
    GROUP BY s.scheme, j.key, j.grade, j.ordinal ORDER BY s.scheme, position, j.key, j.ordinal DESC`).all(scope) as JudgementCountRow[];
}

/** Documents of a scheme raising one theme with one polarity. */
export interface SchemeThemeRow {
  scheme: string;
  theme: string;
  polarity: string;
  documents: number;
}

/** Documents per scheme, theme and polarity, most raised first. */
export function schemeThemes(db: DB, scope: Scope): SchemeThemeRow[] {
  return db.prepare(`${SCHEME_SCOPE}
    SELECT s.scheme, t.theme, t.polarity, count(DISTINCT t.sha256) AS documents
    FROM document_theme t JOIN scope s USING (sha256)
    GROUP BY s.scheme, t.theme, t.polarity ORDER BY s.scheme, t.polarity, documents DESC, t.theme`).all(scope) as SchemeThemeRow[];
}

/** A quote for a theme of a scheme, with where it stands. */
export interface SchemeQuoteRow {
  provider: string | null;
  file: string;
  text: string;
  page_start: number;
}

/**
 * Up to `limit` quotes for every scheme, theme and polarity at once, keyed by scheme and then by
 * `quoteKey(theme, polarity)`, from documents that carry the theme, each from a different document:
 * short sentences (under 250 characters) first, then the best scored. One query for all of them.
 */
export function allSchemeThemeQuotes(db: DB, scope: Scope, limit: number): Map<string, Map<string, SchemeQuoteRow[]>> {
  const rows = db.prepare(`${SCHEME_SCOPE}
    SELECT scheme, theme, polarity, provider, file, text, page_start FROM (
      SELECT *, row_number() OVER (PARTITION BY scheme, theme, polarity ORDER BY short DESC, score DESC, length(text), file) AS place FROM (
        SELECT s.scheme, m.theme, m.polarity, s.provider, s.file, m.text, m.page_start, m.score, length(m.text) < 250 AS short,
          row_number() OVER (PARTITION BY s.scheme, m.theme, m.polarity, m.sha256 ORDER BY length(m.text) < 250 DESC, m.score DESC, m.sentence) AS rank
        FROM theme_mention m JOIN scope s USING (sha256)
        JOIN document_theme t ON t.sha256 = m.sha256 AND t.theme = m.theme AND t.polarity = m.polarity
      ) WHERE rank = 1
    ) WHERE place <= @limit ORDER BY scheme, theme, polarity, place`).all({ ...scope, limit }) as Array<SchemeQuoteRow & { scheme: string; theme: string; polarity: string }>;
  const byScheme = new Map<string, Map<string, SchemeQuoteRow[]>>();
  for (const scheme of new Set(rows.map((row) => row.scheme))) {
    byScheme.set(scheme, groupQuotes(rows.filter((row) => row.scheme === scheme), ({ provider, file, text, page_start }) => ({ provider, file, text, page_start })));
  }
  return byScheme;
}
