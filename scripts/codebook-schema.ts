/**
 * `npm run codebook-schema`: writes src/scheme/codebook.schema.json, the JSON Schema of a codebook
 * file generated from its zod schema, for editors to check and complete codebooks as they are written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codebookJsonSchema } from '../src/scheme/codebook-schema.js';
import { repoRoot } from '../test/helpers/cli.js';

const file = join(repoRoot, 'src', 'scheme', 'codebook.schema.json');
writeFileSync(file, codebookJsonSchema());
process.stdout.write(`${file}\n`);
