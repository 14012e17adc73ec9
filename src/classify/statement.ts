/**
 * The statement reader: in a sentence that states the prospect without the scale's words ("on
 * balance we expect the service to improve", "we doubt the council can turn the service round"),
 * finds the holder (the inspectors or someone else), the predicate of improvement, the graded
 * likelihood before it and the negation's scope, and gives the prospect ordinal it means.
 */
import type { StatementLexicon } from '../scheme/best-value-statements.js';
import type { Scale } from '../scheme/best-value.js';
import { anyOf } from './patterns.js';
import { mayMatchAny } from './pattern-literals.js';
import { collapseDashAsides, ownClauseStart } from './clauses.js';
import type { TermMatch } from './terms.js';
import { RecentResults } from '../text/recent-results.js';

/** What a sentence states about improvement: the ordinal, the likelihood phrase and the predicate's place. */
export interface Statement {
  ordinal: number;
  likelihood: string;
  start: number;
  predicateStart: number;
  predicateEnd: number;
  /** The inspectors are named as holding the view. */
  inspectors: boolean;
}

/** How many characters may stand between the likelihood and its predicate. */
const REACH = 160;

const allPhrases = new WeakMap<StatementLexicon, string[]>();
/** Every likelihood phrase of a lexicon, in one list (made once per lexicon). */
function likelihoodPhrases(lexicon: StatementLexicon): string[] {
  let phrases = allPhrases.get(lexicon);
  if (!phrases) allPhrases.set(lexicon, phrases = lexicon.likelihood.flatMap((level) => level.phrases));
  return phrases;
}

/**
 * Reads a statement of improvement from plain lowercase text, or nothing when it holds none (or holds
 * someone else's view). A statement split by a long dash aside ("we doubt that the council – which has
 * … – has the capacity to …") is read with the aside cut out.
 */
export function readStatement(text: string, lexicon: StatementLexicon): Statement | undefined {
  return recentStatements.get(text, [lexicon], () => readAnyStatement(text, lexicon));
}

/** Statements of the texts read last (a unit is read for both scales, by both judgement stages). */
const recentStatements = new RecentResults<[StatementLexicon], Statement | undefined>(4096);

function readAnyStatement(text: string, lexicon: StatementLexicon): Statement | undefined {
  const whole = readWhole(text, lexicon);
  if (whole) return whole;
  const collapsed = collapseDashAsides(text);
  const read = collapsed && readWhole(collapsed.text, lexicon);
  if (!collapsed || !read) return undefined;
  const predicate = collapsed.span(read.predicateStart, read.predicateEnd);
  return { ...read, start: collapsed.original(read.start), predicateStart: predicate.start, predicateEnd: predicate.end };
}

function readWhole(text: string, lexicon: StatementLexicon): Statement | undefined {
  // Most sentences hold no likelihood phrase at all: one test of all of them first.
  const phrases = likelihoodPhrases(lexicon);
  if (!mayMatchAny(phrases, text) || !anyOf(phrases).test(text)) return postposed(text, lexicon);
  const predicate = anyOf(lexicon.predicates, 'g');
  let delivery: Statement | undefined;
  for (const match of text.matchAll(predicate)) {
    const before = text.slice(Math.max(0, match.index - REACH), match.index);
    // A colon opens a statement of its own ("… gives any reason to think so: there is no sign that anything will change").
    const sentenceStart = Math.max(0, match.index - REACH) + Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '), -1) + 1;
    const lead = text.slice(sentenceStart, match.index).replace(CONCESSIVE_ASIDE, (aside) => ' '.repeat(aside.length));
    const found = likelihoodIn(lead, lexicon);
    if (!found) continue;
    // Another holder counts in the likelihood's own clause: "its own review called for …, and there is no realistic prospect" is the report's voice.
    const from = ownClauseStart(lead, found.at);
    const own = lead.slice(from);
    if (anyOf(lexicon.otherHolders).test(own) && !anyOf(lexicon.inspectors).test(lead.slice(found.at))) continue;
    // "likely that the service will not improve": a negation between the likelihood and the predicate reverses it.
    const between = lead.slice(found.at + found.phrase.length);
    let ordinal = anyOf(lexicon.negation).test(between) || anyOf(lexicon.negation).test(match[0]) ? 3 - found.ordinal : found.ordinal;
    // Ruling out quick change, or much of it, is no verdict of none ("nothing suggests the position will change quickly",
    // "we do not expect the service to get much better"): doubt, not denial.
    const after = text.slice(match.index + match[0].length);
    if (ordinal === 0 && (follows(after, lexicon.pace) || degreeOf(match[0], after, lexicon))) ordinal = 1;
    const inspectors = anyOf(lexicon.inspectors).test(own) || impersonal(own, { ...found, at: found.at - from }, lexicon);
    const statement = { ordinal, likelihood: found.phrase, start: sentenceStart + found.at, predicateStart: match.index, predicateEnd: match.index + match[0].length, inspectors };
    // A view on the delivery of the plan gives way to one on the service itself later in the unit
    // ("We have little confidence that the council will deliver …, and nothing we saw suggests that the service will get better").
    if (!DELIVERY.test(match[0])) return statement;
    delivery ??= statement;
  }
  return delivery ?? postposed(text, lexicon);
}

