/** The theme parts of the article: weaknesses ranked with quotes, strengths, and themes by grade. */
import { GRADES, type Figures, type ThemeFigure, type ThemeFigures } from './figures.js';
import { countOf, shorten, themeName } from './format.js';
import type { Block, Chart, Quote, Section } from './model.js';

/** Weakness themes listed; the chart shows them all. */
const TOP_WEAKNESSES = 8;
/** Strength themes listed. */
const TOP_STRENGTHS = 5;
/** Themes compared between weak and strong services. */
const TOP_CONTRASTS = 3;

function quotesOf(theme: ThemeFigure, limit: number): Quote[] {
  return theme.quotes.slice(0, limit).map((quote) => ({
    // A list item's number is layout, not what the inspectors said.
    text: shorten(quote.text.replace(/^\s*\(?\d{1,2}[.)]\s+/, '')),
    source: `${quote.council ?? quote.file}, page ${quote.page_start}`,
  }));
}

function themeList(themes: ThemeFigure[], assessed: number, limit: number, quotes: number, verb: string): Block {
  return {
    kind: 'list',
    ordered: true,
    items: themes.slice(0, limit).map((theme) => ({
      text: `${themeName(theme.theme)}: ${verb} in ${countOf({ count: theme.documents, of: assessed }, 'reports')}.`,
      quotes: quotesOf(theme, quotes),
    })),
  };
}

function weaknessSection(themes: ThemeFigures, assessed: number): Section {
  if (themes.weaknesses.length === 0) {
    return { id: 'weaknesses', heading: 'The most common weaknesses', blocks: [{ kind: 'paragraph', text: 'No areas for improvement were tagged in these assessments.' }] };
  }
  const chart: Chart = {
    id: 'weaknesses', kind: 'bars', caption: 'Reports raising each weakness', columns: ['Theme', 'Reports'],
    rows: themes.weaknesses.map((theme) => ({ label: themeName(theme.theme), values: [theme.documents] })),
  };
  return {
    id: 'weaknesses',
    heading: 'The most common weaknesses',
    blocks: [
      { kind: 'paragraph', text: `The areas for improvement the inspectors raised most often, by the number of reports that raise each:` },
      themeList(themes.weaknesses, assessed, TOP_WEAKNESSES, 2, 'raised'),
      { kind: 'chart', chart },
    ],
  };
}

function strengthSection(themes: ThemeFigures, assessed: number): Section {
  const blocks: Block[] = themes.strengths.length === 0
    ? [{ kind: 'paragraph', text: 'No strengths were tagged in these assessments.' }]
    : [{ kind: 'paragraph', text: 'What the inspectors praised most often:' }, themeList(themes.strengths, assessed, TOP_STRENGTHS, 1, 'praised')];
  return { id: 'strengths', heading: 'Strengths', blocks };
}

function documentsWith(themes: ThemeFigures, theme: string, grades: readonly string[]): number {
  return themes.byGrade
    .filter((row) => row.theme === theme && row.polarity === 'weakness' && grades.includes(row.grade))
    .reduce((sum, row) => sum + row.documents, 0);
}

function contrastSentences(themes: ThemeFigures, figures: Figures): Block[] {
  const weak = figures.poorOrFair.count;
  const strong = figures.goodOrBetter.count;
  if (weak === 0 || strong === 0) {
    return [{ kind: 'paragraph', text: `All graded services were ${weak === 0 ? 'good or excellent' : 'poor or fair'}, so themes cannot be compared between weak and strong services.` }];
  }
  const contrasts = themes.weaknesses.map((theme) => {
    const inWeak = documentsWith(themes, theme.theme, ['poor', 'fair']);
    const inStrong = documentsWith(themes, theme.theme, ['good', 'excellent']);
    return { theme: theme.theme, inWeak, inStrong, gap: Math.abs(inWeak / weak - inStrong / strong) };
  }).sort((a, b) => b.gap - a.gap || a.theme.localeCompare(b.theme)).slice(0, TOP_CONTRASTS);
  return contrasts.map((c) => ({
    kind: 'paragraph',
    text: `${themeName(c.theme)} was raised in ${countOf({ count: c.inWeak, of: weak }, 'poor or fair services')} and in ${countOf({ count: c.inStrong, of: strong }, 'good or excellent services')}.`,
  }));
}

function byGradeSection(themes: ThemeFigures, figures: Figures): Section {
  const chart: Chart = {
    id: 'theme-grade', kind: 'heat', caption: 'Reports raising each weakness, by grade (shading: share of that grade)',
    columns: ['Theme', ...GRADES],
    rows: themes.weaknesses.map((theme) => ({
      label: themeName(theme.theme),
      values: GRADES.map((grade) => documentsWith(themes, theme.theme, [grade])),
    })),
    columnTotals: GRADES.map((grade) => figures.grades[grade]),
  };
  const blocks: Block[] = themes.weaknesses.length === 0
    ? [{ kind: 'paragraph', text: 'With no areas for improvement tagged, there is nothing to compare between grades.' }]
    : [...contrastSentences(themes, figures), { kind: 'chart', chart }];
  return { id: 'theme-by-grade', heading: 'Weak and strong services compared', blocks };
}

/** The theme sections, or none when the database has no theme tables. */
export function themeSections(figures: Figures): Section[] {
  const themes = figures.themes;
  if (!themes) return [];
  return [weaknessSection(themes, figures.assessed), strengthSection(themes, figures.assessed), byGradeSection(themes, figures)];
}
