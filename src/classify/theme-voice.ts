/**
 * Whose view a clause states: the inspectors', or someone else's (the council's self-assessment,
 * aims and claims, its managers and councillors, an earlier inspection). Someone else's view gives
 * no polarity; a contrast after it ("but", "however", ";") is the inspectors' own finding.
 */

/** Separators after which a quoted view goes on (a quotation introduced by a colon). */
const CONTINUES = /^\s*:\s*$/;

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
    const carried = i > 0 && quoted[i - 1] === true && CONTINUES.test(separators[i - 1] ?? '');
    quoted.push(held || carried);
  });
  return quoted;
}
