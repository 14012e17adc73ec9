/** Sentence splitting and section detection over a text layer. Pure functions, no I/O. */
import { placeOf, type TextLayer } from './layout.js';

export type UnitKind = 'sentence' | 'heading' | 'row' | 'item';

/** A sentence, heading, table row or list item, with its section and place. */
export interface Sentence {
  index: number;
  kind: UnitKind;
  text: string;
  /** Section path, e.g. `How good is the service? > Does the service meet these aims?`. */
  section: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  pageStart: number;
  pageEnd: number;
  /** Raw offsets: start in pageStart's text, end in pageEnd's text. */
  rawStart: number;
  rawEnd: number;
}

/** A detected heading and the path it opens. */
export interface Section {
  index: number;
  heading: string;
  level: number;
  path: string;
  page: number;
  start: number;
}

/** Settings: which unnumbered headings open a top-level section. */
export interface StructureOptions {
  topLevel: readonly RegExp[];
  abbreviations: readonly string[];
}

interface RawLine { text: string; start: number; end: number }

/** A rule or box edge ("-----", "|=====|"): decoration that separates blocks. */
const RULE = /^[\s\-_=─━│|+*~]{3,}$/;

/** A bullet or a list item's letter or number ("•", "–", "(a)", "2.") opening a line. */
export const BULLET = /^(?:[•▪●◦‣∙*·–-]\s+|\(?[a-z0-9]{1,3}[.)]\s+)/i;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u;

function lines(text: string): RawLine[] {
  const result: RawLine[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    result.push({ text: piece, start, end: start + piece.length });
    start += piece.length + 1;
  }
  return result;
}

/** A line that is a whole question, opened by its question word: it does not carry on the line before. */
const QUESTION_LINE = /^(?:How|Will|Is|Are|Does|Do|Did|What|Can|Could|Has|Have|Should|Would|Why|Where|Which|When)\s[^?]*\?$/;

