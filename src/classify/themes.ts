/**
 * Theme tagging: which codebook themes a unit raises and with what polarity (weakness or strength),
 * and which themes a whole document raises. Pure functions over sentences and a codebook.
 */
import { parse } from '../text/nlp.js';
import { RecentResults } from '../text/recent-results.js';
import type { Evidence } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import type { Polarity } from '../scheme/codebook.js';
import { evidenceOf } from './evidence.js';
import { clausePolarity, isNeutralSection, judges, polarityHits, praises, sectionBias, statesFigure, statesOutcome } from './theme-polarity.js';
import { CLAUSE_BREAK, type Token, prepare, tokenize } from './theme-text.js';
import { contradicts, quotedClauses } from './theme-voice.js';
import type { CompiledCodebook, Cue } from './theme-codebook.js';
import { candidateCues, findPart } from './theme-match.js';
import { listPieces } from './theme-lists.js';
import { inMood, type Mood } from './theme-mood.js';
import { modelThemes } from './theme-model.js';


export { compileCodebook, type CompiledCodebook } from './theme-codebook.js';
export { aggregateThemes, defaultThresholds, type DocumentTheme, type ThemeResult, type ThemeThresholds } from './theme-support.js';

/** One theme raised by one unit. */
export interface ThemeMention {
  theme: string;
  polarity: Polarity;
  /** Strength of the mention in (0, 1]: how sure the cues and the polarity words are. */
  score: number;
  /** Whether the unit stands in a section of main findings (summary, conclusions), where a mention weighs more. */
  emphasis?: boolean;
  /** Whether the unit praises the theme plainly (an evaluative word, nothing against it): one such mention can be enough. */
  praise?: boolean;
  /** Whether the unit raises another theme on more evidence, this one being only its setting: such praise weighs less. */
  secondary?: boolean;
  /** Whether the unit records a practice theme being done (see the codebook's `practice`). */
  practice?: boolean;
  /** Whether a strength rests on the theme's symptoms alone (see the codebook's `symptoms`): the document decision weighs it. */
  symptom?: boolean;
  evidence: Evidence;
}

/* ---------- cues ---------- */

/** What a unit's cues give one theme: their score, the clauses they matched in, how many terms, and whether they are only its symptoms. */
interface ThemeCues { score: number; clauses: number[]; terms: number; symptoms?: boolean }

/**
 * Theme scores of a unit and the clauses their cues matched in. When the cues of a theme are enough
 * within one clause on their own, only such clauses count ("The council consulted widely on its ICT
 * strategy, but the strategy is not linked to its priorities": alignment is the second clause's).
 */
function themeCues(tokens: Token[], compiled: CompiledCodebook, patternHits: Map<string, number[]>): Map<string, ThemeCues> {
  const content = tokens.filter((token) => token.content);
  const clauseCount = content.reduce((max, token) => Math.max(max, token.clause + 1), 0);
  const byClause = Array.from({ length: clauseCount }, (_, c) => content.filter((token) => token.clause === c));
  const result = new Map<string, ThemeCues>();
  const candidates = candidateCues(content, compiled.cueIndex);
  for (const theme of compiled.themes) {
    let score = 0;
    const patterns = patternHits.get(theme.id) ?? [];
    const clauses: number[] = [...patterns];
    score += clauses.length;
    const matched: Cue[] = [];
    // Cues that match exactly the same words are one piece of evidence, at the highest weight.
    const evidence = new Map<string, number>();
    for (const cue of theme.cues) {
      if (!candidates.has(cue)) continue;
      const found = cue.parts.map((part) => findPart(content, part));
      if (found.some((positions) => positions.length === 0)) continue;
      const key = [...new Set(found.flat())].sort((a, b) => a - b).join(',');
      const known = evidence.get(key) ?? 0;
      if (cue.weight > known) { score += cue.weight - known; evidence.set(key, cue.weight); }
      matched.push(cue);
      for (const positions of found) for (const p of positions) clauses.push(content[p]!.clause);
    }
    if (score < 1) continue;
    // A theme's symptoms with none of its terms or patterns ("the help desk answers quickly"; hints aside).
    const symptoms = patterns.length === 0 && matched.some((cue) => cue.symptom) && !matched.some((cue) => !cue.symptom && cue.weight >= 1) ? { symptoms: true } : {};
    if (clauseCount > 1) {
      const own = byClause.flatMap((clauseContent, c) => {
        const alone = patterns.filter((p) => p === c).length
          + matched.reduce((sum, cue) => sum + (cue.parts.every((part) => findPart(clauseContent, part).length > 0) ? cue.weight : 0), 0);
        return alone >= 1 ? [c] : [];
      });
      const terms = patterns.length + [...evidence.values()].filter((weight) => weight >= 1).length;
      if (own.length > 0 && own.length < clauseCount) { result.set(theme.id, { score, clauses: own, terms, ...symptoms }); continue; }
    }
    result.set(theme.id, { score, clauses, terms: patterns.length + [...evidence.values()].filter((weight) => weight >= 1).length, ...symptoms });
  }
  // A theme on one term (hints aside) gives way to a neighbour it is the setting of, raised in the same clauses on
  // at least as much evidence.
  for (const theme of compiled.themes) {
    const own = result.get(theme.id);
    if (!own || own.terms > 1) continue;
    const wins = theme.yieldsTo.some((id) => {
      const other = result.get(id);
      return other !== undefined && other.score >= own.score && own.clauses.every((c) => other.clauses.includes(c));
    });
    if (wins) result.delete(theme.id);
  }
  return result;
}

