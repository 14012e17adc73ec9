/** Metadata: council, service, inspection and publication dates, inspectorate, each with evidence. */
import type { Finding, Metadata } from '../document.js';
import type { Scheme } from '../scheme/index.js';
import { stageVersion, type Stage } from '../pipeline.js';
import type { Sentence } from '../text/sentences.js';
import { findingOf } from '../classify/evidence.js';
import { firstDate } from '../classify/dates.js';
import { BEST_VALUE, variantOf } from '../scheme/registry.js';
import { readFamilyMetadata } from '../classify/family-metadata.js';

/** Units on the first pages, where front-page facts are. */
const FRONT_PAGES = 2;

function first(units: readonly Sentence[], read: (unit: Sentence) => string | null, confidence: number): Finding | null {
  for (const unit of units) {
    const value = read(unit);
    if (value) return findingOf(value, confidence, unit);
  }
  return null;
}

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^(?:the|inspection of|report on)\s+/i, '').trim();
}

/** A service name that says something: not just "the service" or "this service". */
function named(service: string | undefined): string | null {
  if (!service) return null;
  const words = tidy(service).toLowerCase().split(/\s+/).filter((word) => !/^(?:the|this|its|our|council's|services?)$/.test(word));
  return words.length > 0 ? tidy(service) : null;
}

/** An all-capitals title ("REDWATER BOROUGH COUNCIL") in title case, so names read as names. */
function titleCase(text: string): string {
  return /\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/(^|[\s(–-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function councilOf(front: readonly Sentence[], scheme: Scheme): Finding | null {
  const council = new RegExp(scheme.councilPattern);
  return first(front, (unit) => {
    // A council's name may wrap onto a second front-page line ("Broadmere Metropolitan Borough / Council").
    const next = front[front.indexOf(unit) + 1];
    // A name already ending in "Council" is whole: the next line is the service ("Council Tax and Business Rates").
    const joined = unit.kind === 'heading' && next?.kind === 'heading' && !/\bcouncil\s*$/i.test(unit.text) && /^(?:(?:county|metropolitan|city|district|borough|royal|town)\s+)*council\b(?!\s+tax)/i.test(next.text);
    const match = council.exec(titleCase(joined ? `${unit.text} ${next.text}` : unit.text));
    // The inspectorate's name over the service's ("Audit Commission" / "Council Tax …") names no council.
    if (!match || scheme.inspectorates.some((name) => match[0].toLowerCase().includes(name.toLowerCase()))) return null;
    return !/^(?:the|this|a|our|each|every|other|county|city|district|borough) council$/i.test(match[0].trim()) ? tidy(match[0]) : null;
  }, 0.8);
}

function serviceOf(front: readonly Sentence[], scheme: Scheme): Finding | null {
  const council = new RegExp(scheme.councilPattern);
  const inspected = new RegExp(`(?:inspection of|inspected|report on|review of)\\s+(?:(?:the|its|our)\\s+)?(?:council's\\s+|authority's\\s+)?(${scheme.servicePattern})`, 'gi');
  const topLevel = scheme.topLevelHeadings.map((source) => new RegExp(source, 'i'));
  const line = new RegExp(`^(?:[\\w'’&,-]+\\s+){0,6}?${scheme.servicePattern}(?:\\s+[\\w'’&,-]+){0,4}$`, 'i');
  const title = (unit: Sentence) => line.test(unit.text) && !council.test(titleCase(unit.text)) && !topLevel.some((heading) => heading.test(unit.text))
    && !/inspection|audit|report|commission|contents|summary|scor|the service/i.test(unit.text);
  // The title page names the service ("Information Technology"); a sentence may name an earlier inspection of another.
  const headings = front.filter((unit) => unit.kind === 'heading');
  return first(headings.filter((unit) => unit.pageStart === 1), (unit) => (title(unit) ? tidy(unit.text) : null), 0.8)
    // "we inspected it in February 2003": the pronoun, not IT.
    // Not an earlier inspection's service ("The report follows last year's inspection of the council's waste service").
    ?? first(front, (unit) => {
      const found = [...unit.text.matchAll(inspected)].filter((match) => match[1] !== 'it' && !EARLIER_INSPECTION.test(unit.text.slice(0, match.index)) && named(match[1]));
      // A sentence naming two inspections, one still to come ("the outcome of the inspection of the Trading Standards service,
      // published in December, and of progress in preparing for the inspection of the ICT service, which is due in March"):
      // a paper written before an inspection is about the service inspected next, not the one whose result it passes on.
      const coming = found.length > 1 ? found.find((match) => COMING_INSPECTION.test(unit.text.slice(Math.max(0, match.index! - 40), match.index)) || COMING_AFTER.test(unit.text.slice(match.index! + match[0].length).split(/[;.]|,\s+(?:and|but)\b/)[0]!)) : undefined;
      const chosen = coming ?? found[0];
      return chosen ? named(chosen[1]) : null;
    }, 0.8)
    ?? first(headings, (unit) => (title(unit) ? tidy(unit.text) : null), 0.6);
}

/** What ends before "inspection of" one still to come ("preparing for the", "the forthcoming", "to carry out a Best Value"). */
const COMING_INSPECTION = /\b(?:forthcoming|coming|next|planned|future|preparing for|prepare for|preparation for|ready for|ahead of|before|to carry out|will carry out|will conduct|to conduct)\b[^,;.]{0,25}$/i;
/** What follows "inspection of X" still to come (", which is due to take place in March 2004", "next year"). */
const COMING_AFTER = /^[^.;]{0,12}\b(?:which|that)?\s*(?:is|are|will be)?\s*(?:due|expected|scheduled|planned|to take place|will take place|next (?:month|year|spring|summer|autumn|winter))\b/i;

/** What ends in "inspection of": an earlier one ("last year's", "a previous", "the 2001"). */
const EARLIER_INSPECTION = /\b(?:last year's|last|previous|earlier|prior|first|(?:19|20)\d\d)\s+$/i;

const INSPECTED = /inspect(?:ion|ed|ors visited|ion took place|ion was carried out)|on[- ]site|fieldwork|date of inspection|visit/i;
const PUBLISHED = /publi(?:shed|cation)|issued|date of report|report date/i;
/** "…, which we inspected in October 2000, …": the date of another inspection. */
const OTHER_INSPECTION = /\b(?:which|that|when) (?:we|the commission|inspectors) (?:first |last |previously )?inspected\b|\binspected (?:last year|previously|earlier|separately)\b/i;

/** The clauses of a sentence that may each date one event ("it was inspected in February 2001; the report was published in May 2001"). */
const DATE_CLAUSES = /;|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:the|its|our|this|their|we|it|they)\s)/;

/** The date in the first clause naming the event (and not the other one, when given). */
function clauseDate(text: string, event: RegExp, other?: RegExp): string | null {
  for (const clause of text.split(DATE_CLAUSES)) {
    if (!event.test(clause) || other?.test(clause)) continue;
    const date = firstDate(clause);
    if (date) return date;
  }
  return null;
}

/** The inspection itself named, where a sentence dates two events ("visited" may be anything's). */
const INSPECTION_NAMED = /inspect(?:ion|ed|ors)\b|fieldwork|on[- ]site/i;

/**
 * The inspection's date. A report is published within months of its inspection: a date more than a
 * year before the publication date is an earlier inspection's ("In April 2001 we inspected …" in a
 * re-inspection published in June 2003).
 */
function inspectedOnOf(units: readonly Sentence[], front: readonly Sentence[], published: string | undefined): Finding | null {
  const earliest = published ? `${Number(published.slice(0, 4)) - 1}${published.slice(4)}` : '';
  const read = (unit: Sentence) => {
    if (!INSPECTED.test(unit.text) || OTHER_INSPECTION.test(unit.text)) return null;
    // A sentence dating the inspection and another event gives the date of the clause naming the inspection
    // ("The council completed its review in September 2001 and we carried out our inspection in November 2001").
    const date = PUBLISHED.test(unit.text) ? clauseDate(unit.text, INSPECTION_NAMED, PUBLISHED) : clauseDate(unit.text, INSPECTION_NAMED) ?? firstDate(unit.text);
    return date && date >= earliest.slice(0, date.length) ? date : null;
  };
  return first(front, read, 0.8) ?? first(units, read, 0.6);
}

/** A line of the title page that is a date and nothing else ("June 2003"): the report's date. */
const DATE_LINE = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\s*$/i;

function publishedOnOf(units: readonly Sentence[]): Finding | null {
  const read = (unit: Sentence) => {
    if (!PUBLISHED.test(unit.text)) return null;
    return INSPECTION_NAMED.test(unit.text) ? clauseDate(unit.text, PUBLISHED, INSPECTION_NAMED) ?? firstDate(unit.text) : firstDate(unit.text);
  };
  return first(units, read, 0.8) ?? first(units.filter((unit) => unit.pageStart === 1), (unit) => (DATE_LINE.test(unit.text) ? firstDate(unit.text) : null), 0.6);
}

/** Reads the metadata from the units of a document. */
export function readMetadata(units: readonly Sentence[], scheme: Scheme): Metadata {
  const front = units.filter((unit) => unit.pageStart <= FRONT_PAGES);
  const published = publishedOnOf(units);
  return {
    council: councilOf(front, scheme),
    service: serviceOf(front, scheme),
    inspectedOn: inspectedOnOf(units, front, published?.value),
    publishedOn: published,
    inspectorate: first(front, (unit) => scheme.inspectorates.find((name) => unit.text.toLowerCase().includes(name.toLowerCase())) ?? null, 0.9),
  };
}

/** The metadata stage. */
export function metadata(scheme: Scheme): Stage {
  return {
    name: 'metadata',
    version: stageVersion(12, { council: scheme.councilPattern, service: scheme.servicePattern, inspectorates: scheme.inspectorates }),
    needs: ['pages', 'sentences', 'scheme'],
    sets: ['metadata'],
    run(document, report) {
      const family = variantOf(document.scheme?.value);
      // A family report's metadata is read from its own front-page layout; Best Value's provider is its council.
      const found: Metadata = family ? readFamilyMetadata(document.pages, document.sentences!, family.family, family.variant) : readMetadata(document.sentences!, scheme);
      if (!family && document.scheme?.value === BEST_VALUE && found.council) found.provider = found.council;
      const fields = family ? ['provider', 'framework', 'inspectedOn', 'publishedOn', 'inspectorate'] : Object.keys(found);
      for (const [field, finding] of Object.entries(found)) if (!finding && fields.includes(field)) report.info(`no-${field}`, `no ${field} found`);
      return { metadata: found };
    },
  };
}
