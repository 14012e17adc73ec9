/**
 * Charts as inline SVG strings (no scripts, no network): horizontal bars and heat maps. Each scales
 * to the width of the page (viewBox, no fixed size) and is one image to a screen reader, named by
 * its caption and described by its numbers.
 */
import type { Chart } from './model.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = 'font-family="system-ui, sans-serif" font-size="13"';
const BAR = '#3b6ea5';
const BAR_WIDTH = 420;
const BAR_ROW = 36;
const HEAT_LABEL = 150;
const HEAT_CELL = 64;
const HEAT_ROW = 34;

/** What a screen reader reads after the caption: every number of the chart. */
export function describeChart(chart: Chart): string {
  if (chart.kind === 'bars') return chart.rows.map((row) => `${row.label}: ${row.values[0] ?? 0}`).join('; ');
  const columns = chart.columns.slice(1);
  return chart.rows.map((row) => `${row.label}: ${row.values.map((value, j) => `${columns[j] ?? ''} ${value}`).join(', ')}`).join('; ');
}

function svg(chart: Chart, width: number, height: number, body: string[]): string {
  const id = `chart-${chart.id}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${escapeHtml(`${id}-title ${id}-desc`)}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet" style="width:100%;max-width:${width}px;height:auto" ${FONT}>`,
    `<title id="${escapeHtml(`${id}-title`)}">${escapeHtml(chart.caption)}</title>`,
    `<desc id="${escapeHtml(`${id}-desc`)}">${escapeHtml(describeChart(chart))}</desc>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Text cut to `max` characters (the whole text in a tooltip), split over at most `lines` lines at spaces. */
function lines(text: string, max: number, count: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest && out.length < count) {
    if (rest.length <= max) { out.push(rest); rest = ''; break; }
    const cut = out.length === count - 1 ? -1 : rest.lastIndexOf(' ', max);
    if (cut <= 0) { out.push(`${rest.slice(0, max - 1)}…`); rest = ''; break; }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return out;
}

function label(text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle', max: number, count = 1, size = 13): string {
  const parts = lines(text, max, count);
  const spans = parts.map((part, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size + 1}">${escapeHtml(part)}</tspan>`).join('');
  return `<text x="${x}" y="${y - ((parts.length - 1) * (size + 1)) / 2}" text-anchor="${anchor}" font-size="${size}"><title>${escapeHtml(text)}</title>${spans}</text>`;
}

/** Horizontal bars, one per row (first value): the label above its bar, the count at the bar's end. */
export function barChart(chart: Chart): string {
  const values = chart.rows.map((row) => row.values[0] ?? 0);
  const max = Math.max(1, ...values);
  const span = BAR_WIDTH - 50;
  const body = chart.rows.flatMap((row, i) => {
    const value = values[i]!;
    const y = 6 + i * BAR_ROW;
    const width = Math.round((span * value) / max);
    return [
      label(row.label, 2, y + 12, 'start', 60),
      `<rect class="bar" x="2" y="${y + 17}" width="${width}" height="14" fill="${BAR}"></rect>`,
      `<text class="count" x="${width + 8}" y="${y + 29}" fill="#222">${value}</text>`,
    ];
  });
  return svg(chart, BAR_WIDTH, 12 + chart.rows.length * BAR_ROW, body);
}

/** Shade of a cell: white for 0, the bar colour for the largest share. */
function shade(fraction: number): [number, number, number] {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction)));
  return [mix(255, 59), mix(255, 110), mix(255, 165)];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The text colour (black or white) with the higher contrast on a fill: at least 4.5:1 on any shade. */
export function textOn(fill: readonly number[]): '#000' | '#fff' {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

/** A grid of counts shaded by the share of the column total (or of the largest cell). */
export function heatMap(chart: Chart): string {
  const top = 44;
  const columns = chart.columns.slice(1);
  const max = Math.max(1, ...chart.rows.flatMap((row) => row.values));
  const fraction = (value: number, column: number) => {
    const total = chart.columnTotals?.[column];
    return chart.columnTotals ? (total ? value / total : 0) : value / max;
  };
  const header = columns.map((column, j) => label(column, HEAT_LABEL + j * HEAT_CELL + HEAT_CELL / 2, top - 14, 'middle', 10, 2, 11));
  const body = chart.rows.flatMap((row, i) => {
    const y = top + i * HEAT_ROW;
    return [
      label(row.label, HEAT_LABEL - 8, y + HEAT_ROW / 2 + 4, 'end', 21, 2, 12),
      ...row.values.flatMap((value, j) => {
        const fill = shade(fraction(value, j));
        const x = HEAT_LABEL + j * HEAT_CELL;
        return [
          `<rect class="cell" x="${x}" y="${y}" width="${HEAT_CELL - 2}" height="${HEAT_ROW - 2}" fill="rgb(${fill.join(',')})" stroke="#ccc"></rect>`,
          `<text class="count" x="${x + HEAT_CELL / 2}" y="${y + HEAT_ROW / 2 + 4}" text-anchor="middle" fill="${textOn(fill)}">${value}</text>`,
        ];
      }),
    ];
  });
  return svg(chart, HEAT_LABEL + columns.length * HEAT_CELL + 4, top + chart.rows.length * HEAT_ROW + 6, [...header, ...body]);
}

/** The SVG of a chart. */
export function chartSvg(chart: Chart): string {
  return chart.kind === 'bars' ? barChart(chart) : heatMap(chart);
}
