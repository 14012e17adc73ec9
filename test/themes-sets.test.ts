/**
 * Sentence-level theme tagging on the hand-written sets written after the tagger, each from
 * DOMAIN.md by someone who saw neither the cues, the corpus nor the other cases. Each set was first
 * held out and measured once, then became a development set: its errors were fixed with general cue
 * families, subject-near-predicate rules and polarity frames, never with a case's own words.
 * - theme-cases-2.ts: first 64 of 130 exact (micro P 0.71, R 0.53, F1 0.61); now 125 of 130.
 * - theme-cases-3.ts: first 102 of 130 exact (micro P 0.82, R 0.85, F1 0.83); now 130 of 130.
 * Failures stay listed with the tagger's output as the reason, so a rule change that fixes or
 * breaks one shows.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeCase } from './cases/theme-cases.js';
import { themeCases2 } from './cases/theme-cases-2.js';
import { themeCases3 } from './cases/theme-cases-3.js';
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

const sets: Array<[string, ThemeCase[]]> = [['set 2', themeCases2], ['set 3', themeCases3]];

for (const [name, cases] of sets) {
  describe(`theme cases written after the tagger, ${name} (sentence level)`, () => {
    it('covers every theme and polarity', () => {
      expect(new Set(cases.flatMap((c) => c.expect.map((t) => `${t.theme}:${t.polarity}`))).size).toBe(26);
    });
    for (const [i, c] of cases.entries()) {
      const known = KNOWN_FAILURES.get(c.text);
      const title = `${String(i).padStart(3, '0')} ${c.why}${known ? ` — known failure: ${known}` : ''}`;
      (known ? it.fails : it)(title, () => {
        expect(label(tagUnit(c.text, c.section ?? '', compiled))).toEqual(label(c.expect));
      });
    }
  });
}
