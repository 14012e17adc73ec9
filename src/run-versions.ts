/**
 * The stage versions a run compares stored results with. Building the stages to read their versions
 * compiles the codebooks (a quarter of a second), which an unchanged rerun needs for nothing else, so
 * the build records the versions of the default settings (`npm run build` writes
 * dist/src/stage-versions.json) with a fingerprint of its own code; a run reads them from there only
 * when its code has that very fingerprint and its settings are those, and computes them otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineSettings } from './stages/index.js';
import type { Codebook } from './scheme/codebook.js';
import type { Options } from './options.js';

/** The name of the record beside the code it was made from. */
export const RECORD_NAME = 'stage-versions.json';

/** What the build records: the versions of one set of settings, and the code they were computed by. */
export interface VersionsRecord {
  code: string;
  settings: string;
  versions: Record<string, string>;
}

/** The settings of a run's stages, from its options and codebook. */
export function pipelineSettings(options: Pick<Options, 'maxPages' | 'scheme'>, codebook: Codebook): PipelineSettings {
  return { maxPages: options.maxPages, codebook, scheme: options.scheme };
}

/** A sha256 of every file under `folder` (paths and bytes, in path order) but the record. */
export function codeFingerprint(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(entry.parentPath === folder && entry.name === RECORD_NAME))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${relative(folder, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** A sha256 of the settings as the workers receive them. */
export function settingsKey(settings: PipelineSettings): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex');
}

/** The versions computed from the stages themselves. */
export async function computedVersions(settings: PipelineSettings): Promise<Record<string, string>> {
  const [{ buildPipeline }, { stageVersions }] = await Promise.all([import('./stages/index.js'), import('./pipeline.js')]);
  return stageVersions(buildPipeline(settings));
}

/** The versions of these settings: from the record in `folder` when it was made by this code with them, else computed. */
export async function runVersions(settings: PipelineSettings, folder = fileURLToPath(new URL('.', import.meta.url))): Promise<Record<string, string>> {
  const path = join(folder, RECORD_NAME);
  if (existsSync(path)) {
    const record = JSON.parse(readFileSync(path, 'utf8')) as VersionsRecord;
    if (record.settings === settingsKey(settings) && record.code === codeFingerprint(folder)) return record.versions;
  }
  return computedVersions(settings);
}
