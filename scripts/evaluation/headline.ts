/**
 * The judgement figures an article leans on, measured on labelled documents: accuracy by confidence
 * band, and the headline shares (graded poor or fair; will probably or definitely improve) as read
 * and as labelled.
 */
import { bestValueScheme } from '../../src/scheme/index.js';
import { calibrationBands, formatBands, formatShare, type Band, type Reading } from './calibration.js';

/** The fields of a labelled document and of its result row that the figures need. */
export interface JudgedPair {
  label: { grade: string; prospect: string };
  row: { grade: string | null; grade_confidence: number | null; prospect: string | null; prospect_confidence: number | null; prospect_ordinal: number | null };
}

/** A share as read by the pipeline and as labelled. */
export interface Share {
  name: string;
  got: { part: number; whole: number };
  labelled: { part: number; whole: number };
}

/** Calibration and headline shares of a labelled folder. */
export interface Headline {
  bands: Band[];
  shares: Share[];
}

const LOW_GRADES = new Set(['poor', 'fair']);

function prospectOrdinal(token: string): number | undefined {
  return bestValueScheme.prospect.values.find((value) => value.token === token)?.ordinal;
}

function share(name: string, pairs: readonly JudgedPair[], got: (pair: JudgedPair) => boolean | undefined, labelled: (pair: JudgedPair) => boolean | undefined): Share {
  const count = (test: (pair: JudgedPair) => boolean | undefined) => {
    const answers = pairs.map(test).filter((answer) => answer !== undefined);
    return { part: answers.filter(Boolean).length, whole: answers.length };
  };
  return { name, got: count(got), labelled: count(labelled) };
}

/** The figures of the labelled pairs. */
export function headline(pairs: readonly JudgedPair[]): Headline {
  const readings: Reading[] = pairs.flatMap(({ label, row }) => [
    ...(row.grade !== null && row.grade_confidence !== null ? [{ confidence: row.grade_confidence, correct: row.grade === label.grade }] : []),
    ...(row.prospect !== null && row.prospect_confidence !== null ? [{ confidence: row.prospect_confidence, correct: row.prospect === label.prospect }] : []),
  ]);
  return {
    bands: calibrationBands(readings),
    shares: [
      share('graded poor or fair', pairs, ({ row }) => (row.grade === null ? undefined : LOW_GRADES.has(row.grade)), ({ label }) => (label.grade === 'none' ? undefined : LOW_GRADES.has(label.grade))),
      share('will probably or definitely improve', pairs, ({ row }) => (row.prospect_ordinal === null ? undefined : row.prospect_ordinal >= 2), ({ label }) => {
        const ordinal = prospectOrdinal(label.prospect);
        return ordinal === undefined ? undefined : ordinal >= 2;
      }),
    ],
  };
}

/** The figures as text for a terminal. */
export function formatHeadline(figures: Headline): string {
  let out = '\nreadings by confidence band (grade and prospect):\n' + formatBands(figures.bands, '    ');
  out += '\nheadline shares, as read and as labelled:\n';
  for (const s of figures.shares) out += `    ${s.name.padEnd(36)} read ${formatShare(s.got.part, s.got.whole).padEnd(20)} labelled ${formatShare(s.labelled.part, s.labelled.whole)}\n`;
  return out;
}
