/** The article as one self-contained HTML page: the same text, charts as inline SVG, a table of documents. */
import type { DocumentRow } from '../db/queries.js';
import { chartSvg, escapeHtml } from './charts.js';
import { isLowConfidence, type Figures } from './figures.js';
import { themeName } from './format.js';
import type { Article, Block } from './model.js';

const STYLE = `body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
h1,h2,h3{font-family:system-ui,sans-serif}.standfirst{font-size:1.2rem;font-style:italic}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.8rem;border-left:3px solid #3b6ea5;color:#444}
figure{margin:1rem 0}figure svg{display:block}figcaption{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}
.table-scroll{overflow-x:auto;max-width:100%}
table.documents{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.85rem;width:100%}
table.documents td,table.documents th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
blockquote,li,p{overflow-wrap:anywhere}
pre{background:#f4f4f4;padding:.6rem;overflow-x:auto;white-space:pre-wrap}
@media (max-width:40rem){body{margin:1rem auto;font-size:1rem}table.documents{font-size:.8rem;min-width:36rem}}`;

/** Escaped text; every piece of data goes through here. */
const e = escapeHtml;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'code':
      return `<pre><code>${e(block.text)}</code></pre>`;
    case 'chart':
      return `<figure id="chart-${e(block.chart.id)}">${chartSvg(block.chart)}<figcaption>${e(block.chart.caption)}</figcaption></figure>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => {
        const quotes = item.quotes.map((quote) => `<blockquote>“${e(quote.text)}” — <cite>${e(quote.source)}</cite></blockquote>`);
        return `<li>${e(item.text)}${quotes.join('')}</li>`;
      });
      return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
    }
  }
}

function evidence(label: string, text: string | null, page: number | null): string {
  if (!text) return '';
  return `<details><summary>${e(label)}</summary><blockquote>“${e(text)}”${page === null ? '' : ` — page ${page}`}</blockquote></details>`;
}

/** The mark of a reading whose confidence is low, with the confidence. */
function uncertain(value: string | null, confidence: number | null): string {
  return isLowConfidence(value, confidence) ? ` <small class="uncertain">uncertain (confidence ${confidence})</small>` : '';
}

function themes(list: string | null): string {
  return list ? list.split(',').filter(Boolean).map((id) => e(themeName(id.trim()))).join(', ') : '';
}

function documentRow(row: DocumentRow, withThemes: boolean): string {
  const judgement = (value: string | null, fallback: string) => (value ? e(value) : `<em>${e(fallback)}</em>`);
  const status = row.status === 'assessed' ? '' : `${row.status}${row.reason ? `: ${row.reason}` : ''}`;
  const cells = [
    `${e(row.council ?? '')}<br><small>${e(row.file)}</small>`,
    e(row.service ?? ''),
    e(row.dated_on ?? ''),
    `${judgement(row.grade, status || 'none')}${uncertain(row.grade, row.grade_confidence)}${evidence('evidence', row.grade_evidence, row.grade_page)}`,
    `${judgement(row.prospect, status ? '' : 'none')}${uncertain(row.prospect, row.prospect_confidence)}${row.prospect_evidence === row.grade_evidence ? '' : evidence('evidence', row.prospect_evidence, row.prospect_page)}`,
  ];
  if (withThemes) cells.push(`${themes(row.weakness_themes)}${row.strength_themes ? `<br><small>strengths: ${themes(row.strength_themes)}</small>` : ''}`);
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function documentTable(figures: Figures): string {
  if (figures.documentRows.length === 0) return '';
  const withThemes = figures.themes !== null;
  const headers = ['Council', 'Service', 'Date', 'Grade', 'Prospect', ...(withThemes ? ['Weakness themes'] : [])];
  return [
    '<section id="documents">',
    `<h2>All documents</h2>`,
    '<div class="table-scroll" role="region" aria-label="All documents (scrolls sideways)" tabindex="0">',
    `<table class="documents"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>`,
    ...figures.documentRows.map((row) => documentRow(row, withThemes)),
    '</tbody></table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** The article and its figures as a complete HTML page. */
export function toHtml(article: Article, figures: Figures): string {
  const sections = article.sections.map((section) => [
    `<section id="${e(section.id)}">`,
    `<h2>${e(section.heading)}</h2>`,
    ...section.blocks.map(blockHtml),
    '</section>',
  ].join('\n'));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(article.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body><article>',
    `<h1>${e(article.title)}</h1>`,
    `<h2 class="headline">${e(article.headline)}</h2>`,
    `<p class="standfirst">${e(article.standfirst)}</p>`,
    ...sections,
    documentTable(figures),
    '</article></body></html>',
    '',
  ].join('\n');
}
