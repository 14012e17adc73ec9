/** Formatting numbers, shares and dates for the article: one rounding rule everywhere. */
import { codebooksByScheme } from '../scheme/codebooks.js';
import type { Share } from './figures.js';

/** Below this many, a share is given as a count only ("7 of 12"): a percentage would claim too much. */
export const PERCENT_FROM = 20;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Whole-number percentage, never 0% for a non-zero count nor 100% for less than all. */
export function percent(share: Share): string {
  if (share.of === 0) return '';
  const value = Math.round((100 * share.count) / share.of);
  if (value === 0 && share.count > 0) return 'under 1%';
  if (value === 100 && share.count < share.of) return 'over 99%';
  return `${value}%`;
}

/** "72% (55 of 76)", or "7 of 12" when there are too few for a percentage. */
export function share(share: Share): string {
  if (share.of < PERCENT_FROM) return `${share.count} of ${share.of}`;
  return `${percent(share)} (${share.count} of ${share.of})`;
}

/** Fractions a headline may use, largest first: [numerator, denominator, words]. */
const FRACTIONS: ReadonlyArray<readonly [number, number, string]> = [[3, 4, 'three-quarters'], [2, 3, 'two-thirds']];

/**
 * A rounded-down claim that is strictly true: "more than 70%" for 72%, "exactly half" for 50%,
 * "7 of 12" for small counts. Used in headlines, where the exact count follows in the figures.
 */
export function roughShare(share: Share): string {
  if (share.of < PERCENT_FROM) return `${share.count} of ${share.of}`;
  if (share.count === share.of) return 'all';
  if (share.count === 0) return 'none';
  if (share.count * 2 === share.of) return 'exactly half';
  const tens = Math.floor((10 * share.count) / share.of) * 10;
  if (tens * share.of === 100 * share.count) return `${tens}%`;
  // "more than two-thirds" says more than "more than 60%" when the share is 68%.
  const fraction = FRACTIONS.find(([n, d]) => share.count * d > share.of * n && n * 100 > tens * d);
  if (fraction) return `more than ${fraction[2]}`;
  return tens === 0 ? 'fewer than 10%' : `more than ${tens}%`;
}

/** A count as a word up to ten ("three"), else digits; `capital` for the start of a sentence. */
export function count(value: number, capital = false): string {
  const word = SMALL[value] ?? String(value);
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "one report" / "3 reports". */
export function plural(value: number, noun: string, nouns = `${noun}s`): string {
  return `${count(value)} ${value === 1 ? noun : nouns}`;
}

/** YYYY-MM-DD -> "31 July 2001"; YYYY-MM -> "July 2001"; anything else as it is. */
export function date(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const month = match[2] ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!month) return match[1]!;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** A theme's label from the built-in codebook of `scheme` ("User training"), else its id as words. */
export function themeName(id: string, scheme = 'best-value'): string {
  // To do: a run with --codebook FILE should use that codebook's labels; the run table does not record it yet.
  const label = codebooksByScheme().get(scheme)?.themes.find((theme) => theme.id === id)?.label;
  return label ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Shortens a quote to about `max` characters at a word boundary. */
export function shorten(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:.\s]+$/, '')}…`;
}

/** "30 of the 76 reports (39%)", or "7 of the 12 reports" when there are too few for a percentage. */
export function countOf(part: Share, nouns: string): string {
  const tail = part.of >= PERCENT_FROM ? ` (${percent(part)})` : '';
  return `${part.count} of the ${part.of} ${nouns}${tail}`;
}
