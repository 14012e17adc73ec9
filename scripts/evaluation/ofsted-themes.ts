/**
 * `npx tsx scripts/evaluation/ofsted-themes.ts [--input DIR | --db FILE] [--labels FILE] [--scheme ID] [--codebook FILE] [--held-out] [--errors]`
 *
 * Measures a codebook on reports labelled per theme and polarity (test/cases/ofsted-themes/labels.json):
 * per-theme and overall precision, recall and F1 of the document themes, weaknesses and strengths.
 * With `--db`, the themes a pipeline run stored; with `--input`, the real stages run here over the
 * labelled files found in DIR with their scheme given (`--scheme`, default ofsted-ilacs), so the
 * codebook is measured apart from scheme reading. Only development reports count unless `--held-out`,
 * which measures the held-out ones alone (scripts/evaluation/held-out-real-reports.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentRecord } from '../../src/document.js';
import { openDatabase } from '../../src/db/open.js';
import { loadCodebook } from '../../src/scheme/codebook-file.js';
import { themes } from '../../src/stages/themes.js';
import { isHeldOutRealReport } from './held-out-real-reports.js';
import { analyseWithScheme } from './forced-scheme.js';
import { metrics, table, type ThemeLabel } from './themes.js';

interface Label extends ThemeLabel { sha256: string; evidence?: Record<string, string> }
interface Predicted { label: Label; weakness: Set<string>; strength: Set<string>; document?: DocumentRecord }

const { values } = parseArgs({ options: {
  input: { type: 'string' }, db: { type: 'string' }, labels: { type: 'string' }, scheme: { type: 'string' }, codebook: { type: 'string' },
  cache: { type: 'string' }, 'held-out': { type: 'boolean' }, errors: { type: 'boolean' },
} });
const labels = (JSON.parse(readFileSync(values.labels ?? 'test/cases/ofsted-themes/labels.json', 'utf8')) as Label[])
  .filter((label) => isHeldOutRealReport(label.sha256) === (values['held-out'] ?? false));

async function fromInput(input: string): Promise<Predicted[]> {
  const present = labels.filter((label) => existsSync(join(input, label.file)));
  const stage = themes(values.codebook ? loadCodebook(values.codebook) : undefined);
  const documents = await analyseWithScheme(present.map((label) => join(input, label.file)), values.scheme ?? 'ofsted-ilacs', stage, values.cache);
  return present.map((label, i) => {
    const document = documents[i]!;
    if (document.sha256 !== label.sha256) throw new Error(`${label.file}: its bytes are not the labelled report's`);
    return { label, weakness: new Set(document.themes?.weaknesses ?? []), strength: new Set(document.themes?.strengths ?? []), document };
  });
}

function fromDatabase(file: string): Predicted[] {
  const db = openDatabase(file, { readonly: true });
  try {
    const row = db.prepare('SELECT weakness_themes, strength_themes FROM report_results WHERE sha256 = ? LIMIT 1');
    return labels.flatMap((label) => {
      const found = row.get(label.sha256) as { weakness_themes: string | null; strength_themes: string | null } | undefined;
      const ids = (list: string | null | undefined) => new Set(list ? list.split(',') : []);
      return found ? [{ label, weakness: ids(found.weakness_themes), strength: ids(found.strength_themes) }] : [];
    });
  } finally {
    db.close();
  }
}

/** Each wrong call on a development report, with the labelled evidence or the sentences that raised it. */
function errorLines(rows: readonly Predicted[]): string[] {
  const lines: string[] = [];
  for (const { label, document, ...predicted } of rows) {
    for (const polarity of ['weakness', 'strength'] as const) {
      const expected = new Set(polarity === 'weakness' ? label.weakness_themes : label.strength_themes);
      const mentions = (theme: string) => (document?.themes?.mentions ?? []).filter((m) => m.theme === theme && m.polarity === polarity);
      for (const theme of predicted[polarity]) if (!expected.has(theme)) {
        lines.push(`FP ${label.file.split('/').pop()}: ${theme} ${polarity}`, ...mentions(theme).slice(0, 4).map((m) => `     ${m.score} "${m.evidence.text.slice(0, 200)}"`));
      }
      for (const theme of expected) if (!predicted[polarity].has(theme)) {
        const found = mentions(theme);
        lines.push(`MISS ${label.file.split('/').pop()}: ${theme} ${polarity} (${found.length} mentions ${found.map((m) => m.score).join(' ')}) label: "${(label.evidence?.[`${theme}:${polarity}`] ?? '').slice(0, 200)}"`);
      }
    }
  }
  return lines;
}

const rows = values.db ? fromDatabase(values.db) : values.input ? await fromInput(values.input) : [];
if (rows.length === 0) {
  process.stderr.write('error: no labelled report found: give --input DIR (the reports folder) or --db FILE (a pipeline database)\n');
  process.exit(1);
}
const weakness = metrics(rows.map((r) => ({ expected: new Set(r.label.weakness_themes ?? []), predicted: r.weakness })));
const strength = metrics(rows.map((r) => ({ expected: new Set(r.label.strength_themes ?? []), predicted: r.strength })));
const set = values['held-out'] ? 'held-out' : 'development';
const lines = [`Themes on ${rows.length} labelled ${set} reports (${values.db ? `database ${values.db}` : `stages run here, scheme ${values.scheme ?? 'ofsted-ilacs'}`})`, ...table('weakness', weakness), ...table('strength', strength)];
if (values.errors && !values['held-out']) lines.push('', ...errorLines(rows));
process.stdout.write(`${lines.join('\n')}\n`);
