/**
 * The words of a statement about a service's prospects when the scale's own words are absent: who
 * holds the view, the predicate of improvement, and a graded likelihood (the prospect ordinal it
 * means). Regex sources, matched on whole words of the lowercased text. Data only.
 */

/** A likelihood phrase and the prospect ordinal it states (3 certain … 0 no prospect). */
export interface Likelihood { ordinal: number; phrases: readonly string[] }

/** The lexicon the statement reader takes. */
export interface StatementLexicon {
  likelihood: readonly Likelihood[];
  /** Predicates of improvement of the service. */
  predicates: readonly string[];
  /** Holders whose view is the verdict: the inspectors. */
  inspectors: readonly string[];
  /** Holders whose view is not the verdict: the council, its officers and members, a self-assessment. */
  otherHolders: readonly string[];
  /** Negations inside the predicate ("will not improve") that reverse the likelihood. */
  negation: readonly string[];
  /** A likelihood stated after its predicate ("the chances of improvement are remote"): the predicate's nouns and the adjectives by ordinal (none of them a scale word). */
  postposed: { predicate: string; likelihood: readonly Likelihood[] };
  /** Impersonal frames before a likelihood ("there is no sign", "it is unlikely"): the report's own voice, unless another holder is named. */
  impersonal: readonly string[];
  /** Likelihood phrases that are their own impersonal subject ("nothing we saw suggests", "the signs are against"). */
  impersonalSubjects: readonly string[];
  /** A pace or a near horizon after the predicate ("… will change quickly"): denying it is doubt, not denial. */
  pace: readonly string[];
  /** A degree on the predicate ("… get much better", "improve significantly"): denying it is doubt, not denial. */
  degree: readonly string[];
}

/** Words that deny a quantity ("no", "little", not "a little"): before "doubt" they make confidence, before "prospect" or "sign" the lack of it. */
const NEGLIGIBLE = '(?:no|(?<!\\ba )little|scant|hardly any|not (?:the )?(?:least|slightest|much|any))';
/** Adjectives that grade a chance or sign without changing its direction ("no realistic prospect"). */
const QUALITY = '(?:real |realistic |genuine |serious |obvious |clear |immediate |reasonable |significant |convincing )?';
/** What a doubt is about ("doubts about whether", "doubt that"): part of the likelihood, not a question. */
const WHETHER = '(?: (?:about|as to) whether| whether| that| about)?';
/** Evidence that something will happen ("sign", "grounds for optimism"): denied by a NEGLIGIBLE quantity, it is no prospect. */
const EVIDENCE = '(?:prospect|prospects|sign|signs|evidence|indication|indications|likelihood|chance|hope|grounds? (?:for (?:optimism|confidence|believing|expecting)|to (?:believe|expect|think))|basis for (?:optimism|confidence|believing|expecting)|reason to (?:believe|expect|think|suppose))';
/** Verbs by which evidence speaks for a future ("suggests", "points to"). */
const INDICATES = '(?:suggests?|indicates?|points? to|leads? us to (?:believe|expect|think)|gives? (?:us )?(?:any )?(?:reason|grounds|confidence))';

/** Improvement of the service as the subject of its own likelihood ("improvement is likely", "in our judgement further improvement in the service is doubtful"). */
const IMPROVEMENT = "(?:^|(?<=[.;:] )|(?<=^(?:in our (?:view|judgement|opinion)|on balance|overall|however|therefore),? )|(?<=^we (?:believe|think|consider|judge)(?: that)? ))(?:(?:further|real|significant|lasting|any|sustained|continued) )?(?:improvement|progress)(?: (?:in|of|to) (?:the |this |its )?(?:[a-z&-]+ ){0,2}service)?";

/** Whether the service will improve, as the subject of its own likelihood ("whether the service will get better is an open question"). */
const WHETHER_IMPROVES = "(?:^|(?<=[.;:] )|(?<=, ))whether (?:or not )?(?:(?:the |this |its )?(?:[a-z&-]+ ){0,2}(?:service|council|authority|section|department)|it) (?:will|can|is able to|would) (?:(?:continue|go on) (?:to )?)?(?:improv(?:e|ing)|get better|make (?:\\w+ )?progress)";

/** The inspectors' aside or a connective between a postposed likelihood's subject, verb and adjective ("improvement is, in our view, unlikely"). */
const VIEW = '(?:,? (?:in our view|in our judgement|in our opinion|on (?:what|the evidence) we (?:saw|have seen|found)|on the evidence|we (?:think|believe|consider|judge)|however|therefore|though|nevertheless),?)?';

