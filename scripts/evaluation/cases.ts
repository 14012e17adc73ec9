/**
 * Accuracy on the hand-written judgement sets through the real stages: per set and overall, grade
 * and prospect accuracy, abstention on the cases that state no judgement, and calibration bands.
 */
import type { DocumentRecord } from '../../src/document.js';
import { analysePages } from '../../test/helpers/analyse.js';
import type { JudgementCase } from '../../test/cases/judgement-cases.js';
import type { CaseSet } from './case-sets.js';
import { calibrationBands, formatBands, formatShare, type Band, type Reading } from './calibration.js';

/** One case's outcome. */
export interface CaseOutcome {
  name: string;
  expected: JudgementCase['expect'];
  got: { grade: string | null; prospect: string | null };
  confidence: { grade: number | null; prospect: number | null };
}

/** The figures of one set (or of all sets together). */
export interface SetResult {
  set: string;
  cases: number;
  grade: number;
  prospect: number;
  both: number;
  /** Cases stating no judgement, and how many of them the pipeline abstained on. */
  noJudgement: number;
  abstained: number;
  bands: Band[];
  wrong: CaseOutcome[];
}

function outcome(testCase: JudgementCase, document: DocumentRecord): CaseOutcome {
  return {
    name: testCase.name,
    expected: testCase.expect,
    got: { grade: document.grade?.value ?? null, prospect: document.prospect?.value ?? null },
    confidence: { grade: document.grade?.confidence ?? null, prospect: document.prospect?.confidence ?? null },
  };
}

/** The readings (non-empty findings) of the outcomes, each with its confidence and whether it was right. */
function readings(outcomes: readonly CaseOutcome[]): Reading[] {
  return outcomes.flatMap((o) => (['grade', 'prospect'] as const).flatMap((field) => {
    const confidence = o.confidence[field];
    return o.got[field] === null || confidence === null ? [] : [{ confidence, correct: o.got[field] === o.expected[field] }];
  }));
}

/** The figures of a list of outcomes. */
export function summarise(set: string, outcomes: readonly CaseOutcome[]): SetResult {
  const right = (field: 'grade' | 'prospect') => outcomes.filter((o) => o.got[field] === o.expected[field]).length;
  const none = outcomes.filter((o) => o.expected.grade === null && o.expected.prospect === null);
  return {
    set, cases: outcomes.length, grade: right('grade'), prospect: right('prospect'),
    both: outcomes.filter((o) => o.got.grade === o.expected.grade && o.got.prospect === o.expected.prospect).length,
    noJudgement: none.length, abstained: none.filter((o) => o.got.grade === null && o.got.prospect === null).length,
    bands: calibrationBands(readings(outcomes)),
    wrong: outcomes.filter((o) => o.got.grade !== o.expected.grade || o.got.prospect !== o.expected.prospect),
  };
}

/** Runs every case of the sets; returns the figures per set, then the overall figures. */
export async function measureCases(sets: readonly CaseSet[]): Promise<SetResult[]> {
  const results: SetResult[] = [];
  const all: CaseOutcome[] = [];
  for (const set of sets) {
    const outcomes: CaseOutcome[] = [];
    for (const testCase of set.cases) outcomes.push(outcome(testCase, await analysePages(testCase.pages)));
    all.push(...outcomes);
    results.push(summarise(set.name, outcomes));
  }
  results.push(summarise('all', all));
  return results;
}

/** The figures as text for a terminal: one line per set, then the bands and the wrong cases. */
export function formatCases(results: readonly SetResult[]): string {
  let out = 'set   cases  grade               prospect            both                abstained (no-judgement cases)\n';
  for (const r of results) {
    out += `${r.set.padEnd(5)} ${String(r.cases).padStart(5)}  ${formatShare(r.grade, r.cases).padEnd(19)} ${formatShare(r.prospect, r.cases).padEnd(19)} ${formatShare(r.both, r.cases).padEnd(19)} ${r.abstained} of ${r.noJudgement}\n`;
  }
  for (const r of results) {
    out += `\nset ${r.set}: accuracy by confidence band\n${formatBands(r.bands)}`;
    if (r.set === 'all') continue;
    for (const w of r.wrong) out += `  wrong: ${w.name}: expected ${w.expected.grade}/${w.expected.prospect}, got ${w.got.grade}/${w.got.prospect} (confidence ${w.confidence.grade ?? '-'}/${w.confidence.prospect ?? '-'})\n`;
  }
  return out;
}
