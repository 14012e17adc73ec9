/**
 * Loading a user's codebook (JSON or YAML, the shape of `Codebook`) and validating it, with errors
 * that name the file and the entry at fault. A codebook may `extends` a built-in codebook by id.
 */
import type { Codebook } from './codebook.js';
import { builtinCodebooks } from './codebooks.js';
import { readCodebook, validateCodebook as validate } from './codebook-validate.js';

export { CodebookError } from './codebook-validate.js';

/** Validates a parsed codebook (an `extends` may name any built-in codebook); throws a CodebookError naming the entry at fault. */
export function validateCodebook(value: unknown): Codebook {
  return validate(value, builtinCodebooks);
}

/** Reads and validates a codebook file (JSON, or YAML when the name ends in .yaml or .yml). Throws a CodebookError whose one-line message names the file and entry. */
export function loadCodebook(file: string): Codebook {
  return readCodebook(file, builtinCodebooks);
}
