/**
 * The Audit Commission Best Value inspection scheme (England and Wales, 2000-2005), as data.
 * Stage code reads this; no word of the scheme appears in the stages.
 * Patterns are matched against a unit's text lowercased, with quotes made straight.
 */

/** One value of an ordinal scale, with the patterns that state it. */
export interface ScaleValue {
  token: string;
  ordinal: number;
  /** Vocabulary era the token belongs to (prospects only): A until Sept 2001, B from Oct 2001. */
  era?: 'A' | 'B';
  /** Phrases that name the value (regex sources, matched on word boundaries); the first is the scale's own words ("will probably improve"). */
  terms: readonly string[];
  /** The value a negated statement of this one means ("not … will improve" is "will not improve"). */
  whenNegated?: string;
  /** Cell values that state it in a table row whose label names the scale. */
  cells: readonly string[];
}

/** A judgement scale: its values, and the words around a statement of it. */
export interface Scale {
  name: string;
  values: readonly ScaleValue[];
  /** Row labels of a table whose cells state this scale. */
  rowLabels: readonly string[];
  /**
   * Words that must follow a term for it to be a verdict ("a good service", "good (two stars)",
   * end of clause) rather than an ordinary word ("good practice", "poor morale").
   */
  attachedAfter: string;
  /** Subjects or frames that must precede a term within the unit (e.g. "prospects for improvement are"). */
  frameBefore?: string;
  /** Whether statements without the scale's words (a likelihood of improvement) state this scale. */
  readsStatements?: boolean;
}

export const gradeScale: Scale = {
  name: 'grade',
  values: [
    { token: 'poor', ordinal: 0, terms: ['poor', '(?:no|zero|0)[- ]?stars?', 'nil stars?'], cells: ['poor', 'no stars?', '0 stars?', '0'] },
    { token: 'fair', ordinal: 1, terms: ['fair', '(?:one|1)[- ]?stars?'], cells: ['fair', 'one star', '1 stars?', '\\*'] },
    { token: 'good', ordinal: 2, terms: ['good', '(?:two|2)[- ]?stars?'], cells: ['good', 'two stars', '2 stars', '\\*\\*'] },
    { token: 'excellent', ordinal: 3, terms: ['excellent', '(?:three|3)[- ]?stars?'], cells: ['excellent', 'three stars', '3 stars', '\\*\\*\\*'] },
  ],
  rowLabels: ['is it a good service', '(?:is (?:it|this|the service) )?an? good service', 'is (?:it|this|the service) good', 'how good is the service', 'how good is this service', 'grade', 'current service', 'current performance', 'quality of (?:the )?service', 'the service is(?=\\s*:?\\s*$)', 'score', 'star rating', 'how good',
    // A row or heading that is the word alone ("Quality | Good: 2 stars of 3"), or "Service quality".
    'service quality', '^(?:overall )?quality$'],
  attachedAfter: "(?:$|[.;:!?)]|,|\\(|-|–|—|rather than\\b|too\\b|also\\b|as well|out of|and\\b|but\\b|with\\b|that\\b|which\\b|by (?:the )?(?:[a-z]+ )?(?:inspectors|inspection team|audit commission|commission)\\b|service|one-star|two-star|three-star|no-star|stars?\\b|overall|at present|at best\\b|when (?:measured|judged|compared|set|assessed|tested|looked at)\\b|at most\\b|now\\b|today\\b|for its|ict|it service|information|in our|rating|grade|score|is the (?:word|verdict|judgement|rating|grade|term|description)\\b|one(?![\\w-])|\\d)",
};

/**
 * The phrases that state an era-B prospect: "promising prospects", "its prospects for improvement
 * are now promising", "prospects of the benefits service that are, in our view, promising", and the
 * inverted "Promising, in our view, are the prospects".
 */
