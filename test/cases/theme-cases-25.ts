/** Held-out theme set 25, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases25: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of community safety and regeneration.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'the IT strategy is cut off from the corporate aims',
  },
  {
    text: 'We could find no clear line of sight from the community plan to the projects the IT unit is actually working on.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work does not follow from the authority\'s strategic aims; the codebook\'s words are not used',
  },
  {
    text: 'Every project in the ICT programme is explicitly tied to one of the council\'s five corporate objectives, which is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for aligning IT work with corporate objectives',
  },
  {
    text: 'The technology strategy flows directly from the corporate plan, and the service heads we met could explain clearly how their systems projects supported the council\'s wider aims.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'the inspectors approve of the strategy\'s clear link to corporate aims',
  },

  // ── leadership ──
  {
    text: 'Members show little interest in ICT, and the cabinet has not discussed the strategy since approving it in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members do not own or drive IT',
  },
  {
    text: 'No chief officer takes ownership of the information agenda; it is left to the IT manager, who sits three tiers below the management team.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has made it plain to directors that technology is a corporate priority, which has given the programme real weight.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'the chief executive drives IT, and the inspectors praise the effect',
  },
  {
    text: '•  strong and visible championing of ICT by the lead member, who challenges progress at every cabinet meeting',
    section: 'Summary > Strengths',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'a bullet under the Strengths heading: an elected member leading on IT',
  },

  // ── investment ──
  {
    text: 'Years of under-funding have left the council with an ageing network and more than a third of its PCs over five years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment, so upgrades depend on whatever money can be found at the end of the year.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget for IT',
  },
  {
    text: 'The council has backed its plans with money, setting aside £2.4 million over three years for the infrastructure programme – a clear strength.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praised funding commitment',
  },
  {
    text: 'A rolling replacement fund, properly costed and protected in the budget, means equipment is renewed every four years; this is good practice.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'sound IT funding praised as good practice',
  },

  // ── understanding-of-it ──
  {
    text: 'Many senior managers still see IT as a back-office cost rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'the organisation does not grasp what IT could do for it',
  },
  {
    text: 'Departments have only a limited grasp of what technology could do for them, and most of their requests are for like-for-like replacements of old systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of the opportunity IT offers',
  },
  {
    text: 'The directors we interviewed had a sophisticated appreciation of how technology could reshape their services, and several had already redesigned processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'the inspectors credit the organisation\'s understanding of the power of IT',
  },
  {
    text: 'Across the management team there is a strong shared understanding of the opportunities ICT offers, and it shows in the ambitious service plans that departments have produced.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for understanding of IT\'s opportunities',
  },

  // ── communication ──
  {
    text: 'Front-line managers seldom hear from the IT section until something has gone wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Housing staff did not know whom to contact in IT about their new system, and the IT team in turn knew little of housing\'s priorities.',
    section: 'How good is the service? > Meeting users\' needs',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'a two-way communication gap between technical staff and a department',
  },
  {
    text: 'Each department has a named IT liaison officer who attends its management team monthly, and users told us they value this link highly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good communication channel between IT and departments, backed by users\' praise',
  },
  {
    text: 'Regular joint meetings between the technical team and service managers mean that problems are raised early and solved together; we saw this work well on the social services project.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'the inspectors praise IT–department communication',
  },

  // ── demand-capacity ──
  {
    text: 'Departments wait months for new PCs, and the backlog of development requests has grown to more than 300.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips the service\'s capacity; backlog',
  },
  {
    text: 'There is no agreed way of ranking requests, so the work that gets done is whatever the loudest department asks for.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of user demands',
  },
  {
    text: 'A transparent prioritisation process, agreed with departments, has halved the development backlog in a year – an impressive achievement.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation and backlog reduction praised',
  },
  {
    text: 'Service level agreements are in place with every department and the unit meets them consistently, which users rightly appreciate.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels balanced with demand and met, with approval',
  },

  // ── user-training ──
  {
    text: 'Staff are given new software with little or no training, and many rely on colleagues to show them how to use it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Nobody has assessed staff IT skills, and there is no programme of courses for people moving onto the new financial system.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills and training are not provided',
  },
  {
    text: 'The council\'s IT training is well regarded: courses are tailored to each system, and more than 900 staff gained the European Computer Driving Licence last year.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praise for user training and IT skills',
  },
  {
    text: 'New users receive hands-on training before any system goes live, with follow-up sessions within a month; this is good practice.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training provision praised as good practice',
  },

  // ── culture-change ──
  {
    text: 'The council\'s management style remains cautious and hierarchical, and staff are reluctant to take decisions or try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Departments guard their own systems and data jealously – a silo mentality that will have to change if joined-up services are ever to be delivered.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'a departmental culture that must change',
  },
  {
    text: 'There has been a marked shift in culture over the past two years, and managers are now encouraged to take measured risks and learn from mistakes.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive culture change credited by inspectors',
  },
  {
    text: 'The new management team has fostered an open, corporate way of working, and departments now share systems willingly – a welcome change.',
    section: 'Will the service improve? > Managing change',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in management style praised',
  },

  // ── information-systems ──
  {
    text: 'The unit does not collect reliable data on its own performance, so it cannot tell whether response times are getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are reported to members, but they have no targets attached and nobody acts on the figures.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A well-designed performance management framework links individual targets to the service plan and is reviewed by managers every month.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised ("well-designed")',
  },
  {
    text: 'The help desk system produces accurate and timely management information, which managers use each week to spot trends and act on them.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information system, used well',
  },

  // ── consultation ──
  {
    text: 'Users have never been asked what they think of the IT service; the last satisfaction survey was carried out in 1997.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users are not consulted',
  },
  {
    text: 'The review did not consult citizens or front-line users at all: the only views sought were those of IT staff.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'the review failed the consult test',
  },
  {
    text: 'Consultation with users has been thorough, with focus groups in every department and a survey that drew more than 1,200 replies.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation praised',
  },
  {
    text: 'The council used its citizens\' panel to ask residents what they wanted from new technology, and their views visibly shaped the final priorities; this was done well.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'effective consultation of citizens',
  },

  // ── comparison ──
  {
    text: 'The council has made little effort to compare its IT costs or performance with those of similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'The review compared the service only with its own results in previous years, so the council has no idea how it stands against others.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no external benchmarking',
  },
  {
    text: 'The review made good use of a benchmarking club, which shows the council\'s cost per workstation to be among the lowest in its group.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used well',
  },
  {
    text: 'The review team visited three high-performing councils and drew practical lessons from each – a good example of comparison done well.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison with others praised',
  },

  // ── competition ──
  {
    text: 'The review did not test whether the service could be provided more cheaply, or better, by another supplier.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The council has renewed its main IT contract three times without going out to the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing of the contract',
  },
  {
    text: 'A rigorous options appraisal, including soft-market testing with six suppliers, gives us confidence that the chosen partnership offers value for money.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership choice praised',
  },
  {
    text: 'The procurement of the new network was well managed, with a clear specification, a fair tender process and strong monitoring of the contract since.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'procurement praised; "fair" is an ordinary word here',
  },

  // ── e-government ──
  {
    text: 'Only 18 per cent of the council\'s services can yet be delivered electronically, well short of what is needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the e-government target',
  },
  {
    text: 'The web site is little more than an online leaflet: residents cannot pay for, book or report anything through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak electronic service delivery',
  },
  {
    text: 'The council is well placed to meet the 2005 target, with 70 per cent of transactions already available online.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'strong progress towards e-government targets',
  },
  {
    text: 'Together the one-stop shop and the transactional web site give residents convenient access to services, and take-up has been impressive.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access and web services praised',
  },

  // ── two themes at once ──
  {
    text: 'The ICT strategy has never been discussed by members and bears no relation to the corporate plan.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'members do not own the strategy, and the strategy is not aligned',
  },
  {
    text: 'Without more money the unit cannot keep up with the flood of requests from departments, and the queue for new work grows every month.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'lack of funding and demand exceeding capacity',
  },
  {
    text: 'Users were surveyed in every directorate and the results were benchmarked against twelve other councils; both are good examples of the review\'s rigour.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'consultation and benchmarking both praised',
  },
  {
    text: 'Training for users is good, but communication between the IT team and departments remains weak.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'mixed polarity in one sentence',
  },
  {
    text: 'Strong backing from the chief executive has helped to turn a defensive culture into one that welcomes new ideas.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'leadership from the top praised, and culture change achieved',
  },
  {
    text: 'Performance data are patchy, and the review made no comparison with other councils.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'weak performance information and no comparison',
  },
  {
    text: 'The council has not tested the market for its web services, and its move to electronic service delivery has stalled.',
    expect: [
      { theme: 'competition', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'no competition test, and e-government progress stalled',
  },

  // ── no theme ──
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    expect: [],
    why: 'a council aim quoted as an aim',
  },
  {
    text: 'Harbury is a district council serving a population of around 105,000.',
    section: 'Context > The council',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The IT service\'s budget for 2002/03 is £3.1 million, of which £0.9 million is capital.',
    section: 'Context > The service',
    expect: [],
    why: 'a budget figure with no comment from the inspectors is description, not a view on investment',
  },
  {
    text: 'The council says in its review that it consults users widely.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' finding',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and October 2001 by a team of officers and two councillors.',
    expect: [],
    why: 'neutral account of how the review was done',
  },
  {
    text: 'The council\'s corporate plan sets out four priorities: education, community safety, the local economy and the environment.',
    section: 'Context',
    expect: [],
    why: 'describes the corporate plan; says nothing about IT alignment',
  },
  {
    text: 'There are 2,100 PCs across 45 sites, linked by a wide area network.',
    expect: [],
    why: 'neutral description of the estate',
  },
  {
    text: 'The IT manager reports to the Director of Resources.',
    expect: [],
    why: 'structure, no judgement',
  },
  {
    text: 'The council intends to make all of its services available online by December 2005.',
    expect: [],
    why: 'a council intention, not an assessment of e-government progress',
  },
  {
    text: 'This report is based on fieldwork carried out in March 2002, including interviews with staff, users and members.',
    section: 'Introduction',
    expect: [],
    why: 'method statement; "users" and "members" are not themes here',
  },
  {
    text: 'The council\'s self-assessment claims that users are well trained and that the service benchmarks itself against others.',
    expect: [],
    why: 'the council\'s claims, not the inspectors\' praise',
  },
  {
    text: 'Table 2 shows the number of calls to the help desk in each of the last three years.',
    expect: [],
    why: 'a pointer to a table',
  },
  {
    text: 'The inspection team was made up of two inspectors and a peer from another council.',
    section: 'Appendix 1',
    expect: [],
    why: 'inspection method; not about the service',
  },
];
