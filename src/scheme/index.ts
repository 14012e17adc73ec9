/** The grading schemes the pipeline knows, as data. */
import * as bestValue from './best-value.js';
import type { Weights } from '../classify/features.js';
import { statements, type StatementLexicon } from './best-value-statements.js';
import handWeights from './best-value-weights.json' with { type: 'json' };
import fittedWeights from './best-value-weights-fitted.json' with { type: 'json' };

/** A grading scheme: its scales, cues, markers and section names. */
export interface Scheme {
  id: string;
  name: string;
  grade: bestValue.Scale;
  prospect: bestValue.Scale;
  cues: typeof bestValue.cues;
  preferredSections: readonly string[];
  discouragedSections: readonly string[];
  markers: typeof bestValue.markers;
  topLevelHeadings: readonly string[];
  abbreviations: readonly string[];
  eraBFrom: string;
  inspectorates: readonly string[];
  draftMarkers: readonly string[];
  notInspectionTitles: readonly string[];
  /** Those of the council's own judgement documents (a paper to a meeting may relay the inspectors' verdict; these never do). */
  ownJudgementTitles: readonly string[];
  councilPaperMarkers: readonly string[];
  /** Phrases announcing an inspection still to come: a paper naming one for another service than the verdict it relays is not that verdict's paper. */
  comingInspection: readonly string[];
  releaseMarkers: readonly string[];
  /** Closing lines of a release that name its issuer. */
  releaseContacts: readonly string[];
  inspectionTitles: readonly string[];
  serviceAliases: readonly (readonly string[])[];
  councilPattern: string;
  servicePattern: string;
  /** The judgement engine's feature weights: which candidates count and which value wins. */
  weights: Weights;
  /** Weights fitted by `npm run fit` whose probability is a reading's confidence (absent: the hand scale's confidence). */
  calibration?: Weights;
  /** The statement reader's words: holders, predicates of improvement, graded likelihood. */
  statements: StatementLexicon;
}

/** The Audit Commission Best Value scheme (the default). */
export const bestValueScheme: Scheme = {
  id: 'best-value',
  name: 'Audit Commission Best Value inspection',
  grade: bestValue.gradeScale,
  prospect: bestValue.prospectScale,
  cues: bestValue.cues,
  preferredSections: bestValue.preferredSections,
  discouragedSections: bestValue.discouragedSections,
  markers: bestValue.markers,
  topLevelHeadings: bestValue.topLevelHeadings,
  abbreviations: bestValue.abbreviations,
  eraBFrom: bestValue.eraBFrom,
  inspectorates: bestValue.inspectorates,
  draftMarkers: bestValue.draftMarkers,
  notInspectionTitles: bestValue.notInspectionTitles,
  ownJudgementTitles: bestValue.ownJudgementTitles,
  councilPaperMarkers: bestValue.councilPaperMarkers,
  comingInspection: bestValue.comingInspection,
  releaseMarkers: bestValue.releaseMarkers,
  releaseContacts: bestValue.releaseContacts,
  inspectionTitles: bestValue.inspectionTitles,
  serviceAliases: bestValue.serviceAliases,
  councilPattern: bestValue.councilPattern,
  servicePattern: bestValue.servicePattern,
  weights: handWeights as Weights,
  // Fitted on the hand-written case sets, stacked on the hand weights' score (npm run fit refits them).
  calibration: { ...(fittedWeights as Weights), base: handWeights as Weights },
  statements,
};
