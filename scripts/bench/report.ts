/** The benchmark's tables: one line per corpus and concurrency, stage shares, and 1 -> 2 worker speedups. */
import type { Measurement } from './measure.js';

const COLUMNS = ['corpus', 'workers', 'docs', 'pages', 'raw s', 'pipeline s', 'raw p/s', 'pipeline p/s', 'ratio', 'rerun s', 'summary s', 'peak MB (all/main)', 'DB MB/1k p'];

function row(m: Measurement): string[] {
  const mb = (value: number | null) => (value === null ? '-' : value.toFixed(0));
  return [
    m.corpus, String(m.concurrency), String(m.documents), String(m.pages), m.rawSeconds.toFixed(2), m.pipelineSeconds.toFixed(2),
    m.rawPagesPerSecond.toFixed(0), m.pipelinePagesPerSecond.toFixed(0), m.ratio.toFixed(2), m.rerunSeconds.toFixed(2),
    m.summarySeconds.toFixed(2), `${mb(m.peakRssMb)}/${mb(m.peakMainRssMb)}`, m.databaseMbPerThousandPages.toFixed(1),
  ];
}

/** The stages by share of time, largest first, as `themes 54%, extract 20%, …`. */
function shares(m: Measurement): string {
  return Object.entries(m.stageShares).sort((a, b) => b[1] - a[1]).map(([stage, share]) => `${stage} ${(share * 100).toFixed(0)}%`).join(', ');
}

/** The measurements as an aligned table (with a header when `header`), then each one's stage shares. */
export function table(measurements: readonly Measurement[], header: boolean): string {
  const rows = [...(header ? [COLUMNS] : []), ...measurements.map(row)];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const lines = rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  const stageLines = header ? measurements.map((m) => `  ${m.corpus} at ${m.concurrency}: ${shares(m)}`) : [];
  return [...lines, ...(header ? ['time per stage (share of summed stage time):', ...stageLines] : [])].join('\n');
}

/** For each corpus measured at 1 and 2 workers: the pipeline's speedup beside raw extraction's own. */
export function speedups(measurements: readonly Measurement[]): string {
  const lines: string[] = [];
  for (const one of measurements.filter((m) => m.concurrency === 1)) {
    const two = measurements.find((m) => m.corpus === one.corpus && m.concurrency === 2);
    if (!two) continue;
    const raw = one.rawSeconds / two.rawSeconds;
    const pipeline = one.pipelineSeconds / two.pipelineSeconds;
    lines.push(`${one.corpus}: 1 -> 2 workers, raw x${raw.toFixed(2)}, pipeline x${pipeline.toFixed(2)} (${((pipeline / raw) * 100).toFixed(0)}% of raw's)`);
  }
  return lines.length > 0 ? `speedup:\n${lines.join('\n')}\n` : '';
}
