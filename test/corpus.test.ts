import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { CorpusFolderError, generateCorpus } from '../scripts/corpus/generate.js';
import { runScript } from './helpers/cli.js';
import { parseArgs } from '../scripts/make-corpus.js';
import type { Label } from '../scripts/corpus/types.js';
import { normalisePages } from '../src/stages/normalise.js';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function hashes(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(root, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  };
  await walk(root);
  return out;
}

const tally = (labels: Label[], key: 'grade' | 'prospect'): Record<string, number> =>
  labels.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l[key]]: (acc[l[key]] ?? 0) + 1 }), {});

/** Page texts -> the project's own text layer (headers/footers dropped, hyphenation joined), whitespace collapsed. */
function normalise(pages: string[]): string {
  return normalisePages(pages.map((text, i) => ({ number: i + 1, text }))).text.replace(/\s+/g, ' ');
}
const collapse = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

async function extract(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: await readFile(file) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return result.pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

describe('corpus generator', () => {
  it('gives byte-identical files for the same seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateCorpus({ seed: 7, count: 6, out: a, era: 'A', extras: true });
    await generateCorpus({ seed: 7, count: 6, out: b, era: 'A', extras: true });
    const [ha, hb] = [await hashes(a), await hashes(b)];
    expect(Object.keys(ha)).toHaveLength(6 + 3 + 1);
    expect(hb).toEqual(ha);
  });

  it('matches requested grade and prospect counts exactly', async () => {
    const out = await tempDir();
    const options = parseArgs(['--seed', '3', '--count', '6', '--out', out, '--era', 'B', '--grades', 'poor=1,fair=2,good=2,excellent=1', '--prospects', 'poor=1,uncertain=1,promising=3,excellent=1', '--no-extras']);
    if (options === 'help') throw new Error('no help asked for');
    const labels = await generateCorpus(options);
    expect(tally(labels, 'grade')).toEqual({ poor: 1, fair: 2, good: 2, excellent: 1 });
    expect(tally(labels, 'prospect')).toEqual({ poor: 1, uncertain: 1, promising: 3, excellent: 1 });
    for (const l of labels) expect(l.inspected_on! >= '2001-10-01').toBe(true);
  });

  it('never deletes a file it did not write: a folder holding files is refused without force, and force replaces only the generated reports', async () => {
    const out = await tempDir();
    const options = { seed: 5, count: 2, out, era: 'A' as const, extras: false };
    const first = await generateCorpus(options);
    await expect(generateCorpus(options)).rejects.toThrow(CorpusFolderError);
    await writeFile(path.join(out, 'reports', 'my-own-report.pdf'), 'mine');
    const second = await generateCorpus({ ...options, seed: 6, force: true });
    const files = Object.keys(await hashes(path.join(out, 'reports'))).sort();
    expect(files).toEqual([...second.map((label) => label.file), 'my-own-report.pdf'].sort());
    expect(await readFile(path.join(out, 'reports', 'my-own-report.pdf'), 'utf8')).toBe('mine');
    expect(first.map((label) => label.file)).not.toEqual(second.map((label) => label.file));
  });

  it('answers --help, and a bad value or a full folder with one line and no stack trace', async () => {
    const help = await runScript('scripts/make-corpus.ts', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run corpus/);
    const bad = await runScript('scripts/make-corpus.ts', ['--count', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const full = await runScript('scripts/make-corpus.ts', ['--out', path.resolve('corpus'), '--count', '5']);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/already holds .* pass --force/);
    expect(full.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects counts that do not sum to --count', () => {
    expect(() => parseArgs(['--count', '5', '--grades', 'poor=1,fair=1'])).toThrow(/sum to 2/);
    expect(() => parseArgs(['--prospects', 'sometimes=3'])).toThrow(/unknown prospect/);
  });
});

describe('the shipped corpus', async () => {
  const root = path.resolve('corpus');
  const labels = JSON.parse(await readFile(path.join(root, 'labels.json'), 'utf8')) as Label[];
  const assessments = labels.filter((l) => l.grade !== 'none');

  it('mirrors the survey distribution', () => {
    expect(assessments).toHaveLength(76);
    expect(tally(assessments, 'grade')).toEqual({ poor: 22, fair: 33, good: 21 });
    expect(assessments.filter((l) => l.prospect === 'probably' || l.prospect === 'will')).toHaveLength(52);
    const weak = (id: string): number => assessments.filter((l) => l.weakness_themes.includes(id as never)).length;
    expect([weak('strategic-alignment'), weak('understanding-of-it'), weak('communication'), weak('demand-capacity'), weak('user-training')]).toEqual([50, 44, 38, 33, 28]);
    for (const id of ['business-continuity', 'records-management']) expect(assessments.filter((l) => l.emerging.includes(id as never)).length).toBeGreaterThanOrEqual(10);
    for (const l of assessments) {
      expect(l.weakness_themes.length).toBeGreaterThanOrEqual(3);
      expect(l.weakness_themes.length).toBeLessThanOrEqual(6);
      expect(l.strength_themes.length).toBeGreaterThanOrEqual(1);
      expect(l.strength_themes.length).toBeLessThanOrEqual(3);
    }
    expect(labels.filter((l) => l.grade === 'none')).toHaveLength(3);
  });

  it.each(assessments.map((l) => [l.file, l] as const))('%s: judgement evidence survives extraction', async (_file, label) => {
    const text = normalise(await extract(path.join(root, 'reports', label.file)));
    expect(text).toContain(collapse(label.grade_evidence!));
    expect(text).toContain(collapse(label.prospect_evidence!));
  });

  it('has one PDF that cannot be read', async () => {
    const results = await Promise.allSettled(labels.filter((l) => l.grade === 'none').map((l) => extract(path.join(root, 'reports', l.file))));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });
});
