/**
 * Readings of the layouts that carry a verdict by position rather than by words (the marked scoring
 * grid), as candidates of the judgement engine beside the prose statements.
 */
import type { Page } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import type { Scale } from '../scheme/best-value.js';
import type { Candidate } from './judgement.js';
import { scoreOf, type Features, type Weights } from './features.js';
import { readGrids, type GridReading } from './grid.js';

/** The unit quoting a grid's marked line: the unit that holds the line on its page, re-quoted with the mark's column. */
function gridUnit(units: readonly Sentence[], reading: GridReading): Sentence {
  const onPage = units.filter((unit) => unit.pageStart <= reading.page && unit.pageEnd >= reading.page);
  const holder = onPage.find((unit) => unit.pageStart === reading.page && unit.rawStart <= reading.end && unit.rawEnd >= reading.start) ?? onPage[0] ?? units[0];
  const base: Sentence = holder ?? { index: 0, kind: 'row', text: '', section: '', start: 0, end: 0, pageStart: reading.page, pageEnd: reading.page, rawStart: 0, rawEnd: 0 };
  return { ...base, kind: 'row', text: `${reading.line.replace(/\s{2,}|\t+/g, ' | ')} (marked in the scoring grid under "${reading.column}")`, pageStart: reading.page, pageEnd: reading.page, rawStart: reading.start, rawEnd: reading.end };
}

/** The grids of a document's pages, read once for both scales. */
const gridsRead = new WeakMap<readonly Page[], GridReading[]>();

function gridsOf(pages: readonly Page[], scales: readonly Scale[]): GridReading[] {
  let readings = gridsRead.get(pages);
  if (!readings) {
    readings = readGrids(pages, scales);
    gridsRead.set(pages, readings);
  }
  return readings;
}

/** Whether a unit lies within a marked grid (its axis labels and cells): by position, it is no statement of its own. */
function insideGrid(unit: Sentence, readings: readonly GridReading[]): boolean {
  return readings.some((reading) => reading.span.some((range) => {
    const from = unit.pageStart < range.page ? -1 : unit.pageStart === range.page ? unit.rawStart : Infinity;
    const to = unit.pageEnd > range.page ? Infinity : unit.pageEnd === range.page ? unit.rawEnd : -1;
    return from < range.end && to > range.start;
  }));
}

/** The candidates read from units outside the marked grids of the pages. */
export function outsideGrids<T extends { unit: Sentence }>(candidates: readonly T[], pages: readonly Page[], scales: readonly Scale[]): T[] {
  const readings = gridsOf(pages, scales);
  return readings.length === 0 ? [...candidates] : candidates.filter((candidate) => !insideGrid(candidate.unit, readings));
}

/** Candidates of one scale from the marked grids of the pages. */
export function gridCandidates(pages: readonly Page[], units: readonly Sentence[], scale: Scale, scales: readonly Scale[], weights: Weights): Candidate[] {
  const features: Features = { 'marked-grid': 1 };
  return gridsOf(pages, scales).flatMap((reading) => {
    const value = reading.values.get(scale);
    return value ? [{ value, score: scoreOf(features, weights), unit: gridUnit(units, reading), features }] : [];
  });
}
