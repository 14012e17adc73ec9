/** Extract: file bytes -> pages of text, or a status and reason saying why there is no text. */
import { readFile } from 'node:fs/promises';
import type { DocumentRecord, Page } from '../document.js';
import { stageVersion, type Report, type Stage } from '../pipeline.js';

/** Settings of the extract stage. */
export interface ExtractOptions {
  /** Pages read at most per document; the rest are counted but not read. */
  maxPages: number;
  /** Below this many non-space characters per page on average, a PDF needs OCR. */
  minCharsPerPage: number;
}

export const extractDefaults: ExtractOptions = { maxPages: 2000, minCharsPerPage: 25 };

type Output = Partial<DocumentRecord>;

/**
 * The native `Array.prototype.push`. pdf.js bundles core-js, which on Node 20 (V8 11) replaces it
 * with a JavaScript polyfill when pdf.js or its worker module loads, making every push in the
 * process several times slower (the stages' and compromise's too).
 */
const nativePush = Array.prototype.push;

/** Puts the native push back where pdf.js replaced it; pdf.js works the same with it. */
function restoreNativePush(): void {
  if (Array.prototype.push === nativePush) return;
  Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
}

function failed(status: 'unreadable' | 'needs-ocr' | 'unsupported', reason: string, text: string, report: Report): Output {
  report.fatal(reason, text);
  return { status, reason, pageCount: 0, pages: [] };
}

/** Builds the extract stage. */
export function extract(options: Partial<ExtractOptions> = {}): Stage {
  const settings = { ...extractDefaults, ...options };
  return {
    name: 'extract',
    version: stageVersion(2, settings),
    needs: ['path', 'type', 'bytes'],
    sets: ['status', 'reason', 'pageCount', 'pages'],
    async run(document, report) {
      if (document.type === 'other') {
        return failed('unsupported', 'file-type', 'not a PDF, text or HTML file', report);
      }
      const bytes = document.bytes ? Buffer.from(document.bytes.buffer, document.bytes.byteOffset, document.bytes.byteLength) : await readFile(document.path);
      if (bytes.length === 0) return failed('unreadable', 'empty', 'the file is empty', report);
      if (document.type === 'pdf') return extractPdf(bytes, settings, report);
      const text = decodeText(bytes);
      if (text === null) return failed('unreadable', 'not-text', 'the file holds binary data, not text', report);
      const pageTexts = document.type === 'html' ? [htmlToText(text)] : text.split('\f');
      return checkText(pageTexts.map((t, i) => ({ number: i + 1, text: t })), pageTexts.length, settings, report);
    },
  };
}

/** A gap between two runs of text on a line wider than this (in points, pdf-parse's own `cellThreshold`) and than two average characters parts two cells; a justified line's widest word space does not. */
const CELL_GAP = 7;

interface TextItemLike { str?: string; width?: number; transform?: number[]; hasEOL?: boolean }
interface PageLike { pageNumber?: number; getTextContent(options?: unknown): Promise<{ items: TextItemLike[] }> }

/**
 * Each page's layout text (Page.layout), by page number, filled as the parser reads the pages. pdf.js fills the
 * gap between two runs of text on a line with one space item as wide as the gap, so a table's cells and a scoring
 * grid's marks reach the text one space apart, their columns lost ("Will probably X improve"). The layout text is
 * built from the same items, each cell gap widened to the run of spaces that brings the next cell to the character
 * column its position gives, at the page's average character width, and each line's first cell kept at its indent:
 * the lines are the text's lines, their columns as on the page. pdf-parse offers no hook for this: its per-page text
 * builder is wrapped on this one parser (the page's text content read once for both), and left alone if a later
 * version no longer has it.
 */
function layOutPages(parser: object): Map<number, string> {
  const layouts = new Map<number, string>();
  const target = parser as { getPageText?: (page: PageLike, ...rest: unknown[]) => Promise<string> };
  const original = target.getPageText;
  if (typeof original !== 'function') return layouts;
  target.getPageText = async function (this: unknown, page: PageLike, ...rest: unknown[]) {
    const content = page.getTextContent.bind(page);
    let found: { items: TextItemLike[] } | undefined;
    page.getTextContent = async (options?: unknown) => (found ??= await content(options));
    const text = await original.call(this, page, ...rest);
    if (found && page.pageNumber !== undefined && layOutCells(found.items)) layouts.set(page.pageNumber, await original.call(this, page, ...rest));
    return text;
  };
  return layouts;
}

