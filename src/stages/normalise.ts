/** Normalise: raw pages -> one text with line structure, running headers/footers and page numbers removed. */
import type { Page } from '../document.js';
import { stageVersion, type Stage } from '../pipeline.js';
import type { Span, TextLayer } from '../text/layout.js';
import { similarKeys } from '../text/similar-keys.js';

interface Line {
  page: number;
  rawStart: number;
  rawEnd: number;
  text: string;
}

/** Lines that are page numbers whatever the document: "3", "Page 3", "Page 3 of 20", "- 3 -", "3 of 20". */
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at the top and bottom of a page may be running headers or footers. */
const EDGE_LINES = 3;

/** A piece of a raw page line: its offsets in the page text and its text. */
interface Piece { start: number; end: number; raw: string }

function clean(raw: string): string {
  // NFKC turns ligatures and compatibility forms into plain letters; soft hyphens and NBSP go too.
  return raw.normalize('NFKC').replace(/\u00ad/g, '').replace(/[\u00a0\u2000-\u200b]/g, ' ').replace(/\t+| {3,}/g, ' | ')
    .replace(/[ ]{2,}/g, ' ').trim().replace(/^\|\s*|\s*\|$/g, '');
}

const words = (text: string) => (text.match(/\p{L}+/gu) ?? []).length;

/**
 * Two columns of prose that the extractor ran side by side ("has judged that this is a good\tand one
 * crematorium, handling"): a run of three or more lines, each with one gap, both sides mostly
 * several words long. Table rows are not: their values are a word or two.
 */
function columnRuns(pieces: Piece[]): Array<[number, number]> {
  const split = pieces.map((piece) => {
    const cells = piece.raw.trim().split(/\t+| {3,}/);
    return cells.length === 2 && words(cells[0]!) >= 1 && words(cells[1]!) >= 1 ? cells : undefined;
  });
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < pieces.length; i++) {
    if (!split[i]) continue;
    let end = i;
    while (end + 1 < pieces.length && split[end + 1]) end++;
    const rows = split.slice(i, end + 1) as string[][];
    const prose = (side: number) => rows.filter((cells) => words(cells[side]!) >= 4).length >= rows.length * 0.6;
    if (rows.length >= 3 && prose(0) && prose(1)) runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** A column cell as a piece of its own, keeping its offsets in the raw line. */
function cell(piece: Piece, side: 0 | 1): Piece {
  const gap = /\t+| {3,}/.exec(piece.raw.trim())!;
  const lead = piece.raw.length - piece.raw.trimStart().length;
  const cut = lead + gap.index;
  return side === 0
    ? { start: piece.start, end: piece.start + cut, raw: piece.raw.slice(0, cut) }
    : { start: piece.start + cut + gap[0].length, end: piece.end, raw: piece.raw.slice(cut + gap[0].length) };
}

function splitLines(page: Page): Line[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const raw of page.text.split('\n')) {
    pieces.push({ start, end: start + raw.length, raw });
    start += raw.length + 1;
  }
  // Side-by-side columns are read left column first, then right.
  const ordered: Piece[] = [];
  let next = 0;
  for (const [from, to] of columnRuns(pieces)) {
    const run = pieces.slice(from, to + 1);
    for (let i = next; i < from; i++) ordered.push(pieces[i]!);
    for (const piece of run) ordered.push(cell(piece, 0));
    for (const piece of run) ordered.push(cell(piece, 1));
    next = to + 1;
  }
  for (let i = next; i < pieces.length; i++) ordered.push(pieces[i]!);
  const lines: Line[] = [];
  for (const piece of ordered) {
    const text = clean(piece.raw);
    if (text !== '' && text !== '|') lines.push({ page: page.number, rawStart: piece.start, rawEnd: piece.end, text });
  }
  return lines;
}

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
 * a numbered title that interrupts a sentence anywhere on a page.
 */
