/** The article's numbers: query rows (src/db/queries.ts) turned into one plain Figures object. */
import type { DB } from '../db/open.js';
import * as queries from '../db/queries.js';
import { readSchemeFigures, type SchemeFigures } from './scheme-figures.js';

/** The four grades in star order (0-3). */
export const GRADES = ['poor', 'fair', 'good', 'excellent'] as const;
export type Grade = (typeof GRADES)[number];

/** The prospect ordinals 0-3 with the words of both eras. */
export const PROSPECTS = [
  { ordinal: 0, label: 'will not improve / poor prospects' },
  { ordinal: 1, label: 'unlikely to improve / uncertain prospects' },
  { ordinal: 2, label: 'will probably improve / promising prospects' },
  { ordinal: 3, label: 'will improve / excellent prospects' },
] as const;

/** The theme polarities the tagger writes. */
export const POLARITIES = ['weakness', 'strength'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Quotes printed per theme. */
const QUOTES_PER_THEME = 2;

/** A count and the count it is a share of. */
export interface Share {
  count: number;
  of: number;
}

/** One theme with how many assessments raise it and a few quotes. */
export interface ThemeFigure {
  theme: string;
  documents: number;
  quotes: queries.QuoteRow[];
}

/** Theme figures; null in Figures when the database has no theme tables yet. */
export interface ThemeFigures {
  weaknesses: ThemeFigure[];
  strengths: ThemeFigure[];
  /** Assessed documents per theme, polarity and grade. */
  byGrade: queries.ThemeGradeRow[];
}

/** Grades over time: the earlier and the later half of the dated assessments, when their dates do not overlap. */
export interface Trend {
  earlier: { documents: number; meanStars: number; until: string };
  later: { documents: number; meanStars: number; until: string };
}

/** Everything the article says, as numbers. */
export interface Figures {
  /** Distinct documents (contents) in scope, and the file paths that hold them. */
  documents: number;
  files: number;
  /** Documents with status `assessed`. */
  assessed: number;
  /** Assessments by grade, and how many had a grade at all. */
  grades: Record<Grade, number>;
  graded: number;
  poorOrFair: Share;
  goodOrBetter: Share;
  excellent: Share;
  /** Assessments by prospect ordinal 0-3, and how many had a prospect at all. */
  prospects: [number, number, number, number];
  withProspect: number;
  /** Prospect ordinal 2 or 3, of the assessments with a prospect. */
  improve: Share;
  /** matrix[stars][prospect ordinal] = assessments. */
  matrix: number[][];
  firstDate: string | null;
  lastDate: string | null;
  /** Assessments with no inspection or publication date. */
  undated: number;
  until: string | null;
  trend: Trend | null;
  /** Readable documents with no judgement, by reason. */
  noJudgement: Array<{ reason: string; documents: number }>;
  /** Unreadable, needs-ocr, unsupported (and any other status), by status and reason, with files. */
  failed: Array<{ status: string; reason: string; documents: number; files: string[] }>;
  run: { id: number; startedAt: string; input: string; versions: Record<string, string> } | null;
  themes: ThemeFigures | null;
  documentRows: queries.DocumentRow[];
  /** Grade and prospect readings whose confidence is below LOW_CONFIDENCE (kept in the figures, marked in the table). */
  lowConfidence: number;
  /** Per scheme recorded in the database (none before the schemes migration): grades, sub-judgements, themes. */
  schemes: SchemeFigures[];
}

/** Confidence below which a reading is counted and marked as uncertain. */
export const LOW_CONFIDENCE = 0.7;

/** Whether a reading (a value with its confidence) is below LOW_CONFIDENCE. */
export function isLowConfidence(value: string | null, confidence: number | null): boolean {
  return value !== null && confidence !== null && confidence < LOW_CONFIDENCE;
}

function lowConfidenceReadings(rows: readonly queries.DocumentRow[]): number {
  return rows.filter((row) => row.status === 'assessed')
    .reduce((n, row) => n + Number(isLowConfidence(row.grade, row.grade_confidence)) + Number(isLowConfidence(row.prospect, row.prospect_confidence)), 0);
}

/** Options of a summary. */
export interface FigureOptions {
  /** Leave out documents dated after this YYYY-MM-DD; null for all. */
  until: string | null;
}

/** The figures of an empty database. */
export function emptyFigures(until: string | null): Figures {
  const none = (): Share => ({ count: 0, of: 0 });
  return {
    documents: 0, files: 0, assessed: 0,
    grades: { poor: 0, fair: 0, good: 0, excellent: 0 }, graded: 0,
    poorOrFair: none(), goodOrBetter: none(), excellent: none(),
    prospects: [0, 0, 0, 0], withProspect: 0, improve: none(),
    matrix: GRADES.map(() => [0, 0, 0, 0]),
    firstDate: null, lastDate: null, undated: 0, until, trend: null,
    noJudgement: [], failed: [], run: null, themes: null, documentRows: [], lowConfidence: 0, schemes: [],
  };
}

function parseVersions(json: string): Record<string, string> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : {};
  } catch {
    return {};
  }
}

