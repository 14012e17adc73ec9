/** Runs the real pipeline CLI as a child process and watches it: exit, peak memory, time from its end event to its exit. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What the watched run did. */
export interface WatchedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process (threads included): /proc VmHWM sampled every 100 ms; null without /proc. */
  peakRssMb: number | null;
  /** Seconds from the `end` event to the process's exit (a leaked worker keeps it alive); null without an end event. */
  exitAfterEndSeconds: number | null;
  /** Whether the run was killed for running past the deadline. */
  killed: boolean;
}

/** The high-water mark of resident memory of a process, in MB. */
function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `node --import tsx src/cli.ts ...args` in `cwd`, killed after `deadlineMs`. */
export function watchCli(cwd: string, args: readonly string[], deadlineMs: number): Promise<WatchedRun> {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peak: number | null = null;
  let endedAt: number | null = null;
  let killed = false;
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    if (endedAt === null && /"type":"end"/.test(text)) endedAt = Date.now();
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
  const sample = () => { peak = Math.max(peak ?? 0, peakRss(child.pid!) ?? 0) || peak; };
  const poll = setInterval(sample, 100);
  const deadline = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, deadlineMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(deadline);
      const exitAfterEndSeconds = endedAt === null ? null : (Date.now() - endedAt) / 1000;
      resolve({ code, signal, stdout, stderr, peakRssMb: peak, exitAfterEndSeconds, killed });
    });
  });
}
