/**
 * `npm run build`'s last step (run compiled, as dist/scripts/stage-versions.js): records beside the
 * compiled code the stage versions of the default settings and the fingerprint of that code
 * (src/run-versions.ts), so that a run with those settings need not build the stages to know them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaults } from '../src/options.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { codeFingerprint, computedVersions, pipelineSettings, RECORD_NAME, settingsKey, type VersionsRecord } from '../src/run-versions.js';

const folder = fileURLToPath(new URL('../src/', import.meta.url));
const settings = pipelineSettings(defaults, builtinCodebook);
const record: VersionsRecord = { code: codeFingerprint(folder), settings: settingsKey(settings), versions: await computedVersions(settings) };
writeFileSync(join(folder, RECORD_NAME), `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`recorded the stage versions of the default settings in ${join(folder, RECORD_NAME)}\n`);
