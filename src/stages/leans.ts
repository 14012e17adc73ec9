/** Leans: how each unit that raises no theme leans toward weakness or strength, for the corpus's emerging themes. */
import { stageVersion, type Stage } from '../pipeline.js';
import { builtinCodebook, type Codebook } from '../scheme/codebook.js';
import { compileCodebook } from '../classify/themes.js';
import { unitLeans } from '../classify/emerging.js';

/**
 * The leans stage, with the run's codebook (the one emerging themes are read with). Emerging themes
 * are ranked over the whole corpus after the run; reading each unit's polarity words is the costly
 * part, so it is done here, in the worker, and the ranking only adds up the stored leans.
 */
export function leans(codebook: Codebook = builtinCodebook): Stage {
  const compiled = compileCodebook(codebook);
  return {
    name: 'leans',
    version: stageVersion(1, { codebook }),
    needs: ['sentences', 'themes'],
    sets: ['leans'],
    run(document) {
      return { leans: unitLeans(document.sentences ?? [], document.themes?.mentions ?? [], compiled) };
    },
  };
}
