/**
 * Read-only queries behind the summary article. Every number the article prints comes from here.
 * All of them read the public views (`report_results`, and the theme tables when they exist),
 * counting distinct documents (several file paths may share one content) within an optional date limit.
 */
import type { DB } from './open.js';

/** The date limit of a summary: documents dated after `until` are left out; undated ones are kept. */
export interface Scope {
  until: string | null;
}

/** One document per content, its date the inspection date or else the publication date, within the scope. */
const SCOPE = `
WITH doc AS (
  SELECT sha256, min(file) AS file, status, reason, council, service,
    coalesce(inspected_on, published_on) AS dated_on, grade, stars, grade_evidence, grade_page, grade_confidence,
    prospect, prospect_ordinal, prospect_evidence, prospect_page, prospect_confidence
  FROM report_results GROUP BY sha256
), scope AS (
  SELECT * FROM doc WHERE @until IS NULL OR dated_on IS NULL OR dated_on <= @until
)`;

/** Which of the optional theme objects the database has (they arrive with a later migration). */
export interface ThemeSupport {
  documentTheme: boolean;
  themeMention: boolean;
  resultColumns: boolean;
}

/** Checks the schema for the theme tables and the `report_results` theme columns. */
export function themeSupport(db: DB): ThemeSupport {
  const has = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')").get(name) !== undefined;
  const columns = has('report_results')
    ? (db.prepare("SELECT name FROM pragma_table_info('report_results')").all() as Array<{ name: string }>).map((row) => row.name)
    : [];
  return {
    documentTheme: has('document_theme'),
    themeMention: has('theme_mention'),
    resultColumns: columns.includes('weakness_themes') && columns.includes('strength_themes'),
  };
}

/** True when the database has the `report_results` view at all (an empty file has not). */
export function hasResults(db: DB): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'report_results'").get() !== undefined;
}

/** The headline counts. */
export interface KeyCountsRow {
  documents: number;
  files: number;
  assessed: number;
  graded: number;
  poor_or_fair: number;
  good_or_better: number;
  excellent: number;
  with_prospect: number;
  improve: number;
  first_date: string | null;
  last_date: string | null;
  undated: number;
}

/** Documents, assessments and the counts behind each headline percentage. */
export function keyCounts(db: DB, scope: Scope): KeyCountsRow {
  return db.prepare(`${SCOPE}
    SELECT
      count(*) AS documents,
      (SELECT count(*) FROM report_results r JOIN scope s USING (sha256)) AS files,
      count(*) FILTER (WHERE status = 'assessed') AS assessed,
      count(*) FILTER (WHERE status = 'assessed' AND grade IS NOT NULL) AS graded,
      count(*) FILTER (WHERE status = 'assessed' AND grade IN ('poor', 'fair')) AS poor_or_fair,
      count(*) FILTER (WHERE status = 'assessed' AND grade IN ('good', 'excellent')) AS good_or_better,
      count(*) FILTER (WHERE status = 'assessed' AND grade = 'excellent') AS excellent,
      count(*) FILTER (WHERE status = 'assessed' AND prospect_ordinal IS NOT NULL) AS with_prospect,
      count(*) FILTER (WHERE status = 'assessed' AND prospect_ordinal >= 2) AS improve,
      min(dated_on) FILTER (WHERE status = 'assessed') AS first_date,
      max(dated_on) FILTER (WHERE status = 'assessed') AS last_date,
      count(*) FILTER (WHERE status = 'assessed' AND dated_on IS NULL) AS undated
    FROM scope`).get(scope) as KeyCountsRow;
}

/** One cell of the grade × prospect matrix (either side null when that judgement is missing). */
export interface MatrixRow {
  stars: number | null;
  prospect_ordinal: number | null;
  documents: number;
}

/** Assessments by grade and prospect. */
export function gradeProspectMatrix(db: DB, scope: Scope): MatrixRow[] {
  return db.prepare(`${SCOPE}
    SELECT stars, prospect_ordinal, count(*) AS documents FROM scope
    WHERE status = 'assessed' GROUP BY stars, prospect_ordinal ORDER BY stars, prospect_ordinal`).all(scope) as MatrixRow[];
}

