/**
 * Fitting the learned theme model (src/classify/theme-model.ts) on the hand-written theme sentences
 * (test/cases/theme-cases*.ts, sealed sets left out; never the generated corpus): per theme, a logistic
 * regression by stochastic gradient descent over the sentences in a fixed order, so a refit on the
 * same sets gives the same weights. Leave-one-set-out cross-validation tags each held-out set with the
 * codebook's cues alone and with the model fitted on the other sets, at each candidate threshold.
 */
import { builtinCodebook } from '../../src/scheme/codebook.js';
import { compileCodebook } from '../../src/classify/themes.js';
import { prepare, tokenize } from '../../src/classify/theme-text.js';
import { modelFeatures, type ThemeModel, type ThemeModelWeights } from '../../src/classify/theme-model.js';
import type { ThemeCase } from '../../test/cases/theme-cases.js';
import { scoreSet } from '../evaluation/theme-sets.js';
import { score, type Score } from '../evaluation/themes.js';

/** Settings of the fit. */
export interface ModelFitOptions { epochs: number; rate: number; l2: number; initialBias: number; prune: number }

/** Chosen on the cross-validation below: more epochs or a weaker penalty fit the held-out sets no better. */
export const modelFitOptions: ModelFitOptions = { epochs: 30, rate: 0.2, l2: 0.001, initialBias: -2, prune: 0.25 };

/** The thresholds the cross-validation tries. */
export const CANDIDATE_THRESHOLDS = [0.6, 0.7, 0.8, 0.9];

/** A theme set by number, with its cases. */
export interface SentenceSet { number: number; cases: ThemeCase[] }

interface Example { features: string[]; themes: Set<string> }

const compiledBase = compileCodebook({ ...builtinCodebook, model: undefined });

function examples(sets: readonly SentenceSet[]): Example[] {
  return sets.flatMap((set) => set.cases.map((one) => ({
    features: [...modelFeatures(tokenize([prepare(one.text, compiledBase.rewrites)])).keys()],
    themes: new Set(one.expect.map((tag) => tag.theme)),
  })));
}

function fitTheme(data: readonly Example[], theme: string, options: ModelFitOptions): ThemeModelWeights {
  const weights = new Map<string, number>();
  let bias = options.initialBias;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of data) {
      let score = bias;
      for (const feature of example.features) score += weights.get(feature) ?? 0;
      const error = 1 / (1 + Math.exp(-score)) - (example.themes.has(theme) ? 1 : 0);
      bias -= options.rate * error;
      for (const feature of example.features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - options.rate * (error + options.l2 * weight));
      }
    }
  }
  const kept = [...weights].filter(([, weight]) => Math.abs(weight) >= options.prune).sort(([a], [b]) => a.localeCompare(b));
  return { bias: round(bias), weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, round(weight)])) };
}

/** Fits every theme of the built-in codebook on the sets. */
export function fitThemeModel(sets: readonly SentenceSet[], threshold: number, options: ModelFitOptions = modelFitOptions): ThemeModel {
  const data = examples(sets);
  return { threshold, themes: Object.fromEntries(builtinCodebook.themes.map((theme) => [theme.id, fitTheme(data, theme.id, options)])) };
}

/** One held-out set's figures: cues alone, and cues with the model at each threshold. */
export interface ModelFold { set: number; cases: number; cues: Score; model: Record<string, Score> }

/** Leave-one-set-out cross-validation over the sets. */
export function crossValidateModel(sets: readonly SentenceSet[], options: ModelFitOptions = modelFitOptions): ModelFold[] {
  return sets.map((held) => {
    const model = fitThemeModel(sets.filter((set) => set !== held), 0, options);
    const figures = Object.fromEntries(CANDIDATE_THRESHOLDS.map((threshold) => {
      const compiled = compileCodebook({ ...builtinCodebook, model: { ...model, threshold } });
      return [String(threshold), scoreSet(`set ${held.number}`, held.cases, compiled).all];
    }));
    return { set: held.number, cases: held.cases.length, cues: scoreSet(`set ${held.number}`, held.cases, compiledBase).all, model: figures };
  });
}

/** The threshold with the best pooled F1 over the folds. */
export function bestThreshold(folds: readonly ModelFold[]): number {
  const f1 = (threshold: number) => pooled(folds.map((fold) => fold.model[String(threshold)]!)).f1;
  return CANDIDATE_THRESHOLDS.reduce((best, threshold) => (f1(threshold) > f1(best) ? threshold : best));
}

/** Micro figures pooled over folds. */
export function pooled(scores: readonly Score[]): Score {
  const total = (key: 'tp' | 'fp' | 'fn') => scores.reduce((sum, one) => sum + one[key], 0);
  return score(total('tp'), total('fp'), total('fn'));
}

/** The folds as a table: P/R/F1 of the cues alone and with the model at each threshold. */
export function formatModelFolds(folds: readonly ModelFold[]): string {
  const cell = (s: Score) => `${s.precision.toFixed(2)}/${s.recall.toFixed(2)}/${s.f1.toFixed(2)}`;
  const lines = [`held-out set   cases   cues alone       ${CANDIDATE_THRESHOLDS.map((t) => `model >= ${t}`.padEnd(16)).join(' ')}`];
  for (const fold of folds) lines.push(`${`set ${fold.set}`.padEnd(14)} ${String(fold.cases).padStart(5)}   ${cell(fold.cues).padEnd(16)} ${CANDIDATE_THRESHOLDS.map((t) => cell(fold.model[String(t)]!).padEnd(16)).join(' ')}`);
  lines.push(`${'pooled'.padEnd(14)} ${String(folds.reduce((n, f) => n + f.cases, 0)).padStart(5)}   ${cell(pooled(folds.map((f) => f.cues))).padEnd(16)} ${CANDIDATE_THRESHOLDS.map((t) => cell(pooled(folds.map((f) => f.model[String(t)]!))).padEnd(16)).join(' ')}`);
  return `${lines.join('\n')}\n(P/R/F1 of (theme, polarity) tags per sentence, every theme set left out in turn)\n`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
