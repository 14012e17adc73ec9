/** Held-out theme set 56, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases56: ThemeCase[] = [
  // ── strategic-alignment ──────────────────────────────────────────────────
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no mention of the council\'s corporate priorities of community safety, regeneration and better access to services.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy cut off from corporate aims, said without the word "align".',
  },
  {
    text: 'Projects are approved because a department asks loudly enough, not because they advance anything the council has said matters most.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Misalignment expressed through how projects are chosen.',
  },
  {
    text: 'We could trace no line of sight from the community plan, through the corporate plan, to the ICT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Metaphor ("line of sight") for a missing link between IT and the corporate plan.',
  },
  {
    text: 'Every bid for ICT money is now scored against the council\'s five corporate objectives, and we saw two bids turned down because they did not fit them, which is good practice.',
    section: 'Will the service improve? > Improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Inspectors praise alignment shown in practice.',
  },

  // ── leadership ───────────────────────────────────────────────────────────
  {
    text: 'Members show little appetite for ICT matters: the portfolio holder has not attended a meeting of the ICT steering group since it was set up.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning IT, described through behaviour.',
  },
  {
    text: 'No chief officer owns the IT strategy, and the management team has not discussed it in eighteen months.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Lack of senior ownership, with no use of the word "leadership".',
  },
  {
    text: 'Responsibility for ICT has passed between three directors in two years, and nobody at the top is pushing the agenda forward.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Leadership weakness phrased as turnover and drift.',
  },
  {
    text: 'The chief executive chairs the e-government board in person, and this visible lead from the top has been decisive in getting reluctant departments to adopt common systems.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Inspectors praise a strong lead from the top.',
  },

  // ── investment ───────────────────────────────────────────────────────────
  {
    text: 'Years of spending too little have left the council with a network that fails most weeks and PCs that are, on average, six years old.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment described by its effects.',
  },
  {
    text: 'The capital programme contains nothing for replacing the financial management system, which its supplier will stop supporting in 2003.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Missing budget provision for a necessary replacement.',
  },
  {
    text: 'Spending on ICT per employee is the lowest in the county, and the running costs of new systems are never built into departmental budgets.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Low funding and unfunded revenue costs.',
  },
  {
    text: 'The council has made a realistic and fully costed commitment of £3.2 million over four years to renew its infrastructure, ring-fenced in the medium-term financial plan.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Inspectors praise adequate, secured funding.',
  },

  // ── understanding-of-it ──────────────────────────────────────────────────
  {
    text: 'Many senior managers still see IT as a back-office utility for typing letters rather than as a way of changing how services reach the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Limited grasp of what IT can do for services.',
  },
  {
    text: 'Departments tend to ask for a faster copy of the paper process they already have; few have asked what technology might let them do differently.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Failure to see the opportunity IT offers, phrased through requests.',
  },
  {
    text: 'Outside the IT section itself there is little grasp of what the new document management system could do for planning or building control.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Poor organisational understanding of a specific system\'s potential.',
  },
  {
    text: 'Heads of service spoke to us knowledgeably about how mobile working and shared data could transform their services, a welcome change since the last review.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Inspectors praise managers\' understanding of what IT can do.',
  },

  // ── communication ────────────────────────────────────────────────────────
  {
    text: 'Staff in the area offices learn about system changes from the message on their log-in screen, not from anyone in the IT team.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Poor communication from technical staff to the front line, shown by example.',
  },
  {
    text: 'Social services managers did not know that their client index was being replaced until invitations to training arrived.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Department kept in the dark by the IT function.',
  },
  {
    text: 'Relations between the technical staff and the departments they serve are distant, and each side blames the other when a project fails.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Gap between IT and front-line services described as a relationship.',
  },
  {
    text: 'IT business partners now attend each directorate\'s management team every month, and front-line managers praised the regular two-way briefings.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Good communication between IT and departments, praised.',
  },

  // ── demand-capacity ──────────────────────────────────────────────────────
  {
    text: 'Departments wait up to four months for a new PC, and 230 requests for system changes are queued with no agreed order of priority.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlog and lack of prioritisation.',
  },
  {
    text: 'The help desk accepts every request that comes in, so the small development team is spread across twenty-seven projects and few of them are finished.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Demand exceeds capacity; no saying no.',
  },
  {
    text: 'There are no service level agreements, so users do not know what response to expect and the IT unit has no basis for turning work away.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Missing service levels as a demand-management weakness.',
  },
  {
    text: 'An open prioritisation panel and published service levels, met in more than 95% of cases, have brought the backlog down from 400 requests to fewer than 60.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Demand well managed, praised with evidence.',
  },

  // ── user-training ────────────────────────────────────────────────────────
  {
    text: 'New systems have been handed to staff without anyone showing them how to use them, and many rely on colleagues to learn by trial and error.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Lack of user training, described by its absence.',
  },
  {
    text: 'Training is offered only when a system is installed; there is no refresher course and no assessment of staff skills.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Training provision inadequate over time.',
  },
  {
    text: 'Half the staff in the revenues section have never had any formal instruction in the spreadsheet package they use every day.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills gap given as a statistic.',
  },
  {
    text: 'Skills development is well targeted: every employee has had a skills assessment, and more than 400 have completed the European Computer Driving Licence.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Praise for training and skills provision.',
  },

  // ── culture-change ───────────────────────────────────────────────────────
  {
    text: 'The council\'s management style remains hierarchical and cautious, and the departmental silos identified by the review are still firmly in place.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Culture and management style need to change.',
  },
  {
    text: 'Directorates guard their own systems and data jealously, and there is little willingness to share them or to work across the council.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Silo culture described by behaviour.',
  },
  {
    text: 'Managers treat any risk as something to be avoided, which stifles new ways of working before they are tried.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Risk-averse culture.',
  },
  {
    text: 'We saw a real shift in attitudes: managers now share information across directorates as a matter of course, and staff are encouraged to suggest and try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Inspectors praise a change in culture.',
  },

  // ── information-systems ──────────────────────────────────────────────────
  {
    text: 'The IT unit records nothing about how long faults take to fix, so neither managers nor members can tell whether the service is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'No performance information.',
  },
  {
    text: 'Performance indicators are reported once a year, months after the event, and we found no sign that anyone acts on them.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance management weak.',
  },
  {
    text: 'The council\'s management information systems cannot produce even basic figures on the cost of each transaction.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Management information systems inadequate.',
  },
  {
    text: 'A monthly scorecard drawn automatically from the help desk system is reviewed by the management team and has already been used to tackle slow responses in two directorates.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Praise for performance information that is used.',
  },

  // ── consultation ─────────────────────────────────────────────────────────
  {
    text: 'The review did not ask the people who use the council\'s IT every day, its own staff, what they thought of it.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Users not consulted.',
  },
  {
    text: 'Nobody asked residents, tenants or local firms what they want from the services that the IT unit supports.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Citizens and customers not consulted.',
  },
  {
    text: 'The only user survey went to heads of service alone, and its eleven replies were never analysed.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Token consultation.',
  },
  {
    text: 'Consultation during the review was thorough: focus groups with front-line staff, an online survey that drew more than 900 replies and a citizens\' panel session on electronic access.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Consultation praised.',
  },

  // ── comparison ───────────────────────────────────────────────────────────
  {
    text: 'The review compared the IT service only with its own past; it made no attempt to measure costs or performance against other councils.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking with others.',
  },
  {
    text: 'The council joined a benchmarking club two years ago but has never submitted any data, so it cannot say where it stands.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Benchmarking in name only.',
  },
  {
    text: 'The comparisons that were made used figures from councils twice Lyndale\'s size and drew no conclusions from them.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Comparison done badly.',
  },
  {
    text: 'Rigorous benchmarking against fourteen similar councils and two private firms showed where costs were high, and the council has acted on what it found.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking praised.',
  },

  // ── competition ──────────────────────────────────────────────────────────
  {
    text: 'The option of buying desktop support from an outside provider was dismissed without any look at the market.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The review did not test whether the in-house service gives value for money against what a private firm or a neighbouring council could offer.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'No test of alternative providers.',
  },
  {
    text: 'Hardware contracts are rolled over from year to year without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Procurement without competition.',
  },
  {
    text: 'The council ran a rigorous competition for its network services, and the resulting partnership with a private provider has cut costs by 18% while improving reliability.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Successful competitive procurement and partnership, praised.',
  },

  // ── e-government ─────────────────────────────────────────────────────────
  {
    text: 'The council is a long way from the government\'s 2005 target: only 14% of its dealings with the public can be done electronically.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Behind the 2005 electronic service delivery target.',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for, book or report anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Poor web access for customers.',
  },
  {
    text: 'The council\'s statement on implementing electronic government sets no timetable and no costs for the changes it promises.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Weak e-government planning.',
  },
  {
    text: 'Residents can already pay council tax, report missed bins and apply for planning permission online, and 68% of services are e-enabled, well ahead of most councils.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Electronic service delivery praised.',
  },

  // ── sentences raising two themes ─────────────────────────────────────────
  {
    text: 'Members have yet to approve the money needed to renew the network, even though officers first asked for it three budget rounds ago.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'Two themes: members not backing IT and lack of funding.',
  },
  {
    text: 'Staff were neither asked for their views on the new housing system nor given any training before it went live.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'Two themes: users not consulted and not trained.',
  },
  {
    text: 'The help desk\'s scorecard is compared every quarter with figures from twelve other authorities, and this has kept performance in the top quarter.',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'Two strengths: performance information and benchmarking.',
  },
  {
    text: 'The web strategy is firmly tied to the corporate priority of better access, and the online services it has delivered are among the best we have seen.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'Two strengths: alignment with corporate aims and e-government.',
  },
  {
    text: 'Because the IT team and the departments seldom talk, requests arrive with no sense of priority and the queue of work keeps growing.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'Two weaknesses: communication causing a demand and backlog problem.',
  },

  // ── sentences raising no theme ───────────────────────────────────────────
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of the service.',
  },
  {
    text: 'The council aims to make all its services available online by December 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own aim, not an inspectors\' finding, despite the e-government subject.',
  },
  {
    text: 'In its self-assessment the council describes its IT strategy as \'fully aligned with corporate priorities\'.',
    expect: [],
    why: 'The council\'s claim about alignment, quoted; not the inspectors\' view.',
  },
  {
    text: 'The IT manager told us that relations with users are \'better than they have ever been\'.',
    expect: [],
    why: 'A manager\'s view, quoted; not an inspectors\' finding on communication.',
  },
  {
    text: 'Ravensholm is a metropolitan borough of some 210,000 people on the eastern edge of the conurbation.',
    section: 'Context',
    expect: [],
    why: 'Background context.',
  },
  {
    text: 'The ICT service has a revenue budget of £2.4 million and employs 38 full-time equivalent staff.',
    section: 'Context',
    expect: [],
    why: 'Budget given as a plain fact, with no judgement on funding.',
  },
  {
    text: 'The Best Value review of ICT ran from January to September 2002 and was carried out by a team of five officers.',
    expect: [],
    why: 'Description of the review process.',
  },
  {
    text: 'The corporate network links 43 sites, including libraries, depots and the three area housing offices.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of infrastructure.',
  },
  {
    text: 'This report was written by two inspectors from the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'Report boilerplate.',
  },
  {
    text: 'The council sent its implementing electronic government statement to the government in July 2002.',
    expect: [],
    why: 'A plain fact about e-government paperwork, with no judgement.',
  },
  {
    text: 'The head of ICT reports to the director of corporate services, who sits on the chief officers\' board.',
    section: 'Context',
    expect: [],
    why: 'Reporting lines described, with no judgement of leadership.',
  },
  {
    text: 'We would like to thank the council\'s staff for their help and courtesy during the inspection.',
    expect: [],
    why: 'Courtesy text.',
  },
  {
    text: 'The corporate plan states the authority\'s ambition \'to be among the best-performing councils in the region by 2004\'.',
    expect: [],
    why: 'A council aim about comparative standing, not benchmarking.',
  },
  {
    text: 'The review report claims that \'benchmarking has shown the service to be efficient\'.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [],
    why: 'The review\'s own claim, quoted without endorsement.',
  },
  {
    text: 'Since 1999 the IT function has been part of the Finance and Resources directorate.',
    expect: [],
    why: 'Organisational history.',
  },
  {
    text: 'The council plans to introduce a customer relationship management system during 2003/04.',
    section: 'Will the service improve? > Improvement plan',
    expect: [],
    why: 'A plan described, not judged.',
  },
  {
    text: 'Inspectors spent eight days on site in March 2003 and interviewed 64 people, including councillors, staff and partners.',
    expect: [],
    why: 'How the inspection was done.',
  },
  {
    text: 'Section 4 sets out what we found when we looked at how the service is performing against its aims.',
    expect: [],
    why: 'A signpost sentence in the inspectors\' voice, with no finding.',
  },
];
