/** The user documentation agrees with the data it describes, and its links lead somewhere inside the repository. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinCodebooks } from '../src/scheme/codebooks.js';
import { families } from '../src/scheme/registry.js';
import { gradeScale, prospectScale } from '../src/scheme/best-value.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsFolder = join(repoRoot, 'docs');

/** The page that documents each built-in codebook (by codebook id) and each scheme family (by family id). */
const codebookPages: Record<string, string> = { 'best-value-ict': 'docs/best-value.md', 'ofsted-childrens-services': 'docs/ofsted.md' };
const familyPages: Record<string, string> = { ofsted: 'docs/ofsted.md' };

/** The pages whose links are checked: every docs page, the README and the corpus README. */
const linkedPages = [
  ...readdirSync(docsFolder).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  'README.md',
  'corpus/README.md',
];

function read(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

/** Markdown text without its fenced code blocks (shell examples are not links). */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** The targets of a page's inline links `[text](target)`. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces made hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  return new Set([...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
}

/** Why a relative link from `page` leads nowhere, or null when its file (and heading) exist. */
function brokenLink(page: string, target: string): string | null {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? join(repoRoot, page) : resolve(join(repoRoot, dirname(page)), path);
  if (!file.startsWith(repoRoot)) return `${target}: outside the repository`;
  if (!existsSync(file)) return `${target}: no such file`;
  if (anchor && file.endsWith('.md') && statSync(file).isFile() && !anchorsOf(readFileSync(file, 'utf8')).has(anchor)) return `${target}: no such heading`;
  return null;
}

describe('the docs describe the built-in codebooks', () => {
  it('documents every built-in codebook on a page', () => {
    expect(builtinCodebooks.map((codebook) => codebook.id).filter((id) => !codebookPages[id])).toEqual([]);
  });

  it.each(builtinCodebooks.map((codebook) => [codebook.id, codebook] as const))('%s: every theme id, label and definition is on its page', (id, codebook) => {
    const page = read(codebookPages[id]!);
    const missing = codebook.themes.flatMap((theme) => [`\`${theme.id}\``, theme.label, theme.definition].filter((text) => !page.includes(text)));
    expect(missing).toEqual([]);
  });
});

describe('the docs describe the schemes', () => {
  it('names every Best Value grade and prospect token', () => {
    const page = read('docs/best-value.md');
    const tokens = [...gradeScale.values, ...prospectScale.values].map((value) => value.token);
    expect(tokens.filter((token) => !page.includes(`\`${token}\``))).toEqual([]);
  });

  it.each(families.map((family) => [family.id, family] as const))('%s: every kind of report, grade and outcome is on its page', (id, family) => {
    expect(familyPages[id]).toBeDefined();
    const page = read(familyPages[id]!);
    const names = [...family.variants.map((variant) => variant.id), ...family.grades.map((grade) => grade.label), ...family.outcomes.map((outcome) => outcome.label)];
    expect([...new Set(names)].filter((name) => !page.includes(`\`${name}\``))).toEqual([]);
  });
});

describe('the docs stand alone', () => {
  it.each(linkedPages)('%s: every relative link points to a file in the repository', (page) => {
    const targets = linkTargets(read(page)).filter((target) => !/^[a-z]+:/i.test(target));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.map((target) => brokenLink(page, target)).filter((problem) => problem !== null)).toEqual([]);
  });

  it.each(linkedPages)('%s: sends the reader to no file outside the repository', (page) => {
    expect(read(page)).not.toMatch(/DOMAIN\.md|\/work\//);
  });

  it.each(['scripts', 'src', 'test'])('the code in %s/ sends the reader to no file outside the repository', (folder) => {
    const files = readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs|yaml|sql)$/.test(name) && !/^cases\/documents/.test(name) && name !== 'docs.test.ts');
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((name) => /DOMAIN\.md|\/work\//.test(read(join(folder, name))))).toEqual([]);
  });

  it('finds a heading by its GitHub anchor and a link by its target', () => {
    expect(anchorOf('The `report_results` view (the public contract)')).toBe('the-report_results-view-the-public-contract');
    expect(linkTargets('See [the page](docs/a.md#b) and [x](../c.ts).\n```\n[not](a link)\n```')).toEqual(['docs/a.md#b', '../c.ts']);
  });
});
