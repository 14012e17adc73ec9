/** Held-out theme set 42, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases42: ThemeCase[] = [
  // ───────── strategic-alignment ─────────
  {
    text: 'The ICT strategy was written within the IT unit and makes no reference to the council\'s corporate priorities of community safety, regeneration and lifelong learning.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims, without the word "align".',
  },
  {
    text: 'Departmental IT projects are approved one at a time, with no test of whether they help to deliver the community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'projects not tied to the authority\'s strategic plan.',
  },
  {
    text: 'The ICT strategy flows directly from the corporate plan, and each project in the programme is tied to one of the council\'s six priorities; this is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between ICT strategy and corporate priorities.',
  },
  {
    text: 'We found a clear and well-understood line of sight from the council\'s strategic objectives to the ICT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: '"line of sight" from corporate objectives to ICT work, in the inspectors\' voice.',
  },

  // ───────── leadership ─────────
  {
    text: 'Members show little interest in ICT; the subject has not been discussed at cabinet in the past two years.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning ICT.',
  },
  {
    text: 'No chief officer owns the ICT agenda, and the corporate management team has left it entirely to the head of IT.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers.',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has driven the modernisation programme forward with evident commitment.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top, praised.',
  },
  {
    text: 'Strong backing from the leader of the council and the cabinet member for resources has given ICT a high profile across the authority, and this is to the council\'s credit.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'political leadership of ICT, praised.',
  },

  // ───────── investment ─────────
  {
    text: 'Years of under-spending have left the council with a network that is close to the end of its life and servers that the manufacturer no longer supports.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment described through its effects.',
  },
  {
    text: 'There is no capital budget for replacing PCs, so equipment is replaced only when it breaks.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT equipment.',
  },
  {
    text: 'The council has committed £3.2 million over three years to a well-costed ICT investment programme, a significant and welcome increase.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised as welcome and well-costed.',
  },
  {
    text: 'Funding for ICT is now set through a rolling five-year replacement budget, which we consider sound and realistic.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'budget arrangements praised by inspectors.',
  },

  // ───────── understanding-of-it ─────────
  {
    text: 'Many senior managers see ICT as a cost to be contained rather than as a means of changing the way services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited grasp of the opportunity ICT offers.',
  },
  {
    text: 'Outside the IT section there is little appreciation of what technology could do for front-line services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not understand the power of IT.',
  },
  {
    text: 'Directors we interviewed showed a good grasp of how technology can transform their services, and several could point to concrete examples.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of IT\'s potential, praised.',
  },
  {
    text: 'Across the authority there is a strong awareness of the opportunities that ICT offers, and departments are quick to see how new systems could help their customers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of ICT opportunity.',
  },

  // ───────── communication ─────────
  {
    text: 'Front-line managers told us they rarely hear from the IT section until a system is about to go live.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line managers.',
  },
  {
    text: 'Social services staff did not know that their client system was to be replaced, because IT staff had not explained the timetable to them.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT not communicating with a department.',
  },
  {
    text: 'Monthly liaison meetings between IT account managers and each department keep front-line staff well informed, and users spoke highly of them.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good two-way contact between IT and departments.',
  },
  {
    text: 'The IT unit\'s regular newsletter and its named contacts in every directorate provide an effective two-way channel, which we commend.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors commend IT-department communication.',
  },
  {
    text: 'There are excellent working relationships between the technical staff and the service departments they support.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: '"excellent working relationships" here is praise of IT-department contact, not a grade.',
  },

  // ───────── demand-capacity ─────────
  {
    text: 'Departments wait up to four months for new PCs to be installed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeds the capacity to deliver.',
  },
  {
    text: 'There is a backlog of more than 140 development requests and no agreed way of deciding which should be done first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation.',
  },
  {
    text: 'A priorities panel now weighs competing requests for IT work openly, and the backlog has fallen by two thirds in a year.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation and reduced backlog.',
  },
  {
    text: 'Service level agreements are in place with every department and the help desk consistently meets them, fixing 92% of faults within the agreed times.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and met.',
  },

  // ───────── user-training ─────────
  {
    text: 'Staff are given new software with little or no training, and many rely on colleagues to show them how to use it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training.',
  },
  {
    text: 'There is no analysis of staff IT skills, and the council\'s ICT training programme has lapsed.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no skills analysis; training lapsed.',
  },
  {
    text: 'The rolling programme of IT courses, backed by e-learning packages on the intranet, is well used and well regarded by staff.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training provision praised.',
  },
  {
    text: 'Every new starter receives a half-day induction on the council\'s systems, and over 300 staff have gained the European Computer Driving Licence; this is good practice.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme called good practice.',
  },
  {
    text: 'The council should carry out a training needs analysis and give all staff the IT skills they need to use the new systems.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'a recommendation implies an area for improvement.',
  },

  // ───────── culture-change ─────────
  {
    text: 'The IT section remains inward-looking and defensive, and its "them and us" attitude has changed little since the last review.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture that needs to change.',
  },
  {
    text: 'A command-and-control management style discourages staff from suggesting improvements or taking risks.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needing change.',
  },
  {
    text: 'The new head of ICT has created a more open, customer-focused culture within the section, and staff told us they now feel free to solve problems themselves.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, reported approvingly.',
  },
  {
    text: 'There has been a marked change in management style, with managers now trusting teams to make decisions, and this has energised the service.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style change praised.',
  },

  // ───────── information-systems ─────────
  {
    text: 'The service does not record how long faults take to fix, so it cannot tell whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information.',
  },
  {
    text: 'Performance indicators are reported to members only once a year and are not used to manage the service.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management.',
  },
  {
    text: 'A robust performance management framework links individual targets to the service plan, and managers review progress every month.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised as robust.',
  },
  {
    text: 'The help desk system produces accurate, timely data which managers use well to spot trends and deploy staff.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information, well used.',
  },

  // ───────── consultation ─────────
  {
    text: 'The review did not ask the people who use the service what they thought of it.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted, in plain words.',
  },
  {
    text: 'The council has not sought the views of schools, its largest group of IT customers, for over three years.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'customers not consulted.',
  },
  {
    text: 'The review team ran focus groups with front-line staff and surveyed all 1,800 PC users, and the findings clearly shaped the options it chose.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation that influenced decisions.',
  },
  {
    text: 'Users\' views are gathered systematically after every help desk call and the results are acted on – a real strength.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'customer feedback gathered and used; explicit praise.',
  },

  // ───────── comparison ─────────
  {
    text: 'The service has not compared its costs or performance with those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others.',
  },
  {
    text: 'Comparison in the review was limited to two neighbouring authorities and did not look at unit costs at all.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'shallow benchmarking.',
  },
  {
    text: 'The service makes good use of its benchmarking club and can show that its cost per workstation is among the lowest of the 40 councils taking part.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used well.',
  },
  {
    text: 'Thorough comparison with private-sector help desks has given managers a clear picture of where the service stands.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'thorough comparison praised.',
  },

  // ───────── competition ─────────
  {
    text: 'The review did not test whether other providers could deliver the service more economically.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested.',
  },
  {
    text: 'The desktop support contract was simply re-let to the existing supplier without any competitive tender.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement without competition.',
  },
  {
    text: 'The council ran a rigorous market-testing exercise and has formed a well-managed partnership with a private sector supplier that is already delivering savings.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised.',
  },
  {
    text: 'Procurement of the new network was handled well, through open competition and a clear evaluation of both cost and quality.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competitive procurement praised.',
  },

  // ───────── e-government ─────────
  {
    text: 'Only 18% of the council\'s services can be delivered electronically, against the government\'s target of 100% by 2005, and progress has stalled.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target.',
  },
  {
    text: 'The web site is little more than an electronic leaflet: residents cannot pay, book or report anything online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak electronic service delivery.',
  },
  {
    text: 'The council\'s web site is well designed and easy to use, and allows residents to pay council tax, report faults and book leisure facilities online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'online access praised.',
  },
  {
    text: 'Good progress has been made towards the 2005 target, with 62% of transactions already available electronically.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'progress on the e-government target, praised.',
  },

  // ───────── two themes ─────────
  {
    text: 'Because the ICT strategy is not linked to corporate priorities, members have not engaged with it and regard it as a technical document.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'strategy not aligned, and members not leading.',
  },
  {
    text: 'The welcome £2 million investment in new desktop equipment has not been matched by training, so many staff use only a fraction of the software.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'praised investment, weak training: opposite polarities in one sentence.',
  },
  {
    text: 'The help desk has no service standards and does not record resolution times, so it cannot manage the growing volume of calls.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no service levels (demand) and no performance data (information).',
  },
  {
    text: 'The review compared the service with five similar councils and then tested the market through an open tender, a thorough approach.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'compare and compete both praised.',
  },
  {
    text: 'Residents were consulted extensively on the design of the new web site, which now offers a good range of online transactions.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'citizen consultation and electronic service delivery, both praised.',
  },
  {
    text: 'IT staff and front-line managers rarely talk to each other, and the section\'s closed, defensive culture has done nothing to change this.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'communication gap plus a culture needing change.',
  },
  {
    text: 'Senior officers do not yet appreciate how ICT could reshape services, and the corporate management team gives the service little direction.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'weak understanding of ICT and weak lead from the top.',
  },
  {
    text: 'Strong political leadership has secured a step change in ICT funding, with capital spending doubled this year.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'members leading and funding increased, both praised.',
  },
  {
    text: '• Users have not been consulted about service levels, and requests for new work are dealt with first come, first served.',
    section: 'Areas for improvement',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'bullet listing two weaknesses: no consultation and no prioritisation.',
  },

  // ───────── no theme ─────────
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description.',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'a council aim, quoted as an aim.',
  },
  {
    text: 'The IT service supports about 2,100 PCs across 23 sites.',
    section: 'Context',
    expect: [],
    why: 'context fact.',
  },
  {
    text: 'The council\'s own review concluded that the service had made excellent progress since 1999.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise.',
  },
  {
    text: 'Brackmoor is a largely rural borough with a population of around 105,000.',
    section: 'Context',
    expect: [],
    why: 'context fact.',
  },
  {
    text: 'The ICT budget for 2002/03 is £4.1 million, of which £1.3 million is capital.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, without judgement.',
  },
  {
    text: 'The IT section is part of the Corporate Resources directorate and reports to the director of finance.',
    expect: [],
    why: 'organisational description.',
  },
  {
    text: 'The council\'s stated aim is "to use technology to bring services closer to the people of Eastwick".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'an aim quoted as an aim.',
  },
  {
    text: 'The inspection took place in September 2002 and involved interviews with 40 staff and members.',
    expect: [],
    why: 'description of the inspection.',
  },
  {
    text: 'Managers told us they believe the new strategy will transform the service.',
    expect: [],
    why: 'a manager\'s claim, not the inspectors\' finding.',
  },
  {
    text: 'The service plan states that all staff will receive IT training by March 2004.',
    expect: [],
    why: 'a plan\'s intention, neither praised nor criticised.',
  },
  {
    text: 'The Best Value review was carried out between January and June 2001 by a team of six officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral description of the review.',
  },
  {
    text: 'A fair proportion of calls to the help desk are now logged by e-mail rather than by telephone.',
    expect: [],
    why: '"fair" as an ordinary word; neutral description.',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate.',
  },
];
