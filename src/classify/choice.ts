/**
 * Choosing a scale's value among the candidate statements of a document, with a confidence: on
 * hand-set weights from the score above the threshold, on fitted (logistic) weights from the
 * candidates' probabilities.
 */
import type { Candidate } from './judgement.js';
import { scoreOf, sigmoid, type Weights } from './features.js';

/** The chosen value: best-supported by score, with agreement between statements adding support. */
export interface Choice {
  best: Candidate;
  confidence: number;
  /** A different value that was also stated, when statements disagree. */
  rival?: Candidate;
  /** The best layout reading (table, grid, answered question) and the best prose reading, when both exist. */
  layout?: Candidate;
  prose?: Candidate;
}

/** Features that make a candidate a reading of a layout (by position and label) rather than of prose. */
const LAYOUT_FEATURES = ['row', 'heading-row', 'answers-section-question', 'marked-grid'];

/** Whether a candidate was read from a layout. */
export function isLayout(candidate: Candidate): boolean {
  return LAYOUT_FEATURES.some((feature) => candidate.features[feature]);
}

function bestOf(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>((best, candidate) => (!best || candidate.score > best.score ? candidate : best), undefined);
}

interface Support { total: number; best: Candidate }

/** The support of each value: its best candidate, and a total where the other agreeing statements add a quarter of their score. */
function supportByValue(candidates: readonly Candidate[]): Support[] {
  const byValue = new Map<string, Candidate[]>();
  for (const candidate of candidates) byValue.set(candidate.value.token, [...(byValue.get(candidate.value.token) ?? []), candidate]);
  return [...byValue.values()].map((agreeing) => {
    const best = agreeing.reduce((top, candidate) => (candidate.score > top.score ? candidate : top));
    return { best, total: best.score + agreeing.reduce((sum, candidate) => sum + (candidate === best ? 0 : candidate.score * 0.25), 0) };
  });
}

/** Confidence on hand-set weights: the best score's margin over the threshold, less when statements disagree. */
function handConfidence(top: Support, rival: Support | undefined, weights: Weights): number {
  let confidence = Math.min(1, 0.45 + (top.best.score - weights.threshold) * 0.09 + Math.min(0.1, (top.total - top.best.score) * 0.05));
  if (rival) confidence *= Math.max(0.3, 1 - rival.total / (top.total + rival.total));
  return confidence;
}

/**
 * Confidence on fitted weights: the chance the best value is right and its rival wrong, given that
 * one of them is. A layout reading and a prose reading of the same value are two pieces of evidence:
 * the value is wrong only if both are.
 */
function fittedConfidence(top: Support, rival: Support | undefined, fitted: Weights, agreeing: readonly Candidate[]): number {
  const probabilities = agreeing.map((candidate) => sigmoid(scoreOf(candidate.features, fitted)));
  const p = Math.max(sigmoid(scoreOf(top.best.features, fitted)), agreeing.length === 2 ? 1 - probabilities.reduce((wrong, q) => wrong * (1 - q), 1) : 0);
  if (!rival) return p;
  const q = sigmoid(scoreOf(rival.best.features, fitted));
  return (p * (1 - q)) / (p * (1 - q) + q * (1 - p));
}

/**
 * Picks the best-supported value; confidence falls when statements disagree. With `calibration`
 * (fitted weights), the confidence is the fitted probability that the reading is right.
 */
export function choose(candidates: readonly Candidate[], weights: Weights, calibration?: Weights): Choice | undefined {
  if (candidates.length === 0) return undefined;
  const fitted = weights.method === 'logistic';
  const ranked = supportByValue(candidates).sort((a, b) => (fitted ? b.best.score - a.best.score : b.total - a.total) || a.best.unit.index - b.best.unit.index);
  const top = ranked[0]!;
  const rival = ranked[1];
  const layout = bestOf(candidates.filter(isLayout));
  const prose = bestOf(candidates.filter((candidate) => !isLayout(candidate)));
  const agreeing = layout && prose && layout.value === top.best.value && prose.value === top.best.value ? [layout, prose] : [];
  const probability = calibration ?? (fitted ? weights : undefined);
  const confidence = round(probability ? fittedConfidence(top, rival, probability, agreeing) : handConfidence(top, rival, weights));
  return { best: top.best, confidence, ...(rival ? { rival: rival.best } : {}), ...(layout ? { layout } : {}), ...(prose ? { prose } : {}) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
