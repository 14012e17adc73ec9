/** Near-duplicate keys: the indexed search gives the same pairs as comparing every pair. */
import { describe, expect, it } from 'vitest';
import { similarity, similarKeys } from '../src/text/similar-keys.js';

/** Keys that vary a little: shared titles with letters dropped, doubled or changed, and unrelated lines. */
function keys(seed: number, count: number): string[] {
  let state = seed;
  const next = (n: number) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
  const titles = ['anyshire county council ict services', 'best value inspection housing repairs', 'findings on part', 'aa', 'aaa', ''];
  return Array.from({ length: count }, () => {
    const title = titles[next(titles.length)]!;
    const at = next(Math.max(1, title.length));
    const edits = [title, title.slice(0, at) + title.slice(at + 1), title.slice(0, at) + 'x' + title.slice(at), `line ${next(50)} of prose ${next(7)}`];
    return edits[next(edits.length)]!;
  });
}

describe('similarKeys', () => {
  it.each([1, 2, 3, 4, 5])('finds exactly the pairs at or above the threshold (seed %i)', (seed) => {
    const list = keys(seed, 300);
    const found = similarKeys(list, 0.85);
    for (const a of new Set(list)) {
      const expected = [...new Set(list)].filter((b) => similarity(a, b) >= 0.85).sort();
      expect([...found.get(a)!].sort()).toEqual(expected);
    }
  });
});