/** Which cues and patterns of each theme a unit matches, for debugging the codebook: theme id to the cue sources. */
export function explainCues(text: string, compiled: CompiledCodebook): Record<string, string[]> {
  const prepared = prepare(text, compiled.rewrites);
  const { clauses } = splitClauses(prepared);
  const content = tokenize(clauses).filter((token) => token.content);
  const out: Record<string, string[]> = {};
  for (const [theme, where] of patternHits(text, clauses, compiled)) out[theme] = where.map((c) => `pattern@${c}`);
  for (const theme of compiled.themes) {
    for (const cue of theme.cues) {
      if (cue.parts.every((part) => findPart(content, part).length > 0)) (out[theme.id] ??= []).push(`${cue.source} (${cue.weight})`);
    }
  }
  return out;
}

function patternHits(text: string, clauses: string[], compiled: CompiledCodebook): Map<string, number[]> {
  const hits = new Map<string, number[]>();
  if (!compiled.net || (compiled.anchors && !compiled.anchors.test(text))) return hits;
  for (const found of parse(text, compiled.net).sweep(compiled.net).found as Array<{ theme: string; view?: { text(): string } }>) {
    const quote = found.view?.text().toLowerCase() ?? '';
    const clause = Math.max(0, clauses.findIndex((c) => c.includes(quote.slice(0, 20))));
    hits.set(found.theme, [...(hits.get(found.theme) ?? []), clause]);
  }
  return hits;
}

/* ---------- units and documents ---------- */

/** A theme raised by one unit, without its evidence. */
export interface UnitTheme { theme: string; polarity: Polarity; score: number; praise?: boolean; secondary?: boolean; practice?: boolean; symptom?: boolean }

/** A clause that opens with its verb, its subject that of the clause before ("… but has not been developed"). */
const ELIDED = /^\s*(?:has|have|had|is|are|was|were|does|do|did|remains?|remained|still)\b/;

const CONCESSIVE_START = /^\s*(?:although|though|even though|despite|in spite of|while|whilst|notwithstanding)\b/;

const CLAUSE_SPLIT = new RegExp(`(${CLAUSE_BREAK.source})`, 'i');

/**
 * The clauses of a prepared unit, the separators between them, and whether it opens with a concession
 * ("although", "despite").
 */
function splitClauses(prepared: string): { clauses: string[]; separators: string[]; contrast: boolean } {
  const pieces = prepared.split(CLAUSE_SPLIT);
  let clauses = pieces.filter((_, i) => i % 2 === 0);
  let separators = pieces.filter((_, i) => i % 2 === 1);
  if (CONCESSIVE_START.test(prepared)) {
    const comma = clauses[0]!.indexOf(',');
    if (comma > 0) {
      clauses = [clauses[0]!.slice(0, comma), clauses[0]!.slice(comma + 1), ...clauses.slice(1)];
      separators = [',', ...separators];
    }
  }
  return { clauses, separators, contrast: CONCESSIVE_START.test(prepared) };
}

/** A unit that says what the inspection left out describes its scope, not a finding. */
const OUT_OF_SCOPE = /\b(?:(?:outside|beyond) the (?:scope|remit)|not (?:covered|included|considered|examined) (?:by|in) (?:this|the) (?:inspection|review|report)|excluded from (?:this|the) (?:inspection|review|scope))\b/;
/** A unit that points to where something is written ("our recommendations are set out in section 6") states no finding. */
const CROSS_REFERENCE = /\b(?:is|are) (?:set out|listed|given|described|summarised|shown) (?:in|at) (?:section|paragraph|appendix|annex|chapter|table|page|part)\b/;

