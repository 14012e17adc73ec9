/** Charts as inline SVG strings (no scripts, no network): horizontal bars and heat maps. */
import type { Chart } from './model.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';
const BAR = '#3b6ea5';
const ROW = 22;
const LABEL_WIDTH = 260;
const CHART_WIDTH = 640;

function svg(width: number, height: number, caption: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}>`,
    `<title>${escapeHtml(caption)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Labels longer than the label column are cut, with the whole label in a tooltip. */
function label(text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle'): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `<text x="${x}" y="${y}" text-anchor="${anchor}"><title>${escapeHtml(text)}</title>${escapeHtml(short)}</text>`;
}

/** Horizontal bars, one per row (first value), with the count at the bar's end. */
export function barChart(chart: Chart): string {
  const values = chart.rows.map((row) => row.values[0] ?? 0);
  const max = Math.max(1, ...values);
  const span = CHART_WIDTH - LABEL_WIDTH - 50;
  const body = chart.rows.flatMap((row, i) => {
    const value = values[i]!;
    const y = 10 + i * ROW;
    const width = Math.round((span * value) / max);
    return [
      label(row.label, LABEL_WIDTH - 8, y + 14, 'end'),
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW - 6}" fill="${BAR}"><title>${escapeHtml(`${row.label}: ${value}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 14}">${value}</text>`,
    ];
  });
  return svg(CHART_WIDTH, 20 + chart.rows.length * ROW, chart.caption, body);
}

/** Shade of a cell: white for 0, the bar colour for the largest share. */
function shade(fraction: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction)));
  return `rgb(${mix(255, 59)},${mix(255, 110)},${mix(255, 165)})`;
}

/** A grid of counts shaded by the share of the column total (or of the largest cell). */
export function heatMap(chart: Chart): string {
  const cell = 70;
  const top = 40;
  const columns = chart.columns.slice(1);
  const max = Math.max(1, ...chart.rows.flatMap((row) => row.values));
  const fraction = (value: number, column: number) => {
    const total = chart.columnTotals?.[column];
    return chart.columnTotals ? (total ? value / total : 0) : value / max;
  };
  const header = columns.map((column, j) => label(column, LABEL_WIDTH + j * cell + cell / 2, top - 10, 'middle'));
  const body = chart.rows.flatMap((row, i) => {
    const y = top + i * ROW;
    return [
      label(row.label, LABEL_WIDTH - 8, y + 15, 'end'),
      ...row.values.flatMap((value, j) => {
        const f = fraction(value, j);
        const x = LABEL_WIDTH + j * cell;
        return [
          `<rect x="${x}" y="${y}" width="${cell - 2}" height="${ROW - 2}" fill="${shade(f)}" stroke="#ccc"><title>${escapeHtml(`${row.label} / ${columns[j] ?? ''}: ${value}`)}</title></rect>`,
          `<text x="${x + cell / 2}" y="${y + 15}" text-anchor="middle" fill="${f > 0.6 ? '#fff' : '#000'}">${value}</text>`,
        ];
      }),
    ];
  });
  return svg(LABEL_WIDTH + columns.length * cell + 10, top + chart.rows.length * ROW + 10, chart.caption, [...header, ...body]);
}

/** The SVG of a chart. */
export function chartSvg(chart: Chart): string {
  return chart.kind === 'bars' ? barChart(chart) : heatMap(chart);
}
