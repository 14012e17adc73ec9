/** Shared pieces of the fault suite: a CLI child the test can watch and disturb, inputs, and results to compare. */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';

/** A running CLI: its process, its output so far, and its end. */
export interface RunningCli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout holds a line for which `test` is true. */
  waitForLine: (test: (line: string) => boolean) => Promise<void>;
  done: Promise<CliResult>;
}

/**
 * Starts `command args` from the repository root (by default the CLI under tsx). `detached` puts
 * it in its own process group, so that a signal can go to the whole group as Ctrl-C does.
 */
export function startCli(args: readonly string[], options: { command?: string[]; detached?: boolean } = {}): RunningCli {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const [command, ...prefix] = options.command ?? [process.execPath, '--import', 'tsx', 'src/cli.ts'];
  const started = Date.now();
  const child = spawn(command!, [...prefix, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ test: (line: string) => boolean; resolve: () => void }> = [];
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    for (const waiter of [...waiters]) {
      if (stdout.split('\n').some(waiter.test)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForLine: (test) => new Promise((resolve, reject) => {
      if (stdout.split('\n').some(test)) return resolve();
      waiters.push({ test, resolve });
      void done.then(() => reject(new Error(`the CLI ended before the awaited line\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
    }),
    done,
  };
}

/** Whether a `--json` line is a document event. */
export const isDocumentEvent = (line: string): boolean => line.startsWith('{"type":"document"');

/** Copies the first `count` PDFs of the sample corpus into `folder` (real reports, quick to read). */
export function copySampleReports(folder: string, count: number): string[] {
  const source = join(repoRoot, 'corpus', 'reports');
  const names = readdirSync(source).filter((name) => name.endsWith('.pdf')).sort().slice(0, count);
  for (const name of names) copyFileSync(join(source, name), join(folder, name));
  return names;
}

/** The public results of a database, sorted by file: what two equivalent runs must agree on. */
export function publicResults(database: string): unknown[] {
  if (!existsSync(database)) return [];
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare('SELECT * FROM report_results ORDER BY file').all();
  } finally {
    db.close();
  }
}

/** Runs `read` on the database, read-only. */
export function readDatabase<T>(database: string, read: (db: Database.Database) => T): T {
  const db = new Database(database, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * An input folder of `count` sample reports (plus what `extra` writes into it) and the public
 * results of one clean, undisturbed run over it: what every disturbed run must end up equal to.
 */
export async function cleanBaseline(
  make: () => Promise<string>, count: number, extra: (folder: string) => Promise<void> = async () => undefined,
): Promise<{ input: string; clean: unknown[] }> {
  const input = await make();
  copySampleReports(input, count);
  await extra(input);
  const out = await make();
  const result = await runCli(['--input', input, '--out', out, '--quiet']);
  if (result.code !== 0) throw new Error(`the clean run failed (exit ${result.code}): ${result.stderr}`);
  return { input, clean: publicResults(join(out, 'results.sqlite')) };
}
