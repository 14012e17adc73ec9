/** Normalise: raw pages -> one text with line structure, running headers/footers and page numbers removed. */
import type { Page } from '../document.js';
import { stageVersion, type Stage } from '../pipeline.js';
import { pageLines, type Span, type TextLayer } from '../text/layout.js';
import { runningLines, words, type Line } from '../text/running-lines.js';
import { wrappedRows } from '../text/table-rows.js';

/** A piece of a raw page line: its offsets in the page text and its text. */
interface Piece { start: number; end: number; raw: string; row?: boolean }

/** Box-drawing lines of a table drawn in characters: a rule (corners, joins, horizontals) and the cell walls. */
const BOX_RULE = /^[\s\u2500-\u257f+=-]*[\u2500-\u257f][\s\u2500-\u257f+=-]*$/;
const BOX_WALL = /\s*[\u2502\u2503\u2506\u2507\u250a\u250b\u2551]\s*/g;

/** A layout gap between two cells: tabs, or a run of three or more spaces. */
const CELL_GAP = /\t+| {3,}/;

function clean(raw: string): string {
  // A table drawn in box characters: its rules are no text, and its walls part cells as a layout gap does.
  if (/[\u2500-\u257f]/.test(raw)) raw = BOX_RULE.test(raw) ? '' : raw.replace(BOX_WALL, '\t');
  // NFKC turns ligatures and compatibility forms into plain letters; soft hyphens and NBSP go too.
  return raw.normalize('NFKC').replace(/\u00ad/g, '').replace(/[\u00a0\u2000-\u200b]/g, ' ').replace(/\t+| {3,}/g, ' | ')
    .replace(/[ ]{2,}/g, ' ').trim().replace(/^(?:\|\s*)+|(?:\s*\|)+$/g, '');
}

/**
 * Two columns of prose that the extractor ran side by side ("has judged that this is a good\tand one
 * crematorium, handling"): a run of three or more lines, each with one gap, both sides mostly
 * several words long. Table rows are not: their values are a word or two.
 */
function columnRuns(pieces: Piece[]): Array<[number, number]> {
  const split = pieces.map((piece) => {
    const cells = piece.raw.trim().split(CELL_GAP);
    return !piece.row && cells.length === 2 && words(cells[0]!) >= 1 && words(cells[1]!) >= 1 ? cells : undefined;
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
  const gap = CELL_GAP.exec(piece.raw.trim())!;
  const lead = piece.raw.length - piece.raw.trimStart().length;
  const cut = lead + gap.index;
  return side === 0
    ? { start: piece.start, end: piece.start + cut, raw: piece.raw.slice(0, cut) }
    : { start: piece.start + cut + gap[0].length, end: piece.end, raw: piece.raw.slice(cut + gap[0].length) };
}

function splitLines(page: Page): Line[] {
  const pieces: Piece[] = [];
  let start = 0;
  // A PDF page's layout has the same lines with the cells where they stand (see the extract stage). A line there of
  // three or more cells, one after the first a phrase of four words or more, is a table's row beside a column of
  // reasons ("What are the prospects | Promising | A well-led service with a credible …"): it is read as a row (its
  // offsets those of the text's line). Other lines, figures in a column among them, keep the text's words.
  const { text: texts, layout } = pageLines(page);
  for (const [i, text] of texts.entries()) {
    const cells = layout?.[i]!.trim().split(CELL_GAP) ?? [];
    const row = cells.length >= 3 && cells.slice(1).some((cell) => cell.split(/\s+/).length >= 4);
    pieces.push({ start, end: start + text.length, raw: row ? layout![i]! : text });
    start += text.length + 1;
  }
  // A table row whose cells wrap over several lines is one row (see wrappedRows), its cells where they stand on the
  // page (a PDF's layout line) or in the text; prose columns side by side are left to be read column by column.
  const inRuns = new Set(columnRuns(pieces).flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k)));
  const rows = wrappedRows(texts.map((text, i) => layout?.[i] ?? text), (i) => inRuns.has(i));
  const joined: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const row = rows.get(i);
    joined.push(row ? { start: pieces[i]!.start, end: pieces[row.last]!.end, raw: row.text, row: true } : pieces[i]!);
    if (row) i = row.last;
  }
  // Side-by-side columns are read left column first, then right.
  const ordered: Piece[] = [];
  let next = 0;
  for (const [from, to] of columnRuns(joined)) {
    const run = joined.slice(from, to + 1);
    for (let i = next; i < from; i++) ordered.push(joined[i]!);
    for (const piece of run) ordered.push(cell(piece, 0));
    for (const piece of run) ordered.push(cell(piece, 1));
    next = to + 1;
  }
  for (let i = next; i < joined.length; i++) ordered.push(joined[i]!);
  const lines: Line[] = [];
  for (const piece of ordered) {
    const text = clean(piece.raw);
    if (text !== '' && text !== '|') lines.push({ page: page.number, rawStart: piece.start, rawEnd: piece.end, text });
  }
  return lines;
}


/**
 * A line ending in a hyphen that belongs to the word: after a single letter ("e-", which a hyphenated word
 * never leaves alone), a number word ("one-star", "three-year") or a first part that always keeps its
 * hyphen ("self-assessment", "well-run", "non-existent", "front-line", "long-term"). Not those a syllable break
 * also leaves ("part-", "back-", "high-", "month-": partner, backlog, highlight, monthly).
 */
const KEPT_HYPHEN = /(?:^|[^\p{L}])(?:\p{L}|one|two|three|four|five|six|seven|eight|nine|twelve|twenty|thirty|forty|fifty|hundred|self|well|non|half|full|long|front|day|year)-$/iu;

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
    // A word hyphenated at a line end is joined with the start of the next line; a compound's own hyphen
    // ("self-" + "assessment", "one-" + "star") stays.
    const hyphenated = next !== undefined && /\p{L}-$/u.test(content) && /^\p{Ll}/u.test(next.text);
    if (hyphenated && !KEPT_HYPHEN.test(content)) content = content.slice(0, -1);
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
    version: stageVersion(12),
    needs: ['pages'],
    sets: ['layer'],
    run(document) {
      return { layer: normalisePages(document.pages) };
    },
  };
}
