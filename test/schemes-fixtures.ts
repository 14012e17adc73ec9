/** Front pages of Ofsted-family reports, drawn as real PDFs with the layouts (and traps) the real reports show. */
import { lines, placedPdf, type Placed } from './helpers/make-table-pdf.js';

const PROSE = 'Leaders know their services well and have acted on most of the areas for improvement found at the last inspection. '
  + 'Social workers say that caseloads are manageable and that managers are visible and supportive.';

/** A row of a two-column judgement table: the label wraps within its cell; the grade sits `offset` points below the row's top. */
function row(label: string, grade: string, y: number, offset = 0): Placed[] {
  return [{ text: label, x: 72, y, width: 260 }, { text: grade, x: 380, y: y + offset, width: 160 }];
}

/** ILACS: labels wrapped over two lines, each grade printed above its label (drawn first, a little higher). */
export function ilacsGradesAbove(): Promise<Buffer> {
  const rows: Array<[string, string]> = [
    ['The impact of leaders on social work practice with children and families', 'Good'],
    ['The experiences and progress of children who need help and protection', 'Requires improvement to be good'],
    ['The experiences and progress of children in care and care leavers', 'Outstanding'],
    ['Overall effectiveness', 'Good'],
  ];
  const table = rows.flatMap(([label, grade], index) => [{ text: grade, x: 72, y: 190 + index * 48 }, { text: label, x: 72, y: 204 + index * 48, width: 300 }]);
  return placedPdf([[...lines(['Ashbridge Metropolitan Borough Council', "Inspection of children's social care services", 'Inspection dates: 3 June to 14 June 2019', 'Lead inspector: A Person', 'Judgement Grade']), ...table, { text: PROSE, x: 72, y: 420 }]]);
}

/** ILACS after April 2026: four judgements and no overall effectiveness row; one label has no grade beside it. */
export function ilacsNoOverall(): Promise<Buffer> {
  const table = [
    ...row('The impact of leaders on social work practice with children and families', 'Good', 190),
    ...row('The experiences and progress of children who need help and protection', 'good', 230),
    { text: 'The experiences and progress of children in care', x: 72, y: 270, width: 260 },
    ...row('The experiences and progress of care leavers', 'Outstanding', 310),
  ];
  return placedPdf([[...lines(['Inspection of Redwater local authority', "children's services", 'Inspection dates: 11 May to 22 May 2026', 'Lead inspector: A Person', 'Judgement Grade']), ...table, { text: PROSE, x: 72, y: 400 }]]);
}

/** SIF with an LSCB review: the overall grade is a headline sentence; wrapped "Requires / Improvement"; "Not judged"; the LSCB's judgement beside the table. */
export function sifWithLscb(): Promise<Buffer> {
  const table = [
    ...row('1. Children who need help and protection', 'Inadequate', 250),
    ...row('2. Children looked after and achieving permanence', 'Requires Improvement', 280),
    ...row('2.1 Adoption performance', 'Not judged', 310),
    { text: '2.2 Experiences and progress of care leavers', x: 72, y: 340, width: 260 }, { text: 'Requires', x: 380, y: 340 }, { text: 'Improvement', x: 380, y: 353 },
    ...row('3. Leadership, management and governance', 'Inadequate', 380),
  ];
  return placedPdf([[
    ...lines(['Kirkmoor County Council', 'Inspection of services for children in need of help and protection, children looked after and care leavers', 'and', 'Review of the effectiveness of the Local Safeguarding Children Board', 'Inspection date: 3 June – 25 June 2014', 'Report published: 8 August 2014']),
    // The local authority's headline and, beside it, the LSCB's.
    { text: "Children's services in Kirkmoor are inadequate", x: 72, y: 200, width: 250 }, { text: 'The Local Safeguarding Children Board is good', x: 340, y: 200, width: 220 },
    ...table,
    { text: PROSE, x: 72, y: 470 },
  ]]);
}

/** Area SEND: the outcome is a sentence under "Inspection outcome". */
export function areaSend(): Promise<Buffer> {
  return placedPdf([[...lines(['Local area partnership report', 'Area SEND inspection of Eastmere', 'Local Area Partnership', 'Inspection dates: 4 December 2023 to 8 December 2023', 'Inspection outcome']),
    { text: 'There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with special educational needs and/or disabilities (SEND), which the local area partnership must address urgently.', x: 72, y: 160 },
    { text: 'Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates its strategic plan.', x: 72, y: 230 }]]);
}

/** A school report: lower-case grades, and the previous inspection's overall effectiveness in the same table. */
export function schoolReport(): Promise<Buffer> {
  const table = [
    ['Overall effectiveness', 'requires improvement'], ['Effectiveness of leadership and management', 'good'], ['Quality of teaching, learning and assessment', 'requires improvement'],
    ['Outcomes for pupils', 'requires improvement'], ['Overall effectiveness at previous inspection', 'outstanding'],
  ].flatMap(([label, grade], index) => row(label!, grade!, 150 + index * 20));
  return placedPdf([[...lines(['School report', 'Hillcrest Primary School', 'Mill Lane, Ashbridge AB1 2CD', 'Inspection dates 9–10 February 2016']), ...table, { text: 'Summary of key findings for parents and pupils', x: 72, y: 270 }, { text: 'This is a school that requires improvement. Pupils behave well and feel safe.', x: 72, y: 290 }]]);
}

/** A focused-visit letter: strengths, weaknesses and areas for priority action, and no grade. */
export function focusedVisit(): Promise<Buffer> {
  return placedPdf([[...lines(['22 November 2023', 'Jane Smith, Director of Children’s Services', 'Redwater Council', 'Dear Ms Smith', 'Focused visit to Redwater children’s services']),
    { text: 'This letter summarises the findings of the focused visit to Redwater children’s services on 18 and 19 October 2023. His Majesty’s Inspectors for this visit were A Person and B Person.', x: 72, y: 170 },
    { text: 'Practice is good in the front door team, and leaders know what needs to improve. Inspectors identified areas for priority action.', x: 72, y: 230 }]]);
}

/** Another regime's report that no scheme knows: a care home inspection with grade words. */
export function unknownRegime(): Promise<Buffer> {
  return placedPdf([[...lines(['Care Quality Commission', 'Review of compliance', 'Meadow View Care Home']),
    { text: 'People who use services told us the registered manager was approachable. Overall the service is good, though medicines management was inadequate on one unit and care planning requires improvement.', x: 72, y: 140 }]]);
}
