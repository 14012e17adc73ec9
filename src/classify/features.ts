/**
 * Candidate features and their weights: each candidate statement is a named feature vector, and its
 * score is the weighted sum; the weights are data (src/scheme/*-weights*.json), hand-set or fitted.
 */

/** Named features of one candidate, each a count (usually 1). */
export type Features = Record<string, number>;

/** A weights file: how a candidate's features become a score, and where the weights came from. */
export interface Weights {
  /** `hand`: scores on a hand-set scale; `logistic`: the score is a log-odds, its sigmoid a probability. */
  method: 'hand' | 'logistic';
  /** Score at or above which a candidate counts as a statement. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
  /** Hand-set weights whose score enters as one more feature, `hand-score` (fitted weights stacked on the hand scale). */
  base?: Weights;
}

/** The weighted sum of a candidate's features (a feature without a weight counts nothing). */
export function scoreOf(features: Readonly<Features>, weights: Weights): number {
  let score = weights.weights.bias ?? 0;
  for (const [name, count] of Object.entries(features)) score += (weights.weights[name] ?? 0) * count;
  if (weights.base) score += (weights.weights['hand-score'] ?? 0) * scoreOf(features, weights.base);
  return score;
}

/** The logistic function: a log-odds score as a probability. */
export function sigmoid(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** Features as the readable list of signals an evidence trail shows, e.g. `+3 judgement`. */
export function signalsOf(features: Readonly<Features>, weights: Weights): string[] {
  return Object.entries(features).map(([name, count]) => {
    const points = (weights.weights[name] ?? 0) * count;
    return `${points > 0 ? '+' : ''}${Number(points.toFixed(2))} ${name}`;
  });
}