function isHeading(line: string, previous: string | undefined, next: string | undefined, afterHeading = false): boolean {
  // Dashes and bars between a title's parts are not words.
  const words = line.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
  if (line.length > 90 || words > 14 || line.includes(' | ')) return false;
  if (/[.,;:]$/.test(line) || !/^[\p{Lu}\d]/u.test(line)) return false;
  // A heading does not end on a word that needs a continuation ("… the inspectors' view of").
  if (/\s(?:of|the|a|an|and|or|to|in|for|with|that|by|on|at|from|is|are|was|as|has|have|had|will|would|be|been|which|who|its|their|our|not|very)$/i.test(line)) return false;
  if (/^[\d\s.,%£/-]+$/.test(line)) return false;
  // A line of seven or more words opening with a subject pronoun and a verb ("We have judged that the council provides a good,")
  // is a sentence the page wrapped: headings name a topic, they do not speak.
  if (words >= 7 && /^(?:We|It|They|There|He|She)\s+\p{Ll}/u.test(line)) return false;
  // A line under a heading starts a block, however long the heading (a report's title line, then "Summary");
  // so does a whole question ("Will the service improve?"), even after a table cell left without a full stop.
  const atBlockStart = afterHeading || QUESTION_LINE.test(line) || previous === undefined || RULE.test(previous) || /[.!?:]["'’”)]?$/.test(previous) || isHeadingShape(previous) || previous.includes(' | ') || BULLET.test(previous);
  const bodyFollows = next === undefined || RULE.test(next) || /^[\p{Lu}\d"'‘“•▪●(★☆]/u.test(next) || BULLET.test(next);
  return atBlockStart && bodyFollows;
}

/** A line that looks like a heading on its own (used for the line before). */
function isHeadingShape(line: string): boolean {
  return line.length <= 60 && !/[.,;:]$/.test(line) && /^[\p{Lu}\d]/u.test(line) && !line.includes(' | ');
}

/** A line of a table of contents: a title and its page number ("Summary | 3"). */
function contentsEntry(line: RawLine | undefined): boolean {
  return line !== undefined && /^\S.* \| \d{1,4}$|^\d{1,4} \| /.test(line.text.trim());
}

/** A top-level heading laid out beside its page number ("Summary | 3", "3 | Summary"): the heading, without the number. */
function numberedHeading(text: string, options: StructureOptions): string | undefined {
  const cells = text.split(' | ');
  if (cells.length !== 2) return undefined;
  const heading = /^\d{1,4}$/.test(cells[1]!) ? cells[0]! : /^\d{1,4}$/.test(cells[0]!) ? cells[1]! : undefined;
  return heading !== undefined && options.topLevel.some((pattern) => pattern.test(heading)) ? heading : undefined;
}

function levelOf(heading: string, options: StructureOptions): number {
  const numbered = NUMBERED_HEADING.exec(heading);
  if (numbered) return numbered[1]!.split('.').length;
  if (options.topLevel.some((pattern) => pattern.test(heading))) return 1;
  if (heading === heading.toUpperCase() && /\p{Lu}{3}/u.test(heading)) return 1;
  return 2;
}

/**
 * A line opening with a dash and a lower-case word, under a sentence the line before left open (no
 * closing mark, no colon), carries on that sentence: the dash sets off an aside ("The service – which
 * runs … –\n– is, on the evidence, a fair service"), it does not start a list item.
 */
function continuesSentence(open: string | undefined, line: string): boolean {
  if (open === undefined || !/^[–—-]\s+\p{Ll}/u.test(line)) return false;
  return !/[.!?:;]["'’”)]?\s*$/.test(open) && !BULLET.test(open.trimStart());
}

/** The run of non-space characters that ends at `end`, found by walking back from it (not by a regex over the whole text). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function splitPoints(text: string, abbreviations: ReadonlySet<string>): number[] {
  const points: number[] = [];
  // Only the first mark of a run starts a match: a later one would fail the same way (no backtracking over "......").
  const boundary = /(?<![.!?])[.!?]+["'’”)\]]*\s+(?=["'‘“(]?[\p{Lu}\d•])/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const last = wordBefore(text, match.index + 1);
    if (abbreviations.has(last.toLowerCase())) continue;
    if (/^(?:\p{Lu}|\d{1,2})\.$/u.test(last)) continue; // initials, list numbers
    points.push(match.index + match[0].length);
  }
  return points;
}

/** Splits a text layer into sections and units (sentences, headings, table rows, list items). */
export function structure(layer: TextLayer, options: StructureOptions): { sections: Section[]; sentences: Sentence[] } {
  const abbreviations = new Set(options.abbreviations.map((a) => a.toLowerCase()));
  const all = lines(layer.text).filter((line) => line.text.trim() !== '');
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const stack: Array<{ level: number; heading: string }> = [];
  let block: { start: number; end: number; kind: UnitKind } | undefined;

  const path = () => stack.map((s) => s.heading).join(' > ');
  const emit = (kind: UnitKind, start: number, end: number) => {
    const text = layer.text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const first = placeOf(layer, start);
    const last = placeOf(layer, Math.max(start, end - 1));
    sentences.push({ index: sentences.length, kind, text, section: path(), start, end, pageStart: first.page, pageEnd: last.page, rawStart: first.offset, rawEnd: last.offset + 1 });
  };
  const flush = () => {
    if (!block) return;
    const body = layer.text.slice(block.start, block.end);
    let from = 0;
    let kind = block.kind;
    for (const point of [...splitPoints(body, abbreviations), body.length]) {
      const piece = body.slice(from, point);
      const lead = piece.length - piece.trimStart().length;
      emit(kind, block.start + from + lead, block.start + from + piece.trimEnd().length);
      kind = 'sentence';
      from = point;
    }
    block = undefined;
  };

  let lastHeading = -2;
  for (const [i, line] of all.entries()) {
    const text = line.text.trim();
    // A rule or box edge ("-----", "|=====|") is decoration that separates blocks.
    if (RULE.test(text)) { flush(); continue; }
    // Not an entry of a table of contents: those come in runs, under their own heading.
    const numbered = text.includes(' | ') && !contentsEntry(all[i - 1]) && !contentsEntry(all[i + 1]) && !/contents/i.test(path()) ? numberedHeading(text, options) : undefined;
    if (!numbered && text.includes(' | ')) { flush(); emit('row', line.start, line.end); continue; }
    if (numbered || isHeading(text, all[i - 1]?.text.trim(), all[i + 1]?.text.trim(), lastHeading === i - 1)) {
      lastHeading = i;
      flush();
      const heading = numbered ?? text;
      const level = levelOf(heading, options);
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, heading: heading.replace(/\s+/g, ' ') });
      const place = placeOf(layer, line.start);
      sections.push({ index: sections.length, heading, level, path: path(), page: place.page, start: line.start });
      emit('heading', line.start, line.end);
      continue;
    }
    if (BULLET.test(text) && !continuesSentence(block && layer.text.slice(block.start, block.end), text)) { flush(); block = { start: line.start, end: line.end, kind: 'item' }; continue; }
    if (block) block.end = line.end;
    else block = { start: line.start, end: line.end, kind: 'sentence' };
  }
  flush();
  return { sections, sentences };
}
