/**
 * Theme evaluation: per theme and overall (micro, macro) precision, recall and F1 of the document-level
 * weakness and strength themes against labelled reports, the worst false positives and misses with
 * their sentences, and whether the labelled emerging themes surface among the top emerging phrases.
 * Called by scripts/evaluate.ts; `tsx scripts/evaluation/themes.ts [db] [labels]` runs it alone.
 */
import { readFileSync } from 'node:fs';
import type { DB } from '../../src/db/open.js';

/** The part of a labels.json entry this evaluation reads. */
export interface ThemeLabel {
  file: string;
  weakness_themes?: readonly string[];
  strength_themes?: readonly string[];
  emerging?: readonly string[];
}

/** Counts and scores of one theme (or the micro total) for one polarity. */
export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/** Metrics of one polarity. */
export interface PolarityMetrics {
  themes: Record<string, Score>;
  micro: Score;
  /** Mean over themes that are labelled or predicted at least once. */
  macro: { precision: number; recall: number; f1: number };
}

/** An error of one document on one theme. */
export interface ThemeError { file: string; theme: string; polarity: 'weakness' | 'strength'; kind: 'false-positive' | 'miss'; mentions: number; score: number; sentences: string[] }

export interface ThemeEvaluation {
  documents: number;
  weakness: PolarityMetrics;
  strength: PolarityMetrics;
  errors: ThemeError[];
  emerging: { phrases: Array<{ phrase: string; documents: number; score: number }>; labelled: Record<string, number | null> };
  report: string;
}

