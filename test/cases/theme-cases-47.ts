/** Held-out theme set 47, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases47: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'We could find no clear link between the community plan and the way decisions about ICT projects are taken.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'no link between corporate plan and ICT decisions, in the inspectors\' voice',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan: every project can be traced back to one of the council\'s five priorities, and this is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise alignment of strategy with corporate priorities',
  },
  {
    text: 'Technology planning is well integrated with the authority\'s wider objectives, so that spending on systems follows the council\'s priorities for its residents.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for integration of IT planning with corporate objectives, without the codebook words',
  },

  // ── leadership ──
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed by the cabinet since 1999.',
    section: 'Will the service improve? > Leadership',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No senior officer has taken ownership of the ICT programme, which has been left entirely to the head of IT to drive.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of lead from the top by senior officers',
  },
  {
    text: 'The chief executive chairs the ICT board in person and has given the programme strong, visible direction.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'chief executive driving IT, praised',
  },
  {
    text: 'Councillors are well briefed on ICT and champion it; the portfolio holder\'s commitment was evident throughout our inspection.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'members own and drive IT, inspectors\' praise',
  },

  // ── investment ──
  {
    text: 'Years of under-funding have left the council with an ageing network, and over 40 per cent of its PCs are more than five years old.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital provision for replacing servers, and the ICT revenue budget has been cut in each of the last three years.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'budgets and resources for IT inadequate',
  },
  {
    text: 'The council has made a substantial and well-planned investment in its infrastructure through a five-year capital programme, and it is paying off.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding for IT praised',
  },
  {
    text: 'We were impressed by the rolling replacement fund, which means equipment is renewed on a sensible cycle rather than when it breaks.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise a dedicated funding mechanism',
  },

  // ── understanding-of-it ──
  {
    text: 'Many service managers see ICT as a cost to be kept down rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity offered by IT',
  },
  {
    text: 'Across the council there is limited awareness of what technology could do to improve services to the public.',
    section: 'Will the service improve? > Challenge',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT',
  },
  {
    text: 'Senior managers clearly grasp how technology can transform services, and several departments have already redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised understanding of IT\'s potential',
  },
  {
    text: 'Departments now treat ICT as a strategic tool rather than a back-office utility, and this well-developed understanding is one of the council\'s strengths.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of IT praised by inspectors',
  },

  // ── communication ──
  {
    text: 'Front-line managers rarely hear from the IT section about changes that affect them, and sometimes learn of system outages from members of the public.',
    section: 'How good is the service? > Customer focus',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Relations between the IT unit and social services are strained, with each blaming the other for the delays to the care records system.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'breakdown between technical staff and a department',
  },
  {
    text: 'Regular liaison meetings between IT staff and departmental representatives work well and are valued on both sides.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good IT–department communication praised',
  },
  {
    text: '• Account managers for each directorate keep service departments well informed — a notable strength.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'bullet praising communication with departments',
  },

  // ── demand-capacity ──
  {
    text: 'Departments wait months for new PCs, and the list of outstanding development requests has grown to more than 200.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstripping capacity, backlog',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so whoever shouts loudest is served first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of user demands',
  },
  {
    text: 'A clear prioritisation process, agreed with chief officers, ensures that scarce development time goes to the projects that matter most, and it works well.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation praised',
  },
  {
    text: 'Service level agreements are in place with every department, and the help desk consistently meets the targets in them, which users appreciate.',
    section: 'How good is the service? > Service standards',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },

  // ── user-training ──
  {
    text: 'Staff are given new systems with little or no training, and many rely on colleagues to show them how to use basic office software.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'There has been no analysis of users\' training needs, and the training budget is mostly spent on courses for IT staff.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user training neglected',
  },
  {
    text: 'The ECDL programme has been taken up by over 600 staff and is highly regarded; it has clearly raised skill levels across the council.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme praised',
  },
  {
    text: 'Training for users of the new financial system was well planned and effective, and the number of calls to the help desk fell sharply after go-live.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'effective user training',
  },

  // ── culture-change ──
  {
    text: 'The culture of the IT section remains inward-looking and defensive: it reacts to complaints rather than anticipating what users will need.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needing change',
  },
  {
    text: 'A command-and-control style of management discourages staff from putting forward ideas for improvement.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style as a weakness',
  },
  {
    text: 'The service has moved decisively from a technical to a customer-focused culture, and staff at all levels now talk about what users need.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised culture change',
  },
  {
    text: 'The new head of ICT has brought in an open, inclusive way of managing that staff welcome and that is already producing results.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change of management style praised',
  },

  // ── information-systems ──
  {
    text: 'The service collects few performance measures, and those it does collect are not reported to managers or members.',
    section: 'How good is the service? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information',
  },
  {
    text: 'There is no reliable record of the council\'s hardware and software, so the service cannot say what it owns or what it costs to run.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'management information lacking',
  },
  {
    text: 'Performance is monitored each month against a well-chosen set of indicators, and managers use the figures to drive improvement.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management praised',
  },
  {
    text: 'The call management system gives managers accurate and timely information, and they make good use of it.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information system praised',
  },

  // ── consultation ──
  {
    text: 'Users have not been asked for their views of the service since 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review did not involve residents or front-line staff, and its only survey drew a response rate of 9 per cent.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'weak consultation in the review',
  },
  {
    text: 'The review team consulted widely — user panels in each department and an online survey of residents — and acted on what it heard.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation praised',
  },
  {
    text: 'User satisfaction is tested regularly, and the results visibly shape the service\'s priorities; this is good practice.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'regular consultation, inspectors call it good practice',
  },

  // ── comparison ──
  {
    text: 'The council has not compared its costs or performance with those of similar authorities, so it cannot show that the service offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Benchmarking was limited to one comparison with a neighbouring council of a very different size.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'inadequate comparison',
  },
  {
    text: 'Costs and performance are benchmarked robustly through a club of 14 similar councils, and the results are used to set stretching targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'The review made good use of comparative data, showing that help desk costs per user are in the lowest quarter of councils of this type.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison used well',
  },

  // ── competition ──
  {
    text: 'The review did not test whether anyone else could provide the service better; outsourcing and partnership were dismissed without analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for desktop support have been extended three times without competition, and the council cannot show it is paying a fair price.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement weakness; "fair" is an ordinary word here',
  },
  {
    text: 'The council tested the market rigorously, and its partner was chosen through a fair and transparent procurement.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing praised',
  },
  {
    text: 'Procurement of the new wide area network was well managed and delivered savings of around £300,000 a year.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'good procurement',
  },

  // ── e-government ──
  {
    text: 'Only 18 per cent of services can currently be delivered electronically, and the council is unlikely to meet the 2005 target.',
    section: 'How good is the service? > E-government',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on e-government targets',
  },
  {
    text: 'The website is out of date and hard to navigate, and residents cannot pay for anything or report a problem online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'The council is well on course to meet the 2005 target for electronic service delivery, and its online payments service is well used.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government progress praised',
  },
  {
    text: 'The new contact centre and website give residents a genuinely joined-up way of reaching council services, and take-up has exceeded expectations.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised',
  },

  // ── two themes ──
  {
    text: 'Members have never been asked to approve the ICT strategy, and it bears little relation to the corporate plan.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'members not engaged and strategy misaligned',
  },
  {
    text: 'Without dedicated funding for development, the queue of requests for new systems keeps getting longer.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'lack of funding and growing backlog',
  },
  {
    text: 'The service has neither asked its users what they think nor compared its performance with that of other councils.',
    section: 'Will the service improve? > The 4Cs',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'A user forum meets every quarter and works well, both for hearing what departments want and for explaining IT decisions to them.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'communication', polarity: 'strength' },
    ],
    why: 'forum praised for consulting users and for two-way communication',
  },
  {
    text: 'Because performance data are unreliable, the service cannot benchmark itself against other councils.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'poor performance information prevents comparison',
  },
  {
    text: 'The partnership with a private supplier, chosen after a competitive tender, has brought in the money needed to replace the ageing network — a good outcome for the council.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'competitive procurement and resulting investment both praised',
  },
  {
    text: 'The leader and the chief executive have driven the e-government programme hard, and the council now leads the county in the range of services offered online.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'lead from the top and electronic service delivery, both praised',
  },
  {
    text: 'Training has lagged behind the roll-out of new systems, and some managers are still reluctant to change the way they work.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'training gap and resistance to cultural change',
  },
  {
    text: 'A new approach to performance management has begun to change the culture of the section, with staff now taking ownership of their targets, which we welcome.',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'performance management and culture change both praised',
  },

  // ── no theme ──
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the service',
  },
  {
    text: 'The council aims to have all of its services available online by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council aim quoted as an aim, not an assessment',
  },
  {
    text: 'The ICT section is part of the Corporate Services Directorate and has a budget of £3.2 million.',
    section: 'Context',
    expect: [],
    why: 'neutral fact about budget, neither praise nor criticism',
  },
  {
    text: 'The council\'s vision is to become "an excellent, customer-focused authority".',
    expect: [],
    why: 'council vision quoted',
  },
  {
    text: 'The council states that its network is one of the most reliable in the region.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' view',
  },
  {
    text: 'Hensford is a largely rural district with a population of 98,000.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The Best Value review of ICT was carried out between March and October 2002.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral fact about the review timetable',
  },
  {
    text: 'This report has been prepared by inspectors from the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'report structure',
  },
  {
    text: 'The improvement plan sets out 23 actions to be completed by March 2004.',
    expect: [],
    why: 'description of the plan without judgement',
  },
  {
    text: 'The head of ICT believes the new structure will make the service more responsive to departments.',
    expect: [],
    why: 'a manager\'s belief, not the inspectors\' finding',
  },
  {
    text: 'The council has 2,300 PCs and 120 servers spread across 46 sites.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the estate',
  },
  {
    text: 'In its self-assessment the council describes its consultation with users as extensive.',
    expect: [],
    why: 'the council\'s own claim about consultation, not praise from inspectors',
  },
  {
    text: 'We carried out the inspection in February 2003, visiting six sites and meeting 42 staff.',
    section: 'Summary',
    expect: [],
    why: 'method of inspection, no theme',
  },
];
