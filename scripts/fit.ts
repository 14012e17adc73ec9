/**
 * `npm run fit -- [--out FILE] [--dry-run]`: fits the judgement engine's feature weights by logistic
 * regression on the hand-written case sets only (test/cases/judgement-cases*.ts; never the generated
 * corpus), stacked on the hand weights' score, prints leave-one-set-out cross-validation per set, and
 * writes the weights with the fit's date, the sets used and the cross-validation figures (default
 * src/scheme/best-value-weights-fitted.json). The scheme uses them for the readings' confidence.
 * `npm run fit -- --themes [--out FILE] [--dry-run]` fits the themes stage's document decision the same
 * way, on the hand-labelled whole documents (test/cases/documents-N; default
 * src/scheme/theme-decision-fitted.json).
 * `npm run fit -- --theme-model [--out FILE] [--dry-run]` fits the learned theme model on the hand-written
 * theme sentences (test/cases/theme-cases*.ts; default src/scheme/theme-model-fitted.json), choosing its
 * threshold by leave-one-set-out cross-validation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bestValueScheme } from '../src/scheme/index.js';
import handWeights from '../src/scheme/best-value-weights.json' with { type: 'json' };
import type { Weights } from '../src/classify/features.js';
import { repoRoot } from '../test/helpers/cli.js';
import { flagError, readOptions, UsageError } from '../src/cli-usage.js';
import { loadCaseSets } from './evaluation/case-sets.js';
import { collectQuestions } from './fitting/candidates.js';
import { crossValidate, fitWeights, formatCrossValidation } from './fitting/cross-validation.js';
import { defaultFitOptions } from './fitting/logistic.js';
import { chooseCuts, crossValidateDecision, decisionFitOptions, fitDecision, formatCuts, formatDecisionFolds, heldOutDecisions, loadDocumentSets } from './fitting/theme-decision.js';
import { tmpdir } from 'node:os';
import { bestThreshold, crossValidateModel, fitThemeModel, formatModelFolds, modelFitOptions } from './fitting/theme-model.js';
import { loadSets } from './evaluation/theme-sets.js';

const HELP = 'Usage: npm run fit -- [--themes | --theme-model] [--out FILE] [--dry-run]\n  (default --out: src/scheme/best-value-weights-fitted.json, with --themes src/scheme/theme-decision-fitted.json, with --theme-model src/scheme/theme-model-fitted.json)';

type Target = 'judgements' | 'themes' | 'theme-model';
const OUT: Record<Target, string> = { judgements: 'best-value-weights-fitted.json', themes: 'theme-decision-fitted.json', 'theme-model': 'theme-model-fitted.json' };

function parseOptions(argv: string[]): { out: string; dryRun: boolean; target: Target } | 'help' {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { out: { type: 'string' }, 'dry-run': { type: 'boolean' }, themes: { type: 'boolean' }, 'theme-model': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw flagError(error);
  }
  if (values.help) return 'help';
  if (values.themes && values['theme-model']) throw new UsageError('give --themes or --theme-model, not both');
  const target: Target = values.themes ? 'themes' : values['theme-model'] ? 'theme-model' : 'judgements';
  return { out: values.out ?? join(repoRoot, 'src', 'scheme', OUT[target]), dryRun: values['dry-run'] ?? false, target };
}

async function fitThemes(out: string, dryRun: boolean): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'inspection-miner-fit-'));
  try {
    const sets = await loadDocumentSets(work);
    // Each set read by the decision fitted on the others, once: the cuts are chosen and the folds scored on the same fits.
    const heldOut = heldOutDecisions(sets);
    const chosen = chooseCuts(sets, heldOut);
    process.stdout.write(formatCuts(chosen.rows, chosen.cuts));
    const folds = crossValidateDecision(sets, chosen.cuts, heldOut);
    process.stdout.write(formatDecisionFolds(folds));
    const file = {
      ...fitDecision(sets, chosen.cuts),
      note: 'Fitted by `npm run fit -- --themes`: logistic regression, per polarity, on the features (src/classify/theme-decision.ts) of every theme the thresholds carry in a hand-labelled document. Of the themes the thresholds carry, a document keeps those whose probability is at least its polarity\'s cut (`cuts`), chosen by leaving one set out: the cut at which the most held-out sets meet the polarity\'s targets.',
      fitted: {
        on: new Date().toISOString().slice(0, 10),
        command: 'npm run fit -- --themes',
        sets: sets.map((set) => ({ set: set.name, documents: set.tagged.length, fitted: set.fitted })),
        options: decisionFitOptions,
        crossValidation: folds,
        cuts: chosen.rows,
      },
    };
    if (!dryRun) {
      writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
      process.stdout.write(`\nwrote ${out}\n`);
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function fitModel(out: string, dryRun: boolean): Promise<number> {
  const sets = await loadSets();
  const folds = crossValidateModel(sets);
  process.stdout.write(formatModelFolds(folds));
  const threshold = bestThreshold(folds);
  const model = fitThemeModel(sets, threshold);
  const file = {
    note: 'Fitted by `npm run fit -- --theme-model`: per theme, logistic regression over the stems and adjacent stem pairs of the hand-written theme sentences. A unit raises a theme no cue found when its probability is at least `threshold` (the best pooled F1 of the cross-validation).',
    fitted: { on: new Date().toISOString().slice(0, 10), command: 'npm run fit -- --theme-model', sets: sets.map((set) => ({ set: set.number, sentences: set.cases.length })), options: modelFitOptions, crossValidation: folds },
    ...model,
  };
  process.stdout.write(`\nthreshold ${threshold}\n`);
  if (!dryRun) {
    writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
    process.stdout.write(`wrote ${out}\n`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv, parseOptions, HELP);
  if (typeof options === 'number') return options;
  if (options.target === 'themes') return fitThemes(options.out, options.dryRun);
  if (options.target === 'theme-model') return fitModel(options.out, options.dryRun);
  const sets = await loadCaseSets();
  const hand = handWeights as Weights;
  // Stacked on the hand weights: the hand score is one feature among the named ones.
  const stack = true;
  const questions = await collectQuestions(sets, bestValueScheme);
  const cv = crossValidate(questions, hand, defaultFitOptions, stack);
  process.stdout.write(formatCrossValidation(cv));
  const fitted = fitWeights(questions, defaultFitOptions, stack ? hand : undefined);
  const file = {
    ...fitted,
    note: 'Fitted by `npm run fit`: logistic regression on the candidate features of the hand-written case sets, with the hand weights\' score as the feature hand-score. The hand weights decide which value is read; the probability these weights give the chosen candidate (against a rival value, when one is stated) is the reading\'s confidence.',
    fitted: {
      on: new Date().toISOString().slice(0, 10),
      command: 'npm run fit',
      sets: sets.map((set) => ({ set: set.name, cases: set.cases.length })),
      options: defaultFitOptions,
      crossValidation: { folds: cv.folds, total: cv.total, bands: cv.bands },
    },
  };
  if (!options.dryRun) {
    writeFileSync(options.out, `${JSON.stringify(file, null, 2)}\n`);
    process.stdout.write(`\nwrote ${options.out}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
