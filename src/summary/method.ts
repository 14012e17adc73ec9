/** The method note: what was read, what could not be, versions, and how to reproduce the article. */
import { LOW_CONFIDENCE, type Figures } from './figures.js';
import { count, date, listing, plural } from './format.js';
import type { Block, Section } from './model.js';

/** Files named per failure reason before "and N more". */
const FILES_NAMED = 5;

function readingParagraph(figures: Figures): string {
  const files = figures.files === figures.documents ? '' : ` (${plural(figures.files, 'file')}; copies with identical content are counted once)`;
  const scope = figures.until ? `, leaving out any dated after ${date(figures.until)} (undated documents are kept)` : '';
  return `The pipeline read ${plural(figures.documents, 'document')}${files}${scope}. ${figures.assessed === 0 ? 'None' : count(figures.assessed, true)} ${figures.assessed === 1 ? 'was an assessment' : 'were assessments'} stating a judgement.`;
}

function noJudgementParagraph(figures: Figures): string | null {
  const total = figures.noJudgement.reduce((sum, row) => sum + row.documents, 0);
  if (total === 0) return null;
  const reasons = figures.noJudgement.map((row) => `${row.reason} (${row.documents})`);
  return `${count(total, true)} ${total === 1 ? 'document was' : 'documents were'} read but gave no judgement, and ${total === 1 ? 'is' : 'are'} left out of the figures rather than guessed: ${listing(reasons)}.`;
}

function failedParagraph(figures: Figures): string | null {
  const total = figures.failed.reduce((sum, row) => sum + row.documents, 0);
  if (total === 0) return null;
  const reasons = figures.failed.map((row) => {
    const named = row.files.slice(0, FILES_NAMED).join(', ');
    const more = row.files.length > FILES_NAMED ? ` and ${row.files.length - FILES_NAMED} more` : '';
    return `${row.status}, ${row.reason} (${row.documents}: ${named}${more})`;
  });
  return `${count(total, true)} ${total === 1 ? 'document' : 'documents'} could not be read or classified: ${listing(reasons)}.`;
}

function confidenceParagraph(figures: Figures): string | null {
  if (figures.assessed === 0) return null;
  const below = `below ${LOW_CONFIDENCE}`;
  return figures.lowConfidence === 0
    ? `No grade or prospect reading has a confidence ${below}.`
    : `${count(figures.lowConfidence, true)} grade or prospect ${figures.lowConfidence === 1 ? 'reading has' : 'readings have'} a confidence ${below}; ${figures.lowConfidence === 1 ? 'it is' : 'they are'} kept in the figures and marked "uncertain" in the table of documents.`;
}

function rulesParagraph(figures: Figures): string {
  const themes = figures.themes
    ? 'Themes are counted once per report that raises (or praises) them, over the assessments; quotes are the highest-scoring sentence of each report.'
    : 'This database has no theme tables yet (they come with the theme-tagging migration), so the article lists no themes, strengths or theme-by-grade comparison.';
  return 'Every figure is a count of documents in the results database (the report_results view). Percentages are of the assessments that state the judgement concerned, '
    + 'rounded to whole numbers; below 20 assessments only counts are given. "Will probably or definitely improve" means prospects 2 or 3 on the one ordinal scale '
    + `(will probably improve or will improve up to September 2001, promising or excellent prospects from October 2001). Dates are inspection dates, else publication dates. ${themes}`;
}

function versionsParagraph(figures: Figures): string {
  const run = figures.run;
  if (!run) return 'The database records no pipeline run.';
  const versions = Object.entries(run.versions).map(([stage, version]) => `${stage} ${version}`);
  return `Results from pipeline run ${run.id}, started ${run.startedAt}, over ${run.input}. Stage versions: ${versions.length > 0 ? listing(versions) : 'none recorded'}.`;
}

/** A word for a POSIX shell: as it is when plainly safe, else in single quotes (a quote inside as '\''). */
export function shellQuote(word: string): string {
  if (/^[\w/.,:=+@%-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, "'\\''")}'`;
}

function reproduce(figures: Figures, database: string): string {
  const input = figures.run?.input ?? 'REPORTS';
  const until = figures.until ? ` --until ${shellQuote(figures.until)}` : '';
  return [`npm run pipeline -- --input ${shellQuote(input)} --db ${shellQuote(database)}`, `npm run summary -- --db ${shellQuote(database)}${until}`].join('\n');
}

/** The method note section. */
export function methodSection(figures: Figures, database: string): Section {
  const paragraphs = [readingParagraph(figures), noJudgementParagraph(figures), confidenceParagraph(figures), failedParagraph(figures), rulesParagraph(figures), versionsParagraph(figures)];
  const blocks: Block[] = paragraphs.filter((text): text is string => text !== null).map((text) => ({ kind: 'paragraph', text }));
  blocks.push({ kind: 'paragraph', text: 'To reproduce this article:' }, { kind: 'code', text: reproduce(figures, database) });
  return { id: 'method', heading: 'Method', blocks };
}
