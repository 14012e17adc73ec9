/**
 * A run's stage versions come from the build's record only when the record was made by the very
 * code the run executes, with the run's settings; otherwise they are computed from the stages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint, computedVersions, pipelineSettings, RECORD_NAME, runVersions, settingsKey } from '../src/run-versions.js';
import { defaults } from '../src/options.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-versions-');
afterAll(() => temp.removeAll());

const settings = pipelineSettings(defaults, builtinCodebook);
const recorded = { extract: 'recorded' };

/** A code folder of two files with a record of `recorded` for `settings`, made from the folder as it is now. */
async function recordedFolder(): Promise<string> {
  const folder = await temp.make();
  writeFileSync(join(folder, 'a.js'), 'export const a = 1;\n');
  writeFileSync(join(folder, 'b.yaml'), 'themes: []\n');
  writeFileSync(join(folder, RECORD_NAME), JSON.stringify({ code: codeFingerprint(folder), settings: settingsKey(settings), versions: recorded }));
  return folder;
}

describe('the stage versions of a run', () => {
  it('are the recorded ones when the code and the settings are those of the record', async () => {
    expect(await runVersions(settings, await recordedFolder())).toEqual(recorded);
  });

  it.each([
    ['a file of the code changed', (folder: string) => writeFileSync(join(folder, 'b.yaml'), 'themes: [x]\n')],
    ['a file was added to the code', (folder: string) => writeFileSync(join(folder, 'c.js'), '')],
  ])('are computed from the stages when %s', async (_what, change) => {
    const folder = await recordedFolder();
    change(folder);
    expect(await runVersions(settings, folder)).toEqual(await computedVersions(settings));
  });

  it('are computed from the stages for other settings', async () => {
    const other = pipelineSettings({ ...defaults, maxPages: 5 }, builtinCodebook);
    const versions = await runVersions(other, await recordedFolder());
    expect(versions).toEqual(await computedVersions(other));
    expect(versions.extract).not.toBe((await computedVersions(settings)).extract);
  });

  it('are computed from the stages when there is no record (the sources)', async () => {
    expect(await runVersions(settings)).toEqual(await computedVersions(settings));
  });
});
