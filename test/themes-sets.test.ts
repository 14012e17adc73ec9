/**
 * Sentence-level theme tagging on the hand-written sets written after the tagger, each from
 * DOMAIN.md by someone who saw neither the cues, the corpus nor the other cases. Each set was first
 * held out and measured once, then became a development set: its errors were fixed with general cue
 * families, subject-near-predicate rules and polarity frames, never with a case's own words.
 * - theme-cases-2.ts: first 64 of 130 exact (micro P 0.71, R 0.53, F1 0.61); now 125 of 130.
 * - theme-cases-3.ts: first 102 of 130 exact (micro P 0.82, R 0.85, F1 0.83); now 130 of 130.
 * - theme-cases-4.ts is held out: measured once, 98 of 143 exact (micro P 0.81, R 0.73, F1 0.77;
 *   weakness P 0.92 R 0.69, strength P 0.74 R 0.77), and not tuned on.
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
  // Set 4, held out: measured once, not tuned on.
  ["Recommendation: revise the ICT strategy so that every major project can be traced back to one of the council's stated corporate objectives.",
    "wrong polarity for strategic-alignment (gives strategic-alignment:strength)"],
  ["Technology is treated as a means of delivering the council's wider aims rather than as an end in itself, and the strategy says so plainly.",
    "no cue catches strategic-alignment (gives nothing)"],
  ["The leader of the council has been a vocal sponsor of the programme, and it shows.",
    "no cue catches leadership (gives nothing)"],
  ["The revenue budget for ICT has been cut in each of the last three years, and the cuts have fallen mostly on maintenance.",
    "wrong polarity for investment (gives investment:strength)"],
  ["The council has committed £4.2 million over three years to modernise its technology infrastructure.",
    "no cue catches investment (gives nothing)"],
  ["Resources for IT have been substantially increased since 1999, ending a long period of neglect.",
    "wrong polarity for investment (gives investment:weakness)"],
  ["Many managers see computers as a cost to be contained rather than as a way of changing how services are delivered.",
    "wrong polarity for understanding-of-it (gives understanding-of-it:strength)"],
  ["Staff we met had a mature and realistic view of what computers can and cannot achieve for the council.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["Technical staff and service managers talk past each other, and jargon is a common complaint.",
    "cues over-reach to consultation (gives communication:weakness consultation:weakness)"],
  ["Recommendation: set up regular liaison meetings between ICT staff and each service department.",
    "wrong polarity for communication (gives communication:strength)"],
  ["One head of service said: 'We never know what the computer people are working on or why.'",
    "no cue catches communication (gives nothing)"],
  ["A monthly bulletin keeps departments informed about forthcoming system changes and planned downtime.",
    "no cue catches communication (gives nothing)"],
  ["'They always let us know what's going on,' one housing manager said of the network team.",
    "no cue catches communication (gives nothing)"],
  ["It is far from clear how the section decides which departmental requests are dealt with first.",
    "no cue catches demand-capacity (gives nothing)"],
  ["Recommendation: agree service level agreements with departments that set out realistic response times for faults and requests.",
    "no cue catches demand-capacity (gives nothing)"],
  ["Nearly all faults reported to the help desk are resolved within the target time.",
    "cues over-reach to information-systems (gives demand-capacity:strength information-systems:strength)"],
  ["The annual work programme is matched to the staff time actually available, so commitments made to departments are generally kept.",
    "no cue catches demand-capacity (gives nothing)"],
  ["Recommendation: assess the computer skills of staff across the council and put in place a programme to close the gaps.",
    "no cue catches user-training (gives nothing)"],
  ["Help desk staff estimate that a third of their calls come from people who simply do not know how to use the package in front of them.",
    "no cue catches user-training (gives nothing)"],
  ["Courses in basic PC skills are frequently cancelled, and many staff have given up trying to book them.",
    "wrong polarity for user-training (gives user-training:strength)"],
  ["All new starters receive a half-day introduction to the council's systems and email.",
    "no cue catches user-training (gives nothing)"],
  ["Staff no longer have to learn new systems by trial and error: every roll-out now comes with hands-on sessions.",
    "wrong polarity for user-training (gives user-training:weakness)"],
  ["Recommendation: develop a more open management style that encourages staff to innovate.",
    "no cue catches culture-change (gives nothing)"],
  ["Staff told us that mistakes are punished, so nobody volunteers to pilot anything new.",
    "no cue catches culture-change (gives nothing)"],
  ["There is a noticeable willingness across the council to question old practices and try something different.",
    "no cue catches culture-change (gives nothing)"],
  ["Managers have moved from a controlling style towards one that delegates responsibility and trusts staff.",
    "no cue catches culture-change (gives nothing)"],
  ["A 'can-do' attitude pervades the IT unit and has spread into the departments it works with.",
    "no cue catches culture-change (gives communication:strength)"],
  ["Managers rely on paper records and private spreadsheets because the corporate financial and personnel systems do not give them the information they need.",
    "no cue catches information-systems (gives nothing)"],
  ["Recommendation: introduce a performance management framework with clear, measurable indicators that are reported regularly.",
    "wrong polarity for information-systems (gives information-systems:strength)"],
  ["A balanced scorecard is reported to management team each quarter and is used to drive action.",
    "cues over-reach to leadership (gives information-systems:strength leadership:strength)"],
  ["Every member of the IT team has an annual appraisal with personal targets that link directly to the service plan.",
    "no cue catches information-systems (gives leadership:strength)"],
  ["The integrated human resources and payroll system has given managers reliable information on staffing for the first time.",
    "cues over-reach to investment (gives information-systems:strength investment:strength)"],
  ["The review made no attempt to find out what the public or local businesses think of the service.",
    "no cue catches consultation (gives nothing)"],
  ["Recommendation: seek the views of users regularly and use the results to shape improvements.",
    "no cue catches consultation (gives nothing)"],
  ["The citizens' panel was asked about IT priorities, and its responses are reflected in the final plan.",
    "cues over-reach to strategic-alignment (gives consultation:strength strategic-alignment:strength)"],
  ["Recommendation: compare the service's costs and performance with those of other councils and use the results to set stretching targets.",
    "cues over-reach to information-systems (gives comparison:weakness information-systems:weakness)"],
  ["Although the council belongs to the SOCITM benchmarking scheme, it has not used the data to identify where it lags behind others.",
    "wrong polarity for comparison (gives comparison:strength)"],
  ["The review made thorough use of SOCITM data to compare costs and user satisfaction with twenty similar councils.",
    "cues over-reach to consultation (gives comparison:strength consultation:strength)"],
  ["The service regularly measures itself against others in its family group and acts on the results.",
    "cues over-reach to consultation (gives comparison:strength consultation:strength)"],
  ["Data from the CIPFA IT Trends survey was used well to show where the service stands against its peers.",
    "cues over-reach to consultation (gives comparison:strength consultation:strength)"],
  ["The review did not seriously consider whether other providers could deliver the service more effectively.",
    "no cue catches competition (gives nothing)"],
  ["Recommendation: carry out a rigorous options appraisal, including testing the market, before deciding the future of the service.",
    "no cue catches competition (gives nothing)"],
  ["The partnership with a private sector provider is well managed and has brought in skills the council lacked.",
    "cues over-reach to user-training (gives competition:strength user-training:strength)"],
  ["The decision to share a data centre with two neighbouring authorities followed a thorough evaluation of the different ways of providing it.",
    "no cue catches competition (gives information-systems:strength)"],
  ["Recommendation: produce a clear plan setting out which services will be made available online, and when.",
    "no cue catches e-government (gives nothing)"],
  // Set 2.
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
