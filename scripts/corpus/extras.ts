/**
 * The documents in a real downloaded folder that are not assessments: the council's own Best Value
 * review (ambitions, no inspection judgement), a draft report with scores 'to be confirmed', and a
 * truncated PDF that cannot be read.
 */
import type { Rng } from './rng.js';
import type { Block } from './pdf-writer.js';
import type { ReportPlan, ThemeId } from './types.js';
import { THEMES } from './compose.js';
import { NEUTRAL } from './prose.js';
import { Deck, fill, makeSlotContext } from './slots.js';
import { longDate, monthYear } from './dates.js';

export interface SelfReview { blocks: Block[]; weaknesses: ThemeId[]; strengths: ThemeId[] }

/** The council's own review: its findings and ambitions in its own voice, and no judgement. */
export function composeSelfReview(plan: ReportPlan, rng: Rng): SelfReview {
  const ctx = makeSlotContext(plan.council, plan.inspectedFrom.getUTCFullYear(), rng);
  const deck = new Deck(rng);
  const F = (t: string): string => fill(t, ctx, rng);
  const findings: string[] = [];
  const actions: string[] = [];
  for (const id of plan.weaknesses) {
    const bank = THEMES[id];
    findings.push(...deck.take(bank.weak, 1).map(F));
    actions.push(...deck.take(bank.weakRec, 1).map(F));
  }
  const praise = plan.strengths.flatMap((id) => deck.take(THEMES[id].strong, 2).map(F));
  const y = plan.inspectedFrom.getUTCFullYear();
  const blocks: Block[] = [
    { kind: 'front', lines: [
      { text: plan.council.name, size: 22, bold: true, gap: 60 },
      { text: `Best Value Review of ${plan.service}`, size: 16, gap: 12 },
      { text: 'Final report of the review team', size: 13, gap: 8 },
      { text: `Presented to the Resources Committee on ${longDate(new Date(plan.inspectedFrom.getTime() - 70 * 86_400_000))}`, size: 11, gap: 120 },
      { text: 'This is the council\'s own review. It is not an inspection report.', size: 10, gap: 8 },
    ] },
    { kind: 'page', columns: 1 },
    { kind: 'heading', text: 'Introduction', level: 1 },
    { kind: 'para', sentences: [...deck.take(NEUTRAL.review ?? [], 2).map(F), `The review will be followed by an inspection by the Audit Commission's Best Value Inspection Service in ${monthYear(plan.inspectedFrom)}.`] },
    { kind: 'heading', text: 'Our vision for the service', level: 2 },
    { kind: 'para', sentences: [`We aim to be an excellent service by ${y + 2}.`, `Our ambition is to become a good, two-star service within the life of this plan, and then to keep improving.`, 'We want every member of staff to have the technology they need to do their job well.'] },
    { kind: 'heading', text: 'Challenge', level: 2 },
    { kind: 'para', sentences: deck.take(NEUTRAL.challenge ?? [], 2).map(F) },
    { kind: 'heading', text: 'Compare, consult and compete', level: 2 },
    { kind: 'para', sentences: [...deck.take(NEUTRAL.compete ?? [], 1).map(F), ...deck.take(NEUTRAL.consult ?? [], 1).map(F)] },
    { kind: 'heading', text: 'What the review found', level: 2 },
    { kind: 'para', sentences: ['The review team found that the service has some real strengths.', ...praise] },
    { kind: 'para', sentences: ['It also identified areas where the service must do better.'] },
    { kind: 'list', items: findings, style: 'bullet' },
    { kind: 'heading', text: 'Improvement plan', level: 2 },
    { kind: 'para', sentences: ['The review team proposes the following actions:'] },
    { kind: 'list', items: actions, style: 'number' },
    { kind: 'para', sentences: ['The Audit Commission has judged other services of the council in the past; those reports are available from the council offices.', 'Members are asked to approve this report and the improvement plan.'] },
  ];
  return { blocks, weaknesses: [...plan.weaknesses], strengths: [...plan.strengths] };
}

/** Cut a PDF short so that no reader can open it (keeps the header, loses the cross-reference). */
export function truncatePdf(bytes: Buffer, rng: Rng): Buffer {
  const keep = Math.floor(bytes.length * (0.3 + rng.next() * 0.2));
  return Buffer.from(bytes.subarray(0, keep));
}
