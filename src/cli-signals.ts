/**
 * Stop requests for the command line: SIGINT (Ctrl-C), SIGTERM and SIGHUP abort the run once; a
 * second one exits at once. Under `npm run`, a signal to npm's pid alone kills npm and leaves this
 * process running (measured: npm and its shell exit, tsx and the pipeline are re-parented and go
 * on), so the npm process is watched too and its death counts as a SIGTERM.
 */
import { readFileSync } from 'node:fs';

/** The exit code of a run stopped by a signal (128 + SIGINT, the shell convention). */
export const INTERRUPTED_EXIT = 130;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Parent pid and command line of a process, read from /proc (Linux); undefined elsewhere. */
function processInfo(pid: number): { parent: number; command: string; zombie: boolean } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    return { parent: Number(parent), command, zombie: state === 'Z' || state === 'X' };
  } catch {
    return undefined;
  }
}

/** The pid of the npm process this one runs under (npm, its shell, tsx, this), if any. */
function npmAncestor(): number | undefined {
  if (process.env.npm_lifecycle_event === undefined) return undefined;
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth++) {
    const info = processInfo(pid);
    if (!info) return undefined;
    if (/(^|\/)npm(\s|$)|npm-cli\.js/.test(info.command)) return pid;
    pid = info.parent;
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    if (process.platform !== 'linux') return true;
    const info = processInfo(pid);
    return info !== undefined && !info.zombie;
  } catch {
    return false;
  }
}

function ignore(): void {}

/** Listens for stop requests; `signal` aborts with the signal's name. Call `dispose` when done. */
export function stopRequests(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT);
    controller.abort(name);
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  // Past a file-size limit a write fails with EFBIG (a database error, like a full disk) instead of killing the process.
  process.on('SIGXFSZ', ignore);
  const npm = npmAncestor();
  const watch = npm === undefined ? undefined : setInterval(() => {
    if (!isAlive(npm)) onSignal('SIGTERM');
  }, 500);
  watch?.unref();
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
      process.off('SIGXFSZ', ignore);
      if (watch) clearInterval(watch);
    },
  };
}
