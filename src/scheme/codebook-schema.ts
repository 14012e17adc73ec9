/**
 * The shape of a codebook file (JSON or YAML), as a zod schema: every key is known, so a misspelt
 * one is refused, and the published JSON Schema (codebook.schema.json) is generated from it.
 */
import { z } from 'zod';

/** A codebook that cannot be used; the message names the file and the entry. */
export class CodebookError extends Error {}

/** The schemes a codebook may code (the ids a document's `scheme` finding takes). */
export const SCHEME_IDS = ['best-value', 'ofsted-ilacs', 'ofsted-sif', 'ofsted-lac', 'ofsted-lscb', 'ofsted-cqc-send', 'ofsted-focused-visit', 'ofsted-school'] as const;

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

const word = z.string().trim().min(1, 'must be a non-empty string');
const words = z.array(word);
const regex = word.refine(isRegex, 'is not a regular expression');
const regexes = z.array(regex);
const kebab = word.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const cues = (what: string) => words.meta({ description: `${what}. Cue syntax: words (Porter-stemmed), (a|b) alternatives, @macro, =exact, parts joined by " + " (all must occur) or " ~ " (near each other).` });

/** One theme of a codebook file. */
export const themeSchema = z.strictObject({
  id: kebab.meta({ description: 'Kebab-case id, unique in the codebook; the same id as a theme of the extended codebook replaces it.' }),
  label: word.meta({ description: 'Short human-readable name, used in the article.' }),
  definition: word.meta({ description: 'What the theme covers, in a sentence.' }),
  terms: cues('Cues of weight 1: one of them raises the theme').optional(),
  hints: cues('Cues of weight 0.5: suggestive alone, decisive together').optional(),
  symptoms: cues('Cues of weight 1 that tell of the theme by its symptoms (a wait, a repair time), not its practice: praise resting on them alone is marked, and the document decision weighs it').optional(),
  patterns: words.meta({ description: 'compromise match patterns (weight 1), e.g. "#Adjective training"' }).optional(),
  itOnly: z.union([z.boolean(), z.literal('strength')]).meta({ description: 'The theme is about IT itself: in a report on another service, only a sentence that names IT raises it ("strength": only its praise needs one; a shortfall is the service\'s own).' }).optional(),
  practice: z.boolean().meta({ description: 'Doing it is itself a finding (a duty such as comparing or consulting): a unit recording it done puts a strength to the document decision without an evaluative word.' }).optional(),
  yieldsTo: z.array(kebab).meta({ description: 'Themes this one is only the setting of: when both are raised in one sentence and this one rests on one cue, it is dropped.' }).optional(),
});

const support = z.strictObject({
  support: z.number().min(0).meta({ description: 'Summed mention scores a document needs to carry the theme.' }),
  single: z.number().min(0).nullable().optional().meta({ description: 'Score at which one mention is enough (null or absent: never).' }),
  floor: z.number().min(0).meta({ description: 'Mentions scoring below this are not counted.' }),
});

