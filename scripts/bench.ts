/**
 * `npm run bench -- [--corpus DIR] [--scale N,N,…] [--long P,P] [--concurrency 1,2] [--rounds R] [--quick] [--json FILE]`:
 * the whole pipeline beside raw pooled PDF extraction, on the same files, at the same concurrency.
 * Figures, not assertions: on a shared VM repeat runs and compare medians.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { flagError, readOptions, UsageError } from '../src/cli-usage.js';
import { foundCorpora, generatedCorpus, longReport, type Corpus } from './bench/corpora.js';
import { measure, type Measurement } from './bench/measure.js';
import { speedups, table } from './bench/report.js';
import { compiledEntry } from '../src/build-freshness.mjs';

const HELP = `Usage: npm run bench -- [options]

Runs raw pdf-parse extraction (a fresh pool of worker threads) and the whole pipeline (extract ->
themes -> store -> summary, the real CLI) on the same corpus, interleaved, and prints the medians,
their ratio, time per stage, peak memory, database size, an unchanged rerun and the summary alone.

Options:
  --corpus DIR         measure this folder (repeatable; default: the sample corpus, and ../shared/real-reports when present)
  --scale N,N,...      also generated corpora of N reports each (e.g. 76,500,2000)
  --long P,P           also one report of P dense pages each (e.g. 20,1000)
  --concurrency 1,2    worker counts to measure (default: 1,2)
  --rounds R           interleaved raw/pipeline rounds per figure, median kept (default: 3)
  --quick              the sample corpus only, one round, concurrency 2 (for a quick check)
  --json FILE          also write every figure as JSON
  --keep DIR           keep each corpus's database and summary in DIR (to compare results between commits)
  --help               print this help`;

interface BenchOptions { corpora: string[]; scale: number[]; long: number[]; concurrency: number[]; rounds: number; quick: boolean; json?: string; keep?: string }

function numbers(value: string | undefined, flag: string, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`${flag} takes positive whole numbers separated by commas, not "${value}"`);
  return list;
}

function parse(argv: string[]): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: {
      corpus: { type: 'string', multiple: true }, scale: { type: 'string' }, long: { type: 'string' }, concurrency: { type: 'string' },
      rounds: { type: 'string' }, quick: { type: 'boolean' }, json: { type: 'string' }, keep: { type: 'string' }, help: { type: 'boolean' },
    } }));
  } catch (error) {
    throw flagError(error);
  }
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  return {
    corpora: values.corpus ?? [], scale: numbers(values.scale, '--scale', []), long: numbers(values.long, '--long', []),
    concurrency: numbers(values.concurrency, '--concurrency', quick ? [2] : [1, 2]),
    rounds: numbers(values.rounds, '--rounds', [quick ? 1 : 3])[0]!, quick, ...(values.json ? { json: values.json } : {}), ...(values.keep ? { keep: resolve(values.keep) } : {}),
  };
}

async function corporaOf(options: BenchOptions, root: string, scratch: string): Promise<Corpus[]> {
  if (options.quick) return foundCorpora(root).slice(0, 1);
  const given = options.corpora.map((folder) => ({ name: folder, folder: resolve(folder) }));
  const corpora = given.length > 0 ? given : foundCorpora(root);
  for (const count of options.scale) corpora.push(await generatedCorpus(count, scratch));
  for (const pages of options.long) corpora.push(await longReport(pages, scratch));
  return corpora;
}

const options = readOptions(process.argv.slice(2), parse, HELP);
if (typeof options === 'number') process.exit(options);
const root = resolve(import.meta.dirname, '..');
const scratch = options.keep ?? mkdtempSync(join(tmpdir(), 'inspection-bench-'));
// The pipeline and its workers run the compiled build when it is current (scripts/launch.mjs): say which code is measured.
const { stale } = compiledEntry(root, 'src/cli.ts');
const workers = stale === null ? 'compiled build (dist/)' : `sources through tsx (${stale}: npm run build)`;
process.stdout.write(`the pipeline and its workers run the ${workers}\n`);
try {
  const measurements: Measurement[] = [];
  for (const corpus of await corporaOf(options, root, scratch)) {
    for (const concurrency of options.concurrency) {
      const measurement = await measure(root, corpus, concurrency, options.rounds, scratch);
      measurements.push(measurement);
      process.stdout.write(`${table([measurement], false)}\n`);
    }
  }
  process.stdout.write(`\n${table(measurements, true)}\n${speedups(measurements)}`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), rounds: options.rounds, workers, measurements }, null, 2)}\n`);
} finally {
  if (!options.keep) rmSync(scratch, { recursive: true, force: true });
}