/** Mean stars of the earlier and later half of the dated, graded assessments (half 1 and 2). */
export interface HalfRow {
  half: number;
  documents: number;
  mean_stars: number;
  from_date: string;
  until_date: string;
}

/** Grades over time: the dated assessments split in two halves by date. */
export function gradeHalves(db: DB, scope: Scope): HalfRow[] {
  return db.prepare(`${SCOPE}
    SELECT half, count(*) AS documents, avg(stars) AS mean_stars, min(dated_on) AS from_date, max(dated_on) AS until_date FROM (
      SELECT stars, dated_on, ntile(2) OVER (ORDER BY dated_on, file) AS half FROM scope
      WHERE status = 'assessed' AND stars IS NOT NULL AND dated_on IS NOT NULL
    ) GROUP BY half ORDER BY half`).all(scope) as HalfRow[];
}

/** Documents by status and reason, with their file names. */
export interface StatusRow {
  status: string;
  reason: string | null;
  documents: number;
  files: string;
}

/** Every status and reason, most frequent first. */
export function statusCounts(db: DB, scope: Scope): StatusRow[] {
  return db.prepare(`${SCOPE}
    SELECT status, reason, count(*) AS documents, group_concat(file, char(10)) AS files FROM scope
    GROUP BY status, reason ORDER BY documents DESC, status, reason`).all(scope) as StatusRow[];
}

/** The latest run: when, over what, with which stage (and codebook) versions. */
export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  input: string;
  versions: string;
}

/** The most recent run, if any. */
export function latestRun(db: DB): RunRow | undefined {
  return db.prepare('SELECT id, started_at, finished_at, input, versions FROM run ORDER BY id DESC LIMIT 1').get() as RunRow | undefined;
}

/** One document of the table at the end of the HTML article. */
export interface DocumentRow {
  sha256: string;
  file: string;
  status: string;
  reason: string | null;
  council: string | null;
  service: string | null;
  dated_on: string | null;
  grade: string | null;
  grade_evidence: string | null;
  grade_page: number | null;
  grade_confidence: number | null;
  prospect: string | null;
  prospect_ordinal: number | null;
  prospect_evidence: string | null;
  prospect_page: number | null;
  prospect_confidence: number | null;
  weakness_themes: string | null;
  strength_themes: string | null;
}

/** All documents in date order; theme columns are null when the database has none. */
export function documentRows(db: DB, scope: Scope, support: ThemeSupport): DocumentRow[] {
  const themes = support.resultColumns
    ? `(SELECT max(weakness_themes) FROM report_results r WHERE r.sha256 = scope.sha256) AS weakness_themes,
       (SELECT max(strength_themes) FROM report_results r WHERE r.sha256 = scope.sha256) AS strength_themes`
    : 'NULL AS weakness_themes, NULL AS strength_themes';
  return db.prepare(`${SCOPE}
    SELECT sha256, file, status, reason, council, service, dated_on, grade, grade_evidence, grade_page, grade_confidence,
      prospect, prospect_ordinal, prospect_evidence, prospect_page, prospect_confidence, ${themes}
    FROM scope ORDER BY dated_on IS NULL, dated_on, file`).all(scope) as DocumentRow[];
}

/** How many assessed documents raise (or praise) a theme. */
export interface ThemeCountRow {
  theme: string;
  documents: number;
}

/** Themes of one polarity ('weakness' | 'strength') over the assessments, most frequent first. */
export function themeCounts(db: DB, scope: Scope, polarity: string): ThemeCountRow[] {
  return db.prepare(`${SCOPE}
    SELECT t.theme, count(DISTINCT t.sha256) AS documents FROM document_theme t JOIN scope s USING (sha256)
    WHERE s.status = 'assessed' AND t.polarity = @polarity
    GROUP BY t.theme ORDER BY documents DESC, t.theme`).all({ ...scope, polarity }) as ThemeCountRow[];
}

