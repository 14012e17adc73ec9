/** The part-of-speech parse the stages share (src/text/nlp.ts): the chunker left out only where nothing reads it. */
import { describe, expect, it } from 'vitest';
import { nlp, parse } from '../src/text/nlp.js';

const tags = (doc: ReturnType<typeof nlp>) => doc.docs.flat().map((term) => `${term.normal}:${[...(term.tags ?? [])].sort().join('+')}`);
const chunked = (doc: ReturnType<typeof nlp>) => doc.docs.flat().filter((term) => (term as { chunk?: string }).chunk !== undefined).length;

describe('parse', () => {
  it.each([
    'Introduce a set of measures to track performance.',
    'Service level agreements are not monitored.',
    "The council's ICT strategy doesn't reflect its priorities.",
    'Staff no longer wait weeks for the help desk.',
  ])('tags "%s" as nlp() does, without running the chunker (which gives every term a chunk)', (text) => {
    const terms = nlp(text).docs.flat().length;
    expect(tags(parse(text))).toEqual(tags(nlp(text)));
    expect(chunked(nlp(text))).toBe(terms);
    expect(chunked(parse(text))).toBeLessThan(terms);
  });

  it('keeps the chunker for patterns that match by chunk, and leaves nlp() as it was', () => {
    const byChunk = nlp.buildNet([{ match: '<Noun> was good' }]);
    const byTag = nlp.buildNet([{ match: '#Adjective training' }]);
    expect(parse('The new plan was good.', byChunk).sweep(byChunk).found).toHaveLength(1);
    expect(chunked(parse('The new plan was good.', byChunk))).toBe(chunked(nlp('The new plan was good.')));
    expect(parse('There was effective training.', byTag).sweep(byTag).found).toHaveLength(1);
    expect((nlp.world() as { hooks: string[] }).hooks).toContain('chunks');
  });
});
