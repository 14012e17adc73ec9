/** Where a cue's runs of words stand in a unit's content tokens: found from an index of the unit's words, not by trying every cue at every word. */
import { NEAR, type Token } from './theme-text.js';
import type { Cue, Run } from './theme-codebook.js';

/** Positions of each stem and `=surface` in a list of content tokens, built once per list. */
const positionsOf = new WeakMap<Token[], Map<string, number[]>>();

function positions(content: Token[]): Map<string, number[]> {
  let index = positionsOf.get(content);
  if (index) return index;
  index = new Map();
  for (const [i, token] of content.entries()) {
    for (const word of [token.stem, `=${token.surface}`]) {
      const list = index.get(word);
      if (list) { if (list[list.length - 1] !== i) list.push(i); } else index.set(word, [i]);
    }
  }
  positionsOf.set(content, index);
  return index;
}

/** Whether a run of slots matches the content tokens from position `i`. */
function runAt(content: Token[], run: Run, i: number): boolean {
  if (i + run.length > content.length) return false;
  for (let k = 0; k < run.length; k++) {
    const token = content[i + k]!;
    if (!run[k]!.has(token.stem) && !run[k]!.has(`=${token.surface}`)) return false;
  }
  return true;
}

/** Start indexes (over content tokens) where a run of slots matches, in ascending order. */
function findRun(content: Token[], run: Run): number[] {
  const head = run[0]!;
  const starts: number[] = [];
  if (head.size >= content.length) {
    for (let i = 0; i < content.length; i++) if (runAt(content, run, i)) starts.push(i);
    return starts;
  }
  // Only the places where the first slot's words stand can start a run.
  const index = positions(content);
  const firsts = new Set<number>();
  for (const word of head) for (const i of index.get(word) ?? []) firsts.add(i);
  for (const i of [...firsts].sort((a, b) => a - b)) if (runAt(content, run, i)) starts.push(i);
  return starts;
}

/** The content-token positions where a part matches first (all its runs, near each other in one clause), or [] when it does not. */
export function findPart(content: Token[], part: Run[]): number[] {
  const [head, ...rest] = part;
  if (!head) return [];
  for (const start of findRun(content, head)) {
    const positions = head.map((_, k) => start + k);
    const clause = content[start]!.clause;
    let ok = true;
    for (const run of rest) {
      const near = findRun(content, run).find((i) => content[i]!.clause === clause
        && Math.min(Math.abs(i - start), Math.abs(i - (start + head.length - 1)), Math.abs(i + run.length - 1 - start)) <= NEAR);
      if (near === undefined) { ok = false; break; }
      positions.push(...run.map((_, k) => near + k));
    }
    if (ok) return positions;
  }
  return [];
}

/** Cues by the words of one slot each: the words a unit must hold at least one of for the cue to match. */
export type CueIndex = ReadonlyMap<string, readonly Cue[]>;

/**
 * Indexes cues by their narrowest slot (fewest words). Every slot of every run must match a word for
 * a cue to match, so a unit that holds none of that slot's words cannot match the cue.
 */
export function indexCues(cues: readonly Cue[]): CueIndex {
  const index = new Map<string, Cue[]>();
  for (const cue of cues) {
    const slots = cue.parts.flat(2);
    const narrowest = slots.reduce((best, slot) => (slot.size < best.size ? slot : best), slots[0]!);
    for (const word of narrowest) {
      const list = index.get(word);
      if (list) list.push(cue); else index.set(word, [cue]);
    }
  }
  return index;
}

/** The cues that may match a unit's content tokens: those whose indexed slot holds one of its stems or `=surface` words. */
export function candidateCues(content: Token[], index: CueIndex): Set<Cue> {
  const found = new Set<Cue>();
  for (const word of positions(content).keys()) for (const cue of index.get(word) ?? []) found.add(cue);
  return found;
}
