/**
 * Sentence-level theme tagging on the hand-written sets written after the tagger, each from
 * DOMAIN.md by someone who saw neither the cues, the corpus nor the other cases. Each set was first
 * held out and measured once, then became a development set: its errors were fixed with general cue
 * families, subject-near-predicate rules and polarity frames, never with a case's own words.
 * - theme-cases-2.ts: first 64 of 130 exact (micro P 0.71, R 0.53, F1 0.61); now 126 of 130
 *   (micro P 0.98, R 0.97, F1 0.98; 125 before set 4's rules).
 * - theme-cases-3.ts: first 102 of 130 exact (micro P 0.82, R 0.85, F1 0.83); now 130 of 130.
 * - theme-cases-4.ts: first 98 of 143 exact held out (micro P 0.81, R 0.73, F1 0.77; weakness P 0.92
 *   R 0.69, strength P 0.74 R 0.77); then a development set: now 142 of 143 (micro P 0.99, R 1.00,
 *   F1 1.00). Its kinds of error were fixed in general: "Recommendation:" labels read as directives;
 *   reductions of resources ("budget cut") as weaknesses; negated directives ("no longer have to");
 *   hedges over a question ("far from clear how …") block remedies; IT seen "as a cost" / "an end in
 *   itself"; "about" as a function word; rewrites for names that hide other senses ("human
 *   resources", "finance system", "member of the IT team"); neighbour yields (consultation to
 *   comparison and communication, understanding-of-it to communication, strategic-alignment to
 *   consultation, leadership and information-systems to their settings); cue families for sums committed, being kept informed,
 *   deciding what comes first, work matched to time available, questioning old ways, workaround
 *   spreadsheets and appraisal targets, finding out what people think, lagging behind others,
 *   whether other providers could do it.
 * Failures stay listed with the tagger's output as the reason, so a rule change that fixes or
 * breaks one shows.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeCase } from './cases/theme-cases.js';
import { themeCases2 } from './cases/theme-cases-2.js';
import { themeCases3 } from './cases/theme-cases-3.js';
import { themeCases4 } from './cases/theme-cases-4.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';

const compiled = compileCodebook(builtinCodebook);

const KNOWN_FAILURES = new Map<string, string>([
  // Set 4.
  ["Technology is treated as a means of delivering the council's wider aims rather than as an end in itself, and the strategy says so plainly.",
    "cues over-reach to understanding-of-it (gives strategic-alignment:strength understanding-of-it:strength)"],
  // Set 2.
  ["Help service managers to grasp what modern technology could do for the people they serve.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["Ask users regularly what they need from the IT service and tell them what has changed as a result.",
    "consultation gives way to communication (gives communication:weakness)"],
  ["The cost of the help desk was set against that of 20 other councils and found to be in the lowest quarter.",
    "no cue catches comparison (gives nothing)"],
  ["The new contact centre resolves most enquiries at the first call.",
    "cues over-reach to demand-capacity (gives demand-capacity:strength e-government:strength)"],
]);

const label = (tags: Array<{ theme: string; polarity: string }>) => tags.map((t) => `${t.theme}:${t.polarity}`).sort();

const sets: Array<[string, ThemeCase[]]> = [['set 2', themeCases2], ['set 3', themeCases3], ['set 4', themeCases4]];

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
