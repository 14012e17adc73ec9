/** Held-out theme set 41, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases41: ThemeCase[] = [
  // --- strategic-alignment ---------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of regeneration and community safety.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from the corporate priorities',
  },
  {
    text: 'There is no visible thread linking what the council says it wants to achieve for local people to where ICT money and staff time actually go.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'no link between corporate aims and ICT effort, without the word "strategy"',
  },
  {
    text: 'Every project in the ICT programme is tied to one of the council\'s five corporate priorities, and that link is tested before any bid is approved; this is a clear strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise how ICT projects follow the corporate priorities',
  },
  {
    text: 'We were impressed by how closely technology planning now follows the objectives of the community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for alignment of technology planning with the community plan',
  },

  // --- leadership ------------------------------------------------------------
  {
    text: 'Members show little interest in ICT: the strategy has not been discussed by the executive since it was adopted in 1999.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No chief officer speaks up for ICT at corporate management team, and decisions about technology are left to the head of IT alone.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior champion; IT left to the IT head',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has left directors in no doubt that ICT is a corporate priority, which has given the programme real momentum.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise for lead from the top',
  },
  {
    text: '• Strong political leadership from the lead member for resources, who has made ICT a regular item on the cabinet agenda.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'bullet under Strengths praising member leadership',
  },

  // --- investment ------------------------------------------------------------
  {
    text: 'Years of under-spending have left the council with an ageing network and many PCs more than six years old.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'The ICT budget is set by rolling forward last year\'s figure, with no regard to what the strategy commits the council to deliver.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'budget not based on need',
  },
  {
    text: 'The council has backed its strategy with money: an extra £1.2 million over three years has been set aside for replacing equipment, a realistic commitment that inspectors welcomed.',
    section: 'Will the service improve?',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors welcome funding of the strategy',
  },
  {
    text: 'Capital funding for ICT is well planned, with a rolling five-year replacement fund that we found to be adequate and well managed.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praise for funding arrangements',
  },

  // --- understanding-of-it ---------------------------------------------------
  {
    text: 'Many senior managers still see ICT as a cost to be kept down rather than as a means of changing the way services are delivered.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Departments have little sense of what technology could do for them, and their requests tend to be for faster PCs rather than better ways of working.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of IT potential in departments',
  },
  {
    text: 'Service directors we met talked confidently about how document imaging and mobile working could transform their services, showing a mature grasp of what technology can offer.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise managers\' understanding of IT\'s potential',
  },
  {
    text: 'Across the council there is a well-developed appreciation of how ICT can help to modernise services, and this is a real strength.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'explicit strength about corporate appreciation of IT potential',
  },

  // --- communication ---------------------------------------------------------
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to be switched on.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and the front line',
  },
  {
    text: 'Staff in schools and social services told us they do not know whom to contact in IT about new requirements, and that their requests disappear into a "black hole".',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'departments cannot reach the IT staff; requests vanish',
  },
  {
    text: 'Each department has a named IT account manager whom it meets monthly, and managers told us this has transformed relationships with the technical staff; it works well.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praise for links between IT and departments',
  },
  {
    text: 'Communication between the technical team and service departments is effective, with departmental liaison officers who meet IT managers regularly and feed back to their own staff.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'explicitly effective IT–department communication',
  },

  // --- demand-capacity -------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 300 requests for changes to software.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity; backlog',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the section tries to do everything and finishes little.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, ensures that the section\'s limited staff are directed at the projects that matter most, and we saw it working well.',
    section: 'Will the service improve?',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praise for prioritisation that balances demand and capacity',
  },
  {
    text: 'Service level agreements are in place with every department, and fault-fixing targets are consistently met – a notable strength.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and met, praised',
  },

  // --- user-training ---------------------------------------------------------
  {
    text: 'Many staff have had no training in the systems they use every day; new starters are simply shown the basics by a colleague.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'Recommendation R4: make sure that users are trained before, not after, new systems go live.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'a recommendation implies the current weakness in training',
  },
  {
    text: 'The ICT training suite runs a well-used programme of courses, and evaluation shows that staff find them useful; this is good practice.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praised training provision',
  },
  {
    text: 'Training for the new financial system was well planned and delivered before go-live, so that users were confident from the first day.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised through its result',
  },

  // --- culture-change --------------------------------------------------------
  {
    text: 'The IT section is inward-looking and defensive, and staff described a "blame culture" in which problems are hidden rather than solved.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needing change',
  },
  {
    text: 'A command-and-control style of management discourages staff from putting forward ideas for doing things better.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needing change',
  },
  {
    text: 'The section\'s management style has become noticeably more open since 2001; staff told us they now feel trusted to take decisions, and we saw the difference this has made.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'inspectors credit a changed management style',
  },
  {
    text: 'Inspectors found a genuine shift in attitude, from "we know best" to a willingness to learn from mistakes and to try new approaches, which bodes well.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change praised',
  },

  // --- information-systems ---------------------------------------------------
  {
    text: 'The help desk system cannot produce reliable figures on how long calls take to resolve, so managers do not know whether targets are being met.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'poor management information',
  },
  {
    text: 'Performance information is collected for only a few of the service\'s activities, and none of it is reported to members.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'The service has a robust performance management framework: targets flow from the ICT strategy into team and individual plans and are reviewed every month.',
    section: 'Will the service improve?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised performance management',
  },
  {
    text: 'Monthly performance reports to the executive are clear, accurate and acted on.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praise for performance information',
  },

  // --- consultation ----------------------------------------------------------
  {
    text: 'Users were not asked for their views during the review, and the council has never surveyed schools about the support they receive.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'Only IT staff took part in the review; departments, councillors and the public had no say in its recommendations.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'review failed to consult',
  },
  {
    text: 'Consultation during the review was thorough: focus groups, a survey of everyone with network access and interviews with head teachers gave a rounded picture of what users need.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised consultation',
  },
  {
    text: 'User views are sought routinely through an annual survey and quarterly user groups, and we saw clear evidence of changes made as a result.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation that leads to change, credited by inspectors',
  },

  // --- comparison ------------------------------------------------------------
  {
    text: 'The council has made little effort to compare the cost and performance of its IT service with those of similar authorities.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Because the review looked only inward, the council cannot say whether its IT costs are high or low.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'absence of comparison with others, in indirect words',
  },
  {
    text: 'The service benchmarks its costs and help desk performance every year through a national club and uses the results to set stretching targets; this is good practice.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praised benchmarking',
  },
  {
    text: 'Comparisons with eight similar councils were robust and led directly to changes in the way desktop support is organised.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'effective comparison credited',
  },

  // --- competition -----------------------------------------------------------
  {
    text: 'The review did not test whether anyone else could provide the service better or more cheaply; outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The new housing system was bought without a proper tender, and the contract has since been extended twice without challenge.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: 'The council tested the market for desktop support rigorously, and the resulting partnership with a private supplier has cut costs by 15 per cent while improving response times.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership credited',
  },
  {
    text: 'Procurement is handled well, with clear specifications, open competition and sensible use of framework contracts.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised procurement',
  },

  // --- e-government ----------------------------------------------------------
  {
    text: 'Only about a fifth of the council\'s services can yet be delivered electronically, and it is not on course to meet the 2005 target.',
    section: 'How good is the service? > e-government',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target',
  },
  {
    text: 'The website is little more than an online leaflet: residents cannot pay for, book or report anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for citizens',
  },
  {
    text: 'The council\'s website is among the best we have seen; residents can pay council tax, book leisure activities and report faults online at any hour.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praised online services',
  },
  {
    text: 'With 68 per cent of its dealings with the public already available electronically, the council is well placed to meet the government\'s 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'positive finding on electronic service delivery',
  },

  // --- sentences raising two or more themes ---------------------------------
  {
    text: 'Members have given no lead on ICT, and as a result there is still no budget for replacing worn-out equipment.',
    section: 'Summary',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: member leadership and funding',
  },
  {
    text: 'Staff in departments have not been trained to use the new systems, and the IT section has not explained to them what is changing or why.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'training and IT-to-department communication both weak',
  },
  {
    text: 'The review compared costs with other councils thoroughly and tested the market for network support, and we found both exercises convincing.',
    section: 'Will the service improve? > Compare and compete',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'two strengths in the 4Cs',
  },
  {
    text: 'Without reliable data on call volumes the help desk cannot plan its staffing, and users face long waits at busy times.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'missing management information causes demand/capacity failure',
  },
  {
    text: 'A properly funded ICT strategy, firmly tied to the council\'s corporate priorities, gives the service a clear sense of purpose – a major strength.',
    section: 'Summary > Strengths',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'strength' },
    ],
    why: 'funding and alignment both praised',
  },
  {
    text: 'Residents were consulted widely on the design of the new website, which now lets them claim benefits and pay bills online; this is a real strength.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'consultation and electronic access both praised',
  },
  {
    text: 'The chief executive\'s strong lead has begun to shift a risk-averse culture, but many managers still do not see what ICT could do for their services.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'mixed: leadership and culture change praised, understanding of IT weak',
  },
  {
    text: '| Performance management | Weak – targets set but not monitored; no benchmarking with similar councils |',
    section: 'Appendix 1 > Summary of findings',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'table row naming two weaknesses',
  },

  // --- sentences raising no theme -------------------------------------------
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'an aim quoted as an aim',
  },
  {
    text: 'Eastmoor is a largely rural district with a population of 87,000.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council\'s self-assessment describes the IT service as customer-focused and well led.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review of ICT was carried out between September 2000 and March 2001 by a team of five officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review',
  },
  {
    text: 'The ICT unit is part of the Corporate Services Directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'In 2001/02 the ICT revenue budget was £3.4 million, of which £1.9 million was spent on staff.',
    section: 'Context',
    expect: [],
    why: 'budget figures stated without comment',
  },
  {
    text: 'The council\'s vision is to provide "modern, joined-up services that are accessible to all".',
    expect: [],
    why: 'council vision quoted',
  },
  {
    text: 'This inspection was carried out by two inspectors over eight days in May 2002.',
    section: 'Appendix 2',
    expect: [],
    why: 'inspection method',
  },
  {
    text: 'The network links 46 buildings, including the civic centre, four area offices and 12 libraries.',
    section: 'Context',
    expect: [],
    why: 'neutral description of infrastructure',
  },
  {
    text: 'Appendix 3 lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The head of ICT told us that the section intends to introduce a new help desk system next year.',
    expect: [],
    why: 'a manager\'s intention, no finding',
  },
  {
    text: 'The Local Government Act 1999 places a duty on councils to secure continuous improvement in the way they exercise their functions.',
    section: 'Introduction',
    expect: [],
    why: 'legal background',
  },
  {
    text: 'Officers told us that they believe the IT section communicates well with every department.',
    expect: [],
    why: 'officers\' own claim, not endorsed by the inspectors',
  },
];
