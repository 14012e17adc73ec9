/**
 * Emerging themes: the leans the workers store are the ones the ranking would compute, the ranking
 * is the same from stored leans as from none, and an unchanged rerun keeps the stored ranking.
 */
import Database from 'better-sqlite3';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emergingThemes, unitLeans, type ThemeCandidate } from '../src/classify/emerging.js';
import { compileCodebook, unitPolarity } from '../src/classify/themes.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import type { Sentence } from '../src/text/sentences.js';
import { runCli, tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-emerging-');
afterAll(temp.removeAll);
const compiled = compileCodebook(builtinCodebook);
const section = 'How good is the service?';

/** Units of weakness no codebook theme names, in a few wordings, as several reports would word them. */
const WORDINGS = [
  'There is no business continuity plan for the data centre.', 'The business continuity plan has not been tested.',
  'Records management is weak and files are lost.', 'The council lacks a records management policy.',
  'Parking at the depot is inadequate.', 'Servers supported 153 none set 12 14',
];

function unit(index: number, text: string, kind: Sentence['kind'] = 'sentence'): Sentence {
  return { index, kind, section, text, start: 0, end: text.length, pageStart: 1, pageEnd: 1, rawStart: 0, rawEnd: text.length };
}

describe('leans', () => {
  it('are the polarity of each untagged sentence or item, leaving out rows of figures, headings and tagged units', () => {
    const units = [unit(0, 'Findings', 'heading'), unit(1, WORDINGS[0]!), unit(2, WORDINGS[2]!, 'item'), unit(3, WORDINGS[5]!), unit(4, WORDINGS[3]!)];
    const tagged = [{ theme: 'leadership', polarity: 'weakness' as const, score: 1, evidence: { text: '', pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: 4 } }];
    expect(unitLeans(units, tagged, compiled)).toEqual({
      1: unitPolarity(WORDINGS[0]!, section, compiled), 2: unitPolarity(WORDINGS[2]!, section, compiled),
    });
  });

  it('rank the same emerging themes stored as computed on the spot', () => {
    // Each wording in its own report: a phrase in more than half the reports would be furniture.
    const candidates: ThemeCandidate[] = WORDINGS.map((text, i) => ({ sha256: String(i).repeat(64), sentence: 0, section, text, page: 1 }));
    const stored = candidates.map((candidate) => ({ ...candidate, lean: unitPolarity(candidate.text, candidate.section, compiled) }));
    const ranked = emergingThemes(candidates, builtinCodebook);
    expect(ranked.map((theme) => theme.phrase)).toEqual(expect.arrayContaining(['business continuity', 'records management']));
    expect(emergingThemes(stored, builtinCodebook)).toEqual(ranked);
  });
});

describe('an unchanged rerun', () => {
  it('keeps the emerging themes of the run that computed them, and a new report ranks them again', async () => {
    const folder = await temp.make();
    const input = join(folder, 'in');
    await mkdir(input);
    const report = (council: string, lines: string[]) => `${council} Council\nICT services\nSummary\nWe judge the service to be fair, a one-star service.\n\f${lines.join('\n')}\n`;
    for (const [i, council] of ['Anyshire County', 'Barset Borough', 'Casterbridge City', 'Dunford District'].entries()) {
      await writeFile(join(input, `${i}.txt`), report(council, [WORDINGS[i]!]));
    }
    const out = join(folder, 'out');
    const basis = () => {
      const db = new Database(join(out, 'results.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT id, emerging_basis IS NOT NULL AS computed, (SELECT group_concat(DISTINCT run_id) FROM emerging_theme) AS ranked_by FROM run ORDER BY id').all();
      db.close();
      return rows;
    };
    for (const _ of [1, 2]) expect((await runCli(['--input', input, '--out', out, '--quiet'], 120_000)).code).toBe(0);
    expect(basis()).toEqual([{ id: 1, computed: 1, ranked_by: '1' }, { id: 2, computed: 0, ranked_by: '1' }]);
    await writeFile(join(input, '4.txt'), report('Eastwick Borough', [WORDINGS[4]!]));
    expect((await runCli(['--input', input, '--out', out, '--quiet'], 120_000)).code).toBe(0);
    expect(basis()).toEqual([{ id: 1, computed: 1, ranked_by: '3' }, { id: 2, computed: 0, ranked_by: '3' }, { id: 3, computed: 1, ranked_by: '3' }]);
  }, 300_000);
});
