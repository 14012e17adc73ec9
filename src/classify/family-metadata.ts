/** Metadata of a scheme family's report from its opening page: framework, provider, inspection dates and publication date. */
import type { Finding, Metadata, Page } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import { flexible, type Capture, type SchemeFamily, type Variant } from '../scheme/family.js';
import { evidenceOf } from './evidence.js';
import { pageEvidence } from './page-evidence.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The opening text: the first page, and the second when the first is a near-empty cover. */
export function openingPage(pages: readonly Page[]): Page | undefined {
  const [first, second] = pages;
  return first && first.text.trim().length < 200 && second ? { number: first.number, text: `${first.text}\n${second.text}` } : first;
}

/** A variant's pattern, compiled: spaces match any white space, `.` crosses lines. */
export function compile(source: string): RegExp {
  return new RegExp(flexible(source), 'sd');
}

interface Match {
  value: string;
  start: number;
  end: number;
}

function firstMatch(text: string, captures: readonly (Capture | string)[]): Match | undefined {
  for (const capture of captures) {
    const { pattern, join } = typeof capture === 'string' ? { pattern: capture, join: undefined } : capture;
    const match = compile(pattern).exec(text);
    if (!match) continue;
    const [start, end] = match.indices?.[1] ?? match.indices![0]!;
    const value = (match[1] ?? match[0]).split(/\s*\n\s*/).map((line) => line.trim()).filter(Boolean).join(join ?? ' ').replace(/\s+/g, ' ');
    return { value, start, end };
  }
  return undefined;
}

function day(part: RegExpMatchArray, fallback?: RegExpMatchArray): string | null {
  const month = MONTHS.indexOf((part[2] ?? fallback?.[2] ?? '').toLowerCase()) + 1;
  const year = part[3] ?? fallback?.[3];
  const date = Number(part[1]);
  if (month < 1 || !year || date < 1 || date > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The first and last day of a printed range ("9–10 November 2016", "22 October – 12 November 2014", "18 and 19 October 2023"). */
export function dateRange(text: string): { first: string; last: string | null } | null {
  const parts = [...text.matchAll(new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(${MONTHS.join('|')}))?(?:\\s+((?:19|20)\\d\\d))?`, 'gi'))]
    .filter((part) => part[1]!.length <= 2 && !(part[3] === undefined && part[2] === undefined && part.index > 0 && /\d$/.test(text.slice(0, part.index))));
  const last = parts.at(-1);
  const first = parts[0];
  if (!first || !last) return null;
  const end = day(last);
  const start = day(first, last);
  if (!start) return null;
  return { first: start, last: parts.length > 1 && end && end !== start ? end : null };
}

/** The family's inspectorates the report names, in the family's order ("Ofsted and Care Quality Commission"), quoting the first mention. */
function inspectorateOf(units: readonly Sentence[], family: SchemeFamily): Finding | null {
  const named = family.inspectorates.map((name) => ({ name, unit: units.find((unit) => new RegExp(`\\b${flexible(name)}\\b`, 'i').test(unit.text)) }))
    .filter((found) => found.unit !== undefined);
  const first = named.map((found) => found.unit!).sort((a, b) => a.index - b.index)[0];
  return first ? { value: named.map((found) => found.name).join(' and '), confidence: 0.9, evidence: evidenceOf(first) } : null;
}

/** Reads a family report's metadata from its opening page (the inspectorates from the whole text). */
export function readFamilyMetadata(pages: readonly Page[], units: readonly Sentence[], family: SchemeFamily, variant: Variant): Metadata {
  const page = openingPage(pages);
  const none: Metadata = { council: null, service: null, inspectedOn: null, publishedOn: null, inspectorate: null, provider: null, framework: null, inspectedUntil: null };
  if (!page) return none;
  const finding = (match: Match | undefined, value: string | null | undefined, confidence: number): Finding | null =>
    match && value ? { value, confidence, evidence: pageEvidence(page.text.slice(match.start, match.end), page.number, match.start, match.end, units) } : null;
  const framework = firstMatch(page.text, [{ pattern: `(${variant.framework})` }]);
  const provider = firstMatch(page.text, variant.provider);
  const dates = firstMatch(page.text, variant.dates);
  const range = dates ? dateRange(dates.value) : null;
  const published = firstMatch(page.text, variant.published);
  return {
    ...none,
    inspectorate: inspectorateOf(units, family),
    provider: finding(provider, provider?.value, 0.8),
    framework: finding(framework, framework?.value, 0.9),
    inspectedOn: finding(dates, range?.first, 0.8),
    inspectedUntil: finding(dates, range?.last, 0.8),
    publishedOn: finding(published, published ? dateRange(published.value)?.first : null, 0.8),
  };
}
