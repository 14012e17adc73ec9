/** A family report's judgements: table rows paired by layout, judgement sentences and outcome sentences, in reading order. */
import type { Evidence, Page } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import { flexible, type GradeWord, type SchemeFamily, type Variant } from '../scheme/family.js';
import { readTable } from './judgement-table.js';
import { evidenceOf } from './evidence.js';
import { pageEvidence } from './page-evidence.js';

/** One reading of one judgement. */
export interface JudgementReading {
  key: string;
  name: string;
  grade: string;
  ordinal: number;
  confidence: number;
  evidence: Evidence;
}

/** Every reading of the document, in reading order, and the row labels no grade could be paired with. */
export interface FamilyReadings {
  readings: JudgementReading[];
  unpaired: Array<{ key: string; name: string; page: number }>;
}

const CONFIDENCE = { line: 0.95, below: 0.9, above: 0.9, statement: 0.9, outcome: 0.95 } as const;

function tableReadings(pages: readonly Page[], units: readonly Sentence[], variant: Variant, grades: readonly GradeWord[], found: FamilyReadings): Array<JudgementReading & { at: number }> {
  const readings: Array<JudgementReading & { at: number }> = [];
  for (const page of pages) {
    const table = readTable(page.text, variant.labels, grades);
    for (const pair of table.pairs) {
      readings.push({
        key: pair.key, name: pair.name, grade: pair.grade.label, ordinal: pair.grade.ordinal, confidence: CONFIDENCE[pair.layout],
        evidence: pageEvidence(page.text.slice(pair.start, pair.end), page.number, pair.start, pair.end, units), at: page.number * 1e7 + pair.start,
      });
    }
    for (const label of table.unpaired) found.unpaired.push({ key: label.key, name: label.name.replace(/\s+/g, ' ').trim(), page: page.number });
  }
  return readings;
}

function gradeOf(text: string, grades: readonly GradeWord[]): GradeWord | undefined {
  return grades.find((grade) => new RegExp(`^${flexible(grade.pattern)}$`, 'i').test(text.trim()));
}

/** Judgement sentences, read on the page so that a headline wrapped over lines reads whole; `^` is the start of a line, or of a cell printed beside another judgement (after its grade). */
function statementReadings(pages: readonly Page[], units: readonly Sentence[], variant: Variant, grades: readonly GradeWord[]): Array<JudgementReading & { at: number }> {
  const alternatives = grades.map((grade) => flexible(grade.pattern)).join('|');
  const statements = variant.statements.map((statement) => ({
    key: statement.key,
    pattern: new RegExp(flexible(statement.pattern).replace(/^\^/, `(?<=^|\\n|\\t|\\b(?:${alternatives})\\.?[ \\t]+)[ \\t]*`).replace('{grade}', alternatives), 'gid'),
  }));
  const readings: Array<JudgementReading & { at: number }> = [];
  for (const page of pages) {
    for (const statement of statements) {
      for (const match of page.text.matchAll(statement.pattern)) {
        const grade = gradeOf(match[1]!, grades);
        if (!grade) continue;
        const [start, end] = match.indices![0]!;
        const name = page.text.slice(start, match.indices![1]![0]).replace(/\s+/g, ' ').trim();
        readings.push({ key: statement.key, name, grade: grade.label, ordinal: grade.ordinal, confidence: CONFIDENCE.statement, evidence: pageEvidence(page.text.slice(start, end), page.number, start, end, units), at: page.number * 1e7 + start });
      }
    }
  }
  return readings;
}

/** The first outcome sentence (area SEND's three outcomes) among the units, as a reading of the overall outcome. */
export function outcomeReading(units: readonly Sentence[], family: SchemeFamily): JudgementReading | undefined {
  const outcomes = family.outcomes.map((outcome) => ({ outcome, pattern: new RegExp(flexible(outcome.pattern), 'i') }));
  for (const unit of units) {
    const found = outcomes.find(({ pattern }) => pattern.test(unit.text));
    if (found) return { key: 'overall', name: 'Inspection outcome', grade: found.outcome.label, ordinal: found.outcome.ordinal, confidence: CONFIDENCE.outcome, evidence: evidenceOf(unit) };
  }
  return undefined;
}

/** Reads a family report's judgements: its tables page by page and its judgement sentences, in reading order. */
export function readFamilyJudgements(pages: readonly Page[], units: readonly Sentence[], family: SchemeFamily, variant: Variant): FamilyReadings {
  const found: FamilyReadings = { readings: [], unpaired: [] };
  const all = [...tableReadings(pages, units, variant, family.grades, found), ...statementReadings(pages, units, variant, family.grades)];
  found.readings = all.sort((a, b) => a.at - b.at).map(({ at: _at, ...reading }) => reading);
  return found;
}
