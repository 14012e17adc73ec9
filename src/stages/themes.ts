/** Themes: which themes of the document's scheme's codebook each unit raises (weakness or strength), and the document's themes. */
import { stageVersion, type Stage } from '../pipeline.js';
import { builtinCodebook, type Codebook } from '../scheme/codebook.js';
import { codebooksByScheme, codingScheme } from '../scheme/codebooks.js';
import { aggregateThemes, compileCodebook, defaultThresholds, tagSentences, type CompiledCodebook, type ThemeThresholds } from '../classify/themes.js';

/** Code revision of the tagger; bump when the tagging rules change. */
const REVISION = 32;

/** Documents whose findings are not the inspectors' (the council's own papers): they raise no theme. */
export const NOT_THE_INSPECTORS = new Set(['not-an-inspection-report']);

/**
 * The themes stage. Each document is coded with the codebook of its scheme: the built-in codebooks,
 * with `codebook` (a `--codebook` file) replacing the built-in codebook of each scheme it names. A
 * document of a scheme without a codebook raises no theme. A codebook's own thresholds replace
 * `thresholds` for its documents. The version covers every codebook and the thresholds, so a changed
 * codebook redoes documents.
 */
export function themes(codebook: Codebook = builtinCodebook, thresholds: ThemeThresholds = defaultThresholds): Stage {
  const byScheme = codebooksByScheme(codebook);
  const compiled = new Map<Codebook, CompiledCodebook>([...new Set(byScheme.values())].map((one) => [one, compileCodebook(one)]));
  const none = () => ({ themes: aggregateThemes([], thresholds) });
  return {
    name: 'themes',
    version: stageVersion(REVISION, { codebooks: [...byScheme.entries()], thresholds }),
    needs: ['sentences', 'reason', 'metadata', 'scheme'],
    sets: ['themes'],
    run(document, report) {
      if (NOT_THE_INSPECTORS.has(document.reason ?? '')) {
        report.info('not-the-inspectors', `no themes: a ${document.reason} states the council's views, not the inspectors' findings`);
        return none();
      }
      const scheme = codingScheme(document.scheme);
      const chosen = scheme === null ? undefined : byScheme.get(scheme);
      if (!chosen) {
        report.info('no-codebook', scheme === null ? 'no themes: the report\'s regime is unknown, so no codebook codes it' : `no themes: no codebook codes the scheme "${scheme}"`);
        return none();
      }
      const result = aggregateThemes(tagSentences(document.sentences ?? [], compiled.get(chosen)!, document.metadata?.service?.value), chosen.thresholds ?? thresholds);
      if (result.mentions.length === 0 && (document.sentences?.length ?? 0) > 0) {
        report.info('no-theme', `no unit raises a theme of the codebook "${chosen.id}"`);
      }
      return { themes: result };
    },
  };
}
