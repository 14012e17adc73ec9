/**
 * Sentence-level theme tagging on test/cases/theme-cases-2.ts, written from DOMAIN.md by someone who
 * saw neither the cues nor the corpus. It was first held out and measured once (64 of 130 exact;
 * micro P 0.71, R 0.53, F1 0.61); it has since become a development set, used with theme-cases.ts to
 * find the kinds of wording the cues missed and fixed with general cue families and polarity frames,
 * never with a case's own words (after: 124 of 130 exact; micro P 0.966, R 0.983, F1 0.975; after the
 * round on set 3, 125 of 130, micro P 0.975, R 0.983, F1 0.979). Set 3 (theme-cases-3.ts) was held out
 * next and is now a development set too; a further held-out set measures generalisation now. Failures stay listed with the tagger's output as the
 * reason, so a rule change that fixes or breaks one shows.
 */
import { describe, expect, it } from 'vitest';
import { themeCases2 } from './cases/theme-cases-2.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';

const compiled = compileCodebook(builtinCodebook);

const KNOWN_FAILURES = new Map<string, string>([
  ["Help service managers to grasp what modern technology could do for the people they serve.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["Technical staff talk in jargon that users find hard to follow, and there is no forum where the two sides meet.",
    "cues over-reach to consultation (gives communication:weakness consultation:weakness)"],
  ["Ask users regularly what they need from the IT service and tell them what has changed as a result.",
    "cues over-reach to communication (gives communication:weakness consultation:weakness)"],
  ["The cost of the help desk was set against that of 20 other councils and found to be in the lowest quarter.",
    "no cue catches comparison (gives nothing)"],
  ["The new contact centre resolves most enquiries at the first call.",
    "cues over-reach to demand-capacity (gives demand-capacity:strength e-government:strength)"],
]);

const label = (tags: Array<{ theme: string; polarity: string }>) => tags.map((t) => `${t.theme}:${t.polarity}`).sort();

describe('theme cases, held out (sentence level)', () => {
  it('covers every theme and polarity', () => {
    const pairs = new Set(themeCases2.flatMap((c) => c.expect.map((t) => `${t.theme}:${t.polarity}`)));
    expect(pairs.size).toBe(26);
  });
  for (const [i, c] of themeCases2.entries()) {
    const known = KNOWN_FAILURES.get(c.text);
    const name = `${String(i).padStart(3, '0')} ${c.why}${known ? ` — known failure: ${known}` : ''}`;
    (known ? it.fails : it)(name, () => {
      expect(label(tagUnit(c.text, c.section ?? '', compiled))).toEqual(label(c.expect));
    });
  }
});
