/** Turning a unit into the evidence of a finding. */
import type { Evidence, Finding } from '../document.js';
import type { Sentence } from '../text/sentences.js';

/** Evidence quoting a whole unit. */
export function evidenceOf(unit: Sentence): Evidence {
  return { text: unit.text, pageStart: unit.pageStart, pageEnd: unit.pageEnd, start: unit.rawStart, end: unit.rawEnd, sentence: unit.index };
}

/** A finding quoting a unit. */
export function findingOf(value: string, confidence: number, unit: Sentence, ordinal?: number): Finding {
  const finding: Finding = { value, confidence, evidence: evidenceOf(unit) };
  if (ordinal !== undefined) finding.ordinal = ordinal;
  return finding;
}
