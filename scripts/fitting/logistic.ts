/** Logistic regression on sparse named features, by batch gradient descent with an L2 penalty. */
import type { Features } from '../../src/classify/features.js';

/** One example: a candidate's features and whether it states the right value. */
export interface Sample {
  features: Features;
  label: boolean;
}

/** Settings of the fit. */
export interface FitOptions {
  /** Strength of the L2 penalty on every weight but the bias. */
  l2: number;
  iterations: number;
  rate: number;
}

/** Defaults chosen for a few thousand samples of a few dozen binary features. */
export const defaultFitOptions: FitOptions = { l2: 0.001, iterations: 6000, rate: 1 };

/** Fits weights (named as the features, plus `bias`) that give each sample's probability of being right. */
export function fitLogistic(samples: readonly Sample[], options: FitOptions = defaultFitOptions): Record<string, number> {
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.features)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = samples.map((sample) => ({ entries: Object.entries(sample.features).map(([name, count]) => [index.get(name)!, count] as const), y: sample.label ? 1 : 0 }));
  const weights = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = new Float64Array(names.length);
    let biasGradient = 0;
    for (const row of rows) {
      let score = bias;
      for (const [i, count] of row.entries) score += weights[i]! * count;
      const error = 1 / (1 + Math.exp(-score)) - row.y;
      biasGradient += error;
      for (const [i, count] of row.entries) gradient[i]! += error * count;
    }
    bias -= (options.rate * biasGradient) / n;
    for (let i = 0; i < names.length; i++) weights[i]! -= options.rate * (gradient[i]! / n + options.l2 * weights[i]!);
  }
  return Object.fromEntries([['bias', round(bias)], ...names.map((name, i) => [name, round(weights[i]!)] as const)]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
