/** Held-out theme set 49, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases49: ThemeCase[] = [
  // --- strategic-alignment ---
  {
    text: 'The IT strategy was written by the IT section in 1999 and makes no reference to the council\'s corporate priorities of community safety and regeneration.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: IT strategy disconnected from corporate priorities, described without the word "align"',
  },
  {
    text: 'Directorate service plans and the ICT plan were drawn up separately, so nobody could tell us which of the council\'s objectives the £2 million programme is meant to serve.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: programme not traceable to council objectives',
  },
  {
    text: 'Every project in the ICT programme can be traced back to one of the five community plan priorities, and we found that link understood from the boardroom to the help desk.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: inspectors praise the link between projects and corporate priorities',
  },
  {
    text: 'Projects are chosen according to which department shouts loudest rather than what the council as a whole is trying to achieve, and the backlog keeps growing.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'two themes: no corporate steer on IT priorities (strategic-alignment) and unmanaged demand with a growing backlog (demand-capacity)',
  },
  {
    text: 'The ICT strategy was rewritten alongside the corporate plan and uses the same six objectives as its headings, so the two documents read as one – a clear strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: inspectors praise IT strategy built on corporate objectives',
  },

  // --- leadership ---
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed at Cabinet since it was adopted.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: elected members not owning IT',
  },
  {
    text: 'No chief officer takes responsibility for IT; the head of the section reports to a finance manager three tiers below the chief executive.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: no senior ownership, described through reporting lines',
  },
  {
    text: 'The chief executive chairs the information strategy board herself and has made modernising the council\'s systems one of her four corporate priorities; this drive from the top is evident across the organisation.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: inspectors praise lead from the top',
  },
  {
    text: 'Elected members have championed the programme, and the Cabinet member for resources has attended every meeting of the project board – a commitment we rarely see.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: member championship praised',
  },

  // --- investment ---
  {
    text: 'Years of under-spending have left the council with a network that cannot carry the traffic now put on it.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: historic under-investment described through its effect',
  },
  {
    text: 'There is no capital budget for replacing PCs, so machines are kept until they fail.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: no replacement budget',
  },
  {
    text: 'The council has committed £3.6 million over three years to its ICT programme and has protected the money from in-year savings, a welcome and realistic commitment.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'investment strength: funding praised by inspectors',
  },
  {
    text: 'The improvement plan has not been costed, and we could find no link between it and the council\'s medium-term financial strategy.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: plan not funded or costed',
  },
  {
    text: 'Members have deferred decisions on IT funding three years running, and no senior officer has been willing to make the case for it.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two themes: members and senior officers not leading (leadership) and money withheld (investment)',
  },

  // --- understanding-of-it ---
  {
    text: 'Senior managers tend to see IT as a cost to be kept down rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: IT seen as overhead, not opportunity',
  },
  {
    text: 'Few of the service heads we spoke to could describe what the new systems might allow them to do differently.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: managers do not grasp what technology offers',
  },
  {
    text: 'Directors talk confidently about how technology can reshape their services, and several have redesigned their processes around the new document management system.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding-of-it strength: organisation grasps the opportunity offered by IT',
  },
  {
    text: 'Departmental managers have a good grasp of what technology could do for them and bring ideas to the IT section rather than waiting to be told.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding-of-it strength, phrased through managers\' behaviour; "good" here is praise, not a grade',
  },
  {
    text: 'Because chief officers regard the website as a matter for the IT section, the council\'s online services have grown piecemeal and hardly any allow residents to complete a transaction.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'two themes: web seen as a technical matter (understanding-of-it) and weak electronic service delivery (e-government)',
  },

  // --- communication ---
  {
    text: 'Front-line managers rarely hear from the IT section until something goes wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness between IT and front-line services',
  },
  {
    text: 'Departments learn of planned system shutdowns from an automated email, often on the morning itself.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: poor notice to departments',
  },
  {
    text: 'Each directorate now has a named IT relationship manager who attends its management team every month, and staff on both sides told us this has transformed how well they understand each other.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication strength praised by inspectors',
  },
  {
    text: 'The IT newsletter is written in jargon that, by its own staff\'s admission, few users ever read.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: technical staff fail to reach users',
  },
  {
    text: 'Departments cannot find out where their requests stand in the queue, because the IT section does not tell them and has no way of doing so.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'two themes: no feedback to departments (communication) and an unmanaged request queue (demand-capacity)',
  },

  // --- demand-capacity ---
  {
    text: 'Departments wait up to four months for new PCs to be installed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: delays in meeting demand',
  },
  {
    text: 'There are 340 outstanding requests for system changes and no agreed way of deciding which should be done first.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: backlog and no prioritisation',
  },
  {
    text: 'The service agrees its work programme with departments each spring, publishes clear service levels and has met them for eleven months running.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: demand balanced against capacity through agreed programme and service levels',
  },
  {
    text: 'Urgent faults are now fixed within four hours in 95 per cent of cases, a marked improvement that users had noticed.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: meeting service levels, praised',
  },

  // --- user-training ---
  {
    text: 'Social workers were given the new case-recording system with half a day\'s instruction and no follow-up.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: inadequate training on a new system',
  },
  {
    text: 'Many users rely on colleagues to show them basic spreadsheet functions because there is no budget for IT courses.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: lack of IT skills provision (the budget is the cause, the theme is training)',
  },
  {
    text: 'The training programme, which has taken 1,200 staff through the European Computer Driving Licence, is a real strength.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user-training strength explicitly praised',
  },
  {
    text: 'School office staff have had no training on the new pupil database, which they use every day.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness in schools',
  },
  {
    text: 'Good training for staff has gone hand in hand with a more open style of management, in which team leaders are trusted to take decisions themselves.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'two strengths: training provision and a changed management culture',
  },

  // --- culture-change ---
  {
    text: 'The section still works in a reactive, command-and-control way, with every decision referred up to the IT manager.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: management style needs to change',
  },
  {
    text: 'A blame culture discourages staff from owning up to problems, and managers rarely delegate.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: culture and management style',
  },
  {
    text: 'Managers have moved the section away from simply keeping the lights on towards a culture in which staff are encouraged to suggest and try out improvements, and the difference is plain to see.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture-change strength praised by inspectors',
  },
  {
    text: 'Staff told us that ideas from below are seldom taken up, and several said they had stopped offering them.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness described through staff experience',
  },

  // --- information-systems ---
  {
    text: 'The service does not record how long calls take to resolve, so it cannot tell whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: no performance information',
  },
  {
    text: 'Performance reports to members are a single page of activity counts, with no targets and no trends.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: poor performance management reporting',
  },
  {
    text: 'A balanced scorecard, updated monthly and published on the intranet, gives managers and members a clear picture of how the service is doing against its targets.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: performance management praised',
  },
  {
    text: 'The new call-logging system lets managers see, day by day, where work is building up and which teams are falling behind – a sound basis for managing performance.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: management information praised',
  },
  {
    text: 'Without reliable performance data the service cannot compare itself with other councils, and it has not tried to.',
    section: 'Will the service improve? > Compare',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two weaknesses: no performance data (information-systems) and no benchmarking (comparison)',
  },

  // --- consultation ---
  {
    text: 'Users were not asked for their views during the review, and the survey promised for last autumn never took place.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: users not consulted',
  },
  {
    text: 'The council has not asked residents how they would prefer to contact it, even though its customer access strategy assumes most will move to the web.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness about citizens; the web strategy is context, not itself criticised',
  },
  {
    text: 'The service runs quarterly user panels and an annual survey, and we saw clear examples of changes made as a result.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength praised, with evidence of action',
  },
  {
    text: 'Residents\' panels tested the design of the new website before it went live, and their comments led to real changes – good practice that others could learn from.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength; the website is the subject, consulting citizens is what is praised',
  },

  // --- comparison ---
  {
    text: 'The council does not compare its IT costs or performance with those of any other authority.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: no benchmarking',
  },
  {
    text: 'The comparison in the review amounted to a table of spend per head copied from a trade magazine, with no attempt to understand why the figures differed.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: superficial benchmarking',
  },
  {
    text: 'The service benchmarks its costs through a national IT managers\' club and has used the results to close much of the gap with the best performers in its group.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength: benchmarking used to improve',
  },
  {
    text: 'The review compared costs with eleven similar councils and two private providers and used the results to set demanding targets, which we commend.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength; mentions private providers but the praise is for comparing, not for market testing',
  },

  // --- competition ---
  {
    text: 'The review dismissed outsourcing in a single paragraph without testing the market.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: market not tested',
  },
  {
    text: 'The hardware maintenance contract has been rolled forward every year since 1996 without being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: procurement not competitive',
  },
  {
    text: 'A thorough options appraisal, including soft market testing with six suppliers, led to a partnership that has already cut costs by 12 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competition strength: rigorous market testing and partnership praised',
  },
  {
    text: 'The council has never asked whether another provider could run its data centre more cheaply or better.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness phrased as an unasked question',
  },
  {
    text: 'The partnership with a private supplier has brought in £5 million of new systems that the council could not have afforded on its own.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'two strengths: partnership (competition) and the resources it brought (investment)',
  },

  // --- e-government ---
  {
    text: 'Only 18 per cent of the council\'s services can be used electronically, and it is not on course to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: behind on the 2005 target',
  },
  {
    text: 'The website is little more than an online leaflet: residents cannot pay for, apply for or book anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: no transactional web services',
  },
  {
    text: 'Residents can now report, pay for and track more than 60 services online, and take-up of online payments has tripled in a year.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government strength: electronic service delivery achieved and used',
  },
  {
    text: 'The council met the government\'s target for electronic service delivery a full year early, which few councils of its size have managed.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government strength praised in comparison with others (not a benchmarking theme)',
  },

  // --- no theme: description, context, aims, self-assessment, quoted views ---
  {
    text: 'The help desk has six staff and takes about 1,400 calls a month.',
    expect: [],
    why: 'neutral description of the service, no judgement',
  },
  {
    text: 'The council aims to make all of its services available electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'the council\'s own aim, not a strength or weakness found by the inspectors',
  },
  {
    text: 'In its self-assessment the council described its ICT strategy as fully aligned with its corporate priorities.',
    expect: [],
    why: 'self-assessment claim, not the inspectors\' finding',
  },
  {
    text: 'The Head of ICT told us that members are fully committed to the programme.',
    expect: [],
    why: 'a manager\'s quoted view about leadership, not the inspectors\' finding',
  },
  {
    text: 'Hollinbrook is a largely rural district of 96,000 people covering 430 square kilometres.',
    section: 'Context',
    expect: [],
    why: 'context about the area',
  },
  {
    text: 'The review was carried out between April and October 2001 by a team of five officers and two councillors.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: 'The service spends £2.9 million a year, of which £1.1 million goes on staff.',
    section: 'Context',
    expect: [],
    why: 'budget described without judgement; not an investment theme',
  },
  {
    text: 'We interviewed 46 people and visited eight sites during the inspection.',
    expect: [],
    why: 'description of inspection method',
  },
  {
    text: 'The council\'s stated aim is to be in the top quarter of comparable councils for ICT cost and performance by 2004.',
    expect: [],
    why: 'a council target phrased in comparative terms, not a finding about benchmarking',
  },
  {
    text: 'The ICT strategy was adopted by the Cabinet in March 2002 and runs until 2005.',
    expect: [],
    why: 'neutral fact about the strategy, no judgement on alignment or leadership',
  },
  {
    text: 'The review considered four options: in-house provision, a joint venture, outsourcing and a shared service with neighbouring districts.',
    section: 'Will the service improve? > Compete',
    expect: [],
    why: 'description of the options considered, neither praised nor criticised',
  },
  {
    text: 'The council plans to train all finance staff on the new ledger system during the summer.',
    expect: [],
    why: 'a council plan, not an inspectors\' finding about training',
  },
  {
    text: 'Officers believe that the new contact centre will transform the way residents reach the council.',
    expect: [],
    why: 'officers\' belief, a quoted view',
  },
  {
    text: 'This report is published under section 13 of the Local Government Act 1999.',
    expect: [],
    why: 'statutory boilerplate',
  },
  {
    text: 'The IT section sits within the Corporate Services directorate and supports about 1,800 users.',
    section: 'Context',
    expect: [],
    why: 'organisational description',
  },
  {
    text: 'The e-government statement the council sent to the government in July lists 14 projects.',
    expect: [],
    why: 'description of an e-government document without judgement',
  },
];
