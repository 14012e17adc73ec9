/** Clauses, negation and other services: the context of a term inside its sentence. */
import type { Cues } from './judgement.js';
import { anyOf } from './patterns.js';

/** Words before "service" that do not name a particular service ("the whole service", "a good, two-star service"). */
const GENERIC_SERVICE_WORDS = new Set(['this', 'the', 'whole', 'overall', 'same', 'council', 'councils', 'council\'s', 'authority', 'authority\'s', 'inspected', 'current', 'existing', 'new', 'its', 'our', 'in-house', 'central', 'corporate', 'a', 'an', 'fair', 'good', 'poor', 'excellent', 'one-star', 'two-star', 'three-star', 'no-star', 'zero-star', 'onestar', 'twostar', 'threestar', 'nostar', 'zerostar', 'star', 'stars', 'star', 'and', 'of', 'public', 'quality', 'effective', 'efficient', 'inspection', 'audit', 'best', 'value', 'few', 'many', 'several', 'most', 'all', 'such', 'reliable', 'responsive', 'improving', 'improved', 'better', 'adequate', 'weak', 'strong', 'modern', 'customer', 'user', 'very', 'generally', 'mixed', 'costly', 'high', 'low', 'value', 'for', 'money']);

/** Clause boundaries: cues in one clause do not colour a term in another. */
// "However" before a dash opens an aside, not a clause ("The service as a whole, however – taking … – is fair").
const CLAUSE = /;|:|,?\s(?:but|whereas|while|although|however(?!\s[–—-]\s)|though|because)\s|\.\s/g;

/** Where a new clause with its own subject begins ("…, and we see no sign", "…; there is no prospect"), not "and that …". */
const NEW_CLAUSE = /;\s|,\s+(?:and|but|yet|so)\s+(?!that\b)/g;

/** Where the clause holding position `index` begins, counting only boundaries that open a clause with its own subject (0 when none). */
export function ownClauseStart(text: string, index: number): number {
  let start = 0;
  for (const match of text.slice(0, index).matchAll(NEW_CLAUSE)) start = match.index! + match[0].length;
  return start;
}

/** Where the next clause with its own subject begins after position `index` (the text's length when none). */
export function ownClauseEnd(text: string, index: number): number {
  for (const match of text.slice(index).matchAll(NEW_CLAUSE)) return index + match.index!;
  return text.length;
}

/** The clause of `text` around position `index` (split at `boundaries`), and where it starts. */
export function clauseAround(text: string, index: number, boundaries: RegExp = CLAUSE): { clause: string; start: number } {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundaries)) {
    if (match.index! + match[0].length <= index) start = match.index! + match[0].length;
    else if (match.index! > index) { end = match.index!; break; }
  }
  return { clause: text.slice(start, end), start };
}

/** True when a negation precedes position `index` within five words of the same clause. */
export function negated(text: string, index: number, cues: Cues): boolean {
  // An aside between dashes does not end the negation's reach ("This is not – despite …, the good progress … – a good service").
  const head = text.slice(0, index);
  const collapsed = /\s[–—-]\s/.test(head) ? collapseDashAsides(head)?.text : undefined;
  const before = (collapsed ?? head).slice(-60);
  const window = before.split(/[,;:]|\b(?:but|although|whereas)\b/).pop() ?? '';
  const words = window.trim().split(/\s+/).slice(-6).join(' ');
  return anyOf(cues.negation).test(words);
}

const DETERMINERS = new Set(['the', 'its', 'their', "council's", "authority's", 'a', 'an', 'this', 'that', 'our', 'whose']);