function trendOf(rows: queries.HalfRow[]): Trend | null {
  const [earlier, later] = rows;
  // Halves that share a date were split by file name, not by time: no trend to speak of.
  if (!earlier || !later || earlier.until_date >= later.from_date) return null;
  const half = (row: queries.HalfRow) => ({ documents: row.documents, meanStars: row.mean_stars, until: row.until_date });
  return { earlier: half(earlier), later: half(later) };
}

function themeFigures(db: DB, scope: queries.Scope, support: queries.ThemeSupport): ThemeFigures | null {
  if (!support.documentTheme) return null;
  const quotes = support.themeMention ? queries.allThemeQuotes(db, scope, QUOTES_PER_THEME) : new Map<string, queries.QuoteRow[]>();
  const withQuotes = (polarity: Polarity): ThemeFigure[] => queries.themeCounts(db, scope, polarity).map((row) => ({
    theme: row.theme,
    documents: row.documents,
    quotes: quotes.get(queries.quoteKey(row.theme, polarity)) ?? [],
  }));
  return { weaknesses: withQuotes('weakness'), strengths: withQuotes('strength'), byGrade: queries.themeByGrade(db, scope) };
}

/** Reads every figure of the article from an open results database. */
export function readFigures(db: DB, options: FigureOptions): Figures {
  if (!queries.hasResults(db)) return emptyFigures(options.until);
  const scope: queries.Scope = { until: options.until };
  const key = queries.keyCounts(db, scope);
  const figures = emptyFigures(options.until);
  for (const cell of queries.gradeProspectMatrix(db, scope)) {
    const grade = cell.stars === null ? undefined : GRADES[cell.stars];
    if (grade) figures.grades[grade] += cell.documents;
    if (cell.prospect_ordinal !== null && cell.prospect_ordinal in figures.prospects) figures.prospects[cell.prospect_ordinal as 0] += cell.documents;
    const row = cell.stars === null ? undefined : figures.matrix[cell.stars];
    if (row && cell.prospect_ordinal !== null && cell.prospect_ordinal in row) row[cell.prospect_ordinal] = cell.documents;
  }
  const statuses = queries.statusCounts(db, scope);
  const run = queries.latestRun(db);
  const support = queries.themeSupport(db);
  const rows = queries.documentRows(db, scope, support);
  return {
    ...figures,
    documents: key.documents, files: key.files, assessed: key.assessed, graded: key.graded,
    poorOrFair: { count: key.poor_or_fair, of: key.graded },
    goodOrBetter: { count: key.good_or_better, of: key.graded },
    excellent: { count: key.excellent, of: key.graded },
    withProspect: key.with_prospect,
    improve: { count: key.improve, of: key.with_prospect },
    firstDate: key.first_date, lastDate: key.last_date, undated: key.undated,
    trend: trendOf(queries.gradeHalves(db, scope)),
    noJudgement: statuses.filter((row) => row.status === 'no-judgement').map((row) => ({ reason: row.reason ?? 'none given', documents: row.documents })),
    failed: statuses.filter((row) => !['assessed', 'no-judgement'].includes(row.status))
      .map((row) => ({ status: row.status, reason: row.reason ?? 'none given', documents: row.documents, files: row.files.split('\n') })),
    run: run ? { id: run.id, startedAt: run.started_at, input: run.input, versions: parseVersions(run.versions) } : null,
    themes: themeFigures(db, scope, support),
    documentRows: rows,
    lowConfidence: lowConfidenceReadings(rows),
    schemes: readSchemeFigures(db, scope),
  };
}
