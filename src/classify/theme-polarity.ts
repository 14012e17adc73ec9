/**
 * Polarity of theme mentions: whether the words around a cue raise it as a weakness (lack, delays,
 * "should") or praise it as a strength (effective, "no longer", "within the agreed time"), with
 * negation scope, remedies of past problems, and the lean of a unit's section.
 */
import type { CompiledCodebook, Phrase } from './theme-codebook.js';

/** Reductions, and the resources whose reduction is a weakness rather than a remedy ("the training budget was cut"). */
const REDUCE = /^(?:cut|cuts|reduced|reduces|reduce|halved|fallen|fell|dropped|decreased|declined)$/;

const RESOURCE = /^(?:budgets?|funding|funds?|resources|spending|expenditure|investment|allocations?|grants?|provision|staffing|posts|headcount|establishment|capacity|cuts)$/;

/** Words before a remedy that make it a perfect or passive of a burden named earlier ("has fallen", "has been addressed"). */
const AUX = new Set(['has', 'have', 'had', 'been', 'is', 'are', 'was', 'were', 'being', 'now', 'since', 'steadily', 'sharply', 'significantly', 'largely', 'successfully', 'all', 'also']);

/** Markers that a clause contrasts the present with the past ("absent at the start", "three years ago"). */
// "At the time of our visit" is the inspection's present, not the past.
const PAST_MARKER = /\b(?:ago|previously|formerly|hitherto|at the (?:start|outset|beginning)|at the time of(?! (?:our|the|this) (?:visit|inspection|fieldwork|site visit|on-site work))|in the past|until recently|before the review|at the last inspection|used to)\b/;

/** Perfect-tense verbs that record no achievement. */
const NOT_ACHIEVED = new Set(['suffered', 'continued', 'remained', 'resulted', 'experienced', 'needed', 'wanted', 'hoped', 'tried', 'attempted', 'intended', 'planned', 'proposed', 'expected', 'seemed', 'appeared', 'started', 'begun', 'asked', 'complained', 'noted', 'raised', 'allowed',
  // Quantities reported, not things done: "capital spending has averaged £600,000 a year".
  'averaged', 'totalled', 'totaled', 'amounted', 'numbered', 'ranged', 'varied', 'stayed']);

const BURDEN = /^(?:cost|costs|price|prices|time|times|delay|delays|wait|waits|waiting|backlogs?|faults?|problems?|complaints?|failures?|errors?|missed|breakdowns?|outages?|downtime|queues?|calls?|enquiries|enquiry|queries|incidents?|requests?|outlook|silos?|barriers?|habits?|culture|attitudes?|lack|shortage|shortfall|gap|gaps|number|numbers)$/;

