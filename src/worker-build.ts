/**
 * Which code a worker process runs when the main process runs the TypeScript sources: the compiled
 * build (`npm run build`, dist/src/worker.js) when it is at least as new as every source file, since
 * a worker that loads tsx takes about 300 MB more memory and seconds longer to start; else the
 * sources through tsx. A build older than any source is never used.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './build-freshness.mjs';

let found: string | null | undefined;

/** The compiled worker's path when the main process runs the sources and the build is current; else undefined (decided once). */
export function compiledWorker(): string | undefined {
  if (found !== undefined) return found ?? undefined;
  found = null;
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const sources = join(here, '..');
    const built = join(sources, '..', 'dist', 'src');
    const worker = join(built, 'worker.js');
    if (existsSync(worker) && buildIsCurrent(sources, built)) found = worker;
  }
  return found ?? undefined;
}

/** Node flags and NODE_OPTIONS without the tsx loader, for a process that runs compiled code. */
export function withoutTsx(flags: readonly string[], nodeOptions: string | undefined): { flags: string[]; nodeOptions: string | undefined } {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if (/^--(?:import|require|loader|experimental-loader)=.*tsx/.test(flag)) continue;
    if (/^--(?:import|require|loader|experimental-loader)$/.test(flag) && /tsx/.test(flags[i + 1] ?? '')) { i++; continue; }
    kept.push(flag);
  }
  const options = nodeOptions?.replace(/--(?:import|require|loader|experimental-loader)[= ]\S*tsx\S*/g, '').trim();
  return { flags: kept, nodeOptions: options || undefined };
}
