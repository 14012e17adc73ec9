/** Held-out theme set 22, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases22: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The IT strategy was written by the IT section on its own in 1998 and makes no reference to the council\'s corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'We could find no clear link between what the ICT unit spends its time on and the things the council says matter most to it, such as regeneration and community safety.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'work not tied to corporate priorities, without the codebook words',
  },
  {
    text: 'Every project in the ICT strategy is justified against one of the council\'s five corporate priorities, which we regard as good practice.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the tie between ICT projects and corporate priorities',
  },
  {
    text: 'We were impressed that decisions on ICT spending are now driven by the community plan rather than by the preferences of the IT section.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for ICT decisions following the authority\'s strategic aims',
  },
  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in the ICT strategy, and no chief officer has taken ownership of it.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from members or senior officers',
  },
  {
    text: 'ICT has been on the agenda of the corporate management team only twice in the last eighteen months, and chief officers leave its direction entirely to the IT manager.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'senior management not driving IT; stated as a fact used critically in the capacity section',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has given the work a strong and visible lead.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised lead from the top',
  },
  {
    text: 'The lead member for ICT understands the issues well and has championed the service in cabinet, which has been a real strength.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected member owning and driving IT, praised',
  },
  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-investment have left the council with an ageing network and many PCs that cannot run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: '• no capital budget for replacing equipment – renewal depends on whatever is left over at the year end',
    section: 'Areas for improvement',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'bullet: no funding for renewal',
  },
  {
    text: 'The council has backed its strategy with money: £2.4 million has been set aside over three years, giving the plan a firm financial footing.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised as a firm footing',
  },
  {
    text: 'A properly funded rolling replacement programme means that no PC in the council is more than four years old – a clear strength.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'resources for IT praised',
  },
  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many service managers still regard IT as a back-office overhead rather than as a way of changing how they serve the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not see the opportunity IT offers',
  },
  {
    text: 'Few senior managers grasp what the new systems could do for their services, so chances to redesign the way work is done are being missed.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT',
  },
  {
    text: 'The heads of service we met had a good grasp of how technology could transform their services, and several had already redesigned their processes around it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for managers\' understanding of IT\'s potential',
  },
  {
    text: 'There is a strong appreciation across the council of what ICT can offer; departments now come to the IT unit with ideas, not just with faults.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT opportunity, praised',
  },
  // ---------------------------------------------------------------- communication
  {
    text: 'Staff in the housing and social services departments told us they learn about IT changes only when their screens change.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'front-line services not told by IT staff',
  },
  {
    text: 'There is no regular forum where the IT team and service departments discuss needs and plans, and each side blames the other for delays.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and departments',
  },
  {
    text: 'Regular liaison meetings between IT account managers and each directorate have greatly improved understanding on both sides.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors credit improved IT–department communication',
  },
  {
    text: 'Departments value the monthly IT bulletin and their named contacts in the IT section, and we found that users are kept well informed about what is happening and why.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors\' finding that communication with users is good',
  },
  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 requests for changes to systems.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstripping capacity, backlogs',
  },
  {
    text: 'The IT section tries to do everything it is asked to do and has no agreed way of deciding which projects come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, means the unit takes on only what it can deliver, and projects now finish on time.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand balanced with capacity, praised',
  },
  {
    text: 'Service level agreements are in place with every department and are met in almost all cases; response times are among the best we have seen.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },
  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff have had little training in the new finance system, so many still keep their own spreadsheets alongside it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Training | No training needs analysis; courses booked first come, first served | Area for improvement',
    section: 'Appendix 2 > Summary of findings',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'table row marking training as an area for improvement',
  },
  {
    text: 'The IT training programme is well designed and well used: every new starter has an IT induction and users rate the courses highly.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'We were impressed by the computer skills programme, which has taken more than 600 staff through a recognised qualification.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme praised',
  },
  // ---------------------------------------------------------------- culture-change
  {
    text: 'The council\'s culture remains cautious and hierarchical: decisions about ICT pass through several layers and new ideas are not encouraged.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Departments guard their own systems and data jealously, and there is little sense of the council working as one organisation.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'A real change in management style is evident: managers are now encouraged to take sensible risks and to learn from what goes wrong.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised change in management style',
  },
  {
    text: 'The move to a more open, corporate way of working has been handled well, and staff told us the old "them and us" attitudes have largely gone.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved and credited',
  },
  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service does not record even basic performance data, such as how long faults take to fix, so managers cannot tell whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are reported to members but are not used to manage the service, and three of them had been calculated wrongly.',
    section: 'How good is the service? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A robust performance management framework is in place, with monthly reports that managers use to spot problems and put them right early.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'The new management information system gives managers accurate, up-to-date figures on workload and costs, and we saw it being used to good effect.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information praised',
  },
  // ---------------------------------------------------------------- consultation
  {
    text: 'The review did not ask users what they wanted from the service; the only consultation was a short questionnaire that 12 per cent of staff returned.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'Residents and local businesses were not asked for their views at any stage of the review.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'Consultation was thorough: focus groups in every department and a survey of 400 residents shaped the options the review considered.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised as thorough',
  },
  {
    text: 'Users are asked for their views after every help desk call and the results are acted on, which is a good example of listening to customers.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'listening to users praised',
  },
  // ---------------------------------------------------------------- comparison
  {
    text: 'The review compared costs with only two neighbouring councils and did not look at how others achieve better results.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison with others',
  },
  {
    text: 'The council cannot say whether its IT service gives value for money, because it has never set its costs or performance against anyone else\'s.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking, without the word',
  },
  {
    text: 'Benchmarking was rigorous: the service measured itself against twenty similar authorities and two private providers, and used the results to set its targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'The council makes good use of its membership of a benchmarking club, and the comparisons show help desk costs well below the average.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'good use of comparison',
  },
  // ---------------------------------------------------------------- competition
  {
    text: 'The review did not seriously consider other ways of providing the service, such as outsourcing or a partnership with a private company.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The desktop support contract was let without any competition in 1996 and has not been tested against the market since.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement without competition',
  },
  {
    text: 'The council tested the market thoroughly, and its decision to enter a strategic partnership rested on a sound appraisal of the options.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing praised',
  },
  {
    text: 'Procurement of the new network was well managed, and open competition produced savings of 18 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competitive procurement praised',
  },
  // ---------------------------------------------------------------- e-government
  {
    text: 'Only a handful of services can be used online, and the council is not on course to meet the 2005 target for electronic service delivery.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on 2005 e-government target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for, book or report anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for customers',
  },
  {
    text: 'The council\'s website is one of the best we have seen, letting residents pay council tax, report faults and apply for services online.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'web access praised',
  },
  {
    text: 'Good progress has been made towards the 2005 target, with 68 per cent of transactions already available electronically.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government progress praised',
  },
  // ---------------------------------------------------------------- two themes
  {
    text: 'Because there is no agreed budget for ICT, the IT unit cannot keep up with requests from departments, and the queue of outstanding work grows every month.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'lack of funding causing a backlog',
  },
  {
    text: 'Members and senior officers have given a strong lead, and the ICT strategy now mirrors the council\'s corporate priorities closely.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'strength' },
    ],
    why: 'praised leadership and alignment in one sentence',
  },
  {
    text: 'The council has neither consulted users about the service nor compared its performance with that of other councils.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'Regular user forums keep the IT team in close touch with front-line staff, and the views gathered there directly shape the annual work programme – both are real strengths.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'consultation', polarity: 'strength' },
    ],
    why: 'IT–front-line contact and listening to users, both praised',
  },
  {
    text: 'The culture is still one in which IT is left to the technicians, and many managers do not see what it could do for their services.',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'culture and understanding of IT both weak',
  },
  {
    text: 'The partnership with a private provider, chosen after open competition, has brought in £5 million of new investment that the council could not have funded itself – a good outcome.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'competitive partnership bringing investment, praised',
  },
  {
    text: 'Money has been found for the new systems, but the training staff will need in order to use them has not been planned.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'mixed: funding secured, training missing',
  },
  {
    text: 'Help desk performance figures are collected but nobody reviews them, so the growing number of calls that miss their target has gone unnoticed.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'performance information unused and service levels slipping',
  },
  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm, Monday to Friday.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim',
  },
  {
    text: 'Haverleigh is a mainly rural district with a population of about 95,000.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council states that its ICT strategy is fully aligned with its corporate priorities.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' finding',
  },
  {
    text: 'The IT section\'s budget for 2001/02 is £3.1 million, of which £1.2 million is for staff.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, no judgement on adequacy',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and November 2000 by a team of five officers.',
    expect: [],
    why: 'description of the review',
  },
  {
    text: 'The corporate plan sets out five priorities: education, community safety, jobs, the environment and modernising the council.',
    section: 'Context',
    expect: [],
    why: 'council priorities listed, no link to IT judged',
  },
  {
    text: 'In its self-assessment the council describes its consultation with users as extensive.',
    expect: [],
    why: 'council\'s own claim about consultation',
  },
  {
    text: 'There are some 1,800 PCs across 34 sites, linked by a wide area network.',
    section: 'Context',
    expect: [],
    why: 'infrastructure fact',
  },
  {
    text: 'The government expects councils to make all their services available electronically by December 2005.',
    section: 'Context',
    expect: [],
    why: 'national target stated as context, not the council\'s performance',
  },
  {
    text: 'The inspection took place in September 2002 and involved interviews with 40 staff and members.',
    expect: [],
    why: 'method description',
  },
  {
    text: 'The head of ICT reports to the director of resources, who sits on the corporate management team.',
    section: 'Context',
    expect: [],
    why: 'reporting line, neutral',
  },
  {
    text: 'The service manager told us she is confident that the new help desk software will cut response times.',
    expect: [],
    why: 'a manager\'s expectation, not the inspectors\' finding',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we met during the inspection.',
    expect: [],
    why: 'boilerplate',
  },
];
