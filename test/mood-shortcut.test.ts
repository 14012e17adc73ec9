/**
 * The mood shortcut loses nothing: a main clause whose first word is a function word that opens no
 * order, a word the parser's lexicon knows only as a function word, adverb, number, plural or verb form
 * other than the base, or a word the parser alone tags as no verb before a word that opens no object,
 * is read as a statement without a parse. Checked against compromise's parse of every such main
 * clause of the sample corpus, the real reports (when present) and every unsealed case set.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { discover, readInput } from '../src/discover.js';
import { newDocument } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { extract } from '../src/stages/extract.js';
import { normalise } from '../src/stages/normalise.js';
import { structure } from '../src/stages/structure.js';
import { bestValueScheme } from '../src/scheme/index.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook } from '../src/classify/themes.js';
import { listPieces } from '../src/classify/theme-lists.js';
import { openingMood, openingWordMood, parseMood, unitMood } from '../src/classify/theme-mood.js';
import { loadCaseSets } from '../scripts/evaluation/case-sets.js';
import { sealedSets } from '../scripts/evaluation/sealed.js';
import { repoRoot } from './helpers/cli.js';

const cases = join(repoRoot, 'test', 'cases');
const realReports = process.env.REAL_REPORTS ?? resolve(repoRoot, '../shared/real-reports');
const stages = [extract(), normalise(), structure(bestValueScheme)];
const compiled = compileCodebook(builtinCodebook);
const UNIT_KINDS = new Set(['sentence', 'row', 'item']);

/** The texts the tagger reads a mood from in a document's pages: its units and the list items run into them. */
async function unitTexts(path: string, bytes?: Uint8Array, pages?: string[]): Promise<string[]> {
  const document = newDocument(path, 'mood', path.endsWith('.pdf') ? 'pdf' : 'txt', bytes?.length ?? 0);
  if (bytes) document.bytes = bytes;
  if (pages) {
    document.pages = pages.map((text, i) => ({ number: i + 1, text }));
    document.pageCount = pages.length;
  }
  const read = await runStages(pages ? stages.slice(1) : stages, document);
  return (read.sentences ?? []).filter((unit) => UNIT_KINDS.has(unit.kind))
    .flatMap((unit) => [unit.text, ...listPieces(unit.text, unit.section, undefined, compiled).pieces.map((piece) => piece.text)]);
}

/** Every file of a folder of reports, as unit texts. */
async function folderTexts(folder: string): Promise<string[]> {
  const texts: string[] = [];
  for (const file of await discover(folder)) {
    const read = await readInput(file);
    if (!('error' in read)) texts.push(...await unitTexts(file.path, read.bytes));
  }
  return texts;
}

/** The sentences of the unsealed theme case sets (test/cases/theme-cases*.ts). */
async function themeCaseTexts(): Promise<string[]> {
  const sealed = sealedSets(cases);
  const texts: string[] = [];
  for (const file of readdirSync(cases)) {
    const match = /^theme-cases(?:-(\d+))?\.ts$/.exec(file);
    if (!match || sealed.has(match[1] ?? '1')) continue;
    const module = (await import(pathToFileURL(join(cases, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) if (Array.isArray(value)) texts.push(...value.map((c: { text: string }) => c.text));
  }
  return texts;
}

/** The units of the unsealed case documents: judgement cases and test/cases/documents-N folders. */
async function caseDocumentTexts(): Promise<string[]> {
  const sealed = sealedSets(cases);
  const texts: string[] = [];
  for (const set of await loadCaseSets(cases)) for (const one of set.cases) texts.push(...await unitTexts('case.txt', undefined, one.pages));
  for (const folder of readdirSync(cases)) {
    const match = /^documents-(\d+)$/.exec(folder);
    if (match && !sealed.has(match[1]!)) texts.push(...await folderTexts(join(cases, folder)));
  }
  return texts;
}

let mains: string[] = [];
let realReportsRead = false;

beforeAll(async () => {
  const texts = [...await folderTexts(join(repoRoot, 'corpus', 'reports')), ...await themeCaseTexts(), ...await caseDocumentTexts()];
  if (existsSync(realReports)) { texts.push(...await folderTexts(realReports)); realReportsRead = true; }
  const opened = texts.map((text) => openingMood(text)).flatMap((mood) => (typeof mood === 'string' ? [] : [mood.main]));
  mains = [...new Set(opened)];
}, 180_000);

describe('the mood shortcut', () => {
  it('agrees with the parse on every main clause it decides', () => {
    const decided = mains.filter((main) => openingWordMood(main) !== undefined);
    const disagree = decided.filter((main) => parseMood(main) !== openingWordMood(main));
    expect(disagree).toEqual([]);
    // The check covers many clauses: most statements open with a function word.
    expect(decided.length).toBeGreaterThan(realReportsRead ? 3000 : 1000);
  }, 120_000);

  it('leaves orders to the parse', () => {
    for (const text of ['Improve the way projects are chosen.', 'Ensure that staff are trained.', 'Agree with directorates a method for ranking requests.']) {
      expect(unitMood(text)).toBe('imperative');
      const opening = openingMood(text);
      expect(typeof opening).toBe('object');
      expect(openingWordMood((opening as { main: string }).main)).toBeUndefined();
    }
    expect(unitMood('The council should improve the way projects are chosen.')).toBe('statement');
    expect(unitMood('Continue to improve the help desk.')).toBe('continue');
  });
});