/** Words that open a noun phrase: a remedy word after one is a noun or an adjective, not a verb. */
const DETERMINER = /^(?:a|an|the|one|this|that|its|their|his|her|our|any|each)$/;
/** Words before "needs" the noun ("the needs", "their needs", "business needs", "changing needs"), never before the verb. */
const NEEDS_OWNER = /^(?:the|its|their|his|her|our|your|whose|these|those|business|customer|customers'|training|learning|changing|different|specific|particular|future|current|individual|local|special)$/;

const PRONOUN = new Set(['they', 'we', 'you', 'i', 'he', 'she', 'users', 'staff', 'people']);


function matchesWord(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

interface Hit { at: number; end: number; kind: Phrase['kind']; weight: number; directive?: boolean; scoped?: boolean; alsoWeak?: boolean; alsoStrong?: number; soft?: boolean }

/** Phrases by their first word (exact) and by the first two letters of a wildcard first word, each with its place in the list. */
interface PhraseIndex { exact: Map<string, Array<[number, Phrase]>>; wild: Map<string, Array<[number, Phrase]>> }
const indexes = new WeakMap<Phrase[], PhraseIndex>();

function indexOf(phrases: Phrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  index = { exact: new Map(), wild: new Map() };
  phrases.forEach((phrase, at) => {
    const first = phrase.words[0] ?? '';
    const [map, key] = first.endsWith('*') ? [index!.wild, first.slice(0, -1).slice(0, 2)] : [index!.exact, first];
    map.set(key, [...(map.get(key) ?? []), [at, phrase]]);
  });
  indexes.set(phrases, index);
  return index;
}

/** The first phrase of the list (in list order) that matches the words from `i` on. */
function phraseAt(words: string[], i: number, phrases: Phrase[]): Phrase | undefined {
  const index = indexOf(phrases);
  const word = words[i]!;
  const candidates = [...(index.exact.get(word) ?? []), ...(index.wild.get(word.slice(0, 2)) ?? []), ...(word.length < 2 ? [] : index.wild.get(word.slice(0, 1)) ?? [])];
  let best: [number, Phrase] | undefined;
  for (const candidate of candidates) {
    if (best && candidate[0] > best[0]) continue;
    if (candidate[1].words.every((w, k) => i + k < words.length && matchesWord(w, words[i + k]!))) best = candidate;
  }
  return best?.[1];
}

/** Hits of one clause's words, kept for the words array last read (a clause is read again for praise). */
const lastHits = new WeakMap<string[], { phrases: Phrase[]; hits: Hit[] }>();

export function polarityHits(words: string[], phrases: Phrase[]): Hit[] {
  const known = lastHits.get(words);
  if (known && known.phrases === phrases) return known.hits;
  const hits = findHits(words, phrases);
  lastHits.set(words, { phrases, hits });
  return hits;
}

/** "the support it needs": "it" after a noun, with no "to" after "needs", is the subject of a relative clause naming what is needed (not "but it needs funding"). */
function objectIt(words: readonly string[], i: number): boolean {
  return words[i - 1] === 'it' && words[i + 1] !== 'to' && /^[a-z]{3,}$/.test(words[i - 2] ?? '') && !/^(?:but|and|yet|so|because|although|though|as|if|when|while|which|that|what|now|also|still)$/.test(words[i - 2]!);
}

function findHits(words: string[], phrases: Phrase[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = phraseAt(words, i, phrases);
    if (!phrase) { i++; continue; }
    // "the skills they need" is no directive; "have the skills they need" is sufficiency, praise.
    if (phrase.directive && (PRONOUN.has(words[i - 1] ?? '') || objectIt(words, i)) && /^needs?$/.test(words[i] ?? '')) {
      if (words.slice(Math.max(0, i - 7), i - 1).some((w) => /^(?:have|has|had|got|given|provided|receive|received|receives)$/.test(w))) hits.push({ at: i, end: i + 1, kind: 'strength', weight: 1 });
      i += phrase.words.length;
      continue;
    }
    // "the needs of front-line staff", "users' needs": needs as a noun are requirements, not an order; nor is the need of
    // something else named in a relative clause ("changes that will need IT support").
    if (phrase.directive && /^needs$/.test(words[i] ?? '') && (NEEDS_OWNER.test(words[i - 1] ?? '') || /(?:'s|s')$/.test(words[i - 1] ?? ''))) { i += phrase.words.length; continue; }
    if (phrase.directive && RELATIVE_PRONOUN.test(words[i - 1] ?? '') && /^(?:will|would)$/.test(words[i] ?? '') && words[i + 1] === 'need' && words[i + 2] !== 'to') { i += phrase.words.length; continue; }
    // "the review challenged the need for the service": weighing whether a service is needed at all is a review's work, not an order.
    if (phrase.directive && words[i] === 'need' && words[i - 1] === 'the' && /^(?:challeng|question|examin|test|review|consider)\w*$/.test(words[i - 2] ?? '')) { i += phrase.words.length; continue; }
    // "every project has to show how it contributes to a priority": a rule the council applies to each, not an order to it.
    if (phrase.directive && /^(?:has|have|is|are)$/.test(words[i] ?? '') && words.slice(Math.max(0, i - 4), i).some((w) => /^(?:every|each)$/.test(w))) { i += phrase.words.length; continue; }
    // "talk about IT as a way to redesign services, not just as equipment": "not only" adds, it denies nothing.
    if (phrase.kind === 'negator' && words[i] === 'not' && /^(?:just|only|merely|simply|solely)$/.test(words[i + 1] ?? '')) { i += 2; continue; }
    // "looked at whether the contract should be re-let": a question weighed, not an order.
    if (phrase.directive && /^(?:should|must)$/.test(words[i] ?? '') && words.slice(Math.max(0, i - 8), i).includes('whether')) { i += phrase.words.length; continue; }
    hits.push({ at: i, end: i + phrase.words.length, kind: phrase.kind, weight: phrase.weight,
      ...(phrase.directive ? { directive: true } : {}), ...(phrase.scoped ? { scoped: true } : {}), ...(phrase.alsoWeak ? { alsoWeak: true } : {}),
      ...(phrase.alsoStrong ? { alsoStrong: phrase.alsoStrong } : {}), ...(phrase.soft ? { soft: true } : {}) });
    i += phrase.words.length;
  }
  // "has compared", "have joined", "has been allocated": the perfect of an action, active or passive, is an
  // achievement (not "has not", "has failed", "has been delayed").
  for (let i = 0; i + 1 < words.length; i++) {
    const passive = words[i + 1] === 'been' ? 1 : 0;
    const next = words[i + 1 + passive] ?? '';
    if (!/^(?:has|have)$/.test(words[i]!) || !/^[a-z]{3,}ed$/.test(next) || NOT_ACHIEVED.has(next)) continue;
    if (hits.some((h) => h.at <= i + 1 + passive && h.end > i)) continue;
    hits.push({ at: i + 1 + passive, end: i + 2 + passive, kind: 'strength', weight: 0.5 });
  }
  // Time frames: a wait counted in weeks or months is a weakness ("can take up to four months"); work done
  // within a period or an agreed time is a strength ("fixed within two days", "within the agreed time").
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const window = words.slice(i + 1, i + 6);
    const period = window.findIndex((x) => PERIOD.test(x));
    if (period < 0) continue;
    const end = i + 2 + period;
    if (hits.some((h) => h.at < end && h.end > i && h.kind !== 'negator')) continue;
    // "within two years" is a target, not a record: only short periods and agreed times count.
    if (WITHIN.test(w)) { if (!/^(?:months?|years?)$/.test(window[period]!)) hits.push({ at: i, end, kind: 'strength', weight: 1 }); }
    // "last year" is a date, "lasted two weeks" a duration.
    else if (TAKES.test(w) && !/^(?:place|part)$/.test(window[0] ?? '') && !(w === 'last' && (period === 0 || /^(?:the|these|those|its|their|each|over|in|for|past)$/.test(words[i - 1] ?? ''))) && !window.slice(0, period).some((x) => WITHIN.test(x) || /^(?:less|fewer|under)$/.test(x))) hits.push({ at: i, end, kind: 'weakness', weight: 1 });
  }
  return fewBurdens(words, noneWithout(words, hits).filter((hit) => !measured(words, hit) && !idiom(words, hit)).map((hit) => othersAhead(words, grownBurden(words, hit)))).sort((a, b) => a.at - b.at);
}

/**
 * "there is no project that does not serve a corporate priority", "not one user who did not know whom to call":
 * a negated subject whose relative clause is negated too says every one does, which is praise.
 */
function noneWithout(words: readonly string[], hits: Hit[]): Hit[] {
  for (const first of hits) {
    if (first.kind !== 'negator' || !/^(?:no|not)$/.test(words[first.at] ?? '')) continue;
    const second = hits.find((h) => h.kind === 'negator' && h.at > first.end && h.at - first.end <= 7
      && /^(?:not|never)$/.test(words[h.at] ?? '') && words.slice(first.end, h.at).some((w) => /^(?:that|which|who|whose)$/.test(w)));
    if (!second) continue;
    return [...hits.filter((h) => h !== first && h !== second), { at: first.at, end: second.end, kind: 'strength', weight: 1 }];
  }
  return hits;
}

/** "had few complaints", "far fewer faults": little of a burden is praise, not two faults (not "a few complaints"). */
function fewBurdens(words: readonly string[], hits: Hit[]): Hit[] {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^(?:few|fewer)$/.test(words[i]!) || words[i - 1] === 'a') continue;
    const burden = words.slice(i + 1, i + 3).findIndex((w) => BURDEN_SUBJECT.test(w));
    if (burden < 0) continue;
    const end = i + 2 + burden;
    hits = hits.filter((h) => h.end <= i || h.at >= end);
    hits.push({ at: i, end, kind: 'strength', weight: 1 });
  }
  return hits;
}

