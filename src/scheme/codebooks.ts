/** The built-in theme codebooks, and which codebook codes a document of each scheme. */
import type { Finding } from '../document.js';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { builtinCodebook, type Codebook } from './codebook.js';

/**
 * A YAML data file beside this module, or the JSON the build writes of it (`<file>.json`) when that
 * is at least as new, so that a run of the compiled code need not parse YAML.
 */
function dataFile(name: string): string {
  const yaml = fileURLToPath(new URL(name, import.meta.url));
  const json = statSync(`${yaml}.json`, { throwIfNoEntry: false });
  return json !== undefined && json.mtimeMs >= statSync(yaml).mtimeMs ? `${yaml}.json` : yaml;
}

/** Where the build keeps the codebook it validated from a YAML data file (structured-clone bytes: `Infinity` survives). */
function validatedPath(yaml: string): string {
  return `${yaml}.codebook`;
}

const OFSTED_FILE = './codebook-ofsted-childrens-services.yaml';

/**
 * The codebook the build validated from a YAML data file beside this module, when that is at least
 * as new as the file; else the file read and validated now. The validator's schema library (zod)
 * takes about 0.15 s and 13 MB to load, in the main process and in every worker.
 */
async function codebookFile(name: string): Promise<Codebook> {
  const yaml = fileURLToPath(new URL(name, import.meta.url));
  const validated = statSync(validatedPath(yaml), { throwIfNoEntry: false });
  if (validated !== undefined && validated.mtimeMs >= statSync(yaml).mtimeMs) return deserialize(readFileSync(validatedPath(yaml))) as Codebook;
  const { readCodebook } = await import('./codebook-validate.js');
  return readCodebook(dataFile(name), [builtinCodebook]);
}

/**
 * The Ofsted children's services codebook (ILACS, SIF, looked-after children, LSCB reviews, focused
 * visits), a data file. Read without compiling its cues (the themes stage compiles them; the tests check
 * they compile), so that loading it does not load the part-of-speech parser.
 */
export const ofstedChildrensServicesCodebook: Codebook = await codebookFile(OFSTED_FILE);

/** The validated codebooks the build writes beside their YAML files (scripts/stage-versions.ts), as path and bytes. */
export function validatedCodebookFiles(): Array<{ path: string; bytes: Buffer }> {
  return [{ path: validatedPath(fileURLToPath(new URL(OFSTED_FILE, import.meta.url))), bytes: serialize(ofstedChildrensServicesCodebook) }];
}

/** Every built-in codebook; each names the schemes it codes. */
export const builtinCodebooks: readonly Codebook[] = [builtinCodebook, ofstedChildrensServicesCodebook];

/** The schemes a codebook codes (Best Value when it names none). */
export function schemesOf(codebook: Codebook): readonly string[] {
  return codebook.schemes ?? ['best-value'];
}

/** Scheme id to codebook: the built-in codebooks, with `replacement` (a `--codebook` file) taking only the schemes it names. */
export function codebooksByScheme(replacement?: Codebook): ReadonlyMap<string, Codebook> {
  const byScheme = new Map<string, Codebook>();
  for (const codebook of [...builtinCodebooks, ...(replacement ? [replacement] : [])]) {
    for (const scheme of schemesOf(codebook)) byScheme.set(scheme, codebook);
  }
  return byScheme;
}

/**
 * The scheme whose codebook codes a document: Best Value when no stage has read its scheme (the
 * pipeline's original regime), none when its regime is unknown (a null finding).
 */
export function codingScheme(scheme: Finding | null | undefined): string | null {
  if (scheme === undefined) return 'best-value';
  return scheme?.value ?? null;
}
