// Whether the compiled build in dist/ may stand in for the sources: every source file has its
// built counterpart, at least as new. Plain JavaScript, so that the launcher (scripts/launch.mjs)
// can ask before any TypeScript loader is there; the build copies it beside the compiled code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Source files the build compiles (TypeScript, not declarations). */
const COMPILED = /(?<!\.d)\.ts$/;
/** Files the build copies as they are: data files and plain JavaScript modules. */
export const COPIED = /\.(?:sql|ya?ml|json|mjs)$/;

/** The build's counterpart of a source file, or undefined for a file the build does not make. */
function builtPath(source, sources, built) {
  const path = join(built, relative(sources, source));
  if (COMPILED.test(source)) return path.replace(/\.ts$/, '.js');
  return COPIED.test(source) ? path : undefined;
}

/** Whether every source file under `sources` has its built counterpart under `built`, at least as new. */
export function buildIsCurrent(sources, built) {
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const path = builtPath(source, sources, built);
    if (path === undefined) continue;
    if (!existsSync(path) || statSync(path).mtimeMs < statSync(source).mtimeMs) return false;
  }
  return true;
}

/**
 * The compiled counterpart of an entry file of the repository at `root` (e.g. src/cli.ts ->
 * dist/src/cli.js), and why it cannot stand in for the sources (null when it can: it exists and every
 * file of src/ and scripts/ has a current counterpart).
 */
export function compiledEntry(root, entry) {
  const built = join(root, 'dist', relative(root, join(root, entry))).replace(/\.ts$/, '.js');
  if (!existsSync(built)) return { built, stale: 'dist/ holds no build of it' };
  const current = ['src', 'scripts'].every((folder) => buildIsCurrent(join(root, folder), join(root, 'dist', folder)));
  return { built, stale: current ? null : 'the build in dist/ is older than the sources' };
}
