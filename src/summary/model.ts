/** The article as data: built once from the figures, rendered to Markdown and to HTML. */

/** A quote from a report, with where it came from ("Barset County Council, page 4"). */
export interface Quote {
  text: string;
  source: string;
}

/** A chart's data; Markdown shows it as a table, HTML draws it as SVG. */
export interface Chart {
  /** 'grades', 'prospects', 'matrix', 'weaknesses', 'theme-grade', or per scheme 'grades-<scheme>', 'judgements-<scheme>'. */
  id: string;
  kind: 'bars' | 'heat';
  caption: string;
  /** Header of the label column, then one header per value column. */
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
  /** Heat maps: each column's denominator, so shading shows the share of that column. */
  columnTotals?: number[];
}

/** One block of an article section. All text is plain (no markup) and may hold report text. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: Array<{ text: string; quotes: Quote[] }> }
  | { kind: 'code'; text: string }
  | { kind: 'chart'; chart: Chart };

/** A section under its heading. */
export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

/** The headline shapes the article can take, chosen from the figures. */
export type Shape = 'empty' | 'no-assessments' | 'all-excellent' | 'improving' | 'declining' | 'mostly-weak' | 'mostly-strong' | 'split' | 'schemes';

/** The whole article. */
export interface Article {
  title: string;
  shape: Shape;
  headline: string;
  standfirst: string;
  sections: Section[];
}

/** Escapes Markdown punctuation so report text renders as itself (and no raw HTML gets through). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|#]/g, '\\$&').replace(/\s+/g, ' ');
}

function chartTable(chart: Chart): string[] {
  const header = chart.columns.map(escapeMarkdown);
  return [
    `*${escapeMarkdown(chart.caption)}*`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...chart.rows.map((row) => `| ${[escapeMarkdown(row.label), ...row.values.map(String)].join(' | ')} |`),
  ];
}

function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'code': {
      const fence = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return [fence, block.text, fence];
    }
    case 'chart':
      return chartTable(block.chart);
    case 'list':
      return block.items.flatMap((item, i) => [
        `${block.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item.text)}`,
        ...item.quotes.flatMap((quote) => ['', `   > “${escapeMarkdown(quote.text)}” — ${escapeMarkdown(quote.source)}`]),
      ]);
  }
}

/** The article as Markdown. */
export function toMarkdown(article: Article): string {
  const lines = [`# ${escapeMarkdown(article.title)}`, '', `## ${escapeMarkdown(article.headline)}`, '', `*${escapeMarkdown(article.standfirst)}*`, ''];
  for (const section of article.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) lines.push(...blockMarkdown(block), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
