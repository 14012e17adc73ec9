/** Inspection and publication dates, and how reports write them. */
import type { Rng } from './rng.js';
import type { Era } from './types.js';
import { MONTHS } from './names.js';

const DAY = 86_400_000;
const ERA_RANGE: Record<Era, [string, string]> = { A: ['2000-04-03', '2001-07-23'], B: ['2001-10-01', '2002-12-16'] };

/** A Monday start in the era's window, 4-11 days on site, published 6-14 weeks after. */
export function inspectionDates(era: Era, rng: Rng): { from: Date; to: Date; published: Date } {
  const [lo, hi] = ERA_RANGE[era].map((d) => Date.parse(`${d}T00:00:00Z`)) as [number, number];
  const weeks = Math.floor((hi - lo) / (7 * DAY));
  const from = new Date(lo + rng.int(0, weeks) * 7 * DAY);
  const length = rng.pick([3, 4, 4, 4, 8, 9, 11]);
  const to = new Date(from.getTime() + length * DAY);
  let published = new Date(to.getTime() + rng.int(42, 98) * DAY);
  while (published.getUTCDay() === 0 || published.getUTCDay() === 6) published = new Date(published.getTime() + DAY);
  return { from, to, published };
}

export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const longDate = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
export const monthYear = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The inspection dates written in full (day, month and year) in one of several styles. */
export function dateRange(from: Date, to: Date, rng: Rng): string {
  const sameMonth = from.getUTCMonth() === to.getUTCMonth() && from.getUTCFullYear() === to.getUTCFullYear();
  const styles = [
    () => `${longDate(from)} to ${longDate(to)}`,
    () => `${longDate(from)} – ${longDate(to)}`,
    () => (sameMonth ? `${from.getUTCDate()} to ${longDate(to)}` : `${from.getUTCDate()} ${MONTHS[from.getUTCMonth()]} to ${longDate(to)}`),
    () => (sameMonth ? `${from.getUTCDate()}–${longDate(to)}` : `${longDate(from)} to ${longDate(to)}`),
  ];
  return rng.pick(styles)();
}
