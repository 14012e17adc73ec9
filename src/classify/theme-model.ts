/**
 * A learned reading of themes: per theme, a logistic regression over a unit's word stems and pairs of
 * adjacent stems, fitted on the hand-written theme sentences (`npm run fit -- --theme-model`). It finds
 * a theme the codebook's cues miss when inspectors put it in words no cue names; the polarity is still
 * read by the polarity words, as for a cue.
 */
import type { Token } from './theme-text.js';

/** One theme's fitted weights. */
export interface ThemeModelWeights { bias: number; weights: Readonly<Record<string, number>> }

/** A fitted model: each theme's weights and the probability at which a unit raises the theme. */
export interface ThemeModel {
  /** The probability from which a unit raises a theme no cue found. */
  threshold: number;
  themes: Readonly<Record<string, ThemeModelWeights>>;
}

/** A unit's features: its content stems, each pair of adjacent content stems ("stem_stem"), and the clause each is in. */
export function modelFeatures(tokens: readonly Token[]): Map<string, number[]> {
  const content = tokens.filter((token) => token.content);
  const features = new Map<string, number[]>();
  const add = (name: string, clause: number) => { const clauses = features.get(name); if (!clauses) features.set(name, [clause]); else if (!clauses.includes(clause)) clauses.push(clause); };
  content.forEach((token, i) => {
    add(token.stem, token.clause);
    const next = content[i + 1];
    if (next && next.clause === token.clause) add(`${token.stem}_${next.stem}`, token.clause);
  });
  return features;
}

/** The probability the weights give a unit with these features. */
export function modelProbability(weights: ThemeModelWeights, features: Iterable<string>): number {
  let score = weights.bias;
  for (const feature of features) score += weights.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/**
 * The themes the model raises in a unit at its threshold, each with the clauses that hold the
 * features speaking for it (every clause when none stands out).
 */
export function modelThemes(tokens: readonly Token[], model: ThemeModel): Map<string, number[]> {
  const features = modelFeatures(tokens);
  const found = new Map<string, number[]>();
  for (const [theme, weights] of Object.entries(model.themes)) {
    if (modelProbability(weights, features.keys()) < model.threshold) continue;
    const clauses = new Set<number>();
    for (const [feature, where] of features) if ((weights.weights[feature] ?? 0) >= STRONG) for (const clause of where) clauses.add(clause);
    found.set(theme, [...clauses].sort((a, b) => a - b));
  }
  return found;
}

/** A feature weight that makes its clause part of a theme's evidence. */
const STRONG = 0.5;
