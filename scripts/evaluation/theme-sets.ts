/**
 * Sentence-level theme sets: for each hand-written set in test/cases/theme-cases*.ts, how many cases
 * the tagger gets exactly right and the micro precision, recall and F1 of its (theme, polarity) tags,
 * per polarity and overall. `npx tsx scripts/evaluation/theme-sets.ts [--errors] [--sealed] [set ...]` prints them
 * (sets named by their number, e.g. `5 9`; all by default; `--errors` lists each wrong case).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ThemeCase } from '../../test/cases/theme-cases.js';
import { sealedSets } from './sealed.js';
import { builtinCodebook } from '../../src/scheme/codebook.js';
import { compileCodebook, tagUnit, type CompiledCodebook } from '../../src/classify/themes.js';
import { score, type Score } from './themes.js';

const casesFolder = fileURLToPath(new URL('../../test/cases/', import.meta.url));

/** The figures of one set. */
export interface SetResult {
  name: string;
  cases: number;
  exact: number;
  weakness: Score;
  strength: Score;
  all: Score;
  wrong: Array<{ text: string; expected: string[]; got: string[] }>;
}

const label = (tags: ReadonlyArray<{ theme: string; polarity: string }>) => tags.map((t) => `${t.theme}:${t.polarity}`).sort();

/** Tags every case of a set and scores the tags against the expected ones. */
export function scoreSet(name: string, cases: readonly ThemeCase[], compiled: CompiledCodebook): SetResult {
  const counts = { weakness: { tp: 0, fp: 0, fn: 0 }, strength: { tp: 0, fp: 0, fn: 0 } };
  const wrong: SetResult['wrong'] = [];
  for (const c of cases) {
    const expected = label(c.expect);
    const got = label(tagUnit(c.text, c.section ?? '', compiled));
    for (const tag of got) counts[tag.endsWith(':weakness') ? 'weakness' : 'strength'][expected.includes(tag) ? 'tp' : 'fp'] += 1;
    for (const tag of expected) if (!got.includes(tag)) counts[tag.endsWith(':weakness') ? 'weakness' : 'strength'].fn += 1;
    if (expected.join(' ') !== got.join(' ')) wrong.push({ text: c.text, expected, got });
  }
  const { weakness: w, strength: s } = counts;
  return {
    name, cases: cases.length, exact: cases.length - wrong.length, wrong,
    weakness: score(w.tp, w.fp, w.fn), strength: score(s.tp, s.fp, s.fn), all: score(w.tp + s.tp, w.fp + s.fp, w.fn + s.fn),
  };
}

/** The theme sets in test/cases, by number (the first set, theme-cases.ts, is 1), with their cases; sealed sets only when asked. */
export async function loadSets(includeSealed = false): Promise<Array<{ number: number; cases: ThemeCase[] }>> {
  const sealed = includeSealed ? new Set<string>() : sealedSets(casesFolder);
  const files = readdirSync(casesFolder).filter((file) => /^theme-cases(?:-\d+)?\.ts$/.test(file))
    .filter((file) => !sealed.has(/-(\d+)\.ts$/.exec(file)?.[1] ?? '1'));
  const sets = await Promise.all(files.map(async (file) => {
    const module = await import(pathToFileURL(join(casesFolder, file)).href) as Record<string, unknown>;
    const cases = Object.values(module).find(Array.isArray) as ThemeCase[];
    return { number: Number(/-(\d+)\.ts$/.exec(file)?.[1] ?? 1), cases };
  }));
  return sets.sort((a, b) => a.number - b.number);
}

const figure = (x: number) => x.toFixed(2);
const line = (s: Score) => `P ${figure(s.precision)} R ${figure(s.recall)} F1 ${figure(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

/** One set's figures as printable lines. */
export function formatSet(result: SetResult, errors: boolean): string[] {
  const lines = [
    `${result.name}: ${result.exact} of ${result.cases} exact`,
    `  weakness ${line(result.weakness)}`,
    `  strength ${line(result.strength)}`,
    `  micro    ${line(result.all)}`,
  ];
  if (errors) {
    for (const w of result.wrong) lines.push(`  - ${w.text}`, `      expected ${w.expected.join(' ') || 'nothing'}; got ${w.got.join(' ') || 'nothing'}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const errors = args.includes('--errors');
  const wanted = new Set(args.filter((a) => /^\d+$/.test(a)).map(Number));
  const compiled = compileCodebook(builtinCodebook);
  for (const set of await loadSets(args.includes('--sealed'))) {
    if (wanted.size > 0 && !wanted.has(set.number)) continue;
    process.stdout.write(`${formatSet(scoreSet(`set ${set.number}`, set.cases, compiled), errors).join('\n')}\n`);
  }
}