/** A unit wholly inside double quotation marks ('"reliable, responsive and cost-effective IT".'). */
const WHOLLY_QUOTED = /^\s*[“"][^“”"]+[”"]\s*[.;,]?\s*$/;

/** A row of figures (performance indicators), not a finding: many numbers, few words. */
function isDataRow(text: string): boolean {
  const numbers = text.match(/(?<![\p{L}])\d[\d,.]*(?![\p{L}])/gu)?.length ?? 0;
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  return (numbers >= 4 && numbers * 3 >= words) || (numbers >= 6 && numbers * 5 >= words);
}

/** A label that makes the rest of a unit a recommendation ("Recommendation 3:", "R2.", "Area for improvement:"). */
const RECOMMENDATION_LABEL = /^\s*(?:(?:key\s+)?recommendations?|r\d+|rec\.?|(?:an?\s+)?areas?\s+for\s+(?:improvement|development)|action(?:\s+point)?)\s*(?:\d+[a-z]?)?\s*[:.–—-]\s+(?=\S)/i;

/** A recommendation's number run into its first word ("R1 Produce a plan …"). */
const NUMBERED_RECOMMENDATION = /^\s*R\d{1,2}[a-z]?\s+(?=\p{Lu}\p{Ll})/u;

/** A recommending lead-in run into its first recommendation ("7. The inspection team recommends that the council should: R1 establish …"). */
const RECOMMENDING_LEAD = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:we|the inspectors|inspectors|the inspection team|the team|the commission)\s+(?:therefore\s+)?recommends?\s+that\s+(?:the\s+council|the\s+authority|it|they)\s+should\s*:?\s*(?:R?\d{1,2}[a-z]?[.)]?\s+)?(?=\p{L})/iu;

/**
 * The themes one unit raises. `bias` leans polarity: negative toward weakness (e.g. a recommendation).
 * `anyService`: the report inspects a service other than IT, so that service's words are its subject, not off topic.
 */
export function tagText(text: string, compiled: CompiledCodebook, bias = 0, neutral = false, directive = false, anyService = false): UnitTheme[] {
  // A unit that is all quotation (an aim or slogan quoted on its own line) is someone else's words.
  if (isDataRow(text) || WHOLLY_QUOTED.test(text)) return [];
  const label = RECOMMENDATION_LABEL.exec(text) ?? NUMBERED_RECOMMENDATION.exec(text) ?? RECOMMENDING_LEAD.exec(text);
  if (label) { text = text.slice(label[0].length); text = text.charAt(0).toUpperCase() + text.slice(1); directive = true; }
  const prepared = prepare(text, compiled.rewrites);
  if (OUT_OF_SCOPE.test(prepared) || CROSS_REFERENCE.test(prepared)) return [];
  const { clauses, separators, contrast } = splitClauses(prepared);
  // Someone else's view (a self-assessment, an aim, a manager's claim) is no finding of the inspectors.
  const quoted = quotedClauses(clauses, separators, compiled.voice);
  if (quoted.every(Boolean)) return [];
  const tokens = tokenize(clauses);
  if (!anyService && compiled.offTopic && compiled.offTopic.test(prepared) && !tokens.some((t) => compiled.tech.has(t.stem))) return [];
  const cues = themeCues(tokens, compiled, patternHits(text, clauses, compiled));
  // A theme put in words no cue names, as the learned model reads it: one piece of evidence.
  if (compiled.model) for (const [theme, where] of modelThemes(tokens, compiled.model)) if (!cues.has(theme)) cues.set(theme, { score: 1, clauses: where, terms: 1 });
  // In a report on another service, a theme about IT itself needs a unit that names IT.
  const namesIt = tokens.some((t) => compiled.tech.has(t.stem));
  if (anyService && !namesIt) for (const theme of compiled.themes) if (theme.itOnly === true) cues.delete(theme.id);
  const praiseNeedsIt = anyService && !namesIt ? new Set(compiled.themes.filter((theme) => theme.itOnly === 'strength').map((theme) => theme.id)) : undefined;
  if (cues.size === 0) return [];
  const words = clauses.map((_, c) => tokens.filter((t) => t.clause === c).map((t) => t.surface));
  // A figure stated without an evaluative word, nor as an outcome, measures: it praises nothing (whatever the mood).
  const measured = statesFigure(prepared) && !statesOutcome(prepared) && !words.some((clause, c) => !quoted[c] && judges(clause, compiled.phrases));
  const unit: Reading = { compiled, clauses, separators, contrast, quoted, words, measured, cues, bias, neutral };
  const tags = inMood(text, directive, (mood) => themesInMood(unit, mood));
  return praiseNeedsIt ? tags.filter((tag) => tag.polarity === 'weakness' || !praiseNeedsIt.has(tag.theme)) : tags;
}

