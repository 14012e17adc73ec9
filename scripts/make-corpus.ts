/**
 * CLI: generate the sample corpus (or another one for tests and benchmarks).
 *
 *   npm run corpus -- [--seed N] [--count M] [--out DIR] [--era A|B]
 *                     [--grades poor=..,fair=..,good=..,excellent=..]
 *                     [--prospects will-not=..,unlikely=..,probably=..,will=..] [--no-extras]
 *
 * Writes DIR/reports/ and DIR/labels.json. Defaults: seed 2001, count 76, out corpus, era A, extras on.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_OPTIONS, generateCorpus, type CorpusStats } from './corpus/generate.js';
import { GRADES, PROSPECTS, type CorpusOptions, type Grade } from './corpus/types.js';

function parsePairs(flag: string, text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of text.split(',')) {
    const m = /^([a-z-]+)=(\d+)$/.exec(part.trim());
    if (!m) throw new Error(`${flag}: expected name=count pairs, got "${part}"`);
    out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

/** Parse argv into options; throws with a message naming the bad argument. */
export function parseArgs(argv: string[]): CorpusOptions {
  const options: CorpusOptions = { ...DEFAULT_OPTIONS };
  let grades: string | undefined;
  let prospects: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${arg} must be a non-negative integer, got "${v}"`);
      return Number(v);
    };
    if (arg === '--seed') options.seed = int();
    else if (arg === '--count') options.count = int();
    else if (arg === '--out') options.out = value();
    else if (arg === '--era') {
      const era = value().toUpperCase();
      if (era !== 'A' && era !== 'B') throw new Error(`--era must be A or B, got "${era}"`);
      options.era = era;
    } else if (arg === '--grades') grades = value();
    else if (arg === '--prospects') prospects = value();
    else if (arg === '--no-extras') options.extras = false;
    else throw new Error(`unknown argument "${arg}"`);
  }
  if (options.count < 1) throw new Error('--count must be at least 1');
  if (grades !== undefined) {
    const pairs = parsePairs('--grades', grades);
    for (const k of pairs.keys()) if (!GRADES.includes(k as Grade)) throw new Error(`--grades: unknown grade "${k}"`);
    options.grades = Object.fromEntries(GRADES.map((g) => [g, pairs.get(g) ?? 0]));
  }
  if (prospects !== undefined) {
    const pairs = parsePairs('--prospects', prospects);
    // Either era's words are accepted; they map to the same ordinal.
    const ordinal = (k: string): number => {
      const a = (PROSPECTS.A as readonly string[]).indexOf(k);
      const b = (PROSPECTS.B as readonly string[]).indexOf(k);
      if (a < 0 && b < 0) throw new Error(`--prospects: unknown prospect "${k}"`);
      return a >= 0 ? a : b;
    };
    const counts = [0, 0, 0, 0];
    for (const [k, v] of pairs) counts[ordinal(k)]! += v;
    options.prospects = counts;
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  if (options.grades && sum(Object.values(options.grades)) !== options.count) throw new Error(`--grades counts sum to ${sum(Object.values(options.grades))}, but --count is ${options.count}`);
  if (options.prospects && sum(options.prospects) !== options.count) throw new Error(`--prospects counts sum to ${sum(options.prospects)}, but --count is ${options.count}`);
  return options;
}

async function main(): Promise<void> {
  let options: CorpusOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`make-corpus: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const stats: CorpusStats = { files: 0, bytes: 0, pages: [], splits: 0, used: new Set(), layouts: {} };
  const labels = await generateCorpus(options, stats);
  const count = (key: 'grade' | 'prospect'): string =>
    Object.entries(labels.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l[key]]: (acc[l[key]] ?? 0) + 1 }), {})).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`wrote ${stats.files} files (${stats.bytes} bytes) to ${options.out}/reports and ${labels.length} labels to ${options.out}/labels.json`);
  console.log(`grades: ${count('grade')}`);
  console.log(`prospects: ${count('prospect')}`);
  console.log(`pages: ${Math.min(...stats.pages)}-${Math.max(...stats.pages)}; judgement split across a page break in ${stats.splits} reports`);
  console.log(`layouts: ${Object.entries(stats.layouts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
