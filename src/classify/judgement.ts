/**
 * Finding the statement of a judgement among a document's units, scheme-independent: every word
 * comes from a Scale and cue lists (see src/scheme/). Each candidate is scored from the domain's
 * signals (verdict frame, attachment to the service, stars, section) and its traps (legends,
 * ambitions, comparisons, other services and times, negation, ordinary uses of the words).
 */
import { BULLET, type Sentence } from '../text/sentences.js';
import type { Scale, ScaleValue } from '../scheme/best-value.js';
import { anyOf, plain } from './patterns.js';
import { mayMatchAny } from './pattern-literals.js';
import { flattenedRow, headingAnswer, isKeyTable, isLegendRow, listsValues, rowValues, sectionAnswer, shortCellValues } from './rows.js';
import { blanked, clauseAround, ownClauseEnd, ownClauseStart, withoutSubjectRelative, withoutLeadingKey, genericDescription, likelihoodFrame, namesService, otherService, otherCouncil, withoutAsides, withoutDashAsides, withoutReason, withoutOpeningAside, inQuotedSpeech } from './clauses.js';
import { termMatches, type TermMatch } from './terms.js';
import { unitTerms } from './unit-terms.js';
import { earlierSentence, timeSignals } from './times.js';
import type { StatementLexicon } from '../scheme/best-value-statements.js';
import { scoreOf, type Features, type Weights } from './features.js';

/** Cue lists a scheme gives the engine (regex sources). */
export interface Cues {
  judgement: readonly string[];
  ambition: readonly string[];
  comparison: readonly string[];
  notThisVerdict: readonly string[];
  past: readonly string[];
  hypothetical: readonly string[];
  question: readonly string[];
  negation: readonly string[];
  hedge: readonly string[];
  aside: readonly string[];
  legend: readonly string[];
  current: readonly string[];
  /** Words that tell of an earlier inspection ("first inspected"): a past verdict in the next sentence is that inspection's. */
  earlier?: readonly string[];
  /** Headings of sections that reproduce someone else's words (the council's self-assessment "as submitted"): their "we" is not the inspectors'. */
  heldSections?: readonly string[];
}

/** One sentence that states (or seems to state) a value of a scale. */
export interface Candidate {
  value: ScaleValue;
  score: number;
  unit: Sentence;
  /** Why the score is what it is: the candidate's named features (`judgement`, `ambition`, …). */
  features: Features;
}

/** What the engine needs besides the units. */
export interface Context {
  cues: Cues;
  preferredSections: readonly string[];
  discouragedSections: readonly string[];
  /** Stems of the inspected service's name, to tell other services apart; empty when unknown. */
  serviceWords: ReadonlySet<string>;
  /** All scales of the scheme: a row labelled for one is not read for words of another. */
  scales?: readonly Scale[];
  /** Year of the report (inspection or publication), to tell earlier years' verdicts apart. */
  year?: number;
  /** How features become a score (the scheme's weights file). */
  weights: Weights;
  /** The statement reader's lexicon, for scales that read statements. */
  statements?: StatementLexicon;
  /** The report's vocabulary era, from its date (the value a paraphrased prospect takes). */
  era?: 'A' | 'B';
  /** The council the report is about, to tell another council's verdict apart; absent when unknown. */
  council?: string;
}

/** Records one occurrence of a named feature. */
type Add = (feature: string) => void;

/** What is known of a unit before its terms are scored. */
interface UnitFacts {
  unit: Sentence;
  text: string;
  previous: Sentence | undefined;
  /** The unit that introduces this one: the one before it, or the one before the list of bullets this one is in. */
  introducer: Sentence | undefined;
  legend: boolean;
  preferred: boolean;
  discouraged: boolean;
  /** The unit stands in a section that reproduces someone else's words (`Cues.heldSections`). */
  held: boolean;
}