function prospectsPhrases(word: string): string[] {
  const aside = "(?:(?:now|still|therefore|also|currently|only|at best|at present|in our view|in our judgement|we think|we judge|we consider|we believe|on (?:the|all the) evidence(?: (?:we (?:saw|have seen|found)|available))?)[, ]+){0,2}";
  // A connective or a holder's aside after any part of the subject ("prospects for improvement, however, are").
  // A bracket after any part of the subject ("prospects for improvement (taking into account …) are").
  const bracket = '(?:\\([^)]{1,300}\\) )?';
  const connective = '(?:,? (?:however|though|therefore|thus|by contrast|nevertheless|nonetheless|accordingly|in our view|in our judgement|in our opinion|we believe|we think|we consider|we judge|we feel|on (?:the|all the) evidence(?: (?:we (?:saw|have seen|found)|available))?),?)?';
  return [
    `${word} prospects`,
    // The value set against another ("promising, rather than excellent, prospects").
    `${word},? (?:rather than|but not|and not|not) (?:an? )?[a-z]+,? prospects`,
    `prospects${connective} ${bracket}(?:(?:for (?:further |continued |future )?improvement|for improving (?:the |this |its )?(?:[a-z'&-]+ ){0,3}services?)${connective} ${bracket})?(?:(?:of|for) (?:the |this |its )?(?:[a-z'&-]+ ){0,3}services?${connective} ${bracket})?(?:that |which )?(?:are|as|to be|is|were|remain|(?:have|has|had) been)[, ]+${aside}(?:(?:judged|assessed|rated|considered|found|regarded|seen) (?:as )?)?(?:to be )?${word}`,
    // The prospects or chances named by what they are for, asides and all ("the prospects that this service will improve
    // further are excellent", "the chances that this service – … – will improve are, in our view, poor").
    `(?:chances|likelihood|odds|prospects) (?:that|of) [^.;]{1,400}? (?:are|is|were|remain)[, ]+${aside}${word}(?![\\w-])`,
    // A reason between commas before the word ("prospects for improvement are, because …, uncertain").
    `prospects (?:for (?:further |continued |future )?improvement )?(?:are|is|were|remain), [^;.]{1,300}?, ${word}(?![\\w-])`,
    // A dash aside, semicolons and all, before the word ("prospects for improvement are, on the evidence – the plan …; the record …; … – promising").
    `prospects (?:for (?:further |continued |future )?improvement )?(?:are|is|were|remain),? (?:[^.;–—]{0,160} )?[–—] [^.–—]{1,400} [–—] ${word}`,
    // A reason or a list between commas after the subject, brackets and sums (£1.2m) and all ("prospects for improvement, for reasons we set out (among them …), are poor"),
    // the subject naming the service ("The prospects for the service, given …, are promising", "Its prospects for continuing to improve the ICT service, which rest on …, are excellent").
    // Or the prospects fronted as the object of the inspectors' verdict ("its prospects for improvement, taking into account …, we assess as uncertain").
    `prospects(?: for (?:further |continued |future )?improvement| (?:for|of) (?:the |this |its )?(?:[a-z'&-]+ ){0,3}services?| for (?:continuing to |further )?improv(?:e|ing) (?:the |this |its )?(?:[a-z'&-]+ ){0,3}services?)?,(?:[^;.()]|(?<=\\d)\\.(?=\\d)|\\([^()]{1,300}\\)){1,240}?, (?:(?:are|is|were|remain)[, ]+${aside}|(?:we|the inspectors|the inspection team) (?:would )?(?:assess|judge|consider|rate|regard|find|believe|think)(?: them| these)? (?:as |to be )?)${word}`,
    // The subject a service described by a relative clause, commas and all ("The prospects for a service which has no agreed plan, whose manager is leaving, …, are poor",
    // "The prospects for improvement of a service that has, over three years, …, are excellent").
    `prospects (?:for (?:further |continued |future )?improvement )?(?:for|of) (?:a|the|this|its) (?:[a-z'&-]+ ){0,3}services? (?:which|that|whose) [^.;]{1,300}?, (?:are|is|were|remain)[, ]+${aside}${word}`,
    `${word},? (?:[^,]{1,30}, )?(?:are|is|were) (?:the |its |their )?prospects`,
    // The verb left out after a conjunction ("we now judge it good, and its prospects promising").
    `(?<=\\b(?:and|with|but) )(?:its|their|the) prospects (?:for (?:further |continued |future )?improvement )?${word}`,
    // A note's verbless clause after a semicolon or colon ("Our judgement: a two-star service; prospects promising").
    `(?<=[;:] )(?:(?:its|their|the) )?prospects (?:for (?:further |continued |future )?improvement )?${word}(?![\\w-])`,
    `(?<=prospects\\b[^.]{0,120})\\b(?:judge|consider|find|rate|assess|believe)\\w* (?:them|these) (?:to be |as )?${word}`,
    // The prospects named, then taken up by a pronoun in the next clause ("… the prospects to be poor, …; but they are uncertain").
    `(?<=prospects\\b[^.]{0,200}[,;:] (?:but |and |yet |though |although )?)(?:they|these) (?:are|remain|were) ${aside}${word}`,
    // The prospects as the object of a verdict verb ("we rate the prospects for improvement promising").
    `(?<=\\b(?:judge|consider|find|rate|assess|regard)\\w* (?:the |its |their )?(?:(?:[a-z&-]+ ){0,2}[a-z&-]+'s? )?)prospects (?:for (?:further |continued |future )?improvement )?(?:of (?:the |this |its )?(?:[a-z'&-]+ ){0,3}services? )?(?:to be |as )?${word}`,
  ];
}

