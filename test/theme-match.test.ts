/**
 * The shortcuts of theme matching lose nothing: a unit is matched only against the cues its words
 * can match (the cue index), and parsed for patterns only when it holds a pattern's words (the
 * pattern check). Checked against matching every cue and parsing every unit, over the theme cases.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { themeCases } from './cases/theme-cases.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook } from '../src/classify/themes.js';
import { candidateCues, findPart } from '../src/classify/theme-match.js';
import { prepare, tokenize } from '../src/classify/theme-text.js';

const compiled = compileCodebook(builtinCodebook);
const patternWords = [
  'Staff don\'t use the software they have.', 'Staff are unable to use the software packages.', 'The council does not know how well it performs.',
  'Members show little interest in ICT.', 'We spend £2 million on new equipment.', 'The council spent five million pounds on new equipment.',
  'Users wait 6-8 weeks for a repair.', 'Nobody at senior level leads ICT.', 'ICT is still seen as a cost.', 'Staff cannot use the new software packages.',
];
const texts = [...themeCases.map((c) => c.text), ...patternWords];

describe('the cue index', () => {
  it.each(texts)('offers every cue that matches "%s"', (text) => {
    const content = tokenize([prepare(text, compiled.rewrites)]).filter((token) => token.content);
    const candidates = candidateCues(content, compiled.cueIndex);
    const matching = compiled.themes.flatMap((theme) => theme.cues).filter((cue) => cue.parts.every((part) => findPart(content, part).length > 0));
    for (const cue of matching) expect(candidates.has(cue), cue.source).toBe(true);
  });

  it('offers far fewer cues than the codebook holds', () => {
    const content = tokenize([prepare('The help desk answers most calls within a day.', compiled.rewrites)]).filter((token) => token.content);
    const all = compiled.themes.reduce((sum, theme) => sum + theme.cues.length, 0);
    expect(candidateCues(content, compiled.cueIndex).size).toBeLessThan(all / 10);
  });
});

describe('the pattern check', () => {
  it.each(texts)('lets through "%s" when a pattern matches it', (text) => {
    if (nlp(text).sweep(compiled.net!).found.length > 0) expect(compiled.anchors!.test(text)).toBe(true);
  });

  it('lets through the units of the patterns written for it', () => {
    for (const text of patternWords.slice(0, 5)) expect(nlp(text).sweep(compiled.net!).found.length, text).toBeGreaterThan(0);
  });

  it.each([
    'Staff numbers rose to 45 in 2003.',
    'In 2003, 45 staff answered 12,000 calls.',
  ])('passes over "%s": a figure, but no pattern\'s words', (text) => {
    expect(compiled.anchors!.test(text)).toBe(false);
  });
});
