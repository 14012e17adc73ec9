/**
 * Fitting the judgement engine's weights: the logistic regression, the calibration bands, and the
 * fitting command's reading of a case, which must be the judgement stage's own reading.
 */
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../scripts/fitting/logistic.js';
import { calibrationBands } from '../scripts/evaluation/calibration.js';
import { collectQuestions, readWith } from '../scripts/fitting/candidates.js';
import { bestValueScheme } from '../src/scheme/index.js';
import { judgementCases8 } from './cases/judgement-cases-8.js';
import { analysePages } from './helpers/analyse.js';

describe('fitting the judgement weights', () => {
  it('gives a positive weight to a feature of right candidates and a negative one to a feature of wrong ones', () => {
    const samples = [
      ...Array.from({ length: 20 }, () => ({ features: { judgement: 1 }, label: true })),
      ...Array.from({ length: 20 }, () => ({ features: { ambition: 1 }, label: false })),
      { features: { judgement: 1, ambition: 1 }, label: false },
    ];
    const weights = fitLogistic(samples);
    expect(weights.judgement).toBeGreaterThan(1);
    expect(weights.ambition).toBeLessThan(-1);
    expect(Object.keys(weights).sort()).toEqual(['ambition', 'bias', 'judgement']);
  });

  it('counts readings and right readings per confidence band', () => {
    const bands = calibrationBands([
      { confidence: 0.95, correct: true }, { confidence: 0.9, correct: false },
      { confidence: 0.89, correct: true }, { confidence: 0.7, correct: true },
      { confidence: 0.69, correct: false },
    ]);
    expect(bands).toEqual([
      { band: '>= 0.9', readings: 2, correct: 1, accuracy: 0.5 },
      { band: '0.7-0.9', readings: 2, correct: 2, accuracy: 1 },
      { band: '< 0.7', readings: 1, correct: 0, accuracy: 0 },
    ]);
  });

  it('reads each case as the judgement stage does, so cross-validation measures the engine', async () => {
    const questions = await collectQuestions([{ name: '8', cases: judgementCases8 }], bestValueScheme);
    for (const testCase of judgementCases8) {
      const document = await analysePages(testCase.pages);
      for (const field of ['grade', 'prospect'] as const) {
        const question = questions.find((q) => q.name === testCase.name && q.field === field)!;
        const reading = readWith(question, bestValueScheme.weights, bestValueScheme.calibration);
        expect({ case: testCase.name, field, ...reading }).toEqual({ case: testCase.name, field, value: document[field]?.value ?? null, confidence: document[field]?.confidence ?? null });
      }
    }
  }, 60_000);
});