function unitFacts(units: readonly Sentence[], index: number, text: string, scale: Scale, scales: readonly Scale[], context: Context, unit = units[index]!): UnitFacts {
  const { cues } = context;
  // A legend or scale lists several values: three or more, or two with a range word ("from poor to excellent").
  // Three values count when attached as verdicts ("poor communication" is an ordinary use); two with a range word count as named.
  const named = new Set(scale.values.filter((value) => mayMatchAny(value.terms, text) && anyOf(value.terms).test(text)).map((value) => value.token));
  // A value denied ("not a poor service, nor a good one") is not one of a list's values.
  const terms = unit.kind === 'row' ? [] : termMatches(text, scale, cues);
  const distinct = unit.kind === 'row' ? new Set(shortCellValues(text, scale)) : new Set(terms.filter((match) => !match.negated).map((match) => match.value.token));
  // Any scale's denied values are left out of a list ("the prospects are not poor, but nor are they yet promising: we judge them uncertain").
  const denied = unit.kind === 'row' ? [] : scales.flatMap((one) => (one === scale ? terms : termMatches(text, one, cues))).filter((match) => match.negated);
  const undenied = denied.reduce((rest, match) => blanked(rest, match.start, match.end), text);
  return {
    unit, text, previous: units[index - 1], introducer: introducerOf(units, index, unit),
    legend: distinct.size >= 3 || ((unit.kind === 'row' ? distinct : named).size === 2 && (anyOf(cues.legend).test(text) || alternatives(text, scale))) || isLegendRow(unit, text, scales) || (unit.kind !== 'row' && listsValues(undenied, scales))
      || isKeyTable(units, index, scales),
    preferred: anyOf(context.preferredSections).test(unit.section.toLowerCase()),
    discouraged: anyOf(context.discouragedSections).test(unit.section.toLowerCase()),
    held: cues.heldSections !== undefined && unit.section.toLowerCase().split(' > ').some((heading) => anyOf(cues.heldSections!).test(heading.trim())),
  };
}

/** The unit before this one, or, for a bullet, the one before its list (the list's lead-in), at most eight bullets back. */
function introducerOf(units: readonly Sentence[], index: number, unit: Sentence): Sentence | undefined {
  let before = index - 1;
  if (BULLET.test(unit.text)) while (before > 0 && index - before < 8 && BULLET.test(units[before]!.text) && !/:\s*$/.test(units[before]!.text)) before--;
  return units[before];
}

/** Whether two values are offered as alternatives ("rated it excellent or good", "a good or excellent one"): a list, not a verdict. */
function alternatives(text: string, scale: Scale): boolean {
  // The values' plain names only ("good", "will not improve"): the scale's full phrases are too costly to pair.
  const names = scale.values.flatMap((value) => value.cells.filter((cell) => /^[a-z ]{3,}$/.test(cell))).join('|');
  return anyOf([`(?:${names}),? or (?:an? )?(?:${names})`]).test(text);
}