export const prospectScale: Scale = {
  name: 'prospect',
  readsStatements: true,
  values: [
    { token: 'will-not', ordinal: 0, era: 'A', terms: ['will not improve', "won't improve", 'will not be able to improve', 'is not going to improve'], cells: ['no', 'will not improve', 'will not'] },
    { token: 'unlikely', ordinal: 1, era: 'A', terms: ['(?:is |are )?unlikely to improve', 'not likely to improve', 'improvement is unlikely', 'is improbable'], cells: ['unlikely', 'unlikely to improve'] },
    { token: 'probably', ordinal: 2, era: 'A', whenNegated: 'unlikely', terms: ['will probably improve', 'probably will improve', 'is likely to improve', 'are likely to improve', 'should probably improve', 'probably improve'], cells: ['probably', 'will probably improve', 'probably will improve', 'probably will'] },
    { token: 'will', ordinal: 3, era: 'A', whenNegated: 'will-not', terms: ['will improve', 'will definitely improve', 'is certain to improve', 'will certainly improve'], cells: ['yes', 'will improve', 'definitely'] },
    { token: 'poor', ordinal: 0, era: 'B', terms: prospectsPhrases('poor'), cells: ['poor'] },
    { token: 'uncertain', ordinal: 1, era: 'B', terms: prospectsPhrases('uncertain'), cells: ['uncertain'] },
    { token: 'promising', ordinal: 2, era: 'B', terms: prospectsPhrases('promising'), cells: ['promising'] },
    { token: 'excellent', ordinal: 3, era: 'B', terms: prospectsPhrases('excellent'), cells: ['excellent'] },
  ],
  rowLabels: ['will the service improve', 'will this service improve', 'will it improve', 'will the service(?=\s*$)', 'prospects for improvement', 'prospects', 'likelihood of improvement', 'improvement prospects', 'capacity to improve',
    // A row that is the word alone, as "Quality" is the grade's ("Improvement | Probably – the service will probably improve").
    '^improvement$'],
  // "will improve response times" names an object, not the service's prospects.
  attachedAfter: "(?:$|[.;:!?),]|-|–|—|\\(|rather than\\b|too\\b|also\\b|as well|and\\b|but\\b|because\\b|until\\b|unless\\b|while\\b|whilst\\b|although\\b|though\\b|as\\b|given\\b|in\\b|over\\b|within\\b|during\\b|further\\b|significantly\\b|substantially\\b|quickly\\b|if\\b|with\\b|following\\b|for (?:further |continued |future )?improvement|of improv|of (?:getting|becoming) (?:any |much |a lot )?better|of (?:any |further |real )?progress|(?:the|this|its|their) (?:[a-z&-]+ ){0,2}services?\\s*(?:[.;,]|$)|once\\b|under\\b|by\\b|without\\b|from\\b|through\\b|(?:is|was) (?:our|the inspectors'?|the inspection team's) )",
};

/** Not after "against (that|its …)": an aim named as the yardstick of the verdict. */
const NOT_AGAINST = "(?<!(?:against|measured against|compared with) (?:that|this|these|those|its|their|the council's|the) )";

/**
 * Not after "meeting (its) …": targets met or missed are a record, not an aim ("a record of meeting its targets", "has met
 * every e-government target"; "to meet our targets" is one); nor after "no" or "without": targets wanting are a fault ("a plan with no targets").
 */
const NOT_MET = "(?<!\\b(?:meet|meets|meeting|met|hit|hits|hitting|achieve[ds]?|achieving|exceed(?:s|ed|ing)?|miss(?:es|ed|ing)?|beat(?:s|ing)?) (?:(?:all|most|many|some|its|their|the|these|those|key|agreed|national|local|own) ){0,3})(?<!\\b(?:met|hit|achieved|exceeded|missed|beaten) (?:[\\w'-]+ ){0,3})(?<!\\b(?:no|without|lacks|lacking|nor any) (?:[\\w'-]+ ){0,2})";

/** A count of services or councils, as the subject of a sentence. */
const COUNT = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?|(?:a|one) (?:third|quarter|half)|half|most|many|several|few|none|all)";