const GROWTH = /^(?:grown|grew|grows|increased|increases|doubled|trebled|tripled|risen|rose|rises|soared|multiplied|exceeds?|exceeded|outstrips?|outstripped|outpaces?|outpaced)$/;
const BURDEN_SUBJECT = /^(?:demand|demands|requests?|calls?|complaints?|backlogs?|workloads?|queues?|faults?|incidents?|enquiries|errors?|failures?|downtime|delays?|waits?)$/;

/**
 * "Demand for new systems has grown faster than the team can deliver", "requests have doubled", "demand far exceeds
 * capacity", "600 calls were open": more of a burden, or one left open, is a weakness, not an achievement.
 */
function grownBurden(words: readonly string[], hit: Hit): Hit {
  if (hit.kind !== 'strength' || !words.slice(Math.max(0, hit.at - 8), hit.at).some((w) => BURDEN_SUBJECT.test(w))) return hit;
  // "more than 600 calls were open": a burden still open is a backlog, not openness.
  if (words[hit.at] === 'open' && hit.end === hit.at + 1 && /^(?:is|are|was|were|remain|remained|remains|still|left)$/.test(words[hit.at - 1] ?? '')) return { at: hit.at, end: hit.end, kind: 'weakness', weight: 1 };
  if (!GROWTH.test(words[hit.at] ?? '')) return hit;
  return { at: hit.at, end: hit.end, kind: 'weakness', weight: 0.5 };
}

