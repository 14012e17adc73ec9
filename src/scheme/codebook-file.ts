/**
 * Loading a user's codebook (JSON, the shape of `Codebook`) and validating it, with errors that name
 * the entry at fault. Parts other than `themes` default to the built-in codebook's.
 */
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { builtinCodebook, type Codebook, type CodebookTheme } from './codebook.js';
import { compileCue } from '../classify/theme-codebook.js';

/** A codebook that cannot be used; the message names the file and the entry. */
export class CodebookError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new CodebookError(`${where} must be a list of non-empty strings`);
  }
  return value as string[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CodebookError(`${where} must be a non-empty string`);
  return value;
}

function theme(value: unknown, index: number, macros: Codebook['macros'], seen: Set<string>): CodebookTheme {
  if (!isObject(value)) throw new CodebookError(`themes[${index}] must be an object`);
  const id = text(value['id'], `themes[${index}].id`);
  const where = `theme "${id}" (themes[${index}])`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new CodebookError(`${where}: id must be kebab-case (a-z, 0-9, -)`);
  if (seen.has(id)) throw new CodebookError(`${where}: id appears twice`);
  seen.add(id);
  const result: CodebookTheme = {
    id,
    label: text(value['label'], `${where}.label`),
    definition: text(value['definition'], `${where}.definition`),
    terms: strings(value['terms'], `${where}.terms`, true),
    hints: strings(value['hints'], `${where}.hints`, false),
    patterns: strings(value['patterns'], `${where}.patterns`, false),
  };
  if (value['yieldsTo'] !== undefined) result.yieldsTo = strings(value['yieldsTo'], `${where}.yieldsTo`, false);
  if (result.terms.length + result.patterns.length === 0) throw new CodebookError(`${where}: needs at least one term or pattern`);
  for (const [list, cues] of [['terms', result.terms], ['hints', result.hints]] as const) {
    cues.forEach((cue, i) => {
      try { compileCue(cue, 1, macros); } catch (error) {
        throw new CodebookError(`${where}.${list}[${i}]: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  result.patterns.forEach((pattern, i) => {
    try { nlp.buildNet([{ match: pattern }]); } catch (error) {
      throw new CodebookError(`${where}.patterns[${i}] "${pattern}" is not a compromise match pattern: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return result;
}

function macrosOf(value: unknown): Codebook['macros'] {
  if (value === undefined) return builtinCodebook.macros;
  if (!isObject(value)) throw new CodebookError('macros must be an object of word lists');
  return Object.fromEntries(Object.entries(value).map(([name, words]) => [name, strings(words, `macros.${name}`, true)]));
}

function rewritesOf(value: unknown): Codebook['rewrites'] {
  if (value === undefined) return builtinCodebook.rewrites;
  if (!Array.isArray(value)) throw new CodebookError('rewrites must be a list of [from, to] pairs');
  return value.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((p) => typeof p !== 'string')) throw new CodebookError(`rewrites[${i}] must be a [from, to] pair of strings`);
    return [pair[0] as string, pair[1] as string] as const;
  });
}

function polarityOf(value: unknown): Codebook['polarity'] {
  if (value === undefined) return builtinCodebook.polarity;
  if (!isObject(value)) throw new CodebookError('polarity must be an object');
  const fallback = builtinCodebook.polarity;
  const list = (key: keyof Codebook['polarity']) => value[key] === undefined ? fallback[key] : strings(value[key], `polarity.${key}`, true);
  return { weakness: list('weakness'), directive: list('directive'), strength: list('strength'), achievement: list('achievement'), negators: list('negators') };
}

function regexes(sources: readonly string[], where: string): readonly string[] {
  sources.forEach((source, i) => {
    try { new RegExp(source, 'i'); } catch { throw new CodebookError(`${where}[${i}] "${source}" is not a regular expression`); }
  });
  return sources;
}

function sectionsOf(value: unknown): Codebook['sections'] {
  if (value === undefined) return builtinCodebook.sections;
  if (!isObject(value)) throw new CodebookError('sections must be an object');
  const fallback = builtinCodebook.sections;
  const list = (key: keyof Codebook['sections']) =>
    value[key] === undefined ? fallback[key] ?? [] : regexes(strings(value[key], `sections.${key}`, true), `sections.${key}`);
  return { weakness: list('weakness'), strength: list('strength'), neutral: list('neutral'), emphasis: list('emphasis') };
}

/** Validates a parsed codebook; throws a CodebookError naming the entry at fault. */
export function validateCodebook(value: unknown): Codebook {
  if (!isObject(value)) throw new CodebookError('a codebook must be a JSON object with a "themes" list');
  if (!Array.isArray(value['themes']) || value['themes'].length === 0) throw new CodebookError('"themes" must be a non-empty list');
  const macros = macrosOf(value['macros']);
  const seen = new Set<string>();
  const codebook: Codebook = {
    id: value['id'] === undefined ? 'custom' : text(value['id'], 'id'),
    name: value['name'] === undefined ? 'custom codebook' : text(value['name'], 'name'),
    macros,
    rewrites: rewritesOf(value['rewrites']),
    polarity: polarityOf(value['polarity']),
    sections: sectionsOf(value['sections']),
    listSections: value['listSections'] === undefined ? builtinCodebook.listSections ?? [] : regexes(strings(value['listSections'], 'listSections', true), 'listSections'),
    voice: value['voice'] === undefined ? builtinCodebook.voice ?? [] : regexes(strings(value['voice'], 'voice', true), 'voice'),
    offTopic: value['offTopic'] === undefined ? builtinCodebook.offTopic : strings(value['offTopic'], 'offTopic', false),
    themes: value['themes'].map((entry, i) => theme(entry, i, macros, seen)),
  };
  checkYields(codebook);
  return codebook;
}

/** Every id a theme yields to must be a theme of the codebook. */
function checkYields(codebook: Codebook): void {
  const ids = new Set(codebook.themes.map((t) => t.id));
  codebook.themes.forEach((t, i) => (t.yieldsTo ?? []).forEach((id, j) => {
    if (!ids.has(id)) throw new CodebookError(`theme "${t.id}" (themes[${i}]).yieldsTo[${j}] "${id}" is not a theme of this codebook`);
  }));
}

/** Reads and validates a codebook file (JSON, or YAML when the name ends in .yaml or .yml). Throws a CodebookError whose one-line message names the file and entry. */
export function loadCodebook(file: string): Codebook {
  let source: string;
  try { source = readFileSync(file, 'utf8'); } catch (error) {
    throw new CodebookError(`cannot read codebook ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const yaml = /\.ya?ml$/i.test(file);
  let parsed: unknown;
  try { parsed = yaml ? parseYaml(source) : JSON.parse(source); } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new CodebookError(`codebook ${file} is not valid ${yaml ? 'YAML' : 'JSON'}: ${message}`);
  }
  try { return validateCodebook(parsed); } catch (error) {
    if (error instanceof CodebookError) throw new CodebookError(`codebook ${file}: ${error.message}`);
    throw error;
  }
}
