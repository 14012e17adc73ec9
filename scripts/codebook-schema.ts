/**
 * `npm run codebook-schema`: writes src/scheme/codebook.schema.json, the JSON Schema of a codebook
 * file generated from its zod schema, for editors to check and complete codebooks as they are written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codebookJsonSchema } from '../src/scheme/codebook-schema.js';
import { repoRoot } from '../test/helpers/cli.js';
import { readCommand } from '../src/cli-usage.js';

const HELP = 'Usage: npm run codebook-schema\n\nWrites src/scheme/codebook.schema.json, the JSON Schema of a codebook file, from the validator\'s schema.';
const command = readCommand(process.argv.slice(2), { help: { type: 'boolean', short: 'h' } }, HELP, () => 'write' as const);
if (typeof command === 'number') process.exit(command);
const file = join(repoRoot, 'src', 'scheme', 'codebook.schema.json');
writeFileSync(file, codebookJsonSchema());
process.stdout.write(`${file}\n`);
