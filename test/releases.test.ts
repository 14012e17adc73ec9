/** Who issued a release: a council's own release states no judgement, an inspectorate's is read like a report. */
import { describe, expect, it } from 'vitest';
import { analysePages } from './helpers/analyse.js';

const body = [
  'For immediate release: 9 October 2003',
  'PARKS SERVICE PRAISED',
  "Ashcombe's parks and open spaces have been judged a 'good' service with",
  "'promising' prospects for improvement in a report published today.",
];

describe('a release', () => {
  it('is the council\'s own paper when its closing contact lines name a council', async () => {
    const document = await analysePages([['MEDIA RELEASE', ...body, 'Notes to editors: Ashcombe District Council looks after 41 parks.', 'Press enquiries: 01632 960 101'].join('\n')]);
    expect(document.status).toBe('no-judgement');
    expect(document.reason).toBe('not-an-inspection-report');
  });

  it('is read when its closing lines name the inspectorate as issuer', async () => {
    const document = await analysePages([['MEDIA RELEASE', ...body, 'Notes to editors: the Audit Commission is an independent body.', 'Press enquiries: Audit Commission press office'].join('\n')]);
    expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'good', prospect: 'promising' });
  });

  it('is read when no line names its issuer', async () => {
    const document = await analysePages([['MEDIA RELEASE', ...body, 'ENDS'].join('\n')]);
    expect(document.status).toBe('assessed');
    expect(document.grade?.value).toBe('good');
  });
});

describe('a council paper', () => {
  it.each([
    ['a statement by the council leader', 'Statement from the Leader of the Council\nI welcome the inspectors\' finding that our parks are a good service with promising prospects.\n'],
    ['a committee paper opening with its purpose', 'Leisure Scrutiny Panel - 4 March 2004\nPurpose of report\nTo tell members that the inspectors judged the parks service good, with promising prospects.\n'],
    ['a meeting\'s numbered item, the panel dated on its own line', 'Northby Borough Council\nScrutiny Panel – 3 September 2003\nItem 5: Outcome of the Best Value inspection of Revenues\nThe inspectors judged the revenues service to be fair, with promising prospects for improvement.\n'],
    ['a council news sheet', 'Northby Borough Council\nNews\nBereavement services praised\nInspectors have found a good cemeteries service with excellent prospects.\n'],
    ['a cabinet paper under its header (author, key decision, wards)', 'NORTHBY BOROUGH COUNCIL\nCABINET\nSubject: Best Value inspection of housing repairs\nReport by: Director of Housing\nKey decision: No\nWards: All\n1.1 The inspectors judged the service to be poor (no stars), with uncertain prospects for improvement.\n'],
  ])('states no judgement: %s', async (_name, page) => {
    const document = await analysePages([page]);
    expect(document.reason).toBe('not-an-inspection-report');
  });
});
