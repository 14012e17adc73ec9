/** Held-out theme set 27, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases27: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section alone and makes no reference to the council\'s corporate priorities of regeneration and community safety.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'Departments buy systems to meet their own needs, and nothing links these purchases to what the council as a whole is trying to achieve.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'technology spending not tied to corporate objectives, without the word "strategy"',
  },
  {
    text: 'Each project in the ICT programme is tied explicitly to one of the council\'s five corporate objectives, and this is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between ICT work and corporate objectives',
  },
  {
    text: 'We were impressed by how closely the technology plan follows the priorities in the corporate plan: every bid for ICT spending must show which priority it serves.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for alignment of the technology plan with corporate priorities',
  },

  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in ICT: the strategy has not been discussed by the cabinet since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning or driving IT',
  },
  {
    text: 'No chief officer owns the ICT agenda, and the head of IT reports three levels below the chief executive.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior lead for ICT',
  },
  {
    text: 'The chief executive chairs the ICT board himself and has made clear to directors that modernisation is not optional; this visible lead from the top has been decisive.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise for lead from the top',
  },
  {
    text: 'An executive member champions ICT with real energy, and the corporate management team reviews the programme every month – a level of senior commitment we rarely see.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'members and senior officers driving ICT, praised',
  },

  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with a network close to the end of its life and PCs that cannot run current software.',
    section: 'How good is the service? > Context',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment; each renewal has to be paid for out of underspends elsewhere.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT renewal',
  },
  {
    text: 'The council has backed its ambitions with money: £4.5 million has been set aside over three years, well above what similar councils spend, and this is already paying off.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise the level of IT funding',
  },
  {
    text: 'A rolling replacement fund, set up in 2000, means that PCs are now renewed every four years, and this has served the council well.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'sound funding arrangement for IT, praised',
  },

  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers still see ICT as a back-office overhead to be kept as cheap as possible rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Service directors could not tell us how technology might help them meet their own targets.',
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'lack of understanding of what IT can do for services',
  },
  {
    text: 'Directors across the council talk confidently about how technology can reshape their services, and several have already redesigned processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'good organisational grasp of IT\'s potential',
  },
  {
    text: 'There is a good appreciation among chief officers of what ICT makes possible; the social services director, for example, has led the case for mobile working.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for appreciation of IT\'s power and opportunity',
  },

  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Housing staff told us they do not know whom to contact in ICT about a project, and notices of planned outages often reach them after the event.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'departments and IT staff not communicating',
  },
  {
    text: 'Each department has a named relationship manager in ICT who attends its management team meetings; users told us this has transformed the way the two sides work together.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good links between IT and departments, praised',
  },
  {
    text: 'Regular user group meetings and a monthly bulletin keep departmental staff well informed about ICT work, and users spoke highly of both.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective communication from IT to departments',
  },

  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 300 requests for minor system changes.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeds capacity: waits and backlogs',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the unit tries to do everything and finishes little.',
    section: 'How good is the service? > Project delivery',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, means the ICT unit takes on only what it can resource, and projects now finish on time.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand balanced with capacity, praised',
  },
  {
    text: 'Service-level agreements with every department are realistic and consistently met: 96 per cent of faults were fixed within the agreed time last year.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels set and met',
  },

  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff are given new systems with little or no training, and many rely on colleagues to show them how to use basic software.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Nobody has assessed the IT skills of the workforce, and courses are offered only when a department asks and pays for them.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills not addressed',
  },
  {
    text: 'The training programme is well planned, and over 600 staff have now passed the European Computer Driving Licence; users say it has made a real difference.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'Training is tailored to each system roll-out and followed up by floor-walkers in the first weeks, an approach users valued highly.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'good provision of user training',
  },

  // ---------------------------------------------------------------- culture-change
  {
    text: 'The culture of the council remains cautious and hierarchical; managers told us that new ideas are routinely stifled by the need for approval at several levels.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Departments guard their own systems and data, and a silo mentality stands in the way of working across the council.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'There has been a marked shift in management style: staff at all levels are encouraged to suggest improvements and are trusted to act on them.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in management style, praised',
  },
  {
    text: 'The council has worked hard to build an open, outward-looking culture, and this is now evident in the way teams learn from mistakes rather than hide them.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved',
  },

  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service has few performance indicators, and those it has are not reported to managers or members.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'The call-logging system cannot produce reports on response times, so managers have no reliable picture of how the help desk is performing.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no management information',
  },
  {
    text: 'A well-designed performance management framework links team targets to the service plan, and managers review progress against them every month.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised performance management',
  },
  {
    text: 'Managers now have accurate, up-to-date figures on call volumes and fix times from the new management information system, and use them well to plan staffing.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information used well',
  },

  // ---------------------------------------------------------------- consultation
  {
    text: 'The review did not ask users what they thought of the service; the only consultation was a short questionnaire sent to heads of department.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'Residents have never been asked about the services the ICT unit supports, and the results of the 2000 staff survey were not acted on.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation absent or ignored',
  },
  {
    text: 'Consultation was thorough: the review team ran focus groups with front-line staff, surveyed all 1,800 users and held two public workshops.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation, praised',
  },
  {
    text: 'Users\' views genuinely shape the service – an annual survey is followed up with face-to-face meetings, and the results have led to visible changes.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation used to drive change',
  },

  // ---------------------------------------------------------------- comparison
  {
    text: 'The review made no real attempt to compare costs or performance with other councils or with the private sector.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison',
  },
  {
    text: 'Benchmarking was limited to one set of figures from 1998, which were not adjusted for differences in size.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak benchmarking',
  },
  {
    text: 'The council is an active member of a benchmarking club with ten other districts and has used the results to cut the cost of each help desk call by a fifth.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used to good effect',
  },
  {
    text: 'Comparisons were robust: the review team analysed national benchmarking data and visited two high-performing councils to see how they work.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'robust comparison, praised',
  },

  // ---------------------------------------------------------------- competition
  {
    text: 'The option of buying the service from an outside supplier was dismissed without any proper appraisal.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware maintenance have been rolled over for years without ever being tested in the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement not competed',
  },
  {
    text: 'The decision to form a partnership with a private-sector supplier followed a rigorous competitive process, and the contract is well managed.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership and procurement praised',
  },
  {
    text: 'The council tests the market regularly and has made good use of a regional purchasing consortium, saving about £200,000 a year.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and procurement praised',
  },

  // ---------------------------------------------------------------- e-government
  {
    text: 'The council is some way from the government\'s target of having all services available electronically by 2005: only 22 per cent of transactions can be completed online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on 2005 e-government target',
  },
  {
    text: 'The web site is little more than an electronic directory; residents cannot pay for, book or report anything through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access to services',
  },
  {
    text: 'Residents can now pay council tax, book sports halls and report broken street lights online, and the web site is among the best we have seen.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'Good progress has been made on electronic service delivery, and the council is well on course to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'on course for 2005 target, praised',
  },

  // ---------------------------------------------------------------- two themes
  {
    text: 'Departments wait weeks for simple repairs, and the IT team does not tell them when a job will be done.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'waiting times (capacity) and IT not keeping departments informed (communication)',
  },
  {
    text: 'Members have shown strong leadership, backing the ICT strategy with an extra £1 million and taking the chair of the programme board.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'member leadership and funding, both praised',
  },
  {
    text: 'The review neither compared the service with other providers nor asked users what they wanted from it.',
    section: 'Will the service improve? > The 4Cs',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'no comparison and no consultation',
  },
  {
    text: 'The ICT strategy is firmly linked to the corporate plan, but it says nothing about how the council will meet the 2005 target for electronic access.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'alignment praised, e-government gap criticised',
  },
  {
    text: 'Performance information is poor, and the council has no way of knowing whether its help desk does better or worse than those of other authorities.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'weak performance information and no benchmarking',
  },
  {
    text: 'The partnership with a private supplier, let after open competition, has cleared the backlog of requests and most faults are now fixed within a day.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'competed partnership and capacity now meeting demand',
  },
  {
    text: 'A culture of blame makes staff reluctant to admit that they cannot use new systems, and little training is offered to help them.',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'culture and training both weaknesses',
  },
  {
    text: 'The chief executive has personally led a change in management style, moving the council away from command and control towards trust and delegation, with impressive results.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'lead from the top and culture change, praised',
  },

  // ---------------------------------------------------------------- no theme
  {
    text: 'The ICT help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to have all of its services available online by December 2005.',
    expect: [],
    why: 'council aim quoted as an aim, no inspectors\' assessment',
  },
  {
    text: 'The borough has a population of about 105,000, and 12 per cent of residents are over 75.',
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
    text: 'The Best Value review of ICT was carried out between March and October 2000 by a team of five officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral description of the review',
  },
  {
    text: 'The IT unit\'s revenue budget for 2001/02 is £1.8 million.',
    section: 'Context',
    expect: [],
    why: 'budget fact with no judgement about funding',
  },
  {
    text: 'Table 3 shows the number of calls logged with the help desk each month during 2002.',
    expect: [],
    why: 'reference to a table',
  },
  {
    text: 'The council\'s self-assessment describes its consultation with users as "extensive and well regarded".',
    expect: [],
    why: 'council\'s claim quoted, not the inspectors\' praise',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The cabinet member for corporate services has held the ICT portfolio since May 2000.',
    expect: [],
    why: 'neutral fact about a member, no assessment of leadership',
  },
  {
    text: 'Future plans include moving the data centre to the new civic offices in 2004.',
    expect: [],
    why: 'plan described neutrally',
  },
  {
    text: 'The IT director told us he expects the network upgrade to be finished by the spring.',
    expect: [],
    why: 'a manager\'s expectation, no theme judged',
  },
  {
    text: 'The improvement plan has 42 actions, grouped under six headings.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'neutral description of the plan',
  },
  {
    text: 'Inspection fieldwork took place over eight days in January 2003.',
    expect: [],
    why: 'procedural fact',
  },
  {
    text: 'The district is one of seven in the county and has had a Liberal Democrat administration since 1999.',
    section: 'Context',
    expect: [],
    why: 'political and geographical context only',
  },
];
