/** Running the real CLI in a child process, and temporary folders that are removed afterwards. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/helpers/cli.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What a CLI run left behind. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
}

/**
 * Runs `node --import tsx src/cli.ts ...args` from the repository root and resolves when it exits.
 * The child is killed (and the promise rejects, with its output so far) after `killAfterMs`.
 */
export function runCli(args: readonly string[], killAfterMs = 100_000): Promise<CliResult> {
  return runScript('src/cli.ts', args, killAfterMs);
}

/** Runs `node --import tsx <script> ...args` from the repository root (another command: evaluate, summary). */
export function runScript(script: string, args: readonly string[], killAfterMs = 100_000): Promise<CliResult> {
  // The test runner's NODE_OPTIONS already loads tsx; the child gets it once, explicitly.
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI ${args.join(' ')} still running after ${killAfterMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, killAfterMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** One `--json` event line, loosely typed (the tests check the fields they need). */
export type JsonEvent = { type: string; [key: string]: unknown };

/** The events of a `--json` run: one JSON object per stdout line. */
export function jsonEvents(stdout: string): JsonEvent[] {
  return stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as JsonEvent);
}

/** The summary of the `end` event of a `--json` run. */
export function endSummary(stdout: string): Record<string, unknown> {
  const end = jsonEvents(stdout).find((event) => event.type === 'end');
  if (!end) throw new Error(`no end event in:\n${stdout}`);
  return end.summary as Record<string, unknown>;
}

/** Makes temporary folders and removes them all with `removeAll()` (call it in afterAll). */
export function tempFolders(prefix = 'inspection-miner-test-'): { make: () => Promise<string>; removeAll: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async () => {
      const folder = await mkdtemp(join(tmpdir(), prefix));
      made.push(folder);
      return folder;
    },
    removeAll: async () => {
      await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
    },
  };
}
