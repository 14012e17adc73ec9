/**
 * The benchmark command on a tiny corpus: raw extraction and the pipeline run on the same pages,
 * and the figures it prints are consistent with each other (speed itself is never asserted).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runScript, tempFolders } from './helpers/cli.js';
import { textReportPdf } from './helpers/make-pdf.js';

const temp = tempFolders('inspection-miner-bench-');
afterAll(temp.removeAll);

describe('npm run bench', () => {
  it('measures raw extraction and the pipeline on the same pages, writes the figures as JSON and keeps the database in the folder asked for', async () => {
    const folder = await temp.make();
    const input = join(folder, 'reports');
    await mkdir(input);
    await writeFile(join(input, 'a.pdf'), await textReportPdf(3));
    await writeFile(join(input, 'b.pdf'), await textReportPdf(2, 'Best Value Inspection: Libraries'));
    const json = join(folder, 'bench.json');
    const keep = join(folder, 'kept');
    // Given relative to the repository ('../../tmp/…'), as `--corpus ../shared/real-reports` is.
    const result = await runScript('scripts/bench.ts', ['--corpus', relative(repoRoot, input), '--concurrency', '2', '--rounds', '1', '--json', json, '--keep', keep], 170_000);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ratio/);
    const [measurement] = JSON.parse(readFileSync(json, 'utf8')).measurements;
    expect(measurement).toMatchObject({ concurrency: 2, documents: 2, pages: 5, rawPages: 5 });
    expect(measurement.ratio).toBeCloseTo((measurement.pages / measurement.pipelineSeconds) / measurement.rawPagesPerSecond, 6);
    const shares = Object.values(measurement.stageShares as Record<string, number>);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Object.keys(measurement.stageShares)).toEqual(expect.arrayContaining(['extract', 'themes', 'store']));
    expect(measurement.rerunSeconds).toBeGreaterThan(0);
    expect(measurement.summarySeconds).toBeGreaterThan(0);
    // Kept inside the folder asked for, one folder per corpus and worker count, whatever the corpus path.
    const kept = readdirSync(keep);
    expect(kept).toEqual([expect.stringMatching(/reports-c2$/)]);
    expect(existsSync(join(keep, kept[0]!, 'results.sqlite'))).toBe(true);
  }, 180_000);
});
