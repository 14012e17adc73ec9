/**
 * When a document carries a theme: the support its mentions give, per polarity. Several mentions
 * whose scores add up, or one strong mention, are enough; one passing mention is not.
 */
import type { Polarity } from '../scheme/codebook.js';
import type { ThemeMention } from './themes.js';
import { cutOf, decisionFeatures, probability, type ThemeDecision } from './theme-decision.js';
import fittedDecision from '../scheme/theme-decision-fitted.json' with { type: 'json' };

/** A theme the document raises with one polarity, with the evidence totals behind it. */
export interface DocumentTheme {
  theme: string;
  polarity: Polarity;
  mentions: number;
  score: number;
}

/** The themes stage's output: every mention, and the document-level themes that cleared the thresholds. */
export interface ThemeResult {
  mentions: ThemeMention[];
  themes: DocumentTheme[];
  /** Theme ids raised as weaknesses (sorted). */
  weaknesses: string[];
  /** Theme ids raised as strengths (sorted). */
  strengths: string[];
}

/**
 * Support a theme needs, per polarity: the summed score of its mentions (`support`), or one mention
 * scoring at least `single`, or one mention of plain praise (an evaluative word, nothing against it,
 * the unit's main theme) scoring at least `praise`. Mentions scoring under `floor` add nothing. With a
 * fitted decision, a theme short of that support whose best mention scores at least `propose` is put
 * to the decision as well.
 */
export interface Support { support: number; single: number; floor: number; praise?: number; propose?: number }

/**
 * The support each polarity needs, how much more a mention in a section of main findings weighs, and
 * how much a strength weighs on a theme that is only the setting of the unit's main one (`setting`, default 1).
 */
export interface ThemeThresholds {
  weakness: Support;
  strength: Support;
  emphasis: number;
  setting?: number;
  /** A decision fitted on labelled documents, taking the thresholds' verdict as one of its features. */
  decision?: ThemeDecision;
}

/**
 * Chosen by the sweep in scripts/evaluation/theme-sweep.ts on the development documents
 * (test/cases/documents-9 to -12 and the sample corpus): among the settings whose precision is at least 0.80
 * on every set, the best micro-F1 over all; the README has the figures.
 * A weakness needs at least two mentions (scores up to 1 each): one passing mention is not enough.
 * A strength needs one mention of unmixed praise (score 0.95), one plain statement of praise scoring 0.7
 * ("Training for users is well organised": a strength stated once, clearly, is a strength), or several that add up to 1.2.
 * A mention in the summary or conclusions weighs 1.25 times its score: there inspectors state what matters.
 * Of the themes these thresholds carry, a document keeps those the fitted decision confirms
 * (src/scheme/theme-decision-fitted.json, `npm run fit -- --themes`).
 */
export const defaultThresholds: ThemeThresholds = {
  weakness: { support: 1.2, single: Infinity, floor: 0.55, propose: 0.7 },
  strength: { support: 1.2, single: 0.95, floor: 0.55, praise: 0.7 },
  emphasis: 1.25,
  // Praise of a users' forum names the help desk as its setting: that praise is the forum's.
  setting: 0.75,
  decision: { weakness: fittedDecision.weakness, strength: fittedDecision.strength, cut: fittedDecision.cut, cuts: fittedDecision.cuts },
};

/** A theme the document's mentions raise with one polarity, with the features its decision reads. */
export interface Candidate extends DocumentTheme {
  /** Whether the thresholds alone carry it. */
  carried: boolean;
  /** Whether a fitted decision reads it: carried, or with a mention scoring at least the polarity's `propose`. */
  proposed: boolean;
  features: Record<string, number>;
}

/** Every theme and polarity some mention at or above the floor raises, with its totals and decision features. */
export function themeCandidates(mentions: readonly ThemeMention[], thresholds: ThemeThresholds = defaultThresholds): Candidate[] {
  const totals = new Map<string, DocumentTheme & { best: number; support: number; kept: ThemeMention[] }>();
  const raw = { weakness: new Map<string, number>(), strength: new Map<string, number>() };
  for (const m of mentions) {
    raw[m.polarity].set(m.theme, (raw[m.polarity].get(m.theme) ?? 0) + m.score);
    const own = m.secondary && m.polarity === 'strength' ? m.score * (thresholds.setting ?? 1) : m.score;
    if (own < thresholds[m.polarity].floor) continue;
    const weighted = m.emphasis ? own * thresholds.emphasis : own;
    const key = `${m.theme}\u0000${m.polarity}`;
    const total = totals.get(key) ?? { theme: m.theme, polarity: m.polarity, mentions: 0, score: 0, best: 0, support: 0, kept: [] };
    total.mentions += 1;
    total.score = Math.round((total.score + m.score) * 100) / 100;
    total.support += weighted;
    total.best = Math.max(total.best, weighted);
    total.kept.push(m);
    if (m.praise && weighted >= (thresholds[m.polarity].praise ?? Infinity)) total.best = Infinity;
    totals.set(key, total);
  }
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  const all = { weakness: sum(raw.weakness), strength: sum(raw.strength) };
  return [...totals.values()].map(({ best, support, kept, ...theme }) => {
    const carried = support >= thresholds[theme.polarity].support - 1e-9 || best >= thresholds[theme.polarity].single;
    const against = raw[theme.polarity === 'weakness' ? 'strength' : 'weakness'].get(theme.theme) ?? 0;
    // A practice recorded as done is put to the decision too (a strength short of the thresholds' support).
    const proposed = carried || best >= (thresholds[theme.polarity].propose ?? Infinity) || (theme.polarity === 'strength' && kept.some((m) => m.practice));
    return { ...theme, carried, proposed, features: decisionFeatures({ ...theme, kept, support, carried }, all, against) };
  });
}

/**
 * Document-level themes: those whose mentions have the support the thresholds ask, per polarity, and,
 * with a fitted decision (`thresholds.decision`), to which its weights give at least its cut.
 */
export function aggregateThemes(mentions: readonly ThemeMention[], thresholds: ThemeThresholds = defaultThresholds): ThemeResult {
  const decision = thresholds.decision;
  const themes = themeCandidates(mentions, thresholds)
    .filter((c) => (decision ? c.proposed && probability(decision[c.polarity], c.features) >= cutOf(decision, c.polarity) : c.carried))
    .map(({ carried: _carried, proposed: _proposed, features: _features, ...theme }) => theme)
    .sort((a, b) => a.polarity.localeCompare(b.polarity) || a.theme.localeCompare(b.theme));
  const ids = (polarity: Polarity) => themes.filter((t) => t.polarity === polarity).map((t) => t.theme).sort();
  return { mentions: [...mentions], themes, weaknesses: ids('weakness'), strengths: ids('strength') };
}
