/** The built-in theme codebooks, and which codebook codes a document of each scheme. */
import type { Finding } from '../document.js';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinCodebook, type Codebook } from './codebook.js';
import { readCodebook } from './codebook-validate.js';

/**
 * A YAML data file beside this module, or the JSON the build writes of it (`<file>.json`) when that
 * is at least as new, so that a run of the compiled code need not parse YAML.
 */
function dataFile(name: string): string {
  const yaml = fileURLToPath(new URL(name, import.meta.url));
  const json = statSync(`${yaml}.json`, { throwIfNoEntry: false });
  return json !== undefined && json.mtimeMs >= statSync(yaml).mtimeMs ? `${yaml}.json` : yaml;
}

/**
 * The Ofsted children's services codebook (ILACS, SIF, looked-after children, LSCB reviews, focused
 * visits), a data file. Read without compiling its cues (the themes stage compiles them; the tests check
 * they compile), so that loading it does not load the part-of-speech parser.
 */
export const ofstedChildrensServicesCodebook: Codebook = readCodebook(dataFile('./codebook-ofsted-childrens-services.yaml'), [builtinCodebook]);

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