/** Whether one of the phrases follows straight after the predicate ("… will change quickly", "… improve significantly"). */
function follows(after: string, phrases: readonly string[]): boolean {
  const hit = phrases.length > 0 ? anyOf(phrases).exec(after) : null;
  return hit !== null && after.slice(0, hit.index).trim() === '';
}

/** Whether the predicate carries a degree ("get much better"), or one follows straight after it ("improve significantly"). */
function degreeOf(predicate: string, after: string, lexicon: StatementLexicon): boolean {
  return (lexicon.degree.length > 0 && anyOf(lexicon.degree).test(predicate)) || follows(after, lexicon.degree);
}

/** A concessive aside qualifying the likelihood before it ("likely, though not certain, that"): that likelihood governs. */
const CONCESSIVE_ASIDE = /,\s*(?:though|although|if|albeit|but|yet)\s+(?:not|by no means|far from|hardly)\s+[^,;]{1,30},/g;

/** A predicate on delivering the plan or the capacity to improve, rather than on the service improving. */
const DELIVERY = /\b(?:deliver|delivering|delivered|capacity|ability|carry out|implement)\b/;

/** A likelihood stated after its predicate ("the chances of improvement are remote", "its prospects of improvement look bleak"). */
function postposed(text: string, lexicon: StatementLexicon): Statement | undefined {
  const { predicate, likelihood } = lexicon.postposed;
  // One test of the predicate first: most sentences speak of no chance or prospect of improvement.
  if (!anyOf([predicate]).test(text)) return lookedBack(text, lexicon);
  for (const { ordinal, phrases } of likelihood) {
    const match = anyOf([`${predicate} (?:${phrases.join('|')})`]).exec(text);
    if (!match) continue;
    const word = /\S+$/.exec(match[0])!;
    const end = match.index + match[0].length;
    // Stated impersonally, as "there is no sign" is: the report's own voice unless another holder is named.
    return { ordinal, likelihood: word[0], start: end - word[0].length, predicateStart: match.index, predicateEnd: end, inspectors: !anyOf(lexicon.otherHolders).test(text.slice(0, match.index)) };
  }
  return lookedBack(text, lexicon);
}

/**
 * A likelihood the inspectors give after the clause it weighs, pointing back to it ("It is possible that the service
 * will get better, but we think it improbable"): the likelihood of that clause's predicate.
 */
function lookedBack(text: string, lexicon: StatementLexicon): Statement | undefined {
  const back = /[,;]?\s+(?:but|and|yet|though|although|however)\s+we\s+(?:think|judge|consider|believe|find)\s+(?:it|this|that)\s+(?:(?:very|highly|most|rather|quite)\s+)?/.exec(text);
  if (!back) return undefined;
  const predicate = [...text.slice(0, back.index).matchAll(anyOf(lexicon.predicates, 'g'))].pop();
  if (!predicate) return undefined;
  const after = text.slice(back.index + back[0].length);
  for (const { ordinal, phrases } of lexicon.postposed.likelihood) {
    const word = anyOf(phrases).exec(after);
    if (!word || word.index !== 0) continue;
    const start = back.index + back[0].length;
    return { ordinal, likelihood: word[0], start, predicateStart: predicate.index, predicateEnd: predicate.index + predicate[0].length, inspectors: true };
  }
  return undefined;
}

