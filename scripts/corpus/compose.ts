/**
 * Turns a ReportPlan into the blocks of one inspection report: front page, Summary with both
 * judgements, scoring chart, recommendations, the report body and appendices.
 */
import type { Rng } from './rng.js';
import type { Block } from './pdf-writer.js';
import type { ReportPlan, ThemeId } from './types.js';
import { THEMES_A, type SectionKey, type ThemeBank } from './themes-a.js';
import { THEMES_B } from './themes-b.js';
import { EMERGING } from './emerging.js';
import { NEGATION_BY_GRADE, NEGATION_BY_PROSPECT, NEUTRAL, PROSPECT_REASONS, TRAPS } from './prose.js';
import { GRADE_FORMS, PROSPECT_FORMS_A, PROSPECT_FORMS_B, restateGrade, restateProspect, type JudgementForm } from './judgements.js';
import { Deck, fill, makeSlotContext, type SlotContext } from './slots.js';
import { aboutPages, appendices, frontPage, performanceTable } from './furniture.js';

/** The theme banks by id. */
export const THEMES = { ...THEMES_A, ...THEMES_B } as Record<ThemeId, ThemeBank>;

export interface Composed {
  blocks: Block[];
  gradeEvidence: string | null;
  prospectEvidence: string | null;
  /** Ids of the judgement forms and theme templates used, for the generator's statistics. */
  used: string[];
}
export interface ComposeOptions {
  /** A draft: scores 'to be confirmed', no judgement anywhere. */
  draft?: boolean;
  /** Try to break the page inside a judgement sentence. */
  split?: boolean;
  /** Extra rows and appendices, to vary the length. */
  long?: number;
  /** Columns of the report body (context onwards). */
  columns?: 1 | 2;
}

