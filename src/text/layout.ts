/** The normalised text of a document and its map back to pages and raw character offsets. */
import type { Page } from '../document.js';

/** One stretch of normalised text that came from one line of one page. */
export interface Span {
  /** Offset in the normalised text. */
  start: number;
  end: number;
  page: number;
  /** Offsets in the raw extracted text of that page. */
  rawStart: number;
  rawEnd: number;
}

/** Normalised document text: lines kept, running headers/footers dropped, hyphenation joined. */
export interface TextLayer {
  text: string;
  spans: Span[];
}

/**
 * A page's text lines and, when the page has a layout text (a PDF's, see the extract stage) with the same lines,
 * those lines as laid out; `split` cuts a text into lines (both texts alike).
 */
export function pageLines(page: Page, split: (text: string) => string[] = (text) => text.split('\n')): { text: string[]; layout?: string[] } {
  const text = split(page.text);
  const layout = page.layout === undefined ? undefined : split(page.layout);
  return layout && layout.length === text.length ? { text, layout } : { text };
}

/** A place in the original extracted text. */
export interface Place {
  page: number;
  offset: number;
}

/** Maps an offset of the normalised text back to its page and raw offset. */
export function placeOf(layer: TextLayer, offset: number): Place {
  const spans = layer.spans;
  if (spans.length === 0) return { page: 1, offset: 0 };
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const span = spans[low]!;
  const within = Math.max(0, Math.min(offset, span.end) - span.start);
  const rawLength = span.rawEnd - span.rawStart;
  const normLength = Math.max(1, span.end - span.start);
  // Exact when the line kept its length; proportional when normalisation changed it (ligatures).
  const rawWithin = rawLength === normLength ? within : Math.round((within * rawLength) / normLength);
  return { page: span.page, offset: span.rawStart + Math.min(rawWithin, rawLength) };
}
