/** Themes: which codebook themes each unit raises (weakness or strength), and the document's themes. */
import { stageVersion, type Stage } from '../pipeline.js';
import type { Codebook } from '../scheme/codebook.js';
import { aggregateThemes, compileCodebook, defaultThresholds, tagSentences, type ThemeThresholds } from '../classify/themes.js';

/** Code revision of the tagger; bump when the tagging rules change. */
const REVISION = 7;

/** Documents whose findings are not the inspectors' (the council's own papers): they raise no theme. */
export const NOT_THE_INSPECTORS = new Set(['not-an-inspection-report']);

/** The themes stage for a codebook; its version covers the codebook and thresholds, so a new codebook redoes documents. */
export function themes(codebook: Codebook, thresholds: ThemeThresholds = defaultThresholds): Stage {
  const compiled = compileCodebook(codebook);
  return {
    name: 'themes',
    version: stageVersion(REVISION, { codebook, thresholds }),
    needs: ['sentences', 'reason', 'metadata'],
    sets: ['themes'],
    run(document, report) {
      if (NOT_THE_INSPECTORS.has(document.reason ?? '')) {
        report.info('not-the-inspectors', `no themes: a ${document.reason} states the council's views, not the inspectors' findings`);
        return { themes: aggregateThemes([], thresholds) };
      }
      const result = aggregateThemes(tagSentences(document.sentences ?? [], compiled, document.metadata?.service?.value), thresholds);
      if (result.mentions.length === 0 && (document.sentences?.length ?? 0) > 0) {
        report.info('no-theme', `no unit raises a theme of the codebook "${codebook.id}"`);
      }
      return { themes: result };
    },
  };
}
