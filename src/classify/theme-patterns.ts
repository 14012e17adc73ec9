/**
 * The test a unit passes before compromise parses it for the codebook's match patterns: parsing costs
 * far more than the test, and most units can match no pattern because they lack its words.
 */
import { nlp } from '../text/nlp.js';
import { STOPWORDS } from './theme-text.js';

/** A test a unit must pass to be worth parsing for patterns. */
export interface PatternCheck { test(text: string): boolean }

/** Top-level tokens of a compromise match pattern: words, (alternatives), [groups], #Tags, wildcards. */
export function patternTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0, current = '';
  for (const char of pattern) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ' ' && depth === 0) { if (current) tokens.push(current); current = ''; } else current += char;
  }
  if (current) tokens.push(current);
  return tokens;
}

/**
 * One word or group per pattern, at least one of which a unit must hold to match any: each pattern's
 * least common required literal token (a word or a group of words), or a figure for a money pattern
 * whose words are all common. Undefined when some pattern has no literal anchor.
 */
function anchorPattern(patterns: readonly string[]): RegExp | undefined {
  const alternatives: string[] = [];
  for (const pattern of patterns) {
    // The required literal tokens; of those, the one whose words are least common is the anchor.
    const literal = patternTokens(pattern).filter((token) => !token.endsWith('?') && /^(?:[a-z'’-]+|\([a-z'’| -]+\))$/i.test(token))
      .map((token) => token.replace(/[()]/g, '').split('|').map((word) => word.trim().toLowerCase()).filter(Boolean));
    const money = patternTokens(pattern).some((token) => /^#(?:Money|Value|Multiple)$/.test(token));
    const anchor = literal.sort((a, b) => commonness(a) - commonness(b))[0];
    if (money && (!anchor || commonness(anchor) > 0)) { alternatives.push('[£$€]?\\d'); continue; }
    if (!anchor) return undefined;
    alternatives.push(...anchor.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}])(?:${[...new Set(alternatives)].join('|')})(?![\\p{L}])`, 'iu');
}

/** How many of the words are function words (a poor anchor). */
export function commonness(words: readonly string[]): number {
  return words.filter((word) => STOPWORDS.has(word)).length;
}


/** A contraction compromise splits: a word and the words it reads into it. */
interface Contraction { word?: string; out?: string[] }

/**
 * The words compromise reads into a word written without an apostrophe ("cannot" is "can not",
 * "dunno" is "do not know"), from its own list: a pattern may match words the text does not spell.
 */
const EXPANSIONS = contractions(false);

/** compromise's listed contractions written with an apostrophe or without one, each with the words it reads into it. */
function contractions(apostrophe: boolean): ReadonlyMap<string, readonly string[]> {
  return new Map(((nlp.world() as { model: Model }).model.one.contractions ?? [])
    .filter((contraction) => contraction.word !== undefined && contraction.out !== undefined && /['’]/.test(contraction.word) === apostrophe)
    .map((contraction) => [contraction.word!, contraction.out!.map((word) => word.toLowerCase())]));
}

/** compromise's model, as far as the check reads it. */
interface Model { one: { contractions?: Contraction[]; lexicon?: Record<string, string | string[]> } }

/**
 * Words without which compromise tags no #Money: its #Currency words, and the units its rules read
 * after a number ("5 pounds", "4 mark", "10 bucks", "400usd"); a currency symbol does as well.
 */
const MONEY_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries((nlp.world() as { model: Model }).model.one.lexicon ?? {}).filter(([, tags]) => String(tags).includes('Currency')).flatMap(([word]) => word.split(' ')),
  'pound', 'pounds', 'mark', 'rand', 'won', 'rub', 'ore', 'buck', 'bucks', 'grand', 'usd', 'eur', 'jpy', 'gbp', 'cad', 'aud', 'chf', 'cny', 'hkd', 'nzd', 'kr',
]);

/** Whether a unit names money as compromise would tag it: a currency symbol or one of MONEY_WORDS. */
function namesMoney(text: string, words: ReadonlySet<string>): boolean {
  return /\p{Sc}/u.test(text) || [...words].some((word) => MONEY_WORDS.has(word));
}

/** A pattern's required literal tokens: each a list of alternatives, each alternative the words it needs. */
type Required = string[][][];

/** The literal tokens a unit must hold for a pattern to match it (every token that is not optional), as its alternatives' words. */
export function requiredWords(pattern: string): Required {
  return patternTokens(pattern)
    .filter((token) => !token.endsWith('?') && /^(?:[a-z'’-]+|\([a-z'’| -]+\))$/i.test(token))
    .map((token) => token.replace(/[()]/g, '').split('|').map((alternative) => alternative.trim().toLowerCase()).filter(Boolean)
      .map((alternative) => alternative.match(/\p{L}+/gu) ?? []));
}

/** Contractions with an apostrophe that compromise's list spells out ("won't" is "will not"). */
const SPELLED = contractions(true);

/**
 * Every word compromise may read into a word's ending after an apostrophe, whichever it chooses by
 * context: "'s" is "is", "has" or (after "there") "are", or a possessive; "'d" is "did", "had" or
 * "would"; "n't" is "not" ("ain't" also "am", "is", "are" or "have").
 */
const ENDINGS: Readonly<Record<string, readonly string[]>> = {
  s: ['is', 'has', 'are', 'us'], d: ['did', 'had', 'would'], t: ['not', 'am', 'is', 'are', 'have'],
  ll: ['will'], ve: ['have'], re: ['are'], m: ['am'],
};

/** What compromise reads into a French elision ("l'amour" is "le amour"), all genders at once. */
const ELISIONS: ReadonlySet<string> = new Set(['c', 'd', 'j', 'l', 'm', 'n', 'qu', 's', 't']);
const ELIDED_WORDS = ['ce', 'de', 'des', 'du', 'je', 'la', 'le', 'me', 'ne', 'que', 'se', 'tu'];

/**
 * Adds every word compromise may read into the unit's words with an apostrophe (more than it reads,
 * never fewer: the test may let a unit through that cannot match, never stop one that can).
 */
function addContractions(text: string, words: Set<string>): void {
  for (const [, before, after] of text.matchAll(/(\p{L}+)['’‘`](\p{L}+)/gu)) {
    const head = before!.toLowerCase(), tail = after!.toLowerCase();
    for (const word of SPELLED.get(`${head}'${tail}`) ?? []) words.add(word);
    for (const word of ENDINGS[tail] ?? []) words.add(word);
    if (tail === 't' && head.endsWith('n')) words.add(head.slice(0, -1));
    if (ELISIONS.has(head)) for (const word of ELIDED_WORDS) words.add(word);
  }
  if (/\baint\b/i.test(text)) for (const word of ['am', 'is', 'are', 'not', 'have']) words.add(word);
}

