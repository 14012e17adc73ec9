/**
 * Hand-written classification cases (test/cases/judgement-cases.ts, written from DOMAIN.md by
 * someone who saw neither these rules nor the corpus generator), run through the real stages.
 * test/cases/judgement-cases-2.ts is a second such set of longer, report-like passages.
 * A case the rules still fail is listed in KNOWN_FAILURES with its reason and runs as it.fails.
 */
import { describe, expect, it } from 'vitest';
import { judgementCases } from './cases/judgement-cases.js';
import { judgementCases2 } from './cases/judgement-cases-2.js';
import { judgementCases3 } from './cases/judgement-cases-3.js';
import { judgementCases4 } from './cases/judgement-cases-4.js';
import { judgementCases5 } from './cases/judgement-cases-5.js';
import { judgementCases6 } from './cases/judgement-cases-6.js';
import { judgementCases7 } from './cases/judgement-cases-7.js';
import { analysePages } from './helpers/analyse.js';

const KNOWN_FAILURES: Record<string, string> = {
  // Held-out set 7, measured once after the rules were written (42 of 50 right); not tuned on.
  'r7-benefits-poor-uncertain-pagebreak': 'a running footer without a page number ("Audit Commission Inspection Report") cuts "that has / uncertain prospects" at the page break and is not removed',
  'r7-homelessness-other-service-scores': 'the grade word is followed by the service\'s name ("a \'poor\' homelessness and housing advice service"), so it is not attached to "service"',
  'r7-envhealth-stars-only': 'the verdict names the service without the word "service" ("we judged environmental health in Lydbury to be a two-star service"), which the object check takes for something else',
  'r7-regeneration-target-two-stars': '"a draft strategy" in the clause of the prospect verdict reads as the draft-report cue',
  'r7-hr-eraB-poor-uncertain-hedged': 'the prospect is stated through a pronoun ("we judge them to be uncertain"), which no prospects phrase covers',
  'r7-none-cabinet-paper-other-scores': 'another service\'s score, named without the word "service" ("Waste management was judged \'fair\'"), is not recognised as another service\'s',
  'r7-none-bfi-report': 'another inspectorate\'s report (Benefit Fraud Inspectorate) is not recognised as another regime, and "processing new claims remains poor" reads as a verdict',
  'r7-none-press-release-upcoming': 'reported speech ("Tenants … tell us the service is good") in a press release reads as a verdict',
  'table-self-assessment-vs-inspection-columns': 'a table with a self-assessment column beside the inspection column: the column headers are not read, so both values are candidates',
};

describe('grade and prospect on hand-written cases', () => {
  it('has enough cases of each kind', () => {
    expect(judgementCases.length).toBeGreaterThanOrEqual(60);
    expect(judgementCases.filter((c) => c.expect.grade === null).length).toBeGreaterThanOrEqual(15);
  });
  // Sets 2 to 6 were each written after the rules, by other hands, and first measured at 33 of 45,
  // 31 of 40, 29 of 40, 34 of 40 and 35 of 40; the rules were then generalised on them, never the
  // cases edited. Set 7 is held out: measured once (42 of 50), its failures kept as known failures.
  for (const testCase of [...judgementCases, ...judgementCases2, ...judgementCases3, ...judgementCases4, ...judgementCases5, ...judgementCases6, ...judgementCases7]) {
    const known = KNOWN_FAILURES[testCase.name];
    const test = known ? it.fails : it;
    test(`${testCase.name}: ${testCase.why}${known ? ` [known failure: ${known}]` : ''}`, async () => {
      const document = await analysePages(testCase.pages);
      expect({ grade: document.grade?.value ?? null, prospect: document.prospect?.value ?? null }).toEqual(testCase.expect);
      if (testCase.expect.grade === null && testCase.expect.prospect === null) {
        expect(document.status).toBe('no-judgement');
        expect(document.reason).toBeTruthy();
      }
      for (const finding of [document.grade, document.prospect]) {
        if (!finding) continue;
        // Every finding quotes the unit it came from, on a real page.
        expect(finding.evidence.text.length).toBeGreaterThan(0);
        expect(finding.evidence.pageStart).toBeGreaterThanOrEqual(1);
        expect(finding.evidence.pageStart).toBeLessThanOrEqual(testCase.pages.length);
      }
    });
  }
});
