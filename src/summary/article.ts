/** Numbers -> article: the headline shape, the key figures and the charts, in plain sentences. */
import { GRADES, PROSPECTS, type Figures } from './figures.js';
import { count, date, plural, roughShare, share } from './format.js';
import { methodSection } from './method.js';
import { toMarkdown, type Article, type Block, type Chart, type Section, type Shape } from './model.js';
import { themeSections } from './theme-sections.js';
import { schemeHeadline, schemeSections } from './scheme-sections.js';

/** Options of the article text. */
export interface ArticleOptions {
  title: string;
  /** The database file, for the reproduce instructions. */
  database: string;
}

/** The default title. */
export const DEFAULT_TITLE = 'Best Value inspections: what the reports say';

/** The title in place of the default one when the reports are of other schemes than Best Value. */
export const SCHEMES_TITLE = 'Inspection reports: what they say';

/** At least this many dated assessments in each half before a change over time is a headline. */
const TREND_MIN_HALF = 4;
/** Mean stars that must separate the later half from the earlier one to call a trend. */
const TREND_STARS = 0.5;
/** A side holding at least this share of the graded services makes the corpus "mostly" that side. */
const MOSTLY = 0.6;

/** Picks the headline shape from the figures (first match wins). */
export function chooseShape(figures: Figures): Shape {
  if (figures.documents === 0) return 'empty';
  if (figures.graded === 0) return 'no-assessments';
  if (figures.excellent.count === figures.graded) return 'all-excellent';
  const trend = figures.trend;
  if (trend && Math.min(trend.earlier.documents, trend.later.documents) >= TREND_MIN_HALF) {
    const change = trend.later.meanStars - trend.earlier.meanStars;
    if (change >= TREND_STARS) return 'improving';
    if (change <= -TREND_STARS) return 'declining';
  }
  if (figures.poorOrFair.count >= MOSTLY * figures.graded) return 'mostly-weak';
  if (figures.goodOrBetter.count >= MOSTLY * figures.graded) return 'mostly-strong';
  return 'split';
}

/** "Of the 76 assessments carried out up to 31 July 2001" (or with no date when none is known). */
export function scopePhrase(figures: Figures): string {
  const last = figures.until ?? figures.lastDate;
  const of = `Of the ${figures.assessed} ${figures.assessed === 1 ? 'assessment' : 'assessments'}`;
  if (!last) return `${of} (none of them dated)`;
  const from = figures.firstDate && figures.firstDate !== last && !figures.until ? ` between ${date(figures.firstDate)} and ${date(last)}` : ` up to ${date(last)}`;
  return `${of} carried out${from}`;
}

function improveClause(figures: Figures): string {
  const { improve } = figures;
  if (improve.of === 0) return 'none said whether the service would improve';
  if (improve.count * 2 > improve.of) return `${roughShare(improve)} are expected to improve`;
  if (improve.count * 2 === improve.of) return 'half are expected to improve';
  return `only ${roughShare(improve)} are expected to improve`;
}

function headline(shape: Shape, figures: Figures): [string, string] {
  const trend = figures.trend;
  const graded = plural(figures.graded, 'service');
  switch (shape) {
    case 'empty':
      return ['Nothing to summarise yet', 'The results database holds no documents. Run the pipeline over a folder of inspection reports, then summarise again.'];
    case 'no-assessments':
      // An assessment may state only a prospect; then "no judgement" would be untrue, "no grade" is not.
      return [`None of the ${plural(figures.documents, 'document')} ${figures.assessed === 0 ? 'carries a judgement' : 'states a grade'}`, `The pipeline read ${plural(figures.documents, 'document')} but found no grade in any of them, so there are no figures to report; the method note says why.`];
    case 'all-excellent':
      return [`Every service inspected was judged excellent`, `All ${graded} graded reached the top grade of three stars; ${improveClause(figures)}.`];
    case 'improving':
    case 'declining':
      return [
        shape === 'improving' ? 'Inspection grades are rising' : 'Inspection grades are falling',
        `Services inspected up to ${date(trend!.earlier.until)} averaged ${trend!.earlier.meanStars.toFixed(1)} stars; the ${trend!.later.documents} inspected after that averaged ${trend!.later.meanStars.toFixed(1)}. Overall, graded poor or fair: ${share(figures.poorOrFair)}.`,
      ];
    case 'mostly-weak':
      return [`Most services fall short: ${roughShare(figures.poorOrFair)} graded poor or fair`, `${scopePhrase(figures)}, ${roughShare(figures.poorOrFair)} were poor or fair and ${excellentPhrase(figures)}; ${improveClause(figures)}.`];
    case 'mostly-strong':
      return [`Most services are good or better: ${roughShare(figures.goodOrBetter)} graded good or excellent`, `${scopePhrase(figures)}, ${roughShare(figures.goodOrBetter)} were good or excellent and ${excellentPhrase(figures)}; ${improveClause(figures)}.`];
    case 'schemes':
      return schemeHeadline(figures.schemes);
    case 'split':
      return ['A service is as likely to be weak as strong', `${scopePhrase(figures)}, ${figures.poorOrFair.count} were poor or fair and ${figures.goodOrBetter.count} good or excellent; ${improveClause(figures)}.`];
  }
}

