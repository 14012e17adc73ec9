/** Each scheme's vocabulary for the article: its name, what it calls a report, and how it words each grade. Data only. */

/** How the article speaks of one scheme. */
export interface SchemeWords {
  /** The scheme's name, as a section heading. */
  name: string;
  /** What the scheme calls its overall judgement ("overall effectiveness", "inspection outcome"). */
  overall: string;
  /** A grade label (the scheme's normalised value) as the article prints it. */
  grades: Readonly<Record<string, string>>;
}

const FOUR_POINT = { outstanding: 'Outstanding', good: 'Good', 'requires-improvement': 'Requires improvement to be good', inadequate: 'Inadequate', adequate: 'Adequate' };

/** Schemes by id (the `scheme` column of report_results). */
export const SCHEME_WORDS: Readonly<Record<string, SchemeWords>> = {
  'best-value': {
    name: 'Best Value inspections',
    overall: 'grade',
    grades: { poor: 'Poor (no stars)', fair: 'Fair (one star)', good: 'Good (two stars)', excellent: 'Excellent (three stars)' },
  },
  'ofsted-ilacs': { name: "Ofsted inspections of local authority children's services (ILACS)", overall: 'overall effectiveness', grades: FOUR_POINT },
  'ofsted-sif': { name: "Ofsted single inspections of children's services (SIF)", overall: 'overall judgement', grades: FOUR_POINT },
  'ofsted-lac': { name: 'Ofsted inspections of services for looked after children', overall: 'overall effectiveness', grades: FOUR_POINT },
  'ofsted-lscb': { name: 'Ofsted reviews of Local Safeguarding Children Boards', overall: 'overall effectiveness of the board', grades: FOUR_POINT },
  'ofsted-focused-visit': { name: "Ofsted focused visits to children's services", overall: 'overall grade', grades: FOUR_POINT },
  'ofsted-school': { name: 'Ofsted school inspections', overall: 'overall effectiveness', grades: FOUR_POINT },
  'ofsted-cqc-send': {
    name: 'Ofsted and CQC area SEND inspections',
    overall: 'inspection outcome',
    // The three outcomes are sentences, not grades.
    grades: {
      positive: 'The local area partnership’s arrangements typically lead to positive experiences and outcomes for children and young people with SEND',
      inconsistent: 'The local area partnership’s arrangements lead to inconsistent experiences and outcomes for children and young people with SEND',
      'systemic-failings': 'There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND',
    },
  },
};

/** The words of a scheme; an unknown scheme gets its id and its labels as they are. */
export function schemeWords(scheme: string): SchemeWords {
  return SCHEME_WORDS[scheme] ?? { name: `Reports read with the scheme "${scheme}"`, overall: 'overall grade', grades: {} };
}

/** A grade label of a scheme as the article prints it ("requires-improvement" -> "Requires improvement to be good"). */
export function gradeWords(scheme: string, grade: string): string {
  return schemeWords(scheme).grades[grade] ?? grade.charAt(0).toUpperCase() + grade.slice(1).replace(/-/g, ' ');
}
