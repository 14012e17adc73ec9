/**
 * CLI: generate the sample corpus (or another one for tests and benchmarks).
 *
 *   npm run corpus -- [--seed N] [--count M] [--out DIR] [--era A|B]
 *                     [--grades poor=..,fair=..,good=..,excellent=..]
 *                     [--prospects will-not=..,unlikely=..,probably=..,will=..] [--no-extras] [--force]
 *
 * Writes DIR/reports/ and DIR/labels.json. Defaults: seed 2001, count 76, out corpus, era A, extras on.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorpusFolderError, DEFAULT_OPTIONS, generateCorpus, type CorpusStats } from './corpus/generate.js';
import { GRADES, PROSPECTS, type CorpusOptions, type Grade } from './corpus/types.js';
import { readOptions, UsageError } from '../src/cli-usage.js';

const HELP = `Usage: npm run corpus -- [options]

Generates a synthetic corpus of Best Value reports (PDFs) with their labels: DIR/reports/ and DIR/labels.json.

Options:
  --seed N             random seed (default: ${DEFAULT_OPTIONS.seed}); the same options give byte-identical files
  --count M            assessment reports (default: ${DEFAULT_OPTIONS.count}); three non-assessments come on top
  --out DIR            output folder (default: ${DEFAULT_OPTIONS.out})
  --era A|B            prospect vocabulary: A "will improve?" or B "prospects" (default: ${DEFAULT_OPTIONS.era})
  --grades poor=..,fair=..,good=..,excellent=..          exact counts, summing to --count
  --prospects will-not=..,unlikely=..,probably=..,will=..   exact counts (or poor/uncertain/promising/excellent)
  --no-extras          leave out the three non-assessments
  --force              replace the reports a previous generation wrote in DIR/reports/ (other files are
                       kept); without it, a folder that already holds files is refused
  --help               print this help

Exit codes: 0 written, 1 the folder holds files (no --force) or writing failed, 2 bad usage.`;

function parsePairs(flag: string, text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of text.split(',')) {
    const m = /^([a-z-]+)=(\d+)$/.exec(part.trim());
    if (!m) throw new UsageError(`${flag}: expected name=count pairs, got "${part}"`);
    out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

/** Parse argv into options ('help' for --help); throws a UsageError naming the bad argument. */
export function parseArgs(argv: string[]): CorpusOptions | 'help' {
  const options: CorpusOptions = { ...DEFAULT_OPTIONS };
  let grades: string | undefined;
  let prospects: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`${arg} must be a non-negative integer, got "${v}"`);
      return Number(v);
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--seed') options.seed = int();
    else if (arg === '--count') options.count = int();
    else if (arg === '--out') options.out = value();
    else if (arg === '--era') {
      const era = value().toUpperCase();
      if (era !== 'A' && era !== 'B') throw new UsageError(`--era must be A or B, got "${era}"`);
      options.era = era;
    } else if (arg === '--grades') grades = value();
    else if (arg === '--prospects') prospects = value();
    else if (arg === '--no-extras') options.extras = false;
    else if (arg === '--force') options.force = true;
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  if (options.count < 1) throw new UsageError('--count must be at least 1');
  if (grades !== undefined) {
    const pairs = parsePairs('--grades', grades);
    for (const k of pairs.keys()) if (!GRADES.includes(k as Grade)) throw new UsageError(`--grades: unknown grade "${k}"`);
    options.grades = Object.fromEntries(GRADES.map((g) => [g, pairs.get(g) ?? 0]));
  }
  if (prospects !== undefined) {
    const pairs = parsePairs('--prospects', prospects);
    // Either era's words are accepted; they map to the same ordinal.
    const ordinal = (k: string): number => {
      const a = (PROSPECTS.A as readonly string[]).indexOf(k);
      const b = (PROSPECTS.B as readonly string[]).indexOf(k);
      if (a < 0 && b < 0) throw new UsageError(`--prospects: unknown prospect "${k}"`);
      return a >= 0 ? a : b;
    };
    const counts = [0, 0, 0, 0];
    for (const [k, v] of pairs) counts[ordinal(k)]! += v;
    options.prospects = counts;
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  if (options.grades && sum(Object.values(options.grades)) !== options.count) throw new UsageError(`--grades counts sum to ${sum(Object.values(options.grades))}, but --count is ${options.count}`);
  if (options.prospects && sum(options.prospects) !== options.count) throw new UsageError(`--prospects counts sum to ${sum(options.prospects)}, but --count is ${options.count}`);
  return options;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), parseArgs, HELP);
  if (typeof options === 'number') {
    process.exitCode = options;
    return;
  }
  const stats: CorpusStats = { files: 0, bytes: 0, pages: [], splits: 0, used: new Set(), layouts: {} };
  let labels;
  try {
    labels = await generateCorpus(options, stats);
  } catch (error) {
    if (!(error instanceof CorpusFolderError)) throw error;
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  const count = (key: 'grade' | 'prospect'): string =>
    Object.entries(labels.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l[key]]: (acc[l[key]] ?? 0) + 1 }), {})).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`wrote ${stats.files} files (${stats.bytes} bytes) to ${options.out}/reports and ${labels.length} labels to ${options.out}/labels.json`);
  console.log(`grades: ${count('grade')}`);
  console.log(`prospects: ${count('prospect')}`);
  console.log(`pages: ${Math.min(...stats.pages)}-${Math.max(...stats.pages)}; judgement split across a page break in ${stats.splits} reports`);
  console.log(`layouts: ${Object.entries(stats.layouts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
