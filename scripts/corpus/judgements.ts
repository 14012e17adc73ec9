/**
 * The ways a report states its two judgements. Each form returns the exact text written in the
 * Summary (that text is the label's evidence); `table` forms are written as a table row whose
 * cells, joined by single spaces, are the evidence.
 */
import type { Era, Grade } from './types.js';

export interface JudgementContext {
  /** Short council name ("Bramley"). */
  short: string;
  /** Full council name. */
  name: string;
  /** "ICT" or "IT", whichever the report uses. */
  svc: string;
}
export interface JudgementForm {
  id: string;
  /** Cells of a table row, when the judgement is given only in a table. */
  table?: boolean;
  render(ordinal: number, ctx: JudgementContext): string[];
}

const GRADE_WORDS: readonly Grade[] = ['poor', 'fair', 'good', 'excellent'];
const STARS_WORD = ['no stars', 'one star', 'two stars', 'three stars'];
const STARS_HYPHEN = ['zero-star', 'one-star', 'two-star', 'three-star'];
const STARS_DIGIT = ['0 stars', '1 star', '2 stars', '3 stars'];
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const g = (o: number): string => GRADE_WORDS[o] as string;
const one = (text: string): string[] => [text];

/** At least 12 distinct forms for "How good is the service?". */
export const GRADE_FORMS: readonly JudgementForm[] = [
  { id: 'team-judged', render: (o) => one(`The inspection team judged the service to be ${g(o)} (${STARS_WORD[o]}).`) },
  { id: 'we-consider-quoted', render: (o, c) => one(`We consider that ${c.short}'s ${c.svc} service is a '${g(o)}', ${STARS_HYPHEN[o]} service.`) },
  { id: 'in-our-view', render: (o) => one(`In our view the service is ${g(o)}.`) },
  { id: 'overall-rate', render: (o, c) => one(`Overall, we rate ${c.short}'s ${c.svc} service as providing ${article(g(o))} ${g(o)}, ${STARS_HYPHEN[o]} service.`) },
  { id: 'table-row', table: true, render: (o) => ['How good is the service?', cap(g(o)), STARS_DIGIT[o] as string] },
  { id: 'assessed-awarded', render: (o) => one(`We have assessed the service as ${g(o)}, and have awarded it ${STARS_WORD[o]}.`) },
  { id: 'scoring-out-of-three', render: (o, c) => one(`${c.short}'s ${c.svc} service is ${article(g(o))} ${g(o)} service, scoring ${STARS_WORD[o]} out of a possible three.`) },
  { id: 'our-judgement-quoted', render: (o) => one(`Our judgement is that this is ${article(g(o))} '${g(o)}' service.`) },
  { id: 'taking-all-evidence', render: (o) => one(`Taking all the evidence together, the inspectors found the service to be ${g(o)}.`) },
  { id: 'scores-digit', render: (o) => one(`The service scores ${STARS_DIGIT[o]} on the Commission's scale: it is ${g(o)}.`) },
  { id: 'we-judge-providing', render: (o, c) => one(`We judge that ${c.name} is providing ${article(g(o))} '${g(o)}' ${c.svc} service.`) },
  { id: 'in-our-judgement', render: (o, c) => one(`The ${c.svc} service provided by ${c.short} is, in our judgement, ${g(o)}.`) },
  { id: 'inspectors-rated-dash', render: (o) => one(`Inspectors rated the service as ${g(o)} – ${STARS_WORD[o]}.`) },
  { id: 'overall-this-is', render: (o) => one(`Overall this is ${article(g(o))} ${g(o)}, ${STARS_HYPHEN[o]} service.`) },
];

const VP = ['will not improve', 'is unlikely to improve', 'will probably improve', 'will improve'];
const TABLE_ANSWER = ['No', 'Unlikely', 'Probably', 'Yes'];
const CONFIDENCE = [
  'We are not confident that the council will deliver the improvements it needs to make, and so the service will not improve.',
  'We are not confident that the council will deliver the improvements in its plan, and so it is unlikely to improve.',
  'We are reasonably confident that the council will deliver most of the improvements in its plan, and so the service will probably improve.',
  'We are confident that the council will deliver the improvements in its plan, and so the service will improve.',
];
const vp = (o: number): string => VP[o] as string;