/** Widens the cell gaps and indents of a page's text items in place (see layOutPages); whether any changed. */
function layOutCells(items: TextItemLike[]): boolean {
  const text = items.filter((item) => item.str && item.str.trim() !== '' && item.transform && (item.width ?? 0) > 0);
  if (text.length === 0) return false;
  const width = text.reduce((n, item) => n + item.width!, 0) / text.reduce((n, item) => n + item.str!.length, 0);
  const left = Math.min(...text.map((item) => item.transform![4]!));
  let changed = false;
  let column = 0;
  let y: number | undefined;
  for (const item of items) {
    if (item.str === undefined) continue;
    const at = item.transform?.[5];
    // A new line where the baseline moves or an item ends one, as the text builder breaks.
    if (at !== undefined && y !== undefined && Math.abs(at - y) > 2) column = 0;
    if (at !== undefined) y = at;
    if (column === 0 && item.str.trim() !== '' && item.transform) {
      const indent = Math.round((item.transform[4]! - left) / width);
      if (indent >= 2) { item.str = ' '.repeat(indent) + item.str; changed = true; }
    } else if (item.str.trim() === '' && item.str !== '' && (item.width ?? 0) > Math.max(CELL_GAP, 2 * width) && item.transform) {
      const next = Math.round((item.transform[4]! + item.width! - left) / width);
      item.str = ' '.repeat(Math.max(2, next - column));
      changed = true;
    }
    column += item.str.length;
    if (item.hasEOL) column = 0;
  }
  return changed;
}

/** Non-space characters of a page. */
function characters(page: Page): number {
  return page.text.replace(/\s+/g, '').length;
}

/**
 * Decides whether the text layer is usable. `hasImages` says whether the pages hold images
 * (null when unknown): a page with little text and an image is a scan that needs OCR, while a
 * short born-digital document is merely short.
 */
function checkText(pages: Page[], pageCount: number, settings: ExtractOptions, report: Report, hasImages: boolean | null = false): Output {
  const scarce = pages.filter((page) => characters(page) < settings.minCharsPerPage);
  const total = pages.reduce((sum, page) => sum + characters(page), 0);
  const mostlyScarce = pages.length > 0 && scarce.length * 2 >= pages.length;
  if (pageCount > 0 && (total === 0 || (mostlyScarce && hasImages !== false))) {
    report.fatal('no-text-layer', `${scarce.length} of ${pageCount} page(s) have almost no text (${total} characters in all)${hasImages ? ' and hold images' : ''}`);
    return { status: 'needs-ocr', reason: 'no-text-layer', pageCount, pages };
  }
  for (const page of scarce) report.info('page-without-text', 'little or no text on this page (an image or blank page)', page.number);
  if (pageCount > pages.length) report.warn('page-cap', `read ${pages.length} of ${pageCount} pages (page cap)`);
  return { status: 'extracted', reason: null, pageCount, pages };
}

async function extractPdf(bytes: Buffer, settings: ExtractOptions, report: Report): Promise<Output> {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    return failed('unreadable', 'not-a-pdf', 'the file has no PDF header', report);
  }
  // Imported here so that only this stage, in a worker, pays for loading pdf.js.
  const { PDFParse, PasswordException, InvalidPDFException } = await import('pdf-parse');
  const parser = new PDFParse({ data: bytes, isEvalSupported: false, stopAtErrors: false });
  const layouts = layOutPages(parser);
  try {
    const result = await parser.getText({ pageJoiner: '', first: settings.maxPages });
    const pages: Page[] = result.pages.map((page) => {
      const layout = layouts.get(page.num);
      return layout !== undefined && layout !== page.text ? { number: page.num, text: page.text, layout } : { number: page.num, text: page.text };
    });
    const scarce = pages.filter((page) => characters(page) < settings.minCharsPerPage).map((page) => page.number);
    const hasImages = scarce.length > 0 ? await paintsImages(parser, scarce).catch(() => null) : false;
    return checkText(pages, result.total, settings, report, hasImages);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof PasswordException) return failed('unreadable', 'encrypted', `password protected: ${text}`, report);
    if (error instanceof InvalidPDFException) return failed('unreadable', 'corrupt', text, report);
    return failed('unreadable', 'corrupt', `the PDF could not be parsed: ${text}`, report);
  } finally {
    await parser.destroy().catch(() => undefined);
    // pdf.js loads its worker module on first use, so the polyfill may have come back with this document.
    restoreNativePush();
  }
}

/** The loaded pdf.js document inside a parser (pdf-parse keeps it private; present after getText). */
interface LoadedPdf {
  getPage(number: number): Promise<{ getOperatorList(): Promise<{ fnArray: number[] }> }>;
}

/**
 * Whether any of the given pages paints an image, read from the operator lists (no rendering:
 * pdf-parse's getImage decodes every image and can hang on inline images).
 */
async function paintsImages(parser: object, pageNumbers: number[]): Promise<boolean | null> {
  const pdf = (parser as { doc?: LoadedPdf }).doc;
  if (!pdf) return null;
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask]);
  for (const number of pageNumbers) {
    const operators = await (await pdf.getPage(number)).getOperatorList();
    if (operators.fnArray.some((fn) => imageOps.has(fn))) return true;
  }
  return false;
}

/** Above this share of characters that are not text (invalid UTF-8, control codes), the bytes are binary. */
const BINARY_SHARE = 0.1;

/** UTF-8 text of the bytes (BOM removed), or null when they look binary (NUL bytes, or many bytes that are not text). */
function decodeText(bytes: Buffer): string | null {
  if (bytes.subarray(0, 4096).includes(0)) return null;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || code < 0x09 || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f)) odd++;
  }
  return odd > text.length * BINARY_SHARE ? null : text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** Plain text of an HTML page: scripts and styles dropped, block elements as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/table|\/section|\/article|\/header|\/footer)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
