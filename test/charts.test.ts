/** Chart SVG: readable numbers on every heat-map shade, and a description that carries every number. */
import { describe, expect, it } from 'vitest';
import { describeChart, heatMap, textOn } from '../src/summary/charts.js';

function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r, g, bl] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('charts', () => {
  it('prints heat-map numbers at WCAG AA contrast on every shade between white and the bar colour', () => {
    const chart = { id: 'shades', kind: 'heat' as const, caption: 'Shades', columns: ['row', ...Array.from({ length: 101 }, (_, i) => `c${i}`)], rows: [{ label: 'r', values: Array.from({ length: 101 }, (_, i) => i) }] };
    const svg = heatMap(chart);
    const pairs = [...svg.matchAll(/fill="rgb\((\d+),(\d+),(\d+)\)"[^>]*><\/rect>\n<text class="count"[^>]*fill="(#000|#fff)"/g)];
    expect(pairs).toHaveLength(101);
    for (const [, r, g, b, text] of pairs) {
      const fill = [Number(r), Number(g), Number(b)];
      expect(textOn(fill)).toBe(text);
      expect(contrast(fill, text === '#000' ? [0, 0, 0] : [255, 255, 255]), `rgb(${fill.join(',')})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('describes a chart by its numbers, and the SVG has no fixed width', () => {
    const chart = { id: 'm', kind: 'heat' as const, caption: 'Grade by prospect', columns: ['grade', 'will not', 'will'], rows: [{ label: 'poor', values: [2, 0] }, { label: 'good', values: [0, 3] }] };
    expect(describeChart(chart)).toBe('poor: will not 2, will 0; good: will not 0, will 3');
    const svg = heatMap(chart);
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<svg [^>]* width="/);
    expect(svg).toContain('<desc id="chart-m-desc">poor: will not 2, will 0; good: will not 0, will 3</desc>');
  });
});