/** At least 12 forms for "Will the service improve?" (until September 2001). */
export const PROSPECT_FORMS_A: readonly JudgementForm[] = [
  { id: 'we-think', render: (o) => one(`We think the service ${vp(o)}.`) },
  { id: 'on-the-evidence', render: (o) => one(`On the evidence we have seen, the service ${vp(o)}.`) },
  { id: 'confidence', render: (o) => one(CONFIDENCE[o] as string) },
  { id: 'table-row', table: true, render: (o) => ['Will the service improve?', TABLE_ANSWER[o] as string] },
  { id: 'inspectors-concluded', render: (o) => one(`Overall, the inspectors concluded that the service ${vp(o)}.`) },
  { id: 'track-record', render: (o) => one(`Taking into account the council's track record and its improvement plan, we consider that the service ${vp(o)}.`) },
  { id: 'question-answer', render: (o) => one(`Will the service improve? We think that it ${vp(o)}.`) },
  { id: 'in-our-view-tail', render: (o, c) => one(`${c.short}'s ${c.svc} service ${vp(o)}, in our view.`) },
  { id: 'we-judge', render: (o) => one(`We judge that the service ${vp(o)}.`) },
  { id: 'team-view', render: (o) => one(`The inspection team's view is that the service ${vp(o)}.`) },
  { id: 'second-question', render: (o) => one(`Our answer to the second question, whether the service will improve, is that it ${vp(o)}.`) },
  { id: 'we-believe', render: (o, c) => one(`We believe that ${c.name}'s ${c.svc} service ${vp(o)}.`) },
  { id: 'bare', render: (o) => one(`For these reasons the service ${vp(o)}.`) },
];

const PW = ['poor', 'uncertain', 'promising', 'excellent'];
const pw = (o: number): string => PW[o] as string;
const CONF_B = ['not confident', 'not confident', 'reasonably confident', 'confident'];

/** At least 12 forms for "What are the prospects for improvement?" (from October 2001). */
export const PROSPECT_FORMS_B: readonly JudgementForm[] = [
  { id: 'has-prospects', render: (o) => one(`We judge that the service has ${pw(o)} prospects for improvement.`) },
  { id: 'prospects-are', render: (o) => one(`The prospects for improvement are ${pw(o)}.`) },
  { id: 'in-our-view', render: (o) => one(`The service's prospects for improvement are, in our view, ${pw(o)}.`) },
  { id: 'table-row', table: true, render: (o) => ['Prospects for improvement', cap(pw(o))] },
  { id: 'we-consider', render: (o, c) => one(`We consider that ${c.short}'s ${c.svc} service has ${pw(o)} prospects for improvement.`) },
  { id: 'confidence', render: (o) => one(`We are ${CONF_B[o]} that the council will deliver the improvements in its plan, and so prospects for improvement are ${pw(o)}.`) },
  { id: 'inspectors-concluded', render: (o) => one(`Overall, the inspectors concluded that prospects for improvement are ${pw(o)}.`) },
  { id: 'track-record', render: (o) => one(`Taking into account the council's track record and its improvement plan, we consider the service's prospects for improvement to be ${pw(o)}.`) },
  { id: 'question-answer', render: (o) => one(`Is the service likely to improve? We think its prospects are ${pw(o)}.`) },
  { id: 'prospects-of-improving', render: (o, c) => one(`In our view, ${c.short} has ${pw(o)} prospects of improving its ${c.svc} service.`) },
  { id: 'team-rated', render: (o) => one(`The inspection team rated the prospects for improvement as ${pw(o)}.`) },
  { id: 'looking-ahead', render: (o) => one(`Looking ahead, the service's prospects for improvement are ${pw(o)}.`) },
];

/** Forms for the same judgement restated later in the body (identical meaning). */
export function restateGrade(o: number): string[] {
  return [
    `For these reasons we judge the service to be ${g(o)}.`,
    `Weighing up these strengths and weaknesses, we have concluded that this is ${article(g(o))} ${g(o)} service.`,
    `This is why we have given the service ${STARS_WORD[o]}: it is ${g(o)}.`,
  ];
}
export function restateProspect(o: number, era: Era): string[] {
  if (era === 'B') return [`We therefore judge the prospects for improvement to be ${pw(o)}.`, `This is why we consider the service's prospects for improvement ${pw(o)}.`];
  return [`We therefore think that the service ${vp(o)}.`, `This is why we have concluded that the service ${vp(o)}.`];
}

/** Axis labels of the scoring chart. */
export const CHART_LABELS = {
  gradesTitle: 'How good is the service?',
  grades: ['Excellent', 'Good', 'Fair', 'Poor'],
  A: { title: 'Will the service improve?', prospects: ['Will not improve', 'Unlikely to improve', 'Will probably improve', 'Will improve'] },
  B: { title: 'Prospects for improvement', prospects: ['Poor prospects', 'Uncertain prospects', 'Promising prospects', 'Excellent prospects'] },
} as const;

/** Grade words, stars and prospect phrases for other modules. */
export const WORDS = { grade: g, starsWord: (o: number) => STARS_WORD[o] as string, vp, pw, article };