/** Cue lists (regex sources) that change how a candidate sentence counts. */
export const cues = {
  /** A verdict verb or frame: the sentence is a judgement by the inspectors. */
  judgement: [
    'judged?', 'judges', '(?:is|was|are) considered', 'by (?:the )?(?:government |audit commission |commission |best value )?inspectors', 'branded', 'by the inspection team', 'judgements?', 'judgments?', 'assess(?:ed|es)?', 'assessments?', 'rated?', 'rates', 'rating', 'scored?', 'scores', 'scoring', 'award(?:ed|s)?', 'graded?', 'given', 'gave', 'give', 'conclusions?',
    'in our view', 'our view', 'in our opinion', 'our opinion', 'in our judgement', 'view of', 'we have concluded', 'inspectors. view', '(?:the )?commission.s view', '(?:the )?commission (?:considers|judges|does not consider)', 'we (?:consider|judge|believe|think|conclude|have concluded|found|find|rate|regard|expect|are confident|feel)',
    'inspectors? (?:consider|judge|believe|think|concluded?|found|rated?)', 'this (?:report|inspection) (?:finds|found|concludes|concluded|judges|judged|rates|rated)',
    // The report in a relative clause ("the inspection report, which found the ICT service to be poor").
    '(?:report|inspection|inspectors|commission),? (?:which|that|who) (?:has |have |had )?(?:found|finds|concluded|concludes|judged|judges|rated|rates|described|describes|gave|gives|placed|places)', 'inspection team', 'inspectorate', 'inspection service',
    'concluded?', 'overall', 'verdict', 'therefore', 'thus', 'consequently', 'in conclusion', 'in summary', 'taken as a whole', 'all in all', 'categorised', 'classified', 'deemed', '(?:receives?|earns?|gets|achieves?|merits?|deserves?) (?:only )?(?:no|zero|one|two|three|[0-3])[- ]?stars?', 'is providing', 'provides? an?', 'is an?', 'are an?',
  ],
  /** The sentence is about an ambition, target or wish, not a verdict. */
  ambition: [
    // "Against that ambition, we found a fair service": the verdict measured against an aim is still the verdict.
    // The aim may be quoted ("aims \"to provide an excellent collection service\"").
    'aims? ["“‘]?to', 'aimed ["“‘]?to', '(?:aim|ambition|goal|target|objective|intention)s? (?:is|was|are|were) to',
    // An aim owned and stated as what it is ("Our aim is nothing less than an excellent service").
    "(?:our|its|their|the council.s) (?:aim|ambition|goal|target|objective|vision|aspiration)s? (?:is|was|are|were|remains?)\\b", 'within (?:the next )?(?:two|three|four|five|\\d+) years', 'promises?', 'hop(?:e|es|ed|ing)', 'would welcome', 'aiming', `${NOT_AGAINST}ambitions?`, 'aspir(?:es|ation|ations|ing) to', `${NOT_AGAINST}aspirations?`, `${NOT_AGAINST}${NOT_MET}target(?:s|ed)?`, 'wants? to', 'wish(?:es)? to', 'determined to',
    // A target set as an order ("• Achieve a 'good', two-star rating"): an aim, not a verdict.
    '^[\\s•▪●*–-]*(?:achieve|attain|reach|gain|secure|obtain|earn)\\b',
    // A vision stated as an infinitive ("To be an excellent, three-star service by 2005") or set for the next inspection.
    '^[\\s•▪●*–-]*to (?:be|become)\\b', '(?:by|at|before) (?:the time of )?(?:our|the|its) next inspection',
    'seeks? to', 'strives? to', `${NOT_AGAINST}goals?`, `${NOT_AGAINST}vision`, 'would like', 'hopes? to',
    // Not a plan denied ("there is still no plan to replace the contract"): no aim, the want of one.
    '(?<!\\b(?:no|any) )plans? to', 'intends? to', 'intention', 'objective', 'to become', '(?:can|will) become',
    'by (?:april |march |the end of )?20\\d\\d', 'by the end of', 'expects? (?:it|the service|this service) to (?:be|become)', 'we expect it to', 'commit(?:ted|ment) to (?:being|becoming|providing)', 'in order to (?:be|achieve)', 'striving', 'so as to be',
  ],
  /** The sentence compares with others or describes what others do. */
  comparison: [
    'the best (?:councils|authorities|services|performers)', 'other (?:councils|authorities)', 'similar (?:councils|authorities)',
    // Working "with four neighbouring councils" is a partnership, not a comparison.
    "(?<!\\bwith (?:(?:its|the|two|three|four|five|several|some|all|[a-z]+'s) )?)neighbouring",
    'compared? (?:itself |themselves )?(?:with|to)', 'comparable', '(?:several|some|many|most|all|none) of the (?:councils|authorities)', 'top quartile', 'elsewhere', 'nationally', 'most councils', 'most authorities', 'councils that',
    'authorities that', 'benchmark', 'performers', '(?:councils|authorities) (?:whose|where|which|with)',
    // A count of services judged ("Eleven were judged poor", "23 of them were rated"): others' verdicts, not this one's.
    `${COUNT} (?:of (?:them|these|those|the [a-z]+(?: [a-z]+)?) )?(?:were|are|have been|had been) (?:\\w+ )?(?:judged|rated|scored|assessed|found|placed|given)`,
    // And a count of one ("Just one service was judged excellent").
    '(?:just |only )?(?:one|a single) (?:[a-z-]+ ){0,2}(?:service|council|authority) (?:was|has been|had been) (?:\\w+ )?(?:judged|rated|scored|assessed|found|placed|given)',
    // Services in general as the inspectors have judged them ("some of the services we have judged poor").
    '(?:some|many|most|several|few|all|none|other) (?:of (?:the )?)?services (?:that |which )?(?:we|the inspectors|inspectors) (?:have )?(?:judged|rated|scored|assessed|inspected)',
  ],
  /** The sentence reports an earlier or provisional result, or one the council gave itself. */
  notThisVerdict: [
    'last year', 'previous(?:ly)?', 'earlier', '(?:the|its|our|a) (?:19|20)\\d\\d (?:report|inspection|re-?inspection|assessment)', 'first inspected', 'when we first', 'at the first', 'first inspection', 'original inspection', 'in 19\\d\\d', 'prior', 'former', 'at the time', 'at its last', 'in its last',
    'self[- ]assess(?:ment|ed)?', 'assessed itself', 'assessed (?:themselves|ourselves)', 'the (?:council|authority) (?:itself )?(?:considers|believes|judges|judged|rated|rates|scored|scores|assessed|assesses|graded|grades|placed|places)',
    // The council's own view, not its own figures: evidence the inspectors weighed ("from the council's own performance figures").
    'council.s own(?! (?:(?:performance|monitoring|management|financial|survey) )?(?:figures|data|statistics|records|indicators|information|monitoring|surveys?|files|accounts|measures))',
    // A verdict another report gives ("the subject of a separate report, which judges it fair").
    '(?:a|the|its) separate report', 'another report',
    '(?:\\w+ )?(?:years?|months?) ago', 'to be confirmed', 'tbc', 'provisional', 'draft (?:report|for|version|scores?|judgements?)', 'this draft', 'in draft', 'pending', 'awaiting', 'has yet to be', 'will be (?:judged|scored|assessed|rated)', 'expected to be (?:judged|scored|rated)',
    'will (?:assess|score|judge|rate|consider|decide)', 'review team', 'won', 'when (?:the service|it) is (?:next )?(?:inspected|re-?inspected|assessed)',
    // The council's own Best Value review as the holder of a verdict ("the council's review judged the service good").
    '(?:council.s|its|the) (?:own )?(?:best value )?review(?:.s (?:own )?(?:report|findings|conclusions?))? (?:of [\\w&\'’ -]{1,40}?)?(?:, [^,]{1,60},)? ?(?:team )?(?:had )?(?:judged|concluded|found|rated|assessed|scored|graded|placed|considered)',
    '(?:he|she|they|members?|member for [a-z]+(?: [a-z]+)?|councillors?|officers?|the head of [a-z ]+) (?:thought|said|believed|felt|replied|argued|suggested|told|warned|claimed|hoped|noted|stated|explained|described)(?! that (?:the )?(?:audit commission(?:.s)? |commission.s |best value )?(?:inspectors|inspection team)\\b)', 'replied that', 'asked whether', '(?:tell|tells|told) us', 'in his view', 'in her view',
    // Words in quotation marks that someone other than the inspectors said ("'… an excellent service,' said the leader").
    "[\"'”’]\\s*,?\\s+(?:said|says|added|explained|commented|stated|according to)(?!\\s+(?:the |our )?(?:lead |chief |senior )?inspectors?\\b)",
    // A view the report rejects ("Its conclusion that the service is fair was not supported by evidence").
    '(?:is|was|were|are) not (?:supported|borne out|justified|warranted) by', 'awards', 'prize', 'charter mark', 'beacon', 'the council has (?:assessed|judged|rated|scored)', 'how it will', 'sets out how',
  ],
  /** Sections that reproduce another's words: the council's self-assessment or response, as submitted. */
  // A heading that is the document's title ("Appendix 3 – The council's self-assessment (as submitted)"), not one that compares it.
  heldSections: ["(?:^|[–—:-]\\s*)(?:the )?(?:council.s )?(?:own )?self[- ]assessment(?:\\s*\\(as submitted\\))?\\s*$", '\\(as submitted\\)',
    "(?:^|[–—:-]\\s*)(?:the )?council.s (?:own )?(?:response|comments|submission|position statement)\\s*$", '(?:^|[–—:-]\\s*)management response\\s*$'],
  /** Conditional, hypothetical or definitional frames. */
  hypothetical: ['would mean', '(?:standard|level|threshold|bar) (?:of|for|expected of|required of|set for) (?:an?|the)', 'could become', 'could be', 'would be', 'would need', 'would have', 'if (?:the|it)', 'to be judged', 'to achieve', 'to reach', 'needs? to', 'must', 'in order', 'might', 'may become', 'unless', 'would (?:sit|appear|fall|lie|go|be placed|be plotted|be shown|be marked|score|get|receive)'],
  /** Words that negate the term that follows within a few words. */
  negation: ['not', 'never', 'nor', 'no longer', "isn't", "wasn't", "aren't", 'cannot', "can't", 'neither', 'rather than', 'instead of', 'far from', '(?:a long|some) way (?:from|short of)', 'less than', 'short of'],
  /** Past-tense verdicts: usually another time or service, sometimes this report's own summary. */
  past: ['inspected', 'we judged', '(?:it|they|the inspectorate|the commission) judged', 'we found', 'we rated', 'we scored', 'was judged', 'were judged', 'was assessed', 'was rated', 'was scored', 'was awarded', 'had been', 'received'],
  /** Questions and worked examples: the words that follow are not a verdict ("whether it will improve"). */
  question: ['whether', 'for example', 'for instance', 'an example', 'such as', 'suppose', 'might conclude', 'might judge', 'might find', 'could conclude', 'would conclude', 'hypothetical'],
  /** Words of a scale or range: with two values named, the sentence describes the scale. */
  legend: ['scale', 'from (?:\\S+ ){1,3}(?:\\([^)]*\\) )?to', 'ranging', 'range of', 'between \\S+ and', 'either \\S+ or', '\\S+ or \\S+ prospects', '(?:,|or) (?:would|will) (?:not |probably )?improve'],
  /** Words that place a verdict in the present inspection ("we now judge"). */
  current: ['now', 'currently', 'at present', 'this inspection', 'this re-?inspection', 'today', 'following this inspection'],
  /** Words that open a concessive aside between commas ("the partnership, despite the strains of last year, has …"): its cues do not colour the verdict (a relative clause, "which we inspected in 2001", does). */
  aside: ['despite', 'in spite of', 'notwithstanding', 'including', 'apart from', 'not least', 'although', 'though', 'while', 'as well as', '(?:after |having )?(?:taking|taken) (?:into )?account(?: of)?', 'having regard to', 'having (?:examined|considered|reviewed|looked at|weighed|assessed|studied|seen|read|tested|visited|interviewed|spoken to|met)', 'bearing in mind', 'in the light of', 'taken as a whole', '(?:measured|judged|set) against'],
  /** An earlier inspection: a past verdict in the sentence after it is that inspection's. */
  earlier: ['first inspected', 'when we first', 'at the first', 'first inspection', 'original inspection', 'previous inspection', 'last inspection', 'previously inspected', 'last inspected', 'at (?:its|the) last'],
  /** Softeners that lower confidence. */
  // Not "it seems to us": the inspectors' own view.
  hedge: ['may', 'might', 'arguably', 'possibly', 'perhaps', 'appears? to(?! us\\b)', 'seems? to(?! us\\b)', 'broadly'],
} as const;