/** What tagText has read of a unit before its mood is known. */
interface Reading {
  compiled: CompiledCodebook; clauses: string[]; separators: string[]; contrast: boolean; quoted: boolean[];
  /** The surface words of each clause. */
  words: string[][];
  /** The unit states a figure as a bare measurement (see statesFigure). */
  measured: boolean;
  cues: ReturnType<typeof themeCues>; bias: number; neutral: boolean;
}

/**
 * The clauses a theme's polarity is read from: where a unit opens with what it concedes and the theme is
 * raised both there and in the verdict set against it ("although the council has a clear corporate plan,
 * the IT plan has not been revised"), the verdict's clauses when they lean at all. (A reservation after
 * the main clause, "…, although X still relies on an old system", is often the point: not read so.)
 */
function verdictClauses(where: readonly number[], scores: readonly number[], contrast: boolean): readonly number[] {
  const verdict = contrast ? where.filter((c) => c !== 0) : where;
  return verdict.length < where.length && verdict.some((c) => scores[c] !== 0) ? verdict : where;
}

/** The themes of a unit read in a given mood. */
function themesInMood(unit: Reading, mood: Mood): UnitTheme[] {
  const { compiled, clauses, separators, contrast, quoted, words, measured, cues } = unit;
  let { bias, neutral } = unit;
  if (mood === 'continue') { bias = Math.max(0, bias) + 0.5; neutral = false; }
  const scores = clauses.map((_, c) => quoted[c] ? 0 : clausePolarity(words[c]!, compiled.phrases, mood === 'imperative'));
  const whole = scores.reduce((a, b) => a + b, 0);
  // "The web site was launched in 1999 but has not been developed": a contrast that goes on with the
  // same subject unsaid states what the inspectors found about it.
  // "Users are surveyed every year, but the results are filed away": a fault after "but" that raises no theme of its
  // own is the inspectors' verdict on what the clause before only describes (no evaluative word: "good, but …" is mixed).
  const themed = new Set([...cues.values()].flatMap((cue) => cue.clauses));
  const verdict = (c: number) => /\b(?:but|yet|however)\b/.test(separators[c] ?? '') && !themed.has(c + 1) && (scores[c + 1] ?? 0) < 0
    && (scores[c] ?? 0) > 0 && !praises(words[c]!, compiled.phrases);
  const continued = (c: number) => ((ELIDED.test(clauses[c + 1] ?? '') && /\b(?:but|yet)\b/.test(separators[c] ?? '')) || verdict(c)) && scores[c + 1] ? scores[c + 1] : undefined;
  const out: UnitTheme[] = [];
  for (const [theme, { score, clauses: where, symptoms }] of cues) {
    // A theme named only in the quoted view takes the polarity of what the inspectors say about it.
    const read = verdictClauses(where, scores, contrast);
    const own = where.length === 0 || where.every((c) => quoted[c]) ? whole : read.reduce((sum, c) => {
      const clause = continued(c) ?? scores[c] ?? 0;
      // After "although/despite", a clause without polarity words takes the opposite of the others
      // ("although X, Y is weak"); a plain "but" is too often "X but cannot Y" to infer anything.
      return sum + (clause === 0 && contrast ? -Math.sign(whole) * 0.5 : clause);
    }, 0) / read.length;
    const lean = (own !== 0 ? own : whole * 0.5) + bias;
    // An order asks for what is missing: it praises nothing.
    if (lean === 0 || (neutral && Math.abs(lean) < 1) || (mood === 'imperative' && lean > 0)) continue;
    const home = where.length === 0 ? clauses.map((_, c) => c) : where;
    // A measurement ("availability was 99.7 per cent", "3,000 visits a month") is no praise without an evaluative word.
    if (lean > 0 && measured) continue;
    // What the unit says belongs to what it is mostly about: a neighbour raised on less evidence is only its setting
    // ("there is no budget for training": training's). A strength on a setting weighs less; the document decision reads both.
    const secondary = [...cues.values()].some((cue) => cue.score > score);
    const confidence = 0.5 + 0.25 * Math.min(1, score - 1) + 0.25 * Math.min(1, (Math.abs(lean) - 0.5) / 1.5);
    // Praise stated plainly: an evaluative word in the theme's own clauses, and nothing against it in the unit.
    const focus = [...cues.entries()].every(([other, cue]) => other === theme || cue.score < score);
    const praise = focus && lean > 0 && bias >= 0 && mood === 'statement' && scores.every((s) => s >= 0)
      && home.some((c) => !quoted[c] && praises(words[c]!, compiled.phrases));
    // A practice theme recorded as done, in the inspectors' plain statement ("it has compared its costs with 15 councils").
    const practice = lean > 0 && bias >= 0 && mood === 'statement' && !secondary && compiled.themes.some((one) => one.id === theme && one.practice);
    // Praise of a theme's symptoms alone ("the help desk answers quickly") is the service performing: the document decision weighs it.
    const symptom = lean > 0 && symptoms === true;
    out.push({ theme, polarity: lean < 0 ? 'weakness' : 'strength', score: Math.round(Math.max(0.1, confidence) * 100) / 100, ...(praise ? { praise } : {}), ...(secondary ? { secondary } : {}), ...(practice ? { practice } : {}), ...(symptom ? { symptom } : {}) });
  }
  return out.sort((a, b) => a.theme.localeCompare(b.theme));
}