/**
 * The words of a unit as compromise compares them (lower case, accents dropped), with those it reads
 * into contractions ("don't" is "do not", "cannot" is "can not") and number ranges ("5-9" is "5 to 9").
 */
function wordsOf(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  const words = new Set(plain.toLowerCase().match(/\p{L}+/gu) ?? []);
  for (const word of [...words]) for (const implied of EXPANSIONS.get(word) ?? []) words.add(implied);
  if (/['’‘`]/.test(plain)) addContractions(plain, words);
  if (/\d\s?[-–—]\s?\d/.test(text)) words.add('to');
  if (text.includes('@')) words.add('at');
  return words;
}

/**
 * A quick test that a unit could match some pattern: it holds one pattern's anchor (see anchorPattern)
 * and every required literal word of one pattern (see requiredWords), and names money when that
 * pattern needs #Money. Undefined when some pattern has no literal anchor.
 */
export function anchorsOf(patterns: readonly string[]): PatternCheck | undefined {
  const anchor = anchorPattern(patterns);
  if (!anchor) return undefined;
  const required = patterns.map((pattern) => ({ tokens: requiredWords(pattern), money: patternTokens(pattern).some((token) => token.startsWith('#Money')) }));
  return {
    test(text) {
      if (!anchor.test(text)) return false;
      const words = wordsOf(text);
      const money = namesMoney(text, words);
      return required.some(({ tokens, money: needsMoney }) => (!needsMoney || money)
        && tokens.every((alternatives) => alternatives.some((alternative) => alternative.every((word) => words.has(word)))));
    },
  };
}
