/**
 * Why a document's theme is wrong: re-tags a pipeline database's stored sentences with the current
 * tagger and, for each labelled document, lists every missed and every false (theme, polarity) with
 * all the mentions of that theme in either polarity (score, emphasis, section, text), so a miss shows
 * whether no unit raised the theme, a unit raised it with the other polarity, or its mentions fell
 * short of the support. Ends with the micro figures per polarity under the current thresholds.
 * `npx tsx scripts/evaluation/theme-misses.ts --db DB --labels LABELS [--polarity strength|weakness] [--kind miss|false-positive]
 *   [--strength SUPPORT,SINGLE,FLOOR[,PRAISE]] [--weakness SUPPORT,SINGLE,FLOOR]` (thresholds to try in place of the defaults)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Polarity } from '../../src/scheme/codebook.js';
import { aggregateThemes, defaultThresholds, type ThemeMention, type ThemeThresholds } from '../../src/classify/themes.js';
import { score, type ThemeLabel } from './themes.js';
import { tagDatabase } from './theme-sweep.js';

/** One wrong call on one document, with the mentions of its theme. */
export interface ThemeCall { file: string; theme: string; polarity: Polarity; kind: 'miss' | 'false-positive'; mentions: ThemeMention[] }

/** Re-tags each labelled document and returns its wrong calls and the micro counts per polarity. */
export function wrongCalls(dbFile: string, labels: readonly ThemeLabel[], thresholds: ThemeThresholds = defaultThresholds): { calls: ThemeCall[]; counts: Record<Polarity, { tp: number; fp: number; fn: number }> } {
  const calls: ThemeCall[] = [];
  const counts = { weakness: { tp: 0, fp: 0, fn: 0 }, strength: { tp: 0, fp: 0, fn: 0 } };
  for (const { file, expected, mentions } of tagDatabase(dbFile, labels)) {
    const result = aggregateThemes(mentions, thresholds);
    for (const polarity of ['weakness', 'strength'] as const) {
      const predicted = new Set(polarity === 'weakness' ? result.weaknesses : result.strengths);
      const call = (theme: string, kind: ThemeCall['kind']) => calls.push({ file, theme, polarity, kind, mentions: mentions.filter((m) => m.theme === theme) });
      for (const theme of predicted) { counts[polarity][expected[polarity].has(theme) ? 'tp' : 'fp'] += 1; if (!expected[polarity].has(theme)) call(theme, 'false-positive'); }
      for (const theme of expected[polarity]) if (!predicted.has(theme)) { counts[polarity].fn += 1; call(theme, 'miss'); }
    }
  }
  return { calls, counts };
}

/** One wrong call as printable lines. */
export function formatCall(call: ThemeCall): string[] {
  const lines = [`${call.file}: ${call.kind} ${call.theme} ${call.polarity}`];
  for (const m of call.mentions) lines.push(`    ${m.polarity === call.polarity ? '=' : '~'} ${m.polarity.padEnd(8)} ${m.score.toFixed(2)}${m.emphasis ? ' E' : '  '}${m.praise ? 'P' : ' '} ${m.evidence.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  if (call.mentions.length === 0) lines.push('    (no mention of the theme)');
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, labels: { type: 'string' }, polarity: { type: 'string' }, kind: { type: 'string' }, strength: { type: 'string' }, weakness: { type: 'string' } } });
  const support = (value: string | undefined, base: { support: number; single: number; floor: number }) => {
    const [sum, single, floor, praise] = (value ?? '').split(',').map(Number);
    return value ? { support: sum!, single: single!, floor: floor!, ...(praise === undefined ? {} : { praise }) } : base;
  };
  const thresholds = { ...defaultThresholds, weakness: support(values.weakness, defaultThresholds.weakness), strength: support(values.strength, defaultThresholds.strength) };
  const { calls, counts } = wrongCalls(values.db!, JSON.parse(readFileSync(values.labels!, 'utf8')) as ThemeLabel[], thresholds);
  for (const call of calls) {
    if ((values.polarity && call.polarity !== values.polarity) || (values.kind && call.kind !== values.kind)) continue;
    process.stdout.write(`${formatCall(call).join('\n')}\n`);
  }
  for (const polarity of ['weakness', 'strength'] as const) {
    const s = score(counts[polarity].tp, counts[polarity].fp, counts[polarity].fn);
    process.stdout.write(`${polarity}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})\n`);
  }
}
