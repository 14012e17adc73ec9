/**
 * `npm run evaluate -- [--db FILE] [--labels FILE] [--json]`: compares the results database with
 * labelled reports and prints, per field, accuracy, a confusion matrix and the documents it got wrong,
 * accuracy by confidence band and the headline shares beside the labels' shares.
 * With a real-reports manifest as --labels (MANIFEST.json), it prints overall-grade, sub-judgement and provider
 * accuracy and abstentions, per scheme and per set (development, held out).
 * `npm run evaluate -- --cases [--json]`: the same judgement figures on the hand-written case sets
 * (test/cases/judgement-cases*.ts), per set and overall, through the real stages; sets listed in
 * test/cases/sealed.json only with --sealed; `--set N` (repeatable) keeps only the sets named, so one sealed
 * set can be measured while another stays sealed.
 * Exits 1 when the labels are malformed or name files that were never processed, 2 on bad usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.js';
import { flagError, readOptions } from '../src/cli-usage.js';
import { evaluate, formatEvaluation, parseLabels, LabelError } from './evaluation/judgements.js';
import { evaluateThemes } from './evaluation/themes.js';
import { loadCaseSets } from './evaluation/case-sets.js';
import { formatCases, measureCases } from './evaluation/cases.js';
import { evaluateManifest, formatManifestEvaluation, isManifest } from './evaluation/manifest.js';

const HELP = 'Usage: npm run evaluate -- [--db output/results.sqlite] [--labels corpus/labels.json] [--json]\n       npm run evaluate -- --cases [--sealed] [--set N ...] [--json]';

function parseOptions(argv: string[]): { dbFile: string; labelsFile: string; json: boolean; cases: boolean; sealed: boolean; sets: string[] } | 'help' {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { db: { type: 'string' }, labels: { type: 'string' }, json: { type: 'boolean' }, cases: { type: 'boolean' }, sealed: { type: 'boolean' }, set: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw flagError(error);
  }
  if (values.help) return 'help';
  return { dbFile: values.db ?? 'output/results.sqlite', labelsFile: values.labels ?? 'corpus/labels.json', json: values.json ?? false, cases: values.cases ?? false, sealed: values.sealed ?? false, sets: values.set ?? [] };
}

async function evaluateCases(json: boolean, sealed: boolean, only: readonly string[]): Promise<number> {
  const sets = (await loadCaseSets(undefined, sealed)).filter((set) => only.length === 0 || only.includes(set.name));
  if (sets.length === 0) {
    process.stderr.write(`error: no case set ${only.join(', ')}${sealed ? '' : ' (sealed sets need --sealed)'}\n`);
    return 1;
  }
  const results = await measureCases(sets);
  process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : formatCases(results));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv, parseOptions, HELP);
  if (typeof options === 'number') return options;
  if (options.cases) return evaluateCases(options.json, options.sealed, options.sets);
  const { dbFile, labelsFile } = options;
  if (!existsSync(dbFile)) {
    process.stderr.write(`error: no database at ${dbFile}; run the pipeline first\n`);
    return 1;
  }
  let labels;
  try {
    const data: unknown = JSON.parse(readFileSync(labelsFile, 'utf8'));
    // A real-reports manifest (MANIFEST.json) is measured on the scheme columns and the judgement table.
    if (isManifest(data)) return evaluateReal(dbFile, data, options.json);
    labels = parseLabels(data);
  } catch (error) {
    const text = error instanceof LabelError || error instanceof SyntaxError ? error.message : String(error);
    process.stderr.write(`error: malformed labels ${labelsFile}: ${text}\n`);
    return 1;
  }
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const result = evaluate(db, labels);
    if (result.missing.length > 0) {
      process.stderr.write(`error: ${result.missing.length} labelled file(s) were never processed: ${result.missing.slice(0, 5).join(', ')}\n`);
      return 1;
    }
    // Themes are evaluated when the labels carry them (corpus/labels.json does).
    const labelled = labels.some((label) => label.weakness_themes !== undefined || label.strength_themes !== undefined);
    const themes = labelled ? evaluateThemes(db, labels) : undefined;
    if (options.json) {
      const { report: _report, ...themeMetrics } = themes ?? { report: '' };
      process.stdout.write(`${JSON.stringify({ ...result, themes: themes ? themeMetrics : null }, null, 2)}\n`);
    } else {
      process.stdout.write(formatEvaluation(result) + (themes ? `\n${themes.report}` : ''));
    }
    return 0;
  } finally {
    db.close();
  }
}

function evaluateReal(dbFile: string, entries: Parameters<typeof evaluateManifest>[1], json: boolean): number {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const result = evaluateManifest(db, entries);
    if (result.missing.length > 0) {
      process.stderr.write(`error: ${result.missing.length} labelled file(s) were never processed: ${result.missing.slice(0, 5).join(', ')}\n`);
      return 1;
    }
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatManifestEvaluation(result));
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