function runningLines(pages: Line[][]): Set<Line> {
  const running = new Set<Line>();
  const edges = pages.map((lines) => [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))]);
  const alike = alikePages(edges.map((edge) => edge.map((line) => key(line.text))));
  const keys = new Set<string>();
  for (const edge of edges) {
    for (const line of edge) {
      if (PAGE_NUMBER.test(line.text)) { running.add(line); continue; }
      const lineKey = key(line.text);
      if (lineKey.length < 3 || pages.length < 2) continue;
      // The pages whose edges hold a line like this one, this page included.
      if (alike.count(lineKey) >= Math.max(numberedTitle(line.text) ? 2 : 3, pages.length * 0.5)) { running.add(line); keys.add(lineKey); }
    }
  }
  // The front page is left alone: its title lines name the council and service.
  for (const edge of edges.slice(1)) {
    for (const line of edge) if (alike.similar(key(line.text)).some((k) => keys.has(k))) running.add(line);
  }
  // Furniture that interrupts a sentence, also across a page break: a run of numbered titles or page
  // numbers between a line that does not end a sentence and one that goes on in lower case.
  // Mid-page only with a layout gap before the number ("Audit Commission | 7"): a wrapped line may end in a year.
  // At a page's edge (its last or first two lines), a short title without a number counts too.
  const atEdge = new Set(pages.flatMap((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]));
  // Across a page break a running title may be long ("Caerwen County Borough Council – Information and Communication Technology").
  const title = (line: Line, most: number) => atEdge.has(line) && /^[\p{Lu}\d][^.!?:;,]{2,100}$/u.test(line.text) && words(line.text) <= most;
  const repeatsTitle = runningTitle(pages[0] ?? []);
  const furniture = (line: Line, most = 14) => !running.has(line) && (PAGE_NUMBER.test(line.text) || /^[^.!?|]{3,80} \| (?:page\s*)?\d{1,4}$/i.test(line.text) || title(line, most));
  const flat = pages.flat().filter((line) => !running.has(line));
  for (let i = 0; i < flat.length; i++) {
    if (!furniture(flat[i]!)) continue;
    let end = i;
    while (end + 1 < flat.length && furniture(flat[end + 1]!)) end++;
    // The run may begin with the sentence's own unfinished line ("… the service is good" at a page's foot).
    const after = flat[end + 1]?.text;
    for (let start = i; start <= end && after !== undefined && /^\p{Ll}/u.test(after); start++) {
      const before = flat[start - 1];
      if (before === undefined || /[.!?:]$/.test(before.text)) continue;
      // A long title counts only where a page breaks, laid out in cells or repeating the front page's title.
      // So does a run that leaves out the unfinished line before it.
      const long = flat.slice(start, end + 1).filter((line) => start > i || !furniture(line, 8));
      if (long.length > 0 && (before.page === flat[end + 1]!.page || !long.every((line) => line.text.includes(' | ') || (line.page > 1 && repeatsTitle(line.text))))) continue;
      for (let j = start; j <= end; j++) running.add(flat[j]!);
      break;
    }
    i = end;
  }
  return running;
}

/** Whether a line repeats the front page's title: four in five of its words are in the first three lines of page one. */
function runningTitle(front: readonly Line[]): (text: string) => boolean {
  const titleWords = new Set(front.slice(0, 3).flatMap((line) => line.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  return (text) => {
    const own = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
    return own.length > 0 && own.filter((word) => titleWords.has(word)).length >= own.length * 0.8;
  };
}

/**
 * Which edge keys are alike (similarity at least 0.85, digits ignored) and on how many pages a key or
 * one like it stands at an edge, counted once per key.
 */
function alikePages(edgeKeys: string[][]): { similar: (key: string) => string[]; count: (key: string) => number } {
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
  return { similar: (key) => similar.get(key) ?? [key], count };
}

/** Builds the text layer from raw pages. */
export function normalisePages(pages: Page[]): TextLayer {
  const pageLines = pages.map(splitLines);
  const running = runningLines(pageLines);
  const lines = pageLines.flat().filter((line) => !running.has(line));
  const parts: string[] = [];
  let length = 0;
  const spans: Span[] = [];
  for (const [i, line] of lines.entries()) {
    let content = line.text;
    const next = lines[i + 1];
    // A word hyphenated at a line end is joined with the start of the next line.
    const hyphenated = next !== undefined && /\p{L}-$/u.test(content) && /^\p{Ll}/u.test(next.text);
    if (hyphenated) content = content.slice(0, -1);
    spans.push({ start: length, end: length + content.length, page: line.page, rawStart: line.rawStart, rawEnd: line.rawEnd });
    const piece = content + (hyphenated || next === undefined ? '' : '\n');
    parts.push(piece);
    length += piece.length;
  }
  return { text: parts.join(''), spans };
}

/** The normalise stage. */
export function normalise(): Stage {
  return {
    name: 'normalise',
    version: stageVersion(5),
    needs: ['pages'],
    sets: ['layer'],
    run(document) {
      return { layer: normalisePages(document.pages) };
    },
  };
}
