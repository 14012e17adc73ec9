/** Structure: the text layer -> sections and units (sentences, headings, table rows, list items). */
import type { Scheme } from '../scheme/index.js';
import { stageVersion, type Stage } from '../pipeline.js';
import { structure as split } from '../text/sentences.js';

/** The structure stage; headings and abbreviations come from the scheme. */
export function structure(scheme: Scheme): Stage {
  const options = {
    topLevel: scheme.topLevelHeadings.map((source) => new RegExp(source, 'i')),
    abbreviations: scheme.abbreviations,
  };
  return {
    name: 'structure',
    version: stageVersion(6, { headings: scheme.topLevelHeadings, abbreviations: scheme.abbreviations }),
    needs: ['layer'],
    sets: ['sections', 'sentences'],
    run(document) {
      return split(document.layer!, options);
    },
  };
}