/** The councils a service is measured against, as the subject of a clause ("Most councils of its size …", "Similar authorities …"). */
const OTHERS = /^(?:most|many|other|similar|neighbouring|comparable|leading)$/;
const COUNCILS = /^(?:councils|authorities|districts|boroughs|counties)$/;

/**
 * "Most city councils of similar size are well ahead": other councils praised for where they stand is this
 * one's shortfall. Only a comparative ("ahead", "further", "better") is turned; other praise of them
 * ("other councils have learnt from its good practice") is left as it is.
 */
function othersAhead(words: readonly string[], hit: Hit): Hit {
  if (hit.kind !== 'strength') return hit;
  let i = 0;
  while (/^(?:but|and|yet|however|while|whereas)$/.test(words[i] ?? '')) i++;
  if (!OTHERS.test(words[i] ?? '')) return hit;
  const noun = words.slice(i, i + 6).findIndex((w) => COUNCILS.test(w));
  if (noun < 0 || hit.at <= i + noun) return hit;
  const said = words.slice(hit.at, Math.max(hit.end, hit.at + 2));
  return said.some((w) => /^(?:ahead|better|further|faster|higher|stronger|advanced|more)$/.test(w)) ? { ...hit, kind: 'weakness' } : hit;
}

const COMPARATIVE = /^(?:[a-z]+er|above|below|more|less|over|under|ahead|behind)$/;
const VERDICT_GRADE = /^(?:good|excellent|fair|promising)$/;
const RATED = /^(?:judged|rated|assessed|scored|inspected|graded|awarded)$/;
const RELATIVE = /^(?:where|wherever|when|whenever|if|as)$/;

/**
 * Weakness words in idioms that state none: a degree ("a little above the average"), an analysis
 * ("broken down by team"), a need in a relative clause ("move staff where they are needed").
 */
function idiom(words: readonly string[], hit: Hit): boolean {
  const word = words[hit.at] ?? '';
  // A question asked, not praise given: "how good the service is", "how well it meets its aims".
  if (hit.kind === 'strength' && words[hit.at - 1] === 'how') return true;
  // Another's verdict in a relative clause ("Eastmere, whose ICT service was judged good last year, …") praises that service.
  if (hit.kind === 'strength' && VERDICT_GRADE.test(word)) {
    const before = words.slice(Math.max(0, hit.at - 12), hit.at);
    const whose = before.lastIndexOf('whose');
    if (whose >= 0 && before.slice(whose).some((w) => RATED.test(w))) return true;
  }
  if (word === 'little' && words[hit.at - 1] === 'a') return COMPARATIVE.test(words[hit.end] ?? '');
  if (word === 'broken' && words[hit.at + 1] === 'down') return /^(?:by|into|per)$/.test(words[hit.end] ?? '');
  // Opening hours and nearness are no praise: "open from 8.30 am", "close to the average".
  if (hit.kind === 'strength' && hit.end === hit.at + 1 && word === 'open') return /^(?:from|until|till|between)$/.test(words[hit.end] ?? '');
  if (hit.kind === 'strength' && hit.end === hit.at + 1 && word === 'close') return words[hit.end] === 'to';
  if (!hit.directive || !/^(?:is|are|be|was|were)$/.test(word)) return false;
  return words.slice(Math.max(0, hit.at - 3), hit.at).some((w) => RELATIVE.test(w));
}

