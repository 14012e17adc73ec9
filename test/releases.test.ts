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
    ['a paper given at a conference', 'Local Government ICT Managers\' Autumn Conference 2003\nSession 2A: After the inspection\nThe inspectors judged our neighbour\'s ICT service good, with promising prospects.\n'],
    ['a cabinet paper under its header (author, key decision, wards)', 'NORTHBY BOROUGH COUNCIL\nCABINET\nSubject: Best Value inspection of housing repairs\nReport by: Director of Housing\nKey decision: No\nWards: All\n1.1 The inspectors judged the service to be poor (no stars), with uncertain prospects for improvement.\n'],
  ])('is known as a council paper: %s', async (_name, page) => {
    const document = await analysePages([page]);
    const rules = document.messages.map((message) => message.rule);
    expect(rules.some((rule) => rule === 'not-an-inspection-report' || rule === 'relayed-verdict')).toBe(true);
  });
});

describe('a council paper relaying the inspectors\' verdict', () => {
  const header = 'NORTHBY BOROUGH COUNCIL\nRESOURCES SCRUTINY PANEL – 3 SEPTEMBER 2003\nREPORT OF THE HEAD OF ICT\n';

  it('is read for the verdict on its own service, below the top confidence band, and says so', async () => {
    const document = await analysePages([`${header}Outcome of the Best Value inspection of ICT\n1.1 The inspectors judged the ICT service to be fair, with promising prospects for improvement.\n`]);
    expect(document.status).toBe('assessed');
    expect({ grade: document.grade?.value, prospect: document.prospect?.value }).toEqual({ grade: 'fair', prospect: 'promising' });
    expect(document.grade!.confidence).toBeLessThan(0.9);
    expect(document.messages.map((message) => message.rule)).toContain('relayed-verdict');
  });

  it.each([
    ['another service\'s verdict', 'ICT support for the benefits service\n1.1 The inspectors judged the benefits service to be fair, with promising prospects for improvement.\n'],
    ['a verdict on "it", the sentence before naming another service', 'ICT programme update\n1.1 Members will recall that the housing benefits and council tax service was inspected in May 2003.\nThe inspectors judged that it was a good service with promising prospects for improvement.\n'],
    ['the council\'s own assessment', 'Preparing for inspection\n1.1 Our own assessment, using the Audit Commission\'s criteria, is that the service is fair and that its prospects are promising.\n'],
    ['a member\'s hope for the coming inspection', 'Preparing for inspection\n1.1 The Leader said: "We are confident that the inspectors will find an excellent service with excellent prospects."\n'],
    ['another council\'s verdict told of by "it"', 'Learning from others\n1.1 Our neighbour, Southby Borough Council, had its ICT service inspected in July. The Audit Commission judged it to be good with promising prospects.\n'],
    ['another council\'s verdict', 'Preparing for inspection\n1.1 The Head of ICT reported that the ICT service at Southby Borough Council had been judged by the inspectors to be a fair service with promising prospects for improvement.\n'],
    ['one section\'s verdict in a progress report on several services', '2. Housing benefits\n2.1 The report on housing benefits was published in May. Inspectors judged the service to be good, with promising prospects for improvement.\n3. ICT services\n3.1 The Audit Commission will inspect the service in the new year.\n'],
  ])('states no judgement when the verdict is not the inspectors\' on its service: %s', async (_name, body) => {
    const document = await analysePages([`${header}${body}`]);
    expect(document.reason).toBe('not-an-inspection-report');
  });

  it('is still the council\'s paper when it speaks of a draft report: no judgement, and no themes read from it', async () => {
    const body = 'Outcome of the Best Value inspection of ICT\n1.1 The inspectors judged the ICT service to be fair, with promising prospects for improvement.\n1.2 The draft report on the housing service is expected in November. Councillor Lomax asked whether tenants had been involved in reviewing the plan, and how the council compared with its neighbours.\n';
    const document = await analysePages([`${header}${body}`]);
    expect(document.reason).toBe('not-an-inspection-report');
    expect(document.themes?.themes ?? []).toEqual([]);
  });

  it.each([
    ['the report quoted after a colon, in its own "we"', "The inspectors' judgements\n1.1 The relevant passage of the report reads: 'We have judged that Northby Borough Council's ICT service is a poor, no-star service that will probably improve.'\n", 'poor'],
    ['inspectors who "have given" a rating', 'Outcome of the inspection\n1.1 Inspectors have given the ICT service a one-star rating and say the service is fair, with promising prospects for improvement.\n', 'fair'],
    ['a sentence further on in a quotation from the report', 'Outcome of the inspection\n4.3 On its grade, the report states: "The help desk is quick and the network reliable.\nWe therefore judge it to be a good service."\n', 'good'],
  ])('is read when %s', async (_name, body, grade) => {
    const document = await analysePages([`${header}${body}`]);
    expect(document.status).toBe('assessed');
    expect(document.grade?.value).toBe(grade);
    expect(document.messages.map((message) => message.rule)).toContain('relayed-verdict');
  });

  it('is never read from the council\'s own review, whatever verdict it quotes', async () => {
    const document = await analysePages(['NORTHBY BOROUGH COUNCIL\nBest Value Review of ICT 2001\nSummary\nThe inspectors judged the ICT service to be fair, with promising prospects for improvement.\n']);
    expect(document.reason).toBe('not-an-inspection-report');
  });
});
