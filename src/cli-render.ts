/** How the CLI shows a run on the terminal: a progress bar on a TTY, plain lines otherwise, a closing table. */
import cliProgress from 'cli-progress';
import type { RunEvent, RunSummary } from './run.js';

/** Characters that could drive the terminal or reorder what it shows: controls, line breaks, bidi overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** File names and document text made safe to print: each unsafe character shown as an escape (`\n`, `\u202e`). */
export function clean(text: string): string {
  return text.replace(UNSAFE, (character) => NAMED[character] ?? escape(character));
}

/** One `--json` event line: JSON, with the characters JSON leaves raw (bidi controls, line separators) escaped too. */
export function jsonLine(event: unknown): string {
  return JSON.stringify(event).replace(UNSAFE, escape);
}

/** Failed files named at most, on the terminal; the rest are in report_results. */
const NAMED_FAILURES = 20;

/** The closing table: files, documents processed or unchanged, statuses, failures by reason, then the failed files by name. */
export function closingTable(summary: RunSummary): string {
  const rows: Array<[string, number | string]> = [
    ['files', summary.files],
    ...(summary.excluded > 0 ? [['excluded (--include/--exclude)', summary.excluded] as [string, number]] : []),
    ...(summary.skipped > 0 ? [['skipped (own outputs)', summary.skipped] as [string, number]] : []),
    ...(summary.unsupported > 0 ? [['skipped (not a report type)', summary.unsupported] as [string, number]] : []),
    ['documents', summary.documents],
    ['processed', summary.processed],
    ['unchanged', summary.unchanged],
  ];
  for (const [status, count] of Object.entries(summary.statuses).sort()) rows.push([`status ${status}`, count]);
  for (const [reason, count] of Object.entries(summary.failures).sort()) rows.push([`failed ${reason}`, count]);
  rows.push(['pages read', summary.pages], ['seconds', summary.seconds.toFixed(1)], ['database', clean(summary.database)]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  const failed = summary.failedFiles;
  if (failed.length === 0) return table.join('\n');
  const named = failed.slice(0, NAMED_FAILURES).map((f) => `  ${clean(f.file)}: ${f.status}${f.reason ? `/${f.reason}` : ''}`);
  const more = failed.length > NAMED_FAILURES ? [`  … and ${failed.length - NAMED_FAILURES} more (SELECT file, status, reason FROM report_results WHERE status IN ('unreadable', 'needs-ocr'))`] : [];
  return [...table, 'failed files:', ...named, ...more].join('\n');
}

/** One line for a quiet run that could not read some files: how many, and why. */
export function failureLine(summary: RunSummary): string | null {
  const count = summary.failedFiles.length;
  if (count === 0) return null;
  const reasons = Object.entries(summary.failures).sort().map(([reason, n]) => `${reason} ${n}`).join(', ');
  return `${count} of ${summary.files} file(s) could not be read (${reasons}); see report_results in ${clean(summary.database)}`;
}

/** Renders run events: with `tty` a live bar (documents, pages/s, ETA, failures), else a line every few seconds. */
export function progressRenderer(quiet: boolean, tty: boolean): { onEvent: (event: RunEvent) => void; stop: () => void } {
  let last: Extract<RunEvent, { type: 'document' }> | undefined;
  let started = Date.now();
  let printed = 0;
  let pages = 0;
  let failed = 0;
  const bar = tty && !quiet
    ? new cliProgress.SingleBar({
      format: '{bar} {value}/{total} documents | {pagesPerSecond} pages/s | ETA {eta_formatted} | failed {failed}',
      hideCursor: true, clearOnComplete: false, stream: process.stderr,
    }, cliProgress.Presets.shades_classic)
    : undefined;
  const rates = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return { documents: (last?.done ?? 0) / seconds, pages: pages / seconds };
  };
  const line = () => {
    if (!last || last.done === printed) return;
    printed = last.done;
    const rate = rates();
    process.stderr.write(`progress: ${last.done}/${last.total} documents, ${rate.documents.toFixed(1)} documents/s, ${rate.pages.toFixed(0)} pages/s, ${failed} failed\n`);
  };
  const timer = bar ? undefined : setInterval(line, 3000);
  timer?.unref();
  // On a TTY, clear the bar's line first; the bar redraws itself on the next update.
  const say = (text: string) => process.stderr.write(`${bar ? '\r\u001b[K' : ''}${text}\n`);
  return {
    stop: () => { if (timer) clearInterval(timer); bar?.stop(); },
    onEvent: (event) => {
      if (quiet) {
        const line = event.type === 'end' ? failureLine(event.summary) : null;
        if (line) process.stderr.write(`${line}\n`);
        return;
      }
      if (event.type === 'start') {
        started = Date.now();
        if (event.files === 0) process.stderr.write('no documents found\n');
        else process.stderr.write(`${event.files} files, ${event.documents} documents: ${event.toProcess} to process, ${event.unchanged} unchanged\n`);
        if (event.toProcess > 0) bar?.start(event.toProcess, 0, { pagesPerSecond: '0', failed: 0 });
      } else if (event.type === 'document') {
        last = event;
        pages += event.pages;
        if (['unreadable', 'needs-ocr'].includes(event.status)) failed++;
        bar?.update(event.done, { pagesPerSecond: rates().pages.toFixed(0), failed });
      } else if (event.type === 'warning') say(`warning: ${clean(event.file)}: ${clean(event.text)}`);
      else if (event.type === 'end') {
        if (bar) bar.stop(); else line();
        process.stdout.write(`${closingTable(event.summary)}\n`);
      }
    },
  };
}
