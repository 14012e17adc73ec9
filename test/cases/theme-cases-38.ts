/** Held-out theme set 38, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases38: ThemeCase[] = [
  // --- strategic-alignment ---
  {
    text: 'The ICT strategy was written within the IT section and makes no reference to the council\'s corporate priorities or its community plan.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'We could find no clear line of sight between what the council says it wants to achieve for regeneration and the projects on the IT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'work programme not linked to corporate aims, in other words',
  },
  {
    text: 'Each objective in the IT strategy is traced back to one of the council\'s five corporate priorities, and this tight fit is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise alignment of IT strategy with corporate priorities',
  },
  {
    text: 'Projects are chosen according to how far they help deliver the community plan, and we saw this principle applied consistently and well.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praised link between project selection and strategic aims, without the word strategy',
  },

  // --- leadership ---
  {
    text: 'Members show little interest in ICT, and the cabinet has not discussed the strategy since it was adopted in 1999.',
    section: 'Will the service improve? > Leadership',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No chief officer champions ICT at management team, and the head of IT reports three tiers below the chief executive.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally chairs the information board and has made it plain to every director that ICT is a corporate priority; this visible lead from the top is a significant strength.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise for chief executive driving IT',
  },
  {
    text: 'The lead member for resources is well informed and drives the modernisation programme with energy, and we found strong support for it among councillors of all parties.',
    section: 'Will the service improve?',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise for member leadership of the programme',
  },

  // --- investment ---
  {
    text: 'Years of under-spending have left the council with an ageing network, and many PCs in the area offices are more than six years old.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment, so upgrades are paid for ad hoc from whatever underspends departments happen to have at the year end.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no proper funding for IT replacement',
  },
  {
    text: 'The council has backed its strategy with money: a ring-fenced fund of £3.2 million over three years, which we regard as a clear strength.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praised funding commitment',
  },
  {
    text: 'Resourcing for ICT is now on a sound footing, with a rolling replacement programme funded from the base budget - a welcome change that we commend.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors commend funding arrangements',
  },

  // --- understanding-of-it ---
  {
    text: 'Many senior managers still see computers as office equipment rather than as a means of changing the way services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the opportunity offered by IT',
  },
  {
    text: 'Outside the IT section there is little appreciation of what technology could do for front-line services; departments mostly ask for faster versions of the systems they already have.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the potential of IT',
  },
  {
    text: 'The directors we met understood well how ICT could transform their services, and several gave us convincing examples of processes redesigned around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for understanding of the power of IT',
  },
  {
    text: 'A strength is the widespread recognition across the authority that technology is a tool for improving services rather than an administrative overhead.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT potential praised',
  },

  // --- communication ---
  {
    text: 'Front-line managers rarely hear from the IT section and usually learn of network changes only when their systems stop working.',
    section: 'How good is the service? > Users',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Departments told us that technical staff speak a language they do not understand, and there is no regular forum where the two sides meet.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'gap between technical staff and departments',
  },
  {
    text: 'Communication between the IT unit and service departments is good: each department has a named liaison officer who attends its management meetings.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors judge liaison good',
  },
  {
    text: 'We saw effective two-way working between technical staff and housing managers on the new lettings system, with changes explained well in advance.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praise for IT-to-service communication',
  },

  // --- demand-capacity ---
  {
    text: 'Departments wait months for new PCs, and there is no agreed way of deciding which requests should be dealt with first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity, no prioritisation',
  },
  {
    text: 'The help desk cannot keep pace with the volume of calls, and a backlog of more than 400 jobs had built up by the time of our visit.',
    section: 'How good is the service? > Help desk',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog, capacity shortfall',
  },
  {
    text: 'A clear prioritisation process, agreed with chief officers, directs the limited development resource to the work that matters most, and it works well.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praised balancing of demand against capacity',
  },
  {
    text: 'Service level agreements are in place with every department and are consistently met, which is a good achievement for a team of this size.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },

  // --- user-training ---
  {
    text: 'Staff have been given new software with no training at all, and many depend on colleagues to show them how to use it.',
    section: 'How good is the service? > Users',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training',
  },
  {
    text: 'Nobody has assessed the IT skills of the workforce, and there is no programme to develop them.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills neglected',
  },
  {
    text: 'The training programme is well designed and popular: more than 1,200 staff gained the European Computer Driving Licence last year.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praise for training',
  },
  {
    text: 'Users are well supported when new systems go live, with hands-on sessions and clear guides, and we consider this a strength.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praise for training at system introduction',
  },

  // --- culture-change ---
  {
    text: 'The management style remains cautious and hierarchical, and even minor decisions are referred upwards.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'A departmental culture persists in which each directorate guards its own systems and information, working against any corporate approach.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'We saw clear signs that the culture is changing: managers are encouraged to try new ways of working, and staff feel able to challenge established practice.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praise for cultural change',
  },
  {
    text: 'The authority has moved decisively away from its old command-and-control style, and staff at every level spoke positively to us about the new openness.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style changed, inspectors positive',
  },

  // --- information-systems ---
  {
    text: 'The IT section does not collect performance information in any systematic way, so managers cannot tell whether the service is getting better or worse.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance management is weak: the targets in the service plan are not monitored and nobody reports progress against them.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A robust performance management framework is in place, with monthly reports on a balanced set of indicators that managers actually use to take action.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised performance management',
  },
  {
    text: 'The new financial and personnel systems give managers accurate and timely information, and we found them well used across the council.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information systems praised',
  },

  // --- consultation ---
  {
    text: 'Users have not been asked what they think of the IT service since a single survey in 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'Consultation during the review was confined to a handful of IT staff; front-line users were not involved at all.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'narrow consultation',
  },
  {
    text: 'The review drew on thorough consultation, including a survey of all staff users, focus groups with departments and a citizens\' panel questionnaire, which we found to be a strength.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised consultation',
  },
  {
    text: 'User views are sought every quarter and have led to visible changes, such as a redesigned fault-reporting form - a good example of listening to customers.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation acted on, praised',
  },

  // --- comparison ---
  {
    text: 'The council has made little attempt to compare the cost or quality of its IT service with that of other authorities.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The review mentions benchmarking, but the comparisons were with two neighbouring councils of very different size and were not used to set targets.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'The service makes good use of a national benchmarking club, and its costs per user compare favourably with those of similar councils.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'The review compared help desk performance with private-sector providers and used the results to set stretching targets, which is good practice.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison used well',
  },

  // --- competition ---
  {
    text: 'The review did not seriously test whether anyone else could deliver the service better; outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Each department buys its own hardware from different suppliers, without competitive tendering or any corporate contract.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'poor procurement',
  },
  {
    text: 'A rigorous options appraisal, including soft market testing with five suppliers, came before the decision to form a strategic partnership, and we regard this as a strength.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing praised',
  },
  {
    text: 'The partnership with a private-sector provider is well managed and has already cut the cost of printing and telephony through competitive procurement.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership and procurement praised',
  },

  // --- e-government ---
  {
    text: 'Only a handful of services can be transacted on-line, and the council is not on course to meet the 2005 target for electronic service delivery.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on e-government targets',
  },
  {
    text: 'The website is little more than an electronic directory: residents cannot report a fault or make a payment through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'Progress on electronic government is impressive: 60 per cent of interactions are already e-enabled, and residents can pay council tax and book leisure facilities on-line.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praised e-government progress',
  },
  {
    text: 'The new contact centre and web portal give residents good access to services out of hours, and we consider this a real strength.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised',
  },

  // --- two themes ---
  {
    text: 'The review team did not ask residents or local businesses how they would like to deal with the council electronically.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'failure to consult citizens about electronic service delivery',
  },
  {
    text: 'Members have played no part in setting the ICT strategy, which as a result sits apart from the council\'s corporate priorities.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'no member ownership and no alignment with corporate aims',
  },
  {
    text: 'A shortage of money for new equipment means the section cannot meet departments\' requests, and the queue for replacement PCs now stretches to nine months.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'under-funding causing a demand backlog',
  },
  {
    text: 'We were impressed by the way the IT section keeps departments informed through regular briefings with their managers, and by its training courses, which are tailored to each service.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'user-training', polarity: 'strength' },
    ],
    why: 'praise for IT-department communication and user training',
  },
  {
    text: 'The review neither benchmarked the service against other councils nor tested its competitiveness in the market.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'Because the help desk records nothing about call volumes or fix times, managers cannot see where the backlog is building up.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'no performance data and an unmanaged backlog',
  },
  {
    text: 'Under the new chief executive the council has shed its cautious, blame-laden culture, and directors now lead change visibly - a marked and welcome improvement.',
    expect: [
      { theme: 'culture-change', polarity: 'strength' },
      { theme: 'leadership', polarity: 'strength' },
    ],
    why: 'praised culture change and senior leadership',
  },
  {
    text: 'While the website is among the best we have seen, staff in the contact centre have not been trained to use the new customer system.',
    expect: [
      { theme: 'e-government', polarity: 'strength' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'mixed polarity: web access praised, training lacking',
  },

  // --- no theme ---
  {
    text: 'The help desk has six staff and is open from 8.30 am to 5.00 pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'council aim quoted as an aim',
  },
  {
    text: 'Tedmarsh is a largely rural district with a population of about 105,000.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT section supports some 1,400 PCs across 23 sites.',
    section: 'Context > The service',
    expect: [],
    why: 'neutral description of scale',
  },
  {
    text: 'The council\'s self-assessment claims that its ICT strategy is fully aligned with corporate priorities.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review of ICT ran from April to November 2000 and was carried out by a cross-departmental team.',
    section: 'Context > The Best Value review',
    expect: [],
    why: 'neutral account of the review',
  },
  {
    text: 'The IT section\'s revenue budget for 2001/02 is £2.1 million.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, neither criticised nor praised',
  },
  {
    text: 'This report sets out our findings and recommendations.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The improvement plan states that the council intends to deliver all of its services electronically by December 2005.',
    expect: [],
    why: 'council intention quoted, no inspector judgement',
  },
  {
    text: 'Inspectors spent five days on site in March 2001 and interviewed councillors, staff and partners.',
    section: 'Appendix 1 > How we carried out the inspection',
    expect: [],
    why: 'method description',
  },
  {
    text: 'The head of ICT reports to the director of corporate services.',
    section: 'Context > The service',
    expect: [],
    why: 'structural description',
  },
  {
    text: 'The IT manager told us he believes the section offers the best value in the county.',
    expect: [],
    why: 'a manager\'s own claim, not the inspectors\' view',
  },
  {
    text: 'Most of the service is provided in-house, with a small number of specialist functions contracted out.',
    section: 'Context > The service',
    expect: [],
    why: 'neutral description of delivery arrangements',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed.',
    expect: [],
    why: 'boilerplate',
  },
];
