/** Held-out theme set 45, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases45: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: "The ICT strategy was written by the IT section on its own and makes no mention of the council's corporate priorities of community safety and town-centre regeneration.",
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims, described without the codebook words',
  },
  {
    text: 'We could find no clear line of sight from the community plan to the projects the ICT unit is actually working on.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'work programme not traceable to corporate aims',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan: each of its six programmes is tied to a named council priority, and we saw that link used when projects were chosen.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors commend the tie between IT strategy and corporate priorities',
  },
  {
    text: 'A clear strength is that technology spending decisions are now driven by what the authority is trying to achieve for residents rather than by the preferences of the IT section.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for IT decisions following the authority\'s aims',
  },
  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in ICT, and the portfolio holder could not tell us what the strategy was meant to achieve.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No chief officer has taken ownership of ICT; it has been left to the head of IT, who lacks the authority to make directorates follow corporate standards.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board, and the directors we met could explain and defend every decision it had taken.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'top-level ownership presented as evidence of capacity',
  },
  {
    text: 'Political backing for the modernisation programme is strong and well informed, with the cabinet member for resources acting as an effective champion for it across the council.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'members driving IT, praised',
  },
  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-funding have left the council with an ageing network, and there is no capital provision to replace the 40 per cent of PCs that are more than five years old.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment and no budget for renewal',
  },
  {
    text: "The ICT budget is set each year by rolling forward the previous year's figure, with no assessment of what the service will need to do the work it is being given.",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'budgeting for IT not matched to need',
  },
  {
    text: 'The council has backed its ambitions with money: a £2.1 million, three-year capital programme is in place and fully funded, which we regard as a significant strength.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised by inspectors',
  },
  {
    text: 'Funding for ICT is now secure and realistic, and the replacement of desktop equipment is properly planned and paid for.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure resources for IT, evaluative wording',
  },
  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many service managers still see IT as an overhead to be kept down rather than as a way of changing how their services reach the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited grasp of what IT can offer',
  },
  {
    text: 'Across the directorates there is little appreciation of what technology could do for front-line services; nearly all requests are for like-for-like replacement of old systems.',
    section: 'How good is the service? > Meeting user needs',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not see the opportunity IT offers',
  },
  {
    text: 'Senior managers have an impressive grasp of how technology can reshape services, and several departments have redesigned the way they work around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'strong understanding of IT potential, praised',
  },
  {
    text: 'We were struck by how well managers throughout the council understand what ICT can do for their services and their customers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise organisation-wide understanding of IT',
  },
  // ---------------------------------------------------------------- communication
  {
    text: 'Library staff told us they learn about system changes only when their screens look different on a Monday morning.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'front-line staff not told by IT, reported as a weakness without the word communication',
  },
  {
    text: 'Technical staff and the services they support talk past each other: departmental managers describe the IT unit as remote, while IT staff say that departments never explain what they need.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and departments',
  },
  {
    text: 'Regular liaison meetings between IT account managers and each directorate work well, and service staff know whom to call and are kept informed of changes.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective IT-to-department communication, praised',
  },
  {
    text: "The IT section's named link officers in every directorate have markedly improved the flow of information in both directions, and users value them.",
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'two-way communication improved, inspectors approve',
  },
  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 development requests with no agreed way of deciding which come first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeds capacity; no prioritisation',
  },
  {
    text: 'The help desk is swamped at peak times, fewer than half of calls are answered within the target time, and there are no agreed service levels against which departments can hold the unit to account.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'overloaded help desk and no service levels',
  },
  {
    text: 'An open prioritisation process, overseen by a board of senior users, makes sure the limited development capacity goes to the projects that matter most.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation balancing demand and capacity, presented as good practice',
  },
  {
    text: 'Service level agreements are realistic and are met: last year 95 per cent of faults were fixed within the agreed time, and users told us the service responds quickly.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },
  // ---------------------------------------------------------------- user-training
  {
    text: 'Many staff have had no training in the systems they use every day, and nobody has assessed what IT skills the workforce needs.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training and skills analysis',
  },
  {
    text: "Training is offered only when a new system goes live; staff who join later pick things up from colleagues, so most of the housing system's features go unused.",
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training not sustained, effect on use of systems',
  },
  {
    text: 'The in-house training suite is well used and well regarded, and a skills audit underpins a structured programme that has now reached more than 1,100 staff.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user training praised',
  },
  {
    text: 'We were impressed by the ECDL programme, which has given front-line staff recognised computer skills and which they clearly value.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme praised by inspectors',
  },
  // ---------------------------------------------------------------- culture-change
  {
    text: 'The management style in the IT unit remains defensive and inward-looking, and staff are reluctant to make any decision without referring it upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style and culture need to change',
  },
  {
    text: 'A culture of blame persists between departments and the IT section, and it will have to change if the modernisation programme is to succeed.',
    section: 'Will the service improve? > Barriers to improvement',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'cultural change needed',
  },
  {
    text: 'A real shift in culture is evident: managers now talk about the people they serve rather than about systems, and staff are encouraged to suggest and try out improvements.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture has changed for the better, praised',
  },
  {
    text: 'Staff and managers have taken to a more open, collaborative way of working, and staff told us they now feel trusted to solve problems rather than pass them up the line.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style changed, inspectors present it positively',
  },
  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service has few performance measures, and those it has are not reported to anyone, so nobody can say whether the help desk is getting better or worse.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information and management',
  },
  {
    text: "Management information is weak: the unit cannot tell what each department's systems cost to run or how long its projects take.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'lack of management information',
  },
  {
    text: 'A well-designed performance framework tracks call volumes, fix times and user satisfaction every month, and managers use the figures to take action.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management, praised',
  },
  {
    text: "Performance information is accurate, timely and used: the quarterly ICT scorecard is discussed by the management team and has led to clear gains in fix times.",
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance information used well',
  },
  // ---------------------------------------------------------------- consultation
  {
    text: "Neither the staff who use the systems nor the public were asked for their views during the review, so the options it considered reflect only the IT section's thinking.",
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation in the review',
  },
  {
    text: 'The user satisfaction survey has not been repeated since 1999, and nothing was done about the results of that one.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation lapsed and not acted on',
  },
  {
    text: "Consultation was thorough: focus groups with front-line staff, a survey of every department and a citizens' panel questionnaire all shaped the review's conclusions.",
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation, praised',
  },
  {
    text: 'The service listens well to the people it serves; complaints and suggestions are logged, analysed and fed back to staff, and we saw changes made as a result.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'listening to customers, inspectors approve',
  },
  // ---------------------------------------------------------------- comparison
  {
    text: 'The review made little attempt to compare costs or performance with other councils or with private-sector IT providers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'Although the council belongs to a benchmarking club, it has not used the data to ask why its cost per PC is one of the highest in the group.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'benchmarking data unused',
  },
  {
    text: 'Comparison with others was rigorous: the review used SOCITM data and visits to three high-performing authorities to set demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous comparison praised',
  },
  {
    text: 'The service knows exactly where it stands against similar councils on cost, fix times and user satisfaction, and it uses this well to drive improvement.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'good use of benchmarking, no codebook word',
  },
  // ---------------------------------------------------------------- competition
  {
    text: 'Options such as outsourcing or a partnership with neighbouring councils were dismissed without proper appraisal, so the review did not test whether the in-house service is competitive.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware maintenance have simply been rolled over for years without going back to the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing of contracts',
  },
  {
    text: 'The review tested the market robustly, and the resulting strategic partnership has brought in specialist skills that the council lacked.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'Procurement is well managed: the council uses framework contracts and buys jointly with neighbouring authorities, and it can show the savings this has produced.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'sound procurement, praised',
  },
  // ---------------------------------------------------------------- e-government
  {
    text: 'Only 18 per cent of the council\'s services can currently be delivered electronically, and it is not on course to meet the 2005 target.',
    section: 'How good is the service? > Electronic service delivery',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on e-government targets',
  },
  {
    text: 'The web site is little more than an electronic leaflet: residents cannot pay for, book or report anything on-line.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web and customer access',
  },
  {
    text: 'Good progress has been made with electronic service delivery: residents can now pay council tax, report faults and book leisure classes on-line, and use is growing fast.',
    section: 'How good is the service? > Electronic service delivery',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-service progress praised',
  },
  {
    text: 'Together the contact centre and the web site give residents easy access to services at any hour, and the council is well placed to meet the 2005 targets.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access and targets on track, evaluative',
  },
  // ---------------------------------------------------------------- two themes in one sentence
  {
    text: 'The strategy bears no relation to corporate priorities, and members played no part in drawing it up.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'misaligned strategy and absent member leadership',
  },
  {
    text: 'Staff have not been shown how to use the new document management system, and the IT team has almost no contact with the departments that rely on it.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'no training, and IT staff do not talk to departments',
  },
  {
    text: 'The investment in a new network has paid off: on-line payments are now fast and reliable, and the number of residents using them has doubled in a year.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'funding praised for its effect on electronic services',
  },
  {
    text: 'The council does not benchmark its IT costs, and the help desk has no performance targets at all.',
    section: 'How good is the service? > How does it compare?',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no comparison and no performance management',
  },
  {
    text: 'A user panel meeting every quarter is used well to decide which development requests go first, and its members told us they feel listened to.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'consulting users to prioritise demand, praised',
  },
  {
    text: 'The chief executive has led a determined move away from a command-and-control style of management, and the effect on staff is plain to see.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'top-level lead on changing management culture',
  },
  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and handles about 1,500 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the service',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council aim quoted as an aim',
  },
  {
    text: 'Eastmere is a district council serving 98,000 people, most of whom live in three market towns.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT unit has a revenue budget of £1.8 million for 2002/03.',
    section: 'Context',
    expect: [],
    why: 'a budget figure stated as fact, with no judgement on its adequacy',
  },
  {
    text: 'The council believes that its IT service is among the best in the county.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' view',
  },
  {
    text: 'The Best Value review was carried out between April and November 2000 by a team of officers and two councillors.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: 'The service supports 1,200 PCs on 14 sites.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'Our recommendations are set out in the next section of this report.',
    expect: [],
    why: 'report navigation',
  },
  {
    text: 'In its improvement plan the council says it will make all of its services available on-line by 2005.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'a council aim quoted as an aim; no view on whether it is on track',
  },
  {
    text: 'The head of ICT reports to the director of corporate services.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: "This inspection was carried out by the Audit Commission's Best Value Inspection Service under section 10 of the Local Government Act 1999.",
    expect: [],
    why: 'boilerplate about the inspection',
  },
  {
    text: "The service's self-assessment describes communication with departments as 'excellent'.",
    expect: [],
    why: 'the council\'s own claim about communication; the inspectors have not endorsed it',
  },
  {
    text: 'The inspection team spent five days on site in June 2002 and interviewed staff, councillors and partners.',
    expect: [],
    why: 'description of inspection method',
  },
];
