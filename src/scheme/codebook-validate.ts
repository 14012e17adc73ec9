/**
 * Validating a parsed codebook file into a `Codebook`: the shape by its schema (codebook-schema.ts),
 * then what a schema cannot say (cues that compile, balanced brackets, unique ids, themes a theme
 * yields to). Parts a codebook leaves out are those of the codebook it `extends`; a codebook that
 * stands alone gets empty ones, except the English polarity words and bullet glyphs.
 * Whether each cue and pattern compiles is checked by a `CueCheck` the caller passes
 * (codebook-cues.ts): that check needs the part-of-speech parser, which this module does not load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinCodebook, type Codebook, type CodebookTheme } from './codebook.js';
import { CodebookError, parseCodebookFile, type CodebookFile } from './codebook-schema.js';

export { CodebookError, SCHEME_IDS } from './codebook-schema.js';

const require = createRequire(import.meta.url);

/** Parses YAML, loading the YAML parser only when a codebook in YAML is read. */
function parseYaml(source: string): unknown {
  return (require('yaml') as typeof import('yaml')).parse(source);
}

/** Throws when a theme's term, hint or pattern does not compile. */
export type CueCheck = (item: string, list: 'terms' | 'hints' | 'symptoms' | 'patterns', macros: Codebook['macros']) => void;

/** What a codebook that extends none starts from: no domain vocabulary, the built-in English polarity words. */
const STANDALONE: Codebook = {
  id: 'custom', name: 'custom codebook', macros: {}, rewrites: [], polarity: builtinCodebook.polarity,
  sections: { weakness: [], strength: [], neutral: [], emphasis: [] }, listSections: [], voice: [],
  ...(builtinCodebook.listMarkers === undefined ? {} : { listMarkers: builtinCodebook.listMarkers }), offTopic: [], themes: [],
};

/** Whether brackets open and close in order ("(a|b" and "a)" do not). */
function balanced(text: string): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const character of text) {
    if ('([{'.includes(character)) open.push(character);
    else if (character in pairs && open.pop() !== pairs[character]) return false;
  }
  return open.length === 0;
}

