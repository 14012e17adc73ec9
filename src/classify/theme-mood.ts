/**
 * The mood of a unit: an order (a recommendation), a call to continue what exists, or a statement.
 * Parsing a unit is the dearest step of theme tagging, so it is parsed only when its mood is needed.
 */
import { nlp, parse } from '../text/nlp.js';

const LIST_MARKER = /^\s*(?:[•*▪◦·–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*/i;
/**
 * Recommendations to keep doing something, or to pass the council's own way of working on to others
 * ("Share its approach to consultation with other councils"): they point at a strength, not a weakness.
 */
const CONTINUE = /^(?:continue|maintain|keep (?:up|on|\w+ing)|sustain|build on|consolidate|(?:share|disseminate|spread)\b(?=[^.;]*\bwith\s+(?:other|partner|neighbouring|similar)\b))\b/i;
const OBJECT_START = /^(?:the|a|an|its|their|all|each|every|how|whether|what|this|these|that|more|better|clear|regular|formal)\b/i;

/**
 * What a unit opens with: an imperative ("Agree service levels with departments", "Compare costs
 * with similar councils") is a recommendation; "Continue / Maintain / Keep up …" commends what exists.
 */
export function unitMood(text: string): Mood {
  const opening = openingMood(text);
  return typeof opening === 'string' ? opening : mainClauseMood(opening.main);
}

/** A unit's mood. */
export type Mood = 'imperative' | 'continue' | 'statement';

/**
 * The mood of a unit when its wording alone decides it, else the main clause whose parse decides
 * between imperative and statement.
 */
export function openingMood(text: string): 'continue' | 'statement' | { main: string } {
  const body = text.replace(LIST_MARKER, '').trim();
  // A recommendation is a sentence: capitalised, ending in a full stop, not a "Term: definition" label.
  if (!/^[A-Z]/.test(body) || !/\.["')]?\s*$/.test(body) || /^(?:\S+\s+){0,3}\S+:/.test(body)) return 'statement';
  if (CONTINUE.test(body)) return 'continue';
  // The main clause, up to the first subordinate clause ("Ensure that …", "Tackle the barriers that …").
  const main = body.split(/[,;:]|\s(?:that|which|who|whom|what|so|when|where|how|whether|because|if|before|after|until|while)\s/)[0] ?? body;
  const words = body.split(/\s+/);
  // Headings, labels and names ("Consult.", "Help Desk Supervisor", "Network infrastructure review") are no recommendations.
  if (words.length < 3 || words.filter((w) => /^[A-Z]/.test(w)).length * 2 > words.length) return 'statement';
  return { main };
}

/** Parsed moods of recent main clauses: the same clause recurs (a recommendation repeated in a summary). */
const parsedMoods = new Map<string, 'imperative' | 'statement'>();
const PARSED_MOODS_KEPT = 2000;

/**
 * Function words that open no order: articles, demonstratives, pronouns, quantifiers, and conjunctions and
 * prepositions that cannot be verbs. A main clause opening with one is a statement, as compromise's parse
 * of it says (test/mood-shortcut.test.ts checks this on every main clause of both corpora and the case
 * sets); particles that can open an order or a name ("Over", "Under", "Outside", "All") are not listed.
 */
const NO_ORDER_OPENING = /^(?:the|an?|this|these|those|there|they|it|its|their|our|his|her|we|he|she|some|many|most|several|when|while|whilst|although|though|where|as|if|because|since|despite|in|for|at|during|of|from|by)\s/i;

/**
 * A plural or possessive noun opening a clause ("Leaders …", "Assessments …", "Children's …"): an order
 * opens with a verb's base form, which takes no -s (those ending in -ss, -us or -as, "Address", "Focus",
 * "Canvas", are left to the parse).
 */
const PLURAL_OPENING = /^[A-Z][A-Za-z’'-]*(?:[b-rtv-z]s|[’']s)\s/;
/** A finite auxiliary or modal as the second word: the first is its subject ("Staff are …", "Planning has …"). */
const FINITE_SECOND = /^\S+\s+(?:is|are|was|were|has|have|had|do|does|did|can|cannot|will|would|should|must|may|could|might)\b/i;

/**
 * The parser's own lexicon entries (one word, its tags) of the kinds the parse never reads as an order's
 * opening (see parseMood: a base-form verb or a singular noun first): function words, adverbs, numbers,
 * plural nouns and verb forms other than the base. Adjectives and singular nouns are left to the parse:
 * many are also verbs ("Complete", "Review", "Work").
 */
const NO_ORDER_LEXICON = /^(?:Determiner|Conjunction|Preposition|Pronoun|Possessive|QuestionWord|Modal|Negative|Adverb|Expression|Condition|Comparative|Superlative|PastTense|Participle|Plural|TextValue|Cardinal|Ordinal)$/;
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/** The tag or tags the parser's lexicon gives a lowercase word, if it knows it. */
function lexiconTags(word: string): string | string[] | undefined {
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}

/** Whether every tag the parser's lexicon gives a word is one that opens no order. */
function lexiconOpensNoOrder(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags === undefined) return false;
  const list = Array.isArray(tags) ? tags : [tags];
  // A plural noun naming people ("children": Plural and Actor) is plural all the same.
  return list.every((tag) => NO_ORDER_LEXICON.test(tag) || (tag === 'Actor' && list.includes('Plural')));
}

/** The mood of a main clause when its first words alone decide it, else undefined. */
export function openingWordMood(main: string): 'statement' | undefined {
  if (NO_ORDER_OPENING.test(main) || PLURAL_OPENING.test(main) || FINITE_SECOND.test(main)) return 'statement';
  const first = /^[A-Za-z]+(?=[\s,.;:]|$)/.exec(main)?.[0];
  if (first === undefined) return undefined;
  // A word before a verb's particle may open a phrasal order ("Lower down …", "Back up the data"): the parse decides.
  if (/^\s*(?:up|down|out|off|back|over)\b/i.test(main.slice(first.length))) return undefined;
  if (lexiconOpensNoOrder(first.toLowerCase())) return 'statement';
  // A word the parser reads as no verb, before a word that opens no object ("Senior leaders", "Social
  // workers", "Performance data"), names or describes the subject; one before an object or a preposition
  // ("Complete the review", "Compare the division's costs", "Over the year") is left to the parse.
  const rest = main.slice(first.length).trimStart();
  return !OBJECT_START.test(rest) && !/^(?:with|to)\b/i.test(rest) && !mayBeVerb(first.toLowerCase()) ? 'statement' : undefined;
}

/** Whether the parser, reading a word alone, tags it as a verb of any form (remembered per word). */
const verbWords = new Map<string, boolean>();
function mayBeVerb(word: string): boolean {
  let verb = verbWords.get(word);
  if (verb === undefined) {
    const tags = (parse(word).json({ terms: { normal: true } }) as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    verb = tags.some((tag) => /^(?:Verb|Infinitive|Imperative|PresentTense|PastTense|Gerund|Participle|Auxiliary|Modal|Copula)$/.test(tag));
    if (verbWords.size >= PARSED_MOODS_KEPT) verbWords.delete(verbWords.keys().next().value!);
    verbWords.set(word, verb);
  }
  return verb;
}

/** Whether a main clause opens an order: by its first word when that decides, else by compromise's parse (memoised). */
function mainClauseMood(main: string): 'imperative' | 'statement' {
  let mood = openingWordMood(main) ?? parsedMoods.get(main);
  if (mood) return mood;
  mood = parseMood(main);
  if (parsedMoods.size >= PARSED_MOODS_KEPT) parsedMoods.delete(parsedMoods.keys().next().value!);
  parsedMoods.set(main, mood);
  return mood;
}

/** Whether a main clause opens an order, by compromise's parse: a verb in the base form first and no finite verb after a subject. */
export function parseMood(main: string): 'imperative' | 'statement' {
  const parsed = parse(main);
  const first = parsed.terms().eq(0);
  const verbish = first.has('(#Imperative|#Infinitive)') && !first.has('(#Gerund|#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb|#Modal|#PastTense|#ProperNoun)');
  const rest = main.split(/\s+/).slice(1).join(' ');
  const nounVerb = first.has('#Singular') && !first.has('#ProperNoun') && OBJECT_START.test(rest);
  if (!verbish && !nounVerb) return 'statement';
  // A base-form verb straight before its object or a preposition opens an order ("Agree with directorates
  // a method for ranking requests", "Introduce a set of measures"), whatever verbs its object contains.
  if (verbish && (OBJECT_START.test(rest) || /^(?:with|to)\b/i.test(rest))) return 'imperative';
  // A statement has a finite verb after its subject ("Service level agreements are …", "Staff no longer wait …").
  const tags = (parsed.json({ terms: { normal: true } }) as Array<{ terms: Array<{ normal: string; tags: string[] }> }>).flatMap((sentence) => sentence.terms);
  let finite = /^\S+\s+(?:no longer|never|now|still|often|rarely|seldom|always|already|usually|also)\b/i.test(main);
  for (let i = 1; i < tags.length && !finite; i++) {
    const t = new Set(tags[i]!.tags);
    const before = new Set(tags[i - 1]!.tags);
    if (/^(?:is|are|was|were|has|have|had|do|does|did|can|cannot|will|would|should|must|may)$/.test(tags[i]!.normal)) { finite = true; break; }
    // "Service managers tend to …": a plural subject's present verb is tagged as an infinitive.
    if (t.has('Infinitive') && before.has('Plural') && i > 1) { finite = true; break; }
    if (tags[i - 1]!.normal === 'to' || t.has('Gerund') || (t.has('Infinitive') && !t.has('Copula'))) continue;
    if (t.has('PastTense') && (before.has('Determiner') || before.has('Possessive') || before.has('Adverb'))) continue;
    finite = t.has('Copula') || t.has('Modal') || t.has('Auxiliary') || t.has('PastTense') || t.has('PresentTense');
  }
  return finite ? 'statement' : 'imperative';
}

/**
 * The themes of a unit in its mood. The mood is parsed only when it can change them: a unit completing
 * a directive is an order unless it says to continue, and when the unit raises the same themes as an
 * order and as a statement, the parse cannot change the result.
 */
export function inMood<T>(text: string, directive: boolean, themes: (mood: Mood) => T): T {
  const opening = openingMood(text);
  if (opening === 'continue') return themes('continue');
  if (directive) return themes('imperative');
  if (opening === 'statement') return themes('statement');
  const [statement, order] = [themes('statement'), themes('imperative')];
  if (JSON.stringify(statement) === JSON.stringify(order)) return statement;
  return mainClauseMood(opening.main) === 'imperative' ? order : statement;
}
