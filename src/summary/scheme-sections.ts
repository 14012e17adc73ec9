/**
 * The article for a folder holding more than the default scheme: one section per scheme in its own
 * words (no stars for Ofsted; the area SEND outcomes as sentences), its overall grades, the
 * distribution of its sub-judgements and its themes, or a plain note that no codebook codes it.
 */
import type { SchemeFigures, SchemeTheme } from './scheme-figures.js';
import { count, countOf, listing, plural, shorten, themeName } from './format.js';
import type { Block, Chart, Section } from './model.js';
import { gradeWords, schemeWords } from './scheme-words.js';

/** Themes listed per polarity and scheme. */
const TOP_THEMES = 8;
/** Above this many characters a grade's words are a sentence: listed, not charted. */
const SENTENCE = 40;

/** "the one report", "both reports", "all 5 reports" or "3 of the 5 reports". */
function ofReports(part: number, whole: number, nouns = 'reports', noun = 'report'): string {
  if (whole === 1) return `the one ${noun}`;
  if (part === whole) return whole === 2 ? `both ${nouns}` : `all ${whole} ${nouns}`;
  return countOf({ count: part, of: whole }, nouns);
}

/** What the reports of a scheme state as their overall judgement, in a sentence or two. */
function gradedSentence(figures: SchemeFigures, graded: number): string {
  const { overall } = schemeWords(figures.scheme);
  const read = `${count(figures.documents, true)} ${figures.documents === 1 ? 'report was' : 'reports were'} read with this scheme.`;
  const none = `the scheme may give none (a focused visit; an ILACS report from April 2026), or it could not be read`;
  if (graded === 0) return `${read} None states an ${overall}: ${none}.`;
  if (graded === figures.documents) return `${read} ${figures.documents === 1 ? 'It states its' : 'All state their'} ${overall}.`;
  return `${read} ${count(graded, true)} ${graded === 1 ? 'states an' : 'state an'} ${overall}; ${count(figures.ungraded)} ${figures.ungraded === 1 ? 'gives' : 'give'} none (${none}).`;
}

function gradeBlocks(figures: SchemeFigures): Block[] {
  const words = schemeWords(figures.scheme);
  const graded = figures.grades.reduce((sum, row) => sum + row.documents, 0);
  const opening = gradedSentence(figures, graded);
  const blocks: Block[] = [{ kind: 'paragraph', text: opening }];
  if (graded === 0) return blocks;
  const labels = figures.grades.map((row) => gradeWords(figures.scheme, row.grade));
  if (labels.some((label) => label.length > SENTENCE)) {
    blocks.push({ kind: 'list', ordered: false, items: figures.grades.map((row, i) => ({ text: `${labels[i]}: ${plural(row.documents, 'report')}.`, quotes: [] })) });
    return blocks;
  }
  const chart: Chart = { id: `grades-${figures.scheme}`, kind: 'bars', caption: `Reports by ${words.overall}`, columns: [words.overall.charAt(0).toUpperCase() + words.overall.slice(1), 'Reports'], rows: figures.grades.map((row, i) => ({ label: labels[i]!, values: [row.documents] })) };
  blocks.push({ kind: 'chart', chart });
  return blocks;
}

function judgementBlocks(figures: SchemeFigures): Block[] {
  if (figures.judgements.length === 0) return [];
  // The grades any judgement takes, best first.
  const grades = [...new Map(figures.judgements.flatMap((j) => j.grades).sort((a, b) => (b.ordinal ?? -1) - (a.ordinal ?? -1)).map((g) => [g.grade, g])).keys()];
  const chart: Chart = {
    id: `judgements-${figures.scheme}`, kind: 'heat', caption: 'Sub-judgements: reports by the grade each judgement received (shading: share of the reports with that judgement)',
    columns: ['Judgement', ...grades.map((grade) => gradeWords(figures.scheme, grade))],
    rows: figures.judgements.map((j) => ({ label: j.name, values: grades.map((grade) => j.grades.find((g) => g.grade === grade)?.documents ?? 0) })),
  };
  const worst = figures.judgements.map((j) => ({ name: j.name, low: j.grades.filter((g) => g.ordinal === 0).reduce((sum, g) => sum + g.documents, 0), of: j.grades.reduce((sum, g) => sum + g.documents, 0) }))
    .sort((a, b) => b.low / b.of - a.low / a.of)[0]!;
  const lead = worst.low === 0
    ? `No sub-judgement received the scheme's lowest grade.`
    : `The judgement most often given the lowest grade: ${worst.name}, in ${ofReports(worst.low, worst.of, 'reports that grade it', 'report that grades it')}.`;
  return [{ kind: 'paragraph', text: `The reports' sub-judgements, as graded in their judgement tables. ${lead}` }, { kind: 'chart', chart }];
}