function checkTheme(theme: CodebookTheme, where: string, macros: Codebook['macros'], checkCue: CueCheck | undefined): void {
  if (theme.terms.length + theme.patterns.length === 0) throw new CodebookError(`${where}: needs at least one term or pattern`);
  for (const [list, items] of [['terms', theme.terms], ['hints', theme.hints], ['symptoms', theme.symptoms ?? []], ['patterns', theme.patterns]] as const) {
    items.forEach((item, i) => {
      if (!balanced(item)) throw new CodebookError(`${where}.${list}[${i}] "${item}": unbalanced brackets`);
      try {
        checkCue?.(item, list, macros);
      } catch (error) {
        throw new CodebookError(`${where}.${list}[${i}] "${item}": ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
}

/** The themes of a codebook: its own list, added to (and replacing by id) those of the codebook it extends. */
function themesOf(file: CodebookFile, macros: Codebook['macros'], base: Codebook | undefined, checkCue: CueCheck | undefined): CodebookTheme[] {
  if (base && file.themes === undefined) return [...base.themes];
  if (!file.themes || file.themes.length === 0) throw new CodebookError('themes: a codebook that extends none needs a non-empty list of themes');
  const seen = new Set<string>();
  const own = file.themes.map((entry, i): CodebookTheme => {
    const where = `themes[${i}] ("${entry.id}")`;
    if (seen.has(entry.id)) throw new CodebookError(`${where}.id: appears twice`);
    seen.add(entry.id);
    const theme: CodebookTheme = { id: entry.id, label: entry.label, definition: entry.definition, terms: entry.terms ?? [], hints: entry.hints ?? [], patterns: entry.patterns ?? [], ...(entry.symptoms ? { symptoms: entry.symptoms } : {}), ...(entry.yieldsTo ? { yieldsTo: entry.yieldsTo } : {}), ...(entry.itOnly ? { itOnly: entry.itOnly } : {}), ...(entry.practice ? { practice: true } : {}) };
    checkTheme(theme, where, macros, checkCue);
    return theme;
  });
  const inherited = (base?.themes ?? []).map((one) => own.find((mine) => mine.id === one.id) ?? one);
  return [...inherited, ...own.filter((mine) => !inherited.includes(mine))];
}

/** The built-in codebook a file extends, by id; undefined without `extends`. */
function baseOf(id: string | undefined, bases: readonly Codebook[]): Codebook | undefined {
  if (id === undefined) return undefined;
  const base = bases.find((codebook) => codebook.id === id);
  if (!base) throw new CodebookError(`extends: "${id}" is not a built-in codebook (one of ${bases.map((codebook) => codebook.id).join(', ') || 'none'})`);
  return base;
}

function schemesOf(file: CodebookFile, base: Codebook | undefined): readonly string[] {
  if (file.scheme !== undefined && file.schemes !== undefined) throw new CodebookError('schemes: give either "scheme" or "schemes", not both');
  return file.scheme !== undefined ? [file.scheme] : file.schemes ?? base?.schemes ?? ['best-value'];
}

function thresholdsOf(file: CodebookFile, base: Codebook): Pick<Codebook, 'thresholds'> {
  const given = file.thresholds;
  if (given === undefined) return base.thresholds === undefined ? {} : { thresholds: base.thresholds };
  const support = (one: NonNullable<CodebookFile['thresholds']>['weakness']) => ({ support: one.support, single: one.single ?? Infinity, floor: one.floor });
  return { thresholds: { weakness: support(given.weakness), strength: support(given.strength), emphasis: given.emphasis ?? 1 } };
}

/**
 * Validates a parsed codebook; throws a CodebookError naming the entry at fault. `bases` are the
 * codebooks an `extends` may name; `checkCue`, when given, checks that every cue and pattern compiles.
 */
export function validateCodebook(value: unknown, bases: readonly Codebook[] = [builtinCodebook], checkCue?: CueCheck): Codebook {
  const file = parseCodebookFile(value);
  const extended = baseOf(file.extends, bases);
  const base = extended ?? STANDALONE;
  const macros = file.macros ?? base.macros;
  const listMarkers = file.listMarkers ?? base.listMarkers;
  const codebook: Codebook = {
    id: file.id ?? 'custom',
    name: file.name ?? 'custom codebook',
    schemes: schemesOf(file, extended),
    macros,
    rewrites: file.rewrites ?? base.rewrites,
    polarity: { ...base.polarity, ...file.polarity },
    sections: { ...base.sections, ...file.sections },
    listSections: file.listSections ?? base.listSections ?? [],
    voice: file.voice ?? base.voice ?? [],
    ...(listMarkers === undefined ? {} : { listMarkers }),
    ...thresholdsOf(file, base),
    offTopic: file.offTopic ?? base.offTopic,
    themes: themesOf(file, macros, extended, checkCue),
  };
  const model = modelOf(file, base, codebook.themes);
  if (model) codebook.model = model;
  checkYields(codebook);
  return codebook;
}

/**
 * The codebook's learned model: its own, else the extended codebook's weights for the themes the file
 * leaves as they were (a theme it redefines is another theme, which those weights were not fitted on).
 */
function modelOf(file: CodebookFile, base: Codebook, themes: Codebook['themes']): Codebook['model'] {
  if (file.model) return file.model;
  if (!base.model) return undefined;
  const redefined = new Set((file.themes ?? []).map((theme) => theme.id));
  const kept = Object.entries(base.model.themes).filter(([id]) => !redefined.has(id) && themes.some((theme) => theme.id === id));
  return kept.length === 0 ? undefined : { threshold: base.model.threshold, themes: Object.fromEntries(kept) };
}

/** Every id a theme yields to must be a theme of the codebook. */
function checkYields(codebook: Codebook): void {
  const ids = new Set(codebook.themes.map((t) => t.id));
  codebook.themes.forEach((t, i) => (t.yieldsTo ?? []).forEach((id, j) => {
    if (!ids.has(id)) throw new CodebookError(`themes[${i}] ("${t.id}").yieldsTo[${j}]: "${id}" is not a theme of this codebook`);
  }));
}

/** Reads and validates a codebook file (JSON, or YAML named .yaml or .yml) against the codebooks it may extend, its cues by `checkCue` when given; errors name the file and entry. */
export function readCodebook(file: string, bases: readonly Codebook[], checkCue?: CueCheck): Codebook {
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
  try { return validateCodebook(parsed, bases, checkCue); } catch (error) {
    if (error instanceof CodebookError) throw new CodebookError(`codebook ${file}: ${error.message}`);
    throw error;
  }
}
