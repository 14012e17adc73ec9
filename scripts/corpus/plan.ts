/**
 * Decides what each report will say before it is written: grade, prospect, themes, dates, council.
 * The default distribution mirrors the 2001 survey of the first 76 Best Value inspections of IT.
 */
import type { Rng } from './rng.js';
import { councilFor, SERVICE_NAMES } from './names.js';
import { inspectionDates } from './dates.js';
import { EMERGING_IDS, GRADES, THEME_IDS, type CorpusOptions, type EmergingId, type Grade, type ReportPlan, type ThemeId } from './types.js';

/** The survey: 76 reports, >70% poor or fair, none excellent, 52 probably or definitely improving. */
export const SURVEY = {
  reports: 76,
  grades: { poor: 22, fair: 33, good: 21, excellent: 0 } as Record<Grade, number>,
  prospects: [4, 20, 38, 14],
  /** Reports raising each theme as a weakness; the top five are clearly separated. */
  weaknesses: {
    'strategic-alignment': 50, 'understanding-of-it': 44, communication: 38, 'demand-capacity': 33, 'user-training': 28,
    leadership: 22, investment: 20, 'information-systems': 18, 'e-government': 16, consultation: 14,
    'culture-change': 12, comparison: 10, competition: 8,
  } as Record<ThemeId, number>,
  emerging: { 'business-continuity': 16, 'records-management': 13 } as Record<EmergingId, number>,
};

/** Scale counts to a new total by the largest-remainder method. */
export function scaleCounts(counts: readonly number[], total: number): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  const raw = counts.map((c) => (sum === 0 ? 0 : (c * total) / sum));
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const deficit = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < deficit; k++) out[(order[k % order.length] as { i: number }).i]! += 1;
  return out;
}

function expand<T>(values: readonly T[], counts: readonly number[]): T[] {
  return values.flatMap((v, i) => Array.from({ length: counts[i] ?? 0 }, () => v));
}

/** Assign themes to reports so that theme totals and per-report sizes are met exactly. */
function assign(targets: Map<string, number>, sizes: number[], rng: Rng): string[][] {
  const left = [...sizes];
  const out: string[][] = sizes.map(() => []);
  const themes = [...targets.entries()].sort((a, b) => b[1] - a[1]);
  for (const [theme, count] of themes) {
    const order = left.map((cap, i) => ({ i, cap, key: rng.next() })).filter((x) => x.cap > 0).sort((a, b) => b.cap - a.cap || a.key - b.key);
    if (order.length < count) throw new Error(`cannot place theme ${theme} in ${count} reports`);
    for (const { i } of order.slice(0, count)) { out[i]!.push(theme); left[i]! -= 1; }
  }
  return out;
}

/** Plan every assessment report of a corpus. */
export function planReports(options: CorpusOptions, rng: Rng): ReportPlan[] {
  const n = options.count;
  const gradeCounts = options.grades ? GRADES.map((g) => options.grades?.[g] ?? 0) : scaleCounts(GRADES.map((g) => SURVEY.grades[g]), n);
  const prospectCounts = options.prospects ?? scaleCounts(SURVEY.prospects, n);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  if (sum(gradeCounts) !== n) throw new Error(`--grades counts sum to ${sum(gradeCounts)}, not --count ${n}`);
  if (sum(prospectCounts) !== n) throw new Error(`--prospects counts sum to ${sum(prospectCounts)}, not --count ${n}`);

  // Pair grades with prospects, loosely correlated.
  const grades = expand([0, 1, 2, 3], gradeCounts).map((o) => ({ o, key: o + rng.next() * 1.6 })).sort((a, b) => a.key - b.key);
  const prospects = expand([0, 1, 2, 3], prospectCounts).map((o) => ({ o, key: o + rng.next() * 1.6 })).sort((a, b) => a.key - b.key);
  const pairs = rng.shuffle(grades.map((g, i) => ({ grade: GRADES[g.o] as Grade, prospect: (prospects[i] as { o: number }).o })));

  // Weakness themes: totals scaled from the survey, 3-6 per report, more for weaker services.
  const targets = new Map<string, number>(THEME_IDS.map((id) => [id, Math.min(n, Math.round((SURVEY.weaknesses[id] * n) / SURVEY.reports))]));
  const total = (): number => [...targets.values()].reduce((a, b) => a + b, 0);
  const ranked = [...targets.keys()].sort((a, b) => (targets.get(b) ?? 0) - (targets.get(a) ?? 0));
  for (let k = 0; total() < 3 * n; k++) { const t = ranked[k % ranked.length] as string; if ((targets.get(t) ?? 0) < n) targets.set(t, (targets.get(t) ?? 0) + 1); }
  for (let k = ranked.length - 1; total() > 6 * n; k = (k - 1 + ranked.length) % ranked.length) { const t = ranked[k] as string; targets.set(t, Math.max(0, (targets.get(t) ?? 0) - 1)); }
  const base = { poor: 5, fair: 4, good: 3, excellent: 3 } as const;
  const sizes = pairs.map((p) => base[p.grade] + (rng.chance(0.3) ? 1 : 0));
  while (sum(sizes) > total()) { const i = rng.int(0, n - 1); if ((sizes[i] ?? 0) > 3) sizes[i]! -= 1; }
  while (sum(sizes) < total()) { const i = rng.int(0, n - 1); if ((sizes[i] ?? 0) < 6) sizes[i]! += 1; }
  const weak = assign(targets, sizes, rng) as ThemeId[][];

  const emergingTargets = new Map<string, number>(EMERGING_IDS.map((id) => [id, Math.round((SURVEY.emerging[id] * n) / SURVEY.reports)]));
  const emerging: EmergingId[][] = pairs.map(() => []);
  for (const [id, count] of emergingTargets) for (const i of rng.sample([...Array(n).keys()], count)) emerging[i]!.push(id as EmergingId);

  const order = rng.shuffle([...Array(Math.max(n + 8, 90)).keys()]);
  const plans = pairs.map((p, i): ReportPlan => {
    const strengthsWanted = p.grade === 'poor' ? 1 : p.grade === 'fair' ? rng.int(1, 2) : rng.int(2, 3);
    const notWeak = THEME_IDS.filter((t) => !weak[i]!.includes(t));
    const strengths = rng.sample(rng.chance(0.15) ? THEME_IDS : notWeak, strengthsWanted).sort();
    const dates = inspectionDates(options.era, rng);
    return {
      index: i, council: councilFor(order[i] as number, rng), service: rng.pick(SERVICE_NAMES), era: options.era,
      grade: p.grade, prospectOrdinal: p.prospect, weaknesses: [...weak[i]!].sort(), strengths, emerging: [...emerging[i]!].sort(),
      inspectedFrom: dates.from, inspectedTo: dates.to, published: dates.published,
    };
  });
  return plans.sort((a, b) => a.inspectedFrom.getTime() - b.inspectedFrom.getTime() || a.index - b.index);
}
