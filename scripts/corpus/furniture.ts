/** The fixed parts of a report: front page, about pages, indicator table and appendices. */
import type { Rng } from './rng.js';
import type { Block, FrontLine } from './pdf-writer.js';
import type { ReportPlan } from './types.js';
import { DEPARTMENTS, DOCUMENTS_REVIEWED, PEOPLE_ROLES } from './names.js';
import { BOILERPLATE } from './prose.js';
import { dateRange, longDate } from './dates.js';
import { fill, type SlotContext } from './slots.js';

/** Front page: inspection service, council, service, inspection dates and publication date in full. */
export function frontPage(plan: ReportPlan, ctx: SlotContext, rng: Rng, draft: boolean): FrontLine[] {
  const range = dateRange(plan.inspectedFrom, plan.inspectedTo, rng);
  const inspected = rng.pick(['Inspection dates: ', 'Dates of inspection: ', 'Inspected: ', 'On-site inspection: ']) + range;
  const published = draft
    ? 'Date of publication: to be confirmed'
    : rng.pick(['Date of publication: ', 'Published: ', 'Report published on ', 'Publication date: ']) + longDate(plan.published);
  const lines: FrontLine[] = [
    { text: 'Audit Commission', size: 15, bold: true, gap: 40 },
    { text: 'Best Value Inspection Service', size: 12, gap: 4 },
  ];
  if (draft) lines.push({ text: 'DRAFT – NOT FOR PUBLICATION – FOR FACTUAL ACCURACY CHECK ONLY', size: 11, bold: true, gap: 20 });
  lines.push(
    { text: rng.pick(['Best Value inspection report', 'Inspection report', 'Best Value inspection']), size: 14, gap: 90 },
    { text: plan.council.name, size: 24, bold: true, gap: 16 },
    { text: plan.service, size: 17, gap: 8 },
    { text: inspected, size: 11, gap: 120 },
    { text: published, size: 11, gap: 4 },
  );
  if (rng.chance(0.5)) lines.push({ text: `Lead inspector: ${ctx.inspectors[0]}`, size: 10, gap: 4 });
  lines.push({ text: 'The Audit Commission is an independent body responsible for ensuring that public money is spent economically, efficiently and effectively.', size: 9, gap: 60 });
  return lines;
}

/** Page 2: contents and what Best Value inspection is. */
export function aboutPages(ctx: SlotContext, rng: Rng, improveTitle: string): Block[] {
  const about = rng.sample(BOILERPLATE.aboutBestValue, rng.int(4, 6));
  return [
    { kind: 'page', columns: 1 },
    { kind: 'heading', text: 'Contents', level: 1 },
    { kind: 'list', items: ['Summary', 'Scoring chart', 'Recommendations', 'Report: context', 'How good is the service?', improveTitle, 'Appendices'], style: 'bullet' },
    { kind: 'heading', text: 'Best Value inspections', level: 2 },
    { kind: 'para', sentences: about.slice(0, 3) },
    { kind: 'para', sentences: about.slice(3) },
    { kind: 'para', sentences: BOILERPLATE.acknowledgement.map((t) => fill(t, ctx, rng)) },
  ];
}

const INDICATORS = [
  'Calls resolved at first contact (%)', 'Average time to fix a fault (hours)', 'PCs supported per technical officer',
  'Network availability in core hours (%)', 'Cost per PC supported (£)', 'Staff with access to e-mail (%)',
  'Calls logged per PC per year', 'Projects completed on time (%)', 'Sites connected to the wide area network',
  'Servers supported', 'Days lost to sickness per member of staff', 'Invoices paid within 30 days (%)',
  'PCs more than five years old (%)', 'Applications supported', 'Help desk calls abandoned (%)',
];

/** A table of indicators with invented values (numbers only, no judgement). */
export function performanceTable(ctx: SlotContext, rng: Rng, rows: number): string[][] {
  const y = ctx.year;
  const head = ['Indicator', `${y - 1}/${String(y % 100).padStart(2, '0')}`, `Target ${y}/${String((y + 1) % 100).padStart(2, '0')}`];
  return [head, ...rng.sample(INDICATORS, Math.min(rows, INDICATORS.length)).map((name) => {
    const v = name.includes('%') ? rng.int(40, 99) : name.includes('£') ? rng.int(600, 2400) : rng.int(3, 400);
    return [name, String(v), rng.chance(0.2) ? 'none set' : String(v + (name.includes('%') ? rng.int(0, 99 - v) : rng.int(0, 30)))];
  })];
}

