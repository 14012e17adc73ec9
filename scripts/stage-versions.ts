/**
 * `npm run build`'s last step (run compiled, as dist/scripts/stage-versions.js): records beside the
 * compiled code the built-in codebooks of YAML files as validated (src/scheme/codebooks.ts), so that
 * a run need not load the validator, then the stage versions of the default settings and the
 * fingerprint of that code (src/run-versions.ts), so that a run with those settings need not build
 * the stages to know them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaults } from '../src/options.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { validatedCodebookFiles } from '../src/scheme/codebooks.js';
import { codeFingerprint, computedVersions, pipelineSettings, RECORD_NAME, settingsKey, type VersionsRecord } from '../src/run-versions.js';

const folder = fileURLToPath(new URL('../src/', import.meta.url));
// Written before the fingerprint, which covers every file of the compiled code.
for (const { path, bytes } of validatedCodebookFiles()) writeFileSync(path, bytes);
const settings = pipelineSettings(defaults, builtinCodebook);
const record: VersionsRecord = { code: codeFingerprint(folder), settings: settingsKey(settings), versions: await computedVersions(settings) };
writeFileSync(join(folder, RECORD_NAME), `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`recorded the stage versions of the default settings in ${join(folder, RECORD_NAME)}\n`);
