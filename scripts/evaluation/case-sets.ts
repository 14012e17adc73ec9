/**
 * The hand-written judgement case sets (test/cases/judgement-cases*.ts), found by file name, and
 * their cases run through the real analysis stages.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JudgementCase } from '../../test/cases/judgement-cases.js';
import { repoRoot } from '../../test/helpers/cli.js';
import { sealedSets } from './sealed.js';

/** One set of cases, named by its file's number (the first set is "1"). */
export interface CaseSet {
  name: string;
  cases: JudgementCase[];
}

const CASE_FILE = /^judgement-cases(?:-(\d+))?\.ts$/;

/** Every hand-written set in test/cases, in the order of their numbers; sealed sets only when asked. */
export async function loadCaseSets(folder = join(repoRoot, 'test', 'cases'), includeSealed = false): Promise<CaseSet[]> {
  const sealed = includeSealed ? new Set<string>() : sealedSets(folder);
  const files = readdirSync(folder).flatMap((file) => {
    const match = CASE_FILE.exec(file);
    return match ? [{ file, number: Number(match[1] ?? 1) }] : [];
  }).filter(({ number }) => !sealed.has(String(number))).sort((a, b) => a.number - b.number);
  const sets: CaseSet[] = [];
  for (const { file, number } of files) {
    const module = (await import(pathToFileURL(join(folder, file)).href)) as Record<string, unknown>;
    const cases = Object.values(module).find((value): value is JudgementCase[] => Array.isArray(value));
    if (cases) sets.push({ name: String(number), cases });
  }
  return sets;
}