/** Burdens named as what is measured or reported ("track waiting times", "reports on complaints"): a record, not a weakness. */
const MEASURED = /^(?:wait|waiting|waits|complaint|complaints|delays?|faults?|problems?|backlogs?|failures?|errors?)$/;
const RECORDS = /^(?:track|tracks|tracked|tracking|record|records|recorded|recording|monitor|monitors|monitored|monitoring|measure|measures|measured|measuring|reports?|reported|reporting|publish|publishes|published|analyse|analyses|analysed|log|logs|logged|logging|figures|statistics|data|counts?|counted)$/;
const MEASURES = /^(?:times?|figures|rates?|statistics|data|levels?|numbers?|counts?|trends?|indicators?)$/;

function measured(words: readonly string[], hit: Hit): boolean {
  if (hit.kind !== 'weakness' || hit.directive || hit.end !== hit.at + 1 || !MEASURED.test(words[hit.at] ?? '')) return false;
  return MEASURES.test(words[hit.end] ?? '') || words.slice(Math.max(0, hit.at - 6), hit.at).some((w) => RECORDS.test(w));
}

const PERIOD = /^(?:hours?|days?|weeks?|months?|years?|time|times|deadline|deadlines|timescales?)$/;
const WITHIN = /^(?:within|inside)$/;
const TAKES = /^(?:take|takes|took|taking|taken|wait|waits|waited|waiting|last|lasts|lasted)$/;

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had', 'there']);
/** Negators that open a noun phrase: "no PC is more than four years old" negates the whole predicate. */
const NONE = new Set(['no', 'none', 'nobody', 'nothing', 'neither']);

/**
 * Polarity of one clause: negative for a weakness, positive for a strength. A negator flips the
 * strength words after it (over the whole clause when it opens the clause or follows a verb "to be",
 * else over three words): "not effective", "no senior officer has clear responsibility". A negator
 * just before a weakness word turns it into a mild strength ("no longer wait", "not a concern"), and
 * after "to be" it also clears the weakness words before it ("lack of training was not a problem").
 * A negator that negates nothing is a weakness ("no strategy"). A weakness word just before a strength
 * word absorbs it ("lack of clear direction").
 */
