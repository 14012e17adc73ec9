/** Tokens of a unit for theme matching: clauses, stems, content words, and phrase rewrites. */
import { PorterStemmer } from '../text/nlp.js';

export interface Token { surface: string; stem: string; content: boolean; clause: number }

export const STOPWORDS = new Set(('the a an of to in for on and or its it their his her is are was were be been being by with from at as that this '
  + 'these those which who whom there has have had do does did will would can could may might also into than then so such we our they '
  + 'any all some each very more most much s about').split(' '));
export const CLAUSE_BREAK = /;|:|\s[–—-]\s|,?\s+\b(?:but|however|although|though|whereas|whilst|despite|except)\b|,\s*yet\b/i;
export const stems = new Map<string, string>();

/** Longer "words" are no English words (a run of letters from a broken PDF) and are kept as they are: stemming them is quadratic. */
const LONGEST_STEMMED = 64;

export function stem(word: string): string {
  if (word.length > LONGEST_STEMMED) return word;
  let result = stems.get(word);
  if (result === undefined) {
    result = PorterStemmer.stem(word);
    stems.set(word, result);
  }
  return result;
}

/** Lowercases a unit, spells IT as ict, expands contractions and applies the codebook's rewrites. */
export function prepare(text: string, rewrites: readonly (readonly [RegExp, string])[]): string {
  let out = text.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"')
    .replace(/\bI\.?T\.?(?=\W|$)/g, 'ICT').replace(/\bIS\/IT\b/g, 'ICT').toLowerCase()
    .replace(/\b(ca|wo|sha)n't\b/g, '$1 not').replace(/n't\b/g, ' not');
  // A unit none of whose words any rewrite names (most units) is not searched once per rewrite.
  if (anyRewrite(rewrites).test(out)) for (const [from, to] of rewrites) out = out.replace(from, to);
  // "every member of the ICT team" is staff, not an elected member.
  return out.replace(/\bmembers? of (?:the |its |their |our |each )?((?:[a-z]+ ){0,2}?)(team|teams|section|unit|department|division)\b/g, '$1$2 staff');
}

/** One regex matching where any of a list's rewrites would, kept by list (one that matches anywhere when a rewrite has flags besides g). */
const rewriteTests = new WeakMap<readonly (readonly [RegExp, string])[], RegExp>();

function anyRewrite(rewrites: readonly (readonly [RegExp, string])[]): RegExp {
  let test = rewriteTests.get(rewrites);
  if (!test) {
    const plain = rewrites.every(([from]) => from.flags.replace('g', '') === '');
    test = !plain ? /(?:)/ : rewrites.length === 0 ? /(?!)/ : new RegExp(rewrites.map(([from]) => `(?:${from.source})`).join('|'));
    rewriteTests.set(rewrites, test);
  }
  return test;
}

export function tokenize(clauses: string[]): Token[] {
  const tokens: Token[] = [];
  clauses.forEach((clause, index) => {
    for (const match of clause.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
      const surface = match[0].replace(/'s$/, '').replace(/'/g, '');
      tokens.push({ surface, stem: stem(surface), content: !STOPWORDS.has(surface), clause: index });
    }
  });
  return tokens;
}

/** How many content words apart the runs of a ` ~ ` part may be ("budget for the ICT service": budget ~ @tech). */
export const NEAR = 3;
