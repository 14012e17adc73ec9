// Copies the files the compiled code reads beside itself and that tsc does not make (SQL schema and
// migrations, YAML codebooks, the JSON Schema, plain JavaScript modules) from src/ and scripts/ into
// dist/, after `tsc`: the same files src/build-freshness.mjs expects to find there. Each YAML file
// of src/ also gets its parse as JSON beside the copy (<file>.json), which the compiled code reads
// instead of parsing the YAML on every run (src/scheme/codebooks.ts).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COPIED } from '../src/build-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let copied = 0;
for (const folder of ['src', 'scripts']) {
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COPIED.test(entry.name)) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(root, 'dist', relative(root, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    if (folder === 'src' && /\.ya?ml$/.test(entry.name)) writeFileSync(`${to}.json`, JSON.stringify(parse(readFileSync(from, 'utf8'))));
    copied++;
  }
}
console.log(`copied ${copied} files into dist/src and dist/scripts`);
