/** The Ofsted family's grade words: the four-point scale, the older 'Adequate' and 'Grade 1-4' wordings, and 'Not judged'. */
import type { GradeWord, OutcomeSentence } from '../family.js';

/** Longest wording first: "requires improvement to be good" before "requires improvement", "inadequate" before "adequate". */
export const grades: readonly GradeWord[] = [
  { pattern: 'grade [1-4] ?\\( ?outstanding ?\\)', label: 'outstanding', ordinal: 3 },
  { pattern: 'grade [1-4] ?\\( ?good ?\\)', label: 'good', ordinal: 2 },
  { pattern: 'grade [1-4] ?\\( ?inadequate ?\\)', label: 'inadequate', ordinal: 0 },
  { pattern: 'grade [1-4] ?\\( ?adequate ?\\)', label: 'adequate', ordinal: 1 },
  { pattern: 'requires? (?:further )?improvements? to be good', label: 'requires-improvement', ordinal: 1 },
  { pattern: 'requires? improvement', label: 'requires-improvement', ordinal: 1 },
  { pattern: 'outstanding', label: 'outstanding', ordinal: 3 },
  { pattern: 'good', label: 'good', ordinal: 2 },
  { pattern: 'inadequate', label: 'inadequate', ordinal: 0 },
  { pattern: 'adequate', label: 'adequate', ordinal: 1 },
  { pattern: 'not judged', label: 'not-judged', ordinal: -1 },
];

/** Area SEND's three inspection outcomes, each a sentence (2023 framework). */
export const outcomes: readonly OutcomeSentence[] = [
  { label: 'positive', ordinal: 2, pattern: 'arrangements (?:typically |generally )?lead to positive experiences and outcomes' },
  { label: 'inconsistent', ordinal: 1, pattern: 'arrangements (?:typically |generally )?lead to inconsistent experiences and outcomes' },
  { label: 'systemic-failings', ordinal: 0, pattern: 'there (?:are|is) widespread and/or systemic failings' },
];
