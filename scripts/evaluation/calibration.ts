/** Calibration: how often readings are right within bands of their stated confidence. */

/** One reading: its stated confidence, and whether it was right. */
export interface Reading {
  confidence: number;
  correct: boolean;
}

/** Accuracy of the readings whose confidence falls in one band. */
export interface Band {
  band: string;
  readings: number;
  correct: number;
  accuracy: number | null;
}

/** The bands: at or above 0.9, from 0.7 to below 0.9, below 0.7. */
const BANDS: ReadonlyArray<{ band: string; low: number; high: number }> = [
  { band: '>= 0.9', low: 0.9, high: Infinity },
  { band: '0.7-0.9', low: 0.7, high: 0.9 },
  { band: '< 0.7', low: -Infinity, high: 0.7 },
];

/** Accuracy per confidence band. */
export function calibrationBands(readings: readonly Reading[]): Band[] {
  return BANDS.map(({ band, low, high }) => {
    const inBand = readings.filter((reading) => reading.confidence >= low && reading.confidence < high);
    const correct = inBand.filter((reading) => reading.correct).length;
    return { band, readings: inBand.length, correct, accuracy: inBand.length === 0 ? null : correct / inBand.length };
  });
}

/** The bands as lines of text, e.g. `>= 0.9    41 readings, 40 right (97.6%)`. */
export function formatBands(bands: readonly Band[], indent = '  '): string {
  return bands.map((band) => `${indent}${band.band.padEnd(8)} ${String(band.readings).padStart(4)} readings, ${String(band.correct).padStart(4)} right${band.accuracy === null ? '' : ` (${(band.accuracy * 100).toFixed(1)}%)`}\n`).join('');
}

/** A share as a percentage with its counts, e.g. `72.4% (55 of 76)`. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? 'n/a (0 of 0)' : `${((100 * part) / whole).toFixed(1)}% (${part} of ${whole})`;
}
