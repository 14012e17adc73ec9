/** The time of a verdict: now, past, an earlier year, or an earlier inspection told of in the sentence before. */
import type { Context } from './judgement.js';
import { anyOf } from './patterns.js';

/** A year counted from ("has not improved since the council's own review in 2003"): a reference point, not the verdict's time. */
const SINCE = /\bsince\s+(?:[\w'’-]+\s+){0,5}?(?:19|20)\d\d\b/g;

/** Earlier years named in a text, and whether the text names the report's own year. */
function earlier(text: string, year: number | undefined): { some: boolean; any: boolean } {
  const years = [...text.replace(SINCE, ' ').matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return { some: year !== undefined && years.some((y) => y < year) && !years.includes(year), any: years.length > 0 };
}

/** Whether a sentence tells of an earlier time: a year before the report's, an earlier inspection, or (the report's year unknown) a dated past event. */
export function earlierSentence(text: string, context: Context): boolean {
  const years = earlier(text, context.year);
  return years.some || (context.year === undefined && years.any && anyOf(context.cues.past).test(text)) || (context.cues.earlier !== undefined && context.cues.earlier.length > 0 && anyOf(context.cues.earlier).test(text));
}

/** Signals of the verdict's time: now, past, an earlier year (read in `dated`, the clause less what only describes its subject). */
export function timeSignals(clause: string, context: Context, add: (feature: string) => void, dated = clause): void {
  const { cues } = context;
  const now = anyOf(cues.current).test(clause);
  if (now) add('current');
  const past = anyOf(cues.past).test(clause);
  if (past) add('past');
  const years = earlier(dated, context.year);
  if (!now && years.some) add('earlier-year');
  // Without the report's own date, "In 2001 we inspected … and judged it good" still reads as an earlier verdict.
  else if (context.year === undefined && !now && years.any && past) add('dated-past');
}
