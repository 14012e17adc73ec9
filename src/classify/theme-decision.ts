/**
 * Whether a document carries a theme the thresholds carry, confirmed from the evidence of all its
 * mentions at once: how much support they add up to, how many there are, the best one, whether one is
 * plain praise, how many are about this theme rather than its setting, the theme's share of the
 * document's mentions of that polarity, and how much the document says the other way about the same
 * theme ("the help desk is well run" beside three faults of it), whether the thresholds alone carry
 * it, and the share of its praise that rests on the theme's symptoms alone ("faults are fixed quickly").
 * The weights are fitted by logistic regression on hand-labelled documents (`npm run fit -- --themes`)
 * and kept as data.
 */
import type { Polarity } from '../scheme/codebook.js';
import type { ThemeMention } from './themes.js';

/** Fitted weights of one polarity's decision: a weight per feature name, and `bias`. */
export type DecisionWeights = Readonly<Record<string, number>>;

/**
 * The fitted decision: weights per polarity and the probability a theme the thresholds carry needs to be kept
 * (`cut`, or the polarity's own in `cuts`).
 */
export interface ThemeDecision {
  weakness: DecisionWeights;
  strength: DecisionWeights;
  cut: number;
  cuts?: Readonly<Partial<Record<Polarity, number>>>;
}

/** The probability a theme of this polarity needs. */
export function cutOf(decision: ThemeDecision, polarity: Polarity): number {
  return decision.cuts?.[polarity] ?? decision.cut;
}

/** What one theme's mentions of one polarity show, with the support the thresholds weigh them by. */
export interface ThemeEvidence {
  theme: string;
  polarity: Polarity;
  /** Mentions at or above the floor, and their weighted support. */
  kept: readonly ThemeMention[];
  support: number;
  /** Whether the thresholds alone carry the theme. */
  carried: boolean;
}

/**
 * The decision's features for one theme and polarity. `totals` is the summed score of the document's
 * mentions per polarity; `against` the summed score of this theme's mentions of the other polarity.
 */
export function decisionFeatures(evidence: ThemeEvidence, totals: Readonly<Record<Polarity, number>>, against: number): Record<string, number> {
  const kept = evidence.kept;
  return {
    support: Math.log1p(evidence.support),
    mentions: Math.log1p(kept.length),
    best: Math.max(0, ...kept.map((m) => m.score)),
    praise: kept.some((m) => m.praise) ? 1 : 0,
    main: Math.log1p(kept.filter((m) => !m.secondary).length),
    share: totals[evidence.polarity] > 0 ? evidence.support / totals[evidence.polarity] : 0,
    against: Math.log1p(against),
    carried: evidence.carried ? 1 : 0,
    practice: kept.some((m) => m.practice) ? 1 : 0,
    symptoms: kept.length > 0 ? kept.filter((m) => m.symptom).length / kept.length : 0,
  };
}

/** The probability the fitted weights give features. */
export function probability(weights: DecisionWeights, features: Readonly<Record<string, number>>): number {
  let z = weights.bias ?? 0;
  for (const [name, value] of Object.entries(features)) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
