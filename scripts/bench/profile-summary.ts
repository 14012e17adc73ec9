/**
 * `npm run profile-summary -- DIR [--top N]`: the CPU profiles `node --cpu-prof --cpu-prof-dir=DIR`
 * wrote (the main process and each worker, which inherit the flags), summed: self time by function
 * and by source file, the costliest first, with each one's share of all samples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { numberList, readCommand, UsageError } from '../../src/cli-usage.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Milliseconds of self time per key (function or file) over every profile in `folder`. */
function selfTimes(folder: string): { byFunction: Map<string, number>; byFile: Map<string, number>; total: number } {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const file = frame.url ? relative(process.cwd(), new URL(frame.url).pathname) : `(${frame.functionName || 'native'})`;
      add(byFunction, `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`, ms);
      // A library's many files count as one ("compromise", "pdfjs-dist"); the project's own files one by one.
      add(byFile, /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file, ms);
      total += ms;
    });
  }
  return { byFunction, byFile, total };
}

/** The `top` largest entries as lines: milliseconds, share, key. */
function ranked(map: Map<string, number>, total: number, top: number): string[] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key.slice(0, 160)}`);
}

const HELP = 'Usage: npm run profile-summary -- DIR [--top N]\n\nSelf time by function and by file over the .cpuprofile files of DIR (node --cpu-prof), N lines each (default 25).';
const options = readCommand(process.argv.slice(2), { top: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, HELP, (values, positionals) => {
  if (positionals.length !== 1) throw new UsageError('give one folder of .cpuprofile files');
  return { folder: positionals[0]!, top: numberList('top', values.top ?? '25')[0]! };
}, true);
if (typeof options === 'number') process.exit(options);
const { folder, top } = options;
const { byFunction, byFile, total } = selfTimes(folder);
process.stdout.write(`${(total / 1000).toFixed(1)} s of samples in ${folder}\n\nself time by function:\n${ranked(byFunction, total, top).join('\n')}\n\nself time by file (libraries whole):\n${ranked(byFile, total, top).join('\n')}\n`);
