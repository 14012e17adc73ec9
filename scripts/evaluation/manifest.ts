/**
 * Evaluation against a real-reports manifest (the MANIFEST.json format of the shared real reports): overall grade,
 * sub-judgements, provider and abstentions, per scheme, with the reports set aside by their sha256 counted apart.
 */
import type { DB } from '../../src/db/open.js';
import { judgementsOf, schemeResults, type SchemeResultRow } from '../../src/db/scheme-queries.js';
import { families, variantOf } from '../../src/scheme/registry.js';
import { flexible, type JudgementLabel } from '../../src/scheme/family.js';
import { isHeldOutRealReport } from './held-out-real-reports.js';

/** One manifest entry (the fields evaluation reads). */
export interface ManifestEntry {
  file: string;
  sha256?: string;
  pages?: number;
  provider: string | null;
  overall_grade_normalised: string | null;
  sub_grades: Record<string, string>;
}

/** True when the data is a manifest (entries carry overall_grade_normalised and sub_grades). */
export function isManifest(data: unknown): data is ManifestEntry[] {
  return Array.isArray(data) && data.length > 0 && data.every((entry) => typeof entry === 'object' && entry !== null && 'overall_grade_normalised' in entry && 'sub_grades' in entry);
}

/** The manifest's overall wording as a scheme label ('Requires improvement' -> 'requires-improvement'; SEND outcomes by their first word). */
export function manifestGrade(text: string | null): string | null {
  if (text === null) return null;
  const lower = text.toLowerCase();
  const outcomes: Array<[RegExp, string]> = [[/^positive/, 'positive'], [/^inconsistent/, 'inconsistent'], [/^widespread|systemic/, 'systemic-failings']];
  const outcome = outcomes.find(([pattern]) => pattern.test(lower));
  return outcome ? outcome[1] : gradeLabel(text);
}

/** A grade as printed, normalised by the family's grade words. */
function gradeLabel(text: string): string {
  for (const family of families) {
    const grade = family.grades.find((word) => new RegExp(`^${flexible(word.pattern)}$`, 'i').test(text.trim()));
    if (grade) return grade.label;
  }
  return text.trim().toLowerCase();
}

/** A row label as printed, mapped to its key by the labels of the scheme read (else of every variant). */
function keyOf(label: string, scheme: string | null): string | undefined {
  const own = variantOf(scheme ?? undefined)?.variant.labels ?? [];
  const all: JudgementLabel[] = [...own, ...families.flatMap((family) => family.variants.flatMap((variant) => variant.labels))];
  return all.find((candidate) => new RegExp(`^${flexible(candidate.pattern)}$`, 'i').test(label.trim()))?.key;
}

