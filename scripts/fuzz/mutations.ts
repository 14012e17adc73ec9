/** Mutations of a valid PDF's bytes, each seeded: what a damaged download or a hostile sender gives. */
import type { Rng } from '../corpus/rng.js';

/** A named way to damage a PDF. */
export interface Mutation {
  name: string;
  apply(bytes: Buffer, rng: Rng): Buffer;
}

/** Positions of every occurrence of `needle` in `bytes`. */
function occurrences(bytes: Buffer, needle: string): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncated', apply: (bytes, rng) => bytes.subarray(0, rng.int(1, bytes.length - 1)) },
  {
    name: 'byte-flips',
    apply: (bytes, rng) => {
      const out = Buffer.from(bytes);
      for (let i = rng.int(1, 64); i > 0; i--) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
      return out;
    },
  },
  {
    name: 'zeroed-range',
    apply: (bytes, rng) => {
      const out = Buffer.from(bytes);
      const start = rng.int(0, out.length - 1);
      return out.fill(0, start, Math.min(out.length, start + rng.int(16, 4096)));
    },
  },
  {
    name: 'broken-xref',
    apply: (bytes, rng) => {
      const text = bytes.toString('latin1');
      // Every xref offset shifted, or the startxref pointer sent elsewhere.
      const shifted = rng.chance(0.5)
        ? text.replace(/^(\d{10}) (\d{5}) n/gm, (_, offset: string, generation: string) => `${String((Number(offset) + rng.int(1, 500)) % 1e10).padStart(10, '0')} ${generation} n`)
        : text.replace(/startxref\s+\d+/, `startxref\n${rng.int(0, bytes.length * 2)}`);
      return Buffer.from(shifted, 'latin1');
    },
  },
  {
    name: 'deleted-object',
    apply: (bytes, rng) => {
      const starts = occurrences(bytes, ' 0 obj');
      if (starts.length === 0) return bytes;
      const at = starts[rng.int(0, starts.length - 1)]!;
      const begin = bytes.lastIndexOf('\n', at) + 1;
      const end = bytes.indexOf('endobj', at);
      return end === -1 ? bytes.subarray(0, begin) : Buffer.concat([bytes.subarray(0, begin), bytes.subarray(end + 'endobj'.length)]);
    },
  },
];
