/**
 * Near-duplicate keys by the Dice similarity of their character bigrams, found without comparing
 * every pair: each key is indexed under the rarest of its bigrams (a prefix long enough that two
 * keys at the threshold must share one), and only keys that share an indexed bigram are compared.
 */

/** The distinct character bigrams of a text. */
function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Dice similarity of two bigram sets; equal texts are 1. */
function dice(a: string, b: string, x: Set<string>, y: Set<string>): number {
  if (a === b) return 1;
  let shared = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / Math.max(1, x.size + y.size);
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
  const frequency = new Map<string, number>();
  for (const set of grams) for (const gram of set) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const result = new Map<string, string[]>(distinct.map((key) => [key, [key]]));
  // Keys with no bigram match only equal keys (similarity 0 otherwise); equal keys are already one.
  for (const [i, set] of grams.entries()) {
    const ordered = [...set].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    // A key y at the threshold with x shares at least t|x|/(2-t) bigrams, so one lies in x's first
    // |x| - that + 1 bigrams by this order (rounded to the safe side).
    const overlap = Math.max(1, Math.ceil((threshold * set.size) / (2 - threshold) - 1e-9));
    const prefix = ordered.slice(0, Math.max(0, set.size - overlap + 1));
    const candidates = new Set<number>();
    for (const gram of prefix) for (const j of index.get(gram) ?? []) candidates.add(j);
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
