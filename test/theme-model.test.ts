/** The learned reading of themes: features, probability, the clauses it points to, and its place in the tagger. */
import { describe, expect, it } from 'vitest';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';
import { modelFeatures, modelProbability, modelThemes, type ThemeModel } from '../src/classify/theme-model.js';
import { prepare, tokenize } from '../src/classify/theme-text.js';
import { validateCodebook } from '../src/scheme/codebook-file.js';
import fitted from '../src/scheme/theme-model-fitted.json' with { type: 'json' };
import sealed from './cases/sealed.json' with { type: 'json' };

const bare = compileCodebook({ ...builtinCodebook, model: undefined });
const tokens = (text: string) => tokenize(text.split(';').map((clause) => prepare(clause, bare.rewrites)));

/** A model that knows one thing: "remote" or "hard to reach" beside "departments" means poor communication. */
const tiny: ThemeModel = { threshold: 0.7, themes: { communication: { bias: -2.5, weights: { remot: 2, 'hard_reach': 2, depart: 1.5, 'depart_describ': 0.3 } } } };

describe('the learned theme model', () => {
  it('reads content stems and adjacent pairs within a clause, each with its clauses', () => {
    const features = modelFeatures(tokens('Departments described the unit as remote; staff agreed'));
    expect(features.get('depart')).toEqual([0]);
    expect(features.get('depart_describ')).toEqual([0]);
    expect(features.get('remot')).toEqual([0]);
    expect(features.get('staff')).toEqual([1]);
    expect(features.has('remot_staff')).toBe(false);
  });

  it('raises a theme at its threshold, with the clauses of the features that speak for it', () => {
    const text = 'Staff were polite; departments described the unit as remote';
    expect(modelProbability(tiny.themes.communication!, modelFeatures(tokens(text)).keys())).toBeGreaterThan(0.7);
    expect(modelThemes(tokens(text), tiny)).toEqual(new Map([['communication', [1]]]));
    expect(modelThemes(tokens('Departments were polite'), tiny).size).toBe(0);
  });

  it('lets the tagger raise a theme no cue names, with the polarity its words give', () => {
    const text = 'Several departments find the ICT unit hard to reach.';
    expect(tagUnit(text, 'How good is the service?', bare).map((t) => t.theme)).not.toContain('communication');
    const withModel = compileCodebook({ ...builtinCodebook, model: tiny });
    expect(tagUnit(text, 'How good is the service?', withModel)).toContainEqual(expect.objectContaining({ theme: 'communication', polarity: 'weakness' }));
  });

  it('is fitted for every theme of the built-in codebook, at a threshold the cross-validation chose', () => {
    expect(Object.keys(fitted.themes).sort()).toEqual(builtinCodebook.themes.map((theme) => theme.id).sort());
    expect([0.6, 0.7, 0.8, 0.9]).toContain(fitted.threshold);
    expect(builtinCodebook.model?.threshold).toBe(fitted.threshold);
    // Never on a set held out for its first measurement.
    for (const set of sealed.sealed) expect(fitted.fitted.sets.map((one) => String(one.set))).not.toContain(set);
    expect(fitted.fitted.sets.length).toBeGreaterThanOrEqual(10);
  });

  it('goes with a codebook that extends the built-in one, except for the themes it redefines', () => {
    const custom = validateCodebook({ extends: 'best-value-ict', themes: [{ id: 'communication', label: 'Talk', definition: 'Talking.', terms: ['talk'] }] });
    expect(Object.keys(custom.model!.themes)).not.toContain('communication');
    expect(Object.keys(custom.model!.themes)).toContain('leadership');
  });
});