/** A quote for a theme: the highest-scoring mention in each document, best documents first. */
export interface QuoteRow {
  council: string | null;
  file: string;
  text: string;
  page_start: number;
}

/**
 * Up to `limit` quotes for every theme and polarity at once, keyed by `quoteKey(theme, polarity)`,
 * each from a different assessed document and with a different text: per document its best mention,
 * preferring prose sentences to table rows and quotes short enough to read (under 250 characters) to
 * long runs of text. One query, so the scope is evaluated once rather than once per theme.
 */
export function allThemeQuotes(db: DB, scope: Scope, limit: number): Map<string, QuoteRow[]> {
  const rows = db.prepare(`${SCOPE}
    SELECT theme, polarity, council, file, text, page_start FROM (
      SELECT *, row_number() OVER (PARTITION BY theme, polarity ORDER BY prose DESC, score DESC, length(text), file) AS place FROM (
        SELECT *, row_number() OVER (PARTITION BY theme, polarity, text ORDER BY score DESC, file) AS copy FROM (
          SELECT m.theme, m.polarity, s.council, s.file, m.text, m.page_start, m.score, coalesce(u.kind, 'sentence') = 'sentence' AND length(m.text) < 250 AS prose,
            row_number() OVER (PARTITION BY m.theme, m.polarity, m.sha256 ORDER BY coalesce(u.kind, 'sentence') <> 'sentence' OR length(m.text) >= 250, m.score DESC, length(m.text)) AS rank
          FROM theme_mention m JOIN scope s USING (sha256)
          LEFT JOIN sentence u ON u.sha256 = m.sha256 AND u.idx = m.sentence
          WHERE s.status = 'assessed'
        ) WHERE rank = 1
      ) WHERE copy = 1
    ) WHERE place <= @limit ORDER BY theme, polarity, place`).all({ ...scope, limit }) as Array<QuoteRow & { theme: string; polarity: string }>;
  return groupQuotes(rows, ({ council, file, text, page_start }) => ({ council, file, text, page_start }));
}

/** The key of a theme and polarity in the maps of quotes. */
export function quoteKey(theme: string, polarity: string): string {
  return `${theme}\u0000${polarity}`;
}

/** Rows carrying their theme and polarity, grouped by `quoteKey` in their order, each reduced by `pick`. */
export function groupQuotes<Row extends { theme: string; polarity: string }, Quote>(rows: Row[], pick: (row: Row) => Quote): Map<string, Quote[]> {
  const grouped = new Map<string, Quote[]>();
  for (const row of rows) {
    const key = quoteKey(row.theme, row.polarity);
    const list = grouped.get(key) ?? [];
    list.push(pick(row));
    grouped.set(key, list);
  }
  return grouped;
}

/** Theme × grade: assessed documents per theme, polarity and grade. */
export interface ThemeGradeRow {
  theme: string;
  polarity: string;
  grade: string;
  documents: number;
}

/** The theme × grade counts within the scope (the `theme_by_grade` view has no date limit). */
export function themeByGrade(db: DB, scope: Scope): ThemeGradeRow[] {
  return db.prepare(`${SCOPE}
    SELECT t.theme, t.polarity, s.grade, count(DISTINCT t.sha256) AS documents
    FROM document_theme t JOIN scope s USING (sha256)
    WHERE s.status = 'assessed' AND s.grade IS NOT NULL
    GROUP BY t.theme, t.polarity, s.grade ORDER BY t.theme, t.polarity, s.grade`).all(scope) as ThemeGradeRow[];
}

/** One input file's outcome. */
export interface FileOutcomeRow {
  file: string;
  status: string;
  reason: string | null;
}

/** Every input file with its status and reason, by file name (one row per file of the public view). */
export function fileOutcomes(db: DB): FileOutcomeRow[] {
  return db.prepare('SELECT file, status, reason FROM report_results ORDER BY file').all() as FileOutcomeRow[];
}
