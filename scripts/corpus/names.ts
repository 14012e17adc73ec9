/** Name parts and slot vocabularies (data only). All councils are fictional. */
import type { Council } from './types.js';
import type { Rng } from './rng.js';

const STEMS = [
  'Ashworth', 'Bramley', 'Calderbrook', 'Dunmore', 'Eastwick', 'Fenwick', 'Greystone', 'Hallam',
  'Ingleby', 'Kelmarsh', 'Langdale', 'Marchfield', 'Netherby', 'Oakhampton', 'Pendlebury', 'Quarrington',
  'Redmarsh', 'Stanbridge', 'Thornleigh', 'Upwell', 'Wexcombe', 'Yarrowby', 'Albury', 'Blackwater',
  'Carrow', 'Denholme', 'Elmstead', 'Foxton', 'Glenridge', 'Hartsfield', 'Ivybridge Vale', 'Kingsmere',
  'Lindale', 'Millbrook', 'Norbury', 'Overton', 'Penwortham Vale', 'Rushmere', 'Saltmarsh', 'Tollbury',
  'Wyvern', 'Ambleside Forest', 'Barrowdale', 'Coldharbour', 'Dovecote', 'Eskdale Moor', 'Fairhaven',
  'Gorsey', 'Holmewood', 'Kestrel Vale', 'Longridge', 'Moorcroft', 'Newbold', 'Orchard Vale', 'Pickering Moor',
  'Ravensworth', 'Sedgebrook', 'Tarnside', 'Whitmoor', 'Wolds', 'Axford', 'Broadmere', 'Chalkhill',
  'Drayford', 'Emberton', 'Fallowfield', 'Grangemoor', 'Hazelbury', 'Kirkmoor', 'Ledbury Vale', 'Merrow',
  'Northmoor', 'Oldcastle', 'Pembury Heath', 'Riverside', 'Sandhurst Vale', 'Thamesmead East', 'Wealdon',
  'Westmarch', 'Brackenfield', 'Copperdale', 'Dunstable Downs', 'Edgecombe', 'Frampton', 'Gildersome',
];
const SHIRES = ['Mercia', 'Wessex Vale', 'Avonshire', 'Severnshire', 'Pennineshire', 'Fenshire', 'Marchshire', 'Tamarshire', 'Cheviotshire', 'Weald', 'Downshire', 'Trentshire'];
const DIRECTIONS = ['North', 'South', 'East', 'West', 'Mid', 'Upper', 'Lower', 'Greater'];

/** The n-th fictional council (deterministic, unique for any n). */
export function councilFor(n: number, rng: Rng): Council {
  const stemIndex = n % STEMS.length;
  const round = Math.floor(n / STEMS.length);
  const base = STEMS[stemIndex] as string;
  const prefix = round > 0 ? `${DIRECTIONS[(round - 1) % DIRECTIONS.length] as string} ` : '';
  const suffix = round > DIRECTIONS.length ? ` ${round}` : '';
  const stem = `${prefix}${base}${suffix}`;
  const word = base.split(' ')[0] as string;
  const shire = `${prefix}${word.endsWith('s') ? `${word}hire` : `${word}shire`}${suffix}`;
  const kinds: Council['kind'][] = ['district', 'district', 'unitary', 'metropolitan', 'london', 'county'];
  const kind = rng.pick(kinds);
  let name: string;
  let short = stem;
  if (kind === 'county') {
    short = n < SHIRES.length && rng.chance(0.5) ? (SHIRES[n] as string) : shire;
    name = `${short} County Council`;
  } else if (kind === 'london') name = `London Borough of ${stem}`;
  else if (kind === 'metropolitan') name = `${stem} Metropolitan Borough Council`;
  else if (kind === 'unitary') name = rng.chance(0.5) ? `${stem} City Council` : `${stem} Council`;
  else name = rng.chance(0.5) ? `${stem} District Council` : `${stem} Borough Council`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { name, short, slug, kind };
}

export const SERVICE_NAMES = ['ICT services', 'IT services', 'Information and communications technology', 'ICT service', 'Information technology services', 'IT support services'];

export const DEPARTMENTS = [
  'social services', 'housing', 'education', 'environmental health', 'planning', 'leisure and culture',
  'revenues and benefits', 'highways', 'libraries', 'legal services', 'finance', 'personnel',
  'waste management', 'trading standards', 'building control', 'property services',
];
export const SYSTEMS = [
  'the SAP financial system', 'the Oracle financials package', 'the Academy revenues system', 'the Northgate housing system',
  'the Uniform planning system', 'the CareFirst social care system', 'the payroll system', 'the geographic information system',
  'the Lotus Notes e-mail system', 'the Microsoft Exchange e-mail system', 'the corporate intranet', 'the SWIFT social care system',
  'the ICL mainframe', 'the council web site', 'the library management system', 'the document imaging system',
];
export const SUPPLIERS = ['ICL', 'Capita', 'Sema Group', 'ITNet', 'CSC', 'Unisys', 'Steria', 'Anite', 'Northgate', 'Serco', 'EDS', 'Logica'];
export const BENCH_CLUBS = ['SOCITM benchmarking club', 'CIPFA IT Trends survey', 'regional ICT managers group', 'district councils IT forum', 'SOCITM IT Trends survey'];
export const PEOPLE_ROLES = [
  'Chief Executive', 'Director of Resources', 'Head of ICT', 'IT Services Manager', 'Help Desk Supervisor', 'Network Manager',
  'Applications Development Manager', 'Leader of the Council', 'Chair of the Resources Scrutiny Panel', 'Cabinet member for corporate services',
  'Director of Social Services', 'Director of Education', 'Head of Revenues and Benefits', 'Head of Personnel', 'Best Value Officer',
  'Head of Finance', 'Unison branch secretary', 'Systems Administrator', 'Training Officer', 'Head of Housing', 'Planning Manager',
  'Corporate Policy Officer', 'Web Manager', 'Leader of the opposition group', 'Internal Audit Manager', 'Customer Services Manager',
  'representatives of the main software suppliers', 'a group of front-line staff from several departments', 'departmental IT liaison officers',
  'school bursars (focus group)', 'members of the Best Value review team',
];
export const DOCUMENTS_REVIEWED = [
  'Best Value Review of ICT Services: final report', 'ICT Strategy {y}-{y3}', 'Best Value Performance Plan {y}/{y1}', 'Corporate Plan {y}-{y3}',
  'ICT Improvement Plan', 'Service level agreements with departments', 'Help desk call statistics, {py}/{y}', 'User satisfaction survey results',
  'Minutes of the ICT Steering Group', 'Internal audit reports on ICT', 'Budget book {y}/{y1}', 'Staff training plan for ICT staff',
  'Network infrastructure review (consultants report)', 'Committee reports on the review', 'IT security policy', 'Benchmarking returns',
  'Procurement strategy', 'Local Government Online statement', 'Job descriptions for the ICT section', 'Departmental business plans',
  'Project management handbook', 'Annual report of the ICT section', 'District Audit management letter', 'Equipment replacement programme',
];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