export function clausePolarity(words: string[], phrases: Phrase[], directive = false, evaluative = false): number {
  const hits = evaluative ? polarityHits(words, phrases).filter((h) => !(h.kind === 'strength' && h.weight < 1)) : polarityHits(words, phrases);
  const negators = hits.filter((h) => h.kind === 'negator');
  const used = new Set<Hit>();
  const cleared = new Set<Hit>();
  // A negated verb ("is not", "do not have the skills to make full use of …") negates the rest of its predicate.
  const opens = (n: Hit) => n.at <= 2 || BE.has(words[n.at - 1] ?? '') || /^(?:do|does|did)$/.test(words[n.at - 1] ?? '');
  /** Whether a clause with its own subject begins between two words ("…, and the management team …"). */
  const nextClause = (from: number, to: number) => words.slice(from, to).some((w, k, between) => w === 'and' && NEW_SUBJECT.test(between[k + 1] ?? ''));
  // "no PC in the council is more than four years old", "not one of the staff complained": the negated subject
  // negates the predicate, but not a purpose after it ("no money has been set aside to replace the ageing servers").
  const subject = (n: Hit) => (NONE.has(words[n.at] ?? '') && n.end === n.at + 1 || (words[n.at] === 'not' && words[n.at + 1] === 'one'))
    && (n.at <= 1 || words.slice(n.end, n.end + 5).some((w) => BE.has(w)));
  // Not a weakness that is itself a negation further on ("no transactions are available, … has not yet decided").
  // Nor one in the next clause with its own subject ("no chief officer has responsibility …, and the management team …").
  const predicate = (n: Hit, hit: Hit) => subject(n) && !words.slice(n.end, hit.at).includes('to')
    && !(hit.scoped && hit.at - n.end > 3) && !nextClause(n.end, hit.at);
  const negatorOf = (hit: Hit, wide: boolean) => negators.find((n) => n.end <= hit.at && hit.at - n.end < (wide && opens(n) ? Infinity : 3));
  let score = directive ? -1.5 : 0;
  let weak = directive;
  const achieved: Hit[] = [];
  score += turnedAway(words, negators, hits, used, cleared);
  // A remedy clears the weakness or burden just after it.
  for (const hit of hits) {
    if (hit.kind !== 'remedy') continue;
    // "the ICT budget has been cut", "cuts in funding", "the cuts have fallen on maintenance": a resource reduced is a weakness.
    if (REDUCE.test(words[hit.at] ?? '') && (words.slice(Math.max(0, hit.at - 8), hit.end + 5).some((w) => RESOURCE.test(w))
      || (/^cuts$/.test(words[hit.at] ?? '') && /^(?:the|these|those|further|budget|spending|funding|deep|successive|annual)$/.test(words[hit.at - 1] ?? '')))) {
      score -= 1; weak = true;
      continue;
    }
    // "requests are dealt with in the order they arrive": the weakness is the manner of the handling, not what it clears.
    if (hits.some((h) => h.kind === 'weakness' && words[h.at] === 'in' && h.at >= hit.end && h.at - hit.end <= 1)) continue;
    // After a determiner the word names or qualifies ("the one clear gap", "a fix"): it clears nothing.
    // "the time to fix a fault is six days", "how long it takes to resolve": a measure of the burden, which it does not clear.
    const nominal = DETERMINER.test(words[hit.at - 1] ?? '') || (words[hit.at - 1] === 'to' && /^(?:time|times|long|takes|take|took|taking)$/.test(words[hit.at - 2] ?? ''));
    const after = nominal ? [] : hits.filter((h) => h.kind === 'weakness' && !h.directive && h.at >= hit.end && h.at - hit.end < 5);
    const burden = !nominal && words.slice(hit.end, hit.end + 4).some((w) => BURDEN.test(w));
    // "the wait for new equipment has fallen", "the lack of investment has been addressed": the burden came first.
    // So it did when a fall is told in the past ("complaints fell by a third", "missed collections dropped to 0.7 per 1,000").
    const perfect = AUX.has(words[hit.at - 1] ?? '') || /^(?:fell|dropped|halved|declined|decreased|shrank)$/.test(words[hit.at] ?? '');
    const from = Math.max(0, hit.at - 9);
    // Not across a question the weakness governs ("it is far from clear how requests are dealt with").
    const asked = (h: Hit) => words.slice(h.end, hit.at).some((w) => /^(?:how|whether|which|what|why|who|when|if)$/.test(w));
    if (hits.some((h) => h.kind === 'weakness' && h.end <= hit.at && asked(h))) continue;
    // "no money has been set aside to replace the ageing servers": a replacement under a negator is what is not done.
    if (/^(?:replace|replaced|replacing|renew|renewing|upgrade|upgraded|upgrading)$/.test(words[hit.at] ?? '') && negators.some((n) => n.end <= hit.at)) continue;
    const before = perfect ? hits.filter((h) => h.kind === 'weakness' && !h.directive && h.at >= from && h.end <= hit.at) : [];
    const burdenBefore = perfect && words.slice(from, hit.at).some((w) => BURDEN.test(w));
    if (after.length > 0 || burden) { for (const h of after) cleared.add(h); score += 1; }
    else if (before.length > 0 || burdenBefore) { for (const h of before) cleared.add(h); score += 1; }
    else if (hit.alsoWeak) { score -= 1; weak = true; }
    else if (hit.alsoStrong) score += hit.alsoStrong;
  }
  // "an openness to change that was absent at the start of the review": a past weakness is what has changed.
  if (PAST_MARKER.test(words.join(' '))) {
    for (const hit of hits) {
      if (hit.kind !== 'weakness' || hit.directive || cleared.has(hit) || !/^(?:was|were|been)$/.test(words[hit.at - 1] ?? '')) continue;
      cleared.add(hit);
      score += 0.5;
    }
  }
  for (const hit of hits) {
    if (hit.kind !== 'weakness') continue;
    // "no transactions and few residents use it": a negator does not reach across "and" to clear the next weakness.
    const near = negatorOf(hit, false);
    const negator = (near && !words.slice(near.end, hit.at).includes('and') ? near : undefined) ?? negators.find((n) => n.end <= hit.at && predicate(n, hit));
    if (!negator) continue;
    // A weakness a remedy already cleared still takes its negator ("not one complained … faults were put right").
    if (cleared.has(hit)) { used.add(negator); continue; }
    used.add(negator);
    cleared.add(hit);
    score += 0.5;
    // "staff no longer have to learn by trial and error": the negated directive covers what no longer has to be borne.
    if (hit.directive) for (const h of hits) if (h.kind === 'weakness' && h.at > hit.at && !cleared.has(h)) { cleared.add(h); score += 0.5; }
    if (BE.has(words[negator.at - 1] ?? '')) for (const h of hits) if (h.kind === 'weakness' && h.at < negator.at) cleared.add(h);
  }
  const governs = hits.filter((h) => h.kind === 'weakness' && !cleared.has(h) && (h.directive || h.scoped));
  for (const hit of hits) {
    if (hit.kind === 'negator' || hit.kind === 'remedy' || cleared.has(hit)) continue;
    if (hit.kind === 'weakness') { score -= hit.weight; weak = true; continue; }
    if (directive || governs.some((h) => h.end <= hit.at)) continue;
    const negator = negatorOf(hit, true);
    if (negator) { used.add(negator); score -= hit.weight; weak = true; continue; }
    const absorbed = hits.some((h) => h.kind === 'weakness' && !cleared.has(h) && h.end <= hit.at && hit.at - h.end <= 2);
    if (!absorbed) { score += hit.weight; if (hit.weight < 1) achieved.push(hit); }
  }
  const unused = negators.filter((n) => !used.has(n) && !n.soft);
  for (const n of unused) { score -= n.weight; weak = true; }
  // "staff receive no structured training": an achievement whose object is negated records an absence.
  for (const hit of achieved) if (unused.some((n) => NONE.has(words[n.at] ?? '') && n.at >= hit.end && n.at - hit.end <= 1)) score -= hit.weight;
  return score === 0 && weak ? -0.5 : score;
}

