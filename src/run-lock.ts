/**
 * One run at a time per database: a lock file beside it (`<database>.lock`) naming the holder's
 * pid, host and start time, created atomically, removed on any exit, and taken over when its
 * holder is a dead process on this host.
 */
import { readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another live run holds the lock. */
export class LockedError extends Error {
  constructor(readonly holder: LockHolder | null, readonly path: string) {
    super(holder
      ? `another run (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is writing this database; wait for it or use --wait SECONDS`
      : `another run is writing this database (lock file ${path}); wait for it or use --wait SECONDS`);
  }
}

/** The lock file of a database. */
export function lockPath(database: string): string {
  return `${database}.lock`;
}

function readHolder(path: string): LockHolder | null | 'gone' {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tries once: true when the lock is now ours. A dead holder's lock is removed and tried again. */
function tryAcquire(path: string, holder: LockHolder): boolean | LockHolder | null {
  try {
    writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const current = readHolder(path);
  if (current === 'gone') return tryAcquire(path, holder);
  if (current && current.host === holder.host && !isAlive(current.pid)) {
    // A stale lock: its process died without removing it (a kill -9, a power cut).
    try { unlinkSync(path); } catch { /* another run took it over first */ }
    return tryAcquire(path, holder);
  }
  return current;
}

/**
 * Takes the lock of `database`, waiting up to `waitSeconds` for another run to finish. Returns
 * the release function (also run on process exit). Throws LockedError when the wait ends first.
 */
export async function acquireLock(database: string, waitSeconds = 0): Promise<() => void> {
  const path = lockPath(database);
  mkdirSync(dirname(path), { recursive: true });
  const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const result = tryAcquire(path, holder);
    if (result === true) break;
    if (Date.now() >= deadline) throw new LockedError(result === false ? null : result, path);
    await sleep(Math.min(250, Math.max(1, deadline - Date.now())));
  }
  const release = () => {
    process.off('exit', release);
    const current = readHolder(path);
    if (current !== 'gone' && current?.pid === holder.pid && current.startedAt === holder.startedAt) unlinkSync(path);
  };
  process.on('exit', release);
  return release;
}
