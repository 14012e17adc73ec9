/**
 * Table rows whose cells wrap over several lines: a labelled row ("How good is the   A fair service (one   Users
 * describe …") and the lines under it that only continue its cells ("service?          star)                 staff
 * as excellent …"), read as one row. A line continues the row above when every cell it holds stands under one
 * of that row's columns and ends before the next column starts, and its first column is empty or carries on
 * the row's unfinished label in lowercase. Columns are character positions in space-aligned text (a PDF's
 * layout text is laid out so) and cell indexes in tab-separated text.
 */

/** One cell of a line: its column (character position, or index among tabs) and its text. */
export interface Cell { at: number; end: number; text: string }

/** A line's cells, split at tabs or at runs of three or more spaces. */
export function lineCells(line: string): Cell[] {
  if (line.includes('\t')) {
    return line.split('\t').flatMap((text, index) => (text.trim() === '' ? [] : [{ at: index, end: index + 1, text: text.trim() }]));
  }
  const cells: Cell[] = [];
  for (const match of line.matchAll(/\S+(?: {1,2}\S+)*/g)) cells.push({ at: match.index, end: match.index + match[0].length, text: match[0] });
  return cells;
}

/** How far a continuation's cell may stand from its column's start (characters). */
const SLACK = 2;

/** One row being read: its columns' starts and the text gathered under each. */
interface Row { columns: number[]; texts: string[]; tabbed: boolean }

/** The column of `row` a cell stands under, or -1; for tab-separated text the same cell index. */
function columnOf(row: Row, cell: Cell): number {
  if (row.tabbed) return row.columns.indexOf(cell.at);
  return row.columns.findIndex((at) => Math.abs(at - cell.at) <= SLACK);
}

/** Whether `cells` (one line) continue `row`'s cells rather than start a row or a paragraph of their own. */
function continues(row: Row, cells: Cell[], tabbed: boolean): boolean {
  if (cells.length === 0 || tabbed !== row.tabbed) return false;
  let first = false;
  for (const cell of cells) {
    const column = columnOf(row, cell);
    if (column < 0) return false;
    // Prose that runs on past the next column's start is no cell.
    const next = row.columns[column + 1];
    if (!row.tabbed && next !== undefined && cell.end > next - SLACK) return false;
    if (column === 0) first = true;
    if (column === 0 && !/^[\p{Ll}(]/u.test(cell.text)) return false;
  }
  // A label carried on in the first column continues only a label left unfinished: ending on a function word
  // ("How good is the" + "service?"), or finished by the line as a question or a label ("Will the service" + "improve?").
  if (!first) return true;
  const label = row.texts[0]!;
  const more = cells.find((cell) => columnOf(row, cell) === 0)!.text;
  return !/[?:.]$/.test(label) && (UNFINISHED.test(label) || /[?:]$/.test(more));
}

/** A label that ends on a word needing more ("How good is the", "What are the prospects for"). */
const UNFINISHED = /\b(?:the|a|an|of|for|to|and|or|in|on|is|are|its|this|how|what|will)$/i;

/** Joins a cell's next line to its text: a word hyphenated at the line end is joined whole. */
function joinCell(text: string, more: string): string {
  if (text === '') return more;
  return /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(more) ? text.slice(0, -1) + more : `${text} ${more}`;
}

/**
 * The table rows of two lines or more among `lines`, by the index of each row's first line: its last line and its
 * text, cells parted by tabs. A row starts at a line of three or more cells, each with words, or of two under
 * another line of cells or under its label's first words; `skip(i)` marks lines that are not to be read so (prose
 * columns side by side).
 */
export function wrappedRows(lines: readonly string[], skip: (index: number) => boolean = () => false): Map<number, { last: number; text: string }> {
  const merged = new Map<number, { last: number; text: string }>();
  let row: Row | undefined;
  let start = -1;
  let last = -1;
  const flush = () => {
    if (row && last > start) merged.set(start, { last, text: row.texts.join('\t') });
    row = undefined;
  };
  let previous: Cell[] = [];
  let consumed = -1;
  for (const [index, line] of lines.entries()) {
    const cells = skip(index) ? [] : lineCells(line);
    const tabbed = line.includes('\t');
    const above = previous;
    previous = cells;
    if (row && continues(row, cells, tabbed)) {
      for (const cell of cells) {
        const column = columnOf(row, cell);
        row.texts[column] = joinCell(row.texts[column]!, cell.text);
      }
      last = index;
      continue;
    }
    if (row) consumed = last;
    flush();
    // A label begun on the line above, alone there and unfinished ("What are the prospects for" over "improvement?   Promising").
    const begun = above.length === 1 && consumed < index - 1 && cells.length >= 2 && /^\p{Ll}/u.test(cells[0]!.text) && UNFINISHED.test(above[0]!.text)
      && (tabbed ? above[0]!.at === cells[0]!.at : Math.abs(above[0]!.at - cells[0]!.at) <= SLACK);
    // Every cell of a row's first line has words: a title beside a page number ("Anyshire BC – Repairs   5") is no row.
    // A row of two cells is a table's when a line of cells stands above it (a header or another row): a title set
    // wide ("London      Borough of Hallam" over "ICT service") is none.
    if ((cells.length >= 3 || (cells.length === 2 && (above.length >= 2 || begun))) && cells.every((cell) => /\p{L}/u.test(cell.text))) {
      row = { columns: cells.map((cell) => cell.at), texts: cells.map((cell) => cell.text), tabbed };
      start = index;
      last = index;
      if (begun) { row.texts[0] = `${above[0]!.text} ${row.texts[0]}`; start = index - 1; }
    }
  }
  flush();
  return merged;
}