/** Compose one report. */
export function composeReport(plan: ReportPlan, rng: Rng, options: ComposeOptions = {}): Composed {
  const ctx: SlotContext = makeSlotContext(plan.council, plan.inspectedFrom.getUTCFullYear(), rng);
  const deck = new Deck(rng);
  const F = (t: string): string => fill(t, ctx, rng);
  const used: string[] = [];
  const jctx = { short: plan.council.short, name: plan.council.name, svc: ctx.svc };
  const era = plan.era;
  const draft = options.draft === true;

  // Theme sentences, by destination.
  const body = new Map<SectionKey, string[]>();
  const toBody = (section: SectionKey, s: string): void => { body.set(section, [...(body.get(section) ?? []), s]); };
  const summaryWeak: string[] = [];
  const summaryStrong: string[] = [];
  const recs: string[] = [];
  const practice: string[] = [];
  for (const id of plan.weaknesses) {
    const bank = THEMES[id];
    const two = rng.chance(0.3);
    for (const t of deck.take(bank.weak, two ? 2 : 1)) { toBody(bank.section, F(t)); used.push(`weak:${id}:${bank.weak.indexOf(t)}`); }
    const inSummary = rng.chance(0.6);
    if (inSummary) for (const t of deck.take(bank.weak, 1)) { summaryWeak.push(F(t)); used.push(`weak:${id}:${bank.weak.indexOf(t)}`); }
    if (!inSummary || !two || rng.chance(0.5)) for (const t of deck.take(bank.weakRec, 1)) { recs.push(F(t)); used.push(`rec:${id}:${bank.weakRec.indexOf(t)}`); }
  }
  for (const id of plan.strengths) {
    const bank = THEMES[id];
    const [a, b, c] = deck.take(bank.strong, 3);
    if (a) { toBody(bank.section, F(a)); used.push(`strong:${id}:${bank.strong.indexOf(a)}`); }
    if (b) { summaryStrong.push(F(b)); used.push(`strong:${id}:${bank.strong.indexOf(b)}`); }
    if (c && rng.chance(0.5)) { practice.push(F(c)); used.push(`strong:${id}:${bank.strong.indexOf(c)}`); }
    if (rng.chance(0.35)) for (const t of deck.take(bank.strongRec, 1)) recs.push(F(t));
  }
  for (const id of plan.emerging) {
    const bank = EMERGING[id];
    for (const t of deck.take(bank.weak, 1)) { toBody(id === 'business-continuity' ? 'capacity' : 'performance', F(t)); used.push(`emerging:${id}:${bank.weak.indexOf(t)}`); }
    if (rng.chance(0.5)) for (const t of deck.take(bank.weak, 1)) { summaryWeak.push(F(t)); used.push(`emerging:${id}:${bank.weak.indexOf(t)}`); }
    else for (const t of deck.take(bank.rec, 1)) recs.push(F(t));
  }
  // Passing, neutral mentions of themes the report does not judge.
  const raised = new Set<ThemeId>([...plan.weaknesses, ...plan.strengths]);
  for (const [id, bank] of Object.entries(THEMES) as Array<[ThemeId, ThemeBank]>) {
    if (!raised.has(id) && rng.chance(0.35)) for (const t of deck.take(bank.neutral, 1)) toBody(bank.section === 'aims' ? 'context' : bank.section, F(t));
  }
  const neutral = (key: string, lo: number, hi: number): string[] => deck.take(NEUTRAL[key] ?? [], rng.int(lo, hi)).map(F);
  /** Interleave themed and neutral sentences into paragraphs of 2-4 sentences. */
  const paras = (themedSentences: string[], neutralSentences: string[]): Block[] => {
    const all = [...themedSentences];
    for (const n of neutralSentences) all.splice(rng.int(0, all.length), 0, n);
    const out: Block[] = [];
    while (all.length) out.push({ kind: 'para', sentences: all.splice(0, all.length <= 4 ? all.length : rng.int(2, 3)) });
    return out;
  };
  const themed = (key: SectionKey): string[] => rng.shuffle(body.get(key) ?? []);

  // Judgements.
  const gradeForm: JudgementForm = rng.pick(GRADE_FORMS);
  const prospectForm: JudgementForm = rng.pick(era === 'A' ? PROSPECT_FORMS_A : PROSPECT_FORMS_B);
  const gradeCells = gradeForm.render(GRADE_ORD[plan.grade], jctx);
  const prospectCells = prospectForm.render(plan.prospectOrdinal, jctx);
  const gradeEvidence = draft ? null : gradeCells.join(' ');
  const prospectEvidence = draft ? null : prospectCells.join(' ');
  used.push(`grade-form:${gradeForm.id}`, `prospect-form:${prospectForm.id}`);
  const improveTitle = era === 'A' ? 'Will the service improve?' : 'What are the prospects for improvement?';
  const direction = plan.prospectOrdinal >= 2 ? 'up' : 'down';

  const blocks: Block[] = [];
  blocks.push({ kind: 'front', lines: frontPage(plan, ctx, rng, draft) });
  blocks.push(...aboutPages(ctx, rng, era === 'A' ? 'Will the service improve?' : 'What are the prospects for improvement?'));

  // Summary.
  blocks.push({ kind: 'page', columns: 1 }, { kind: 'heading', text: 'Summary', level: 1 });
  blocks.push({ kind: 'para', sentences: neutral('intro', 2, 3) });
  const context = [...neutral('council', 1, 1), ...neutral('service', 1, 2)];
  blocks.push({ kind: 'para', sentences: context });
  blocks.push({ kind: 'heading', text: 'How good is the service?', level: 2 });
  if (draft) blocks.push({ kind: 'para', sentences: ['The score for this judgement is to be confirmed once the council has checked the draft for factual accuracy.'] });
  else if (gradeForm.table) {
    blocks.push({ kind: 'para', sentences: ['Our score for the service is shown below.'] });
    blocks.push({ kind: 'table', rows: [gradeCells], widths: [0.5, 0.25, 0.25] });
  }
  else {
    const lead = rng.chance(0.5) ? [F(rng.pick(['We found a service with a mixture of strengths and weaknesses.', 'We looked at how well the service meets the needs of departments and the public.', 'Our findings are set out in detail in the main report.']))] : [];
    const sentences = [...lead, gradeCells[0] as string];
    if (rng.chance(0.4)) sentences.push(rng.pick(NEGATION_BY_GRADE[plan.grade] ?? ['']));
    blocks.push({ kind: 'para', sentences, split: options.split ? lead.length : undefined });
  }
  if (summaryStrong.length) blocks.push({ kind: 'para', sentences: [rng.pick(['The service has a number of strengths.', 'We found the following strengths.', 'The main strengths are these.'])] }, { kind: 'list', items: summaryStrong, style: 'bullet' });
  if (summaryWeak.length) blocks.push({ kind: 'para', sentences: [rng.pick(['However, there are also weaknesses.', 'But the service has weaknesses too.', 'We also found weaknesses.'])] }, { kind: 'list', items: summaryWeak, style: 'bullet' });
  blocks.push({ kind: 'heading', text: improveTitle, level: 2 });
  const reasons = deck.take(PROSPECT_REASONS[direction], 3).map(F);
  if (draft) blocks.push({ kind: 'para', sentences: [reasons[0] as string, 'Our judgement on the prospects for improvement is to be confirmed.'] });
  else if (prospectForm.table) {
    blocks.push({ kind: 'para', sentences: [reasons[0] as string, 'Our judgement is shown below.'] });
    blocks.push({ kind: 'table', rows: [prospectCells], widths: [0.5, 0.5] });
  } else blocks.push({ kind: 'para', sentences: [reasons[0] as string, prospectCells[0] as string], split: options.split ? 1 : undefined });

  blocks.push({ kind: 'para', sentences: [reasons[2] as string, rng.pick(['The rest of this report explains these judgements in more detail.', 'The reasons for our judgements are set out in the main body of the report.', 'Our detailed findings follow the scoring chart and recommendations.'])] });

  // Scoring chart.
  blocks.push({ kind: 'heading', text: 'Scoring chart', level: 1, keepWith: draft ? 40 : 300 });
  if (draft) blocks.push({ kind: 'para', sentences: ['Scores to be confirmed.', 'The scoring chart will be added to the final report.'] });
  else {
    blocks.push({ kind: 'para', sentences: ['The chart below shows the two judgements that the inspection team made about the service.'] });
    blocks.push({ kind: 'chart', era, grade: GRADE_ORD[plan.grade], prospect: plan.prospectOrdinal });
  }

  // Recommendations.
  blocks.push({ kind: 'heading', text: 'Recommendations', level: 1 });
  blocks.push({ kind: 'para', sentences: [rng.pick(['To rise to the challenge of continuous improvement, councils need inspection reports that offer practical pointers for improvement.', 'Our recommendations are intended to help the council to improve the service.']), 'We recommend that the council should:'] });
  blocks.push({ kind: 'list', items: rng.shuffle(recs), style: 'number' });

  // Report body.
  const cols = options.columns ?? 1;
  blocks.push({ kind: 'page', columns: cols }, { kind: 'heading', text: 'Report', level: 1 }, { kind: 'heading', text: 'Context', level: 2 });
  blocks.push(...paras([], neutral('council', 4, 6)));
  blocks.push(...paras(themed('context'), [...neutral('history', 2, 3), ...neutral('service', 3, 5)]));
  blocks.push({ kind: 'para', sentences: neutral('review', 2, 3) });
  if (rng.chance(0.6)) blocks.push({ kind: 'para', sentences: [F(rng.pick(era === 'A' ? TRAPS.otherA : TRAPS.otherB))] });

  const breaks = (options.long ?? 0) >= 3;
  if (breaks) blocks.push({ kind: 'page', columns: cols });
  blocks.push({ kind: 'heading', text: 'How good is the service?', level: 2 }, { kind: 'heading', text: 'Aims', level: 3 });
  const aims = [...neutral('aims', 1, 2), ...(rng.chance(0.6) ? [F(rng.pick(TRAPS.ambition))] : [])];
  blocks.push({ kind: 'para', sentences: aims });
  blocks.push(...paras(themed('aims'), neutral('aims', 1, 2)));
  blocks.push({ kind: 'heading', text: 'Performance against aims', level: 3 });
  blocks.push({ kind: 'para', sentences: neutral('performance', 2, 3) });
  blocks.push(...paras(themed('performance'), neutral('performance', 1, 3)));
  blocks.push({ kind: 'heading', text: rng.pick(['Systems and projects', 'Current projects', 'Systems, projects and security']), level: 3 });
  blocks.push(...paras([], [...neutral('projects', 2, 4), ...neutral('security', 1, 3)]));
  blocks.push({ kind: 'table', rows: performanceTable(ctx, rng, 5 + (options.long ?? 0)), widths: [0.55, 0.225, 0.225], header: true });
  if (rng.chance(0.5)) blocks.push({ kind: 'para', sentences: [F(rng.pick(TRAPS.ordinary))] });
  blocks.push({ kind: 'heading', text: 'Comparison with others', level: 3 });
  blocks.push({ kind: 'para', sentences: [...(raised.has('comparison') ? [] : neutral('comparison', 1, 2)), ...themed('comparison')] });
  if (!draft && rng.chance(0.5)) blocks.push({ kind: 'para', sentences: [rng.pick(restateGrade(GRADE_ORD[plan.grade]))] });

  if (breaks) blocks.push({ kind: 'page', columns: cols });
  blocks.push({ kind: 'heading', text: improveTitle, level: 2 }, { kind: 'heading', text: 'The Best Value review', level: 3 });
  blocks.push({ kind: 'para', sentences: ['Challenge.', ...neutral('challenge', 1, 2)] });
  blocks.push({ kind: 'para', sentences: ['Compare.', ...(raised.has('comparison') ? [] : neutral('comparison', 1, 1)), 'The comparisons made by the review are discussed above.'] });
  blocks.push({ kind: 'para', sentences: ['Consult.', ...(raised.has('consultation') ? themed('consult') : neutral('consult', 1, 2))] });
  blocks.push({ kind: 'para', sentences: ['Compete.', ...(raised.has('competition') ? themed('compete') : neutral('compete', 1, 2))] });
  blocks.push({ kind: 'heading', text: 'The improvement plan', level: 3 });
  blocks.push({ kind: 'para', sentences: [...neutral('plan', 2, 3), reasons[1] as string] });
  blocks.push({ kind: 'heading', text: 'Capacity to improve', level: 3 });
  blocks.push(...paras(themed('capacity'), []));
  const closing = deck.take(PROSPECT_REASONS[direction], 1).map(F);
  if (!draft && rng.chance(0.4)) closing.push(rng.pick(NEGATION_BY_PROSPECT[plan.prospectOrdinal] ?? ['']));
  if (!draft && rng.chance(0.5)) closing.push(rng.pick(restateProspect(plan.prospectOrdinal, era)));
  blocks.push({ kind: 'para', sentences: closing });

  blocks.push(...appendices(plan, ctx, rng, practice, options.long ?? 0));
  return { blocks: blocks.filter((b) => b.kind !== 'para' || b.sentences.length > 0), gradeEvidence, prospectEvidence, used };
}

export const GRADE_ORD = { poor: 0, fair: 1, good: 2, excellent: 3 } as const;
