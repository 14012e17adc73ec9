/**
 * Whose view a clause states: the inspectors', or someone else's (the council's self-assessment,
 * aims and claims, its managers and councillors, an earlier inspection). Someone else's view gives
 * no polarity; a contrast after it ("but", "however", ";") is the inspectors' own finding.
 */

/** Separators after which a quoted view goes on (a quotation introduced by a colon). */
const CONTINUES = /^\s*:\s*$/;

/** The same speaker going on after a contrast ("…, but added that he thought the council deserved …"). */
const GOES_ON = /^\s*(?:(?:he|she|they|it) )?(?:added|went on to (?:say|add)|also (?:said|told|claimed))\b/i;

/** A view named as the object of a finding ("bear little relation to what the authority says matters"). */
const EMBEDDED = /\bwhat\b[^,;:]{0,60}\b(?:says?|said|wants?|aims?|intends?|hopes?|expects?)\b(?:\s+to\b)?/g;

/**
 * Which clauses of a prepared unit state someone else's view. `separators[i]` is the text that
 * separated clause i from clause i + 1; a holder's view runs on over a colon, not over a contrast.
 */
export function quotedClauses(clauses: readonly string[], separators: readonly string[], voice: readonly RegExp[]): boolean[] {
  const quoted: boolean[] = [];
  clauses.forEach((clause, i) => {
    // "what the council says matters", "what it wants to achieve": the aims as a yardstick of a finding.
    const own = clause.replace(EMBEDDED, ' ');
    const held = voice.some((re) => re.test(own));
    const carried = i > 0 && quoted[i - 1] === true && (CONTINUES.test(separators[i - 1] ?? '') || GOES_ON.test(clause));
    quoted.push(held || carried);
  });
  return quoted;
}

/**
 * A unit that contradicts the view stated just before it ("The users we spoke to did not agree",
 * "However, …", "… no evidence to support this"): the inspectors' finding reverses that view.
 */
const CONTRADICTION = new RegExp([
  '^\\s*(?:however|but|yet|in (?:practice|reality|fact))\\b',
  '\\b(?:did|do|does) not (?:agree|bear (?:this|it|that|these|them) out)\\b',
  '\\bdisagree(?:s|d)?\\b',
  '\\ba (?:different|very different|less rosy|less positive) (?:story|picture)\\b',
  '\\bnot borne out\\b',
  '\\b(?:no|little) evidence (?:to support|for|of) (?:this|it|that|these|the claim|the view|such)\\b',
  '\\bto support (?:this|that|it|these|the claim|the view)\\b',
  '\\bcontradict(?:s|ed)?\\b',
  '\\bnot (?:what|how) (?:we|users|staff|departments|managers) (?:found|saw|see|described)\\b',
  '\\bnot (?:our|their) experience\\b',
  '\\bwe found (?:otherwise|the opposite)\\b',
].join('|'), 'i');

/** Whether a unit contradicts the view stated in the unit before it. */
export function contradicts(text: string): boolean {
  return CONTRADICTION.test(text);
}
