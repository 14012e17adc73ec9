/** A case set listed in sealed.json is left out of fitting and development figures until asked for. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseSets } from '../scripts/evaluation/case-sets.js';
import { sealedSets } from '../scripts/evaluation/sealed.js';

function caseFolder(sealed: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'sealed-'));
  for (const number of [2, 3]) {
    const cases = [{ name: `s${number}-a`, why: 'loading', pages: ['text'], expect: { grade: null, prospect: null } }];
    writeFileSync(join(folder, `judgement-cases-${number}.ts`), `export const cases${number} = ${JSON.stringify(cases)};\n`);
  }
  if (sealed !== undefined) writeFileSync(join(folder, 'sealed.json'), JSON.stringify(sealed));
  return folder;
}

describe('sealed case sets', () => {
  it('leaves a sealed set out unless it is asked for', async () => {
    const folder = caseFolder({ sealed: ['3'] });
    expect((await loadCaseSets(folder)).map((set) => set.name)).toEqual(['2']);
    expect((await loadCaseSets(folder, true)).map((set) => set.name)).toEqual(['2', '3']);
  });

  it('loads every set when the folder has no sealed.json', async () => {
    expect((await loadCaseSets(caseFolder(undefined))).map((set) => set.name)).toEqual(['2', '3']);
  });

  it('refuses a sealed.json whose list is not a list', () => {
    expect(() => sealedSets(caseFolder({ sealed: '3' }))).toThrow(/must be a list/);
  });

});
