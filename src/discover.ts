/** Discover: walk the input folder and identify every file by the sha256 of its bytes. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { DocumentType } from './document.js';

/** One input file. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input folder, with `/` separators: the file's name in the database. */
  relativePath: string;
  sha256: string;
  size: number;
  type: DocumentType;
}

const TYPES: Record<string, DocumentType> = { '.pdf': 'pdf', '.txt': 'txt', '.html': 'html', '.htm': 'html' };

/** The document type implied by a file name. */
export function typeOf(path: string): DocumentType {
  return TYPES[extname(path).toLowerCase()] ?? 'other';
}

async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function* walk(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
    // A link to a file is an input like any other; links to folders are not followed (no cycles).
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()) yield path;
  }
}

/** Every regular file under `root`, sorted by path, hashed. Throws when `root` cannot be read. */
export async function discover(root: string): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for await (const path of walk(root)) {
    const { sha256, size } = await hashFile(path);
    files.push({ path, relativePath: relative(root, path).split(sep).join('/'), sha256, size, type: typeOf(path) });
  }
  return files;
}
