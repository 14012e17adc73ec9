/**
 * Fitting the themes stage's document decision: for each hand-labelled set of whole documents
 * (test/cases/documents-N, sealed sets left out), the pipeline makes a database, the current tagger
 * re-tags it, and every theme the thresholds carry in a document is a sample, right when the labels give it.
 * Only themes the thresholds carry are samples: the decision confirms or drops them. Leave-one-set-out
 * cross-validation compares the thresholds alone with the fitted decision on each held-out set; the
 * sample corpus is read as a check and never fitted on (it is generated).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultThresholds, type ThemeThresholds } from '../../src/classify/themes.js';
import { themeCandidates } from '../../src/classify/theme-support.js';
import type { ThemeDecision } from '../../src/classify/theme-decision.js';
import type { Polarity } from '../../src/scheme/codebook.js';
import { repoRoot, runCli } from '../../test/helpers/cli.js';
import { sealedSets } from '../evaluation/sealed.js';
import { countSet, tagDatabase, type Tagged } from '../evaluation/theme-sweep.js';
import { score, type ThemeLabel } from '../evaluation/themes.js';
import { fitLogistic, type FitOptions } from './logistic.js';

/** One labelled set of documents, tagged. */
export interface DocumentSet { name: string; tagged: Tagged[]; fitted: boolean }

/** The settings of the decision's fit: few samples of a few dense features, so a firmer penalty. */
export const decisionFitOptions: FitOptions = { l2: 0.01, iterations: 3000, rate: 1 };

/** The probability a theme needs by default: even odds. */
export const DECISION_CUT = 0.5;

/** The cuts tried for each polarity, and the targets a held-out set should meet (precision, F1). */
export const CUTS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
export const TARGETS: Record<Polarity, { precision: number; f1: number }> = { weakness: { precision: 0.8, f1: 0.85 }, strength: { precision: 0.8, f1: 0.75 } };

const POLARITIES: readonly Polarity[] = ['weakness', 'strength'];

/** The thresholds alone, without a fitted decision: they propose the themes the decision confirms. */
export const baseThresholds: ThemeThresholds = { ...defaultThresholds, decision: undefined };

/** The unsealed document sets under test/cases and the sample corpus, each run through the pipeline into `work`. */
export async function loadDocumentSets(work: string): Promise<DocumentSet[]> {
  const cases = join(repoRoot, 'test', 'cases');
  const sealed = sealedSets(cases);
  const folders = readdirSync(cases).filter((name) => /^documents-\d+$/.test(name) && !sealed.has(name.slice('documents-'.length)))
    .sort((a, b) => Number(a.slice(10)) - Number(b.slice(10)));
  const sources = [
    ...folders.map((name) => ({ name, input: join(cases, name), labels: join(cases, name, 'labels.json'), fitted: true })),
    { name: 'sample corpus', input: join(repoRoot, 'corpus', 'reports'), labels: join(repoRoot, 'corpus', 'labels.json'), fitted: false },
  ];
  const sets: DocumentSet[] = [];
  for (const source of sources) {
    if (!existsSync(source.labels)) continue;
    const out = join(work, source.name.replace(/\W+/g, '-'));
    const run = await runCli(['--input', source.input, '--out', out, '--quiet'], 600_000);
    if (run.code !== 0) throw new Error(`pipeline on ${source.input} exited ${run.code}:\n${run.stderr}`);
    const labels = JSON.parse(readFileSync(source.labels, 'utf8')) as ThemeLabel[];
    sets.push({ name: source.name, tagged: tagDatabase(join(out, 'results.sqlite'), labels), fitted: source.fitted });
  }
  return sets;
}

function samples(sets: readonly DocumentSet[], polarity: Polarity) {
  return sets.flatMap((set) => set.tagged.flatMap((document) => themeCandidates(document.mentions, baseThresholds)
    .filter((candidate) => candidate.polarity === polarity && candidate.proposed)
    .map((candidate) => ({ features: candidate.features, label: document.expected[polarity].has(candidate.theme) }))));
}

/** The decision fitted on the given sets (those marked `fitted` only), each polarity with the cut given (default even odds). */
export function fitDecision(sets: readonly DocumentSet[], cuts: Partial<Record<Polarity, number>> = {}): ThemeDecision {
  const training = sets.filter((set) => set.fitted);
  const [weakness, strength] = POLARITIES.map((polarity) => fitLogistic(samples(training, polarity), decisionFitOptions));
  return { weakness: weakness!, strength: strength!, cut: DECISION_CUT, cuts };
}

/** One held-out row: a set, a polarity, the thresholds' and the fitted decision's P/R/F1. */
export interface DecisionFold { set: string; polarity: Polarity; thresholds: string; fitted: string }

/** One cut tried for one polarity: how many held-out fitted sets meet the polarity's targets with it, and the pooled P/R/F1. */
export interface CutRow { polarity: Polarity; cut: number; meeting: number; sets: number; pooled: string; f1: number }