/** Phrases that mark a draft whose scores are not given. */
// A final report may name the draft the council answered ("the council's response to our draft report") or a part of it
// ("paragraphs 19 to 30 of the draft report … were removed from this published version"): that is no draft;
// nor is something else that "has still to be confirmed" (funding, a date).
export const draftMarkers = ["(?<!\\b(?:has|have|had|still|yet)\\s)to be confirmed", 'tbc', '(?<!(?:(?:response|responses|comment|comments|reply|replies) (?:to|on)|of) (?:our|the|this|a) )draft report', 'draft for comment', 'not for publication', 'provisional (?:score|judgement|scores|judgements)', 'scores? (?:are |is )?(?:still |yet )?(?:not yet|to be) (?:agreed|confirmed|decided)',
  // A template whose blanks are still to be filled ("provides a [grade] service", "[Insert marker in the appropriate cell]").
  '(?<=\\[)(?:grade|prospects?|score|rating|council name|service name)(?=\\])', '(?<=\\[)insert (?:the )?(?:marker|mark|grade|score|judgement)'];

/**
 * Front-page titles of the council's own judgement documents (its review, self-assessment, plans, audits,
 * benchmarking): whatever scores they quote or claim, they state no inspection judgement.
 */
export const ownJudgementTitles = ['self[- ]assessment', 'implementing electronic government(?: statement| return)?', '\\bieg (?:statement|return)', '(?:council.s )?position statement', 'submitted to (?:the )?audit commission', 'improvement plan', 'performance plan', 'action plan', '(?:service|business) plan', 'internal audit', 'benchmarking (?:club|report|study|exercise|survey)', 'prepared for [^.]{0,80} by [^.]{0,60}\\b(?:associates|consult(?:ants?|ing|ancy)|ltd|limited|llp|partners(?:hip)?)\\b', '(?<!\\bthe )best value review(?: report)?(?: \\d{4}(?:/\\d{2,4})?)?$', 'best value review of', 'report of the review team', '(?:^|\\b)(?:ict|it|information (?:and communications? )?technology|e-government|information) strategy(?:,? (?:19|20)\\d\\d(?:\\s*[–—/-]\\s*(?:19|20)?\\d\\d)?)?$', 'annual audit letter', 'management letter', 'terms of reference', '(?:annual |staff |user |customer |residents.? )+(?:satisfaction )?survey', '(?:^|\\b)satisfaction survey', 'survey (?:of|results)', 'invitation to tender', 'tender (?:document|specification|pack)', 'service specification', 'service level agreement'];

