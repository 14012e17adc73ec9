/**
 * The marked scoring grid: a block of lines whose rows are labelled with the values of one scale and
 * whose header names the values of the other, with one cell marked (an asterisk, a tick, a cross, a
 * dot, "[x]"). The mark's row and column give both judgements; no word in the grid is a verdict.
 * Read on the raw page lines, where the columns' positions survive (tabs or aligned spaces).
 */
import type { Page } from '../document.js';
import { pageLines } from '../text/layout.js';
import type { Scale, ScaleValue } from '../scheme/best-value.js';

/** One marked grid: the value of each scale, the page, and the marked line with its raw offsets. */
export interface GridReading {
  values: Map<Scale, ScaleValue>;
  page: number;
  /** The marked line and its offsets in the raw page text. */
  line: string;
  start: number;
  end: number;
  /** The header cell the mark stands under. */
  column: string;
  /** The raw ranges the grid covers (header and rows), page by page: its words are axis labels, not statements. */
  span: Array<{ page: number; start: number; end: number }>;
}

/**
 * A line: its text (laid out by position where the page has a layout), its page, the page text's line and its offset,
 * and its cells and its row's cells once read (see cellsAt and rowCells).
 */
interface Line { text: string; start: number; page: number; raw: string; cells?: Cell[]; row?: Cell[] }
/**
 * A cell: its text, where it starts, its tab index (-1 when split at spaces), on a ruled line the number of
 * rules before it, and, for a header wrapped over two lines, the width it spans.
 */
interface Cell { text: string; at: number; index: number; width?: number; rule?: number }

/** How far (in lines) a header may stand from the rows, and the rows from each other. */
const HEADER_REACH = 8;
const ROW_GAP = 4;

const RULES = /[|│┃¦]/g;

/** Cells of a line, split at tabs, rules or runs of two or more spaces, with their character positions and tab or rule counts. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  if (line.includes('\t')) {
    let at = 0;
    line.split('\t').forEach((part, index) => {
      if (part.trim()) cells.push({ text: part.trim(), at: at + part.length - part.trimStart().length, index });
      at += part.length + 1;
    });
    return cells;
  }
  // Ruled columns ("| Fair (*) |   | ✓ |"): the rules separate cells like runs of spaces and hold nothing; the number
  // of rules before a cell is its column even where the rules do not line up from row to row.
  const ruled = rules(line) >= 2;
  const text = line.replace(RULES, ' ');
  // Words joined by single spaces are one cell; a box ("[ ]", "[x]") is a cell of its own.
  for (const match of text.matchAll(/\[ ?[^\]\s]? ?\]|\S+(?: (?!\[)\S+)*/g)) cells.push({ text: match[0], at: match.index, index: -1, ...(ruled ? { rule: rules(line.slice(0, match.index)) } : {}) });
  return cells;
}

const axisValues = new WeakMap<Scale, Map<string, ScaleValue | null>>();
/** How many labels are remembered per scale before the memo starts afresh (a worker reads many documents). */
const AXIS_VALUES_KEPT = 20_000;
/** The value a grid label names (see `readAxisValue`), remembered per scale: a page's lines are tried as labels again and again. */
function axisValue(text: string, scale: Scale, counts = true): ScaleValue | undefined {
  // A label is short: the longest read on the sample corpus, the real reports and document sets 9-46 has 37 characters
  // ("'promising prospects for improvement'"); a longer cell is prose, not worth the label's normalising.
  if (text.length > LONGEST_LABEL) return undefined;
  let known = axisValues.get(scale);
  if (!known || known.size >= AXIS_VALUES_KEPT) axisValues.set(scale, known = new Map());
  const key = counts ? `+${text}` : `-${text}`;
  let value = known.get(key);
  if (value === undefined) known.set(key, value = readAxisValue(text, scale, counts) ?? null);
  return value ?? undefined;
}

