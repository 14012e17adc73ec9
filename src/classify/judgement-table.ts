/**
 * Judgement tables read by layout: each row label found at the start of a line (or of a cell: pdf text separates
 * cells on one line by a tab) is paired with the grade printed next to it — on the same line, or on the line after it, or, in a table whose grades stand above their labels,
 * on the line before it — never by its position in a list. A label with no grade beside it stays unpaired.
 */
import { flexible, type GradeWord, type JudgementLabel } from '../scheme/family.js';

/** A row label or a grade found in a page's text, with its character range. */
interface Item {
  kind: 'label' | 'grade';
  start: number;
  end: number;
  text: string;
  /** The label's key, or the grade's index in the grade words. */
  key: string;
  grade?: GradeWord;
}

/** A label paired with its grade, with the range of text that shows the pair. */
export interface TablePair {
  key: string;
  name: string;
  grade: GradeWord;
  gradeText: string;
  start: number;
  end: number;
  /** 'line': label and grade on one line; 'below' / 'above': the grade on the next / previous line. */
  layout: 'line' | 'below' | 'above';
}

/** What a page's table gives: pairs, and the labels left without a grade. */
export interface TableReading {
  pairs: TablePair[];
  unpaired: Array<{ key: string; name: string; start: number }>;
}

function gradeAlternatives(grades: readonly GradeWord[]): string {
  return grades.map((grade) => flexible(grade.pattern)).join('|');
}

function labelPattern(labels: readonly JudgementLabel[], grades: readonly GradeWord[]): RegExp {
  // At the start of a line and ending it, or followed by a colon or a grade; the longest label at a place wins.
  const sorted = [...labels].sort((a, b) => b.pattern.length - a.pattern.length);
  const after = `(?=[ \\t]*(?::|\\n|\\t|$)|\\s+(?:${gradeAlternatives(grades)})\\b)`;
  return new RegExp(`(?<=^|\\n|\\t)[ \\t]*(${sorted.map((label) => `(${flexible(label.pattern)})`).join('|')})${after}`, 'gi');
}

function gradePattern(grades: readonly GradeWord[]): RegExp {
  // A grade ends its line (a full stop may follow): a table cell, not a word in a sentence.
  return new RegExp(`(?<=^|\\s|:)(${gradeAlternatives(grades)})(?=[ ]*\\.?[ ]*(?:\\n|\\t|$))`, 'gi');
}

function labelsIn(text: string, labels: readonly JudgementLabel[], grades: readonly GradeWord[]): Item[] {
  const sorted = [...labels].sort((a, b) => b.pattern.length - a.pattern.length);
  return [...text.matchAll(labelPattern(labels, grades))].map((match) => {
    const index = sorted.findIndex((_, position) => match[position + 2] !== undefined);
    const start = match.index + match[0].length - match[1]!.length;
    return { kind: 'label' as const, start, end: start + match[1]!.length, text: match[1]!, key: sorted[index]!.key };
  });
}

function gradesIn(text: string, grades: readonly GradeWord[]): Item[] {
  return [...text.matchAll(gradePattern(grades))].map((match) => {
    const grade = grades.find((word) => new RegExp(`^${flexible(word.pattern)}$`, 'i').test(match[1]!))!;
    return { kind: 'grade' as const, start: match.index, end: match.index + match[1]!.length, text: match[1]!, key: grade.label, grade };
  });
}

/** Items separated by nothing but white space (and a colon after a label) form one run: one table, or one heading and its grade. */
function runs(text: string, items: readonly Item[]): Item[][] {
  const result: Item[][] = [];
  for (const item of items) {
    const run = result.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.end <= item.start && /^[ \t]*:?\s*$/.test(text.slice(previous.end, item.start))) run.push(item);
    else result.push([item]);
  }
  return result;
}

/** A grade alone on its line: a cell of its own. */
const alone = (text: string, item: Item) => /^ *$/.test(text.slice(Math.max(text.lastIndexOf('\n', item.start - 1), text.lastIndexOf('\t', item.start - 1)) + 1, item.start));
/** A grade right after a label on the label's line ("Adoption performance Good"). */
const besideLabel = (text: string, previous: Item | undefined, item: Item) =>
  previous?.kind === 'label' && previous.end <= item.start && /^[ \t]*:?[ \t]*$/.test(text.slice(previous.end, item.start));

const sameLine = (text: string, from: number, to: number) => !text.slice(from, to).includes('\n');

/** Pairs the labels of one run with their grades by layout. */
function pairRun(text: string, run: readonly Item[], reading: TableReading): void {
  // Grades above their labels: the run opens with a grade that no label on its line precedes.
  const above = run[0]?.kind === 'grade' && run.length > 1;
  const used = new Set<Item>();
  run.forEach((item, index) => {
    if (item.kind !== 'label') return;
    const next = run[index + 1];
    const previous = run[index - 1];
    let grade: Item | undefined;
    let layout: TablePair['layout'] = 'below';
    if (next?.kind === 'grade' && sameLine(text, item.end, next.start)) [grade, layout] = [next, 'line'];
    else if (above && previous?.kind === 'grade' && !used.has(previous)) [grade, layout] = [previous, 'above'];
    else if (!above && next?.kind === 'grade') grade = next;
    if (!grade) {
      reading.unpaired.push({ key: item.key, name: item.text, start: item.start });
      return;
    }
    used.add(grade);
    reading.pairs.push({
      key: item.key, name: item.text.replace(/\s+/g, ' ').trim(), grade: grade.grade!, gradeText: grade.text.replace(/\s+/g, ' '),
      start: Math.min(item.start, grade.start), end: Math.max(item.end, grade.end), layout,
    });
  });
}

/** Reads one page's text: every labelled row with the grade printed beside it. */
export function readTable(text: string, labels: readonly JudgementLabel[], grades: readonly GradeWord[]): TableReading {
  const reading: TableReading = { pairs: [], unpaired: [] };
  if (labels.length === 0) return reading;
  const items = [...labelsIn(text, labels, grades), ...gradesIn(text, grades)].sort((a, b) => a.start - b.start || b.end - a.end);
  // A grade inside a label ("good" in a label's words) is part of the label, not a cell.
  const inside = (item: Item) => items.some((other) => other.kind === 'label' && other.start <= item.start && item.end <= other.end);
  const cells = items.filter((item, index) => item.kind === 'label' || (!inside(item) && (alone(text, item) || besideLabel(text, items[index - 1], item))));
  for (const run of runs(text, cells)) pairRun(text, run, reading);
  return reading;
}
