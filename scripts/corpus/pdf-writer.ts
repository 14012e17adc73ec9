/**
 * Lays out a report (a list of blocks) line by line, so that line wraps, hyphenation and page
 * breaks are under our control, then renders it with pdfkit. The output is byte-identical for
 * identical input because the creation date (and so the file ID) is fixed by the caller.
 */
import PDFDocument from 'pdfkit';
import { PAGE, type Layout } from './layouts.js';
import { CHART_LABELS } from './judgements.js';
import type { Era } from './types.js';

export interface FrontLine { text: string; size: number; bold?: boolean; gap?: number; align?: 'left' | 'center' }
export type Block =
  | { kind: 'front'; lines: FrontLine[] }
  /** `keepWith`: points of following content to keep on the same page. */
  | { kind: 'heading'; text: string; level: 1 | 2 | 3; keepWith?: number }
  /** `split`: index of a sentence to break across a page boundary when possible. */
  | { kind: 'para'; sentences: string[]; split?: number }
  | { kind: 'list'; items: string[]; style: 'bullet' | 'number' }
  | { kind: 'table'; rows: string[][]; widths: number[]; header?: boolean }
  | { kind: 'chart'; era: Era; grade: number; prospect: number }
  | { kind: 'page'; columns: 1 | 2 }
  | { kind: 'space'; lines: number };

type Op =
  | { t: 'text'; x: number; y: number; text: string; font: string; size: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: boolean }
  | { t: 'dot'; x: number; y: number; r: number }
  | { t: 'star'; x: number; y: number; r: number };

export interface WriteInput {
  blocks: Block[];
  layout: Layout;
  header: string | null;
  date: Date;
  title: string;
}
export interface WriteResult { bytes: Buffer; pages: number; splitDone: boolean }

