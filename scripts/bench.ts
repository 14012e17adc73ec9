/**
 * `npm run bench -- [--count N] [--concurrency 1,2] [--repeat R]`: generates a corpus of N reports
 * in a temp folder, runs the whole pipeline over it at each concurrency, and prints wall time,
 * documents/s, pages/s and peak memory. Figures, not assertions: this VM is noisy, repeat runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.js';
import { defaults } from '../src/options.js';
import { run } from '../src/run.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, concurrency: { type: 'string' }, repeat: { type: 'string' } } });
const count = Number(values.count ?? 100);
const levels = (values.concurrency ?? `1,${defaults.concurrency}`).split(',').map(Number);
const repeat = Number(values.repeat ?? 1);

const folder = mkdtempSync(join(tmpdir(), 'inspection-bench-'));
try {
  const started = Date.now();
  await generateCorpus({ seed: 7, count, out: folder, era: 'A', extras: false });
  console.log(`generated ${count} reports in ${((Date.now() - started) / 1000).toFixed(1)} s (${folder})`);
  console.log('concurrency  run  seconds  documents/s  pages/s  peak RSS MB');
  for (const concurrency of levels) {
    for (let round = 1; round <= repeat; round++) {
      const out = join(folder, `out-${concurrency}-${round}`);
      const summary = await run({ ...defaults, input: join(folder, 'reports'), out, concurrency, force: true, quiet: true });
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(
        `${String(concurrency).padStart(11)}  ${String(round).padStart(3)}  ${summary.seconds.toFixed(2).padStart(7)}  ` +
        `${(summary.processed / summary.seconds).toFixed(1).padStart(11)}  ${(summary.pages / summary.seconds).toFixed(0).padStart(7)}  ${rss.toFixed(0).padStart(11)}`,
      );
    }
  }
  console.log('peak RSS is the process maximum so far (worker threads share the process).');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
