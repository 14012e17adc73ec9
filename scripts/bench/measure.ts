/** One corpus at one concurrency: raw and pipeline runs interleaved, medians, a rerun and the summary alone. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { rawExtraction, type RawRun } from './raw.js';
import { endSummary, runScript, type TreeRun } from './cli-run.js';
import { pdfsUnder, type Corpus } from './corpora.js';

/** The figures of one corpus at one concurrency (JSON-ready). */
export interface Measurement {
  corpus: string;
  concurrency: number;
  documents: number;
  pages: number;
  /** Pages raw extraction read (the PDFs only; the pipeline also reads text and HTML files). */
  rawPages: number;
  /** Median seconds of raw pooled extraction and of the whole pipeline run (extract -> store -> summary). */
  rawSeconds: number;
  pipelineSeconds: number;
  rawPagesPerSecond: number;
  pipelinePagesPerSecond: number;
  /** Pipeline throughput over raw throughput, on the same pages (1 = the pipeline costs no more than extraction). */
  ratio: number;
  /** Share of summed stage time per stage (workers' stages, store, emerging themes), from the median run. */
  stageShares: Record<string, number>;
  peakRssMb: number | null;
  peakMainRssMb: number | null;
  databaseMbPerThousandPages: number;
  rerunSeconds: number;
  summarySeconds: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A corpus's name as one folder name inside the scratch folder ('../shared/real-reports' -> 'shared-real-reports'). */
function folderName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '');
}

/** The pipeline over a corpus into `out`, forced (every document read again). */
function pipeline(root: string, corpus: Corpus, out: string, concurrency: number, force: boolean): Promise<TreeRun> {
  return runScript(root, 'src/cli.ts', ['--input', corpus.folder, '--out', out, '--concurrency', String(concurrency), '--json', ...(force ? ['--force'] : [])]);
}

/** Measures one corpus at one concurrency over `rounds` interleaved rounds. */
export async function measure(root: string, corpus: Corpus, concurrency: number, rounds: number, scratch: string): Promise<Measurement> {
  const files = pdfsUnder(corpus.folder);
  const out = join(scratch, `${folderName(corpus.name)}-c${concurrency}`);
  const raws: RawRun[] = [];
  const runs: TreeRun[] = [];
  for (let round = 0; round < rounds; round++) {
    raws.push(await rawExtraction(files, concurrency));
    runs.push(await pipeline(root, corpus, out, concurrency, true));
  }
  const run = runs.find((candidate) => candidate.seconds === median(runs.map((r) => r.seconds)))!;
  const summary = endSummary(run.stdout);
  if (!summary) throw new Error(`the pipeline run on ${corpus.folder} gave no end event (exit ${run.code})`);
  const rerun = await pipeline(root, corpus, out, concurrency, false);
  const article = await runScript(root, 'scripts/summary.ts', ['--db', join(out, 'results.sqlite'), '--out', join(out, 'summary-alone')]);
  const rawSeconds = median(raws.map((r) => r.seconds));
  const rawPages = raws[0]!.pages;
  const total = Object.values(summary.stageSeconds).reduce((a, b) => a + b, 0) || 1;
  return {
    corpus: corpus.name, concurrency, documents: summary.processed, pages: summary.pages, rawPages,
    rawSeconds, pipelineSeconds: run.seconds,
    rawPagesPerSecond: rawPages / rawSeconds, pipelinePagesPerSecond: summary.pages / run.seconds,
    ratio: (summary.pages / run.seconds) / (rawPages / rawSeconds),
    stageShares: Object.fromEntries(Object.entries(summary.stageSeconds).map(([stage, seconds]) => [stage, seconds / total])),
    peakRssMb: run.peakRssMb, peakMainRssMb: run.peakMainRssMb,
    databaseMbPerThousandPages: statSync(join(out, 'results.sqlite')).size / 1024 / 1024 / Math.max(1, summary.pages) * 1000,
    rerunSeconds: rerun.seconds, summarySeconds: article.seconds,
  };
}
