/**
 * The check a unit passes before compromise parses it for the codebook's patterns: it may let through
 * a unit no pattern matches, but never stop one that a pattern does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook } from '../src/classify/themes.js';

const compiled = compileCodebook(builtinCodebook);
const matched = (text: string) => (nlp(text).sweep(compiled.net!).found as unknown[]).length > 0;

/** The sentences of the hand-written documents, many of them with apostrophes. */
function sentences(): string[] {
  const folder = join(import.meta.dirname, 'cases', 'documents-14');
  return readdirSync(folder).filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/));
}

describe('the pattern check', () => {
  it('lets through every unit whose contraction a pattern matches', () => {
    const contracted = [
      "The section doesn't know whether its costs compare well with others.",
      "Departments don't use the software's reporting features.",
      "It can't tell how much the service costs.",
      "Staff weren't asked what they needed from the help desk.",
      "Managers say they've waited months for a new server.",
    ];
    const found = contracted.filter(matched);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const text of found) expect(compiled.anchors!.test(text), text).toBe(true);
  });

  it('stops a unit with apostrophes that no pattern can match', () => {
    const text = "We would like to thank the council's staff and members for their time.";
    expect(matched(text)).toBe(false);
    expect(compiled.anchors!.test(text)).toBe(false);
  });

  it('never stops a sentence of the hand-written documents that a pattern matches', () => {
    const all = sentences();
    const hits = all.filter(matched);
    expect(hits.length).toBeGreaterThan(20);
    expect(hits.filter((text) => !compiled.anchors!.test(text))).toEqual([]);
    // The check is worth its cost: most sentences with an apostrophe are not parsed.
    const apostrophes = all.filter((text) => /['’]/.test(text));
    expect(apostrophes.filter((text) => compiled.anchors!.test(text)).length).toBeLessThan(apostrophes.length / 2);
  });
});