/**
 * The themes of a unit under a section path (section lean and descriptive sections applied; units of
 * list sections raise none). `directive`: the unit completes a directive lead-in ("The council should:").
 */
export function tagUnit(text: string, section: string, compiled: CompiledCodebook, extraBias = 0, directive = false, anyService = false): UnitTheme[] {
  const last = section.split(' > ').slice(-1)[0] ?? '';
  // Lists of names and descriptive sections (context, methodology) state no finding.
  if (compiled.listSections.some((re) => re.test(last)) || isNeutralSection(section, compiled)) return [];
  const bias = Math.max(-1, Math.min(1, sectionBias(section, compiled) + extraBias));
  // The same unit recurs (a report's summary repeats its findings, reports share wordings): read once, copied out.
  const key = `${bias}\u0000${String(directive)}\u0000${String(anyService)}\u0000${text}`;
  return recentTags.get(key, [compiled], () => tagText(text, compiled, bias, false, directive, anyService)).map((tag) => ({ ...tag }));
}

/** Themes of the units read last, by their text and reading. */
const recentTags = new RecentResults<[CompiledCodebook], UnitTheme[]>(4096);

const TAGGED_KINDS = new Set(['sentence', 'row', 'item']);

/**
 * The lean a sentence ending in ':' gives the list items after it ("Weaknesses include:"), and whether
 * it is a directive whose items are what should be done ("The council should:").
 */
function leadIn(unit: Sentence, compiled: CompiledCodebook): { bias: number; directive: boolean } {
  if (!unit.text.trimEnd().endsWith(':')) return { bias: 0, directive: false };
  const words = tokenize([prepare(unit.text, compiled.rewrites)]).map((t) => t.surface);
  const directive = polarityHits(words, compiled.phrases).some((hit) => hit.directive);
  return { bias: Math.sign(clausePolarity(words, compiled.phrases)), directive };
}

/** A heading the layout ran into the end of a unit ("• Head of ICT Appendix 3 – Positive practice The following …"). */
/** A short question standing alone: the headings of findings in inspection reports. */
const QUESTION_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.?!]{5,60}\?\s*$/;
const RUN_IN_HEADING = /\s((?:Appendix|Annex|Section)\s+\d+\s*[–—:-]\s*\S.*)$/;

/**
 * Whether a report's service, as its front page names it, is another service than IT ("Waste Collection
 * and Recycling", "Library and Information Service"): then that service's words are the report's subject.
 */
export function isOtherService(service: string | undefined, compiled: CompiledCodebook): boolean {
  // Service names are often capitals ("IT SERVICES"); IT is spelled out as a tech word in capitals only.
  const words = tokenize([prepare((service ?? '').toUpperCase(), compiled.rewrites)]).filter((token) => token.content);
  return words.length > 0 && !words.some((token) => compiled.tech.has(token.stem));
}

/** The codebook without its voice list: what a quoted view would raise were it a finding. */
const unvoiced = new WeakMap<CompiledCodebook, CompiledCodebook>();

/**
 * The themes of a unit that states only someone else's view ("The IT manager told us that communication
 * with departments is very good"), read as if it were a finding; empty when any clause is the inspectors'.
 */
