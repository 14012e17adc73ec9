/** Held-out theme set 46, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases46: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities for community safety, regeneration or schools.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'There is no clear line of sight between what the authority says it wants to achieve and where its technology budget is actually spent.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'spending not linked to corporate objectives, in non-codebook words',
  },
  {
    text: 'A real strength is that every ICT project can be traced back to one of the five objectives in the community plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between projects and corporate objectives',
  },
  {
    text: 'Proposals for new systems are tested against the council\'s corporate aims before they reach cabinet, and we found this works well.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praised mechanism aligning IT decisions with strategic aims',
  },

  // ── leadership ──
  {
    text: 'Elected members have taken little interest in ICT; the strategy has not been discussed at cabinet since it was adopted in 1999.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning or driving IT',
  },
  {
    text: 'No chief officer speaks for ICT at the corporate management team, and the IT manager sits three tiers below the chief executive.',
    section: 'Will the service improve?',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior champion for IT',
  },
  {
    text: 'The chief executive personally chairs the ICT steering board and has left directors in no doubt that ICT is a corporate priority – this is a clear strength.',
    section: 'Will the service improve? > Leadership',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised lead from the top',
  },
  {
    text: 'Strong and visible backing from the leader and the cabinet member for resources has given ICT a profile it never had before.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised member leadership',
  },

  // ── investment ──
  {
    text: 'Years of under-spending have left the council with a network close to collapse and desktop machines that cannot run current software.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no rolling budget for replacing equipment, so PCs are renewed only when they break down.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for hardware replacement',
  },
  {
    text: 'The council has committed £3.5 million over four years to ICT, a welcome and realistic response to past neglect.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors welcome the funding commitment',
  },
  {
    text: 'Spending on technology is now properly planned, through a costed capital programme that we regard as sound.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'budgets for IT praised as sound',
  },

  // ── understanding-of-it ──
  {
    text: 'Many senior managers still see ICT as a cost to be kept down rather than as a way of changing how their services are delivered.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity of IT',
  },
  {
    text: 'Departments have little idea of what technology could do for their customers, and almost all their requests to the IT unit are for like-for-like replacements.',
    section: 'How good is the service? > Meeting user needs',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited appreciation of the power of IT',
  },
  {
    text: 'The service directors we met were impressively well informed about how new technology could reshape their services, and several had already redesigned their processes around it.',
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised understanding of what IT offers',
  },
  {
    text: 'Across the authority there is a striking appreciation of how ICT can transform the way the council deals with residents, which we see as a major strength.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT opportunity, praised',
  },

  // ── communication ──
  {
    text: 'Staff in social services told us they hear about changes to their systems only when the changes go live.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT staff not communicating with front-line service',
  },
  {
    text: 'The IT team and the departments talk past each other, and there is no forum in which they meet regularly.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between technical staff and departments',
  },
  {
    text: 'Monthly liaison meetings between IT account managers and each directorate keep both sides well informed, and users spoke highly of them.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective, praised liaison between IT and departments',
  },
  {
    text: 'We saw good evidence of technical staff and service managers working side by side, and departments praised the IT unit for keeping them in the picture.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised communication between IT and the front line',
  },

  // ── demand-capacity ──
  {
    text: 'Departments wait months for new PCs, and more than 200 requests for changes to systems are waiting to be dealt with.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog; demand exceeds capacity',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the loudest voice tends to win.',
    section: 'How good is the service? > Managing demand',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of user demands',
  },
  {
    text: 'A clear process for ranking projects, agreed by chief officers, directs the unit\'s limited staff to the most important work, and it works well.',
    section: 'How good is the service? > Managing demand',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praised prioritisation balancing demand with capacity',
  },
  {
    text: 'Service level agreements are in place with every directorate and are consistently met, with 95 per cent of faults fixed within target – a good performance.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },

  // ── user-training ──
  {
    text: 'Staff have been given new software with little or no instruction, and many use only a fraction of what it can do.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Nobody has assessed what computer skills staff need, and training budgets are the first to go when money is tight.',
    section: 'Will the service improve?',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no skills analysis, training cut',
  },
  {
    text: 'The training programme is well regarded: more than 900 staff have gained the European Computer Driving Licence, and users told us the courses were relevant to their jobs.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'The council makes good use of floor-walkers and short workshops to help staff get the most out of new systems.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'good provision of user support and skills',
  },

  // ── culture-change ──
  {
    text: 'The management style remains hierarchical and cautious, and staff are reluctant to make any decision without referring it upwards.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change',
  },
  {
    text: 'Each directorate guards its own systems and data, and this departmental outlook is holding back joined-up working.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'The council has made real progress in moving away from a command-and-control style to one that encourages staff to suggest and try out new ideas.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised change of culture and management style',
  },
  {
    text: 'We found an open, self-critical culture in the IT service, in which mistakes are discussed and learned from rather than hidden.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised culture',
  },

  // ── information-systems ──
  {
    text: 'The IT unit collects little information about its own performance, and what it does collect is not used to manage the service.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information',
  },
  {
    text: 'Managers could not tell us how long faults take to fix or what the service costs per user, because the help desk system does not record it.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'management information missing',
  },
  {
    text: 'Performance is closely monitored: monthly reports on fault repair, system availability and user satisfaction go to the management team and are acted on.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management',
  },
  {
    text: 'The council\'s performance management framework is robust, with clear targets running from the corporate plan down to individual appraisals.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'robust performance management praised',
  },

  // ── consultation ──
  {
    text: 'Users were not asked for their views during the review, and nobody has surveyed the residents who contact the council electronically.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users and citizens not consulted',
  },
  {
    text: 'The review team talked only to IT staff; front-line users and the public had no say in shaping the options.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation too narrow',
  },
  {
    text: 'Consultation was thorough: the review drew on a survey of 1,400 staff, resident focus groups and the citizens\' panel, and the results visibly shaped the plan.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised consultation',
  },
  {
    text: 'The service listens well to its users, and we saw several changes to the help desk made in direct response to their comments.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'acting on user views, praised',
  },

  // ── comparison ──
  {
    text: 'The review made no real attempt to compare the cost or performance of the IT service with those of other councils.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Benchmarking has been limited to a single comparison of help desk costs, which the council has not used to set targets.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison with others',
  },
  {
    text: 'The council makes good use of its benchmarking club, comparing costs and fault-repair times with a family of similar authorities.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praised benchmarking',
  },
  {
    text: 'Robust comparisons with the best-performing councils and with private-sector providers underpinned the review\'s conclusions.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'strong comparison praised as robust',
  },

  // ── competition ──
  {
    text: 'The option of buying in all or part of the service from an outside provider was dismissed without proper analysis.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware and software are let without any competition, so the council cannot show it gets value for money from its suppliers.',
    section: 'How good is the service? > Value for money',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement without competition',
  },
  {
    text: 'The review tested the market rigorously, inviting bids from private companies and a neighbouring authority before deciding, on the evidence, to keep the service in-house.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised market testing',
  },
  {
    text: 'The partnership with a private contractor has been well managed and is delivering savings of £400,000 a year.',
    section: 'How good is the service? > Value for money',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised partnership / outsourcing',
  },

  // ── e-government ──
  {
    text: 'Only 12 per cent of the council\'s services can be used electronically at present, and the authority is not on course to meet the 2005 target.',
    section: 'How good is the service? > e-government',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind the e-government target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot report a fault, make a payment or book anything online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'Residents can now pay council tax, report missed bins and apply for planning permission online, and the council is well placed to meet the 2005 target.',
    section: 'How good is the service? > e-government',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'The new contact centre, backed by a single customer database, gives residents a good, joined-up service whether they phone, call in or use the web.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access across channels praised',
  },

  // ── two themes ──
  {
    text: 'With no agreed way of ranking requests and a help desk system that records nothing about response times, the IT unit cannot show whether it is keeping up with demand.',
    section: 'How good is the service? > Managing demand',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no prioritisation plus no performance information',
  },
  {
    text: 'The chief executive has championed the e-government programme, which has put 60 per cent of services online two years ahead of target.',
    section: 'Will the service improve? > Leadership',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'lead from the top and electronic service delivery both praised',
  },
  {
    text: 'Members have never approved a budget for the ICT strategy, which therefore remains unfunded.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'members not owning IT and no funding',
  },
  {
    text: 'Users were not consulted about the new housing system and were given no training before it went live.',
    section: 'How good is the service? > Users\' views',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'no consultation and no user training',
  },
  {
    text: 'The review compared the service thoroughly with other councils and put it to a proper market test, both of which we regard as strengths.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'compare and compete both praised',
  },
  {
    text: 'Weak links between IT staff and the departments are made worse by a culture in which each directorate jealously guards its own systems.',
    section: 'How good is the service?',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'communication gap and silo culture',
  },
  {
    text: 'The ICT strategy is well aligned with the council\'s corporate priorities, but the council has not found the money to deliver it.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'mixed polarity: alignment praised, funding lacking',
  },

  // ── no theme ──
  {
    text: 'The help desk has six staff and handles about 1,200 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description of capacity, no judgement',
  },
  {
    text: 'The council aims to become an excellent authority by 2005 and to make all its services available electronically.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim, not an inspector finding',
  },
  {
    text: 'Hillingbrook is a unitary authority serving a population of 240,000 in a largely rural area.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT budget for 2001/02 is £4.2 million, of which £1.1 million is capital.',
    section: 'Context',
    expect: [],
    why: 'budget figure stated without any judgement',
  },
  {
    text: 'The council believes that its ICT strategy is closely aligned with its corporate objectives.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review of ICT was carried out between January and October 2001 by a team of six officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'procedural description',
  },
  {
    text: 'This report is one of a series of inspections of council services carried out by the Audit Commission.',
    section: 'Introduction',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The IT section forms part of the Resources Directorate and reports to the director of finance.',
    section: 'Context',
    expect: [],
    why: 'organisational fact with no judgement of leadership',
  },
  {
    text: 'According to the council\'s self-assessment, all users receive appropriate training on new systems.',
    section: 'How good is the service?',
    expect: [],
    why: 'the council\'s own claim, not verified or praised by inspectors',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'Inspectors spent five days on site in March 2002 and visited eight of the council\'s service points.',
    section: 'Introduction > How we inspected',
    expect: [],
    why: 'description of the inspection',
  },
  {
    text: 'The improvement plan contains 34 actions, to be completed by March 2004.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'neutral description of the plan',
  },
  {
    text: 'The council operates around 2,600 PCs across 45 sites, linked by a wide area network.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The review team plans to survey residents about the council\'s website next year.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'a stated intention, neither praised nor criticised',
  },
];
