/** Evaluation of grades, prospects, statuses and metadata against labelled reports. */
import type { DB } from '../../src/db/open.js';
import { formatHeadline, headline, type Headline } from './headline.js';

/** One labelled file (the format of corpus/labels.json). */
export interface Label {
  file: string;
  council?: string | null;
  inspected_on?: string | null;
  published_on?: string | null;
  grade: string;
  prospect: string;
  weakness_themes?: string[];
  strength_themes?: string[];
  emerging?: string[];
}

/** A labels file that cannot be used. */
export class LabelError extends Error {}

const GRADES = ['poor', 'fair', 'good', 'excellent', 'none'];
const PROSPECTS = ['will-not', 'unlikely', 'probably', 'will', 'poor', 'uncertain', 'promising', 'excellent', 'none'];

/** Checks the shape of a labels file; throws a LabelError naming the bad entry. */
export function parseLabels(data: unknown): Label[] {
  if (!Array.isArray(data)) throw new LabelError('expected an array of entries');
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const where = `entry ${index}`;
    if (typeof entry !== 'object' || entry === null) throw new LabelError(`${where} is not an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.file !== 'string' || e.file === '') throw new LabelError(`${where} has no "file"`);
    if (seen.has(e.file)) throw new LabelError(`${where} repeats file ${e.file}`);
    seen.add(e.file);
    if (typeof e.grade !== 'string' || !GRADES.includes(e.grade)) throw new LabelError(`${where} (${e.file}) has grade ${JSON.stringify(e.grade)}, not one of ${GRADES.join('|')}`);
    if (typeof e.prospect !== 'string' || !PROSPECTS.includes(e.prospect)) throw new LabelError(`${where} (${e.file}) has prospect ${JSON.stringify(e.prospect)}, not one of ${PROSPECTS.join('|')}`);
    for (const list of ['weakness_themes', 'strength_themes', 'emerging']) {
      if (e[list] !== undefined && !(Array.isArray(e[list]) && (e[list] as unknown[]).every((t) => typeof t === 'string'))) {
        throw new LabelError(`${where} (${e.file}) has a "${list}" that is not a list of ids`);
      }
    }
    return e as unknown as Label;
  });
}

interface Row {
  file: string; status: string; reason: string | null; council: string | null; inspected_on: string | null; published_on: string | null;
  grade: string | null; grade_evidence: string | null; grade_page: number | null; prospect: string | null; prospect_evidence: string | null; prospect_page: number | null;
  grade_confidence: number | null; prospect_confidence: number | null; prospect_ordinal: number | null;
}

/** Accuracy, confusion and errors of one field. */
export interface FieldResult {
  field: string;
  total: number;
  correct: number;
  accuracy: number;
  /** expected -> predicted -> count */
  confusion: Record<string, Record<string, number>>;
  wrong: Array<{ file: string; expected: string; predicted: string; status: string; evidence: string | null; page: number | null }>;
}

/** The whole evaluation. */
export interface Evaluation {
  labelled: number;
  missing: string[];
  fields: FieldResult[];
  /** Accuracy by confidence band and the headline shares beside the labels'. */
  headline: Headline;
}

type Getter = (row: Row) => { value: string; evidence: string | null; page: number | null };

function field(name: string, rows: Array<[Label, Row]>, expected: (label: Label) => string | null | undefined, got: Getter): FieldResult {
  const result: FieldResult = { field: name, total: 0, correct: 0, accuracy: 0, confusion: {}, wrong: [] };
  for (const [label, row] of rows) {
    const want = expected(label);
    if (want === undefined) continue;
    const wantText = want ?? 'none';
    const { value, evidence, page } = got(row);
    result.total++;
    (result.confusion[wantText] ??= {})[value] = (result.confusion[wantText]![value] ?? 0) + 1;
    if (value === wantText) result.correct++;
    else result.wrong.push({ file: label.file, expected: wantText, predicted: value, status: row.status, evidence, page });
  }
  result.accuracy = result.total === 0 ? 0 : result.correct / result.total;
  return result;
}

/** Compares report_results with the labels. */
export function evaluate(db: DB, labels: Label[]): Evaluation {
  const rows = new Map((db.prepare('SELECT * FROM report_results').all() as Row[]).map((row) => [row.file, row]));
  const missing = labels.filter((label) => !rows.has(label.file)).map((label) => label.file);
  const pairs = labels.filter((label) => rows.has(label.file)).map((label) => [label, rows.get(label.file)!] as [Label, Row]);
  const judged = (label: Label) => (label.grade === 'none' && label.prospect === 'none' ? 'no judgement' : 'assessed');
  return {
    labelled: labels.length,
    missing,
    fields: [
      field('grade', pairs, (l) => l.grade, (r) => ({ value: r.grade ?? 'none', evidence: r.grade_evidence, page: r.grade_page })),
      field('prospect', pairs, (l) => l.prospect, (r) => ({ value: r.prospect ?? 'none', evidence: r.prospect_evidence, page: r.prospect_page })),
      field('status', pairs, judged, (r) => ({ value: r.status === 'assessed' ? 'assessed' : 'no judgement', evidence: r.reason, page: null })),
      field('council', pairs, (l) => (l.council === undefined ? undefined : l.council), (r) => ({ value: r.council ?? 'none', evidence: null, page: null })),
      field('inspected_on', pairs, (l) => (l.inspected_on === undefined ? undefined : l.inspected_on), (r) => ({ value: r.inspected_on ?? 'none', evidence: null, page: null })),
      field('published_on', pairs, (l) => (l.published_on === undefined ? undefined : l.published_on), (r) => ({ value: r.published_on ?? 'none', evidence: null, page: null })),
    ],
    headline: headline(pairs.map(([label, row]) => ({ label, row }))),
  };
}

function matrix(confusion: Record<string, Record<string, number>>): string {
  const predicted = [...new Set(Object.values(confusion).flatMap((row) => Object.keys(row)))].sort();
  const expected = Object.keys(confusion).sort();
  if (expected.length > 12 || predicted.length > 12) return '    (too many values for a matrix)\n';
  const width = Math.max(9, ...predicted.map((p) => p.length), ...expected.map((e) => e.length)) + 1;
  let out = `    ${'expected \\ got'.padEnd(width + 5)}${predicted.map((p) => p.padStart(width)).join('')}\n`;
  for (const e of expected) out += `    ${e.padEnd(width + 5)}${predicted.map((p) => String(confusion[e]![p] ?? 0).padStart(width)).join('')}\n`;
  return out;
}

/** The evaluation as text for a terminal. */
export function formatEvaluation(result: Evaluation): string {
  let out = `Evaluated ${result.labelled} labelled files.\n`;
  for (const f of result.fields) {
    out += `\n${f.field}: ${(f.accuracy * 100).toFixed(1)}% (${f.correct}/${f.total})\n`;
    if (['grade', 'prospect', 'status'].includes(f.field)) out += matrix(f.confusion);
    for (const w of f.wrong.slice(0, 15)) {
      out += `    wrong: ${w.file}: expected ${w.expected}, got ${w.predicted} [${w.status}]${w.evidence ? ` from "${w.evidence.slice(0, 160)}"${w.page ? ` (page ${w.page})` : ''}` : ''}\n`;
    }
    if (f.wrong.length > 15) out += `    … and ${f.wrong.length - 15} more\n`;
  }
  return out + formatHeadline(result.headline);
}