/**
 * Front-page titles of documents that are not inspection reports: the council's own judgement documents,
 * and its papers to meetings, which may relay the inspectors' verdict but are not their report.
 */
export const notInspectionTitles = [...ownJudgementTitles, 'report to:? (?:the )?(?:cabinet|executive|council|committee|panel|board)', 'committee report', 'cabinet report', 'presented to (?:the )?[a-z ]{0,40}(?:panel|committee|cabinet|board|executive)', 'minutes of', 'briefing note', '(?:inspection |scoring )?guidance notes?', 'national (?:overview|report|study|summary)', 'learning from inspection', '(?:reading|how to read|understanding) the (?:scoring )?chart'];

/**
 * Lines of a front page that mark a council's own paper about an inspection (a committee paper,
 * minutes, a newsletter, a consultation form; not a press release, which the inspectorate issues
 * too): an inspection report never opens so, so these win over any title naming an inspection.
 */
export const councilPaperMarkers = [
  'agenda item', 'report to:?\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:cabinet|executive|council|committee|panel|board|scrutiny)', 'report of:?\\s+(?:the\\s+)?(?:assistant\\s+)?(?:director|head|chief|executive|portfolio|cabinet member)',
  'minutes of (?:the|a)\\b', 'newsletter',
  // The header of a paper to a meeting: who wrote it, whether it is a key decision, what is exempt, which wards.
  'report by:?\\s+(?:the\\s+)?(?:assistant\\s+)?(?:director|head|chief|executive|portfolio|cabinet member)', '^key decision:?\\s+(?:yes|no)\\b', '^exempt information:', '^wards?(?: affected)?:\\s',
  // A meeting's paper: the body and its date on a line ("Scrutiny Panel – 3 September 2003"), or a numbered item ("Item 5: …").
  '(?:panel|committee|cabinet|executive|board|management team|steering group|working group|forum)\\s*[–—,-]\\s*\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{4}', '^item \\d+[:.]', 'have your say', 'questionnaire', '^purpose of (?:the |this )?report',
  '^(?:a )?statement (?:by|from) (?:the )?(?:council )?(?:leader|chief executive|portfolio holder|cabinet member|mayor)', '(?:members.?|staff|council) (?:bulletin|briefing)',
  // A paper answering a report ("Response to the Best Value Inspection Report", "action plan following the inspection").
  // As a title: the line opens with it.
  // Training and guidance material whose example is invented ("The example below is invented for training purposes").
  // A paper given at a conference ("Spring Conference 2002", "Session 4B: Living with Best Value", "Conference paper").
  '(?:spring|summer|autumn|winter|annual|national|regional) conference\\b', 'conference (?:paper|proceedings)', '^session \\d+[a-z]?:',
  'invented (?:for|as) (?:an? )?(?:training|illustration|example|exercise)', 'for (?:training|illustrative) purposes', 'does not refer to any real (?:council|authority|service)',
  '^(?:(?:the )?council.s )?(?:action plan in )?response to (?:the |our )?(?:[a-z]+ ){0,4}inspection', '^action plan (?:following|after|arising from|in response to) (?:the )?(?:[a-z]+ ){0,3}inspection',
];

