/** Verdict: the document's status from its judgements, the prospect vocabulary era, and why when none. */
import type { Scheme } from '../scheme/index.js';
import { stageVersion, type Stage } from '../pipeline.js';

function count(text: string, words: readonly string[]): number {
  return words.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text)).length;
}

/** The verdict stage. */
export function verdict(scheme: Scheme): Stage {
  return {
    name: 'verdict',
    version: stageVersion(1, { markers: scheme.markers, eraBFrom: scheme.eraBFrom }),
    needs: ['layer', 'metadata', 'grade', 'prospect'],
    sets: ['status', 'reason', 'era', 'grade', 'prospect'],
    run(document, report) {
      const text = document.layer!.text;
      const own = count(text, scheme.markers.scheme);
      const foreign = count(text, scheme.markers.otherRegime);
      // Another regime's report: its grades ("Good", "Requires improvement") are not this scheme's.
      if (foreign >= 2 && foreign > own) {
        report.info('other-regime', `reads as another inspection regime's report (${foreign} markers against ${own}); ${scheme.name} grades not read`);
        return { status: 'no-judgement', reason: 'not-a-best-value-report', era: null, grade: null, prospect: null };
      }
      const { grade, prospect } = document;
      if (!grade && !prospect) {
        const draft = /to be confirmed|\btbc\b|\bdraft\b|provisional/i.test(text);
        const reason = draft ? 'draft-no-scores' : 'no-judgement-found';
        report.info(reason, draft ? 'a draft: its scores are not given' : `no sentence states a ${scheme.grade.name} or ${scheme.prospect.name} of this service`);
        return { status: 'no-judgement', reason, era: null, grade: null, prospect: null };
      }
      if (!grade) report.warn('no-grade', `no sentence states a ${scheme.grade.name}; only the ${scheme.prospect.name} was found`);
      if (!prospect) report.warn('no-prospect', `no sentence states a ${scheme.prospect.name}; only the ${scheme.grade.name} was found`);
      const fromWords = scheme.prospect.values.find((value) => value.token === prospect?.value)?.era;
      const date = document.metadata?.inspectedOn?.value ?? document.metadata?.publishedOn?.value;
      const era = fromWords ?? (date ? (date >= scheme.eraBFrom.slice(0, date.length) ? 'B' : 'A') : null);
      return { status: 'assessed', reason: null, era, grade: grade ?? null, prospect: prospect ?? null };
    },
  };
}
