/** Held-out theme set 48, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases48: ThemeCase[] = [
  // --- strategic-alignment -------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of community safety and regeneration.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: strategy written in isolation from corporate priorities, without the word "alignment"',
  },
  {
    text: 'Departmental service plans and the IT development programme are drawn up on different timetables, so nobody can check whether new systems serve what the council says it is trying to achieve.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: disconnection between IT programme and council aims, described through planning timetables',
  },
  {
    text: 'It is not clear how the £3 million network upgrade contributes to anything the council wants to achieve for local people.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: spending not linked to purpose; mentions money but the criticism is about purpose, not funding',
  },
  {
    text: 'Every project in the ICT programme has to show which of the council\'s five corporate objectives it supports before it is funded, and this discipline is well established.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: inspectors praise a link between projects and corporate objectives',
  },
  {
    text: 'The IT strategy is no longer out of step with the council\'s aims: it was rewritten in 2002 around the community plan and now reads as part of it.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength expressed through a negated weakness ("no longer out of step")',
  },
  // --- leadership ------------------------------------------------------------
  {
    text: 'Members show little appetite for ICT issues; the strategy was noted, not debated, at cabinet.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: elected members not owning IT',
  },
  {
    text: 'No chief officer has taken ownership of the information technology agenda since the post of director of resources was deleted in 2000.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: no senior officer driving IT',
  },
  {
    text: 'The chief executive chairs the ICT programme board in person and has made it plain to every director that modernisation is not optional.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: lead from the top, described through actions rather than the word "leadership"',
  },
  {
    text: 'The lead member for resources is a visible and effective champion of ICT and has won cross-party support for the programme.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: a member champion praised',
  },
  // --- investment --------------------------------------------------------------
  {
    text: 'Years of under-spending have left the council with a network near the end of its life and more than half of its PCs unable to run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: historic under-investment shown through its effects',
  },
  {
    text: 'There is no capital provision for ICT after March 2003, and the revenue budget has been cut in each of the last three years.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: no capital funding and falling budgets',
  },
  {
    text: 'Because ICT projects depend on one-off bids to a central fund, none of them can be planned with confidence beyond a single year.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: insecure funding mechanism, phrased without "investment" or "budget"',
  },
  {
    text: 'The council has backed its strategy with a ring-fenced £4.2 million over three years, and the benefits of that commitment are already visible in the new network and desktops.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'investment strength: praise of dedicated funding',
  },
  // --- understanding-of-it ----------------------------------------------------
  {
    text: 'Many managers still see IT as a cost to be kept down rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: IT seen only as a cost, not an opportunity',
  },
  {
    text: 'Heads of service we interviewed could not describe how technology might help them meet their own targets.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: managers unaware of what IT could do for them',
  },
  {
    text: 'Outside the IT section there is little awareness of what the council\'s systems could do; the social care client database is used as little more than an address book.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: under-use of systems through lack of understanding of their potential',
  },
  {
    text: 'Senior managers have an impressive grasp of how technology can reshape services, and several departments have redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding-of-it strength: inspectors praise the organisation\'s grasp of IT\'s potential',
  },
  // --- communication -----------------------------------------------------------
  {
    text: 'Front-line managers seldom hear from the IT section unless something has gone wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: IT and front line rarely in touch',
  },
  {
    text: 'Social services staff told us they learnt the go-live date of the new client system from a poster in the canteen.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness shown by an anecdote, with no word like "communication"',
  },
  {
    text: 'The IT section publishes nothing about planned outages, so schools find out when their systems stop working.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: no information passed from IT to the users it serves',
  },
  {
    text: 'Each department has a named IT business partner who attends its management team every month, and the staff we spoke to valued this contact highly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication strength: a regular channel between IT and departments, praised',
  },
  // --- demand-capacity ----------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and more than 150 requests for system changes are waiting to be started.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: backlogs and delays',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the development team simply responds to whoever shouts loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: no prioritisation of demand',
  },
  {
    text: 'The service has cleared its backlog of change requests and now fixes nearly all urgent faults within four hours, a real achievement given rising demand.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: inspectors praise meeting demand',
  },
  {
    text: 'Service level agreements with every department set clear priorities for the help desk, and the team now meets them for almost all calls.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: service levels agreed and met',
  },
  // --- user-training -------------------------------------------------------------
  {
    text: 'Staff were given the new finance system with a manual and no training, and many still keep their own spreadsheets as a result.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: system introduced without training',
  },
  {
    text: 'Nobody has assessed what IT skills staff need, and courses run only when a trainer happens to be free.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: no skills analysis, ad hoc courses',
  },
  {
    text: 'Training on the document management system was given months before staff received the software, and most had forgotten it by the time they needed it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: badly timed training (training happened, but not appropriately)',
  },
  {
    text: 'The ICT skills programme is well designed: every new starter completes a basic course, and take-up of the computer driving licence qualification is among the highest we have seen.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user-training strength: praise of skills provision',
  },
  // --- culture-change ----------------------------------------------------------
  {
    text: 'The management style remains hierarchical and cautious; staff told us that new ideas are expected to come from the top.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: management style needs to change',
  },
  {
    text: 'A blame culture persists in the IT section, and officers are reluctant to admit to problems until they become crises.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: blame culture',
  },
  {
    text: 'The council has moved decisively away from its departmental, risk-averse past, and staff now describe an organisation where trying new approaches is encouraged.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture-change strength: change in culture achieved and praised',
  },
  {
    text: 'Managers have adopted a more open, coaching style, and we found staff at all levels willing to suggest how things could be done better.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture-change strength: improved management style',
  },
  // --- information-systems --------------------------------------------------------
  {
    text: 'The service does not collect even basic performance information, such as system availability or the time taken to resolve faults.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: no performance information',
  },
  {
    text: 'Performance indicators are reported to members, but nobody uses them to manage the service or to question weak results.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: performance management not used (reporting exists, so a surface reading might call it a strength)',
  },
  {
    text: 'Management information from the help desk system cannot be relied on, because calls are often logged against the wrong category.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: unreliable management information',
  },
  {
    text: 'A clear performance management framework links individual appraisal targets to the service plan, and managers review a balanced set of indicators every month.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: praise of performance management',
  },
  // --- consultation ----------------------------------------------------------------
  {
    text: 'Users have never been asked what they think of the IT service; the last satisfaction survey was carried out in 1998.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: users not consulted',
  },
  {
    text: 'The review team talked only to the IT section\'s own staff; no residents or businesses were asked for their views.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: narrow consultation during the review',
  },
  {
    text: 'Although the council has a citizens\' panel, it has never been asked about the IT-based services its members receive.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: an existing mechanism left unused',
  },
  {
    text: 'Consultation was thorough: the review drew on a survey of 900 staff, focus groups with residents and the citizens\' panel, and the results clearly shaped the improvement plan.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength: inspectors praise wide consultation that made a difference',
  },
  // --- comparison ----------------------------------------------------------------
  {
    text: 'The council has made no attempt to compare the cost or quality of its IT service with that of other authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: no benchmarking',
  },
  {
    text: 'The review compared the service only with two neighbouring councils of very different size, so the comparison tells the council little.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: comparison done, but poorly',
  },
  {
    text: 'The service benchmarks its costs and performance through a national club of IT managers and has used the results to set demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength: benchmarking used well',
  },
  {
    text: 'Help desk performance now matches the best quarter of similar councils on most measures, and the service knows this because it checks.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength: comparing with others, praised, without the word "benchmark"',
  },
  // --- competition ---------------------------------------------------------------
  {
    text: 'The review did not test whether a private company or another council could run the network more cheaply.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: competitiveness not tested',
  },
  {
    text: 'The desktop support contract has been rolled forward for eight years without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: procurement not tested in the market',
  },
  {
    text: 'Partnership options were dismissed early in the review without any analysis of their costs or benefits.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: partnership options not properly considered',
  },
  {
    text: 'The council ran a rigorous procurement for its managed network, with a clear in-house comparator, and the resulting partnership has cut costs by a fifth.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competition strength: well-run procurement and partnership',
  },
  // --- e-government --------------------------------------------------------------
  {
    text: 'Only 12 per cent of the council\'s services can be used electronically today, leaving it well short of where it needs to be for the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: behind on the 2005 target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for, apply for or report anything on it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: web presence with no transactions',
  },
  {
    text: 'The council\'s statement on implementing electronic government sets out aims but contains no costed plan for reaching the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: no plan behind the electronic service delivery aims',
  },
  {
    text: 'The website is one of the best we have seen: residents can now pay council tax, book sports halls and report missed bins on line.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government strength: praise of online access',
  },
  // --- two themes in one sentence ------------------------------------------------------
  {
    text: 'The IT strategy has no money attached to it and bears no relation to the corporate plan.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: unfunded strategy (investment) and disconnection from the corporate plan (strategic-alignment)',
  },
  {
    text: 'Neither users nor other councils were consulted or compared: the review simply repeated the IT section\'s view of its own performance.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two weaknesses from the 4Cs: no consultation and no comparison',
  },
  {
    text: 'Members have driven the move to electronic service delivery with real energy, and the new contact centre and online payments are ahead of schedule.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'two strengths: member leadership and e-government progress',
  },
  {
    text: 'Help desk staff have no time to train users because they are swamped with calls.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'two weaknesses: demand exceeds capacity, and users go untrained as a result',
  },
  {
    text: 'Without reliable data on the time each job takes, managers cannot sensibly prioritise the long queue of development requests.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'two weaknesses: missing management information and a backlog that cannot be prioritised',
  },
  // --- no theme -----------------------------------------------------------------------
  {
    text: 'The help desk has six staff and is open from 8 am to 6 pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description of capacity, neither praise nor criticism',
  },
  {
    text: 'The council\'s ICT vision is "to be an excellent, customer-focused, e-enabled council by 2005".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council aim quoted, not an inspectors\' finding (despite e-government words)',
  },
  {
    text: 'In its self-assessment the council describes its consultation with users as "extensive and effective".',
    expect: [],
    why: 'self-assessment view, not the inspectors\' praise of consultation',
  },
  {
    text: 'The IT director told us she expects every suitable service to be on line well before the 2005 deadline.',
    expect: [],
    why: 'a manager\'s expectation about e-government, not a finding',
  },
  {
    text: 'Hartwell is a unitary authority serving about 180,000 people.',
    section: 'Context',
    expect: [],
    why: 'context only',
  },
  {
    text: 'The ICT budget for 2002/03 is £5.6 million, of which £1.1 million is capital.',
    section: 'Context',
    expect: [],
    why: 'neutral statement of the budget, no judgement about investment',
  },
  {
    text: 'The Best Value review of ICT ran from September 2001 to May 2002 and was carried out by six officers and two members.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral description of the review, mentioning members without judging leadership',
  },
  {
    text: 'The council\'s network links 38 sites, including the civic centre, the libraries and two depots.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The IT section sits within the Resources Directorate and reports to the director of finance.',
    section: 'Context',
    expect: [],
    why: 'neutral description of structure',
  },
  {
    text: 'The review\'s terms of reference covered challenge, comparison, consultation and competition.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'names the 4Cs as a description of scope; no finding about any of them',
  },
  {
    text: 'Government guidance expects councils to be able to deliver all suitable services electronically by 2005.',
    section: 'Context',
    expect: [],
    why: 'national context for e-government, not a finding about this council',
  },
  {
    text: 'The ICT strategy, agreed in March 2002, sets out twelve projects over three years.',
    expect: [],
    why: 'neutral description of the strategy, no view on its alignment',
  },
  {
    text: 'Managers in the IT section believe that outsourcing the data centre in 1999 was a success.',
    expect: [],
    why: 'a quoted view on competition, not the inspectors\'',
  },
  {
    text: 'We interviewed 42 officers and members and held two focus groups with front-line staff.',
    section: 'Appendix 1 > Our approach',
    expect: [],
    why: 'inspection method; "focus groups" is not the council consulting users',
  },
  {
    text: 'The improvement plan includes a commitment to benchmark costs with other London boroughs during 2003.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'describes a planned action with no judgement of the council\'s comparison work',
  },
  {
    text: 'Schools buy their ICT support from the council under a traded service agreement.',
    section: 'Context',
    expect: [],
    why: 'neutral description of a service arrangement',
  },
  {
    text: 'Table 3: Help desk calls logged and resolved, 1999/2000 to 2001/02',
    expect: [],
    why: 'a table caption with no finding',
  },
  {
    text: 'Councillors on the scrutiny panel said they would like to see more services offered through the website.',
    expect: [],
    why: 'members\' wish reported, not an inspectors\' finding on e-government or leadership',
  },
];
