/**
 * The regex pre-checks lose nothing: every match of a scheme pattern holds the literal the pre-check
 * looks for. Checked on the patterns the judgement stages pre-check (the scales' terms and the
 * statement reader's likelihood phrases) over every page of the unsealed judgement case sets.
 */
import { describe, expect, it } from 'vitest';
import { mayMatchAny, requiredLiteral } from '../src/classify/pattern-literals.js';
import { anyOf, plain } from '../src/classify/patterns.js';
import { bestValueScheme } from '../src/scheme/index.js';
import { loadCaseSets } from '../scripts/evaluation/case-sets.js';

describe('the literal a pattern requires', () => {
  it.each([
    ['will not improve', 'will not improve'],
    ['(?:no|zero|0)[- ]?stars?', 'star'],
    ['judged?', 'judge'],
    ['(?:is |are )?unlikely to improve', 'unlikely to improve'],
    ['a\\p{L}{2,}bc', 'bc'],
    ['x\\u00e9yz', 'yz'],
    ['[a-z]+ing', 'ing'],
    ['(?<=prospects\\b[^.]{0,120})\\b(?:judge|find)\\w* (?:them|these) (?:to be |as )?good', 'good'],
  ])('of %s is "%s"', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it.each(['abc|def', '(?:good|fair)', '\\d+', '.*', 'a?b?'])('of %s is none', (source) => {
    expect(requiredLiteral(source)).toBeUndefined();
  });

  it('lets a list through whenever one of its patterns has no literal', () => {
    expect(mayMatchAny(['poor', '\\d+'], 'three')).toBe(true);
    expect(mayMatchAny(['poor', '(?:one|two) stars?'], 'a fair service')).toBe(false);
  });
});

describe('the pre-check of the scheme patterns', () => {
  const scheme = bestValueScheme;
  const lists = [...[scheme.grade, scheme.prospect].flatMap((scale) => scale.values.map((value) => value.terms)), ...scheme.statements.likelihood.map((level) => level.phrases)];

  it('lets through every page one of its patterns matches', async () => {
    const pages = (await loadCaseSets()).flatMap((set) => set.cases.flatMap((one) => one.pages)).map(plain);
    let matched = 0;
    for (const list of lists) {
      for (const page of pages) {
        const found = [...page.matchAll(anyOf(list, 'g'))];
        if (found.length === 0) continue;
        matched++;
        expect(mayMatchAny(list, page), `${list.join('|').slice(0, 80)} on "${found[0]![0]}"`).toBe(true);
        for (const match of found) {
          const literals = list.map(requiredLiteral);
          if (literals.every((literal) => literal !== undefined)) expect(literals.some((literal) => match[0].includes(literal!)), match[0]).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(500);
  }, 60_000);
});
