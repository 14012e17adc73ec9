/**
 * Plain praise: a strength the inspectors state once, clearly, is enough for the document; description,
 * promises, measurements, recommendations and praise of the plan are not praise.
 */
import { describe, expect, it } from 'vitest';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { aggregateThemes, compileCodebook, defaultThresholds, tagUnit, type ThemeMention } from '../src/classify/themes.js';
import { themeCandidates } from '../src/classify/theme-support.js';
import { clausePolarity, praises } from '../src/classify/theme-polarity.js';

const compiled = compileCodebook(builtinCodebook);
const words = (text: string) => text.toLowerCase().replace(/[.,]/g, '').split(/\s+/);

/** The strengths a unit raises and whether each is plain praise. */
const strengths = (text: string, section = 'How good is the service?') =>
  tagUnit(text, section, compiled).filter((t) => t.polarity === 'strength').map((t) => `${t.theme}${t.praise ? ' (praise)' : ''}`);

describe('a clause that praises', () => {
  it.each([
    ['the courses for staff are well run', true],
    ['the review was thorough', true],
    ['members give the programme strong backing', true],
    ['the council has introduced a new call-logging system', false],
    ['every department receives a monthly report', false],
    ['the help desk is open from 8.30 am to 5 pm', false],
    ['user satisfaction is close to the average', false],
    ['the new board will give strong direction', false],
    ['82 per cent of calls were resolved well within the target', false],
    ['the improvement plan is clear and funded', false],
    ['the training is not effective', false],
    ['the service is much less successful at meeting new demands', false],
  ])('%s: %s', (text, expected) => {
    expect(praises(words(text), compiled.phrases)).toBe(expected);
  });
});

describe('plain praise in a unit', () => {
  it('marks the unit\'s main theme when nothing in the unit weighs against it', () => {
    expect(strengths('Training for users is well organised.')).toEqual(['user-training (praise)']);
  });
  it('is no praise when the unit also finds fault, or is a recommendation', () => {
    expect(strengths('Training for users is well organised, but few managers attend.')).not.toContain('user-training (praise)');
    expect(strengths('The council should keep training for users well organised.', 'Recommendations')).toEqual([]);
  });
  it('is no praise in a description of what exists', () => {
    expect(strengths('The help desk has six staff and logs about 4,000 calls a month through a system introduced in 2001.').every((t) => !t.endsWith('(praise)'))).toBe(true);
  });
});

describe('a measurement', () => {
  it('is no strength without an evaluative word', () => {
    expect(strengths("The council's web site receives about 3,000 visits a month.")).toEqual([]);
    expect(strengths('Network availability was 99.7 per cent last year.')).toEqual([]);
  });
  it('is a strength when an evaluative word judges it or the figure is an outcome', () => {
    expect(strengths('The help desk answers most calls promptly and resolves 69 per cent at the first contact.')).toContain('demand-capacity');
    expect(strengths('Central purchasing of PCs through a regional consortium has cut unit costs by around 20 per cent.', 'Positive practice')).toContain('competition');
  });
});

describe('praise of a setting', () => {
  it('marks a theme that another theme of the unit outscores', () => {
    const tags = tagUnit("The client team's monthly forum is well attended and has led to practical changes, such as moving engineers' visits to the area offices to a fixed day each week.", 'How good is the service?', compiled);
    expect(tags.filter((t) => t.secondary).length).toBeGreaterThan(0);
    expect(tags.filter((t) => !t.secondary).length).toBeGreaterThan(0);
  });
});

