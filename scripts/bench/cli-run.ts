/** The real CLI (or another command) in a child process, timed, with the peak memory of its process tree. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What a watched command did. */
export interface TreeRun {
  seconds: number;
  /** Highest sum of resident memory of the process and its descendants (workers), sampled every 50 ms; null without /proc. */
  peakRssMb: number | null;
  /** Highest resident memory of the main process alone. */
  peakMainRssMb: number | null;
  stdout: string;
  code: number | null;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Resident memory of a process in MB (0 when it is gone). */
function rss(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
  return match ? Number(match[1]) / 1024 : 0;
}

/** A process and all its descendants, from /proc's children lists. */
function tree(pid: number): number[] {
  const children = read(`/proc/${pid}/task/${pid}/children`).split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children.flatMap(tree)];
}

/** Runs `<script> ...args` in `cwd` as the npm scripts do (scripts/launch.mjs: the build when current, else tsx) and waits for it. */
export function runScript(cwd: string, script: string, args: readonly string[]): Promise<TreeRun> {
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/launch.mjs', script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  let peak: number | null = null;
  let peakMain: number | null = null;
  child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
  const sample = () => {
    if (!child.pid) return;
    const main = rss(child.pid);
    if (main === 0) return;
    peakMain = Math.max(peakMain ?? 0, main);
    peak = Math.max(peak ?? 0, tree(child.pid).reduce((sum, pid) => sum + rss(pid), 0));
  };
  const poll = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak, peakMainRssMb: peakMain, stdout, code });
    });
  });
}

/** The `end` event's summary of a `--json` pipeline run. */
export function endSummary(stdout: string): { pages: number; processed: number; stageSeconds: Record<string, number> } | undefined {
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { type: string; summary?: { pages: number; processed: number; stageSeconds: Record<string, number> } };
    if (event.type === 'end') return event.summary;
  }
  return undefined;
}
