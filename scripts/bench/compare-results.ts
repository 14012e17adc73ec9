/**
 * `npm run compare-results -- A.sqlite B.sqlite`: whether two results databases hold the same results
 * (documents, statuses, pages, messages, sentences, full-text rows, findings, judgements, themes,
 * emerging themes), ignoring run ids and stage versions. Prints each table's rows found in one and
 * not the other, and exits 1 when any differ (0 when all are the same, 2 on bad usage).
 */
import { readCommand, UsageError } from '../../src/cli-usage.js';
import { existsSync } from 'node:fs';
import { openDatabase } from '../../src/db/open.js';
import { RESULT_TABLES, resultRows } from '../../src/db/result-rows.js';

/** How many differing rows of a table are printed (the count is always printed). */
const SHOWN = 5;

/** The rows of `left` missing from `right`, counting repeats (both sorted). */
function missing(left: readonly string[], right: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of right) counts.set(row, (counts.get(row) ?? 0) + 1);
  return left.filter((row) => {
    const count = counts.get(row) ?? 0;
    if (count > 0) counts.set(row, count - 1);
    return count === 0;
  });
}

/** A line per differing table and up to SHOWN rows each way; empty when the databases agree. */
function compareDatabases(first: string, second: string): string[] {
  const [a, b] = [openDatabase(first, { readonly: true }), openDatabase(second, { readonly: true })];
  try {
    const lines: string[] = [];
    for (const table of RESULT_TABLES) {
      const [rowsA, rowsB] = [resultRows(a, table), resultRows(b, table)];
      const [onlyA, onlyB] = [missing(rowsA, rowsB), missing(rowsB, rowsA)];
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      lines.push(`${table}: ${onlyA.length} row(s) only in ${first}, ${onlyB.length} only in ${second}`);
      for (const row of onlyA.slice(0, SHOWN)) lines.push(`  - ${row.slice(0, 300)}`);
      for (const row of onlyB.slice(0, SHOWN)) lines.push(`  + ${row.slice(0, 300)}`);
    }
    return lines;
  } finally {
    a.close();
    b.close();
  }
}

const HELP = 'Usage: npm run compare-results -- A.sqlite B.sqlite\n\nCompares two results databases table by table; exits 1 when any result differs.';
const files = readCommand(process.argv.slice(2), { help: { type: 'boolean', short: 'h' } }, HELP, (_values, positionals) => {
  if (positionals.length !== 2) throw new UsageError('give two results databases');
  const missing = positionals.find((file) => !existsSync(file));
  if (missing !== undefined) throw new UsageError(`no database at ${missing}`);
  return positionals as [string, string];
}, true);
if (typeof files === 'number') process.exit(files);
const [first, second] = files;
const differences = compareDatabases(first, second);
process.stdout.write(differences.length === 0 ? `same results: ${first} and ${second}\n` : `${differences.join('\n')}\n`);
process.exit(differences.length === 0 ? 0 : 1);
