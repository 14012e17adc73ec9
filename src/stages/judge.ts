/** Grade and prospect: the judgement stages, one per scale of the scheme. */
import { stem } from '../classify/theme-text.js';
import type { DocumentRecord, Finding } from '../document.js';
import type { Scheme } from '../scheme/index.js';
import type { Scale } from '../scheme/best-value.js';
import { stageVersion, type Stage } from '../pipeline.js';
import { findCandidates, type Candidate, type Context } from '../classify/judgement.js';
import { choose } from '../classify/choice.js';
import { gridCandidates, outsideGrids } from '../classify/layout-candidates.js';
import { findingOf } from '../classify/evidence.js';
import { anyOf } from '../classify/patterns.js';
import { BEST_VALUE } from '../scheme/registry.js';


/** Words of a service's name that name no particular service. */
const NAMES_NO_SERVICE = new Set(['other', 'another', 'service', 'services', 'and', 'the', 'of']);

/** Stems of the service's name, widened by the scheme's groups of names for one service (ICT = IT = computing). */
export function serviceWords(service: string | undefined, aliases: readonly (readonly string[])[]): Set<string> {
  // "Other services" (a heading taken for the name) names no service: such words never tell services apart.
  const words = new Set((service ?? '').toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 1 && !NAMES_NO_SERVICE.has(word)).map(stem));
  for (const group of aliases) if (group.some((word) => words.has(stem(word)))) for (const word of group) words.add(stem(word));
  return words;
}

/** The report's year, from its inspection or publication date, when known (a date named in the text may be another year's). */
function yearOf(document: Readonly<DocumentRecord>): { year?: number } {
  const date = document.metadata?.inspectedOn?.value ?? document.metadata?.publishedOn?.value;
  return date ? { year: Number(date.slice(0, 4)) } : {};
}

function textOf(document: Readonly<DocumentRecord>): string {
  return document.layer?.text ?? document.pages.map((page) => page.text).join('\n');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first month and year the text names ("July 2001" as 2001-07), when the metadata found no date. */
function firstDate(text: string): string | undefined {
  const match = new RegExp(`\\b(${MONTHS.join('|')}) ((?:19|20)\\d\\d)\\b`, 'i').exec(text);
  return match ? `${match[2]}-${String(MONTHS.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, '0')}` : undefined;
}

/** The report's vocabulary era: from its date, else from the words it uses ("will improve" or "prospects"). */
function eraOf(document: Readonly<DocumentRecord>, scheme: Scheme): { era: 'A' | 'B' } {
  const text = textOf(document);
  const date = document.metadata?.inspectedOn?.value ?? document.metadata?.publishedOn?.value ?? firstDate(text);
  if (date) return { era: date >= scheme.eraBFrom.slice(0, date.length) ? 'B' : 'A' };
  // Words broken over lines ("unlikely to" / "improve", "pro-" / "bably") count as written.
  const flat = text.toLowerCase().replace(/-\n(?=[a-z])/g, '').replace(/\s+/g, ' ');
  const words = (era: 'A' | 'B') => scheme.prospect.values.filter((value) => value.era === era).reduce((n, value) => n + (flat.match(anyOf(value.terms, 'g'))?.length ?? 0), 0);
  return { era: words('A') > words('B') ? 'A' : 'B' };
}

/** What the judgement engine needs to know of a document besides its units. */
export function judgementContext(scheme: Scheme, document: Readonly<DocumentRecord>): Context {
  return {
    cues: scheme.cues, preferredSections: scheme.preferredSections, discouragedSections: scheme.discouragedSections,
    serviceWords: serviceWords(document.metadata?.service?.value, scheme.serviceAliases), scales: [scheme.grade, scheme.prospect],
    weights: scheme.weights, statements: scheme.statements, ...yearOf(document), ...eraOf(document, scheme),
    ...(document.metadata?.council?.value ? { council: document.metadata.council.value } : {}),
  };
}

/** The candidate statements of one scale in a document: prose and table units, and marked grids; those below `threshold` are dropped. */
export function judgementCandidates(scheme: Scheme, document: Readonly<DocumentRecord>, scale: Scale, threshold = scheme.weights.threshold): Candidate[] {
  const context = judgementContext(scheme, document);
  const units = document.sentences ?? [];
  const grids = gridCandidates(document.pages, units, scale, [scheme.grade, scheme.prospect], scheme.weights);
  const prose = outsideGrids(findCandidates(units, scale, context, stem, threshold, document.pages), document.pages, [scheme.grade, scheme.prospect]);
  return [...prose, ...grids.filter((candidate) => candidate.score >= threshold)];
}

/** A stage that finds the statement of one scale ('grade' or 'prospect'). */
function judge(scheme: Scheme, field: 'grade' | 'prospect', scale: Scale): Stage {
  return {
    name: field,
    version: stageVersion(60, { scale, cues: scheme.cues, preferred: scheme.preferredSections, discouraged: scheme.discouragedSections, aliases: scheme.serviceAliases, weights: scheme.weights, calibration: scheme.calibration, statements: scheme.statements }),
    needs: ['pages', 'sentences', 'metadata', 'scheme'],
    sets: [field],
    run(document, report) {
      // Best Value's scales only: another scheme's report is read by its own stage.
      if (document.scheme?.value !== BEST_VALUE) return { [field]: null };
      const choice = choose(judgementCandidates(scheme, document, scale), scheme.weights, scheme.calibration);
      if (!choice) return { [field]: null };
      const { best, rival, confidence, layout, prose } = choice;
      if (layout && prose && layout.value !== prose.value) {
        report.warn('layout-prose-disagree', `the layout reads "${layout.value.token}" (page ${layout.unit.pageStart}: ${layout.unit.text}) but the prose reads "${prose.value.token}" (page ${prose.unit.pageStart}: ${prose.unit.text}); "${best.value.token}" kept`, prose.unit.pageStart);
      } else if (rival) {
        report.warn('disagree', `statements disagree: "${best.value.token}" (page ${best.unit.pageStart}: ${best.unit.text}) kept over "${rival.value.token}" (page ${rival.unit.pageStart}: ${rival.unit.text})`, rival.unit.pageStart);
      }
      const finding: Finding = findingOf(best.value.token, confidence, best.unit, best.value.ordinal);
      return { [field]: finding };
    },
  };
}

/** The grade stage. */
export const grade = (scheme: Scheme): Stage => judge(scheme, 'grade', scheme.grade);
/** The prospect stage. */
export const prospect = (scheme: Scheme): Stage => judge(scheme, 'prospect', scheme.prospect);