/** Signals of the sentence's frame: is it a verdict on this service, by the inspectors? */
function frameSignals(match: TermMatch, facts: UnitFacts, clause: string, clauseStart: number, context: Context, add: Add): void {
  const { cues } = context;
  const { text, previous } = facts;
  if (anyOf(cues.judgement).test(clause)) add('judgement');
  else if (anyOf(cues.judgement).test(text)) add('judgement-in-sentence');
  if (/^\s*['"]?,?\s*(?:\(?(?:no|one|two|three|[0-3])[- ]stars?\)?,?\s*)?service/.test(text.slice(match.end))) add('names-service');
  // A grade given in the scale's own form, its stars beside it ("good (two stars)", "fair – one star"): a rating, not a description.
  if (match.kind === undefined && /^\s*['"]?\s*(?:\(|[–—-]\s*|,\s*)(?:no|zero|one|two|three|[0-3])[- ]?stars?\b/.test(text.slice(match.end))) add('scale-form');
  // The term has a subject ("the service … will probably improve") or is itself a clause ("prospects … are promising").
  // A nominal predicate after a likelihood ("no chance of progress") or before it ("improvement is likely") is the prospect itself and needs no subject;
  // A change of "the position" or "anything" in a paraphrase is the service's own.
  const nominal = match.kind === 'paraphrase' && (/^(?:\S+\s+)?(?:of|for|chances?|prospects?|likelihood|odds|hopes?|improvement|progress|whether)\s/.test(text.slice(match.start)) || /\b(?:position|situation|anything|things)\b/.test(text.slice(clauseStart, match.start)));
  // In a paraphrase, the part of the council that runs the service is its subject too ("we doubt that the department can deliver it").
  // So is its improvement plan ("we cannot be confident that the plan will be delivered").
  const subject = match.kind === 'paraphrase' ? /\b(?:services?|it|council|authority|function|department|section|division|directorate|team|plan|programme)\b/ : /\b(?:services?|it|council|authority|function)\b/;
  // The prospects or the chances of improvement as the term's own subject ("the department's chances of improving are uncertain").
  if (subject.test(text.slice(clauseStart, match.start)) || /^(?:prospects|chances|likelihood)\b/.test(text.slice(match.start, match.start + 12)) || nominal) add('subject');
  // "The (collection) service is good": this report's own plain verdict on its service.
  // The service may be the council's ("Glanyrafon's IT service is fair") or placed ("the ICT service in Birchover is poor"); a part of it is not ("the leadership of the service is excellent").
  if (/(?<!\bof\s)(?:\b(?:the|this|its|our)|[\w-]+'s?)\s+(?:(?!of\b)[\w'&-]+\s+){0,3}service\s+(?:(?:in|at|of|for)\s+(?:[\w'&-]+\s+){1,3})?(?:is|remains)\s+(?:an?\s+|now\s+|very\s+)?['"]?$/.test(text.slice(clauseStart, match.start))) add('service-is');
  // Or the verdict set before its subject, the sentence's first word ("Poor is the word we have to use – … – for the council's IT support service",
  // "Fair – that, after weighing …, is how we rate the ICT service").
  else if (/^\s*['"]?\s*$/.test(text.slice(0, match.start)) && FRONTED.test(text.slice(match.end))) { add('service-is'); add('judgement'); }
  // A lead-in such as "The inspection team's judgement:" gives the next unit its verdict frame.
  // So does one before a list of bullets, for every bullet of the list ("In summary, we have found:" / "• a good service;" / "• with excellent prospects.").
  const lead = facts.introducer;
  if (lead && /:\s*$/.test(lead.text) && anyOf(cues.judgement).test(plain(lead.text))) add('judgement-lead-in');
  if (facts.preferred) add('preferred-section');
  if (facts.discouraged) add('discouraged-section');
  if (facts.legend) add('legend');
  // A question ("Is it a good service?") asks; it does not judge.
  if (/\?/.test(text.slice(match.end, clauseStart + clause.length + 1))) add('question');
  // "A poor service, by contrast, is likely to …": what a grade means in general, a descriptor, not a verdict.
  if (genericDescription(text, clauseStart, match.start, match.end)) add('generic-description');
}

/**
 * The clause with a relative clause inside a term's own subject blanked ("The prospects for improvement of a service that has
 * … met every e-government target set for 2003 …, are excellent"): it describes the service, and holds no aim of the verdict.
 */
function withoutTermRelative(clause: string, start: number, end: number): string {
  const span = clause.slice(start, end);
  const relative = /\b(?:which|that|whose)\s/.exec(span);
  const verb = /,\s(?:are|is|were|remain)\b(?!.*,\s(?:are|is|were|remain)\b)/s.exec(span);
  return relative && verb && verb.index > relative.index ? blanked(clause, start + relative.index, start + verb.index) : clause;
}

/** An aside naming what a verdict is measured against: ", when measured against the standards … similar councils achieve …,". */
const YARDSTICK = /,\s*(?:when |if |as )?(?:measured|judged|set|compared|weighed|benchmarked|assessed) (?:against|with) [^,;]*(?=,)/g;

/** "It" opening an extraposed likelihood ("it is more likely than not that", "it seems unlikely that"). */
const IMPERSONAL_IT = /\bit (?:is|was|seems|seemed|appears|appeared|would be|looks) (?:(?:\w+ ){0,3}(?:likely|unlikely|clear|unclear|doubtful|possible|probable|certain|uncertain|hard|difficult)|that)\b/;

/** The clause with a relative clause after the verdict's noun blanked ("a poor service that has not improved since …"): it describes the service. */
function withoutObjectRelative(clause: string, at: number): string {
  const relative = /^\s*['"]?,?\s*(?:[\w-]+\s+){0,2}?(?:service|one)\s*,?\s+(?:that|which)\s/.exec(clause.slice(at));
  return relative ? blanked(clause, at + relative[0].length, clause.length) : clause;
}

/** The inspectors agreeing, in the same sentence, with the verdict before it ("…, and we agree.", "…; we share that view"). */
const AGREED = /^[^.;]{0,60}?[,;]\s+(?:and\s+)?(?:we\s+(?:agree|concur)(?:\s+with\s+(?:this|that|it|them|(?:the|its|their)\s+[\w'’ -]{1,40}))?|we\s+share\s+(?:this|that|its|their|the\s+[\w'’-]+)\s+(?:view|assessment|judgement|judgment)|a\s+(?:view|judgement|judgment|assessment)\s+(?:that\s+|which\s+)?we\s+share)\s*(?:[.;)]|$)/;

/** Signals that the statement is not this report's verdict on this service: another time, service, wish or example. */
function trapSignals(match: TermMatch, facts: UnitFacts, clause: string, clauseStart: number, context: Context, stem: (word: string) => string, add: Add): void {
  const { cues } = context;
  const { text, previous } = facts;
  // A paraphrase's aim words after its predicate qualify its object ("make the progress it promises"), not the statement.
  // What comes before "so we judge that …" or "… mean that" is the verdict's ground, not an aim, another's view or another time.
  // An inspectors' statement in its own clause ("…, and we see no sign that anything will change") is not qualified by the clauses before it.
  const own = match.inspectors && match.likelihood ? Math.max(0, ownClauseStart(text, match.likelihood.start) - clauseStart) : 0;
  const concluded = Math.max(conclusionStart(clause, match.start - clauseStart), Math.min(own, match.start - clauseStart));
  // Narrow cues ("whether", "for example") count only in the comma-clause of the term, and not in the question a conclusion answers
  // ("Whether it will get better … is a question to which our answer is that the prospects … are uncertain").
  const narrow = clauseAround(blanked(clause, 0, conclusionStart(clause, match.start - clauseStart)), match.start - clauseStart, /,/g).clause;
  // A relative clause describing the subject ("Saltmarsh's ICT service, which … put 85 per cent online ahead of the target, is …") holds no aim,
  // comparison or other holder's view of the verdict (it may still name another time: "The building control service, which was inspected separately in 2002, was judged …").
  const described = withoutSubjectRelative(clause, match.start - clauseStart);
  // Nor does one after the verdict's noun hold another's view of it ("a poor service that has not improved since the council's own review").
  const viewed = withoutObjectRelative(described, match.end - clauseStart);
  const aimed = match.kind === 'paraphrase' ? described.slice(0, match.end - clauseStart) : withoutTermRelative(described, match.start - clauseStart, match.end - clauseStart);
  if (anyOf(cues.ambition).test(aimed.slice(concluded))) add('ambition');
  // The yardstick of a verdict ("is, when measured against what similar councils achieve, poor") is no comparison of others.
  if (anyOf(cues.comparison).test(described.replace(YARDSTICK, (aside) => ' '.repeat(aside.length)))) add('comparison');
  // An inspectors' statement ends where a clause with its own subject begins ("…, and previous plans have not been carried through"): that clause is a reason.
  const ownEnd = match.inspectors && match.likelihood ? ownClauseEnd(text, match.end) : text.length;
  const rest = blanked(withoutAsides(withoutReason(text, match.end), match.start, cues.aside), ownEnd, text.length);
  // Another's verdict the inspectors then endorse ("The council's self-assessment rated the unit as fair, and we agree") is theirs.
  const endorsed = AGREED.test(text.slice(match.end));
  // Nor is it by what describes the subject ("The service, which … under a contract agreed last year …, is good").
  const restBeyond = [...rest].map((ch, i) => (i >= clauseStart && i < clauseStart + described.length && described[i - clauseStart] === ' ' ? ' ' : ch)).join('');
  if (!endorsed && reportedView(cues.notThisVerdict, viewed.slice(concluded, Math.max(concluded, ownEnd - clauseStart)))) add('not-this-verdict');
  // The rest of the sentence, less asides and the reason given after the verdict ("…, because …").
  // Nor is an inspectors' statement qualified by the clauses before its own ("…its review found, but we are not convinced that …").
  else if (!endorsed && reportedView(cues.notThisVerdict, concluded > 0 || (match.inspectors && match.likelihood) ? blanked(restBeyond, 0, clauseStart + concluded) : restBeyond)) add('not-this-verdict-in-sentence');
  // A year in what describes the subject dates the service's history ("which the two councils set up in 2002"), not the
  // verdict, unless it tells of an inspection or a verdict ("which was inspected separately in 2002").
  const describedOnly = [...clause].map((ch, i) => (described[i] === ch ? ' ' : ch)).join('');
  // Nor is it dated by the ground before a conclusion or an inspectors' statement in its own clause
  // ("The review repeated the conclusions of the 1997 strategy, …, and there is no sign that anything will change").
  // Not by what a bracket in it tells of other services ("which unlike the revenues service (judged good in 2001) …"), nor by an inspection denied ("has never been inspected").
  const toldOfInspection = /\b(?:inspect\w*|judged|rated|scored|assessed|graded)\b/.test(describedOnly.replace(/\([^()]*\)/g, ' ').replace(/\bnever (?:been |before )?(?:inspected|judged|rated|assessed)\b/g, ' '));
  timeSignals(clause.slice(concluded), context, add, (toldOfInspection ? clause : described).slice(concluded));
  // A condition after the verdict ("It will not improve unless the council gives it a strategy") qualifies a verdict still given.
  const words = text.slice(match.start, match.end);
  const term = /[a-z]/i.test(words) ? narrow.indexOf(words) : -1;
  const condition = term < 0 ? -1 : narrow.slice(term).search(/\bunless\b/);
  if (anyOf(cues.hypothetical).test(condition < 0 ? narrow : narrow.slice(0, term + condition))) add('hypothetical');
  // An example set off by commas ("A service judged fair, for example, would …") governs its whole clause; one that
  // opens the sentence ("For example, a service judged good … would be placed …", "For example: \"We judge …\"") the whole sentence.
  if (anyOf(cues.question).test(narrow) || /,\s(?:for example|for instance|say),\s/.test(clause) || /^(?:for example|for instance|by way of (?:an )?example|to illustrate)[,:]\s/i.test(text)) add('question-or-example');
  // "The inspectors judged it …" after a sentence about another service: "it" is that service.
  const subject = text.slice(clauseStart, match.start).split(/\s+/).slice(0, 8).join(' ');
  // An impersonal "it" ("it is more likely than not that the service will …") stands for no service.
  const pronoun = /\b(?:it|they)\b/.test(subject.replace(IMPERSONAL_IT, '')) && !/\bservice\b[^]*\b(?:it|they)\b/.test(subject) && previous !== undefined;
  if (pronoun && (otherService(plain(previous.text), context.serviceWords, stem) || otherCouncil(previous.text, plain(previous.text), context.council))) add('refers-to-other-service');
  // "The Commission first inspected the service in June 2001. The inspectors judged it to be poor …": that inspection's verdict.
  else if (pronoun && /\b(?:judged|rated|scored|assessed|found)\b/.test(subject) && earlierSentence(plain(previous.text), context)) add('after-earlier-time');
  if (anyOf(cues.hedge).test(clause)) add('hedge');
  // "Users rated training … as poor": a verdict verb whose object is not the service.
  const object = /\b(?:rated|rate|judged|judge|assessed|assess|scored|score|considered|consider|found|find)\s+((?:[\w'’-]+\s+){1,8}?)(?:as|to be)\s+(?:an?\s+|the\s+)?['"]?$/.exec(text.slice(clauseStart, match.start));
  const namesService = /^\s*['"]?,?\s*(?:\(?(?:no|one|two|three|zero|[0-3])[- ]?stars?\)?,?\s*)?service/.test(text.slice(match.end));
  // "a contractor whose performance it had rated only fair": the verdict is on what "whose" names, not the service.
  // Not when "whose" describes the service itself ("The trading standards service—whose duties run from … —is judged …").
  const lead = described.slice(0, match.start - clauseStart);
  const whose = /\bwhose\s+((?:[\w'-]+\s+){1,3})/.exec(lead);
  const relative = whose ? lead.slice(whose.index) : '';
  // Nor when "whose" names the holder ("the Audit Commission, whose inspectors also found that its prospects …").
  const ownsVerdict = whose && !/\bservices?\b/.test(whose[1]!) && !/^(?:(?:own|lead|best value) )?(?:inspectors?|inspection team)\b/.test(whose[1]!) && !/\bservices?\W*$/.test(lead.slice(0, whose.index)) && !/[—–()]/.test(relative)
    && relative.trim().split(/\s+/).length <= 8 && /\b(?:rated|judged|assessed|scored|graded|described|considered|found)\b/.test(relative);
  if ((object && !namesService && !/^by\b/.test(object[1]!) && !/\b(?:service|services|it|this|them|provision|function|section|unit)\b/.test(object[1]!)) || ownsVerdict) add('object-not-service');
  // Services set beside the subject for likeness or contrast ("The ICT service, like the revenues service (…) and unlike the housing repairs service (…), is …") are not its subject.
  if (otherService(withoutLikeness(withoutSubjectRelative(clause, match.start - clauseStart)), context.serviceWords, stem)) add('other-service');
  // "… reported that the IT service at Harrowfield Borough Council had been judged … fair": another council's verdict.
  else if (otherCouncil(facts.unit.text, described.slice(0, match.start - clauseStart), context.council)) add('other-service');
  // "The head of IT told us he is sure it will improve": a view held by someone other than the inspectors.
  if (!endorsed && (facts.held || inQuotedSpeech(text, match.start, previous?.text) || (context.statements && reportedView(context.statements.otherHolders, viewed.slice(concluded))))) add('other-holder');
}

/**
 * Where the conclusion drawn from its causes begins: "the clear targets in the plan mean that the service
 * has promising prospects", "…, so we judge that the prospects are uncertain", "…, and our judgement is that
 * the service will not improve" and "…, and we think the service will probably improve" state the verdict; what
 * comes before is its ground, not an aim, another's view or another time.
 */
function conclusionStart(clause: string, term: number): number {
  // An opening adjunct ("With strong leadership and a funded plan to go further, its prospects …") is the ground too,
  // and so is a run of them ("With two analysts gone, with no plan to replace them …, it is unlikely to improve").
  let start = /^\s*(?:(?:however|but|yet|so|therefore|nevertheless|even so),?\s+)?(?:(?:and\s+)?(?:with|without|given|because of|in view of|on the strength of)\b[^,]{0,200},\s*)+/.exec(clause.slice(0, term))?.[0].length ?? 0;
  // A longer ground, commas and all, ends where the inspectors speak ("Given that …, that …, and that …, we consider …";
  // "With a budget cut, a vacant post and no sign that members intend to …, the service has, we believe, poor prospects").
  if (/^\s*(?:given|because of|in view of|on the strength of|with|without)\b/.test(clause)) {
    for (const found of clause.slice(0, term).matchAll(/,\s+(?=(?:we|the inspectors|the inspection team)\s)/g)) start = found.index + found[0].length;
  }
  for (const found of clause.slice(0, term).matchAll(/\b(?:(?<!\b(?:would|could|might|may|will) )means?|meant|(?:our|the) answer (?:is|was)|leads? us to (?:believe|conclude)|gives? us (?:confidence|reason to believe)|so (?:we|the inspectors) (?:judge|consider|conclude|believe|think|find)|we therefore (?:judge|consider|conclude|believe|think)|(?:our|the inspectors') (?:overall )?(?:judgement|judgment|conclusion) (?:is|was)|, (?:and|but) (?:we|the inspectors) (?:think|consider|judge|believe|conclude|expect)) (?:that )?/g)) start = found.index + found[0].length;
  return start;
}

/**
 * A cue of someone else's view or another time, unless it stands in what the inspectors weighed: "once
 * we had weighed what users told us against the figures, a fair service" is the inspectors' own verdict.
 */
function reportedView(sources: readonly string[], text: string): boolean {
  for (const found of text.matchAll(anyOf(sources, 'g'))) {
    if (!/\bwhat\s+(?:[\w'’-]+\s+){0,4}$/.test(text.slice(0, found.index))) return true;
  }
  return false;
}

/** The features of one term in its unit, and the value it states (a negation may reverse it). */
function termFeatures(match: TermMatch, facts: UnitFacts, scale: Scale, context: Context, stem: (word: string) => string): { value: ScaleValue; features: Features } {
  // A dash aside that does not hold the term is left out before the clause is found: its "but" is not the sentence's.
  const { clause, start: clauseStart } = clauseAround(withoutDashAsides(facts.text, match.start), match.start);
  const features: Features = {};
  const add: Add = (feature) => { features[feature] = (features[feature] ?? 0) + 1; };
  add(match.kind ?? `${scale.name}-term`);
  if (match.inspectors) add('holder-inspectors');
  // A likelihood after its predicate ("whether it will improve is, on what we saw, an open question") is that clause's own predicate.
  if (match.likelihood && (match.likelihood.start > match.start || likelihoodFrame(facts.text, match.likelihood.start))) add('likelihood-frame');
  frameSignals(match, facts, clause, clauseStart, context, add);
  let value = match.value;
  if (match.negated) {
    // "we do not believe it will improve" states the opposite value, when the scheme says which.
    const opposite = scale.values.find((v) => v.token === match.value.whenNegated);
    if (opposite) { value = opposite; add('negated-statement'); } else add('negated');
  }
  // A paraphrase ("is likely to improve", "we doubt it will get better") takes the vocabulary of the report's date. The scale's
  // own words are kept as the report used them, an earlier vocabulary's in a later report too ("will probably improve" in November 2001).
  if (!ownWords(match, facts.text) && value.era === 'A' && context.era === 'B') value = scale.values.find((v) => v.era === 'B' && v.ordinal === value.ordinal) ?? value;
  // A paraphrase's own likelihood phrase ("we doubt whether") and predicate ("whether it will improve is …") are its frame, not traps.
  // The "whether" right after a doubt ("it is doubtful whether …") is that doubt's.
  const likelihoodEnd = match.likelihood ? match.likelihood.end + (/^\s*whether\b/.exec(facts.text.slice(match.likelihood.end))?.[0].length ?? 0) : 0;
  const own = match.likelihood ? [{ start: match.likelihood.start, end: likelihoodEnd }, ...(match.kind === 'paraphrase' ? [match] : [])] : [];
  const trapFacts = { ...facts, text: own.reduce((text, span) => blanked(text, span.start, span.end), facts.text) };
  const trapClause = own.reduce((text, span) => blanked(text, span.start - clauseStart, span.end - clauseStart), clause);
  const opened = withoutOpeningAside(trapClause, match.start - clauseStart, facts.text.slice(0, clauseStart), context.cues.aside);
  trapSignals(match, trapFacts, withoutAsides(opened, match.start - clauseStart, context.cues.aside), clauseStart, context, stem, add);
  return { value, features };
}

const ownWordPatterns = new Map<ScaleValue, RegExp>();
/** Whether a term is the scale's own words for its value (the value's first term: "will probably improve"), not another form of them. */
function ownWords(match: TermMatch, text: string): boolean {
  if (match.kind !== undefined) return false;
  let pattern = ownWordPatterns.get(match.value);
  if (!pattern) ownWordPatterns.set(match.value, pattern = new RegExp(`^(?:${match.value.terms[0]})$`));
  return pattern.test(text.slice(match.start, match.end));
}

/**
 * A line too long and too plainly worded for a heading, cut where the page wrapped it ("The inspectors
 * found that the council provides a good" before "IT service."): most of its words begin in lower case.
 */
function isWrappedLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // A question with its answer ("How good is the service? Good 2 stars") or a row of cells is a heading's own text.
  if (words.length < 7 || /[.!;,]$/.test(text.trim()) || /[?:|\t]|\S\s{2,}\S/.test(text.trim())) return false;
  // Headlines leave out auxiliaries ("Inspectors find Calderbank's ICT service poor"): a line with a subject and an
  // auxiliary before its verb ("The Audit Commission's Best Value inspectors have judged Dorrington") is a sentence's first line, capitals and all.
  return words.filter((word) => /^[a-z]/.test(word)).length >= words.length * 0.6 || AUXILIARY_VERB.test(text);
}

/** An auxiliary and the verb it serves after the line's subject ("… inspectors have judged", "… the service was found"; "not" is no verb: "A poor service that will not improve"). */
const AUXILIARY_VERB = /^(?:the|a|an|its|their|our|this)\s+\S+(?:\s+\S+){0,5}\s+(?:have|has|had|was|were|is|are|will|would)\s+(?:not\s+)?(?!not\b)[a-z]+(?:ed|en|n|t)\b/i;

/**
 * A line taken for a heading that the next unit continues ("The inspectors judged the service as fair"
 * then "(one star)."): one sentence, quoted from the heading to the end of its continuation.
 */
function continuedHeading(units: readonly Sentence[], index: number, pages?: readonly { text: string }[]): Sentence | undefined {
  const unit = units[index]!, next = units[index + 1];
  if (unit.kind !== 'heading' || next?.kind !== 'sentence' || /[?:]\s*$/.test(unit.text)) return undefined;
  // A blank line after it ends it: a title over a paragraph, not a line the page wrapped.
  const page = pages?.[unit.pageEnd - 1]?.text;
  if (page !== undefined && next.pageStart === unit.pageEnd && /\n[^\S\n]*\n/.test(page.slice(unit.rawEnd, next.rawStart))) return undefined;
  if (!/^[(a-z]/.test(next.text) && !isWrappedLine(unit.text)) return undefined;
  return { ...unit, kind: 'sentence', text: `${unit.text} ${next.text}`, pageEnd: next.pageEnd, rawEnd: next.rawEnd };
}

/** What follows a verdict set before its subject: "is the word we use … for the … service", "– that … is how we rate the … service". */
const FRONTED = /^\s*['"]?\s*(?:is the (?:word|verdict|judgement|rating|grade|term|description) (?:we|that|the inspectors)\b[^.]*?\bfor (?:the|its|this|[\w-]+'s) (?:[\w&'-]+ ){0,3}service\b|[–—-][^.]*?\bis how (?:we|the inspectors) (?:would )?(?:rate|judge|describe|assess|score|grade)\b[^.]*?\b(?:the|its|this|[\w-]+'s) (?:[\w&'-]+ ){0,3}service\b)/i;

/** The clause with an aside comparing the subject with other services blanked (", like the revenues service (…) and unlike …,"). */
function withoutLikeness(clause: string): string {
  return clause.replace(/,\s(?:like|unlike|as with|as for|in common with)\s(?:[^,()]|\([^()]*\))*?,(?=\s)/g, (aside) => ' '.repeat(aside.length));
}

/**
 * A heading that opens with an article and names a service: a headline ("A good service that will probably improve"), not a
 * section's name; it may follow its topic and a colon ("ICT in Castlebridge: a fair service with poor prospects").
 */
const HEADLINE = /^(?:[^:]{1,40}:\s+)?an?\s+(?:\S+\s+){0,4}service\b/i;

/** Candidates for one scale over the units, scored; only those at or above the threshold are returned. */
export function findCandidates(units: readonly Sentence[], scale: Scale, context: Context, stem: (word: string) => string, threshold = context.weights.threshold, pages?: readonly { text: string }[]): Candidate[] {
  const scales = context.scales ?? [scale];
  const candidates: Candidate[] = [];
  let continued = -1;
  const ownService = (label: string) => namesService(label, context.serviceWords, stem);
  for (const [index, found] of units.entries()) {
    // A unit that continues a wrapped line taken for a heading is read only as part of it (with the
    // line's holder); one that continues a real heading ("(three stars)." after a verdict line) is read alone too.
    if (index === continued) continue;
    const joined = continuedHeading(units, index, pages);
    if (joined && isWrappedLine(found.text)) continued = index + 1;
    // A headline stating a verdict as a noun phrase ("A fair, one-star service with uncertain prospects") is read as a statement.
    const unit = joined ?? (found.kind === 'heading' && HEADLINE.test(found.text) ? { ...found, kind: 'sentence' as const } : found);
    const text = withoutLeadingKey(plain(unit.text));
    // A heading may be a judgement row that lost its cells ("Will the service improve? Unlikely").
    if (unit.kind === 'heading') for (const value of flattenedRow(text, scale)) candidates.push({ value, score: scoreOf({ 'heading-row': 1 }, context.weights), unit, features: { 'heading-row': 1 } });
    // Or the answer to the question heading above it, even one long enough to be joined to the next sentence as a
    // wrapped line ("Prospects for improvement" / "Promising – the plan is sound and funded").
    if (found.kind === 'heading') for (const value of headingAnswer(units, index, withoutLeadingKey(plain(found.text)), scale)) candidates.push({ value, score: scoreOf({ 'answers-section-question': 1 }, context.weights), unit: found, features: { 'answers-section-question': 1 } });
    if (unit.kind === 'heading') continue;
    const rows = rowValues(units, index, text, scale, anyOf(context.cues.current), anyOf(context.cues.notThisVerdict), ownService);
    const previous = units[index - 1];
    const asked = previous !== undefined && /\?\s*$/.test(previous.text) ? plain(previous.text) : undefined;
    const answers = sectionAnswer(unit, text, scale, asked);
    const terms = unitTerms(unit, text, scale, scales, context);
    // Most units state no value of the scale: what frames one is read only for those that do.
    if (rows.length === 0 && answers.length === 0 && terms.length === 0) continue;
    const facts = unitFacts(units, index, text, scale, scales, context, unit);
    const byValue = new Map<ScaleValue, Candidate>();
    const consider = (value: ScaleValue, features: Features) => {
      const score = scoreOf(features, context.weights);
      const seen = byValue.get(value);
      if (!seen || seen.score < score) byValue.set(value, { value, score, unit, features });
    };
    const rowFeatures: Features = facts.legend ? { 'legend-row': 1 } : facts.preferred ? { row: 1, 'row-preferred-section': 1 } : { row: 1 };
    for (const value of rows) consider(value, rowFeatures);
    for (const value of answers) consider(value, { 'answers-section-question': 1 });
    // A paraphrase beside the scale's own word for a verdict ("we think it unlikely …, and we have judged its prospects to be poor") gives way to it.
    const scaleWord = terms.some((match) => match.kind === undefined && !match.negated);
    for (const match of terms) {
      const { value, features } = termFeatures(match, facts, scale, context, stem);
      if (match.kind === 'paraphrase' && scaleWord) features['beside-scale-term'] = 1;
      consider(value, features);
    }
    candidates.push(...byValue.values());
  }
  return candidates.filter((candidate) => candidate.score >= threshold);
}