export function quotedView(text: string, section: string, compiled: CompiledCodebook): UnitTheme[] {
  const { clauses, separators } = splitClauses(prepare(text, compiled.rewrites));
  if (!quotedClauses(clauses, separators, compiled.voice).every(Boolean)) return [];
  let open = unvoiced.get(compiled);
  if (!open) unvoiced.set(compiled, open = { ...compiled, voice: [] });
  return tagUnit(text, section, open);
}

/** A view the inspectors contradict in the next unit takes the opposite polarity, with the quoted unit as its evidence. */
function reversed(view: Sentence, section: string, compiled: CompiledCodebook): UnitTheme[] {
  return quotedView(view.text, section, compiled).map(({ praise: _praise, secondary: _secondary, practice: _practice, symptom: _symptom, ...tag }) => ({ ...tag, polarity: tag.polarity === 'weakness' ? 'strength' : 'weakness' }));
}

/** Whether a section path holds a heading of main findings (the codebook's sections.emphasis). */
function isEmphasis(section: string, compiled: CompiledCodebook): boolean {
  return section.split(' > ').some((heading) => compiled.sections.emphasis.some((re) => re.test(heading.trim())));
}

/** Every theme mention in a document's units; `service` is the report's service as its front page names it. */
export function tagSentences(sentences: readonly Sentence[], compiled: CompiledCodebook, service?: string): ThemeMention[] {
  const anyService = isOtherService(service, compiled);
  const mentions: ThemeMention[] = [];
  let lead = { bias: 0, directive: false };
  // The section a run-in heading opens, until the next real heading.
  let runIn: string | undefined;
  // The section a run-in list's heading opened (codebook listMarkers), while the next units go on with the list.
  let carried: string | undefined;
  // The unit before, when it raised no theme: a view the inspectors may go on to contradict.
  let previous: { unit: Sentence; section: string; emphasis: boolean } | undefined;
  for (const unit of sentences) {
    if (unit.kind === 'sentence') lead = leadIn(unit, compiled);
    else if (unit.kind === 'heading') { lead = { bias: 0, directive: false }; runIn = undefined; carried = undefined; }
    if (!TAGGED_KINDS.has(unit.kind)) continue;
    const heading = RUN_IN_HEADING.exec(unit.text);
    const text = heading ? unit.text.slice(0, heading.index) : unit.text;
    const listed = unit.kind === 'item' || unit.kind === 'row';
    const section = runIn ?? unit.section;
    const emphasis = isEmphasis(section, compiled);
    if (previous && previous.section === section && !isNeutralSection(section, compiled) && contradicts(text)) {
      for (const tag of reversed(previous.unit, section, compiled)) {
        mentions.push({ ...tag, ...(previous.emphasis ? { emphasis } : {}), evidence: evidenceOf(previous.unit) });
      }
    }
    const list = listPieces(text, section, carried, compiled);
    carried = list.carry;
    let tagged = 0;
    for (const piece of list.pieces) {
      const stressed = piece.section === section ? emphasis : isEmphasis(piece.section, compiled);
      // An item of a list run into one unit is quoted alone (it lies within the unit's offsets).
      const evidence = piece.text === text ? evidenceOf(unit) : { ...evidenceOf(unit), text: piece.text };
      const tags = tagUnit(piece.text, piece.section, compiled, listed ? lead.bias : 0, (listed && lead.directive) || piece.directive, anyService);
      for (const tag of tags) mentions.push({ ...tag, ...(stressed ? { emphasis: stressed } : {}), evidence });
      tagged += tags.length;
    }
    previous = tagged === 0 ? { unit, section, emphasis } : undefined;
    if (heading) { runIn = heading[1]!; lead = { bias: 0, directive: false }; }
    // A question the layout left as a sentence ("How good is the service?") heads the findings after it,
    // where a descriptive section ran on past it.
    else if (QUESTION_HEADING.test(unit.text) && isNeutralSection(section, compiled)) runIn = unit.text.trim();
  }
  return mentions;
}

/** The polarity a unit leans to from its words and context alone (no theme needed); used for emerging themes. */
export function unitPolarity(text: string, section: string, compiled: CompiledCodebook): number {
  if (isNeutralSection(section, compiled)) return 0;
  const tokens = tokenize([prepare(text, compiled.rewrites)]);
  return clausePolarity(tokens.map((t) => t.surface), compiled.phrases) + sectionBias(section, compiled);
}
