/**
 * Sentence-level theme tagging on a held-out set (test/cases/theme-cases-3.ts), written from
 * DOMAIN.md by someone who saw neither the cues, the corpus nor the other cases, after the tagger
 * was tuned. It was measured once (102 of 130 exact; micro-F1 0.83: weakness 0.85, strength 0.80)
 * and is not tuned on: its failures stay listed here with the tagger's output as the reason.
 */
import { describe, expect, it } from 'vitest';
import { themeCases3 } from './cases/theme-cases-3.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';

const compiled = compileCodebook(builtinCodebook);

const KNOWN_FAILURES = new Map<string, string>([
  ["There is no clear line of sight between what the council says it wants to achieve for local people and the projects in the technology work programme.",
    "cues over-reach to consultation (gives consultation:weakness strategic-alignment:weakness)"],
  ["We found a close fit between the direction the ICT service is taking and what the council has said it wants to achieve over the next three years.",
    "no cue catches strategic-alignment (gives demand-capacity:strength)"],
  ["The IT strategy, refreshed in 2001, is firmly rooted in the authority's priorities for regeneration, education and community safety.",
    "cues over-reach to user-training (gives strategic-alignment:strength user-training:strength)"],
  ["Councillors of all parties back the programme, and senior officers are visibly at its head.",
    "no cue catches leadership (gives nothing)"],
  ["There is some doubt whether the council can afford to sustain the planned level of PC replacement beyond next year.",
    "no cue catches investment (gives nothing)"],
  ["no money has been set aside to replace the ageing network servers",
    "wrong polarity for investment (gives investment:strength)"],
  ["An additional £1.2 million over three years has been allocated to modernise the council's technology.",
    "no cue catches investment (gives nothing)"],
  ["The potential of the new systems is not grasped by the departments that bought them, which use them as little more than electronic filing cabinets.",
    "cues over-reach to communication, e-government (gives communication:weakness e-government:weakness understanding-of-it:weakness)"],
  ["Managers increasingly see ICT as a tool for reshaping services rather than simply for automating existing processes.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["The IT unit and the service directorates work largely in isolation from one another, with little contact outside formal requests.",
    "cues over-reach to culture-change, demand-capacity (gives communication:weakness culture-change:weakness demand-capacity:weakness)"],
  ["Because IT staff are now based within the directorates they support, problems are talked through face to face rather than by memo.",
    "cues over-reach to leadership (gives communication:weakness leadership:weakness)"],
  ["Requests for new equipment can take up to four months to be met.",
    "no cue catches demand-capacity (gives nothing)"],
  ["A project board ranks all requests for development work, and the IT section takes on only what it can deliver.",
    "wrong polarity for demand-capacity (gives demand-capacity:weakness)"],
  ["Not one of the staff we interviewed complained about the speed with which faults were put right.",
    "no cue catches demand-capacity (gives nothing)"],
  ["Every new member of staff is given a half-day introduction to the council's core systems.",
    "no cue catches user-training (gives nothing)"],
  ["The IT section has moved from a reactive, back-office mindset to one in which it sees itself as serving its customers.",
    "wrong polarity for culture-change (gives culture-change:weakness)"],
  ["Managers have adopted a more open and less directive style since the restructuring.",
    "no cue catches culture-change (gives nothing)"],
  ["Help desk statistics are analysed each month and used to target improvements.",
    "cues over-reach to demand-capacity (gives demand-capacity:strength information-systems:strength)"],
  ["The review team spoke to a handful of senior managers but did not seek the opinions of the staff who use the systems day to day.",
    "no cue catches consultation (gives nothing)"],
  ["Users' views are sought after every help desk call.",
    "cues over-reach to demand-capacity (gives consultation:strength demand-capacity:strength)"],
  ["The council does not know whether its IT service offers good value relative to others, as it has not taken part in any benchmarking club.",
    "cues over-reach to information-systems, understanding-of-it (gives comparison:weakness information-systems:weakness understanding-of-it:weakness)"],
  ["The council should compare its IT service with the best performers in the public and private sectors and learn from them.",
    "cues over-reach to competition (gives comparison:weakness competition:weakness)"],
  ["The service belongs to the Society of IT Management's benchmarking club and uses the results to set its targets.",
    "no cue catches comparison (gives nothing)"],
  ["The service's unit costs have been compared in detail with those of a family of similar district councils.",
    "no cue catches comparison (gives nothing)"],
  ["Visits to three high-performing councils gave the review team useful insights into better ways of running a help desk.",
    "cues over-reach to demand-capacity (gives comparison:strength demand-capacity:strength)"],
  ["A joint venture with a private IT company has brought in specialist skills the council lacked.",
    "cues over-reach to user-training (gives competition:weakness user-training:weakness)"],
  ["The council's website offers little more than static information, and residents cannot pay for or request any service online.",
    "cues over-reach to demand-capacity, investment (gives demand-capacity:weakness e-government:weakness investment:weakness)"],
  ["The council is some way from meeting the government's target for all services to be available electronically by 2005.",
    "no cue catches e-government (gives nothing)"],
]);

const label = (tags: Array<{ theme: string; polarity: string }>) => tags.map((t) => `${t.theme}:${t.polarity}`).sort();

describe('theme cases, held out (sentence level, set 3)', () => {
  it('covers every theme and polarity', () => {
    const pairs = new Set(themeCases3.flatMap((c) => c.expect.map((t) => `${t.theme}:${t.polarity}`)));
    expect(pairs.size).toBe(26);
  });
  for (const [i, c] of themeCases3.entries()) {
    const known = KNOWN_FAILURES.get(c.text);
    const name = `${String(i).padStart(3, '0')} ${c.why}${known ? ` — known failure: ${known}` : ''}`;
    (known ? it.fails : it)(name, () => {
      expect(label(tagUnit(c.text, c.section ?? '', compiled))).toEqual(label(c.expect));
    });
  }
});