const GLOSSARY = [
  'Best Value: the duty on councils to secure continuous improvement in the way they exercise their functions.',
  'BVPI: a Best Value performance indicator set by the government.',
  'Help desk: the single point of contact for reporting faults and asking for help.',
  'LAN: a local area network, linking computers within a building.',
  'WAN: a wide area network, linking the council\'s buildings.',
  'SLA: a service level agreement between a provider and its customer.',
  'SOCITM: the Society of Information Technology Management.',
  'Four Cs: challenge, compare, consult and compete.',
  'Improvement plan: the council\'s plan for acting on the findings of its review.',
  'Scrutiny: the examination of decisions and services by members who are not on the executive.',
  'Thin client: a terminal that runs its programs on a central server.',
  'ECDL: the European Computer Driving Licence, a basic qualification in using a PC.',
  'Market testing: inviting outside bids to run a service.',
  'Server: a computer that provides shared files, programs or printing to others on a network.',
];

/** Appendices: documents reviewed, people met, positive practice, and longer optional ones. */
export function appendices(plan: ReportPlan, ctx: SlotContext, rng: Rng, practice: string[], long: number): Block[] {
  const blocks: Block[] = [{ kind: 'page', columns: 1 }, { kind: 'heading', text: 'Appendices', level: 1 }];
  let n = 0;
  const title = (t: string): Block => ({ kind: 'heading', text: `Appendix ${++n} – ${t}`, level: 2, keepWith: long >= 5 ? 2000 : 0 });
  const docs = rng.sample(DOCUMENTS_REVIEWED, rng.int(8, 12) + 4 * long).map((t) => fill(t, ctx, rng));
  blocks.push(title('Documents reviewed'), { kind: 'para', sentences: ['Before going on site and during our visit, we reviewed a range of documents, including:'] }, { kind: 'list', items: docs, style: 'bullet' });
  const people = rng.sample(PEOPLE_ROLES, rng.int(8, 14) + 4 * long);
  blocks.push(title('People we met'), { kind: 'para', sentences: [`We met or interviewed the following people at ${plan.council.name}:`] }, { kind: 'list', items: people, style: 'bullet' });
  if (practice.length) blocks.push(title('Positive practice'), { kind: 'para', sentences: ['The following are examples of practice that other councils might wish to consider.'] }, { kind: 'list', items: practice, style: 'bullet' });
  if (long >= 1) {
    const sites = rng.sample(DEPARTMENTS, 4 + 2 * long).map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)} office, ${rng.pick(['main site', 'civic centre', 'area office', 'depot', 'town hall annexe'])}`);
    blocks.push(title('Sites visited'), { kind: 'list', items: sites, style: 'bullet' });
  }
  if (long >= 2) blocks.push(title('Glossary'), { kind: 'list', items: GLOSSARY.slice(0, Math.min(GLOSSARY.length, 6 + 3 * long)), style: 'bullet' });
  if (long >= 3) {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    const activities = ['Briefing by the head of the section', 'Interviews with chief officers', 'Focus group with front-line staff', 'Visit to the help desk', 'Reality checks at area offices', 'Interviews with members', 'Visit to the machine room', 'Meeting with the review team', 'Feedback to the chief executive', 'Visit to the learning centre'];
    const picked = rng.sample(activities, 5);
    blocks.push(title('Inspection timetable'), { kind: 'table', rows: [['Day', 'Activity'], ...days.map((d, i) => [d, picked[i] as string])], widths: [0.3, 0.7], header: true });
  }
  if (long >= 5) {
    const rows = rng.sample(DEPARTMENTS, 12).map((d) => [d.charAt(0).toUpperCase() + d.slice(1), String(rng.int(20, 480)), String(rng.int(300, 9000)), String(rng.int(1, 12))]);
    blocks.push(title('Departments supported'), { kind: 'table', rows: [['Department', 'PCs', 'Calls a year', 'Sites'], ...rows], widths: [0.4, 0.2, 0.2, 0.2], header: true });
  }
  if (long >= 4) blocks.push(title('Performance indicators'), { kind: 'para', sentences: ['The council supplied the following figures, which we have not audited.'] }, { kind: 'table', rows: performanceTable(ctx, rng, 15).concat(), widths: [0.55, 0.225, 0.225], header: true });
  return blocks;
}