const REJECTED = /^(?:dropped|rejected|refused|stopped|cancelled|halted|vetoed|withdrawn|turned)$/;
/** Approval denied to what fails the test ("projects that cannot show a link are not approved"). */
const APPROVED = /^(?:approved|funded|accepted|started|agreed|allowed|admitted|included|pursued|considered|progressed|authorised|authorized|supported|financed|resourced|prioritised)$/;
const RELATIVE_PRONOUN = /^(?:that|which|who)$/;
/** Words that open a clause's own subject after "and". */
const NEW_SUBJECT = /^(?:the|its|their|his|her|this|these|those|we|it|they|there|members|staff|users|officers|managers)$/;

/**
 * What fails a test and is turned away ("projects that do not support a priority are dropped", "bids
 * rejected for failing to show a link"): a control that works. The negation or failure belongs to what
 * is rejected; it is marked used or cleared here, and the unit gains one.
 */
function turnedAway(words: readonly string[], negators: readonly Hit[], hits: readonly Hit[], used: Set<Hit>, cleared: Set<Hit>): number {
  let gain = 0;
  for (const n of negators) {
    const relative = RELATIVE_PRONOUN.test(words[n.at - 1] ?? '') || RELATIVE_PRONOUN.test(words[n.at - 2] ?? '');
    if (!relative) continue;
    // The approval withheld: a second negation straight before an approving verb ("… are not approved", "… will not be funded").
    const denied = negators.find((m) => m.at > n.at && m.at - n.end <= 10 && words[m.at] === 'not' && APPROVED.test(words[m.end] === 'be' ? words[m.end + 1] ?? '' : words[m.end] ?? ''));
    if (!denied && !words.slice(n.end, n.end + 10).some((w) => REJECTED.test(w))) continue;
    used.add(n);
    if (denied) used.add(denied);
    gain += 1;
  }
  for (const hit of hits) {
    if (hit.kind !== 'weakness' || words[hit.at - 1] !== 'for' || !REJECTED.test(words[hit.at - 2] ?? '')) continue;
    cleared.add(hit);
    gain += 1;
  }
  return gain;
}

