/** The terms of a scale in one unit: the scale's words, the value between two denied ones, and statements read as terms. */
import type { Sentence } from '../text/sentences.js';
import type { Scale } from '../scheme/best-value.js';
import type { Context } from './judgement.js';
import { isJudgementRow } from './rows.js';
import { readStatement, statementTerm } from './statement.js';
import { betweenDenied, termMatches, type TermMatch } from './terms.js';

/** The terms of a scale in a unit, statements read as terms; none in a judgement row (its cells are read by position). */
export function unitTerms(unit: Sentence, text: string, scale: Scale, scales: readonly Scale[], context: Context): TermMatch[] {
  if (isJudgementRow(unit, text, scales)) return [];
  // A word inside another scale's phrase or statement ("prospects are excellent", "its prospects are good") is not a statement of this scale.
  const others = scales.filter((other) => other !== scale);
  const otherTerms = [...others.flatMap((other) => termMatches(text, other, context.cues)), ...others.flatMap((other) => statementSpan(text, other, unit, context))];
  const between = betweenDenied(text, scale);
  let matches = [...termMatches(text, scale, context.cues), ...(between ? [between] : [])]
    .filter((m) => !otherTerms.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  if (scale.readsStatements && context.statements && unit.kind !== 'row') {
    const read = statementTerm(text, matches, scale, context.statements, context.era ?? 'B');
    matches = read.statement ? [...read.matches, read.statement] : read.matches;
  }
  return matches;
}

/** Where a scale that reads statements states one in the text (its predicate and likelihood), as a span. */
function statementSpan(text: string, scale: Scale, unit: Sentence, context: Context): Array<{ start: number; end: number }> {
  if (!scale.readsStatements || !context.statements || unit.kind === 'row') return [];
  const statement = readStatement(text, context.statements);
  return statement ? [{ start: Math.min(statement.start, statement.predicateStart), end: Math.max(statement.predicateEnd, statement.start + statement.likelihood.length) }] : [];
}
