/**
 * Leave-one-set-out cross-validation of fitted weights: for each hand-written set, fit on the others
 * and read the held-out set; the hand weights read the same set for comparison.
 */
import type { Weights } from '../../src/classify/features.js';
import { calibrationBands, formatBands, formatShare, type Band, type Reading } from '../evaluation/calibration.js';
import { fitLogistic, type FitOptions, type Sample } from './logistic.js';
import { readWith, type Question } from './candidates.js';

/** Accuracy of one set's questions under one set of weights. */
export interface Accuracy { grade: number; prospect: number; cases: number }

/** The figures of one held-out set. */
export interface Fold { set: string; hand: Accuracy; fitted: Accuracy }

/** The figures of the whole cross-validation. */
export interface CrossValidation { folds: Fold[]; total: Fold; bands: Band[] }

/** The training samples of some questions: each candidate, right when it states the expected value. */
export function samplesOf(questions: readonly Question[]): Sample[] {
  return questions.filter((question) => !question.setAside)
    .flatMap((question) => question.candidates.map((candidate) => ({ features: candidate.features, label: candidate.value.token === question.expected })));
}

/** Logistic weights fitted on some questions. */
export function fitWeights(questions: readonly Question[], options?: FitOptions): Weights {
  return { method: 'logistic', threshold: 0, weights: fitLogistic(samplesOf(questions), options) };
}

function accuracy(questions: readonly Question[], weights: Weights, readings?: Reading[]): Accuracy {
  const right = { grade: 0, prospect: 0 };
  for (const question of questions) {
    const { value, confidence } = readWith(question, weights);
    if (value === question.expected) right[question.field]++;
    if (readings && value !== null && confidence !== null) readings.push({ confidence, correct: value === question.expected });
  }
  return { ...right, cases: questions.length / 2 };
}

/** Runs the cross-validation over the sets the questions come from. */
export function crossValidate(questions: readonly Question[], hand: Weights, options?: FitOptions): CrossValidation {
  const sets = [...new Set(questions.map((question) => question.set))];
  const readings: Reading[] = [];
  const folds = sets.map((set) => {
    const held = questions.filter((question) => question.set === set);
    const fitted = fitWeights(questions.filter((question) => question.set !== set), options);
    return { set, hand: accuracy(held, hand), fitted: accuracy(held, fitted, readings) };
  });
  const sum = (pick: (fold: Fold) => Accuracy): Accuracy => folds.map(pick).reduce((a, b) => ({ grade: a.grade + b.grade, prospect: a.prospect + b.prospect, cases: a.cases + b.cases }));
  return { folds, total: { set: 'all', hand: sum((fold) => fold.hand), fitted: sum((fold) => fold.fitted) }, bands: calibrationBands(readings) };
}

/** The cross-validation as text: per held-out set, hand and fitted accuracy; then the fitted readings' bands. */
export function formatCrossValidation(cv: CrossValidation): string {
  let out = 'held-out set  cases  hand grade          hand prospect       fitted grade        fitted prospect\n';
  for (const fold of [...cv.folds, cv.total]) {
    const cells = [fold.hand.grade, fold.hand.prospect, fold.fitted.grade, fold.fitted.prospect].map((right) => formatShare(right, fold.hand.cases).padEnd(19));
    out += `${fold.set.padEnd(12)}  ${String(fold.hand.cases).padStart(5)}  ${cells.join(' ').trimEnd()}\n`;
  }
  return `${out}\nfitted readings of the held-out sets by confidence band:\n${formatBands(cv.bands)}`;
}
