/** Held-out theme set 43, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases43: ThemeCase[] = [
  // strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section in isolation and makes no reference to the council\'s corporate priorities for housing, regeneration or community safety.',
    section: 'Will the service improve? > The IT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'Projects are chosen on technical grounds rather than for what they contribute to the community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'project selection not tied to the authority\'s strategic aims',
  },
  {
    text: 'Every ICT project now has to show which of the council\'s six corporate objectives it supports before it is approved, and inspectors saw this test applied rigorously.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between IT investment and corporate objectives',
  },
  {
    text: 'A strength of the service is that its strategy flows directly from the corporate plan and is reviewed alongside it each year.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'explicit strength: strategy aligned to corporate plan',
  },
  // leadership
  {
    text: 'Members show little interest in the ICT strategy, and it has not been discussed by the cabinet since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No senior officer takes responsibility for driving the use of technology across the council; the chief executive described IT as "a matter for the techies".',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally chairs the e-government board and has made ICT a standing item at management team, which has given the programme real momentum.',
    expect: [{ theme: 'leadership', polarity: 'strength' }, { theme: 'e-government', polarity: 'strength' }],
    why: 'strong lead from the top of an e-government programme; praised',
  },
  {
    text: 'Inspectors were impressed by the way the lead member for resources champions ICT and holds officers to account for progress.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member championship praised',
  },
  // investment
  {
    text: 'Years of under-spending have left the council with a network that is close to the end of its life and no budget to replace it.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'Capital for ICT is found a year at a time from underspends elsewhere, so nothing can be planned beyond the current year.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no secure funding for IT',
  },
  {
    text: 'The council has set aside £4.2 million over three years to renew its infrastructure, and this commitment is a major strength.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise secured funding',
  },
  {
    text: 'Funding for ICT has been properly planned: a rolling replacement budget means PCs are renewed every four years, which keeps support costs low.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'planned investment commended',
  },
  // understanding-of-it
  {
    text: 'Many managers see computers simply as a way of typing letters and do not recognise how technology could change the way their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited grasp of the opportunity IT offers',
  },
  {
    text: 'There is little appreciation outside the IT unit of what joined-up systems could do for the council\'s customers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not understand the potential of IT',
  },
  {
    text: 'Directors clearly understand how technology can transform their services, and several have redesigned processes around new systems with impressive results.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised understanding of the power of IT',
  },
  {
    text: 'Across the council there is a well-developed sense of what ICT can offer, and service heads come to the IT section with ideas rather than complaints.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT opportunity, framed as a positive finding',
  },
  // communication
  {
    text: 'Front-line managers rarely hear from the IT section until a system change is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Social services staff told us that they had no idea who to speak to in IT about their needs, and IT staff in turn said departments never tell them what they want.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'two-way communication failure between IT and departments',
  },
  {
    text: 'Each directorate has a named IT liaison officer who meets its managers monthly, and departments told us this has transformed relations with the IT section.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised link between IT and departments',
  },
  {
    text: 'Good, regular dialogue between technical staff and service managers is a clear strength.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'explicit strength',
  },
  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 development requests with no agreed way of deciding which come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation',
  },
  {
    text: 'The section tries to say yes to everyone, with the result that staff are spread too thinly and few projects finish on time.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeding capacity, no prioritisation',
  },
  {
    text: 'A clear scheme for ranking requests, agreed by chief officers, means the team works on what matters most, and users accept the priorities it produces.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation praised',
  },
  {
    text: 'Service level agreements with every department are realistic, are monitored monthly and are almost always met, which is commendable.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }, { theme: 'information-systems', polarity: 'strength' }],
    why: 'service levels balanced and monitored; performance monitoring praised',
  },
  // user-training
  {
    text: 'Staff are given new software with no instruction and are left to learn it from colleagues.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training',
  },
  {
    text: 'Many of the calls to the help desk are about basic use of the word processor, which suggests that users lack the skills they need.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'weak IT skills evident',
  },
  {
    text: 'The council\'s training programme is well designed: every new starter gets an ICT induction, and a skills check guides further courses.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'Users spoke highly of the drop-in learning centre, and take-up of the European Computer Driving Licence has been impressive.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills provision praised',
  },
  // culture-change
  {
    text: 'The management style in IT is command-and-control; staff are not encouraged to suggest improvements and problems are hidden rather than solved.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style and culture need to change',
  },
  {
    text: 'A culture of "we have always done it this way" runs through the department and has blocked every attempt at reform.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'resistant culture',
  },
  {
    text: 'Since the restructure the service has become noticeably more open and customer-focused, and staff at all levels told us they now feel able to challenge how things are done.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive culture change praised',
  },
  {
    text: 'The council has successfully moved away from a departmental, inward-looking culture towards one in which services share systems and information willingly.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'successful change in culture',
  },
  // information-systems
  {
    text: 'The service does not know how long calls take to resolve, because the help-desk system records when calls are opened but not when they are closed.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information',
  },
  {
    text: 'Performance indicators are collected but nobody reviews them, and targets in the service plan are not linked to any measure.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management weak',
  },
  {
    text: 'A monthly scorecard, reported to members, gives a clear and accurate picture of the service\'s performance, and managers act on it.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management praised',
  },
  {
    text: 'The council\'s management information system is robust and well used; inspectors found the data reliable at every point they tested.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'reliable management information',
  },
  // consultation
  {
    text: 'The review did not ask users what they thought of the service; the only survey quoted dates from 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'failure to consult users',
  },
  {
    text: 'Residents were not consulted on how they would like to contact the council electronically.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }, { theme: 'e-government', polarity: 'weakness' }],
    why: 'no consultation with citizens, about electronic access',
  },
  {
    text: 'The review team ran focus groups with staff in every directorate and a citizens\' panel survey, and the results clearly shaped its proposals.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation that influenced outcomes',
  },
  {
    text: 'User views are gathered after every closed call and published quarterly, an approach we regard as good practice.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised ongoing consultation with users',
  },
  // comparison
  {
    text: 'The council has not compared its ICT costs or performance with any other authority, so it cannot say whether it offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The comparisons in the review were limited to two neighbouring councils of very different size and tell the reader little.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'Membership of a benchmarking club of fourteen similar councils gives the service sound data on costs and service levels, which it uses well to set targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }, { theme: 'information-systems', polarity: 'strength' }],
    why: 'benchmarking praised and used in target setting',
  },
  {
    text: 'The review compared the help desk with private-sector providers as well as other councils, a thorough piece of work.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'thorough comparison praised',
  },
  // competition
  {
    text: 'The option of buying in the service, or sharing it with another council, was dismissed in a single paragraph without any analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware is still bought from a single supplier without tender, and the council cannot show that it gets a fair price.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement not competitive ("fair price" is ordinary wording)',
  },
  {
    text: 'The desktop support contract was let after open competition, and the partnership has cut costs by 15 per cent while raising satisfaction — a notable achievement.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised market testing and partnership',
  },
  {
    text: 'The council tested the market properly, inviting bids from three external firms alongside an in-house proposal.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'rigorous competition test',
  },
  // e-government
  {
    text: 'Only 22 per cent of services can be carried out electronically, and the council is well behind the pace needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on electronic service delivery target',
  },
  {
    text: 'The website is out of date and cannot take payments or bookings.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for customers',
  },
  {
    text: 'Residents can now report faults, pay council tax and book sports facilities online, and the council is on course to e-enable all its services by 2005 — a creditable record.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'The new contact centre, linked to the back-office systems, resolves most enquiries at the first point of contact, which is an impressive result.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised',
  },
  // two-theme weaknesses
  {
    text: 'Because the budget for IT has been cut three years running, the help desk cannot keep up with calls and response targets are routinely missed.',
    expect: [{ theme: 'investment', polarity: 'weakness' }, { theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'under-funding causing demand/capacity failure',
  },
  {
    text: 'Senior managers have not taken the lead in changing the council\'s secretive, departmental way of working.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }, { theme: 'culture-change', polarity: 'weakness' }],
    why: 'lack of top leadership and culture needing change',
  },
  {
    text: 'Users were never asked what training they needed, so the courses on offer do not match the systems they use.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }, { theme: 'consultation', polarity: 'weakness' }],
    why: 'training mismatch caused by not consulting users',
  },
  // neutral / no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council serves a population of about 110,000 and employs some 3,500 staff.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council aims to provide "modern, joined-up services that are accessible to all" by 2005.',
    expect: [],
    why: 'council aim quoted as aim, not an inspectors\' finding',
  },
  {
    text: 'The council states in its self-assessment that its ICT strategy is fully aligned with corporate priorities.',
    expect: [],
    why: 'council\'s own claim, not the inspectors\' view',
  },
  {
    text: 'The IT section was moved from the Treasurer\'s department to Corporate Services in April 2000.',
    expect: [],
    why: 'organisational history',
  },
  {
    text: 'The Best Value review of IT began in January 2000 and reported to the cabinet in October.',
    expect: [],
    why: 'neutral timeline',
  },
  {
    text: 'The service\'s revenue budget for 2001/02 is £2.8 million.',
    expect: [],
    why: 'budget stated as fact, no judgement about funding',
  },
  {
    text: 'We carried out the inspection between 3 and 14 September, interviewing staff, members and partners.',
    section: 'Appendix 2 > How we inspected',
    expect: [],
    why: 'method description',
  },
  {
    text: 'The network links 42 sites, including schools, libraries and the main civic centre.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The IT manager told us he intends to introduce a new call-logging system next year.',
    expect: [],
    why: 'manager\'s intention, no inspectors\' evaluation',
  },
  {
    text: 'Recommendation 4: the council should report progress against this plan to members every six months.',
    expect: [],
    why: 'procedural recommendation, no theme raised',
  },
  {
    text: 'The e-government statement submitted to the government in July lists 214 types of interaction with the public.',
    expect: [],
    why: 'neutral fact about a document; no evaluation of electronic delivery',
  },
  {
    text: 'Desktop support is provided by an in-house team of 14, with server maintenance contracted to an outside firm.',
    expect: [],
    why: 'describes arrangements without judging competition',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
];
