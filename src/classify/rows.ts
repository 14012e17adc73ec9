/** Judgements stated in table rows: by a row label, under a header row, or in a row that lost its cell separators. */
import type { Sentence } from '../text/sentences.js';
import type { Scale, ScaleValue } from '../scheme/best-value.js';
import { anyOf, plain } from './patterns.js';

function cells(text: string): string[] {
  return text.split('|').map((cell) => cell.trim().replace(/[?:.]+$/, ''));
}

export function cellValue(cell: string, scale: Scale): ScaleValue | undefined {
  // A cell states a value when it starts with one: "Fair (one star)", "Good (**)", "Yes".
  return scale.values.find((value) => new RegExp(`^(?:${value.cells.join('|')})(?![\\p{L}*])`, 'u').test(cell));
}

/**
 * The values a table row states for the scale: cells after a label that names the scale
 * ("How good is the service? | Fair | One star"), or cells under a header row naming it
 * ("Service | Grade | Will it improve?" then "Libraries | Poor | Unlikely").
 */
export function rowValues(unit: Sentence, text: string, previous: Sentence | undefined, next: Sentence | undefined, scale: Scale): ScaleValue[] {
  if (unit.kind !== 'row') return flattenedRow(text, scale);
  const row = cells(text);
  const label = anyOf(scale.rowLabels);
  const found = new Set<ScaleValue>();
  if (label.test(row[0] ?? '')) {
    for (const cell of row.slice(1)) {
      const value = cellValue(cell, scale);
      if (value) found.add(value);
    }
  } else if (previous?.kind === 'row' && next?.kind !== 'row') {
    // Only a header with a single data row: a longer table lists other councils or services.
    const header = cells(plain(previous.text));
    header.forEach((name, column) => {
      const value = label.test(name) && column > 0 ? cellValue(row[column] ?? '', scale) : undefined;
      if (value) found.add(value);
    });
  }
  return [...found];
}

/** A table row whose cells lost their separator: "Will the service improve? Unlikely" (label, then one value). */
export function flattenedRow(text: string, scale: Scale): ScaleValue[] {
  const match = new RegExp(`^(?:${scale.rowLabels.join('|')})\\s*[?:]\\s*(.+)$`, 'u').exec(text);
  const value = match ? cellValue(match[1]!.replace(/[.]$/, ''), scale) : undefined;
  return value && match![1]!.split(/\s+/).length <= 4 ? [value] : [];
}

/** Whether a row is a labelled judgement row of any scale (its words are then read as cells only). */
export function isJudgementRow(unit: Sentence, text: string, scales: readonly Scale[]): boolean {
  return unit.kind === 'row' && scales.some((scale) => anyOf(scale.rowLabels).test(cells(text)[0] ?? ''));
}


/**
 * A unit that answers its section's question: under "How good is the service?", a unit starting
 * "Poor – the service does not meet…" states the grade as a row would.
 */
export function sectionAnswer(unit: Sentence, text: string, scale: Scale): ScaleValue[] {
  const question = unit.section.split(' > ').pop() ?? '';
  if (!anyOf(scale.rowLabels).test(plain(question))) return [];
  const match = /^([a-z*' ]{1,30}?)\s*(?:[–—:.]|-\s)/u.exec(text);
  const value = match ? cellValue(match[1]!.trim(), scale) : undefined;
  return value ? [value] : [];
}
