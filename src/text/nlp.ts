/**
 * The language libraries the stages use, each loaded from its quickest entry point, since every
 * worker process loads them when it starts. compromise's ES module entry is its source tree (several
 * hundred files, 0.7-1.0 s to load on this machine); its published single-file build of the same
 * version (the package's `require` entry) loads in about 0.4 s. natural's stemmer index loads every
 * language's stemmer (the Indonesian one reads a dictionary); the Porter stemmer alone takes 20 ms.
 * Every module that parses with compromise must take it from here, so that one instance is loaded.
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';

const require = createRequire(import.meta.url);

/** compromise (the part-of-speech parser), from its single-file build. */
export const nlp = require('compromise') as typeof compromise;

/** natural's English Porter stemmer, without the other languages' stemmers. */
export const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

/** The steps compromise runs on every parse, in order; the last, the chunker, only groups tagged words into phrases. */
const world = nlp.world() as { hooks: string[] };
const everyStep = world.hooks;
const withoutChunker = everyStep.filter((step) => step !== 'chunks');

/** Whether a compiled match net has a pattern that matches by chunk (`<Noun>`), remembered per net. */
const matchesChunks = new WeakMap<object, boolean>();

function needsChunks(net: object): boolean {
  let needs = matchesChunks.get(net);
  if (needs === undefined) matchesChunks.set(net, needs = JSON.stringify(net).includes('"chunk"'));
  return needs;
}

/**
 * A compromise parse of the text, the same as `nlp(text)` but without the chunker (about 14% of a
 * parse) unless `net`, the patterns to be matched against it, matches by chunk: tags do not depend on it.
 */
export function parse(text: string, net?: object): ReturnType<typeof compromise> {
  if (net !== undefined && needsChunks(net)) return nlp(text);
  world.hooks = withoutChunker;
  try {
    return nlp(text);
  } finally {
    world.hooks = everyStep;
  }
}
