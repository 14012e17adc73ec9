/**
 * The check that a codebook's cues and patterns compile, as the themes stage compiles them. It loads
 * the part-of-speech parser (compromise), so only what reads a user's codebook imports it; the
 * built-in codebooks are checked by the tests and compiled where documents are tagged.
 */
import { nlp } from '../text/nlp.js';
import { compileCue } from '../classify/theme-codebook.js';
import type { CueCheck } from './codebook-validate.js';

/** Compiles one term or hint (as a cue) or one pattern (as a match net); throws when it does not compile. */
export const checkCue: CueCheck = (item, list, macros) => {
  if (list === 'patterns') nlp.buildNet([{ match: item }]);
  else compileCue(item, 1, macros);
};
