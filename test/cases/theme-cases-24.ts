/** Held-out theme set 24, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases24: ThemeCase[] = [
  // strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy detached from corporate aims',
  },
  {
    text: 'There is no clear link between what the IT unit spends its time on and what the authority says matters most to local people.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work not connected to the authority\'s priorities, without using the word strategy',
  },
  {
    text: '• Systems bought department by department to meet local needs, with no council-wide plan',
    section: 'Summary > Areas for improvement',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'bullet: piecemeal buying with no corporate direction',
  },
  {
    text: 'The ICT strategy is firmly rooted in the community plan, and every project in the work programme can be traced back to one of the council\'s corporate objectives.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between ICT strategy and corporate aims',
  },
  {
    text: 'We found a clear line of sight from the council\'s priorities to the IT work programme, which is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'explicit praise for alignment in other words',
  },

  // leadership
  {
    text: 'Members show little interest in the ICT strategy, and the executive has not discussed it for over two years.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'The chief executive\'s management team rarely talks about IT, leaving the head of IT to set the direction on his own.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'No senior officer or councillor has taken ownership of the modernisation programme.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of senior ownership',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board, and executive members champion the strategy in their portfolios.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top described approvingly',
  },
  {
    text: 'Strong and visible leadership from the deputy leader has given ICT a high profile across the council.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member leadership praised',
  },

  // investment
  {
    text: 'Years of under-spending have left the council with an ageing network and PCs that cannot run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment, and the revenue budget has been cut in each of the last three years.',
    section: 'How good is the service? > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'insufficient funding for IT',
  },
  {
    text: 'The council has set aside £3.2 million over three years for ICT renewal, a substantial and welcome commitment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding commitment praised by inspectors',
  },
  {
    text: 'A rolling replacement programme, funded from a dedicated reserve, means that no PC is more than four years old - this is good practice.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'sustained funding arrangement called good practice',
  },

  // understanding-of-it
  {
    text: 'Many managers see IT as a cost to be kept down rather than as a way of changing how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Outside the IT section there is limited appreciation of what technology could do for the council\'s customers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT',
  },
  {
    text: 'The service managers we met understood well how technology could transform their services and were keen to exploit it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of IT\'s potential praised',
  },
  {
    text: 'There is a mature understanding across the council of the part ICT can play in reshaping services, and it is not confined to the IT team.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide appreciation of IT as a strength',
  },

  // communication
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and service providers',
  },
  {
    text: 'Departments told us they do not know whom to contact in IT about a new requirement, and that e-mails often go unanswered.',
    section: 'How good is the service? > What users told us',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no channel between departments and technical staff',
  },
  {
    text: 'Account managers from the IT unit meet each department every month, and service staff told us they feel well informed.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good liaison between IT and departments',
  },
  {
    text: 'Regular contact between technical staff and the people who deliver front-line services means that problems are picked up early.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective communication praised',
  },

  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 outstanding requests.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity; backlog',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the department that shouts loudest usually gets its way.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'Help desk calls\t- target: 90% resolved in 2 days\t- actual: 54%',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'table row showing service levels badly missed',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, means the IT unit takes on only the work it can deliver.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand balanced with capacity',
  },
  {
    text: 'Service level agreements are in place with every department, and the response targets in them are routinely met.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and achieved',
  },

  // user-training
  {
    text: 'Staff were given the new software with no training, and many use only a fraction of what it can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training',
  },
  {
    text: 'Nobody has assessed users\' IT skills, and courses are arranged only when a manager happens to ask for one.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'ad hoc, unplanned training',
  },
  {
    text: 'The council should put in place a programme of training for all staff who use the new financial system.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'recommendation implies training is an area for improvement',
  },
  {
    text: 'The rolling programme of IT courses, including the European Computer Driving Licence, is well used and highly regarded by staff.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training provision praised',
  },
  {
    text: 'Every new starter receives an IT induction, and the follow-up support from the training team is effective.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'skills provision effective',
  },

  // culture-change
  {
    text: 'The council remains hierarchical and cautious, and staff are reluctant to take decisions without referring them upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'A "them and us" attitude between departments persists and works against any attempt to share systems.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'departmental culture a barrier',
  },
  {
    text: 'There has been a marked shift over the past year towards a more open and customer-focused style of management.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive change in management style',
  },
  {
    text: 'Managers are now encouraged to try new approaches and to learn from mistakes, a welcome change from the blame culture described to us by longer-serving staff.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change praised',
  },

  // information-systems
  {
    text: 'Information on help desk performance is collected but is not analysed or reported to anyone.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance information not used',
  },
  {
    text: 'The council could not tell us how many calls are resolved at first contact, because no such figures are kept.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'absence of performance data',
  },
  {
    text: 'There is no performance management framework for ICT: targets are not set and progress is not monitored.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance management',
  },
  {
    text: 'Robust performance management arrangements are in place, with clear targets and monthly reports to the management team.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'The call-logging system produces accurate and timely information, which managers use well to plan the team\'s work.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information used well',
  },

  // consultation
  {
    text: 'Users were not asked for their views during the review, and no customer survey has been carried out since 1998.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'The review team consulted only the IT section\'s own staff, not the departments it serves or the public.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'narrow consultation',
  },
  {
    text: 'The review made extensive use of focus groups and a survey of all 1,900 users, and changes have clearly been made in response to what it heard.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation acted on',
  },
  {
    text: 'The citizens\' panel was consulted on the design of the new website, and many of its suggestions have been taken up - a good example of involving residents.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'citizen consultation praised',
  },

  // comparison
  {
    text: 'The council has made little attempt to compare the cost or quality of its IT service with those of other councils.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Comparisons in the review were limited to one neighbouring district and did not look at unit costs at all.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'The service is an active member of a regional benchmarking club and uses the results to set itself demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used well',
  },
  {
    text: 'The review compared costs and performance thoroughly with similar councils and with private-sector providers.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'thorough comparison praised',
  },

  // competition
  {
    text: 'The option of buying the service from an external provider was dismissed without any serious examination.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware maintenance contracts have been rolled forward for years without ever being tested in the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement not competitive',
  },
  {
    text: 'The council tested the market rigorously and has negotiated a partnership that gives better value than keeping the service in-house.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'Procurement is well managed, with competitive tenders sought for every significant purchase.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'good competitive procurement',
  },

  // e-government
  {
    text: 'The council is well behind schedule on its target to make all its services available electronically by 2005.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: '2005 e-government target at risk',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for, book or apply for anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web and customer access',
  },
  {
    text: 'Residents can now report faults, pay council tax and book leisure activities through the website, and take-up is impressive.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'Good progress has been made against the council\'s Implementing Electronic Government statement, and the plan for the remaining services is realistic.',
    section: 'Will the service improve? > E-government',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'progress on e-government targets praised',
  },

  // two themes
  {
    text: 'Members have never formally approved the IT strategy, and nobody at a senior level has checked that it reflects the council\'s priorities.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'lack of senior ownership plus strategy not aligned with priorities',
  },
  {
    text: 'With no budget for training, staff skills have fallen well behind the systems they are expected to use.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'funding gap causing a training gap',
  },
  {
    text: 'Because the review neither benchmarked its costs nor tested the market, it could not show that the service offers value for money.',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'The new contact centre, designed after extensive consultation with residents, has greatly improved access by telephone and online.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'consultation and improved electronic access both praised',
  },
  {
    text: 'Heads of service now meet the IT manager monthly, and an agreed priority list has cut the backlog of requests sharply.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'regular liaison plus prioritisation reducing backlog',
  },
  {
    text: 'The chief executive\'s personal commitment has been matched by a significant rise in the ICT budget, and both are paying off.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'top-level leadership and funding both praised',
  },
  {
    text: 'Benchmarking against other councils is thorough; however, the service has no system for recording or reporting its own performance.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'mixed polarity: comparison praised, performance information lacking',
  },

  // no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'a council aim quoted as an aim',
  },
  {
    text: 'The IT section\'s budget for 2001/02 is £2.4 million, of which £0.6 million is capital.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, with no judgement of its adequacy',
  },
  {
    text: 'The district has a population of around 98,000, and the council employs some 1,200 staff.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council says that its ICT strategy is closely aligned with the corporate plan.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' finding',
  },
  {
    text: 'The Best Value review of ICT was carried out between March and November 2000.',
    expect: [],
    why: 'neutral history of the review',
  },
  {
    text: 'In its self-assessment the council describes its consultation with users as thorough and wide-ranging.',
    expect: [],
    why: 'self-assessment claim, not inspectors\' praise',
  },
  {
    text: 'The IT unit supports around 850 PCs on 22 sites.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council\'s target is to have all key services available online by December 2005.',
    expect: [],
    why: 'target stated as an aim, with no judgement of progress',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The inspection team interviewed officers and members and carried out reality checks in four departments.',
    section: 'Appendix 2 > How we carried out the inspection',
    expect: [],
    why: 'method description',
  },
  {
    text: 'The head of ICT reports to the director of resources and manages a team of 27.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'The council plans to introduce a new training programme for all staff next year.',
    expect: [],
    why: 'a stated plan, neither praised nor criticised',
  },
  {
    text: 'Section 4 of this report sets out the council\'s improvement plan in detail.',
    expect: [],
    why: 'signposting',
  },
];
