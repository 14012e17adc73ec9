/** The judgement rows of each Ofsted report kind, as printed, with the key each maps to. */
import type { JudgementLabel, JudgementStatement } from '../family.js';

/** Inspections of local authority children's services (ILACS, 2018 on). */
export const ilacsLabels: readonly JudgementLabel[] = [
  { key: 'leaders', pattern: 'the impact of leaders on social work practice with children and families' },
  { key: 'help-and-protection', pattern: 'the experiences and progress of children who need help and protection' },
  { key: 'children-in-care-and-care-leavers', pattern: 'the experiences and progress of children in care and care leavers' },
  { key: 'children-in-care', pattern: 'the experiences and progress of children in care' },
  { key: 'care-leavers', pattern: 'the experiences and progress of (?:children )?care leavers' },
  { key: 'overall', pattern: 'overall effectiveness' },
];

/** The LSCB's judgement, where a table prints it as a row. */
const lscbLabel: JudgementLabel = { key: 'lscb', pattern: '(?:the )?(?:effectiveness of the )?local safeguarding children board(?: \\(lscb\\))?' };

/** The single inspection framework (SIF, 2013-2018): numbered rows; the overall grade is a headline sentence. */
export const sifLabels: readonly JudgementLabel[] = [
  { key: 'help-and-protection', pattern: '(?:1\\.? )?children who need help and protection' },
  { key: 'children-looked-after', pattern: '(?:2\\.? )?children looked after and achieving permanence' },
  { key: 'adoption', pattern: '(?:2\\.1\\.? )?adoption performance' },
  { key: 'care-leavers', pattern: '(?:2\\.2\\.? )?experiences and progress of care leavers' },
  { key: 'leadership', pattern: '(?:3\\.? )?leadership, management and governance' },
  lscbLabel,
];

/** Looked-after children inspections (2012-13): a heading, then "Grade N (word)" on the next line. */
export const lacLabels: readonly JudgementLabel[] = [
  { key: 'overall', pattern: 'overall effectiveness of services for looked after children and young people' },
  { key: 'capacity-to-improve', pattern: 'capacity to improve' },
  { key: 'outcomes', pattern: 'outcomes for looked after children and young people' },
  { key: 'quality-of-provision', pattern: 'quality of provision' },
  { key: 'leadership', pattern: 'leadership and management' },
];

/** School inspection reports (section 5: the common inspection framework and the education inspection framework). */
export const schoolLabels: readonly JudgementLabel[] = [
  { key: 'previous-overall-effectiveness', pattern: '(?:overall effectiveness at previous inspection|previous inspection grade)' },
  { key: 'overall', pattern: 'overall effectiveness' },
  { key: 'leadership', pattern: '(?:effectiveness of )?leadership and management' },
  { key: 'teaching', pattern: 'quality of teaching, learning and assessment' },
  { key: 'quality-of-education', pattern: 'the quality of education' },
  { key: 'personal-development-behaviour-welfare', pattern: 'personal development, behaviour and welfare' },
  { key: 'behaviour', pattern: 'behaviour and attitudes' },
  { key: 'personal-development', pattern: 'personal development' },
  { key: 'outcomes', pattern: 'outcomes for pupils' },
  { key: 'early-years', pattern: 'early years provision' },
  { key: 'sixth-form', pattern: '(?:16 to 19 study programmes|sixth[- ]form provision)' },
];

/** The standalone LSCB review: its one judgement. */
export const lscbLabels: readonly JudgementLabel[] = [lscbLabel];

/** Headline sentences of the SIF: the overall judgement and the LSCB's. */
export const sifStatements: readonly JudgementStatement[] = [
  { key: 'overall', pattern: "^the overall judgement is that children['’]s services (?:are |is )?({grade})\\b" },
  { key: 'overall', pattern: "^children['’]s services in [^.]{1,100}? (?:are |is )?({grade})\\b" },
  { key: 'lscb', pattern: '^the (?:effectiveness of the )?local safeguarding children board(?: \\(lscb\\))? (?:is |are )?({grade})\\b' },
];
