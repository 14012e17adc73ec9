/** Held-out theme set 53, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases53: ThemeCase[] = [
  // --- strategic-alignment ---------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section in 1998 and has not been revisited since the council adopted its new corporate plan; it makes no reference to the council\'s four priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy out of step with corporate plan, described by dates and omissions rather than the word "alignment"',
  },
  {
    text: 'Nothing links the IT work programme to the community strategy: projects are approved one at a time, with no test of how each serves what the council says matters most.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'no link between IT projects and corporate aims, phrased as "what the council says matters most"',
  },
  {
    text: 'The technology plan is firmly rooted in the corporate plan, and every project in the programme can be traced back to one of the council\'s five ambitions for the borough.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strength: inspectors praise the tracing of every project to corporate ambitions',
  },
  {
    text: 'We were impressed by how closely the ICT plan follows the authority\'s corporate objectives, building on them section by section rather than setting its own agenda.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strength in the inspectors\' first person ("we were impressed")',
  },

  // --- leadership ------------------------------------------------------------
  {
    text: 'Members show little appetite for ICT matters; the strategy went to cabinet once, was noted without discussion, and has not been back.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT, shown through a committee history',
  },
  {
    text: 'No chief officer owns the IT agenda: the head of IT reports to an assistant director of finance and has no seat at the corporate management team.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of senior ownership described through reporting lines',
  },
  {
    text: 'The chief executive chairs the ICT programme board in person, and this visible backing from the top has given the programme real momentum.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'strength: lead from the top, praised for its effect',
  },
  {
    text: 'Since the previous director left, no-one at senior level has championed technology, and decisions about systems drift from one meeting to the next.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'absence of a senior champion, phrased as drift',
  },

  // --- investment ------------------------------------------------------------
  {
    text: 'Years of spending too little have left the council with a network that cannot cope with demand and desktop PCs that are, on average, six years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment shown by its consequences, without the word "investment"',
  },
  {
    text: 'There is no capital budget for replacing equipment; each upgrade has to be argued for separately out of departmental underspends.',
    section: 'Will the service improve? > Improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget for IT, described through the funding process',
  },
  {
    text: 'The council has put its money where its strategy is: a ring-fenced £3.2 million over three years has placed the replacement programme on a secure footing.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'strength: funding praised by the inspectors, idiomatic phrasing',
  },
  {
    text: 'The IT section has been starved of funds for a decade, and the backlog of obsolete equipment is the result.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'under-funding by metaphor ("starved of funds")',
  },

  // --- understanding-of-it ---------------------------------------------------
  {
    text: 'Many senior managers still see IT as a back-office cost to be kept down rather than as a way of changing how services reach the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Departments seem unaware of what the new document management system could do for them, and use it as little more than an electronic filing cabinet.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of a system, shown by how it is used',
  },
  {
    text: 'Managers across the council have a good grasp of what technology can do for their services, and several have redesigned whole processes around it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'strength: inspectors credit managers\' grasp of IT\'s potential',
  },
  {
    text: 'Outside the IT unit there is little appreciation of the opportunities that technology offers for joining up services around the customer.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weakness phrased as "little appreciation of the opportunities"',
  },

  // --- communication ---------------------------------------------------------
  {
    text: 'Front-line managers told us they rarely hear from the IT section until something breaks.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor contact between IT and front-line services, reported as evidence the inspectors rely on',
  },
  {
    text: 'Social services staff learnt of the network changes only when their systems went down one Monday morning.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication failure shown by an incident, no abstract wording',
  },
  {
    text: 'IT account managers meet each directorate every month, and we found departmental staff well informed about the work in hand and when it will be done.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'strength: regular liaison praised through its effect',
  },
  {
    text: 'Relations between the technical team and service departments are strong; school bursars in particular value the way IT staff explain changes before they make them.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'strength: good relations between IT staff and front-line users',
  },

  // --- demand-capacity -------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and the queue of outstanding requests has grown in every quarter this year.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog of demand exceeding capacity',
  },
  {
    text: 'The IT unit takes on every request it receives and, with no way of ranking them, finishes few.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'An agreed method for ranking requests means the IT unit now delivers what it promises, and 96 per cent of calls are resolved within the agreed service levels.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'strength: prioritisation and service levels met',
  },
  {
    text: 'There are no service level agreements, so users do not know what response to expect and the help desk has no basis for managing their expectations.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'missing service levels as a demand-management weakness',
  },

  // --- user-training ---------------------------------------------------------
  {
    text: 'Staff are handed new software with nothing more than a leaflet, and many rely on colleagues to show them how it works.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training, described concretely',
  },
  {
    text: 'No-one has assessed what IT skills staff need, and places on courses go to whoever books first rather than to those who need them most.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training not matched to need',
  },
  {
    text: 'The rolling programme of ECDL courses, which more than 600 staff have now completed, has given people real confidence in using their systems.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'strength: IT skills programme praised for its outcome',
  },
  {
    text: 'Help desk logs show that a third of all calls are simple "how do I" questions that basic training would have prevented.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training gap inferred from evidence rather than stated',
  },

  // --- culture-change --------------------------------------------------------
  {
    text: 'The council\'s management style remains cautious and hierarchical; even small decisions about systems go up three tiers for approval.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needing change',
  },
  {
    text: 'A culture of blame discourages staff from reporting problems with projects until they can no longer be hidden.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'organisational culture as a weakness',
  },
  {
    text: 'The authority has worked hard to move from command and control to a style in which staff are trusted to take decisions, and the change is visible on the ground.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'strength: culture change achieved and praised',
  },
  {
    text: 'Directorates guard their own systems jealously, and there is deep reluctance to share information or to work across departmental boundaries.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture, without the word "culture"',
  },

  // --- information-systems ---------------------------------------------------
  {
    text: 'The IT service does not record how long it takes to fix faults, so it cannot tell whether it is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance reports reach managers months late and in a form that few of them can use.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management information poor',
  },
  {
    text: 'A well-designed performance framework, reported monthly to the management team, lets managers spot problems early and act on them.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'strength: performance management praised',
  },
  {
    text: 'The council has no reliable figures for what its IT services cost, either in total or department by department.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing management information on cost',
  },

  // --- consultation ----------------------------------------------------------
  {
    text: 'Users were not asked what they wanted from the help desk before the review set new targets for it.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'The review made no real attempt to seek the views of the people who use the service, and the only survey it quotes dates from 1997.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'weak consultation in the 4Cs section',
  },
  {
    text: 'Consultation was thorough: focus groups with staff in every department and a survey of residents shaped the review\'s proposals.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'strength: consultation praised for shaping the outcome',
  },
  {
    text: 'Although the council holds a citizens\' panel, it has never used it to ask residents about the services it proposes to put online or into the contact centre.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness; mentions online services only as context, not as an e-government verdict',
  },

  // --- comparison ------------------------------------------------------------
  {
    text: 'The service does not compare its costs or performance with other councils, so it cannot know whether it offers value for money.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The review\'s comparison was limited to two neighbouring councils of very different size, and the figures it used were not like for like.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison described by its flaws',
  },
  {
    text: 'The service benchmarks itself rigorously through a national scheme for IT services and uses the results to set demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'strength: benchmarking praised',
  },
  {
    text: 'Staff we met had no idea how their response times measured up against those of similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'lack of comparison shown through staff knowledge',
  },

  // --- competition -----------------------------------------------------------
  {
    text: 'No part of the IT service has ever been market tested, and the review dismissed outsourcing in a single paragraph.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The review did not ask whether other providers, in the private sector or in partnership with neighbouring councils, could run the service better or more cheaply.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'alternatives (partnership, outsourcing) not considered',
  },
  {
    text: 'The partnership with a private-sector provider was let through a rigorous competition and is already delivering savings and a better service.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'strength: well-run procurement and partnership',
  },
  {
    text: 'The network contract has been rolled over three times without being re-tendered, so the council has no way of knowing whether it still gets a fair price.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement weakness; "fair" as ordinary word',
  },

  // --- e-government ----------------------------------------------------------
  {
    text: 'The council is well behind on its 2005 target: fewer than a fifth of its services can yet be dealt with electronically.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the e-government target',
  },
  {
    text: 'The website is little more than an online leaflet; residents cannot pay for, book or report anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access described concretely',
  },
  {
    text: 'The council\'s website is among the best we have seen: residents can pay their council tax, report a pothole or book a sports hall online at any hour.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'strength: electronic service delivery praised',
  },
  {
    text: 'Callers to the new contact centre are still passed from one department to another because the staff there cannot see the back-office systems.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'customer access weakness without the words "electronic" or "web"',
  },

  // --- two themes in one sentence -------------------------------------------
  {
    text: 'The IT strategy has no money attached to it and bears little relation to the council\'s corporate priorities.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: funding and alignment',
  },
  {
    text: 'Elected members and the corporate management team have championed the programme, and the council is on course to meet the 2005 electronic delivery target a year early.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'two strengths: leadership from the top and e-government progress',
  },
  {
    text: 'Training is offered only after systems go live, and we found that IT rarely tells front-line staff what is changing or why.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'two weaknesses: training timing and IT-to-front-line communication',
  },
  {
    text: 'The review neither compared the service\'s costs with those of other councils nor tested whether anyone else could provide it.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'two 4Cs weaknesses in one "neither ... nor" sentence',
  },
  {
    text: 'Users were closely involved in setting the new service standards, and the help desk now meets them month after month.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'two strengths: user consultation and service levels met',
  },
  {
    text: 'Managers lack reliable performance figures and, perhaps as a result, tolerate under-performance that would not be accepted elsewhere.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'two weaknesses: performance information and management culture',
  },
  {
    text: 'Because senior managers have only a hazy idea of what technology could do, IT is seldom considered when services are redesigned, and directors do not push for it.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'two weaknesses: understanding of IT and lack of senior drive',
  },

  // --- no theme: description, aims, self-assessment, quoted views, context ---
  {
    text: 'The help desk is staffed by six officers and is open from 8am to 6pm on weekdays.',
    expect: [],
    why: 'neutral description of capacity with no judgement',
  },
  {
    text: 'The council\'s aim is to be a top-quartile ICT service by 2004.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim, which sounds like comparison but is not a judgement',
  },
  {
    text: 'In its self-assessment, the council described communication between IT and departments as "excellent".',
    expect: [],
    why: 'self-assessment claim about communication, not the inspectors\' view',
  },
  {
    text: 'Wyebridge is a largely rural district of 96,000 people in the north of the county.',
    section: 'Context',
    expect: [],
    why: 'context',
  },
  {
    text: 'The IT manager told us: "The investment we need is coming next year."',
    expect: [],
    why: 'quoted view of a manager about investment',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and November 2001.',
    expect: [],
    why: 'neutral fact about the review',
  },
  {
    text: 'The service has an annual budget of £1.9 million and employs 34 staff.',
    section: 'Context',
    expect: [],
    why: 'neutral figures on budget; no view on adequacy of investment',
  },
  {
    text: 'Best Value requires authorities to challenge why a service is provided, compare its performance with others, consult those who use it and use competition to secure improvement.',
    expect: [],
    why: 'definition of the 4Cs, naming comparison, consultation and competition without judging anything',
  },
  {
    text: 'The council\'s e-government statement sets out how it plans to deliver services electronically by 2005.',
    expect: [],
    why: 'description of an e-government document, no polarity',
  },
  {
    text: 'Recommendation 4 is repeated in Appendix 2 for ease of reference.',
    expect: [],
    why: 'report housekeeping',
  },
  {
    text: 'The head of ICT said she believes the department is "as good as any in the region".',
    expect: [],
    why: 'quoted view that sounds like comparison',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service following an inspection in June 2003.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The review team proposes to consult users again next spring.',
    section: 'Will the service improve? > Improvement plan',
    expect: [],
    why: 'a plan to consult, not a judgement of consultation',
  },
  {
    text: 'The council intends to market test the desktop support function during 2003.',
    expect: [],
    why: 'an intention about competition, not a judgement',
  },
  {
    text: 'The ICT strategy, approved by cabinet in March, covers the period 2002 to 2005.',
    expect: [],
    why: 'neutral description of the strategy',
  },
  {
    text: 'The IT unit\'s business plan says that staff will be trained on every new system before it goes live.',
    expect: [],
    why: 'council plan about training, not a finding',
  },
];