/** How a unit's section leans it: -1 weakness (recommendations), +1 strength (positive practice), 0 otherwise. */
export function sectionBias(section: string, compiled: CompiledCodebook): number {
  // The deepest heading that leans decides: 'Recommendations > Positive practice' leans strength.
  for (const heading of section.split(' > ').reverse()) {
    if (compiled.sections.weakness.some((re) => re.test(heading))) return -1;
    if (compiled.sections.strength.some((re) => re.test(heading))) return 1;
  }
  return 0;
}

/** Whether a section is descriptive (context, methodology): there only clear polarity words count. */
export function isNeutralSection(section: string, compiled: CompiledCodebook): boolean {
  const last = section.split(' > ').slice(-1)[0] ?? '';
  return compiled.sections.neutral.some((re) => re.test(last));
}


const PROMISE = /^(?:will|would|shall)$/;
const PLAN_SUBJECT = /^(?:the|its|this|their|his|her) (?:(?:[a-z]+ )?plans?|programme) (?:is|are|was|were|has|have)\b/;

/**
 * Whether a clause praises: its evaluative words alone ("well organised", "thorough", "strong backing")
 * lean strength, not only its signs of things done or in place ("introduced", "every", "has agreed").
 */
export function praises(words: string[], phrases: Phrase[]): boolean {
  // What will be done is a promise, and a count or a rate ("71 per cent within four hours") a measurement, until compared.
  if (words.some((w) => PROMISE.test(w)) || words.some((w, i) => /^\d/.test(w) && words[i + 1] === 'per' && words[i + 2] === 'cent')) return false;
  // "The improvement plan is clear and costed": praise of a plan is a reading of the prospects, not of a theme.
  if (PLAN_SUBJECT.test(words.slice(0, 5).join(' '))) return false;
  return clausePolarity(words, phrases, false, true) > 0;
}

/**
 * A figure stated as a measurement: a share ("68 per cent", "(%)"), a large count ("1.1 million calls") or a
 * count over a period ("3,000 visits a month"); a sum of money
 * is a decision, not a measurement. Alone it measures; it praises only with an evaluative word.
 */
const FIGURE = /\d\s*(?:per ?cent\b|%)|\(%\)|(?<![£$€\d.,])\d[\d,.]*\s+(?:million|thousand)\b|\b\d[\d,.]*(?:\s+[a-z-]+){1,3}\s+(?:a|per|each) (?:year|month|week|day)\b/;

/**
 * A figure that is itself a finding: a change ("cut costs by 15 per cent", "a saving of 12 per cent",
 * "from fourteen weeks to three"), a standard met ("within the agreed times") or a goal reached early ("already").
 */
const OUTCOME = /\b(?:by|of) (?:around |about |some |over |nearly |almost |more than )?\d[\d,.]*\s*(?:per ?cent\b|%)|\bsavings? of\b|\bfrom \S+(?: \S+)? to \S+|\bwithin (?:the )?(?:agreed|target|required|contract)|\balready\b/;

/** Whether a prepared unit's figure is an outcome (see OUTCOME), not a bare measurement. */
export function statesOutcome(prepared: string): boolean {
  return OUTCOME.test(prepared);
}

/** Whether a prepared unit states a figure (see FIGURE). */
export function statesFigure(prepared: string): boolean {
  return FIGURE.test(prepared);
}

/** Whether a clause judges: it praises through an evaluative word proper (not only a fix, a routine or a thing done). */
export function judges(words: string[], phrases: Phrase[]): boolean {
  return clausePolarity(words, phrases, false, true) > 0 && polarityHits(words, phrases).some((hit) => hit.kind === 'strength' && hit.weight >= 1);
}
