/**
 * Loading a user's codebook (JSON or YAML, the shape of `Codebook`) and validating it, with errors
 * that name the file and the entry at fault. A codebook may `extends` a built-in codebook by id.
 * Every cue and pattern of a user's codebook is compiled once here, so a bad one stops the run before it starts.
 */
import type { Codebook } from './codebook.js';
import { builtinCodebooks } from './codebooks.js';
import { readCodebook, validateCodebook as validate } from './codebook-validate.js';
import { checkCue } from './codebook-cues.js';

export { CodebookError } from './codebook-validate.js';

/** Validates a parsed codebook (an `extends` may name any built-in codebook); throws a CodebookError naming the entry at fault. */
export function validateCodebook(value: unknown): Codebook {
  return validate(value, builtinCodebooks, checkCue);
}

/** Reads and validates a codebook file (JSON, or YAML when the name ends in .yaml or .yml). Throws a CodebookError whose one-line message names the file and entry. */
export function loadCodebook(file: string): Codebook {
  return readCodebook(file, builtinCodebooks, checkCue);
}
