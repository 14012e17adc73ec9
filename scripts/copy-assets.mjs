// Copies the data files the compiled code reads beside itself (SQL schema and migrations, YAML
// codebooks, the JSON Schema) from src/ into dist/src/, after `tsc -p tsconfig.build.json`.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSET = /\.(sql|ya?ml|json)$/;
let copied = 0;
for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !ASSET.test(entry.name)) continue;
  const from = join(entry.parentPath, entry.name);
  const to = join(root, 'dist', relative(root, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  copied++;
}
console.log(`copied ${copied} data files into dist/src`);
