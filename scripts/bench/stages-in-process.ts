/**
 * `npm run stages-in-process -- DIR`: runs the per-document stages over every file of DIR in this
 * one process, as a worker would (no pool, nothing stored), and prints seconds per stage. Run under
 * `node --cpu-prof --import tsx` to profile the workers' work: worker processes are killed when a
 * run ends, so they write no profile of their own. Also prints the process's CPU seconds, steadier
 * than wall time on a shared machine.
 */
import { discover, readInput } from '../../src/discover.js';
import processDocument from '../../src/worker.js';
import { addTimings } from '../../src/process-documents.js';
import { readCommand, UsageError } from '../../src/cli-usage.js';

const HELP = 'Usage: npm run stages-in-process -- DIR\n\nRuns the per-document stages over every file of DIR in this one process and prints seconds per stage.';
const options = readCommand(process.argv.slice(2), { help: { type: 'boolean', short: 'h' } }, HELP, (_values, positionals) => {
  if (positionals.length !== 1) throw new UsageError('give one folder of reports');
  return positionals[0]!;
}, true);
if (typeof options === 'number') process.exit(options);
const folder = options;
const timings: Record<string, number> = {};
let pages = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (const file of await discover(folder)) {
  const read = await readInput(file);
  if ('error' in read) continue;
  const document = await processDocument({ path: file.path, sha256: file.sha256, type: file.type, size: file.size, bytes: read.bytes, settings: {} });
  pages += document?.pages.length ?? 0;
  addTimings(timings, document?.timings);
}
const total = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(`${pages} pages in ${total.toFixed(2)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU s\n${Object.entries(timings).map(([stage, ms]) => `${stage.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(7)} s`).join('\n')}\n`);
