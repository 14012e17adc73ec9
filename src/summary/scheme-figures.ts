/** The article's numbers for each scheme other than the default: overall grades, sub-judgements and themes. */
import type { DB } from '../db/open.js';
import { quoteKey, type Scope } from '../db/queries.js';
import * as queries from '../db/scheme-article-queries.js';
import { codebooksByScheme } from '../scheme/codebooks.js';

/** Quotes printed per theme of a scheme. */
const QUOTES_PER_THEME = 1;

/** How many documents hold one grade (label and ordinal, 0 = worst). */
export interface GradeCount {
  grade: string;
  ordinal: number | null;
  documents: number;
}

/** One sub-judgement's distribution over its grades. */
export interface JudgementFigure {
  key: string;
  name: string;
  grades: GradeCount[];
}

/** A theme of a scheme: how many reports raise it, and a quote. */
export interface SchemeTheme {
  theme: string;
  documents: number;
  quotes: queries.SchemeQuoteRow[];
}

/** Everything the article says about one scheme. */
export interface SchemeFigures {
  scheme: string;
  documents: number;
  /** Documents by overall grade, best first. */
  grades: GradeCount[];
  /** Documents without an overall grade (focused visits, ILACS from April 2026, unread). */
  ungraded: number;
  judgements: JudgementFigure[];
  /** The codebook that codes the scheme's reports; null when none does (then no themes). */
  codebook: string | null;
  weaknesses: SchemeTheme[];
  strengths: SchemeTheme[];
}

function judgementsOf(rows: queries.JudgementCountRow[]): JudgementFigure[] {
  const byKey = new Map<string, JudgementFigure>();
  for (const row of rows) {
    const figure = byKey.get(row.key) ?? byKey.set(row.key, { key: row.key, name: row.name, grades: [] }).get(row.key)!;
    figure.grades.push({ grade: row.grade, ordinal: row.ordinal, documents: row.documents });
  }
  return [...byKey.values()];
}

function themesOf(quotes: ReadonlyMap<string, queries.SchemeQuoteRow[]> | undefined, rows: queries.SchemeThemeRow[], polarity: string): SchemeTheme[] {
  return rows.filter((row) => row.polarity === polarity).map((row) => ({
    theme: row.theme,
    documents: row.documents,
    quotes: quotes?.get(quoteKey(row.theme, polarity)) ?? [],
  }));
}

/** The figures of every scheme the database records, in the order of their ids; empty before the schemes migration. */
export function readSchemeFigures(db: DB, scope: Scope): SchemeFigures[] {
  if (!queries.hasSchemes(db)) return [];
  const grades = queries.schemeGrades(db, scope);
  const judgements = queries.judgementCounts(db, scope);
  const themes = queries.schemeThemes(db, scope);
  const codebooks = codebooksByScheme();
  const quotes = queries.allSchemeThemeQuotes(db, scope, QUOTES_PER_THEME);
  const schemes = [...new Set(grades.map((row) => row.scheme))];
  return schemes.map((scheme) => {
    const own = grades.filter((row) => row.scheme === scheme);
    const mine = themes.filter((row) => row.scheme === scheme);
    return {
      scheme,
      documents: own.reduce((sum, row) => sum + row.documents, 0),
      grades: own.filter((row) => row.grade !== null).map((row) => ({ grade: row.grade!, ordinal: row.ordinal, documents: row.documents })),
      ungraded: own.filter((row) => row.grade === null).reduce((sum, row) => sum + row.documents, 0),
      judgements: judgementsOf(judgements.filter((row) => row.scheme === scheme)),
      codebook: codebooks.get(scheme)?.id ?? null,
      weaknesses: themesOf(quotes.get(scheme), mine, 'weakness'),
      strengths: themesOf(quotes.get(scheme), mine, 'strength'),
    };
  });
}