/** Whether the likelihood stands in an impersonal frame ("there is no sign", "nothing suggests"): in a report, the inspectors' own voice. */
function impersonal(lead: string, found: { phrase: string; at: number }, lexicon: StatementLexicon): boolean {
  if (anyOf(lexicon.otherHolders).test(lead)) return false;
  const before = lead.slice(Math.max(0, found.at - 30), found.at);
  // The frame may end inside the phrase: "it is likely that", the phrase being "is likely".
  const frame = new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.impersonal.join('|')})\\s`, 'gu');
  const framed = [...`${before}${found.phrase} `.matchAll(frame)].some((match) => match.index + match[0].length >= before.length && match.index < before.length);
  return framed || new RegExp(`^(?:${lexicon.impersonalSubjects.join('|')})\\b`).test(found.phrase);
}

/** The likelihood phrase nearest before the predicate (the one that governs it); none when two are offered as alternatives ("probably or definitely"). */
function likelihoodIn(lead: string, lexicon: StatementLexicon): { ordinal: number; phrase: string; at: number } | undefined {
  let best: { ordinal: number; phrase: string; at: number } | undefined;
  const all = lexicon.likelihood.flatMap(({ ordinal, phrases }) => [...lead.matchAll(anyOf(phrases, 'g'))].map((match) => ({ ordinal, match })));
  const alternatives = all.some((a) => all.some((b) => a.ordinal !== b.ordinal && /^\s*(?:or|and|nor|to)\s*$/.test(lead.slice(a.match.index + a.match[0].length, b.match.index))));
  if (alternatives) return undefined;
  for (const { ordinal, phrases } of lexicon.likelihood) {
    for (const match of lead.matchAll(anyOf(phrases, 'g'))) {
      // Among overlapping phrases the longer wins ("we are not confident" over nothing, "no doubt" over "doubt").
      if (!best || match.index > best.at + best.phrase.length - 1 || (match.index <= best.at && match[0].length > best.phrase.length)) best = { ordinal, phrase: match[0], at: match.index };
    }
  }
  return best;
}

/**
 * The statement of a scale that reads statements (prospects), as a term: the value of its ordinal in
 * the report's vocabulary era. A bare predicate that is also a term ("… likely that the service will
 * improve") gives way to the statement; a term with its own likelihood ("will probably improve") keeps
 * the unit, and no statement is read.
 */
export function statementTerm(text: string, matches: readonly TermMatch[], scale: Scale, lexicon: StatementLexicon, era: 'A' | 'B'): { statement?: TermMatch; matches: TermMatch[] } {
  const statement = readStatement(text, lexicon);
  if (!statement) return { matches: [...matches] };
  const overlapping = matches.filter((m) => m.start < statement.predicateEnd && m.end > statement.predicateStart);
  if (overlapping.some((m) => m.start < statement.predicateStart || m.end > statement.predicateEnd + 1)) return { matches: [...matches] };
  // The scale's own words for the same likelihood ("its prospects for improvement are uncertain") state it; the paraphrase adds nothing.
  if (overlapping.some((m) => m.start <= statement.start && m.end >= statement.start + statement.likelihood.length)) return { matches: [...matches] };
  const value = scale.values.find((v) => v.ordinal === statement.ordinal && (v.era === undefined || v.era === era));
  if (!value) return { matches: [...matches] };
  const term: TermMatch = { value, start: statement.predicateStart, end: statement.predicateEnd, negated: false, kind: 'paraphrase', inspectors: statement.inspectors, likelihood: { start: statement.start, end: statement.start + statement.likelihood.length } };
  return { statement: term, matches: matches.filter((m) => !overlapping.includes(m)) };
}