function excellentPhrase(figures: Figures): string {
  const { excellent } = figures;
  if (excellent.count === 0) return 'none received the top grade of excellent';
  if (excellent.count === 1) return 'one reached the top grade of excellent';
  return `${count(excellent.count)} reached the top grade of excellent`;
}

function keyFigureItems(figures: Figures): string[] {
  const items = [`${scopePhrase(figures)}, ${figures.graded === figures.assessed ? 'all' : figures.graded} stated a grade.`];
  items.push(`Graded poor or fair: ${share(figures.poorOrFair)}; good or excellent: ${share(figures.goodOrBetter)}.`);
  items.push(figures.excellent.count === 0
    ? 'None received the top grade of excellent.'
    : `Reached excellent: ${share(figures.excellent)}.`);
  items.push(figures.improve.of === 0
    ? 'None of the assessments said whether the service would improve.'
    : `Will probably or definitely improve (promising or excellent prospects): ${share(figures.improve)}, of the ${plural(figures.improve.of, 'assessment')} that judged prospects.`);
  if (figures.undated > 0) items.push(`${count(figures.undated, true)} of the assessments carry no date and are counted all the same.`);
  return items;
}

function charts(figures: Figures): Chart[] {
  const prospectColumns = PROSPECTS.map((prospect) => `${prospect.ordinal}: ${prospect.label}`);
  return [
    { id: 'grades', kind: 'bars', caption: 'Assessments by grade', columns: ['Grade', 'Assessments'], rows: GRADES.map((grade) => ({ label: grade, values: [figures.grades[grade]] })) },
    { id: 'prospects', kind: 'bars', caption: 'Assessments by prospect of improvement', columns: ['Prospect', 'Assessments'], rows: PROSPECTS.map((prospect, i) => ({ label: prospectColumns[i]!, values: [figures.prospects[prospect.ordinal]] })) },
    {
      id: 'matrix', kind: 'heat', caption: 'Assessments by grade (rows) and prospect (columns, 0 will not improve to 3 will improve)', columns: ['Grade', ...PROSPECTS.map((p) => String(p.ordinal))],
      rows: GRADES.map((grade, stars) => ({ label: grade, values: figures.matrix[stars] ?? [0, 0, 0, 0] })),
    },
  ];
}

function keyFiguresSection(figures: Figures): Section {
  const blocks: Block[] = [
    { kind: 'list', ordered: false, items: keyFigureItems(figures).map((text) => ({ text, quotes: [] })) },
    ...charts(figures).map((chart): Block => ({ kind: 'chart', chart })),
  ];
  return { id: 'key-figures', heading: 'The key figures', blocks };
}

/** Whether the database holds reports of a scheme other than Best Value: then each scheme is reported in its own terms. */
export function hasOtherSchemes(figures: Figures): boolean {
  return figures.schemes.some((scheme) => scheme.scheme !== 'best-value');
}

/** Builds the article from the figures. */
export function buildArticle(figures: Figures, options: ArticleOptions): Article {
  if (hasOtherSchemes(figures)) {
    const [head, standfirst] = headline('schemes', figures);
    const title = options.title === DEFAULT_TITLE ? SCHEMES_TITLE : options.title;
    return { title, shape: 'schemes', headline: head, standfirst, sections: [...schemeSections(figures.schemes), methodSection(figures, options.database)] };
  }
  const shape = chooseShape(figures);
  const [head, standfirst] = headline(shape, figures);
  const sections: Section[] = [];
  if (figures.graded > 0) sections.push(keyFiguresSection(figures), ...themeSections(figures));
  sections.push(methodSection(figures, options.database));
  return { title: options.title, shape, headline: head, standfirst, sections };
}

/** The article as Markdown. */
export function articleMarkdown(figures: Figures, options: ArticleOptions): string {
  return toMarkdown(buildArticle(figures, options));
}
