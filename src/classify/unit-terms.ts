/** The terms of a scale in one unit: the scale's words, the value between two denied ones, and statements read as terms. */
import type { Sentence } from '../text/sentences.js';
import type { Scale } from '../scheme/best-value.js';
import type { Context } from './judgement.js';
import { anyOf } from './patterns.js';
import { cellValue, isJudgementRow } from './rows.js';
import { readStatement, statementTerm } from './statement.js';
import { betweenDenied, termMatches, type TermMatch } from './terms.js';

/** The terms of a scale in a unit, statements read as terms; in a judgement row only those of a sentence standing as its value (its cells are read by position). */
export function unitTerms(unit: Sentence, text: string, scale: Scale, scales: readonly Scale[], context: Context): TermMatch[] {
  if (isJudgementRow(unit, text, scales)) return sentenceCellTerms(text, scale, context);
  // A word inside another scale's phrase or statement ("prospects are excellent", "its prospects are good") is not a statement of this scale.
  const others = scales.filter((other) => other !== scale);
  const otherTerms = [...others.flatMap((other) => termMatches(text, other, context.cues)), ...others.flatMap((other) => statementSpan(text, other, unit, context))];
  const between = betweenDenied(text, scale);
  const matches = [...termMatches(text, scale, context.cues), ...(between ? [between] : [])]
    .filter((m) => !otherTerms.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  return unit.kind === 'row' ? matches : withStatement(text, matches, scale, context);
}

/** The matches with the statement a scale that reads statements finds in the text (which replaces the terms it covers). */
function withStatement(text: string, matches: TermMatch[], scale: Scale, context: Context): TermMatch[] {
  if (!scale.readsStatements || !context.statements) return matches;
  const read = statementTerm(text, matches, scale, context.statements, context.era ?? 'B');
  return read.statement ? [...read.matches, read.statement] : read.matches;
}

/** Where a scale that reads statements states one in the text (its predicate and likelihood), as a span. */
function statementSpan(text: string, scale: Scale, unit: Sentence, context: Context): Array<{ start: number; end: number }> {
  if (!scale.readsStatements || !context.statements || unit.kind === 'row') return [];
  const statement = readStatement(text, context.statements);
  return statement ? [{ start: Math.min(statement.start, statement.predicateStart), end: Math.max(statement.predicateEnd, statement.start + statement.likelihood.length) }] : [];
}

/**
 * A judgement row whose value is a sentence ("How good is the service? | The service is fair (one star). It …"):
 * the scale's terms in that cell, the first after a label naming the scale; none when the cell opens with a value
 * (read by position) and none in the later cells (reasons, which use the scale's words for other things).
 */
function sentenceCellTerms(text: string, scale: Scale, context: Context): TermMatch[] {
  const bars = [...text.matchAll(/\s*\|\s*/g)];
  const first = bars[0];
  if (!first || !anyOf(scale.rowLabels).test(text.slice(0, first.index))) return [];
  // The value is the first cell after the label that holds anything: a ruled table's empty column ("label | | value") is skipped.
  let next = 1;
  while (next < bars.length && bars[next]!.index === bars[next - 1]!.index + bars[next - 1]![0].length) next += 1;
  const opening = bars[next - 1]!;
  const start = opening.index + opening[0].length;
  const cell = text.slice(start, bars[next]?.index ?? text.length);
  if (cellValue(cell, scale) || !/\s\S+\s\S+/.test(cell)) return [];
  return withStatement(cell, termMatches(cell, scale, context.cues), scale, context).map((match) => ({ ...match, start: match.start + start, end: match.end + start, ...(match.likelihood ? { likelihood: { start: match.likelihood.start + start, end: match.likelihood.end + start } } : {}) }));
}
