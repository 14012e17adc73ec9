/**
 * Judgements stated as labelled values rather than sentences: table rows with a label, columns
 * under a header row, label-value pairs that lost their cell separators ("Prospects for
 * improvement - uncertain"), and answers under a question heading ("Q: How good is the service?"
 * then "A: Good.").
 */
import type { Sentence } from '../text/sentences.js';
import type { Scale, ScaleValue } from '../scheme/best-value.js';
import { anyOf, plain } from './patterns.js';
import { words } from '../text/running-lines.js';

/** Labels of a row or answer that say "this is the verdict" without naming the scale. */
const GENERIC_LABEL = /^(?:a|answer|our (?:answer|score|judgement|verdict|view|rating)|score|judgement|verdict|rating|result)$/;

function cells(text: string): string[] {
  const row = text.split('|').map((cell) => cell.trim().replace(/[?:.]+$/, '').replace(/^['"]+|['"]+(?=\s|$)/g, ''));
  // A box-drawn table ("| How good is the service? | Poor |") has empty cells outside its borders.
  while (row.length > 1 && row[0] === '') row.shift();
  while (row.length > 1 && row[row.length - 1] === '') row.pop();
  return row;
}

/** The value a cell states when it starts with one: "Fair (one star)", "Good (**)", "Yes", "Uncertain prospects". */
export function cellValue(cell: string, scale: Scale, named = false): ScaleValue | undefined {
  const leading = leadingValue(cell, scale, named);
  if (!leading) return undefined;
  // "Yes – will probably improve", "No, it will not improve": a fuller answer after the first word says more.
  const rest = cell.slice(leading.length).replace(/^\s*[–—:,-]\s*(?:it\s+|the service\s+)?/i, '');
  const fuller = rest !== cell.slice(leading.length) ? leadingValue(rest, scale, named) : undefined;
  return fuller && fuller.length > leading.length ? fuller.value : leading.value;
}

/** The value whose cell text opens the cell, with the length of that text. */
function leadingValue(cell: string, scale: Scale, named: boolean): { value: ScaleValue; length: number } | undefined {
  for (const value of scale.values) {
    const patterns = cellPatterns(value);
    const match = patterns.opening.exec(cell);
    if (match) return { value, length: match[0].length };
    // A table's cell that names the service as its value ("A fair service (one star)", "An excellent, three-star service").
    const service = named ? patterns.service.exec(cell) : null;
    if (service) return { value, length: service[0].length };
  }
  return undefined;
}

const leadingPatterns = new Map<ScaleValue, { opening: RegExp; service: RegExp }>();
/** A value's cell patterns, compiled once: the cell opening with the value, and the cell naming the service by it. */
function cellPatterns(value: ScaleValue): { opening: RegExp; service: RegExp } {
  let patterns = leadingPatterns.get(value);
  if (!patterns) {
    const cells = value.cells.join('|');
    patterns = {
      opening: new RegExp(`^(?:${cells})(?![\\p{L}*])`, 'iu'),
      service: new RegExp(`^an?\\s+(?:${cells})(?=[\\s,–—-]+(?:(?:no|one|two|three|[0-3])[- ]stars?[\\s,–—-]+)?service\\b)`, 'iu'),
    };
    leadingPatterns.set(value, patterns);
  }
  return patterns;
}

/** Whether the unit sits under a heading that asks this scale's question. */
function underQuestion(unit: Sentence, scale: Scale): boolean {
  return unit.section.split(' > ').some((heading) => anyOf(scale.rowLabels).test(plain(heading)));
}

/** The rows of the table a row belongs to (consecutive rows), and its place in them. */
function tableOf(units: readonly Sentence[], index: number): { rows: Sentence[]; at: number } {
  // A table ends at a unit that is not a row, or at a new section (two tables under two headings).
  const same = (other: Sentence | undefined) => other !== undefined && other.kind === 'row' && other.section === units[index]!.section;
  let start = index;
  while (same(units[start - 1])) start--;
  let end = index;
  while (same(units[end + 1])) end++;
  return { rows: units.slice(start, end + 1), at: index - start };
}

/**
 * The table a row's header belongs to: its own, or, when the row opens a table right after a cell's
 * last words wrapped onto a line of their own ("best on performance data."), the table above it too.
 */
function headedTableOf(units: readonly Sentence[], index: number): { rows: Sentence[]; at: number } {
  const own = tableOf(units, index);
  const wrap = units[index - 1];
  if (own.at > 0 || !wrap || wrap.kind !== 'sentence' || wrap.section !== units[index]!.section || !/^\p{Ll}/u.test(wrap.text) || units[index - 2]?.kind !== 'row') return own;
  const above = tableOf(units, index - 2);
  return { rows: [...above.rows, ...own.rows], at: above.rows.length };
}

/**
 * A table's header cells, joined with a second header line that carries them on ("Council's self-" over "assessment");
 * a line of long cells ("A good service that meets most of its users' needs") is the first row, not the header's.
 */
function headerCells(rows: readonly Sentence[], at: number, scale: Scale): string[] {
  const header = cells(plain(rows[0]!.text));
  const next = at > 1 ? cells(plain(rows[1]!.text)) : [];
  if (next.length === 0 || next.length > header.length || next.some((cell) => cellValue(cell, scale) || words(cell) > 4)) return header;
  return header.map((cell, k) => (next[k] ? `${cell} ${next[k]}`.replace(/-\s+(?=\p{Ll})/u, '-') : cell));
}

/** A row's label, with the words the layout wrapped onto the next row ("Likelihood of" over "improvement") when they make it name the scale. */
function wrappedLabel(units: readonly Sentence[], index: number, label: string, scale: Scale): string {
  const next = units[index + 1];
  if (!next || next.kind !== 'row' || next.section !== units[index]!.section || anyOf(scale.rowLabels).test(label)) return label;
  // Words carried on begin in lower case ("improvement"); a row of its own begins with a capital ("Will it improve?").
  if (!/^\s*\p{Ll}/u.test(next.text)) return label;
  const joined = `${label} ${cells(plain(next.text))[0] ?? ''}`;
  return anyOf(scale.rowLabels).test(joined) ? joined : label;
}

/** The year a header cell names ("April 2001 inspection"), or 0. */
function headerYear(cell: string): number {
  return Number(/\b(?:19|20)\d\d\b/.exec(cell)?.[0] ?? 0);
}

/**
 * The values a table row states: cells after a label naming the scale ("How good is the service? |
 * Fair | One star"), after a generic label under the scale's question ("Our score: | Good"), or
 * under a header cell naming the scale, when the table has one data row or this row is marked as
 * the current inspection ("This inspection (March 2004) | Good | Promising").
 */
export function rowValues(units: readonly Sentence[], index: number, text: string, scale: Scale, current: RegExp, notThis?: RegExp, ownService?: (label: string) => boolean): ScaleValue[] {
  const unit = units[index]!;
  if (unit.kind !== 'row') return flattenedRow(text, scale);
  const row = cells(text);
  const label = wrappedLabel(units, index, row[0] ?? '', scale);
  const found = new Set<ScaleValue>();
  const add = (cell: string | undefined) => { const value = cellValue(cell ?? '', scale, true); if (value) found.add(value); };
  const { rows, at } = headedTableOf(units, index);
  // A header without a cell over the row labels is aligned to the right.
  const header = at > 0 ? headerCells(rows, at, scale) : [];
  const offset = Math.max(0, row.length - header.length);
  if (anyOf(scale.rowLabels).test(label) || (GENERIC_LABEL.test(label) && underQuestion(unit, scale))) {
    // The first cell that states a value is the judgement; later cells are reasons ("Good emergency response times"),
    // a cell listing the scale ("poor / uncertain / promising / excellent") is its key, and a column headed by
    // another's view ("Council self-assessment") is not the verdict.
    // Nor is a column dated before another ("April 2001 inspection | March 2003 re-inspection"): that is the earlier verdict.
    const latest = Math.max(0, ...header.map(headerYear));
    const earlier = (name: string) => headerYear(name) > 0 && headerYear(name) < latest;
    add(row.slice(1).find((cell, k) => cellValue(cell, scale, true) && !listsValues(cell, [scale], true) && !(notThis && notThis.test(header[k + 1 - offset] ?? '')) && !earlier(header[k + 1 - offset] ?? '')));
    // A value laid too close to its label to part the cells ("Prospects for improvement  Promising. The …") opens the rest of the label's cell.
    const opening = found.size === 0 && label === (row[0] ?? '') ? anyOf(scale.rowLabels).exec(label) : null;
    if (opening && label.slice(0, opening.index).trim() === '') add(label.slice(opening.index + opening[0].length).replace(/^\s*[?:]?\s*/, ''));
    // A short label that opens with its value ("Excellent prospects | The service is very likely to keep improving | …").
    if (found.size === 0 && words(label) <= 4) add(label);
    return [...found];
  }
  // Label-value pairs in cells of their own ("Score: 0 stars (poor) | Prospects: promising"), the first cell one of them.
  const pair = /^[\p{L} ']{2,40}:\s*\S/u;
  const pairs = pair.test(row[0] ?? '') ? row.flatMap((cell) => (pair.test(cell) ? flattenedRow(cell, scale) : [])) : [];
  if (pairs.length > 0) return [...new Set(pairs)];
  if (at === 0) return [];
  // A first column headed as the verdict and holding it ("Judgement | Reason" over "One star – fair. | Good intentions but …").
  if (offset === 0 && /^(?:(?:our |the )?(?:judgements?|judgments?|verdicts?|scores?|ratings?))$/i.test(header[0] ?? '') && !listsValues(row[0] ?? '', [scale])) {
    add(row[0]);
    if (found.size > 0) return [...found];
  }
  // The first column holds the rows' labels, unless it too is headed by the scale and holds its value (a box of two judgements side by side).
  const labelled = (column: number) => column > 0 || (cellValue(label, scale) !== undefined && offset === 0);
  const columns = header.flatMap((name, column) => (labelled(column + offset) && anyOf(scale.rowLabels).test(name) ? [column + offset] : []));
  // Read under the scale's column when the table's rows state one value there ("fair", then "(one star)"), or in the current inspection's row.
  // A row with fewer cells than its header lost a separator in its label ("ICT services (this report) 2003"): its cells align to the right.
  const under = (cellsOfRow: readonly string[], column: number) => {
    const k = cellsOfRow.length < header.length && column > 0 ? column - (header.length - cellsOfRow.length) : column;
    return k >= 1 || column === 0 ? cellsOfRow[k] : undefined;
  };
  const stated = new Set(rows.slice(1).flatMap((other) => columns.map((column) => cellValue(under(cells(plain(other.text)), column) ?? '', scale)?.token).filter((token) => token !== undefined)));
  // The current inspection's row may be marked as this report's ("ICT services (this report) | 2003 | …"), or be the
  // one row of a table of the council's services ("Service | Inspected | Grade | Prospects") that names the report's.
  if (!(stated.size === 1 || current.test(label) || THIS_REPORT.test(label) || (SERVICE_COLUMN.test(header[0] ?? '') && offset === 0 && ownService?.(label)))) return [];
  for (const column of columns) add(under(row, column));
  return [...found];
}

/**
 * Label-value pairs in running text, whose cells lost their separators: "Will the service improve?
 * Unlikely", "Scores: how good is the service - one star (fair); prospects for improvement - uncertain".
 */
export function flattenedRow(text: string, scale: Scale): ScaleValue[] {
  const found = new Set<ScaleValue>();
  // The label may be numbered or bulleted ("2. Prospects: …", "• Current performance: poor"), its answer after a dash too
  // ("How good is the service? – Fair."); the answer ends with its sentence and may be quoted ("Prospects: "Uncertain." Reasons: …").
  // Or after a dotted leader ("Service quality ........ Fair").
  const pair = new RegExp(`(?:^(?:\\d{1,2}[.)]\\s+|[•▪●◦‣∙·–-]\\s+)?|[;:,]\\s*)(?:${scale.rowLabels.join('|')})\\s*(?:[?:](?:\\s*[–—-](?=\\s))?|\\s[-–—]|\\.{4,}(?=\\s))\\s*([^;]+)`, 'gu');
  for (const match of text.matchAll(pair)) {
    const sentence = /[.!?]['"”’]?\s+(?=[A-Z])/.exec(match[1]!);
    const answer = (sentence ? match[1]!.slice(0, sentence.index + 1) : match[1]!).trim().replace(/^['"“‘]+|['"”’]+$/g, '').replace(/[.]$/, '').trim();
    // A longer answer may give the value in parts that agree ("★☆☆ – one star, a fair service").
    const parts = answer.split(/\s+/).length <= 5 ? [answer] : answer.split(/\s*[,–—]\s*|\s+-\s+/).filter((part) => part.split(/\s+/).length <= 5);
    const values = new Set(parts.map((part) => cellValue(part, scale)).filter((value) => value !== undefined));
    if (values.size === 1) found.add([...values][0]!);
  }
  return [...found];
}

/** Whether a row lists three or more values of one of the scheme's scales: a chart's axis, not a verdict. */
export function isLegendRow(unit: Sentence, text: string, scales: readonly Scale[]): boolean {
  if (unit.kind !== 'row') return false;
  const row = cells(text);
  return scales.some((scale) => new Set(row.map((cell) => cellValue(cell, scale)).filter(Boolean)).size >= 3);
}

/** Whether a row is a labelled judgement row of any scale (its words are then read as cells only). */
export function isJudgementRow(unit: Sentence, text: string, scales: readonly Scale[]): boolean {
  return unit.kind === 'row' && scales.some((scale) => anyOf(scale.rowLabels).test(cells(text)[0] ?? ''));
}

/**
 * A unit that answers its section's question: under "How good is the service?", a unit starting
 * "Poor – the service does not meet…" or "A: Good." states the grade as a row would.
 */
export function sectionAnswer(unit: Sentence, text: string, scale: Scale, asked?: string): ScaleValue[] {
  // The question is the section's heading, or a question just before (a bullet or a line of its own).
  const heading = plain(unit.section.split(' > ').pop() ?? '');
  if (!anyOf(scale.rowLabels).test(heading) && !(asked !== undefined && anyOf(scale.rowLabels).test(asked))) return [];
  // The answer may open with its holder and a pronoun for the question's subject ("We judge them to be uncertain", "It is a poor service").
  const answer = text.replace(/^(?:a|answer|our (?:answer|score|judgement|view))\s*[:.–-]\s*/, '')
    .replace(/^(?:we (?:judge|consider|find|rate|assess|believe|think)\w* (?:them|it|they|these) (?:to be |as )?|(?:they|it) (?:are|is) (?:an? )?)/, '');
  // A line naming three or more of the scale's values lists the scale ("Poor – Uncertain – Promising – Excellent", or a
  // chart's axis whose labels a PDF's text sets one space apart, "Poor Fair Good Excellent"): no answer.
  if (answer.split(/\s*[–—|/,]\s*|\s-\s/).filter((segment) => segment.split(/\s+/).length <= 3 && cellValue(segment.trim(), scale)).length >= 3) return [];
  if (listsValues(answer, [scale], true)) return [];
  // A chart's star axis run together ("*** ** * –"): two or more groups of stars and nothing else.
  if (/^[*★☆–—\s-]+$/u.test(answer) && (answer.match(/[*★☆]+/gu) ?? []).length >= 2) return [];
  // "No" or "Yes" opening a sentence of its own ("No member sat on it") is a determiner, not the answer ("No – it will not improve", "Yes, it will").
  if (/^(?:no|yes)\s+(?!it\b|the service\b)[a-z]/.test(answer)) return [];
  // Stars with the value in brackets ("★ (fair)", read as "1 stars (fair)") state it.
  const stars = /^\s*\d stars?\s+\(([a-z' ]{1,30})\)/u.exec(answer);
  // Stars before the value's word ("★★★ Excellent - one of the best …", read as "3 stars excellent - …") state it as the word does.
  const match = stars ?? /^(?:\d stars?\s+)?([a-z*' ]{1,30}?)\s*(?:[–—:.,(]|-\s|$)/u.exec(answer);
  // A bare "Yes" or "No" may open a fuller answer after a comma or dash ("Yes, it will probably improve"): the cell reads both.
  const value = !match ? undefined : (stars ? undefined : cellValue(answer.trimStart(), scale)) ?? cellValue(match[1]!.trim(), scale);
  return value ? [value] : [];
}

/**
 * A short answer under the question's own heading, itself taken for a heading ("Will the service improve?"
 * then "Probably – see section 6", or a table's row label then its cell); not the first of a chart's axis
 * labels, which stand one under another.
 */
export function headingAnswer(units: readonly Sentence[], index: number, text: string, scale: Scale): ScaleValue[] {
  const question = units[index - 1], next = units[index + 1];
  // The question may also be a row label on a line of its own, its value on the next ("Quality of the current service" then "Poor – no stars").
  // Or a short label line that ends in a colon, its answer set on the line below ("Prospects for improvement:" then "UNCERTAIN").
  const label = question?.kind === 'sentence' && /:\s*$/.test(question.text) && question.text.trim().split(/\s+/).length <= 6;
  if (!question || (question.kind !== 'heading' && !label) || !(/\?\s*$/.test(question.text) || anyOf(scale.rowLabels).test(plain(question.text)))) return [];
  // The next line is the second axis label when it is short and opens with a value ("Good", "Good (two stars)"); not when a value
  // stands in its words ("Network availability is excellent") or opens a reasons cell ("Good user satisfaction, but poor fix times").
  if (next?.kind === 'heading' && next.text.trim().split(/\s+/).length <= 4 && cellValue(plain(next.text), scale)) return [];
  return sectionAnswer({ ...units[index]!, section: '' }, text, scale, plain(question.text));
}

/** A first column headed as the services a table's rows are ("Service", "Service inspected"): a table of results, not a key. */
const SERVICE_COLUMN = /^(?:the )?(?:services?|service area|service inspected|inspections?)$/i;

/** A row label marking the row as this report's own ("ICT services (this report)"). */
const THIS_REPORT = /\bthis (?:report|inspection)\b/i;

/**
 * Whether a row belongs to a key: a table whose rows give three or more values of one scale, one a
 * row ("three stars | an excellent service"). A row naming two values (a verdict beside its reasons,
 * a self-assessment beside the inspection) is not a key's row.
 */
export function isKeyTable(units: readonly Sentence[], index: number, scales: readonly Scale[]): boolean {
  if (units[index]!.kind !== 'row') return false;
  // A row marked as this report's ("ICT services (this report) | 2003 | 0 stars - poor | Uncertain") is no key's.
  if (THIS_REPORT.test(cells(plain(units[index]!.text))[0] ?? '')) return false;
  const table = tableOf(units, index).rows;
  if (SERVICE_COLUMN.test(cells(plain(table[0]!.text))[0] ?? '')) return false;
  const rows = table.map((row) => plain(row.text));
  return scales.some((scale) => {
    const single = rows.map((row) => new Set(shortCellValues(row, scale))).filter((values) => values.size === 1);
    return new Set(single.flatMap((values) => [...values])).size >= 3;
  });
}

/** The values stated by a row's short cells (four words or fewer): a key's or a judgement's cells, not a reasons column. */
export function shortCellValues(text: string, scale: Scale): string[] {
  return cells(text).filter((cell) => cell.split(/\s+/).length <= 4).flatMap((cell) => {
    const value = cellValue(cell, scale) ?? scale.values.find((v) => anyOf(v.terms).test(cell));
    return value ? [value.token] : [];
  });
}

const wordPatterns = new Map<string, RegExp>();
/** A cell's words as a whole-word global regex (compiled once per cell). */
function wordPattern(cell: string): RegExp {
  let pattern = wordPatterns.get(cell);
  if (!pattern) wordPatterns.set(cell, pattern = new RegExp(`\\b${cell}\\b`, 'g'));
  return pattern;
}

/** Whether three values of one scale are named close together ("excellent, promising, uncertain or poor"): a list, not a verdict. */
export function listsValues(text: string, scales: readonly Scale[], ordered = false): boolean {
  return scales.some((scale) => {
    const places = scale.values.flatMap((value) => value.cells.filter((cell) => /^[a-z ]{4,}$/.test(cell) && text.includes(cell))
      .flatMap((cell) => [...text.matchAll(wordPattern(cell))].map((m) => ({ token: value.token, ordinal: value.ordinal, at: m.index! }))));
    return places.some((place) => {
      const near = places.filter((p) => p.at >= place.at && p.at - place.at <= 60).sort((a, b) => a.at - b.at);
      if (new Set(near.map((p) => p.token)).size < 3) return false;
      if (!ordered) return true;
      // A key lists the values in the scale's order, either way, a word or two apart ("poor, fair, good, excellent",
      // "poor (no stars) / fair (one star) / …"); a cell of reasons names them as it goes ("fair: one star (good
      // front-line staff, poor appointment system)", "Fair – one star. The service has some good features, …").
      const steps = near.slice(1).map((p, k) => Math.sign(p.ordinal - near[k]!.ordinal)).filter((step) => step !== 0);
      const close = near.slice(1).every((p, k) => words(text.slice(near[k]!.at, p.at)) <= 4);
      return close && (steps.every((step) => step > 0) || steps.every((step) => step < 0));
    });
  });
}