describe('support for a strength', () => {
  const mention = (score: number, praise: boolean): ThemeMention => ({
    theme: 'user-training', polarity: 'strength', score, ...(praise ? { praise } : {}),
    evidence: { text: '', pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: 0 },
  });
  it('takes one mention of plain praise at the score plain praise needs', () => {
    expect(aggregateThemes([mention(0.72, true)]).strengths).toEqual(['user-training']);
  });
  it('does not take one mention of the same score that is not plain praise, nor plain praise under the score it needs', () => {
    expect(aggregateThemes([mention(0.72, false)]).strengths).toEqual([]);
    expect(aggregateThemes([mention(0.58, true)]).strengths).toEqual([]);
  });
  it('weighs a mention of a theme that is only the setting of the unit\'s main one less', () => {
    expect(aggregateThemes([mention(1, false)]).strengths).toEqual(['user-training']);
    expect(aggregateThemes([{ ...mention(1, false), secondary: true }]).strengths).toEqual([]);
    expect(aggregateThemes([{ ...mention(1, false), secondary: true }], { ...defaultThresholds, setting: 1 }).strengths).toEqual(['user-training']);
  });
});

describe('a practice recorded as done', () => {
  it('marks a comparison done, in a plain statement, as practice; not a recommendation to compare, nor a theme without the flag', () => {
    const practice = (text: string, section = 'How good is the service?') => tagUnit(text, section, compiled).filter((t) => t.practice).map((t) => t.theme);
    expect(practice('The service has compared its costs with 15 councils through a national benchmarking club.')).toEqual(['comparison']);
    expect(practice('Compare the costs of the service with those of similar councils.', 'Recommendations')).toEqual([]);
    expect(practice('The council has introduced a new finance system.')).toEqual([]);
  });
  it('puts a practice strength short of the thresholds to the decision, which the decision may keep', () => {
    const mention: ThemeMention = { theme: 'comparison', polarity: 'strength', score: 0.75, evidence: { text: '', pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: 0 } };
    expect(themeCandidates([mention]).find((c) => c.theme === 'comparison')?.proposed).toBe(false);
    expect(themeCandidates([{ ...mention, practice: true }]).find((c) => c.theme === 'comparison')?.proposed).toBe(true);
  });
});

describe('what reads as a rule, a review or a recommendation to pass practice on', () => {
  const tags = (text: string, section = 'How good is the service?') => tagUnit(text, section, compiled).map((t) => `${t.theme} ${t.polarity}`);
  it('reads a recommendation to share the council\'s own practice with other councils as pointing at a strength', () => {
    expect(tags("Share the council's experience of electronic service delivery with other councils in the region.", 'Recommendations')).toEqual(['e-government strength']);
    // Extending a service to more of the council's work asks for what is not yet done.
    expect(tags('Extend the council\'s electronic services to planning and licensing.', 'Recommendations')).toContain('e-government weakness');
  });
  it('reads what every project has to do as a rule the council applies, and a review weighing the need for a service as no order', () => {
    expect(tags('Every IT project has to show how it contributes to a corporate priority.')).toEqual(['strategic-alignment strength']);
    expect(tags('The council has to show how its IT projects contribute to corporate priorities.')).toEqual(['strategic-alignment weakness']);
    expect(tags('The review challenged the need for the service and compared its costs with ten similar councils, whose costs per user are higher.')).not.toContain('comparison weakness');
    expect(tags('There is a need for the council to compare its costs with similar councils.')).toEqual(['comparison weakness']);
  });
  it('reads a negated subject with a negated relative clause as every one, "not only" as adding, and non-users as a group consulted', () => {
    expect(clausePolarity(words('there is no ict project that does not serve a corporate priority'), compiled.phrases)).toBeGreaterThan(0);
    expect(clausePolarity(words('there is no ict project that serves a corporate priority'), compiled.phrases)).toBeLessThan(0);
    expect(clausePolarity(words('managers see it as a way to redesign services not just as equipment'), compiled.phrases)).toBe(0);
    expect(clausePolarity(words('managers do not see it as a way to redesign services'), compiled.phrases)).toBeLessThan(0);
    expect(tags('The council consults people who do not use its libraries every year.')).toEqual(['consultation strength']);
  });
  it('reads those in charge seeing no need for change as a weakness, and making a thing clear as no clarity of the service', () => {
    expect(tags("The council's leadership has made clear that it sees no need for the service to change.")).toEqual(['leadership weakness']);
  });
});
