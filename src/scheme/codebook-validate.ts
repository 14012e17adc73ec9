/**
 * Validating a parsed codebook (the shape of `Codebook`), with errors that name the entry at fault.
 * Parts a codebook leaves out are those of the codebook it `extends`, else of the Best Value one.
 */
import nlp from 'compromise';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { builtinCodebook, type Codebook, type CodebookTheme } from './codebook.js';
import { compileCue } from '../classify/theme-codebook.js';
import { CodebookError, isObject, listMarkersOf, regexes, schemesOf, strings, text, thresholdsOf, type Json } from './codebook-parts.js';

export { CodebookError, SCHEME_IDS } from './codebook-parts.js';

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

function macrosOf(value: unknown, base: Codebook): Codebook['macros'] {
  if (value === undefined) return base.macros;
  if (!isObject(value)) throw new CodebookError('macros must be an object of word lists');
  return Object.fromEntries(Object.entries(value).map(([name, words]) => [name, strings(words, `macros.${name}`, true)]));
}

function rewritesOf(value: unknown, base: Codebook): Codebook['rewrites'] {
  if (value === undefined) return base.rewrites;
  if (!Array.isArray(value)) throw new CodebookError('rewrites must be a list of [from, to] pairs');
  return value.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((p) => typeof p !== 'string')) throw new CodebookError(`rewrites[${i}] must be a [from, to] pair of strings`);
    return [pair[0] as string, pair[1] as string] as const;
  });
}

function polarityOf(value: unknown, base: Codebook): Codebook['polarity'] {
  if (value === undefined) return base.polarity;
  if (!isObject(value)) throw new CodebookError('polarity must be an object');
  const fallback = base.polarity;
  const list = (key: keyof Codebook['polarity']) => value[key] === undefined ? fallback[key] : strings(value[key], `polarity.${key}`, true);
  return { weakness: list('weakness'), directive: list('directive'), strength: list('strength'), achievement: list('achievement'), negators: list('negators') };
}

function sectionsOf(value: unknown, base: Codebook): Codebook['sections'] {
  if (value === undefined) return base.sections;
  if (!isObject(value)) throw new CodebookError('sections must be an object');
  const fallback = base.sections;
  const list = (key: keyof Codebook['sections']) =>
    value[key] === undefined ? fallback[key] ?? [] : regexes(strings(value[key], `sections.${key}`, true), `sections.${key}`);
  return { weakness: list('weakness'), strength: list('strength'), neutral: list('neutral'), emphasis: list('emphasis') };
}

/** A list of regular expressions, or the base's when absent. */
function patternsOf(value: unknown, fallback: readonly string[] | undefined, where: string): readonly string[] {
  return value === undefined ? fallback ?? [] : regexes(strings(value, where, true), where);
}

/** The built-in codebook a codebook extends, by id; undefined without `extends`. */
function baseOf(value: unknown, bases: readonly Codebook[]): Codebook | undefined {
  if (value === undefined) return undefined;
  const id = text(value, 'extends');
  const base = bases.find((codebook) => codebook.id === id);
  if (!base) throw new CodebookError(`extends "${id}" is not a built-in codebook (one of ${bases.map((codebook) => codebook.id).join(', ') || 'none'})`);
  return base;
}

/** The themes of a codebook: its own list, added to (and replacing by id) those of the codebook it extends. */
function themesOf(value: Json, macros: Codebook['macros'], base: Codebook | undefined): CodebookTheme[] {
  const listed = value['themes'];
  if (base && listed === undefined) return [...base.themes];
  if (!Array.isArray(listed) || listed.length === 0) throw new CodebookError('"themes" must be a non-empty list');
  const seen = new Set<string>();
  const own = listed.map((entry, i) => theme(entry, i, macros, seen));
  const inherited = (base?.themes ?? []).map((one) => own.find((mine) => mine.id === one.id) ?? one);
  return [...inherited, ...own.filter((mine) => !inherited.includes(mine))];
}

/**
 * Validates a parsed codebook; throws a CodebookError naming the entry at fault. `bases` are the
 * codebooks an `extends` may name.
 */
export function validateCodebook(value: unknown, bases: readonly Codebook[] = [builtinCodebook]): Codebook {
  if (!isObject(value)) throw new CodebookError('a codebook must be a JSON object with a "themes" list');
  const extended = baseOf(value['extends'], bases);
  const base = extended ?? builtinCodebook;
  const macros = macrosOf(value['macros'], base);
  const codebook: Codebook = {
    id: value['id'] === undefined ? 'custom' : text(value['id'], 'id'),
    name: value['name'] === undefined ? 'custom codebook' : text(value['name'], 'name'),
    schemes: schemesOf(value, extended),
    macros,
    rewrites: rewritesOf(value['rewrites'], base),
    polarity: polarityOf(value['polarity'], base),
    sections: sectionsOf(value['sections'], base),
    listSections: patternsOf(value['listSections'], base.listSections, 'listSections'),
    voice: patternsOf(value['voice'], base.voice, 'voice'),
    ...listMarkersOf(value['listMarkers'], base),
    ...thresholdsOf(value['thresholds'], base),
    offTopic: value['offTopic'] === undefined ? base.offTopic : strings(value['offTopic'], 'offTopic', false),
    themes: themesOf(value, macros, extended),
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

/** Reads and validates a codebook file (JSON, or YAML named .yaml or .yml) against the codebooks it may extend; errors name the file and entry. */
export function readCodebook(file: string, bases: readonly Codebook[]): Codebook {
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
  try { return validateCodebook(parsed, bases); } catch (error) {
    if (error instanceof CodebookError) throw new CodebookError(`codebook ${file}: ${error.message}`);
    throw error;
  }
}