/** Whether the service named in the clause ("the benefits service") is another one than the document's. */
export function otherService(clause: string, serviceWords: ReadonlySet<string>, stem: (word: string) => string): boolean {
  if (serviceWords.size === 0) return false;
  const words = clause.split(/\s+/);
  for (const [i, word] of words.entries()) {
    // "a new head of service", "the standard of service": a role or a measure, not a service named.
    if (!/^services?\b/.test(word) || words[i - 1] === 'of') continue;
    // The modifiers are the words between the nearest determiner and "service".
    const before = words.slice(Math.max(0, i - 4), i);
    const determiner = before.map((w) => DETERMINERS.has(w)).lastIndexOf(true);
    if (determiner < 0) continue;
    const modifiers = before.slice(determiner + 1).map((w) => w.replace(/[^a-z&-]|'s$/g, '').replace(/^-+|-+$/g, '')).filter((w) => w && !GENERIC_SERVICE_WORDS.has(w));
    if (modifiers.length > 0 && !modifiers.some((w) => serviceWords.has(stem(w)))) return true;
  }
  return false;
}


/** Whether a short label ("Information technology", "ICT services") names the report's own service. */
export function namesService(label: string, serviceWords: ReadonlySet<string>, stem: (word: string) => string): boolean {
  const words = label.toLowerCase().split(/[^a-z&]+/).filter((word) => word && !GENERIC_SERVICE_WORDS.has(word) && !/^services?$/.test(word));
  return words.length > 0 && words.length <= 5 && words.some((word) => serviceWords.has(stem(word)));
}

/** Words of a council's name that tell one council from another ("Ashby Fenton Borough Council" -> ashby, fenton). */
const COUNCIL_KIND = new Set(['the', 'of', 'and', 'borough', 'district', 'county', 'city', 'metropolitan', 'london', 'royal', 'council', 'town', 'unitary']);
const NAME_STARTS = new Set(['the', 'this', 'that', 'its', 'our', 'their', 'a', 'an', 'each', 'every', 'any', 'other', 'neighbouring', 'local', 'whole', 'full', 'both']);
function councilWords(name: string): string[] {
  return name.toLowerCase().split(/[^a-z'’-]+/).map((w) => w.replace(/['’]s?$/, '')).filter((w) => w && !COUNCIL_KIND.has(w));
}

/**
 * "The Best Value Officer reported that the IT service at Harrowfield Borough Council had been judged fair": a
 * council named by its own name (capitalised in `raw`, the unit as written) before the verdict (`lead`, the
 * clause up to the term, as plain text) that is not the report's own council (`own`): that council's verdict.
 * Without the report's council, nothing is another's.
 */
export function otherCouncil(raw: string, lead: string, own: string | undefined): boolean {
  const ownWords = new Set(own ? councilWords(own) : []);
  if (ownWords.size === 0) return false;
  for (const found of raw.matchAll(/\b((?:[A-Z][a-z'’-]+\s+){1,4})Council\b/g)) {
    const words = councilWords(found[1]!);
    if (words.length === 0 || NAME_STARTS.has(found[1]!.trim().split(/\s+/)[0]!.toLowerCase()) || words.some((w) => ownWords.has(w))) continue;
    if (new RegExp(`\\b${words.join('\\s+')}\\b(?:\\s+(?:borough|district|county|city|metropolitan))*\\s+council\\b`).test(lead)) return true;
  }
  // "… reported that Eastmarsh's ICT service had been judged … good": a place's service, that place not the report's own
  // (its own words before "service", not "Falcombe's approach to service levels").
  for (const found of raw.matchAll(/\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)['’]s\s/g)) {
    const words = councilWords(found[1]!);
    if (words.length === 0 || words.some((w) => ownWords.has(w) || NOT_PLACES.has(w) || NAME_STARTS.has(w))) continue;
    if (new RegExp(`\\b${words.join('[\\s-]+')}['’]s\\s+(?:(?!(?:to|of|for|with|and|in|on|by)\\s)[\\w&-]+\\s+){0,3}(?:services?|section|unit|department|function)\\b`).test(lead)) return true;
  }
  return false;
}

/** Capitalised words that own a service without naming another place ("the Council's", "the Commission's"). */
const NOT_PLACES = new Set(['authority', 'commission', 'government', 'inspector', 'inspectors', 'inspectorate', 'department', 'directorate', 'cabinet', 'executive', 'leader', 'member', 'members', 'officer', 'manager', 'director', 'head', 'partnership', 'partner', 'contractor', 'trust', 'service', 'section', 'unit', 'team', 'division']);

/**
 * "The IT service, which supports … the members' e-mail service, is poor": the relative clause between the
 * subject and its verb, and any bracket before the term, describe the subject; blanked, so the services
 * they name are not taken for the verdict's.
 */
export function withoutSubjectRelative(clause: string, at: number): string {
  // A bracket before the term describes what it follows ("the ICT service (which includes …, but not the schools' service) is poor"),
  // and so does the end of one the clause opens inside.
  const before = clause.slice(0, at).replace(/\((?:[^()]|\([^()]*\))*\)/g, (bracket) => ' '.repeat(bracket.length));
  const closed = before.lastIndexOf(')') + 1;
  clause = ' '.repeat(closed) + before.slice(closed) + clause.slice(at);
  // Also after a lead-in ("We found that the service, which …, is excellent").
  // The subject may be a section or unit, and a name ending in s may own it with a bare apostrophe ("Granby Wells' IT section, which …").
  const opening = /^\s*(?:(?:we|the inspectors) (?:found|judge|consider|concluded|conclude|believe) that\s+)?(?:the|this|its|(?:[\w-]+\s+){0,2}?(?:[\w-]+'s|[\w-]+s'))\s+(?:[\w'&-]+\s+){0,3}(?:services?|section|unit|division|department),\s+(?:which|that|who|whose)\b/.exec(clause);
  if (!opening) return clause;
  const verb = [...clause.slice(0, at).matchAll(/,\s+(?:is|was|remains?|are|were|has|have|had|continues?|offers?|provides?|gives?|delivers?|runs?|forms?|constitutes?|represents?|makes?|amounts? to)\b/g)].pop();
  return verb && verb.index > opening[0].length ? blanked(clause, opening[0].length, verb.index) : clause;
}

/** The clause with its comma asides that do not hold the term blanked out (same length, so offsets hold). */
export function withoutAsides(clause: string, at: number, openers: readonly string[]): string {
  // An opener may follow "and" inside the commas (", in our judgement and taking account of what users told us,").
  const aside = new RegExp(`,\\s(?:[^,;]*?\\sand\\s)?(?:${openers.join('|')})\\b[^,;]*,|${DASH_ASIDE.source}`, 'g');
  const blank = (text: string, start: number) => (at >= start && at < start + text.length) || !longEnough(text) ? text : ' '.repeat(text.length);
  // The aside that runs to the term first: blanking the comma asides first would hide its opener.
  // A bracket that does not hold the term ("(since last year)") is an aside too.
  return asideBeforeTerm(clause, at, openers).replace(aside, blank).replace(/\([^()]{1,400}\)/g, (bracket, start: number) => (at >= start && at < start + bracket.length ? bracket : ' '.repeat(bracket.length)));
}

/** Per list of aside openers, the pattern of one ending a text (built once, as `anyOf` builds its patterns). */
const openerAtEnd = new WeakMap<readonly string[], RegExp>();

/**
 * A clause that opens just after an aside's opener ("… a service which, while it is better than … the council's own
 * self-assessment, which rated it as poor, gave it credit for, is no more than a fair, one-star service") is that aside
 * up to its last comma before the term: blanked there, so what the aside tells of is not taken for the verdict's frame.
 * `before` is the sentence up to the clause.
 */
export function withoutOpeningAside(clause: string, at: number, before: string, openers: readonly string[]): string {
  let opener = openerAtEnd.get(openers);
  if (!opener) openerAtEnd.set(openers, opener = new RegExp(`(?:^|[,;]\\s*)(?:and\\s+)?(?:${openers.join('|')})\\s*$`, 'i'));
  if (!opener.test(before)) return clause;
  const end = clause.slice(0, at).lastIndexOf(', ');
  return end > 0 ? ' '.repeat(end + 1) + clause.slice(end + 1) : clause;
}

/**
 * An aside opening the sentence or following a comma that runs, commas and all, to the last comma before
 * the term ("Overall, and notwithstanding the weaknesses in X, in Y and in Z, the team considers … good"): blanked.
 */
function asideBeforeTerm(clause: string, at: number, openers: readonly string[]): string {
  const opener = new RegExp(`(?:^|,\\s)(?:and\\s)?(?:${openers.join('|')})\\b`).exec(clause.slice(0, at));
  if (!opener) return clause;
  const end = clause.slice(0, at).lastIndexOf(', ');
  return end > opener.index + opener[0].length ? clause.slice(0, opener.index) + ' '.repeat(end + 1 - opener.index) + clause.slice(end + 1) : clause;
}

/** The text with the words of its dash asides that do not hold position `at` made spaces, the dashes kept (same length, so offsets hold). */
export function withoutDashAsides(text: string, at: number): string {
  return text.replace(new RegExp(DASH_ASIDE.source, 'g'), (aside, start: number) => ((at >= start && at < start + aside.length) || !longEnough(aside) ? aside : aside.slice(0, 3) + ' '.repeat(aside.length - 6) + aside.slice(-3)));
}

/** A text with its dash asides cut out (each to one space), and the way back to the text's own offsets. */
export interface Collapsed {
  text: string;
  /** The text's own offset of an offset in the collapsed text. */
  original: (at: number) => number;
  /** The text's own span [start, end) of a span in the collapsed text. */
  span: (start: number, end: number) => { start: number; end: number };
}

/**
 * The text with every long dash aside cut out ("The service's prospects – given a plan that … – are
 * promising" → "The service's prospects are promising"), and every aside of the inspectors' own between
 * commas ("will not, in our judgement and on the evidence we saw, improve" → "will not improve"), so a
 * verdict split by one reads whole; undefined when it has none.
 */
export function collapseDashAsides(text: string): Collapsed | undefined {
  const cuts: Array<{ at: number; removed: number }> = [];
  let removed = 0;
  const collapsed = text.replace(new RegExp(`${DASH_ASIDE.source}|${HOLDER_ASIDE.source}`, 'g'), (aside, start: number) => {
    if (!longEnough(aside)) return aside;
    cuts.push({ at: start - removed + 1, removed: aside.length - 1 });
    removed += aside.length - 1;
    return ' ';
  });
  if (cuts.length === 0) return undefined;
  const original = (at: number) => at + cuts.filter((cut) => cut.at <= at).reduce((sum, cut) => sum + cut.removed, 0);
  return { text: collapsed, original, span: (start, end) => ({ start: original(start), end: original(end - 1) + 1 }) };
}

/** An aside between dashes ("the council – given …, and the decision (…) – will improve"); one scan, no nested repetition. A point between digits ("£2.4 million") is no sentence's end. */
const DASH_ASIDE = /\s[–—-]\s(?:[^–—;.]|(?<=\d)\.(?=\d))*?\s[–—-]\s/;

/** The inspectors' own aside between commas, splitting a verdict ("will not, in our judgement and on the evidence we saw, improve"). */
const HOLDER_ASIDE = /,\s(?:in our (?:view|judgement|judgment|opinion)|on (?:the|all the) evidence|we (?:think|believe|consider|judge))(?:[^,;.–—]|(?<=\d)\.(?=\d)){0,160}?,\s/;

/** Whether a dash aside is long enough to be one (five words or more); a comma aside always is. */
function longEnough(aside: string): boolean {
  return !/^\s[–—-]\s/.test(aside) || aside.trim().split(/\s+/).length >= 7;
}

/** The text up to the reason given after position `at` (", because …", or after a colon), which explains the verdict rather than qualifying it. */
export function withoutReason(text: string, at: number): string {
  const reason = /,?\sbecause\s|:\s/.exec(text.slice(at));
  return reason ? text.slice(0, at + reason.index) : text;
}

/** The verbs of a definition ("means", "is one that"). */
const DEFINES = String.raw`(?:means?|is one (?:that|which|where|whose)|refers? to|denotes?|signifies)`;
/** A definition's head before the words it defines: "'promising' prospects means …". */
const DEFINED = new RegExp(String.raw`^[\s•*–-]*(?:an?\s+)?['"]?[\w-]+['"]?\s+(?:services?|prospects?(?: for improvement)?)\s+${DEFINES}\s`);
/** What follows a scale word that is being defined ("… is one that", "… means"). */
const DEFINITION = new RegExp(String.raw`^\s*['"]?\s*(?:services?|prospects?(?: for improvement)?)?\s*${DEFINES}\b`);
/** What follows "a <grade> service" when it describes any service of that grade ("… is likely to be", "… will show", "… with poor prospects would sit"). */
const GENERIC_DESCRIPTION = /^\s*['"]?\s*(?:[\w-]+\s+)?services?,?\s+(?:[^,]{0,40},\s+|with\s+(?:[\w-]+\s+){1,3})?(?:is likely to|are likely to|will (?:show|have|be|tend|score|get|receive)|would|should|shows|typically|usually|tends? to|may|can|scores|gets|receives|earns|is (?:awarded|given)|(?:is|are) (?:not )?(?:always|never|often|rarely|seldom|usually|generally|necessarily|sometimes))\b/;

/**
 * Whether the term at [start, end) is "a <grade> service" that describes any service of that grade,
 * not this one, or stands in a clause that opens so ("A fair service scores one star and a good service two").
 */
export function genericDescription(text: string, clauseStart: number, start: number, end: number): boolean {
  // "A service that meets most of its users' needs is likely to be judged good": any service of a kind, not this one.
  if (/^\s*an?\s+service\s+(?:that|which|whose|with|where)\b/.test(text.slice(clauseStart, start))) return true;
  if (/^\s*an?\s+['"]?$/.test(text.slice(clauseStart, start)) && GENERIC_DESCRIPTION.test(text.slice(end))) return true;
  // A scale word defined ("A good service is one that …", "Promising prospects means …"): what the word means, not a verdict.
  // So is a paraphrase inside a definition ("Promising prospects means the inspectors think the service is likely to improve").
  if (/^[\s•*–-]*(?:an?\s+)?['"]?$/.test(text.slice(clauseStart, start)) && DEFINITION.test(text.slice(end))) return true;
  if (DEFINED.test(text.slice(clauseStart, start))) return true;
  const opening = /^\s*an?\s+['"]?[\w-]+['"]?/.exec(text.slice(clauseStart, start));
  return opening !== null && GENERIC_DESCRIPTION.test(text.slice(clauseStart + opening[0].length, start));
}

/** Whether a likelihood phrase opens a clause of its own ("we can see no …", "there is no sign …", "it is unlikely …"), not an adverb ("probably"). */
export function likelihoodFrame(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 40), start) + (/^[\w'-]+/.exec(text.slice(start))?.[0] ?? '');
  // An impersonal subject ("nothing we saw suggests", "the signs are against") opens a clause as "we" does.
  // So does a likelihood that is the predicate of its own clause ("the chances of improvement are remote", "improvement is likely").
  return /\b(?:we|there|it|inspectors|team|nothing|signs|indications|odds)\b(?:\s+[\w']+){0,4}$/.test(head) || /\b(?:chances?|prospects?|likelihood|odds|hopes?|improvement|progress)\b(?:\s+[\w'-]+){1,7}$/.test(head);
}

/** The text with the span [start, end) made spaces (same length, so offsets hold). */
export function blanked(text: string, start: number, end: number): string {
  const from = Math.max(0, start), to = Math.min(text.length, end);
  return from >= to ? text : text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

/** A bracketed key the layout ran into the next sentence ("(stars: 3 = excellent, 2 = good …) We have judged …"): blanked, so the sentence is read alone. */
export function withoutLeadingKey(text: string): string {
  const key = /^\s*\([^()]{3,200}[=:][^()]{0,200}\)\s*/.exec(text);
  return key && /\p{L}{3,}(?:\s+\S+){3,}/u.test(text.slice(key[0].length)) ? blanked(text, 0, key[0].length) : text;
}

/**
 * Whether position `at` of a unit stands in words quoted after a speech verb whose speaker is not the inspectors
 * ('The chief executive said: "We are confident we offer a good service"'): that speaker's view.
 */
export function inQuotedSpeech(text: string, at: number, previous?: string): boolean {
  for (const quote of text.matchAll(/["“]([^"“”]{1,600})["”]/g)) {
    if (at < quote.index || at >= quote.index + quote[0].length) continue;
    return SPEECH_BEFORE.test(text.slice(Math.max(0, quote.index - 80), quote.index));
  }
  if (previous === undefined) return false;
  // A quotation taken up again after its speaker was named ('"Ours is a good service," he said. "We are confident it will
  // improve."'): the unit opens with a quotation mark and the unit before ends with a quotation and its speaker.
  if (/^\s*["“]/.test(text) && SPEECH_AFTER.test(previous)) return true;
  // The quotation's second sentence ('The leader said: "We welcome the report. We are determined to make them excellent."'):
  // the unit closes a quotation the unit before opened after a speech verb.
  if (quoteMarks(text) % 2 === 0 || quoteMarks(previous) % 2 === 0) return false;
  const close = text.search(/["”]\s*$/);
  const open = Math.max(previous.lastIndexOf('"'), previous.lastIndexOf('“'));
  return close > at && SPEECH_BEFORE.test(previous.slice(Math.max(0, open - 80), open));
}

/** A speech verb whose speaker is not the inspectors, ending the text before a quotation. */
const SPEECH_BEFORE = /(?<!\b(?:we|inspectors?|inspection team)\s)\b(?:said|says|stated|added|commented|told (?:us|the [a-z]+))\s*[:,]?\s*$/i;

/**
 * A quotation and its speaker ending a unit ('…," he said.', '…," said Councillor Hollis.', '…", the director added.'),
 * the speaker not the inspectors nor their report.
 */
const SPEECH_AFTER = /[,.!?]?["”]\s*,?\s*(?:(?!(?:we|the inspectors?|the inspection team|the report|its report|the commission)\s)(?:he|she|they|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}|(?:the|a|an|its|their)\s+[\p{Ll}'’-]+(?:\s+[\p{L}'’-]+){0,4})\s+(?:said|says|added|adds|commented|explained|insisted|argued|claimed)|(?:said|says|added|commented|explained|insisted|argued|claimed)\s+(?!(?:the inspectors?|the report|the commission)\b)(?:[\p{Lu}][\p{L}'’-]*|the\s+[\p{Ll}]+)(?:\s+[\p{L}'’-]+){0,5})\s*\.\s*$/u;

function quoteMarks(text: string): number {
  return (text.match(/["“”]/g) ?? []).length;
}