/** Precision, recall and F1 from counts (1 when nothing was expected or predicted). */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Per-theme and overall (micro, macro) scores of one polarity over (expected, predicted) pairs. */
export function metrics(pairs: Array<{ expected: Set<string>; predicted: Set<string> }>): PolarityMetrics {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (theme: string) => counts.get(theme) ?? counts.set(theme, { tp: 0, fp: 0, fn: 0 }).get(theme)!;
  for (const { expected, predicted } of pairs) {
    for (const theme of predicted) at(theme)[expected.has(theme) ? 'tp' : 'fp'] += 1;
    for (const theme of expected) if (!predicted.has(theme)) at(theme).fn += 1;
  }
  const themes = Object.fromEntries([...counts.entries()].sort().map(([theme, c]) => [theme, score(c.tp, c.fp, c.fn)]));
  const all = Object.values(themes);
  const sum = (key: 'tp' | 'fp' | 'fn') => all.reduce((total, s) => total + s[key], 0);
  const mean = (key: 'precision' | 'recall' | 'f1') => (all.length === 0 ? 1 : all.reduce((total, s) => total + s[key], 0) / all.length);
  return { themes, micro: score(sum('tp'), sum('fp'), sum('fn')), macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}

const ids = (list: string | null) => new Set(list ? list.split(',') : []);
const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(5);

/** The printable table of one polarity's scores. */
export function table(name: string, m: PolarityMetrics): string[] {
  const lines = [`${name}: micro P ${pct(m.micro.precision)} R ${pct(m.micro.recall)} F1 ${pct(m.micro.f1)}   macro P ${pct(m.macro.precision)} R ${pct(m.macro.recall)} F1 ${pct(m.macro.f1)}`];
  lines.push(`  ${'theme'.padEnd(22)}   tp   fp   fn      P      R     F1`);
  for (const [theme, s] of Object.entries(m.themes)) {
    lines.push(`  ${theme.padEnd(22)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
  return lines;
}

function errorsOf(db: DB, rows: Array<{ file: string; sha256: string; label: ThemeLabel; weakness: Set<string>; strength: Set<string> }>): ThemeError[] {
  const totals = db.prepare('SELECT COUNT(*) AS mentions, COALESCE(SUM(score), 0) AS score FROM theme_mention WHERE sha256 = ? AND theme = ? AND polarity = ?');
  const quotes = db.prepare('SELECT text FROM theme_mention WHERE sha256 = ? AND theme = ? AND polarity = ? ORDER BY score DESC, sentence LIMIT 3').pluck();
  const errors: ThemeError[] = [];
  for (const row of rows) {
    for (const polarity of ['weakness', 'strength'] as const) {
      const expected = new Set(polarity === 'weakness' ? row.label.weakness_themes ?? [] : row.label.strength_themes ?? []);
      const predicted = row[polarity];
      const add = (theme: string, kind: ThemeError['kind']) => {
        const t = totals.get(row.sha256, theme, polarity) as { mentions: number; score: number };
        errors.push({ file: row.file, theme, polarity, kind, mentions: t.mentions, score: Math.round(t.score * 100) / 100, sentences: quotes.all(row.sha256, theme, polarity) as string[] });
      };
      for (const theme of predicted) if (!expected.has(theme)) add(theme, 'false-positive');
      for (const theme of expected) if (!predicted.has(theme)) add(theme, 'miss');
    }
  }
  // Worst first: confident false positives, then misses with the least evidence.
  return errors.sort((a, b) => a.kind.localeCompare(b.kind) || (a.kind === 'false-positive' ? b.score - a.score : a.score - b.score));
}

/**
 * Where each labelled emerging theme first surfaces among the top 10 phrases: the first phrase whose
 * documents (those with a sentence containing it) are at least 75% labelled with that emerging id.
 */
function emergingOf(db: DB, labels: readonly ThemeLabel[], shaOf: Map<string, string>): ThemeEvaluation['emerging'] {
  const phrases = db.prepare('SELECT phrase, documents, score FROM emerging_theme ORDER BY score DESC, phrase').all() as Array<{ phrase: string; documents: number; score: number }>;
  const containing = db.prepare("SELECT DISTINCT sha256 FROM sentence WHERE lower(text) LIKE '%' || ? || '%'").pluck();
  const labelled: Record<string, number | null> = {};
  for (const id of new Set(labels.flatMap((l) => l.emerging ?? []))) {
    const withId = new Set(labels.filter((l) => l.emerging?.includes(id)).map((l) => shaOf.get(l.file)));
    const rank = phrases.slice(0, 10).findIndex((p) => {
      const documents = containing.all(p.phrase) as string[];
      return documents.length >= 2 && documents.filter((d) => withId.has(d)).length >= 0.75 * documents.length;
    });
    labelled[id] = rank === -1 ? null : rank + 1;
  }
  return { phrases, labelled };
}

/** Compares the database's document themes with the labels; returns metrics and a printable report. */
export function evaluateThemes(db: DB, labels: readonly ThemeLabel[]): ThemeEvaluation {
  const row = db.prepare('SELECT sha256, weakness_themes, strength_themes FROM report_results WHERE file = ?');
  const rows = [];
  for (const label of labels) {
    const found = row.get(label.file) as { sha256: string; weakness_themes: string | null; strength_themes: string | null } | undefined;
    if (found) rows.push({ file: label.file, sha256: found.sha256, label, weakness: ids(found.weakness_themes), strength: ids(found.strength_themes) });
  }
  const weakness = metrics(rows.map((r) => ({ expected: new Set(r.label.weakness_themes ?? []), predicted: r.weakness })));
  const strength = metrics(rows.map((r) => ({ expected: new Set(r.label.strength_themes ?? []), predicted: r.strength })));
  const errors = errorsOf(db, rows);
  const emerging = emergingOf(db, labels, new Map(rows.map((r) => [r.file, r.sha256])));
  const lines = [`Themes (${rows.length} labelled documents)`, ...table('weakness', weakness), ...table('strength', strength), ''];
  for (const kind of ['false-positive', 'miss'] as const) {
    lines.push(kind === 'false-positive' ? 'Worst false positives:' : 'Worst misses:');
    for (const e of errors.filter((x) => x.kind === kind).slice(0, 10)) {
      lines.push(`  ${e.file}: ${e.theme} ${e.polarity} (${e.mentions} mentions, score ${e.score})`);
      for (const s of e.sentences) lines.push(`      "${s.slice(0, 160)}"`);
    }
  }
  lines.push('', 'Emerging phrases (top 10):', ...emerging.phrases.slice(0, 10).map((p, i) => `  ${i + 1}. ${p.phrase} (${p.documents} documents, score ${p.score})`));
  for (const [id, rank] of Object.entries(emerging.labelled)) lines.push(`  labelled emerging "${id}": ${rank === null ? 'not in the top 10' : `first at rank ${rank}`}`);
  return { documents: rows.length, weakness, strength, errors, emerging, report: `${lines.join('\n')}\n` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openDatabase } = await import('../../src/db/open.js');
  const db = openDatabase(process.argv[2] ?? 'output/results.sqlite', { readonly: true });
  process.stdout.write(evaluateThemes(db, JSON.parse(readFileSync(process.argv[3] ?? 'corpus/labels.json', 'utf8')) as ThemeLabel[]).report);
  db.close();
}
