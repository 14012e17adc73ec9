/**
 * The sweep that chooses the document thresholds of the themes stage. For each labelled database
 * (made by `npm run pipeline`), re-tags its stored sentences with the current tagger, then scores the
 * document themes under every setting of the support grid and prints micro precision, recall and F1
 * per polarity, per set and over all sets (strengths also by the score one mention of plain praise needs): first the settings precise enough on every set (0.8 unless
 * `--precision` says otherwise), each group by combined F1.
 * The fitted decision (src/classify/theme-decision.ts) is left out: the sweep chooses the thresholds that propose its themes.
 * `npx tsx scripts/evaluation/theme-sweep.ts --set DB=LABELS [--set DB=LABELS ...] [--top N] [--precision P]`
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../src/db/open.js';
import type { Sentence } from '../../src/text/sentences.js';
import { builtinCodebook, type Polarity } from '../../src/scheme/codebook.js';
import { aggregateThemes, compileCodebook, defaultThresholds, tagSentences, type ThemeMention, type ThemeThresholds } from '../../src/classify/themes.js';
import type { Support } from '../../src/classify/theme-support.js';
import { NOT_THE_INSPECTORS } from '../../src/stages/themes.js';
import { score, type ThemeLabel } from './themes.js';

/** One labelled document with the mentions the current tagger finds in it. */
export interface Tagged { file: string; expected: Record<Polarity, Set<string>>; mentions: ThemeMention[] }

/** Re-tags every labelled document of a database. */
export function tagDatabase(dbFile: string, labels: readonly ThemeLabel[]): Tagged[] {
  const db = openDatabase(dbFile, { readonly: true });
  const compiled = compileCodebook(builtinCodebook);
  const row = db.prepare('SELECT sha256, reason, service FROM report_results WHERE file = ?');
  const units = db.prepare(`SELECT idx AS "index", kind, text, section, char_start AS start, char_end AS "end", page_start AS pageStart, page_end AS pageEnd,
    char_start AS rawStart, char_end AS rawEnd FROM sentence WHERE sha256 = ? ORDER BY idx`);
  const out: Tagged[] = [];
  for (const label of labels) {
    const found = row.get(label.file) as { sha256: string; reason: string | null; service: string | null } | undefined;
    if (!found) continue;
    const sentences = units.all(found.sha256) as Sentence[];
    out.push({
      file: label.file,
      expected: { weakness: new Set(label.weakness_themes ?? []), strength: new Set(label.strength_themes ?? []) },
      mentions: NOT_THE_INSPECTORS.has(found.reason ?? '') ? [] : tagSentences(sentences, compiled, found.service ?? undefined),
    });
  }
  db.close();
  return out;
}

/** Micro counts of one polarity over a set under some thresholds. */
export function countSet(set: readonly Tagged[], polarity: Polarity, thresholds: ThemeThresholds): { tp: number; fp: number; fn: number } {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const document of set) {
    const result = aggregateThemes(document.mentions, thresholds);
    const predicted = new Set(polarity === 'weakness' ? result.weaknesses : result.strengths);
    for (const theme of predicted) counts[document.expected[polarity].has(theme) ? 'tp' : 'fp'] += 1;
    for (const theme of document.expected[polarity]) if (!predicted.has(theme)) counts.fn += 1;
  }
  return counts;
}

const GRID = {
  emphasis: [1, 1.25, 1.5],
  support: [0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.5, 3],
  single: [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, Infinity],
  floor: [0, 0.5, 0.55, 0.6, 0.7],
  // One mention of plain praise (strengths only; Infinity: no such rule).
  praise: [0.55, 0.6, 0.7, 0.8, Infinity],
};

/**
 * Every grid setting of one polarity, scored on each set and on all together: first the settings whose
 * precision reaches `precision` on every set (marked +), then the rest, each by combined F1.
 */
export function sweep(sets: ReadonlyArray<{ name: string; tagged: Tagged[] }>, polarity: Polarity, precision: number): string[] {
  const rows: Array<{ setting: Support & { emphasis: number }; line: string; f1: number; precise: boolean }> = [];
  const praises = polarity === 'strength' ? GRID.praise : [Infinity];
  for (const emphasis of GRID.emphasis) for (const support of GRID.support) for (const single of GRID.single) for (const floor of GRID.floor) for (const praise of praises) {
    const setting = { support, single, floor, emphasis, praise };
    const thresholds = { ...defaultThresholds, decision: undefined, emphasis, [polarity]: { support, single, floor, praise } };
    const per = sets.map((set) => countSet(set.tagged, polarity, thresholds));
    const total = per.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }));
    const all = score(total.tp, total.fp, total.fn);
    const cells = per.map((c) => { const f = score(c.tp, c.fp, c.fn); return `${f.precision.toFixed(3)} ${f.recall.toFixed(3)} ${f.f1.toFixed(3)}`; });
    const precise = per.every((c) => score(c.tp, c.fp, c.fn).precision >= precision);
    rows.push({ setting, f1: all.f1, precise, line: `${precise ? '+' : ' '} ${String(emphasis).padStart(4)} ${String(support).padStart(4)} ${String(single).padStart(8)} ${String(floor).padStart(5)} ${String(praise).padStart(8)} | ${cells.join(' | ')} | ${all.precision.toFixed(3)} ${all.recall.toFixed(3)} ${all.f1.toFixed(3)}` });
  }
  const current = defaultThresholds[polarity];
  const isCurrent = (s: Support & { emphasis: number }) => s.support === current.support && s.single === current.single && s.floor === current.floor
    && (s.praise ?? Infinity) === (current.praise ?? Infinity) && s.emphasis === defaultThresholds.emphasis;
  return [
    `${polarity}: emphasis support single floor praise | ${sets.map((s) => `${s.name} P R F1`).join(' | ')} | all P R F1`,
    ...rows.sort((a, b) => Number(b.precise) - Number(a.precise) || b.f1 - a.f1).map((row) => `${isCurrent(row.setting) ? '*' : ' '} ${row.line}`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, top: { type: 'string' }, precision: { type: 'string' } } });
  const top = Number(values.top ?? 20);
  const precision = Number(values.precision ?? 0.8);
  const sets = (values.set ?? []).map((pair) => {
    const [db, labels] = pair.split('=');
    return { name: labels!.split('/').slice(-2, -1)[0] ?? labels!, tagged: tagDatabase(db!, JSON.parse(readFileSync(labels!, 'utf8')) as ThemeLabel[]) };
  });
  for (const polarity of ['weakness', 'strength'] as const) {
    const lines = sweep(sets, polarity, precision);
    process.stdout.write(`${[lines[0], ...lines.slice(1, top + 1), ...lines.slice(top + 1).filter((l) => l.startsWith('*'))].join('\n')}\n\n`);
  }
}