const VOWEL = /[aeiouy]/;
/** Consonant pairs that stay together when hyphenating. */
const CLUSTERS = new Set(['bl', 'br', 'ch', 'ck', 'cl', 'cr', 'dr', 'fl', 'fr', 'gh', 'gl', 'gr', 'ng', 'ph', 'pl', 'pr', 'qu', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tr', 'tw', 'wh', 'wr']);

class Composer {
  pages: Op[][] = [];
  private col = 0;
  private cols: 1 | 2 = 1;
  private y = 0;
  private marks: number[] = [];
  splitDone = false;
  private widths = new Map<string, number>();
  constructor(private readonly doc: PDFKit.PDFDocument, private readonly L: Layout) {}

  private get top(): number { return this.L.margin.top; }
  private get bottom(): number { return PAGE.height - this.L.margin.bottom; }
  private get fullWidth(): number { return PAGE.width - this.L.margin.left - this.L.margin.right; }
  private get colWidth(): number { return this.cols === 1 ? this.fullWidth : (this.fullWidth - this.L.gutter) / 2; }
  private get colX(): number { return this.L.margin.left + this.col * (this.colWidth + this.L.gutter); }
  private get ops(): Op[] { return this.pages[this.pages.length - 1] as Op[]; }

  width(text: string, font: string, size: number): number {
    const key = `${font}|${size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc.font(font).fontSize(size).widthOfString(text);
      this.widths.set(key, w);
    }
    return w;
  }
  newPage(columns: 1 | 2): void {
    this.pages.push([]);
    this.cols = columns;
    this.col = 0;
    this.y = this.top;
    this.marks = [];
  }
  private nextFrame(): void {
    if (this.cols === 2 && this.col === 0) { this.col = 1; this.y = this.top; this.marks = []; }
    else this.newPage(this.cols);
  }
  private ensure(height: number): void {
    if (this.y > this.top + 0.01 && this.y + height > this.bottom + 0.01) this.nextFrame();
  }
  private text(x: number, text: string, font: string, size: number): void {
    this.ops.push({ t: 'text', x, y: this.y, text, font, size });
  }
  private mark(): void { if (this.cols === 1) this.marks.push(this.ops.length); }

  /** Greedy wrap; also returns the lines on which each sentence starts and ends. */
  wrap(sentences: string[], width: number, font: string, size: number): { lines: string[]; starts: number[]; ends: number[] } {
    const space = this.width(' ', font, size);
    const lines: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let words: string[] = [];
    let lineWidth = 0;
    const flush = (): void => { lines.push(words.join(' ')); words = []; lineWidth = 0; };
    sentences.forEach((sentence, s) => {
      const tokens = sentence.split(/\s+/).filter(Boolean);
      tokens.forEach((word, i) => {
        const w = this.width(word, font, size);
        if (words.length > 0 && lineWidth + space + w > width) {
          const cut = this.L.hyphenate ? this.hyphenate(word, width - lineWidth - space, font, size) : null;
          if (cut) {
            words.push(`${cut[0]}-`);
            if (i === 0) starts[s] = lines.length;
            flush();
            words.push(cut[1]); lineWidth = this.width(cut[1], font, size);
            ends[s] = lines.length;
            return;
          }
          flush();
        }
        lineWidth += (words.length ? space : 0) + w;
        words.push(word);
        if (i === 0) starts[s] = lines.length;
        ends[s] = lines.length;
      });
    });
    if (words.length) flush();
    return { lines, starts, ends };
  }
  /** Split a long plain word so its first part plus "-" fits in `room` (VC-CV first, then V-CV). */
  private hyphenate(word: string, room: number, font: string, size: number): [string, string] | null {
    const m = /^([A-Za-z][a-z]{7,})([.,;:]?)$/.exec(word);
    if (!m) return null;
    const w = (m[1] as string).toLowerCase();
    const vowel = (i: number): boolean => VOWEL.test(w[i] ?? '');
    const candidates: number[] = [];
    for (const pass of [0, 1]) {
      for (let i = w.length - 3; i >= 3; i--) {
        const consonantPair = !vowel(i - 1) && !vowel(i) && vowel(i + 1) && vowel(i - 2) || (!vowel(i - 1) && !vowel(i) && vowel(i + 1) && w[i - 1] === w[i]);
        const ok = pass === 0 ? consonantPair && !CLUSTERS.has(w.slice(i - 1, i + 1)) : vowel(i - 1) && !vowel(i) && vowel(i + 1);
        if (ok) candidates.push(i);
      }
    }
    for (const i of candidates) {
      const head = word.slice(0, i);
      if (this.width(`${head}-`, font, size) <= room) return [head, word.slice(i)];
    }
    return null;
  }

  heading(text: string, level: 1 | 2 | 3, keepWith = 0): void {
    const size = this.L.headingSizes[level - 1] as number;
    const lh = size * 1.35;
    const gapBefore = level === 1 ? 0.6 * this.L.leading : 0.5 * this.L.leading;
    if (this.y > this.top + 1) this.y += gapBefore;
    const { lines } = this.wrap([text], this.colWidth, this.L.bold, size);
    this.ensure(lh * lines.length + Math.max(2 * this.L.leading, keepWith));
    this.mark();
    for (const line of lines) { this.text(this.colX, line, this.L.bold, size); this.y += lh; }
    this.y += 0.25 * this.L.leading;
  }

  para(sentences: string[], split?: number): void {
    const { lines, starts, ends } = this.wrap(sentences, this.colWidth, this.L.font, this.L.size);
    this.ensure(this.L.leading * Math.min(2, lines.length));
    if (split !== undefined && !this.splitDone && this.cols === 1) this.trySplit(starts[split] ?? -1, ends[split] ?? -1);
    this.mark();
    for (const line of lines) {
      this.ensure(this.L.leading);
      this.text(this.colX, line, this.L.font, this.L.size);
      this.y += this.L.leading;
    }
    this.y += 0.6 * this.L.leading;
  }
  /** Spread extra space over earlier blocks on this page so a page break falls inside sentence `s`. */
  private trySplit(startLine: number, lastLine: number): void {
    if (startLine < 0 || lastLine <= startLine) return;
    const target = this.bottom - (startLine + 1.5) * this.L.leading;
    const extra = target - this.y;
    const gaps = this.marks.filter((m) => m > 0);
    if (extra < 0 || extra > 22 * this.L.leading || gaps.length < 2) return;
    const step = extra / gaps.length;
    const ops = this.ops;
    for (const m of gaps) for (let i = m; i < ops.length; i++) (ops[i] as Op).y += step;
    this.y += extra;
    this.splitDone = true;
  }

  list(items: string[], style: 'bullet' | 'number'): void {
    const indent = 18;
    items.forEach((item, i) => {
      const { lines } = this.wrap([item], this.colWidth - indent, this.L.font, this.L.size);
      this.ensure(this.L.leading * Math.min(2, lines.length));
      this.mark();
      const label = style === 'bullet' ? this.L.bullet : `${i + 1}.`;
      lines.forEach((line, j) => {
        this.ensure(this.L.leading);
        if (j === 0) this.text(this.colX, label, this.L.font, this.L.size);
        this.text(this.colX + indent, line, this.L.font, this.L.size);
        this.y += this.L.leading;
      });
      this.y += 0.3 * this.L.leading;
    });
    this.y += 0.3 * this.L.leading;
  }

  table(rows: string[][], fractions: number[], header: boolean): void {
    const total = this.colWidth;
    const pad = 4;
    rows.forEach((row, r) => {
      const font = header && r === 0 ? this.L.bold : this.L.font;
      const cells = row.map((cell, c) => this.wrap([cell], total * (fractions[c] ?? 0.25) - 2 * pad, font, this.L.size - 0.5).lines);
      const height = Math.max(...cells.map((l) => l.length)) * this.L.leading + pad;
      this.ensure(height);
      if (r === 0) this.mark();
      this.ops.push({ t: 'rect', x: this.colX, y: this.y - 2, w: total, h: 0.6, fill: true });
      const depth = Math.max(...cells.map((l) => l.length));
      for (let line = 0; line < depth; line++) {
        let x = this.colX + pad;
        cells.forEach((cellLines, c) => {
          const text = cellLines[line];
          if (text) this.text(x, text, font, this.L.size - 0.5);
          x += total * (fractions[c] ?? 0.25);
        });
        this.y += this.L.leading;
      }
      this.y += pad;
    });
    this.ops.push({ t: 'rect', x: this.colX, y: this.y - 2, w: total, h: 0.6, fill: true });
    this.y += 0.8 * this.L.leading;
  }

  /** The scoring chart: a 4x4 grid whose axis labels list every grade and every prospect. */
  chart(era: Era, grade: number, prospect: number): void {
    const cell = { w: Math.min(88, (this.fullWidth - 120) / 4), h: 42 };
    const height = 4 * cell.h + 110;
    this.ensure(height);
    this.mark();
    const x0 = this.colX + 110;
    const size = this.L.size - 1;
    this.text(this.colX, CHART_LABELS.gradesTitle, this.L.bold, size);
    this.y += this.L.leading * 1.4;
    const gridTop = this.y;
    CHART_LABELS.grades.forEach((label, row) => {
      const y = gridTop + row * cell.h;
      this.ops.push({ t: 'rect', x: x0, y, w: 4 * cell.w, h: 0.5, fill: true });
      this.ops.push({ t: 'text', x: this.colX, y: y + cell.h / 2 - 12, text: label, font: this.L.font, size });
      const stars = 3 - row;
      for (let s = 0; s < stars; s++) this.ops.push({ t: 'star', x: this.colX + 8 + s * 14, y: y + cell.h / 2 + 8, r: 5 });
    });
    this.ops.push({ t: 'rect', x: x0, y: gridTop + 4 * cell.h, w: 4 * cell.w, h: 0.5, fill: true });
    for (let c = 0; c <= 4; c++) this.ops.push({ t: 'rect', x: x0 + c * cell.w, y: gridTop, w: 0.5, h: 4 * cell.h, fill: true });
    this.ops.push({ t: 'dot', x: x0 + (prospect + 0.5) * cell.w, y: gridTop + (3 - grade + 0.5) * cell.h, r: 9 });
    this.y = gridTop + 4 * cell.h + 8;
    const labels = CHART_LABELS[era].prospects;
    labels.forEach((label, c) => {
      const { lines } = this.wrap([label], cell.w - 6, this.L.font, size - 0.5);
      lines.forEach((line, j) => this.ops.push({ t: 'text', x: x0 + c * cell.w + 3, y: this.y + j * (size + 2), text: line, font: this.L.font, size: size - 0.5 }));
    });
    this.y += 3 * (size + 2) + 6;
    this.text(x0, CHART_LABELS[era].title, this.L.bold, size);
    this.y += 2 * this.L.leading;
  }

  front(lines: FrontLine[]): void {
    for (const line of lines) {
      this.y += line.gap ?? 0;
      const font = line.bold ? this.L.bold : this.L.font;
      for (const text of this.wrap([line.text], this.fullWidth, font, line.size).lines) {
        const x = line.align === 'left' ? this.L.margin.left : this.L.margin.left + (this.fullWidth - this.width(text, font, line.size)) / 2;
        this.text(x, text, font, line.size);
        this.y += line.size * 1.4;
      }
    }
  }

  space(lines: number): void { this.y += lines * this.L.leading; }
}

function drawStar(doc: PDFKit.PDFDocument, x: number, y: number, r: number): void {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.45;
    points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
  }
  doc.polygon(...points).fill('#444444');
}

function place(text: string, width: number, align: 'left' | 'center' | 'right', doc: PDFKit.PDFDocument, L: Layout): number {
  const w = doc.widthOfString(text);
  if (align === 'left') return L.margin.left;
  if (align === 'right') return L.margin.left + width - w;
  return L.margin.left + (width - w) / 2;
}

/** Lay out and render one report to PDF bytes. */
export async function writePdf(input: WriteInput): Promise<WriteResult> {
  const { layout: L } = input;
  const doc = new PDFDocument({
    size: 'A4', margin: 0, autoFirstPage: false, compress: true,
    info: { Title: input.title, Author: 'Audit Commission (synthetic sample)', Producer: 'inspection-miner corpus generator', Creator: 'scripts/make-corpus.ts', CreationDate: input.date, ModDate: input.date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const c = new Composer(doc, L);
  c.newPage(1);
  for (const b of input.blocks) {
    switch (b.kind) {
      case 'page': c.newPage(b.columns); break;
      case 'front': c.front(b.lines); break;
      case 'heading': c.heading(b.text, b.level, b.keepWith); break;
      case 'para': c.para(b.sentences, b.split); break;
      case 'list': c.list(b.items, b.style); break;
      case 'table': c.table(b.rows, b.widths, b.header ?? false); break;
      case 'chart': c.chart(b.era, b.grade, b.prospect); break;
      case 'space': c.space(b.lines); break;
    }
  }
  const pages = c.pages.filter((p, i) => i === 0 || p.length > 0);
  const total = pages.length;
  const width = PAGE.width - L.margin.left - L.margin.right;
  pages.forEach((ops, i) => {
    doc.addPage({ size: 'A4', margin: 0 });
    const n = i + 1;
    if (n > 1 && input.header) {
      doc.font(L.font).fontSize(L.size - 1.5);
      doc.fillColor('#555555').text(input.header, place(input.header, width, L.headerAlign, doc, L), L.margin.top - 34, { lineBreak: false });
      if (L.rule) doc.rect(L.margin.left, L.margin.top - 18, width, 0.5).fill('#888888');
    }
    doc.fillColor('#000000');
    for (const op of ops) {
      if (op.t === 'text') doc.font(op.font).fontSize(op.size).fillColor('#000000').text(op.text, op.x, op.y, { lineBreak: false });
      else if (op.t === 'rect') doc.rect(op.x, op.y, op.w, op.h).fill('#777777');
      else if (op.t === 'dot') doc.circle(op.x, op.y, op.r).fill('#1a4d8f');
      else drawStar(doc, op.x, op.y, op.r);
    }
    if (n > 1) {
      const footer = L.footer(n, total);
      doc.font(L.font).fontSize(L.size - 1).fillColor('#333333');
      doc.text(footer, place(footer, width, L.footerAlign, doc, L), PAGE.height - L.margin.bottom + 30, { lineBreak: false });
      if (L.footerNote) doc.text(L.footerNote, place(L.footerNote, width, 'left', doc, L), PAGE.height - L.margin.bottom + 46, { lineBreak: false });
    }
  });
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), pages: total, splitDone: c.splitDone };
}
