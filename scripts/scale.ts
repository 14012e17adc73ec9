/**
 * `npm run scale -- [--pages 20,500,2000] [--page-kb K]`: times every per-document stage after
 * extraction on a generated text report of each size and prints CPU milliseconds per page, so that a
 * stage whose cost grows faster than the text shows as a rising figure. With `--page-kb` it also
 * times one page of K kilobytes. Figures, not assertions.
 */
import { newDocument } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { analysis } from '../src/stages/index.js';
import { longReportPages, hugePage } from './scale/long-report.js';
import { numberList, readCommand } from '../src/cli-usage.js';

const HELP = `Usage: npm run scale -- [--pages 20,500,2000] [--page-kb K]

Times every per-document stage after extraction on a generated text report of each size and prints
CPU milliseconds per page; with --page-kb, also one page of K kilobytes. Figures, not assertions.`;

const options = readCommand(process.argv.slice(2), { pages: { type: 'string' }, 'page-kb': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, HELP, (values) => ({
  sizes: numberList('pages', values.pages ?? '20,500,2000'),
  pageKb: values['page-kb'] === undefined ? undefined : numberList('page-kb', values['page-kb'])[0],
}));
if (typeof options === 'number') process.exit(options);
const { sizes, pageKb } = options;
const stages = analysis();

/** CPU milliseconds each stage took on a document of the given pages. */
async function timeStages(pages: string[]): Promise<Record<string, number>> {
  let document = { ...newDocument('scale.txt', 'scale', 'txt', 0), pages: pages.map((text, i) => ({ number: i + 1, text })) };
  const times: Record<string, number> = {};
  for (const stage of stages) {
    const started = process.cpuUsage();
    document = await runStages([stage], document);
    const used = process.cpuUsage(started);
    times[stage.name] = (used.user + used.system) / 1000;
  }
  const fatal = document.messages.find((message) => message.severity === 'fatal');
  if (fatal) throw new Error(`the scale report failed: ${fatal.text}`);
  return times;
}

function row(label: string, pages: number, times: Record<string, number>): string {
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  const cells = [...Object.values(times), total].map((ms) => (ms / pages).toFixed(3).padStart(10));
  return `${label.padStart(12)}  ${cells.join('')}`;
}

await timeStages(longReportPages(5)); // load and compile once before timing
console.log('CPU milliseconds per page (CPU time, not wall time: steadier on a shared machine)');
console.log(`${'pages'.padStart(12)}  ${[...stages.map((stage) => stage.name), 'total'].map((name) => name.padStart(10)).join('')}`);
for (const size of sizes) console.log(row(String(size), size, await timeStages(longReportPages(size))));
if (pageKb !== undefined) console.log(row(`1 x ${pageKb} KB`, 1, await timeStages([hugePage(pageKb * 1024)])));
