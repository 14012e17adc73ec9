/** Writes the summary article (Markdown and HTML) from a results database alone. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open.js';
import { buildArticle, DEFAULT_TITLE } from './article.js';
import { readFigures } from './figures.js';
import { toHtml } from './html.js';
import { toMarkdown } from './model.js';

/** Options of a summary, with their defaults. */
export interface SummaryOptions {
  /** Leave out documents dated after this YYYY-MM-DD (default: none, the latest date is used). */
  until?: string | null;
  /** The article's title (default: DEFAULT_TITLE). */
  title?: string;
}

/** The files written. */
export interface SummaryPaths {
  markdown: string;
  html: string;
}

/** Where the summary article is written in an output folder. */
export function summaryPaths(outDir: string): SummaryPaths {
  return { markdown: join(outDir, 'summary.md'), html: join(outDir, 'summary.html') };
}

/** Reads `dbFile` (read-only), writes `<outDir>/summary.md` and `<outDir>/summary.html`, returns their paths. */
export function writeSummary(dbFile: string, outDir: string, options: SummaryOptions = {}): SummaryPaths {
  const db = openDatabase(dbFile, { readonly: true });
  let figures;
  try {
    figures = readFigures(db, { until: options.until ?? null });
  } finally {
    db.close();
  }
  const article = buildArticle(figures, { title: options.title ?? DEFAULT_TITLE, database: dbFile });
  mkdirSync(outDir, { recursive: true });
  const paths = summaryPaths(outDir);
  writeFileSync(paths.markdown, toMarkdown(article));
  writeFileSync(paths.html, toHtml(article, figures));
  return paths;
}