/** A codebook file. Parts left out come from the codebook it `extends`, or, standing alone, are empty (see README). */
export const codebookFileSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'This file\'s JSON Schema, for editors.' }),
  id: word.optional().meta({ description: 'The codebook\'s id (default "custom").' }),
  name: word.optional().meta({ description: 'The codebook\'s name (default "custom codebook").' }),
  extends: word.optional().meta({ description: 'Id of a built-in codebook ("best-value-ict", "ofsted-childrens-services") whose parts this one inherits; its themes are added to (and replace by id) the inherited ones.' }),
  scheme: z.enum(SCHEME_IDS).optional().meta({ description: 'The one scheme whose reports it codes (or use "schemes").' }),
  schemes: z.array(z.enum(SCHEME_IDS)).min(1, 'must name at least one scheme').optional().meta({ description: 'The schemes whose reports it codes (default: the extended codebook\'s, else best-value).' }),
  macros: z.record(z.string().regex(/^[\w-]+$/, 'must be a word'), words.min(1, 'must list at least one word')).optional().meta({ description: 'Word lists that cues name with @name.' }),
  rewrites: z.array(z.tuple([word, z.string()])).optional().meta({ description: '[from, to] phrase rewrites applied before matching (lowercase, whole words).' }),
  polarity: z.strictObject({
    weakness: words.meta({ description: 'Words of an area for improvement: lack, poor, delays.' }),
    directive: words.meta({ description: 'Directives: should, must, needs to.' }),
    strength: words.meta({ description: 'Praise: effective, well, good practice.' }),
    achievement: words.meta({ description: 'Achievements: has introduced, now has.' }),
    negators: words.meta({ description: 'Words that negate what follows: not, no, never.' }),
  }).partial().optional().meta({ description: 'Words that make a mention a weakness or a strength; a list left out is the built-in English one (src/scheme/codebook.ts).' }),
  sections: z.strictObject({ weakness: regexes, strength: regexes, neutral: regexes, emphasis: regexes }).partial().optional()
    .meta({ description: 'Section headings (regular expressions) whose sentences lean weakness or strength, only describe (neutral), or state the main findings (emphasis).' }),
  listSections: regexes.optional().meta({ description: 'Headings (regular expressions) of sections that list names and titles: their sentences raise no theme.' }),
  voice: regexes.optional().meta({ description: 'Views that are not the inspectors\' (regular expressions over a lowercased clause): a clause holding one gives no polarity.' }),
  listMarkers: regex.optional().meta({ description: 'Bullet glyphs (one regular expression) of run-in list items, tagged one by one.' }),
  thresholds: z.strictObject({ weakness: support, strength: support, emphasis: z.number().min(0).optional() }).optional()
    .meta({ description: 'The support a theme needs in one document, per polarity (default: the built-in thresholds).' }),
  offTopic: words.optional().meta({ description: 'Words of other services (housing, police, ...): a sentence with one and no @tech word raises no theme.' }),
  model: z.strictObject({
    threshold: z.number().min(0).max(1).meta({ description: 'The probability from which a sentence raises a theme no cue found.' }),
    themes: z.record(kebab, z.strictObject({ bias: z.number(), weights: z.record(z.string(), z.number()) })),
  }).optional().meta({ description: 'A learned reading of themes: per theme id, logistic-regression weights over word stems and adjacent stem pairs (`npm run fit -- --theme-model` fits the built-in one). Absent: the extended codebook\'s, for the themes this file does not redefine.' }),
  themes: z.array(themeSchema).optional().meta({ description: 'The themes (required unless the codebook extends another).' }),
}).meta({ title: 'inspection-miner theme codebook', description: 'A theme codebook for inspection-miner\'s --codebook option.' });

/** A parsed, shape-checked codebook file. */
export type CodebookFile = z.infer<typeof codebookFileSchema>;

/** "themes[2] (\"records\").terms[0]" from a zod issue path, naming the theme by id when the file gives one. */
function where(path: readonly PropertyKey[], value: unknown): string {
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`));
  const themes = (value as { themes?: unknown } | null)?.themes;
  const theme = path[0] === 'themes' && typeof path[1] === 'number' && Array.isArray(themes) ? (themes[path[1]] as { id?: unknown } | undefined) : undefined;
  if (typeof theme?.id === 'string') text.splice(2, 0, ` ("${theme.id}")`);
  return text.join('') || 'the codebook';
}

/** Checks a parsed file's shape; throws a CodebookError naming the first entry at fault. */
export function parseCodebookFile(value: unknown): CodebookFile {
  const result = codebookFileSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
  throw new CodebookError(`${where(issue.path, value)}: ${message}`);
}

/** The JSON Schema of a codebook file, as published in src/scheme/codebook.schema.json (regenerate with `npm run codebook-schema`). */
export function codebookJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(codebookFileSchema, { io: 'input' }), null, 2)}\n`;
}
