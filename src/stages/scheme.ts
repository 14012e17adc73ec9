/** Scheme: which grading scheme a document is read with, decided from its own text (or fixed by --scheme), with the evidence. */
import type { DocumentRecord, Finding } from '../document.js';
import type { Scheme } from '../scheme/index.js';
import { stageVersion, type Report, type Stage } from '../pipeline.js';
import { BEST_VALUE, families, type SchemeChoice } from '../scheme/registry.js';
import { compile, openingPage } from '../classify/family-metadata.js';
import { pageEvidence } from '../classify/page-evidence.js';
import { evidenceOf } from '../classify/evidence.js';

function count(text: string, words: readonly string[]): number {
  return words.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text)).length;
}

/** Best Value's own markers and other regimes' markers in the text. */
function markerCounts(text: string, bestValue: Scheme): { own: number; foreign: number } {
  return { own: count(text, bestValue.markers.scheme), foreign: count(text, bestValue.markers.otherRegime) };
}

function bestValueFinding(document: Readonly<DocumentRecord>, bestValue: Scheme, confidence: number): Finding {
  const marker = new RegExp(`\\b(?:${bestValue.markers.scheme.join('|')})\\b`, 'i');
  const units = document.sentences ?? [];
  const unit = units.find((candidate) => marker.test(candidate.text)) ?? units[0];
  const evidence = unit ? evidenceOf(unit) : { text: '', pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: -1 };
  return { value: BEST_VALUE, confidence: unit && marker.test(unit.text) ? confidence : Math.min(confidence, 0.5), evidence };
}

/** The first variant of the allowed families whose markers all match the opening page, with the evidence of its first marker. */
function recognise(document: Readonly<DocumentRecord>, choice: SchemeChoice): Finding | null {
  const page = openingPage(document.pages);
  if (!page) return null;
  for (const family of families.filter((candidate) => choice === 'auto' || choice === candidate.id)) {
    for (const variant of family.variants) {
      const matches = variant.recognise.map((pattern) => compile(pattern).exec(page.text));
      if (matches.some((match) => !match)) continue;
      const [start, end] = matches[0]!.indices![0]!;
      return { value: variant.id, confidence: 0.95, evidence: pageEvidence(page.text.slice(start, end), page.number, start, end, document.sentences ?? []) };
    }
  }
  return null;
}

/** The scheme stage; `choice` is --scheme: 'auto' decides per document, 'best-value' or a family id fixes it. */
export function scheme(choice: SchemeChoice, bestValue: Scheme): Stage {
  return {
    name: 'scheme',
    version: stageVersion(1, { choice, families, markers: bestValue.markers }),
    needs: ['pages', 'layer', 'sentences'],
    sets: ['scheme'],
    run(document, report: Report) {
      if (choice === BEST_VALUE) return { scheme: bestValueFinding(document, bestValue, 1) };
      const { own, foreign } = markerCounts(document.layer?.text ?? '', bestValue);
      // A variant's title markers decide, unless Best Value's own words outnumber other regimes' (a Best Value report that quotes one).
      const found = choice === 'auto' && own > foreign ? null : recognise(document, choice);
      if (found) {
        report.info('scheme', `read as ${found.value}: "${found.evidence.text}" (page ${found.evidence.pageStart})`, found.evidence.pageStart);
        return { scheme: found };
      }
      // Best Value reads every other document unless other regimes' markers outnumber its own (at least two of them).
      if (choice === 'auto' && !(foreign >= 2 && foreign > own)) return { scheme: bestValueFinding(document, bestValue, 0.9) };
      report.info('unknown-regime', choice === 'auto' ? `another regime's report (${foreign} markers against ${own}) that no scheme knows` : `no ${choice} scheme recognises this report`);
      return { scheme: null };
    },
  };
}
