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
import { analysePages } from './helpers/analyse.js';

const KNOWN_FAILURES: Record<string, string> = {
  // Held-out set 4, measured once after the rules were written (29 of 40 right); not tuned on.
  'r4-a-benefits-poor-unlikely-in-our-view': '"the improvements it has promised" reads as an ambition cue in the clause of the prospect verdict',
  'r4-a-planning-poor-will-not-page-break': 'a running footer on too few pages to be recognised sits between "a poor" and "service", so the grade word is not attached',
  'r4-b-ict-poor-uncertain-page-break-header': 'the verdict line wrapped before a page break is taken for a heading, and a chart legend ending "poor prospects for improvement?" is read as a prospect',
  'r4-b-housing-management-fair-uncertain-caption': 'the chart axis label "a good service?" runs into the preceding sentence and ties with the real verdict',
  'r4-b-homelessness-reinspection-poor-promising': 'an adverb inside the prospects phrase ("are now promising") is not in the pattern',
  'r4-b-procurement-good-uncertain-inverted': 'an inverted prospects phrase ("Uncertain, in our view, are the prospects") is not in the pattern',
  'r4-b-leisure-good-excellent-question-list': 'answers follow questions given as bullet items, not headings, so they are not tied to their question',
  'r4-b-highways-fair-poor-not-confident': 'without the report\'s own date, "In 2001 we inspected …" is not recognised as an earlier verdict',
  'r4-b-parks-good-promising-footer-inside': 'a running footer on too few pages to be recognised cuts the prospect phrase in two at the page break',
  'r4-b-school-meals-excellent-promising-dash': '"one of the few three-star services we have inspected" is read as naming another service',
  'r4-none-guidance-leaflet-scoring': 'a list of prospect words after one "prospects … as" is read as a statement: only the first is a full phrase, so the legend check sees one value',
  'report-on-x-then-other-service-poor': 'no front page names the service, so "the building control service, which was inspected separately in 2002, was judged …" is not recognised as another service',
  'table-self-assessment-vs-inspection-columns': 'a table with a self-assessment column beside the inspection column: the column headers are not read, so both values are candidates',
};

describe('grade and prospect on hand-written cases', () => {
  it('has enough cases of each kind', () => {
    expect(judgementCases.length).toBeGreaterThanOrEqual(60);
    expect(judgementCases.filter((c) => c.expect.grade === null).length).toBeGreaterThanOrEqual(15);
  });
  // The second and third sets were written after the rules, by other hands, and first measured at
  // 33 of 45 and 31 of 40; the rules were then generalised, never the cases edited. The fourth set
  // is held out: measured once (29 of 40) and its failures kept as known failures.
  for (const testCase of [...judgementCases, ...judgementCases2, ...judgementCases3]) {
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