/** Names compared without case, punctuation or a leading "the". */
export function sameProvider(expected: string | null, read: string | null): boolean {
  const norm = (text: string | null) => (text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
  return expected !== null && norm(expected) === norm(read);
}

/** Counts of one group of documents. */
export interface Tally {
  documents: number;
  graded: number; gradedRight: number;
  noGrade: number; abstained: number;
  subJudgements: number; subRight: number; subExtra: number;
  providers: number; providerRight: number;
}

const emptyTally = (): Tally => ({ documents: 0, graded: 0, gradedRight: 0, noGrade: 0, abstained: 0, subJudgements: 0, subRight: 0, subExtra: 0, providers: 0, providerRight: 0 });

/** The result: tallies overall, per scheme read and per set (development, held out), the errors, and files never processed. */
export interface ManifestEvaluation {
  all: Tally;
  bySchemes: Record<string, Tally>;
  bySet: Record<string, Tally>;
  errors: string[];
  missing: string[];
}

function add(tallies: Tally[], field: keyof Tally, amount = 1): void {
  for (const tally of tallies) tally[field] += amount;
}

function judgeDocument(db: DB, entry: ManifestEntry, row: SchemeResultRow, tallies: Tally[], errors: string[]): void {
  add(tallies, 'documents');
  const expected = manifestGrade(entry.overall_grade_normalised);
  if (expected === null) {
    add(tallies, 'noGrade');
    if (row.grade === null) add(tallies, 'abstained');
    else errors.push(`${entry.file}: no overall grade printed, but read "${row.grade}" (page ${row.grade_page}: ${row.grade_evidence})`);
  } else {
    add(tallies, 'graded');
    if (row.grade === expected) add(tallies, 'gradedRight');
    else errors.push(`${entry.file}: overall "${expected}" read as "${row.grade ?? `none (${row.status}/${row.reason})`}"${row.grade_evidence ? ` (page ${row.grade_page}: ${row.grade_evidence})` : ''}`);
  }
  const read = judgementsOf(db, row.sha256);
  const keys = new Set<string>();
  for (const [label, printed] of Object.entries(entry.sub_grades)) {
    add(tallies, 'subJudgements');
    const key = keyOf(label, row.scheme);
    if (key) keys.add(key);
    const found = read.find((judgement) => judgement.key === key);
    if (found && found.grade === gradeLabel(printed)) add(tallies, 'subRight');
    else errors.push(`${entry.file}: "${label}" = "${printed}" read as ${found ? `"${found.grade}" (page ${found.page}: ${found.evidence})` : 'nothing'}`);
  }
  add(tallies, 'subExtra', read.filter((judgement) => !keys.has(judgement.key)).length);
  add(tallies, 'providers');
  if (sameProvider(entry.provider, row.provider)) add(tallies, 'providerRight');
  else errors.push(`${entry.file}: provider "${entry.provider}" read as "${row.provider}"`);
}

/** Compares the database with the manifest entries. */
export function evaluateManifest(db: DB, entries: readonly ManifestEntry[]): ManifestEvaluation {
  const rows = schemeResults(db);
  const result: ManifestEvaluation = { all: emptyTally(), bySchemes: {}, bySet: {}, errors: [], missing: [] };
  for (const entry of entries) {
    const row = rows.get(entry.file);
    if (!row) {
      result.missing.push(entry.file);
      continue;
    }
    const scheme = row.scheme ?? 'none';
    const set = isHeldOutRealReport(entry.sha256 ?? row.sha256) ? 'held out (sha256 0-4)' : 'development';
    judgeDocument(db, entry, row, [result.all, (result.bySchemes[scheme] ??= emptyTally()), (result.bySet[set] ??= emptyTally())], result.errors);
  }
  return result;
}

const share = (right: number, total: number) => (total === 0 ? '-' : `${right}/${total} (${((100 * right) / total).toFixed(1)}%)`);

function line(name: string, tally: Tally): string {
  return `${name.padEnd(24)} ${String(tally.documents).padStart(4)}  overall ${share(tally.gradedRight, tally.graded).padEnd(16)} abstained ${share(tally.abstained, tally.noGrade).padEnd(14)} sub-judgements ${share(tally.subRight, tally.subJudgements).padEnd(18)} (+${tally.subExtra} not labelled)  provider ${share(tally.providerRight, tally.providers)}`;
}

/** The evaluation as text: one line per group, then every error. */
export function formatManifestEvaluation(result: ManifestEvaluation): string {
  const lines = ['Real reports (manifest): overall grade of graded documents, abstentions of documents with no overall grade, sub-judgements, provider', ''];
  lines.push(line('all', result.all), '', 'by scheme read:');
  for (const [scheme, tally] of Object.entries(result.bySchemes).sort()) lines.push(line(`  ${scheme}`, tally));
  lines.push('', 'by set:');
  for (const [set, tally] of Object.entries(result.bySet).sort()) lines.push(line(`  ${set}`, tally));
  lines.push('', `errors (${result.errors.length}):`, ...result.errors.map((error) => `  ${error}`));
  return `${lines.join('\n')}\n`;
}
