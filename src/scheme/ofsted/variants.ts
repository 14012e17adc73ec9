/** The kinds of Ofsted (and joint Ofsted/CQC) report, each with the markers that recognise it from its opening text. */
import type { Variant } from '../family.js';
import { ilacsLabels, lacLabels, lscbLabels, schoolLabels, sifLabels, sifStatements } from './labels.js';

const APOSTROPHE = "['’]";
const DATE = '\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}';
const INSPECTION_DATES = 'Inspection dates?:?\\s*(\\d{1,2}[^\\n]{0,40}?\\d{4}(?:\\s*(?:to|–|-)\\s*\\d{1,2} [A-Z][a-z]+ \\d{4})?)';
const REPORT_PUBLISHED = `(?:Report )?[Pp]ublished:? (${DATE})`;

/** Checked in this order: the most specific markers first. */
export const variants: readonly Variant[] = [
  {
    id: 'ofsted-focused-visit', name: "Ofsted focused visit to local authority children's services",
    recognise: [`\\bFocused visit to\\b`],
    framework: 'Focused visit',
    provider: [{ pattern: `Focused visit to (.{2,80}?) (?:local authority )?children${APOSTROPHE}s services` }],
    dates: [`children${APOSTROPHE}s services on (\\d{1,2}(?: [A-Z][a-z]+)?(?: \\d{4})?(?: (?:to|and|–|-) \\d{1,2})? [A-Z][a-z]+ \\d{4})`],
    published: [`^\\s*(${DATE})\\b`, `\\b(${DATE}) (?:[A-Z][\\w.,-]* ){1,4}(?:Director|Executive|Chief)`],
    labels: [], statements: [], overall: { kind: 'none' },
  },
  {
    id: 'ofsted-cqc-send', name: 'Ofsted and CQC area SEND inspection',
    recognise: ['\\b(?:[Aa]rea|[Ll]ocal area) SEND inspection\\b'],
    framework: '(?:Joint local area|Area) SEND (?:full )?inspection',
    provider: [{ pattern: '(?:Joint local area|Area) SEND (?:full )?inspection (?:of|in) (.{2,80}?) Inspection dates' }],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: [], statements: [], overall: { kind: 'outcome' },
  },
  {
    id: 'ofsted-sif', name: 'Ofsted single inspection framework (SIF) inspection of children’s services',
    recognise: ['(?:Re-i|I)nspection of services for children in need of help and protection'],
    framework: '(?:Re-i|I)nspection of services for children in need of help and protection, children looked after and care leavers(?: and Review of the effectiveness of the Local Safeguarding Children Board)?',
    provider: [{ pattern: '^\\s*(?:\\d{1,2} )?(.{2,80}?) (?:Re-i|I)nspection of services for children' }],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: sifLabels, statements: sifStatements, overall: { kind: 'statement', key: 'overall' },
  },
  {
    id: 'ofsted-lscb', name: 'Ofsted review of the effectiveness of a Local Safeguarding Children Board',
    recognise: ['Review of the effectiveness of the Local Safeguarding Children Board'],
    framework: 'Review of the effectiveness of the Local Safeguarding Children Board',
    provider: [{ pattern: '^\\s*(?:\\d{1,2} )?(.{2,80}?) Review of the effectiveness' }],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: lscbLabels, statements: sifStatements.filter((statement) => statement.key === 'lscb'), overall: { kind: 'statement', key: 'lscb' },
  },
  {
    id: 'ofsted-lac', name: 'Ofsted inspection of looked after children services',
    recognise: ['Inspection of looked after children services'],
    framework: 'Inspection of looked after children services',
    provider: [{ pattern: 'Inspection of looked after children services (.{2,80}?) Inspection dates' }],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: lacLabels, statements: [], overall: { kind: 'row' },
  },
  {
    id: 'ofsted-school', name: 'Ofsted school inspection',
    recognise: ['^\\s*(?:\\S+ )?School report\\b|\\bThe quality of education\\b', 'Inspection dates?'],
    framework: 'School report|Inspection of [^.]{2,80}? Inspection dates',
    provider: [
      { pattern: '^\\s*(?:\\S+ )?School report (.{2,120}?) Inspection dates', join: ', ' },
      { pattern: 'Inspection of (.{2,100}?) Inspection dates', join: ', ' },
    ],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: schoolLabels, statements: [], overall: { kind: 'row' },
  },
  {
    id: 'ofsted-ilacs', name: "Ofsted inspection of local authority children's services (ILACS)",
    recognise: ['\\bInspection of\\b', 'Judgement Grade|The impact of leaders on social work practice'],
    framework: `Inspection of (?:[^.]{1,80}? )?(?:local authority )?children${APOSTROPHE}s (?:social care )?services|Inspection of [^.]{1,80}? Trust`,
    provider: [
      { pattern: `^\\s*(?:\\d{1,2} )?(.{2,80}?) Inspection of (?:local authority )?children${APOSTROPHE}s (?:social care )?services` },
      { pattern: `Inspection of (?:the )?(.{2,80}?) (?:local authority )?children${APOSTROPHE}s (?:social care )?services` },
      { pattern: 'Inspection of (?:the )?(.{2,80}?) Inspection dates' },
    ],
    dates: [INSPECTION_DATES],
    published: [REPORT_PUBLISHED],
    labels: ilacsLabels, statements: [], overall: { kind: 'row' },
  },
];
