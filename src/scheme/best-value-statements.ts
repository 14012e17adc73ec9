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
}

export const statements: StatementLexicon = {
  likelihood: [
    { ordinal: 3, phrases: ['(?:we are|we were) (?:fully |entirely |very |wholly )?(?:confident|certain|sure|convinced)', '(?:we have|we are in|there is|we see) no (?:real )?doubt', 'without (?:any )?doubt', 'we are in no doubt', 'certainly', 'definitely', 'is certain'] },
    { ordinal: 2, phrases: ['on balance', 'more likely than not', '(?:is|it|seems|looks) (?:quite |reasonably |fairly )?likely', 'probably', 'we (?:would |therefore |now )?expect', '(?:we are )?reasonably confident', 'we anticipate', 'there is (?:a )?(?:good|reasonable|fair) (?:chance|prospect)', 'is well placed'] },
    { ordinal: 1, phrases: ['we (?:have )?(?:some |serious |real )?doubts?', 'doubtful', '(?:we are|we were) (?:not|less than) (?:yet |fully |entirely |wholly )?(?:confident|convinced|sure|certain)', 'unlikely', 'uncertain', 'it is (?:not clear|questionable|far from clear|unclear)', 'we question whether', 'at risk'] },
    { ordinal: 0, phrases: ['(?:no|little|scant) (?:real )?(?:prospect|sign|signs|evidence|indication|likelihood|chance)', 'no reason to (?:believe|expect|think)', 'nothing to suggest', 'we cannot see', 'we do not (?:believe|expect|think)', 'we see no'] },
  ],
  predicates: [
    '(?:will |would |to |can |could |should )?(?:continue to |go on )?improv(?:e|ing)', 'get(?:ting)? better', 'make (?:\\w+ )?progress', '(?:will |would |to |can )?change', 'real change',
    'deliver (?:its|the|this|their|these) (?:\\w+ ){0,2}(?:plans?|improvements?|changes|programme)', 'deliver (?:it|them)', 'turn (?:the service|it|things|the section) (?:a)?round', 'sustain (?:its |the |this )?(?:improvement|progress)',
  ],
  inspectors: ['we', 'our', 'us', 'the inspectors', 'inspectors', 'the inspection team', 'the commission', 'this report'],
  otherHolders: [
    'self[- ]assess\\w*', '(?:he|she) (?:is|was) (?:sure|confident|certain|optimistic|convinced)', '(?:he|she|they) (?:expects?|believes?|considers?|thinks?|claims?|told us)',
    'members (?:we met )?(?:described|believe|consider|think|said|told|claim)', 'portfolio holder', 'the council (?:believes|considers|expects|says|claims|describes|rated)',
    '(?:head|director|manager|officer)s? (?:of [a-z ]+ )?(?:told us|believes?|expects?|considers?|said|thinks?|claims?)', 'its own (?:assessment|review|view)', 'the council.s (?:own )?(?:assessment|view|review|scoring)',
  ],
  negation: ['not', 'never', "won't", 'cannot', 'no longer', 'fail to', 'fails to'],
};