export const statements: StatementLexicon = {
  likelihood: [
    { ordinal: 3, phrases: ['(?:we are|we were) (?:fully |entirely |very |wholly )?(?:confident|certain|sure|convinced)', `(?:we have|we are in|there is|there can be|we see|we can see) ${NEGLIGIBLE} (?:real |serious )?doubts?`, `${NEGLIGIBLE} doubt`, 'without (?:any )?doubt', 'we are in no doubt', 'we (?:do not|don.t) doubt', 'certainly', 'definitely', 'is certain', 'undoubtedly',
      'we have (?:every|full|complete|great) confidence', 'there is every (?:reason to (?:believe|expect)|prospect|likelihood|chance)', 'every reason to (?:believe|expect)', 'we fully expect'] },
    { ordinal: 2, phrases: ['on balance', 'more likely than not', '(?:is|it|seems|looks) (?:quite |reasonably |fairly )?likely', 'probably', 'we (?:would |therefore |now |fully )?expect', '(?:we are )?reasonably confident', 'we anticipate', 'there is (?:a )?(?:good|reasonable|fair|realistic|genuine) (?:chance|prospect|likelihood)', 'is well placed', '(?:is|are) (?:firmly |well )?(?:on course|on track)(?= to\\b|\\s*$)', '(?:is|are) expected(?= to\\b|\\s*$)', 'we are (?:cautiously |broadly |reasonably )?optimistic', 'we (?:think|consider|judge) it (?:likely|probable)', 'probable', 'we have (?:some|reasonable) confidence',
      // The odds ("The odds favour improvement"). A belief held plainly ("We believe the service will improve") only frames the term.
      'the (?:odds|balance of (?:probability|probabilities|evidence)) (?:favou?rs?|(?:is|are) in favou?r of|points? to(?:wards)?)'] },
    { ordinal: 1, phrases: [`we (?:have |had )?(?:some |serious |real |considerable |grave )?doubts?${WHETHER}`, `our (?:\\w+ )?doubts?${WHETHER}`, `(?:some|serious|real|considerable|grave) doubts?${WHETHER}`, 'doubtful', 'less likely than not', '(?:we are|we were) (?:not|less than|far from) (?:yet |fully |entirely |wholly )?(?:confident|convinced|sure|certain)', 'unlikely', 'uncertain', '(?:is|are|seems|looks) not(?:,? (?:however|therefore|in our view|we think|on balance),?)? (?:very |particularly |especially )?likely', 'it is (?:not clear|questionable|far from clear|unclear|far from certain|by no means (?:certain|clear)|not at all (?:certain|clear))', 'we question whether', 'at risk',
      'we (?:have|had) (?:little|limited) confidence', 'we (?:have|had) (?:some |serious |real |considerable |grave |strong )?reservations? (?:about|as to)(?: whether)?', 'we are (?:sceptical|unconvinced|doubtful)', '(?:it is )?hard to see how', 'poorly placed', 'we (?:have|had) (?:real |serious |some )?concerns? (?:about )?whether', 'we (?:think|consider|judge|believe) it (?:unlikely|improbable)',
      `(?:only )?(?:an? )?(?:slim|small|remote|faint|limited|few) ${EVIDENCE}`, 'it is (?:difficult|hard) to see how', 'we are (?:not|less than) (?:yet |fully )?persuaded', 'we cannot be (?:confident|sure|certain)',
      'we are (?:not|far from) (?:\\w+ )?optimistic', 'we are (?:\\w+ )?pessimistic',
      // An open outcome: "we cannot say with any confidence whether the plan will be delivered", "it could go either way".
      // Or "we cannot say with any confidence that the service will improve", "we are unable to say … that …": the outcome is not denied, only left open.
      "we (?:cannot|can.t|could not|are unable to|were unable to|are not able to) (?:yet )?(?:say|tell|judge|conclude|predict) (?:with (?:any )?(?:real )?(?:confidence|certainty) )?(?:whether|if|that)", '(?:could|might|may) go either way'] },
    { ordinal: 0, phrases: [`${NEGLIGIBLE} ${QUALITY}${EVIDENCE}`, `(?:nothing|little) (?:[\\w']+ ){0,5}?to (?:suggest|indicate|show)`, `(?:nothing|(?<!\\ba )little) (?:[\\w']+ ){0,6}?${INDICATES}`,
      // What was seen listed before the verb ("Nothing we saw in the improvement plan, the budget or the behaviour of senior managers suggests").
      `nothing (?:we|the inspectors|inspectors) (?:saw|found|heard|read|have seen) (?:[\\w'-]+,? ){0,14}?${INDICATES}`, 'the (?:signs|evidence|indications|odds) (?:are|is|point|points|run|runs) (?:\\w+ )?against', '(?:the )?(?:signs|evidence|indications) (?:do|does|did) not (?:suggest|indicate|point to|show)',
      'we (?:cannot|can.t|do not|don.t) see', '(?:we )?(?:can|could) see nothing', 'we do not (?:believe|expect|think)', '(?:nor|neither) do we (?:believe|expect|think)', '(?:we|we can) see no', 'we have no confidence', 'we (?:can|could) find no', '(?:it is|it would be|it seems) unrealistic to (?:expect|believe|think|suppose)'] },
  ],
  predicates: [
    '(?:will |would |to |can |could |should )?(?:continue to |go on )?improv(?:e|ing)', 'get(?:ting)? (?:any |much |very much |a lot |significantly |markedly )?better', '(?<=\\b(?:will|would|to|can|could) )be (?:any |much |very much |a lot |significantly |markedly )?better', '(?:make|making) (?:it|this|that|(?:the|these|those|its) (?:\\w+ )?(?:improvements?|changes|plans?)) happen', 'make (?:\\w+ )?progress', 'make (?:much |any |real |significant |enough )?headway', '(?:will |would |to |can )?(?:change|alter)', 'real change',
    '(?:of|for) (?:\\w+ )?progress', '(?:any|further|real|significant|lasting) (?:real |significant |lasting )?(?:improvement|progress)(?! plans?)', 'deliver(?:ing)? (?:(?:most|much|all|any|some|part|the rest|enough) of )?(?:its|the|this|that|their|these|those) (?:\\w+ ){0,2}(?:plans?|improvements?|changes|programme)', 'deliver (?:it|them)', '(?<=\\b(?:will|can|is able to) )deliver(?=\\s*(?:[.;]|$))', '(?:turn|turns|put|puts|translate|translates) (?:(?:its|the|this|these|those|their) )?(?:\\w+ ){0,2}(?:plans?|proposals|intentions|ambitions?|strategy) into (?:reality|practice|effect|action)', 'turn(?:ed|ing)? (?:(?:the|this|its) (?:[a-z&-]+ ){0,2}service |it |things |(?:the|this) section )?(?:a)?round', '(?:of|for) (?:further |any |real )?improvement(?! plans?)', '(?:will|can|could|would) be (?:delivered|achieved|implemented|sustained|carried (?:out|through)|seen through|put into (?:effect|practice))',
    // Users served better ("claimants will receive a better service").
    '(?:receive|get|see|enjoy) (?:a )?(?:much |any |significantly )?better service',
    'make (?:(?:most|much|many|all|some) of )?(?:the |these |its |any )?(?:necessary |planned |required |promised )?(?:improvements|changes)', '(?<=\\bfavou?rs? )(?:further |continued |real )?improvement', 'sustain (?:its |the |this |these )?(?:improvements?|progress)',
    '(?:carry (?:out|through)|implement|put into (?:effect|practice)|see through|complete|achieve) (?:its|the|this|that|their|these|those) (?:\\w+ ){0,2}(?:plans?|improvements?|changes|programme|strategy)',
    '(?:carry|see|put) (?:(?:its|the|this|that|their|these|those) (?:\\w+ ){0,2}(?:plans?|improvements?|changes|programme|strategy)|it|them) (?:out|through|into (?:effect|practice))',
    // Building on what has been gained ("whether the gains of the last two years will be built on").
    '(?:build|building|built) on (?:its|the|this|their|these|recent) (?:\\w+ ){0,2}(?:gains|progress|improvements?|achievements|success)', '(?:gains|progress|improvements?|achievements) (?:[\\w-]+ ){0,6}(?:will|can|would|could) be (?:built on|sustained|maintained)',
  ],
  inspectors: ['we', 'our', 'us', 'the inspectors', 'inspectors', 'the inspection team', 'the commission', 'this report'],
  otherHolders: [
    'self[- ]assess\\w*', '(?:he|she) (?:is|was) (?:sure|confident|certain|optimistic|convinced)', '(?:he|she|they) (?:expects?|believes?|considers?|thinks?|claims?|told us)',
    'members (?:we met )?(?:described|believe|consider|think|said|told|claim)', 'portfolio holder', 'the (?:council|authority) (?:itself )?(?:believes|considers|expects|says|claims|describes|rated|rates|judged|judges|assessed|assesses|scored|scores|graded|grades|placed|places)',
    '(?:head|director|manager|officer)s? (?:of [a-z ]+ )?(?:told us|believes?|expects?|considers?|said|thinks?|claims?)', 'its own (?:assessment|review|view)', 'the council.s (?:own )?(?:assessment|view|review|scoring)',
    // A third party's verdict: consultants, auditors, a peer review, users or staff; or their report ("Their report … concludes that …").
    "(?:their|the consultants.?|the auditors.?|the council.s|a consultant.s) (?:own )?(?:best value |[\\w-]+ )?(?:report|study|review)(?:,[^,]{1,80},)? (?:concludes|concluded|says|said|states|stated|finds|found|claims|claimed|predicts|predicted|forecasts?)",
    '(?:consultants?|auditors?|advisers?|assessors?|peer review(?:ers)?|health check|users|staff|residents|tenants) (?:[\\w\'-]+ ){0,4}(?<!\\bwe )(?:rated|rate|judged|judge|concluded|conclude|found|find|said|say|believed?|expected?|considered?|thought|think|described|describe|reported|report|claimed|claim|told us)',
  ],
  // Wanting the means to do it is not doing it ("nothing to suggest that the council lacks the money or the capacity to see it through").
  negation: ['not', 'never', "won't", 'cannot', 'no longer', 'fail to', 'fails to', "lack(?:s|ing)? (?:the |any )?(?:[\\w'-]+,? (?:or |and )?){0,6}?(?:capacity|ability|means|resources|money|skills|commitment|capability|will) to"],
  postposed: {
    // The chances of improvement ("the chances of improvement are remote"), or improvement itself as the subject ("improvement is likely, though not certain").
    // Or the capacity to improve, a bracketed list and all ("the council's capacity to improve its ICT service (given …) is, in our view, uncertain").
    predicate: `(?:(?:the |its |their |the council.s |the authority.s )?(?:capacity|ability) to (?:improve|deliver (?:the |its |these )?(?:improvements?|plans?|changes))(?: (?:the |this |its )?(?:[a-z&-]+ ){0,2}services?)?(?: \\([^()]{1,400}\\))?|(?:the |its |their )?(?:chances?|prospects?|likelihood|odds|hopes?) (?:of|for) (?:any |further |real |significant |lasting )?(?:improvement|improving|progress|(?:the |this |its )?(?:[a-z&-]+ ){0,2}service (?:improving|getting (?:any |much |significantly |markedly |substantially |appreciably |materially |a lot )?better|being turned round)|(?:the |its |this |their )?(?:[a-z&-]+ ){0,2}(?:plans?|programme|strategy) being (?:carried (?:out|through)|delivered|implemented|seen through|put into (?:effect|practice))|(?:the |this |its )?(?:[a-z&-]+ ){0,2}(?:council|authority|department|section) (?:delivering|carrying (?:out|through)|implementing) (?:its|the|this|their) (?:[a-z&-]+ ){0,2}(?:plans?|programme|improvements?|strategy))|(?:the |its |their )prospects|${IMPROVEMENT}|${WHETHER_IMPROVES})${VIEW} (?:are|is|look|looks|seem|seems|remain|remains|appear|appears|must be judged|we judge|we consider)(?: to be)?(?:,(?! in our| we )[^,;.]{1,160},)?${VIEW}(?: very| at best| extremely| quite| highly| fairly| reasonably| most| far| much| rather)?`,
    likelihood: [
      { ordinal: 0, phrases: ['bleak', 'dim', 'remote', 'negligible', 'nil', 'non-existent', 'slight', 'gloomy', 'impossible', 'out of the question'] },
      { ordinal: 1, phrases: [
        // A chance granted, then its likelihood denied ("improvement is possible but far from assured").
        'possible,? but (?:(?:far|a long way) from|not|by no means|not yet) (?:certain|assured|guaranteed|likely|secure)', 'possible,? but (?:uncertain|unlikely|doubtful|in doubt)',
        'slim', 'low', 'limited', 'doubtful', 'questionable', 'less likely than not', 'unclear', '(?:less (?:than )?|not (?:at all |yet )?|far from )clear', 'less (?:than )?certain', 'mixed', 'modest', 'fragile', 'unlikely', 'improbable', 'uncertain', 'not (?:yet )?likely', '(?:not|far from|by no means) (?:certain|assured)', 'in doubt', 'open to (?:question|doubt)', 'an open question'] },
      { ordinal: 2, phrases: ['likely(?! to)', 'probable', 'more likely than not', 'good', 'bright', 'encouraging', 'favourable', 'positive', 'strong', 'reasonable', 'sound'] },
      { ordinal: 3, phrases: ['certain(?! to)', 'assured', 'guaranteed', 'inevitable', 'in no doubt'] },
    ],
  },
  impersonal: ['there (?:is|are|was|were|seems to be|appears to be)', 'it (?:is|was|seems|appears|would be)'],
  impersonalSubjects: ['nothing', 'little', 'the (?:signs|evidence|indications|odds)'],
  pace: ['(?:very |so |as |more |much )?(?:quickly|soon|rapidly|fast|swiftly|overnight|immediately)', 'at (?:any )?pace', '(?:on|to) (?:time|schedule)', 'by the (?:target|planned|due) date', 'in the (?:short|near) term', 'in the near future'],
  // Not "any": "we do not expect it to get any better" denies all improvement.
  degree: ['(?:very )?much', 'a (?:great |good )?(?:lot|deal)', 'significantly', 'markedly', 'substantially', 'greatly', 'dramatically', 'appreciably', 'materially'],
};
