/** The terms of a scale in a unit's text that are attached to a service or clause (not ordinary words). */
import type { Scale, ScaleValue } from '../scheme/best-value.js';
import type { Cues } from './judgement.js';
import { anyOf } from './patterns.js';
import { mayMatchAny } from './pattern-literals.js';
import { collapseDashAsides, negated } from './clauses.js';
import { RecentResults } from '../text/recent-results.js';

const attachedPatterns = new Map<string, RegExp>();

/** The pattern a term's following text must match to be attached as a verdict (compiled once per scale). */
function attachedPattern(scale: Scale): RegExp {
  let pattern = attachedPatterns.get(scale.attachedAfter);
  if (!pattern) {
    pattern = new RegExp(`^\\s*['"]?\\s*${scale.attachedAfter}`, 'u');
    attachedPatterns.set(scale.attachedAfter, pattern);
  }
  return pattern;
}

/** One term of a scale found in a text. */
export interface TermMatch {
  value: ScaleValue;
  start: number;
  end: number;
  negated: boolean;
  /** The feature naming how it was found, when not the scale's own term (`paraphrase`). */
  kind?: string;
  /** The inspectors are named as holding the view (a statement read by the statement reader). */
  inspectors?: boolean;
  /** Where the likelihood phrase of a paraphrase stands ("we have serious doubts whether"): its words are not traps. */
  likelihood?: { start: number; end: number };
}

/**
 * The scale's terms in the text, attached as a verdict; a longer phrase wins over one it contains. A
 * verdict split by a dash aside ("prospects – given … – are promising") is read with the aside cut out.
 */
export function termMatches(text: string, scale: Scale, cues: Cues): TermMatch[] {
  // A copy: callers may change their list, not the remembered one.
  return [...recentMatches.get(text, [scale, cues], () => readTermMatches(text, scale, cues))];
}

/** Term matches of the texts read last (a unit is read several times for each scale). */
const recentMatches = new RecentResults<[Scale, Cues], TermMatch[]>(4096);

function readTermMatches(text: string, scale: Scale, cues: Cues): TermMatch[] {
  const matches = attachedTerms(text, scale, cues);
  const collapsed = collapseDashAsides(text);
  if (collapsed) {
    for (const m of attachedTerms(collapsed.text, scale, cues)) {
      const { start, end } = collapsed.span(m.start, m.end);
      if (!matches.some((o) => o.start < end && o.end > start)) matches.push({ ...m, start, end });
    }
  }
  return longest(matches);
}

function attachedTerms(text: string, scale: Scale, cues: Cues): TermMatch[] {
  const matches: TermMatch[] = [];
  const attached = attachedPattern(scale);
  // "a 'poor' homelessness and housing advice service": the service's own name between the word and "service".
  const namedService = /^\s*['"]?\s*(?:(?!(?:in|of|for|to|with|on|at|by|from|is|are|was|were|has|have|the|a|an|this|that|its|their|our|your)\b)[a-z&'-]+\s+){1,6}services?\b/;
  for (const value of scale.values) {
    if (!mayMatchAny(value.terms, text)) continue;
    const pattern = anyOf(value.terms, 'g');
    for (const match of text.matchAll(pattern)) {
      const end = match.index! + match[0].length;
      const after = text.slice(end).replace(/^['"]+/, '');
      if (!attached.test(after) && !namedService.test(after)) continue; // an ordinary use: "good practice", "will improve response times"
      matches.push({ value, start: match.index!, end, negated: negated(text, match.index!, cues) });
    }
  }
  return matches;
}

/** A longer phrase wins over one it contains ("will probably improve" over "will improve"). */
function longest(matches: readonly TermMatch[]): TermMatch[] {
  return matches.filter((m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

const betweenPatterns = new Map<Scale, { pattern: RegExp; names: Map<string, ScaleValue> }>();

/** The pattern of two denied values ("neither poor nor good"), compiled once per scale, and the values its words name. */
function betweenPattern(scale: Scale): { pattern: RegExp; names: Map<string, ScaleValue> } {
  let found = betweenPatterns.get(scale);
  if (!found) {
    const names = new Map(scale.values.flatMap((value) => value.cells.filter((cell) => /^[a-z]{3,}$/.test(cell)).map((cell) => [cell, value] as const)));
    const words = [...names.keys()].join('|');
    const pattern = new RegExp(`\\b(?:neither|not) (?:an? )?(${words})\\b(?: (?:service|one))?,?(?: (?:but|and))? nor (?:(?:is|was) (?:it|the service) )?(?:an? )?(${words})\\b`, 'g');
    found = { pattern, names };
    betweenPatterns.set(scale, found);
  }
  return found;
}

/**
 * Two denied values a step either side of a third ("neither poor nor good", "not a poor service, but
 * nor is it a good one"): the value between, as a term spanning both.
 */
export function betweenDenied(text: string, scale: Scale): TermMatch | undefined {
  if (!/\bnor\b/.test(text)) return undefined;
  const { pattern, names } = betweenPattern(scale);
  for (const match of text.matchAll(pattern)) {
    const first = names.get(match[1]!)!, second = names.get(match[2]!)!;
    if (first.era !== second.era || Math.abs(first.ordinal - second.ordinal) !== 2) continue;
    const value = scale.values.find((v) => v.era === first.era && v.ordinal === (first.ordinal + second.ordinal) / 2);
    if (value) return { value, start: match.index, end: match.index + match[0].length, negated: false };
  }
  return undefined;
}