/**
 * Phrases announcing an inspection still to come ("the ICT service will be inspected in June", "as the council prepares
 * for its ICT inspection", "The inspectors' report is expected in the new year"): a council's paper naming one is written
 * before that service's verdict exists.
 */
export const comingInspection = [
  'will be (?:re-?)?inspected', 'is (?:due )?to be (?:re-?)?inspected', 'due to be (?:re-?)?inspected', 'will (?:re-?)?inspect', '(?:has|have) not (?:yet |previously )?been inspected',
  '(?:forthcoming|coming|next|planned|future) (?:best value )?inspection', 'prepar(?:es|ing|ation) for (?:its|the|an?|their) (?:[\\w&-]+ ){0,3}inspection',
  'inspectors? (?:will|are to|are due to) visit', 'inspection (?:is|was) due', "(?:inspectors'|inspection|their|the) report is (?:expected|due)",
];

/** A release (press, media, news): a council's own paper when a council issues it, not when the inspectorate does. */
export const releaseMarkers = ['media release', 'press release', 'news release', 'press statement', 'media statement', 'press notice', '^(?:council |latest )?news$'];

/** A release's closing lines that name who issued it ("Notes to editors: X Council serves …", "Media enquiries: …"), read when its opening names no issuer. */
export const releaseContacts = ['notes? (?:to|for) editors', '(?:media|press) (?:enquiries|contacts?|office)', 'issued by', 'for (?:further|more) (?:information|details)'];

