/**
 * The shape of a scheme family's data (the Ofsted family is one): variants recognised from a document's own
 * opening text, their grade words, judgement row labels, headline statements and outcome sentences. The engine
 * (src/stages/scheme.ts, src/stages/judgements.ts) knows no regime's words; they are all here as data.
 */

/** A grade as printed (a regular expression over lower-cased text), its normalised label and ordinal (0 = worst; -1: no grade). */
export interface GradeWord {
  pattern: string;
  label: string;
  ordinal: number;
}

/** A judgement's row label as printed (regular expression; spaces match any run of white space, line breaks included) and its key. */
export interface JudgementLabel {
  key: string;
  pattern: string;
}

/** A sentence that states one judgement; `{grade}` stands for the family's grade words. */
export interface JudgementStatement {
  key: string;
  pattern: string;
}

/** A sentence that states a whole outcome without a grade word (area SEND's three outcomes). */
export interface OutcomeSentence {
  label: string;
  ordinal: number;
  pattern: string;
}

/** Where a variant's overall grade is printed. */
export type OverallSource =
  | { kind: 'row' } // the judgement table's 'overall' row
  | { kind: 'statement'; key: string } // a headline sentence with this key
  | { kind: 'outcome' } // one of the family's outcome sentences
  | { kind: 'none' }; // the variant grades nothing overall (a focused visit)

/** A regular expression over the opening text, with the lines of its first group joined by `join` (a space when absent). */
export interface Capture {
  pattern: string;
  join?: string;
}

/** One kind of report of a family: how it is recognised and read. */
export interface Variant {
  /** Scheme id, e.g. 'ofsted-ilacs'. */
  id: string;
  name: string;
  /** Every pattern must match the opening text (white space collapsed) for the variant to claim the document. */
  recognise: readonly string[];
  /** The framework as printed: the first match in the opening text. */
  framework: string;
  /** The inspected body: the first pattern that matches gives it (group 1). */
  provider: readonly Capture[];
  /** The inspection dates (group 1), read as a range. */
  dates: readonly string[];
  /** The publication date (group 1). */
  published: readonly string[];
  /** The judgement rows this variant prints. */
  labels: readonly JudgementLabel[];
  /** The sentences that state judgements. */
  statements: readonly JudgementStatement[];
  overall: OverallSource;
}

/** A family of schemes sharing one grade vocabulary. */
export interface SchemeFamily {
  id: string;
  name: string;
  /** The bodies that inspect under this family, as reports name them (a report names one or several). */
  inspectorates: readonly string[];
  /** Checked in order: the first variant whose markers all match claims the document. */
  variants: readonly Variant[];
  grades: readonly GradeWord[];
  outcomes: readonly OutcomeSentence[];
}

/** A pattern source with its spaces made to match any white space (a label may wrap over lines). */
export function flexible(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+');
}
