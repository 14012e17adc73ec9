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
  /** Why the file or folder could not be read (its sha256 is then derived from its path). */
  error?: string;
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

interface Entry { path: string; error?: string }

async function* walk(folder: string, root = folder): AsyncGenerator<Entry> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (folder === root) throw error;
    // An unreadable subfolder is recorded as one input, not allowed to stop the run.
    yield { path: folder, error: (error as NodeJS.ErrnoException).code ?? String(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path, root);
    else if (entry.isFile()) yield { path };
    // A link to a file is an input like any other; links to folders are not followed (no cycles).
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()) yield { path };
  }
}

/** Every regular file under `root`, sorted by path, hashed. Throws when `root` itself cannot be read. */
export async function discover(root: string): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for await (const entry of walk(root)) {
    const relativePath = relative(root, entry.path).split(sep).join('/');
    const found = entry.error === undefined
      ? await hashFile(entry.path).catch((error: NodeJS.ErrnoException) => ({ error: error.code ?? String(error) }))
      : { error: entry.error };
    if ('sha256' in found) files.push({ path: entry.path, relativePath, ...found, type: typeOf(entry.path) });
    else {
      const sha256 = createHash('sha256').update(`unreadable:${relativePath}`).digest('hex');
      files.push({ path: entry.path, relativePath, sha256, size: 0, type: typeOf(entry.path), error: found.error });
    }
  }
  return files;
}