function themeItems(themes: SchemeTheme[], documents: number, scheme: string, verb: string): Block {
  return {
    kind: 'list', ordered: true,
    items: themes.slice(0, TOP_THEMES).map((theme) => ({
      text: `${themeName(theme.theme, scheme)}: ${verb} in ${ofReports(theme.documents, documents)}.`,
      quotes: theme.quotes.map((quote) => ({ text: shorten(quote.text.replace(/^\s*\(?\d{1,2}[.)]\s+/, '')), source: `${quote.provider ?? quote.file}, page ${quote.page_start}` })),
    })),
  };
}

function themeBlocks(figures: SchemeFigures): Block[] {
  const coded = figures.weaknesses.length + figures.strengths.length > 0;
  if (figures.codebook === null && !coded) {
    return [{ kind: 'paragraph', text: 'No codebook codes this scheme\'s reports, so no themes are reported for them (another scheme\'s codebook is never applied to them).' }];
  }
  return [
    figures.weaknesses.length === 0
      ? { kind: 'paragraph', text: 'No area for improvement was raised often enough in any of these reports to count as a theme.' }
      : { kind: 'paragraph', text: 'The areas for improvement raised most often:' },
    ...(figures.weaknesses.length === 0 ? [] : [themeItems(figures.weaknesses, figures.documents, figures.scheme, 'raised')]),
    ...(figures.strengths.length === 0 ? [] : [{ kind: 'paragraph', text: 'What the inspectors praised most often:' } as Block, themeItems(figures.strengths, figures.documents, figures.scheme, 'praised')]),
  ];
}

/** One section per scheme, largest first. */
export function schemeSections(schemes: readonly SchemeFigures[]): Section[] {
  return [...schemes].sort((a, b) => b.documents - a.documents || a.scheme.localeCompare(b.scheme)).map((figures) => ({
    id: `scheme-${figures.scheme}`,
    heading: schemeWords(figures.scheme).name,
    blocks: [...gradeBlocks(figures), ...judgementBlocks(figures), ...themeBlocks(figures)],
  }));
}

/** The headline and standfirst of a folder of several schemes (or of one scheme other than the default). */
export function schemeHeadline(schemes: readonly SchemeFigures[]): [string, string] {
  const total = schemes.reduce((sum, figures) => sum + figures.documents, 0);
  const parts = [...schemes].sort((a, b) => b.documents - a.documents).map((figures) => {
    // Only the first letter is lowered: "SEND" stays as printed.
    const grades = figures.grades.map((row) => `${gradeWords(figures.scheme, row.grade).replace(/^./, (first) => first.toLowerCase())} ${row.documents}`);
    return `${plural(figures.documents, 'report')} of ${schemeWords(figures.scheme).name} (${grades.length === 0 ? 'none with an overall grade' : grades.join(', ')})`;
  });
  const reports = `${count(total, true)} ${total === 1 ? 'inspection report' : 'inspection reports'}`;
  const heading = schemes.length === 1 ? `${schemeWords(schemes[0]!.scheme).name}: what ${total === 1 ? 'the report says' : `${count(total)} reports say`}` : `${reports} of ${plural(schemes.length, 'scheme')}, each read in its own terms`;
  return [heading, `The folder holds ${listing(parts)}. Each scheme is reported in its own vocabulary; grades are never compared across schemes.`];
}