/**
 * Each polarity's cut, chosen by leave-one-set-out: every fitted set read by a decision fitted on the others at each
 * cut in CUTS; the cut at which the most held-out sets meet the polarity's targets wins, then the better pooled F1,
 * then the one nearer even odds.
 */
export function chooseCuts(sets: readonly DocumentSet[], heldOut: ReadonlyMap<DocumentSet, ThemeDecision> = heldOutDecisions(sets)): { cuts: Record<Polarity, number>; rows: CutRow[] } {
  const fitted = sets.filter((set) => set.fitted);
  const decisions = fitted.map((held) => heldOut.get(held)!);
  const rows: CutRow[] = [];
  const cuts = {} as Record<Polarity, number>;
  for (const polarity of POLARITIES) {
    const tried = CUTS.map((cut) => {
      const sum = { tp: 0, fp: 0, fn: 0 };
      let meeting = 0;
      fitted.forEach((held, k) => {
        const counts = countSet(held.tagged, polarity, { ...baseThresholds, decision: { ...decisions[k]!, cut } });
        const one = score(counts.tp, counts.fp, counts.fn);
        if (one.precision >= TARGETS[polarity].precision && one.f1 >= TARGETS[polarity].f1) meeting += 1;
        for (const key of ['tp', 'fp', 'fn'] as const) sum[key] += counts[key];
      });
      const pooled = score(sum.tp, sum.fp, sum.fn);
      return { polarity, cut, meeting, sets: fitted.length, pooled: figures(sum), f1: Math.round(pooled.f1 * 1000) / 1000 };
    });
    rows.push(...tried);
    const best = [...tried].sort((a, b) => b.meeting - a.meeting || b.f1 - a.f1 || Math.abs(a.cut - DECISION_CUT) - Math.abs(b.cut - DECISION_CUT))[0]!;
    cuts[polarity] = best.cut;
  }
  return { cuts, rows };
}

/** For each set, the decision fitted on all the others (the weights do not depend on the cut). */
export function heldOutDecisions(sets: readonly DocumentSet[]): Map<DocumentSet, ThemeDecision> {
  return new Map(sets.map((held) => [held, fitDecision(sets.filter((set) => set !== held))]));
}

/** The cut sweep as a table. */
export function formatCuts(rows: readonly CutRow[], cuts: Record<Polarity, number>): string {
  const lines = ['theme decision cuts, leave one set out (held-out sets meeting the targets; pooled P/R/F1):'];
  for (const row of rows) lines.push(`${row.polarity.padEnd(9)} ${row.cut.toFixed(2)}  ${String(row.meeting).padStart(2)} of ${row.sets}  ${row.pooled}${cuts[row.polarity] === row.cut ? '  chosen' : ''}`);
  return `${lines.join('\n')}\n`;
}

const figures = (c: { tp: number; fp: number; fn: number }) => { const s = score(c.tp, c.fp, c.fn); return `${s.precision.toFixed(2)}/${s.recall.toFixed(2)}/${s.f1.toFixed(2)}`; };

/**
 * Leave-one-set-out: each fitted set read by a decision fitted on the other fitted sets, the check
 * sets by one fitted on all; plus the fitted sets' totals over their held-out readings.
 */
export function crossValidateDecision(sets: readonly DocumentSet[], cuts: Partial<Record<Polarity, number>> = {}, heldOut: ReadonlyMap<DocumentSet, ThemeDecision> = heldOutDecisions(sets)): DecisionFold[] {
  const folds: DecisionFold[] = [];
  for (const polarity of POLARITIES) {
    const sum = { base: { tp: 0, fp: 0, fn: 0 }, fitted: { tp: 0, fp: 0, fn: 0 } };
    for (const held of sets) {
      const decision: ThemeDecision = { ...heldOut.get(held)!, cuts };
      // The thresholds alone, then with the decision: the stage's own aggregation counts both.
      const base = countSet(held.tagged, polarity, baseThresholds);
      const fitted = countSet(held.tagged, polarity, { ...baseThresholds, decision });
      folds.push({ set: held.name, polarity, thresholds: figures(base), fitted: figures(fitted) });
      if (!held.fitted) continue;
      for (const key of ['tp', 'fp', 'fn'] as const) { sum.base[key] += base[key]; sum.fitted[key] += fitted[key]; }
    }
    folds.push({ set: 'held-out total', polarity, thresholds: figures(sum.base), fitted: figures(sum.fitted) });
  }
  return folds;
}

/** The cross-validation as a table (P/R/F1 per polarity and set). */
export function formatDecisionFolds(folds: readonly DecisionFold[]): string {
  const lines = ['theme decision, leave one set out (P/R/F1):', 'polarity  set                 thresholds       fitted'];
  for (const fold of folds) lines.push(`${fold.polarity.padEnd(9)} ${fold.set.padEnd(19)} ${fold.thresholds.padEnd(16)} ${fold.fitted}`);
  return `${lines.join('\n')}\n`;
}
