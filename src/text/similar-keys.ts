/**
 * Near-duplicate keys by the Dice similarity of their character bigrams, found without comparing
 * every pair: each key is indexed under the rarest of its bigrams (a prefix long enough that two
 * keys at the threshold must share one), and only keys that share an indexed bigram are compared.
 */

/**
 * The distinct character bigrams of a text, each as one number (its two UTF-16 code units, the first
 * times 65,536 plus the second): no string per bigram, and numbers order as the bigram strings do.
 */
function bigrams(text: string): Set<number> {
  const grams = new Set<number>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.charCodeAt(i) * 65_536 + text.charCodeAt(i + 1));
  return grams;
}

/** Dice similarity of two bigram sets; equal texts are 1. */
function dice(a: string, b: string, x: Set<number>, y: Set<number>): number {
  if (a === b) return 1;
  let shared = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / Math.max(1, x.size + y.size);
}

/** The highest Dice similarity two sets of these sizes can have (all of the smaller one shared). */
function highestDice(x: number, y: number): number {
  return (2 * Math.min(x, y)) / Math.max(1, x + y);
}

/** Dice similarity of two texts' character bigrams. */
export function similarity(a: string, b: string): number {
  return dice(a, b, bigrams(a), bigrams(b));
}

/**
 * For each distinct key, the keys (itself included) whose similarity to it is at least `threshold`.
 * Same answer as comparing every pair, in time close to linear for keys that are mostly unlike.
 */
export function similarKeys(keys: Iterable<string>, threshold: number): Map<string, string[]> {
  const distinct = [...new Set(keys)];
  const grams = distinct.map(bigrams);
  const frequency = new Map<number, number>();
  for (const set of grams) for (const gram of set) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const index = new Map<number, number[]>();
  const result = new Map<string, string[]>(distinct.map((key) => [key, [key]]));
  /** For each key, the last key whose candidates it was found among. */
  const met = new Int32Array(distinct.length).fill(-1);
  // Keys with no bigram match only equal keys (similarity 0 otherwise); equal keys are already one.
  for (const [i, set] of grams.entries()) {
    const ordered = [...set].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b);
    // A key y at the threshold with x shares at least t|x|/(2-t) bigrams, so one lies in x's first
    // |x| - that + 1 bigrams by this order (rounded to the safe side).
    const overlap = Math.max(1, Math.ceil((threshold * set.size) / (2 - threshold) - 1e-9));
    const prefix = ordered.slice(0, Math.max(0, set.size - overlap + 1));
    // Each earlier key sharing an indexed bigram, once, in the order first met; one too short or too
    // long to reach the threshold whatever it shares is left out.
    const candidates: number[] = [];
    for (const gram of prefix) {
      for (const j of index.get(gram) ?? []) {
        if (met[j] === i) continue;
        met[j] = i;
        if (highestDice(set.size, grams[j]!.size) >= threshold) candidates.push(j);
      }
    }
    for (const j of candidates) {
      if (dice(distinct[i]!, distinct[j]!, set, grams[j]!) < threshold) continue;
      result.get(distinct[i]!)!.push(distinct[j]!);
      result.get(distinct[j]!)!.push(distinct[i]!);
    }
    for (const gram of prefix) {
      const list = index.get(gram);
      if (list) list.push(i); else index.set(gram, [i]);
    }
  }
  return result;
}
