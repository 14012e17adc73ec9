/**
 * Running headers, footers and page numbers among a document's lines: repeated at the edges of
 * pages, or interrupting a sentence across a page break.
 */
import { similarKeys } from './similar-keys.js';

/** One line of a page, with its offsets in the raw page text. */
export interface Line {
  page: number;
  rawStart: number;
  rawEnd: number;
  text: string;
}

/** Lines that are page numbers whatever the document: "3", "Page 3", "Page 3 of 20", "- 3 -", "3 of 20". */
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at the top and bottom of a page may be running headers or footers. */
const EDGE_LINES = 3;

/** How many letter runs (words) a text holds. */
export const words = (text: string) => (text.match(/\p{L}+/gu) ?? []).length;

/** A comparison key for running lines: lowercase letters only, digits dropped (page numbers vary). */
function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

/** A title followed by a page number ("Anyshire BC – Repairs | 4"), or a page number alone. */
function numberedTitle(text: string): boolean {
  return PAGE_NUMBER.test(text) || /^[^.!?]{3,80}\s(?:\|\s)?\d{1,4}$/.test(text) || /^\d{1,4}\s(?:\|\s)?[^.!?]{3,80}$/.test(text);
}

/**
 * Lines that are running headers, footers or page numbers: page numbers at a page's edges; lines
 * repeated (by similarity, digits ignored) at the edges of most pages, or of two pages when they
 * carry a page number; then any edge line like one of those (a header that varies a little); and
 * furniture that interrupts a sentence (see `interruptions`).
 */
export function runningLines(pages: Line[][]): Set<Line> {
  const running = new Set<Line>();
  const edges = pages.map((lines) => [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))]);
  const alike = alikePages(edges.map((edge) => edge.map((line) => key(line.text))));
  const keys = new Set<string>();
  for (const [page, edge] of edges.entries()) {
    for (const line of edge) {
      if (PAGE_NUMBER.test(line.text)) { running.add(line); continue; }
      const lineKey = key(line.text);
      if (lineKey.length < 3 || pages.length < 2) continue;
      // The pages whose edges hold a line like this one, this page included. On the front page only the same line
      // counts: a title line ("Stanmoor County Council") is like the running header made of it ("Stanmoor County Council ICT 2").
      const pagesWith = page === 0 ? alike.exactCount(lineKey) : alike.count(lineKey);
      if (pagesWith >= Math.max(numberedTitle(line.text) ? 2 : 3, pages.length * 0.5)) { running.add(line); keys.add(lineKey); }
    }
  }
  // The front page is left alone: its title lines name the council and service.
  for (const edge of edges.slice(1)) {
    for (const line of edge) if (alike.similar(key(line.text)).some((k) => keys.has(k))) running.add(line);
  }
  for (const line of interruptions(pages, running)) running.add(line);
  return running;
}

/**
 * Furniture that interrupts a sentence, also across a page break: a run of numbered titles or page
 * numbers between a line that does not end a sentence and one that goes on in lower case. Mid-page
 * only with a layout gap before the number ("Audit Commission | 7"): a wrapped line may end in a
 * year. At a page's edge (its last or first two lines), a short title without a number counts too;
 * across a page break a long one ("Caerwen County Borough Council – Information and Communication
 * Technology") when it is laid out in cells or repeats the front page's title.
 */
function interruptions(pages: Line[][], running: ReadonlySet<Line>): Line[] {
  const atEdge = new Set(pages.flatMap((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]));
  const title = (line: Line, most: number) => atEdge.has(line) && /^[\p{Lu}\d][^.!?:;,]{2,100}$/u.test(line.text) && words(line.text) <= most;
  const repeatsTitle = runningTitle(pages[0] ?? []);
  const furniture = (line: Line, most = 14) => !running.has(line) && (PAGE_NUMBER.test(line.text) || /^[^.!?|]{3,80} \| (?:page\s*)?\d{1,4}$/i.test(line.text) || title(line, most));
  const longTitle = (line: Line) => line.text.includes(' | ') || (line.page > 1 && repeatsTitle(line.text));
  const flat = pages.flat().filter((line) => !running.has(line));
  const found: Line[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (!furniture(flat[i]!)) continue;
    let end = i;
    while (end + 1 < flat.length && furniture(flat[end + 1]!)) end++;
    const after = flat[end + 1];
    // The run may begin with the sentence's own unfinished line ("… the service is good" at a page's foot).
    for (let start = i; start <= end && after !== undefined && /^\p{Ll}/u.test(after.text); start++) {
      const before = flat[start - 1];
      if (before === undefined || /[.!?:]$/.test(before.text)) continue;
      // A long title, or a run that leaves out the unfinished line before it, counts only where a page breaks.
      const long = flat.slice(start, end + 1).filter((line) => start > i || !furniture(line, 8));
      if (long.length > 0 && (before.page === after.page || !long.every(longTitle))) continue;
      found.push(...flat.slice(start, end + 1));
      break;
    }
    i = end;
  }
  return found;
}

/**
 * Whether a line repeats the front page's title: four in five of its words are in the first three lines of page one, or,
 * in a line set in title case, three in five and two or more ("Sandleford Borough Council – Best Value Inspection of ICT
 * and Digital Services" under a front page naming the council and the service; not the sentence "We have assessed
 * Westbury District Council's housing management service").
 */
function runningTitle(front: readonly Line[]): (text: string) => boolean {
  const titleWords = new Set(front.slice(0, 3).flatMap((line) => line.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  return (text) => {
    const own = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
    const shared = own.filter((word) => titleWords.has(word)).length;
    const capitals = (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => /^\p{Lu}/u.test(word)).length;
    return own.length > 0 && (shared >= own.length * 0.8 || (shared >= 2 && shared >= own.length * 0.6 && capitals >= own.length * 0.8));
  };
}

/**
 * Which edge keys are alike (similarity at least 0.85, digits ignored) and on how many pages a key or
 * one like it stands at an edge, counted once per key.
 */
function alikePages(edgeKeys: string[][]): { similar: (key: string) => string[]; count: (key: string) => number; exactCount: (key: string) => number } {
  const similar = similarKeys(edgeKeys.flat(), 0.85);
  const pagesOf = new Map<string, number[]>();
  for (const [page, keys] of edgeKeys.entries()) {
    for (const key of new Set(keys)) {
      const list = pagesOf.get(key);
      if (list) list.push(page); else pagesOf.set(key, [page]);
    }
  }
  const counts = new Map<string, number>();
  const count = (key: string) => {
    if (!counts.has(key)) counts.set(key, new Set(similar.get(key)!.flatMap((k) => pagesOf.get(k)!)).size);
    return counts.get(key)!;
  };
  return { similar: (key) => similar.get(key) ?? [key], count, exactCount: (key) => pagesOf.get(key)?.length ?? 0 };
}
