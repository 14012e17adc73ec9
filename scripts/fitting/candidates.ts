/**
 * The candidate statements of every hand-written case, with their features, for fitting: each case
 * is run through the real stages, then every candidate of each scale is kept (no threshold).
 */
import type { Candidate } from '../../src/classify/judgement.js';
import { choose } from '../../src/classify/choice.js';
import { scoreOf, type Weights } from '../../src/classify/features.js';
import { judgementCandidates } from '../../src/stages/judge.js';
import { RELAYED_CONFIDENCE } from '../../src/stages/verdict.js';
import type { Scheme } from '../../src/scheme/index.js';
import { analysePages } from '../../test/helpers/analyse.js';
import type { CaseSet } from '../evaluation/case-sets.js';

/** One scale of one case: what it should read, and every candidate the engine saw. */
export interface Question {
  set: string;
  name: string;
  field: 'grade' | 'prospect';
  expected: string | null;
  candidates: Candidate[];
  /** The verdict stage sets the document aside (draft, the council's own paper, another regime), or this scale of a council's paper that relays only the other: candidates do not decide. */
  setAside: boolean;
  /** The most confidence the verdict stage allows the reading (a verdict a council's paper relays is second-hand). */
  cap?: number;
}

/** The questions of all the sets' cases. */
export async function collectQuestions(sets: readonly CaseSet[], scheme: Scheme): Promise<Question[]> {
  const questions: Question[] = [];
  for (const set of sets) {
    for (const testCase of set.cases) {
      const document = await analysePages(testCase.pages);
      const setAside = document.status === 'no-judgement' && document.reason !== 'no-judgement-found';
      const relayed = document.messages.some((message) => message.rule === 'relayed-verdict');
      for (const field of ['grade', 'prospect'] as const) {
        const candidates = judgementCandidates(scheme, document, scheme[field], -Infinity);
        questions.push({ set: set.name, name: testCase.name, field, expected: testCase.expect[field], candidates,
          setAside: setAside || (relayed && !document[field]), ...(relayed ? { cap: RELAYED_CONFIDENCE } : {}) });
      }
    }
  }
  return questions;
}

/** The reading of a question under some weights, as the judgement stage would make it. */
export function readWith(question: Question, weights: Weights, calibration?: Weights): { value: string | null; confidence: number | null } {
  if (question.setAside) return { value: null, confidence: null };
  const rescored = question.candidates.map((candidate) => ({ ...candidate, score: scoreOf(candidate.features, weights) }));
  const choice = choose(rescored.filter((candidate) => candidate.score >= weights.threshold), weights, calibration);
  return choice ? { value: choice.best.value.token, confidence: Math.min(choice.confidence, question.cap ?? 1) } : { value: null, confidence: null };
}
