/**
 * Worker processes: each document runs in a child process whose data size the operating system
 * bounds (RLIMIT_DATA through `prlimit`), because pdf.js allocates outside the JavaScript heap that
 * a worker thread's resource limits cover. A worker that failed is never reused.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { DocumentRecord } from './document.js';
import type { PipelineSettings } from './stages/index.js';
import type { WarmupTask, WorkerTask } from './worker.js';
import { compiledWorker, withoutTsx } from './worker-build.js';

/** Why a worker did not return a document. */
export type WorkerFailure = 'timeout' | 'out-of-memory' | 'crashed';

/** What running one task gave: a document, a failure charged to it, or nothing (the pool was closed). */
export type WorkerOutcome =
  | { kind: 'done'; document: DocumentRecord }
  | { kind: 'failed'; reason: WorkerFailure; text: string; fresh: boolean }
  | { kind: 'abandoned' };

/** Settings of the pool. */
export interface PoolSettings {
  settings: PipelineSettings;
  /** Bytes of data one worker may allocate (heap, buffers, native memory). */
  memoryMb: number;
  timeoutSeconds: number;
  /** Workers kept started: one per document processed at once. */
  size: number;
}

interface Worker {
  child: ChildProcess;
  ready: Promise<boolean>;
  stderr: string;
  /** Documents this worker has finished. */
  used: number;
}

const OUT_OF_MEMORY = /out of memory|allocation failed|bad_alloc|memory allocation of/i;

/** Whether `prlimit` (util-linux) can bound a child's data size here. */
const hasPrlimit = process.platform === 'linux' && spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0;

/** Whether workers run under an operating-system memory limit (false only where `prlimit` is missing). */
export const memoryBounded = hasPrlimit;

/**
 * Megabytes of each half of a worker's young generation (V8 grows it to 16 by default). Most of what
 * a document allocates dies young, so smaller halves hold less garbage at once: a worker's peak
 * memory over the real reports 229-231 -> 190-196 MB, for 10-20 ms more of collection pauses in
 * 24 s of work.
 */
const SEMI_SPACE_MB = 4;

function workerCommand(memoryMb: number): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  // Under tsx the sources are .ts and the loader comes from execArgv or NODE_OPTIONS; a build uses .js,
  // and so does a worker of the sources when their build is current (no tsx loaded: less memory).
  const compiled = compiledWorker();
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = compiled ?? new URL(`./worker${extension}`, import.meta.url).pathname;
  const { flags, nodeOptions } = compiled ? withoutTsx(process.execArgv, process.env.NODE_OPTIONS) : { flags: process.execArgv, nodeOptions: process.env.NODE_OPTIONS };
  const { NODE_OPTIONS: _options, ...rest } = process.env;
  const env = nodeOptions === undefined ? rest : { ...rest, NODE_OPTIONS: nodeOptions };
  const node = [...flags, `--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, entry];
  if (!hasPrlimit) return { command: process.execPath, args: node, env };
  return { command: 'prlimit', args: [`--data=${memoryMb * 1024 * 1024}`, '--', process.execPath, ...node], env };
}

/** A pool of at most `concurrency` busy workers (the caller bounds how many tasks run at once). */
export class WorkerPool {
  private idle: Worker[] = [];
  private busy = new Set<Worker>();
  private closed = false;

  /** Starts `size` workers at once, so that they load in parallel before the first document. */
  constructor(private readonly pool: PoolSettings) {
    for (let i = 0; i < pool.size; i++) this.idle.push(this.start());
  }

  /** Runs one task; `fresh` asks for a worker that has processed nothing yet. Never throws. */
  async run(task: WorkerTask, fresh = false): Promise<WorkerOutcome> {
    if (this.closed) return { kind: 'abandoned' };
    const worker = this.takeIdle(fresh) ?? this.start();
    this.busy.add(worker);
    const wasFresh = worker.used === 0;
    const outcome = await this.send(worker, task, wasFresh);
    this.busy.delete(worker);
    // A worker whose document was unreadable may be left in a bad state (measured: after a memory
    // bomb failed its allocation, every later document on that worker failed the same way), so it is replaced.
    if (outcome.kind === 'done' && !this.closed && outcome.document.status !== 'unreadable') {
      worker.used += 1;
      this.idle.push(worker);
    } else {
      worker.child.kill('SIGKILL');
      // A replacement starts loading now, so the next document does not wait for it.
      if (!this.closed) this.idle.unshift(this.start());
    }
    return this.closed ? { kind: 'abandoned' } : outcome;
  }

  private takeIdle(fresh: boolean): Worker | undefined {
    const index = fresh ? this.idle.findIndex((worker) => worker.used === 0) : this.idle.length - 1;
    return index < 0 ? undefined : this.idle.splice(index, 1)[0];
  }

  /** Stops every worker; tasks in flight end as abandoned. */
  close(): void {
    this.closed = true;
    for (const worker of [...this.idle, ...this.busy]) worker.child.kill('SIGKILL');
    this.idle = [];
  }

  private start(): Worker {
    const { command, args, env } = workerCommand(this.pool.memoryMb);
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', env });
    const worker: Worker = { child, stderr: '', used: 0, ready: Promise.resolve(false) };
    child.stderr?.setEncoding('utf8').on('data', (text: string) => { worker.stderr = (worker.stderr + text).slice(-4000); });
    worker.ready = new Promise((resolve) => {
      child.once('message', () => resolve(true));
      child.once('exit', () => resolve(false));
      child.once('error', () => resolve(false));
    });
    child.send({ warmup: true, settings: JSON.stringify(this.pool.settings) } satisfies WarmupTask);
    return worker;
  }

  private async send(worker: Worker, task: WorkerTask, fresh: boolean): Promise<WorkerOutcome> {
    // The timeout starts once the worker has loaded its stages, so it measures this document only.
    if (!(await worker.ready)) return this.failure(worker, 'crashed', fresh);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.child.kill('SIGKILL');
        resolve({ kind: 'failed', reason: 'timeout', text: `processing took longer than ${this.pool.timeoutSeconds} s; the worker was stopped`, fresh });
      }, this.pool.timeoutSeconds * 1000);
      const onMessage = (document: DocumentRecord) => finish({ kind: 'done', document });
      const onExit = () => finish(this.failure(worker, 'crashed', fresh));
      const finish = (outcome: WorkerOutcome) => {
        clearTimeout(timer);
        worker.child.off('message', onMessage).off('exit', onExit);
        resolve(outcome);
      };
      worker.child.on('message', onMessage).once('exit', onExit);
      // The settings went with the warm-up (the codebook is about 200 KB to copy and compare per document).
      worker.child.send(task);
    });
  }

  private failure(worker: Worker, fallback: WorkerFailure, fresh: boolean): WorkerOutcome {
    const { exitCode, signalCode } = worker.child;
    const reason = OUT_OF_MEMORY.test(worker.stderr) ? 'out-of-memory' : fallback;
    const lastLine = worker.stderr.trim().split('\n').filter((line) => !/^\s*\d+: 0x/.test(line)).pop() ?? '';
    const how = signalCode ? `signal ${signalCode}` : `exit code ${String(exitCode)}`;
    const text = reason === 'out-of-memory'
      ? `the document needed more than ${this.pool.memoryMb} MB; the worker was stopped`
      : `the worker stopped (${how})${lastLine ? `: ${lastLine}` : ''}`;
    return { kind: 'failed', reason, text, fresh };
  }
}