/** Front-page titles that say the document is an inspection report (they win over the above). */
export const inspectionTitles = ['inspection report', 'inspection (?:findings|judgements?|results?)', 'report of (?:the|a|an) (?:best value )?inspection', 'best value inspection$', '(?:^|\\b)re-?inspection\\b', 'follow[- ]up inspection', '^(?:the )?(?:audit commission(?:.s)? )?best value inspection service$', 'inspection of '];

/** Sections where a verdict is not given (lists of documents, contents, annexes). */
export const discouragedSections = ['appendix', 'appendices', 'annex', 'documents reviewed', 'contents', 'glossary', 'people we met', 'context', 'background'];

/** Sections whose statements are preferred (the summary and the scoring section). */
export const preferredSections = ['summary', 'scoring', 'score', 'judgement', 'executive summary', 'conclusion', 'overall', 'our (?:judgements|conclusions)'];

/** Words that tell a document belongs to this scheme, and words of other regimes' reports. */
export const markers = {
  scheme: ['best value', 'audit commission', 'inspection service', 'how good is the service', 'will the service improve', 'prospects for improvement', 'one-star', 'two-star', 'three-star', '4cs', 'challenge, compare, consult'],
  otherRegime: ['benefit fraud inspectorate', 'bfi', 'review of compliance', 'care home', 'people who use services', 'registered manager', 'cqc', 'ofsted', 'overall effectiveness', 'requires? improvement to be good', 'care quality commission', 'pupils', 'headteacher', 'early years', 'sixth form', 'children.s services', 'local area partnership', 'outstanding', 'inadequate', 'estyn', 'hmi'],
};

/** Unnumbered headings that open a top-level section in these reports. */
export const topLevelHeadings = [
  '^summary', '^executive summary', '^recommendations?', '^scoring', '^report$', '^introduction', '^context', '^how good is', '^will the service improve',
  '^what are the prospects', '^prospects for improvement', '^appendix', '^appendices', '^annex', '^foreword', '^contents', '^the inspection', '^details of the inspection', '^our (?:judgements?|conclusions|findings)', '^conclusions?$',
];

/** Abbreviations that do not end a sentence. */
export const abbreviations = ['e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.', 'dr.', 'no.', 'nos.', 'para.', 'paras.', 'cllr.', 'st.', 'approx.', 'fig.', 'vol.', 'ref.', 'dept.', 'co.', 'ltd.', 'plc.', 'vs.', 'cf.', 'p.', 'pp.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'];

/** From this date reports use the 'prospects for improvement' vocabulary (era B). */
export const eraBFrom = '2001-10-01';

/** Bodies that publish inspection reports, as named on front pages. */
export const inspectorates = ['Best Value Inspection Service', 'Audit Commission', 'Wales Audit Office', 'Ofsted', 'Care Quality Commission', 'Estyn', 'Commission for Social Care Inspection', 'Benefit Fraud Inspectorate', 'Her Majesty\'s Inspectorate'];

/** Words that name the kind of council in its title ("Ashbridge Metropolitan Borough Council"). */
export const councilPattern = "(?:(?:London Borough|Royal Borough|City and County|City|County|Borough|District) of [A-Z](?:[\\w-]|['’](?!s\\b))+(?: [A-Z](?:[\\w-]|['’](?!s\\b))+)?(?: Council)?|(?:[A-Z][\\w'’.-]+ ){1,4}(?:County Borough |Metropolitan Borough |Metropolitan District |Borough |District |County |City |Town |Unitary )?Council)";

/** Words that name the service on a front page, when no "inspection of … service" phrase says it. */
export const servicePattern = "(?:information (?:and communications? )?technology|ict|i\\.t\\.|\\bit\\b|(?!(?:on|in|at|last|during|by)\\b)[a-z &'-]{3,50}?\\bservices?\\b|benefits?|housing|libraries|waste|planning|highways|revenues)";

/** Names that mean one service: a report on "ICT" speaks of "the IT service" and "computer services". */
export const serviceAliases = [
  ['ict', 'it', 'information', 'technology', 'communications', 'computer', 'computing', 'computers', 'technical', 'systems', 'help', 'desk'],
  ['benefits', 'benefit', 'revenues', 'council', 'tax'],
  ['waste', 'refuse', 'collection', 'recycling', 'bin', 'bins'],
  ['housing', 'repairs', 'tenancy', 'tenant'],
];