/** The value a grid label names: a scale's word alone, maybe with an article or "service"/"prospects"; with `counts`, a bare star count too. */
function readAxisValue(text: string, scale: Scale, counts: boolean): ScaleValue | undefined {
  // A grade label may carry its stars, after or before it ("Fair *", "Good (two stars)", "Excellent ★★★", "Good (**)", "Good (2★)", "*** Excellent", "2 stars Good").
  const label = text.toLowerCase().replace(/[‘’'"]/g, '').replace(/^(?:[*★☆]+\s+)?(?:a|an)\s+/, '').replace(/^[*★☆]+\s+/u, '').replace(/^\(?(?:no|one|two|three|[0-3])\s+stars?\)?\s+(?=[a-z])/, '').replace(/\s+(?:\(?[*★☆]+\)?|\(?[0-3]\s?[*★☆]\)?|\(?(?:no|one|two|three|[0-3])\s+stars?\)?)$/u, '')
    .replace(/\s+(?:service|prospects|prospects for improvement)$/, '').trim();
  // A count written with its star ("2*") is a label wherever it stands; a bare count only when `counts`.
  return scale.values.find((value) => value.cells.some((cell) => /[a-z]/.test(cell) && wholeCell(cell).test(label))) ?? (counts || /^[0-3] ?\*$/.test(label) ? starCount(label, scale) : undefined)
    ?? spelledOut(label, scale);
}

const LONGEST_LABEL = 60;

/** A label and its wording after a dash, a comma or in brackets, both naming one value ("Yes – will improve", "Yes, it will improve", "0 stars (poor)"). */
function spelledOut(label: string, scale: Scale): ScaleValue | undefined {
  const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/.exec(label);
  const parts = bracketed ? [bracketed[1]!, bracketed[2]!] : label.split(/\s+[–—-]\s+|,\s+/);
  if (parts.length !== 2) return undefined;
  const values = parts.map((part) => axisValue(part.replace(/^(?:it|the service)\s+/, ''), scale, false));
  return values[0] && values[0] === values[1] ? values[0] : undefined;
}

/** A label that is only a star count ("***", "★★", "2", "0"), on a scale counted in stars: the value of that many stars. */
function starCount(label: string, scale: Scale): ScaleValue | undefined {
  if (!/^(?:[0-3](?: ?\*)?|\*{1,3}|★{1,3})$/u.test(label) || !scale.values.some((value) => value.cells.includes('\\*'))) return undefined;
  const stars = /^\d/.test(label) ? Number(label[0]) : [...label].length;
  return scale.values.find((value) => value.ordinal === stars);
}

const cellPatterns = new Map<string, RegExp>();
/** A scale's cell (a regex source: "1 stars?") as a pattern of a whole label; cells without a letter ("0", "\\*") are marks, never labels. */
function wholeCell(cell: string): RegExp {
  let pattern = cellPatterns.get(cell);
  if (!pattern) {
    pattern = new RegExp(`^(?:${cell})$`);
    cellPatterns.set(cell, pattern);
  }
  return pattern;
}

/** The scale whose words name at least three distinct labels (the one naming more, when both do). */
function axisScale(labels: readonly string[], scales: readonly Scale[]): Scale | undefined {
  const named = scales.map((scale) => ({ scale, count: new Set(labels.map((label) => axisValue(label, scale)).filter(Boolean)).size }));
  const best = named.sort((a, b) => b.count - a.count)[0];
  return best && best.count >= 3 && named.filter((n) => n.count === best.count).length === 1 ? best.scale : undefined;
}

/**
 * A mark in a cell: one filled symbol, a shaded cell the text layer shows as block characters ("[██████]"), or a ticked
 * box, its tick a symbol or a word ("[x]", "[tick]"; a hollow one, "○" or "[ ]", is an empty cell); a run of stars equal to
 * a grade row's own stars is its label.
 */
function isMark(text: string): boolean {
  return /^(?:\*{1,3}|★{1,3}|[xX+✓✔√✗✘●•✱✶☑☒■◆♦◼▪▲◉⬤]|[█▓▒]+|\[ ?[█▓▒■]+ ?\]|\[ ?(?:[xX✓✔√*●]|tick|ticked|cross) ?\]|\( ?(?:[xX✓✔√*●]|tick|ticked|cross) ?\))$/iu.test(text);
}

/**
 * Where a row's label stands: the first cell (the first tab column), or the second when the first
 * is a fragment of the axis caption beside the rows ("service   Excellent", "improve?'   Promising").
 */
function labelAt(cells: readonly Cell[], scales: readonly Scale[]): number {
  const names = (cell: Cell | undefined, counts: boolean) => cell !== undefined && scales.some((scale) => axisValue(cell.text, scale, counts));
  // The caption stands in the first column, of spaces or of tabs ("How good is<TAB>Excellent").
  const caption = cells[0] && cells[0].index <= 0 && !isMark(cells[0].text) && cells[0].text.split(' ').length <= 3;
  // Beside a caption that wraps over the rows ("A good" over "service?"), the label is the second cell even when the caption's fragment names a value.
  // A bare star count there is the row's mark, not its label; it labels a row only in the first cell.
  if (caption && names(cells[1], false)) return 1;
  // Under a caption column left empty on this row ("<TAB>Fair<TAB><TAB>✓"), the label is in the second tab column.
  return cells[0] && cells[0].index <= 1 && names(cells[0], true) ? 0 : -1;
}

/**
 * A row's cells, its label joined with the words the layout wrapped onto the line below when only the two together
 * name a value ("Will probably" over "improve", "Unlikely to" over "improve"); worked out once per line.
 */
function rowCells(lines: readonly Line[], i: number, scales: readonly Scale[]): Cell[] {
  const line = lines[i]!;
  return line.row ??= joinedLabel(lines, i, scales);
}

function joinedLabel(lines: readonly Line[], i: number, scales: readonly Scale[]): Cell[] {
  const cells = cellsAt(lines, i);
  const first = cells[0];
  // Only a line of cells, or a short label alone (an empty row), can be a row: prose is one long cell.
  if (!first || (cells.length < 2 && rules(lines[i]!.text) < 2 && first.text.split(' ').length > 3) || scales.some((scale) => axisValue(first.text, scale))) return cells;
  const below = cellsAt(lines, i + 1);
  const more = below[0];
  if (below.length !== 1 || (first.index >= 0 ? more!.index !== first.index : Math.abs(more!.at - first.at) > 2)) return cells;
  const text = `${first.text} ${more!.text}`;
  return scales.some((scale) => axisValue(text, scale)) ? [{ ...first, text }, ...cells.slice(1)] : cells;
}

/** A line's cells, read once (the grid's readers ask for a line's cells again and again); none past the last line. */
function cellsAt(lines: readonly Line[], i: number): Cell[] {
  const line = lines[i];
  return line ? (line.cells ??= cellsOf(line.text)) : [];
}

/** Whether cells name three or more values of one scale: an axis of labels, not a row. */
function namesAxis(cells: readonly Cell[], scales: readonly Scale[]): boolean {
  return scales.some((scale) => new Set(labelledCells(cells, scale, true).map((cell) => cell.value)).size >= 3);
}

/** The rows of a grid: consecutive lines (allowing short gaps) led by a label of one scale. */
function rowBlocks(lines: readonly Line[], scales: readonly Scale[]): Array<{ rows: number[]; scale: Scale }> {
  const blocks: Array<{ rows: number[]; scale: Scale }> = [];
  let rows: number[] = [];
  const close = () => {
    const label = (i: number) => { const cells = rowCells(lines, i, scales); return cells[labelAt(cells, scales)]!.text; };
    const scale = axisScale(rows.map(label), scales);
    // A line led by the other scale's word ("Will not" over "improve") is not one of the rows.
    if (scale) blocks.push({ rows: rows.filter((i) => axisValue(label(i), scale)), scale });
    rows = [];
  };
  lines.forEach((_line, i) => {
    const cells = rowCells(lines, i, scales);
    // A row is led by its label; a line naming three values is a header, alone or with the line its labels wrap onto
    // ("Poor  Uncer-" over "tain"); a next line led by a label of its own is the next row, not the header's wrapped words.
    const next = cellsAt(lines, i + 1);
    const labelled = labelAt(cells, scales) >= 0 && !namesAxis(cells, scales) && !(labelAt(next, scales) < 0 && namesAxis(wrapped(cells, next), scales));
    // A lone number standing away from the margin is a page number, not a row labelled with a star count.
    if (!labelled || (cells.length === 1 && /^\d+$/.test(cells[0]!.text) && cells[0]!.at > 10)) return;
    if (rows.length > 0 && i - rows[rows.length - 1]! > ROW_GAP) close();
    rows.push(i);
  });
  if (rows.length > 0) close();
  return blocks;
}

/** The header line of the other scale near the rows (above them or at their foot), with its labelled cells. */
function headerOf(lines: readonly Line[], rows: readonly number[], scale: Scale): { cells: Array<Cell & { value: ScaleValue }>; line: number } | undefined {
  // A header of words first; a line of star counts ("*  **  ***", "0  1  2  3") only when no words name the columns.
  return headerLine(lines, rows, scale, false) ?? headerLine(lines, rows, scale, true);
}

function headerLine(lines: readonly Line[], rows: readonly number[], scale: Scale, counts: boolean): { cells: Array<Cell & { value: ScaleValue }>; line: number } | undefined {
  const first = rows[0]!, last = rows[rows.length - 1]!;
  const near = [...Array.from({ length: HEADER_REACH }, (_, k) => first - 1 - k), ...Array.from({ length: HEADER_REACH }, (_, k) => last + 1 + k)];
  for (const index of near) {
    const line = lines[index];
    if (!line) continue;
    // A header's labels may wrap onto a second line ("Will probably" over "improve"), or a third ("Unlikely" over "to" over "improve").
    const one = cellsAt(lines, index);
    const two = wrapped(one, cellsAt(lines, index + 1));
    for (const candidate of [one, two, wrapped(two, cellsAt(lines, index + 2))]) {
      const cells = labelledCells(candidate, scale, counts);
      if (new Set(cells.map((cell) => cell.value)).size >= 3) return { cells, line: index };
    }
  }
  return undefined;
}

/** The cells that name a value of the scale, column labels set one space apart taken one by one. */
function labelledCells(cells: readonly Cell[], scale: Scale, counts: boolean): Array<Cell & { value: ScaleValue }> {
  return cells.flatMap((cell) => {
    const value = axisValue(cell.text, scale, counts);
    if (value) return [{ ...cell, value }];
    // A caption run into the first label ("Columns, left to right: will not improve"): the label is what follows the colon.
    const colon = cell.text.lastIndexOf(': ');
    const after = colon > 0 ? axisValue(cell.text.slice(colon + 2), scale, counts) : undefined;
    if (after) return [{ ...cell, text: cell.text.slice(colon + 2), at: cell.at + colon + 2, value: after }];
    return packedLabels(cell, scale, counts);
  });
}

/**
 * Column labels set one space apart, so that they read as one cell ("Uncertain Promising Excellent"): each word a
 * label of its own, at its own place, when every word names a value of the scale and no two the same.
 */
function packedLabels(cell: Cell, scale: Scale, counts: boolean): Array<Cell & { value: ScaleValue }> {
  // A cell's words are joined by single spaces (cellsOf); no more words than the scale has values.
  const words = cell.text.split(' ');
  if (words.length < 2 || words.length > scale.values.length) return [];
  const labels: Array<Cell & { value: ScaleValue }> = [];
  let at = cell.at;
  for (const word of words) {
    const value = axisValue(word, scale, counts);
    if (!value || labels.some((label) => label.value === value)) return [];
    labels.push({ ...cell, text: word, at, value });
    at += word.length + 1;
  }
  return labels;
}

/**
 * The cells of a header wrapped over two lines: each cell of the first joined with the cell of the second that
 * starts under it (the same tab column where both lines are tabbed). A word broken by a hyphen at the end of the
 * first line's cell ("Uncer-" over "tain") is joined whole.
 */
function wrapped(first: readonly Cell[], second: readonly Cell[]): Cell[] {
  const tabbed = first.length > 0 && first.every((cell) => cell.index >= 0) && second.every((cell) => cell.index >= 0);
  // A cell of the second line left of all the first's ("How good is" under nothing, beside "improve  improve …") is the
  // rows' caption, not a label's wrapped words.
  const under = !tabbed && first.length > 0 ? second.filter((cell) => cell.at >= first[0]!.at - 2) : second;
  const tops = tabbed ? first : splitAbove(first, under);
  if (under.length === 0 || under.length > tops.length) return [];
  return tops.map((cell, k) => {
    const next = tops[k + 1]?.at ?? Infinity;
    const below = tabbed ? under.find((other) => other.index === cell.index) : under.find((other) => other.at >= cell.at - 2 && other.at < next - 2);
    if (!below) return cell;
    const text = /[a-z]-$/i.test(cell.text) && /^[a-z]/.test(below.text) ? `${cell.text.slice(0, -1)}${below.text}` : `${cell.text} ${below.text}`;
    return { ...cell, text, width: Math.max(cell.text.length, below.at + below.text.length - cell.at) };
  });
}

/**
 * A first header line's cells parted where a cell of the wrapped line below starts under one of its words: labels
 * set one space apart ("Will probably Will" over "improve  improve") are two labels.
 */
function splitAbove(first: readonly Cell[], second: readonly Cell[]): Cell[] {
  return first.flatMap((cell) => {
    const cuts = second.map((other) => other.at - cell.at).filter((offset) => offset > 0 && offset < cell.text.length && cell.text[offset - 1] === ' ');
    if (cuts.length === 0) return [cell];
    return [0, ...cuts].map((from, k, all) => {
      const to = k + 1 < all.length ? all[k + 1]! - 1 : cell.text.length;
      return { ...cell, text: cell.text.slice(from, to), at: cell.at + from };
    });
  });
}

/** How many column rules a line holds. */
function rules(text: string): number {
  return text.match(RULES)?.length ?? 0;
}

/** The header cell a mark stands under: the same tab or ruled column, else the nearest by position. */
function columnOf(mark: Cell, header: ReadonlyArray<Cell & { value: ScaleValue }>, width: number): (Cell & { value: ScaleValue }) | undefined {
  if (mark.index >= 0 || mark.rule !== undefined) {
    const same = header.find((cell) => (mark.index >= 0 ? cell.index === mark.index : cell.rule === mark.rule));
    if (same) return same;
  }
  const centre = (cell: Cell) => cell.at + (cell.width ?? cell.text.length) / 2;
  const ranked = [...header].sort((a, b) => Math.abs(centre(a) - centre(mark)) - Math.abs(centre(b) - centre(mark)));
  return ranked[0] && Math.abs(centre(ranked[0]) - centre(mark)) <= width ? ranked[0] : undefined;
}

/** The lines of all the pages in order, each with its page, so that a grid may run over a page break. */
function linesOf(pages: readonly Page[]): Line[] {
  return pages.flatMap((page) => {
    let offset = 0;
    // A page's closing newline ends its last line; it opens no empty line before the next page. A PDF page's layout has
    // the same lines, its cells where they stand on the page: the grid is read there, quoted from the text.
    const { text: texts, layout = texts } = pageLines(page, (text) => text.replace(/\n$/, '').split('\n'));
    return texts.map((raw, i) => { const line = { text: layout[i]!, start: offset, page: page.number, raw }; offset += raw.length + 1; return line; });
  });
}

/** The raw ranges, page by page, of the lines from `first` to `last`. */
function spanOf(lines: readonly Line[], first: number, last: number): GridReading['span'] {
  const span: GridReading['span'] = [];
  for (const line of lines.slice(first, last + 1)) {
    const open = span.find((range) => range.page === line.page);
    if (open) open.end = line.start + line.raw.length;
    else span.push({ page: line.page, start: line.start, end: line.start + line.raw.length });
  }
  return span;
}

/** The reading of one block of rows against the other scale's header: its single mark's row and column. */
function readBlock(lines: readonly Line[], rows: readonly number[], scale: Scale, other: Scale, scales: readonly Scale[]): GridReading | undefined {
  const header = headerOf(lines, rows, other);
  if (!header) return undefined;
  const width = Math.max(4, ...header.cells.slice(1).map((cell, k) => cell.at - header.cells[k]!.at)) / 2 + 2;
  // Laid out with spaces, stars standing under a column (right of where the header's first column starts) are a mark, not the label's own.
  const firstColumn = Math.min(...header.cells.map((cell) => cell.at));
  // Laid out with tabs, likewise a star in a header's tab column ("Fair<TAB><TAB><TAB>*" under "Promising").
  const tabbed = header.cells.filter((cell) => cell.index >= 0).map((cell) => cell.index);
  const firstTab = tabbed.length === header.cells.length ? Math.min(...tabbed) : Infinity;
  const marks = rows.flatMap((row) => {
    const cells = rowCells(lines, row, scales);
    const at = labelAt(cells, scales);
    const value = axisValue(cells[at]!.text, scale)!;
    const own = (cell: Cell) => /^(?:\*+|★+)$/u.test(cell.text) && [...cell.text].length === value.ordinal && scale.values.some((v) => v.cells.includes('\\*'))
      && (cell.index >= 0 ? cell.index < firstTab : cell.at < firstColumn - 1);
    // A row with a cell under every column (empty ones drawn "-", "○", "[ ]") places its mark by count, not by position.
    const rest = cells.slice(at + 1);
    // Ruled rows name their column by their rules only beside a header ruled into as many cells; else they are read as if laid out with spaces.
    const extra = rules(lines[row]!.text) - rules(lines[header.line]!.text);
    // A header ruled without the labels' column ("No | Unlikely | Probably | Yes" over "Good | | | | ★") has one rule fewer, its cells right of the label.
    const shift = extra === 1 && firstColumn > cells[at]!.at + cells[at]!.text.length ? 1 : 0;
    const ruledAlike = extra === shift;
    const column = (cell: Cell) => (ruledAlike && cell.rule !== undefined ? columnOf({ ...cell, rule: cell.rule - shift }, header.cells, width)
      : rest.length === header.cells.length && cell.index < 0 ? header.cells[rest.indexOf(cell)] : columnOf({ ...cell, rule: undefined }, header.cells, width));
    return rest.filter((cell) => isMark(cell.text) && !own(cell)).map((cell) => ({ row, value, column: column(cell) }));
  });
  const mark = marks.length === 1 ? marks[0]! : undefined;
  if (!mark?.column) return undefined;
  const { row, value, column } = mark;
  const line = lines[row]!;
  const span = spanOf(lines, Math.min(header.line, rows[0]!), Math.max(header.line, rows[rows.length - 1]!));
  return { values: new Map([[scale, value], [other, column.value]]), page: line.page, line: line.raw.trim(), start: line.start, end: line.start + line.raw.length, column: column.text, span };
}

/** The marked grids of the pages: those with exactly one marked cell under a known column (a grid may run over a page break). */
export function readGrids(pages: readonly Page[], scales: readonly Scale[]): GridReading[] {
  const lines = linesOf(pages);
  const grids = rowBlocks(lines, scales).flatMap(({ rows, scale }) => scales.filter((other) => other !== scale).flatMap((other) => readBlock(lines, rows, scale, other, scales) ?? []));
  if (grids.length > 0) return grids;
  const stacked = stackedGrids(lines, scales);
  return stacked.length > 0 ? stacked : pairedGrids(lines, scales);
}

/** A cell named by both its labels on a line of its own: "Poor / No [x]", "Good / Yes [ ]". */
const PAIRED_CELL = /^(.+?)\s*[/×]\s*(.+?)\s+(\[ ?\S? ?\]|\( ?\S? ?\)|\S+)$/u;

/**
 * A grid set out cell by cell, one line per cell naming its row and column ("Excellent / Yes [ ]" …
 * "Poor / No [x]"): at least nine such lines, three values of each scale, every cell empty but one.
 */
function pairedGrids(lines: readonly Line[], scales: readonly Scale[]): GridReading[] {
  const readings: GridReading[] = [];
  // The lines shaped as a cell, read once for every pair of scales.
  const shaped = lines.flatMap((line, index) => {
    const match = PAIRED_CELL.exec(line.text.trim());
    return match && (isMark(match[3]!) || EMPTY_CELL.test(match[3]!)) ? [{ index, row: match[1]!, column: match[2]!, marked: isMark(match[3]!) }] : [];
  });
  if (shaped.length < 9) return readings;
  for (const first of scales) for (const second of scales.filter((one) => one !== first)) {
    const cells = shaped.flatMap(({ index, row, column, marked }) => {
      const a = axisValue(row, first, false);
      const b = axisValue(column, second, false);
      return a && b ? [{ index, a, b, label: column, marked }] : [];
    });
    const marked = cells.filter((cell) => cell.marked);
    if (cells.length < 9 || marked.length !== 1 || new Set(cells.map((cell) => cell.a)).size < 3 || new Set(cells.map((cell) => cell.b)).size < 3) continue;
    const { index, a, b, label } = marked[0]!;
    const line = lines[index]!;
    const span = spanOf(lines, cells[0]!.index, cells[cells.length - 1]!.index);
    readings.push({ values: new Map([[first, a], [second, b]]), page: line.page, line: line.raw.trim(), start: line.start, end: line.start + line.raw.length, column: label, span });
  }
  return readings;
}

/** An empty cell standing alone on its line: a dash, a dot, a hollow box or circle. */
const EMPTY_CELL = /^(?:[-–—·.○◯□☐_]|\[ ?\]|\( ?\))$/u;

/**
 * A grid whose cells the text layer put one per line: each row's label, then a line per cell ("Fair",
 * "–", "–", "✓", "–"), the other scale's labels listed in column order above or below (on one line or
 * one per line). The one marked cell's place in its row gives the column.
 */
function stackedGrids(lines: readonly Line[], scales: readonly Scale[]): GridReading[] {
  const texts = lines.map((line) => line.text.trim());
  // Most documents have no such grid: only a label followed by a cell line is read, and only where a line holds a mark.
  if (!texts.some((text) => isMark(text))) return [];
  // An empty cell is a dash, a box or the like; failing that, an empty line, where the text layer kept the cell's place and nothing in it.
  const drawn = stackedReadings(lines, texts, texts.map((text) => isMark(text) || EMPTY_CELL.test(text)), scales);
  return drawn.length > 0 ? drawn : stackedReadings(lines, texts, texts.map((text) => isMark(text) || EMPTY_CELL.test(text) || text === ''), scales);
}

function stackedReadings(lines: readonly Line[], texts: readonly string[], isCell: readonly boolean[], scales: readonly Scale[]): GridReading[] {
  if (isCell.filter(Boolean).length < 9) return [];
  const readings: GridReading[] = [];
  for (const scale of scales) {
    const rows: Array<{ label: number; value: ScaleValue; cells: string[] }> = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const value = isCell[i + 1] ? loneLabel(texts[i]!, scale) : undefined;
      if (!value) continue;
      let end = i + 1;
      while (isCell[end]) end++;
      if (end - i - 1 >= 3) { rows.push({ label: i, value, cells: texts.slice(i + 1, end) }); i = end - 1; }
    }
    const width = rows[0]?.cells.length ?? 0;
    if (rows.length < 3 || new Set(rows.map((row) => row.value)).size < 3 || rows.some((row) => row.cells.length !== width)) continue;
    const marked = rows.flatMap((row) => row.cells.flatMap((cell, k) => (isMark(cell) ? [{ row, k }] : [])));
    if (marked.length !== 1) continue;
    const first = rows[0]!.label, last = rows[rows.length - 1]!.label + width;
    for (const other of scales.filter((one) => one !== scale)) {
      const header = stackedHeader(lines, first, last, other, width);
      if (!header) continue;
      const { row, k } = marked[0]!;
      const line = lines[row.label]!;
      const span = spanOf(lines, Math.min(header.from, first), Math.max(header.to, last));
      readings.push({ values: new Map([[scale, row.value], [other, header.values[k]!]]), page: line.page, line: line.raw.trim(), start: line.start, end: line.start + line.raw.length, column: header.labels[k]!, span });
    }
  }
  return readings;
}

/** The value a line holding one label alone names ("Fair", "Uncertain prospects"). */
function loneLabel(text: string, scale: Scale): ScaleValue | undefined {
  return cellsOf(text).length === 1 ? axisValue(text, scale, false) : undefined;
}

/** Labels that name `width` different columns of one era ("Unlikely, Probably, Yes" and a row's "Excellent" below them are not a header). */
function columnsOf(values: ReadonlyArray<ScaleValue | undefined>, width: number): values is ScaleValue[] {
  return values.every(Boolean) && new Set(values).size === width && new Set(values.map((value) => value!.era)).size === 1;
}

/** The other scale's labels in column order near a stacked grid: one line of cells, a list in a sentence, or one label per line. */
function stackedHeader(lines: readonly Line[], first: number, last: number, scale: Scale, width: number): { values: ScaleValue[]; labels: string[]; from: number; to: number } | undefined {
  const near = [...Array.from({ length: HEADER_REACH }, (_, k) => last + 1 + k), ...Array.from({ length: HEADER_REACH + width }, (_, k) => first - 1 - k)];
  for (const index of near) {
    const line = lines[index];
    if (!line) continue;
    const cells = cellsOf(line.text);
    const values = cells.map((cell) => axisValue(cell.text, scale, false));
    if (cells.length === width && columnsOf(values, width)) return { values: values as ScaleValue[], labels: cells.map((cell) => cell.text), from: index, to: index };
    // A list in a sentence ("Cells in each row run left to right: poor, uncertain, promising, excellent").
    // Or a list set out as a row of the table ("Columns, left to right: Poor | Fair | Good | Excellent").
    const items = line.text.slice(line.text.lastIndexOf(':') + 1).replace(/[.;,|]\s*$/, '').split(/\s*[;,|│]\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim());
    const named = items.map((item) => axisValue(item, scale, false));
    if (items.length === width && columnsOf(named, width)) return { values: named as ScaleValue[], labels: items, from: index, to: index };
    // One label per line, the list starting here; a label wrapped over two lines ("Poor" over "prospects") is one.
    const run = labelRun(lines, index, width);
    const listed = run.labels.map((text) => loneLabel(text, scale));
    if (run.labels.length === width && columnsOf(listed, width)) return { values: listed as ScaleValue[], labels: run.labels, from: index, to: run.to };
  }
  return undefined;
}

/** A label's second line when a narrow header column wraps it ("Uncertain" over "prospects"). */
const LABEL_TAIL = /^(?:prospects?(?: for improvement)?|service|stars?|\(?[0-3]\s*stars?\)?)$/i;

/** `width` labels one per line from `from`, a wrapped label's second line joined to its first; `to` is the last line read. */
function labelRun(lines: readonly Line[], from: number, width: number): { labels: string[]; to: number } {
  const labels: string[] = [];
  let index = from;
  for (; index < lines.length && labels.length < width; index++) {
    const text = lines[index]!.text.trim();
    const tail = lines[index + 1]?.text.trim() ?? '';
    if (LABEL_TAIL.test(tail) && !LABEL_TAIL.test(text)) { labels.push(`${text} ${tail}`); index++; }
    else labels.push(text);
  }
  return { labels, to: index - 1 };
}
