/** Evidence quoting a stretch of one page's extracted text, tied to the unit it falls in when there is one. */
import type { Evidence } from '../document.js';
import type { Sentence } from '../text/sentences.js';

/** Evidence for characters `start`-`end` of page `page`'s text; `sentence` is the unit holding `start`, or -1. */
export function pageEvidence(text: string, page: number, start: number, end: number, units: readonly Sentence[]): Evidence {
  const unit = units.find((candidate) => candidate.pageStart <= page && candidate.pageEnd >= page
    && (candidate.pageStart < page || candidate.rawStart <= start) && (candidate.pageEnd > page || candidate.rawEnd > start));
  return { text: text.replace(/\s+/g, ' ').trim(), pageStart: page, pageEnd: page, start, end, sentence: unit?.index ?? -1 };
}

/** White space collapsed, for patterns written with single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
