#!/usr/bin/env node
// `node scripts/launch.mjs <entry.ts> [options]`: what the npm scripts run. It runs the compiled build
// of the entry (dist/…/entry.js) when the build is current, i.e. every file of src/ and scripts/ has
// its built counterpart at least as new (src/build-freshness.mjs, the check the workers make too),
// since compiled code starts sooner and needs no TypeScript loader's memory. Otherwise it says so on
// stderr and runs the sources through tsx; a stale or missing build is never used.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledEntry } from '../src/build-freshness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const [entry, ...rest] = process.argv.slice(2);
if (entry === undefined || !entry.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/launch.mjs <entry.ts> [options]\n');
  process.exit(2);
}
const { built, stale } = compiledEntry(root, entry);
let file = built;
if (stale !== null) {
  process.stderr.write(`note: running the TypeScript sources through tsx (${stale}; npm run build makes a current one)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  // Child processes (the workers) load the sources through the same loader.
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${import.meta.resolve('tsx')}`.trim();
  file = resolve(root, entry);
}
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(file).href);
