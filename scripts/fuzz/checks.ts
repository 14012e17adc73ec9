/** What a fuzz run must show: a row per file, good reports read, a clean exit, bounded memory. */
import type { FileOutcomeRow } from '../../src/db/queries.js';
import type { FuzzInputs } from './inputs.js';
import type { WatchedRun } from './run-cli.js';

/** One checked property and what broke it. */
export interface Check { name: string; ok: boolean; detail: string }

/** Limits a run is held to. */
export interface Limits { maxRssMb: number; exitSeconds: number }

const outcome = (row: FileOutcomeRow) => `${row.status}${row.reason ? `/${row.reason}` : ''}`;

/** Checks a run over the fuzz folder against its outcomes. */
export function checkRun(inputs: FuzzInputs, run: WatchedRun, rows: FileOutcomeRow[], limits: Limits): Check[] {
  const expected = [...inputs.kinds.keys(), ...inputs.good].sort();
  const files = rows.map((row) => row.file);
  const missing = expected.filter((name) => !files.includes(name));
  const extra = files.filter((name) => !expected.includes(name));
  const byFile = new Map(rows.map((row) => [row.file, row]));
  const spoiled = inputs.good.filter((name) => !['assessed', 'no-judgement'].includes(byFile.get(name)?.status ?? ''));
  return [
    { name: 'exit', ok: run.code === 0 && !run.killed, detail: run.killed ? 'killed at the deadline' : `exit code ${run.code}${run.signal ? `, signal ${run.signal}` : ''}` },
    { name: 'one row per file', ok: missing.length === 0 && extra.length === 0 && rows.length === expected.length, detail: `${rows.length} rows for ${expected.length} files${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}` },
    { name: 'good reports read', ok: spoiled.length === 0, detail: spoiled.length === 0 ? `${inputs.good.length} of ${inputs.good.length}` : spoiled.map((name) => `${name}: ${byFile.get(name) ? outcome(byFile.get(name)!) : 'no row'}`).join('; ') },
    { name: 'no leaked worker', ok: run.exitAfterEndSeconds !== null && run.exitAfterEndSeconds <= limits.exitSeconds, detail: run.exitAfterEndSeconds === null ? 'no end event' : `exited ${run.exitAfterEndSeconds.toFixed(1)} s after its end event` },
    { name: 'memory bounded', ok: run.peakRssMb === null || run.peakRssMb <= limits.maxRssMb, detail: run.peakRssMb === null ? 'not measured (no /proc)' : `peak RSS ${run.peakRssMb.toFixed(0)} MB (limit ${limits.maxRssMb})` },
  ];
}

/** Outcomes by kind of hostile file: kind -> outcome -> files. */
export function outcomeTable(inputs: FuzzInputs, rows: FileOutcomeRow[]): string {
  const table = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const kind = inputs.kinds.get(row.file) ?? 'good (after a hostile file)';
    const counts = table.get(kind) ?? new Map<string, number>();
    counts.set(outcome(row), (counts.get(outcome(row)) ?? 0) + 1);
    table.set(kind, counts);
  }
  const width = Math.max(...[...table.keys()].map((kind) => kind.length));
  return [...table.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, counts]) => `  ${kind.padEnd(width)}  ${[...counts.entries()].sort().map(([key, n]) => `${key} ${n}`).join(', ')}`).join('\n');
}
