/**
 * Leave-one-set-out cross-validation of fitted weights: for each hand-written set, fit on the others
 * and read the held-out set; the hand weights read the same set for comparison.
 */
import { scoreOf, type Weights } from '../../src/classify/features.js';
import { calibrationBands, formatBands, formatShare, type Band, type Reading } from '../evaluation/calibration.js';
import { fitLogistic, type FitOptions, type Sample } from './logistic.js';
import { readWith, type Question } from './candidates.js';

/** Accuracy of one set's questions under one set of weights. */
export interface Accuracy { grade: number; prospect: number; cases: number }

/** The figures of one held-out set. */
export interface Fold { set: string; hand: Accuracy; fitted: Accuracy }

/** The figures of the whole cross-validation. */
export interface CrossValidation { folds: Fold[]; total: Fold; bands: Band[] }

/**
 * The training samples of some questions: each candidate, right when it states the expected value; with the hand score as a feature when stacking on hand weights.
 * A council's paper relaying a verdict is left out: the verdict stage, not the candidates' weights, decides whether it counts.
 */
export function samplesOf(questions: readonly Question[], base?: Weights): Sample[] {
  return questions.filter((question) => !question.setAside && question.cap === undefined).flatMap((question) => question.candidates.map((candidate) => ({
    features: base ? { ...candidate.features, 'hand-score': scoreOf(candidate.features, base) } : candidate.features,
    label: candidate.value.token === question.expected,
  })));
}

/** Logistic weights fitted on some questions (stacked on `base` when given). */
export function fitWeights(questions: readonly Question[], options?: FitOptions, base?: Weights): Weights {
  const weights: Weights = { method: 'logistic', threshold: 0, weights: fitLogistic(samplesOf(questions, base), options) };
  return base ? { ...weights, base } : weights;
}

function accuracy(questions: readonly Question[], weights: Weights, readings?: Reading[], calibration?: Weights): Accuracy {
  const right = { grade: 0, prospect: 0 };
  for (const question of questions) {
    const { value, confidence } = readWith(question, weights, calibration);
    if (value === question.expected) right[question.field]++;
    if (readings && value !== null && confidence !== null) readings.push({ confidence, correct: value === question.expected });
  }
  return { ...right, cases: questions.length / 2 };
}

/** Runs the cross-validation over the sets the questions come from. */
export function crossValidate(questions: readonly Question[], hand: Weights, options?: FitOptions, stack = false): CrossValidation {
  const sets = [...new Set(questions.map((question) => question.set))];
  const readings: Reading[] = [];
  const folds = sets.map((set) => {
    const held = questions.filter((question) => question.set === set);
    const fitted = fitWeights(questions.filter((question) => question.set !== set), options, stack ? hand : undefined);
    // The engine's readings: the hand weights decide, the weights fitted without this set give the confidence.
    return { set, hand: accuracy(held, hand, readings, fitted), fitted: accuracy(held, fitted) };
  });
  const sum = (pick: (fold: Fold) => Accuracy): Accuracy => folds.map(pick).reduce((a, b) => ({ grade: a.grade + b.grade, prospect: a.prospect + b.prospect, cases: a.cases + b.cases }));
  return { folds, total: { set: 'all', hand: sum((fold) => fold.hand), fitted: sum((fold) => fold.fitted) }, bands: calibrationBands(readings) };
}

/** The cross-validation as text: per held-out set, accuracy of the hand and of the fitted weights' decisions; then the bands of the readings (hand decisions, held-out fitted confidence). */
export function formatCrossValidation(cv: CrossValidation): string {
  let out = 'held-out set  cases  hand grade          hand prospect       fitted grade        fitted prospect\n';
  for (const fold of [...cv.folds, cv.total]) {
    const cells = [fold.hand.grade, fold.hand.prospect, fold.fitted.grade, fold.fitted.prospect].map((right) => formatShare(right, fold.hand.cases).padEnd(19));
    out += `${fold.set.padEnd(12)}  ${String(fold.hand.cases).padStart(5)}  ${cells.join(' ').trimEnd()}\n`;
  }
  return `${out}\nreadings of the held-out sets (hand decisions, confidence from weights fitted without the set) by band:\n${formatBands(cv.bands)}`;
}
