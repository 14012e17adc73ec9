/** Discover: walk the input folder and identify every file by the sha256 of its bytes. */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import picomatch from 'picomatch';
import type { DocumentType } from './document.js';

/** One input file. */
export interface InputFile {
  /** Absolute path, for display: bytes of a name that is not UTF-8 are written `%XX`. */
  path: string;
  /** The path to open (bytes, so that names that are not UTF-8 open as they are). */
  source: Buffer;
  /** Path relative to the input folder, with `/` separators: the file's name in the database. */
  relativePath: string;
  sha256: string;
  size: number;
  type: DocumentType;
  /** Why the file or folder could not be read (its sha256 is then derived from its path). */
  error?: string;
}

/** What discovery found, how many of the run's own outputs it passed over, and how many files the filter left out. */
export interface Discovery {
  files: InputFile[];
  skipped: number;
  excluded: number;
}

/**
 * Which relative paths (with `/` separators) are inputs: those matching any `include` glob (all when
 * none is given) and no `exclude` glob. A glob without a `/` matches a file's name in any folder
 * (`*.pdf`); one with a `/` matches the whole path (`2001/**`).
 */
export function fileFilter(globs: { include: readonly string[]; exclude: readonly string[] }): (relativePath: string) => boolean {
  const matcher = (list: readonly string[]): ((path: string) => boolean) | undefined => {
    if (list.length === 0) return undefined;
    const paths = picomatch(list.filter((glob) => glob.includes('/')), { dot: true });
    const names = picomatch(list.filter((glob) => !glob.includes('/')), { dot: true });
    return (path) => paths(path) || names(path.slice(path.lastIndexOf('/') + 1));
  };
  const include = matcher(globs.include);
  const exclude = matcher(globs.exclude);
  return (path) => (include === undefined || include(path)) && !(exclude?.(path) ?? false);
}

const TYPES: Record<string, DocumentType> = { '.pdf': 'pdf', '.txt': 'txt', '.html': 'html', '.htm': 'html' };

/** The document type implied by a file name. */
export function typeOf(path: string): DocumentType {
  return TYPES[extname(path).toLowerCase()] ?? 'other';
}

/** A name's bytes as text: UTF-8 when valid, else ASCII with every other byte written `%XX`. */
export function displayName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return text;
  return [...bytes].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase()}`)).join('');
}

/** What a non-regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Opens a regular file without blocking (a FIFO would wait for a writer) and checks it is one;
 * returns the open handle and its stats, or an error in words.
 */
async function openRegular(path: Buffer): Promise<{ handle: Awaited<ReturnType<typeof open>>; stats: Stats } | { error: string }> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats };
    await handle.close();
    return { error: `${kindOf(stats)}, not a regular file` };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** Identity of a file on its device, to recognise the same file under any path. */
const identity = (stats: Stats) => `${stats.dev}:${stats.ino}`;

interface Entry { path: Buffer; name: string; error?: string }

const SEPARATOR = Buffer.from(sep);

async function* walk(folder: Buffer, name: string, root: boolean): AsyncGenerator<Entry> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    if (root) throw error;
    // An unreadable subfolder is recorded as one input, not allowed to stop the run.
    yield { path: folder, name, error: (error as NodeJS.ErrnoException).code ?? String(error) };
    return;
  }
  const named = entries.map((entry) => ({ entry, name: `${root ? '' : `${name}/`}${displayName(entry.name)}` }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { entry, name: relative } of named) {
    const path = Buffer.concat([folder, SEPARATOR, entry.name]);
    if (entry.isDirectory()) yield* walk(path, relative, false);
    else if (!entry.isSymbolicLink()) yield { path, name: relative };
    else {
      // A link to a file is an input like any other; links to folders are not followed (no cycles).
      const target = await stat(path).catch(() => null);
      if (target === null) yield { path, name: relative, error: 'a broken symbolic link' };
      else if (!target.isDirectory()) yield { path, name: relative };
    }
  }
}

/** Hashes an open file's bytes. */
async function hashHandle(handle: Awaited<ReturnType<typeof open>>): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of handle.createReadStream({ autoClose: false })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The sha256 of the given bytes. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file's hash, or why it cannot be read; null when it is one of `skip` (the run's own outputs). */
async function identify(path: Buffer, skip: ReadonlySet<string>): Promise<{ sha256: string; size: number } | { error: string } | null> {
  const opened = await openRegular(path);
  if ('error' in opened) return opened;
  try {
    if (skip.has(identity(opened.stats))) return null;
    return await hashHandle(opened.handle);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

/** Identities of those of `paths` that exist. */
async function identities(paths: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(paths.map((path) => stat(path).then(identity, () => null)));
  return new Set(found.filter((id): id is string => id !== null));
}

/**
 * Every file under `root` that `select` accepts (counted as excluded otherwise), sorted by path,
 * hashed, except `outputs` (the run's own database and summary, when they lie inside it), which are
 * counted as skipped. Throws when `root` cannot be read.
 */
export async function discoverInputs(root: string, outputs: readonly string[] = [], select: (relativePath: string) => boolean = () => true): Promise<Discovery> {
  const skip = await identities(outputs);
  const files: InputFile[] = [];
  let skipped = 0;
  let excluded = 0;
  // Paths are built by joining bytes: the root without a trailing separator.
  for await (const entry of walk(Buffer.from(root.length > 1 ? root.replace(/[\\/]+$/, '') : root), '', true)) {
    if (!select(entry.name)) { excluded++; continue; }
    const found = entry.error === undefined ? await identify(entry.path, skip) : { error: entry.error };
    if (found === null) { skipped++; continue; }
    const file = { path: displayName(entry.path), source: entry.path, relativePath: entry.name, type: typeOf(entry.name) };
    if ('sha256' in found) files.push({ ...file, ...found });
    else {
      const sha256 = sha256Of(Buffer.from(`unreadable:${entry.name}`));
      files.push({ ...file, sha256, size: 0, error: found.error });
    }
  }
  return { files, skipped, excluded };
}

/** Every file under `root`, sorted by path, hashed. Throws when `root` itself cannot be read. */
export async function discover(root: string): Promise<InputFile[]> {
  return (await discoverInputs(root)).files;
}

/**
 * The bytes of a discovered file, read once: the bytes the run hashes are the bytes it extracts.
 * An error in words when the file cannot be opened, is no longer a regular file, or changed since discovery.
 */
export async function readInput(file: InputFile): Promise<{ bytes: Buffer } | { error: string }> {
  const opened = await openRegular(file.source);
  if ('error' in opened) return opened;
  try {
    const bytes = await opened.handle.readFile();
    if (sha256Of(bytes) !== file.sha256) return { error: 'the file changed after it was found; run again to read it' };
    return { bytes };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}
