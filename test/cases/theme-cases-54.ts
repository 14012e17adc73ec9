/** Held-out theme set 54, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases54: ThemeCase[] = [
  // ── strategic-alignment ──────────────────────────────────────────────────
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the community plan or to any of the council\'s corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: strategy detached from corporate aims, without the word "align"',
  },
  {
    text: 'There is no thread running from the council\'s stated priorities – regeneration, community safety and older people – through to the projects on the IT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness expressed as a missing link between priorities and projects',
  },
  {
    text: 'The aims of the IT service are almost entirely technical, and it is hard to see how they help the council achieve anything it has said matters to local people.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness phrased through the service\'s own aims',
  },
  {
    text: 'The technology strategy flows directly from the corporate plan, and every proposed project is scored against the council\'s five priorities before it is approved – a model others could follow.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: inspectors praise the link between strategy and corporate plan',
  },

  // ── leadership ───────────────────────────────────────────────────────────
  {
    text: 'Members show little interest in ICT: the strategy has not been before the cabinet since 1999 and no councillor holds a portfolio for it.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: elected members not owning IT',
  },
  {
    text: 'Chief officers pass any question about technology to the head of IT and do not see the use of computers in their directorates as something they need to own.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: senior officers not driving IT',
  },
  {
    text: 'The chief executive chairs the ICT programme board in person and has made plain to every director that technology is a corporate priority; this drive from the top is a real strength.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: praise for lead from the top',
  },
  {
    text: 'The cabinet\'s ICT champion attends every project board and has steered the strategy through a sceptical council with skill and persistence.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: a member driving IT, praised',
  },

  // ── investment ───────────────────────────────────────────────────────────
  {
    text: 'Years of under-spending have left the council with a network that is out of date and servers well past their replacement date.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: historic under-investment described through its effects',
  },
  {
    text: 'There is no rolling budget for replacing PCs, so equipment is renewed only when a department happens to find money from its own underspends.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: no budget for renewal',
  },
  {
    text: 'Members have committed a substantial, ring-fenced capital budget for ICT over three years, which puts the service\'s plans on a sound financial footing.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'investment strength: funding praised by inspectors',
  },

  // ── understanding-of-it ──────────────────────────────────────────────────
  {
    text: 'Outside the IT section, few of the managers we met could describe how technology might change the way their services are delivered; most see it as a matter of keeping the PCs running.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: managers do not see the opportunity technology offers',
  },
  {
    text: 'Computers are still treated by many departments as an overhead to be kept to a minimum rather than as a means of redesigning services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: IT seen as a cost, not an opportunity',
  },
  {
    text: 'Members and officers alike still think of the IT section as the people who come and fix the printers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness in colloquial form; mentions members and officers but is not about leadership',
  },
  {
    text: 'Senior managers across the authority have a good grasp of what technology could do for their services, and several departments have already redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding-of-it strength: praise for organisation-wide grasp of IT\'s potential',
  },

  // ── communication ────────────────────────────────────────────────────────
  {
    text: 'Front-line managers rarely hear from the IT section until something has gone wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: plain, short, no theme vocabulary',
  },
  {
    text: 'Departments are not told when system changes are planned, and we found several cases where a change made by the technical team disrupted a front-line service without warning.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: technical staff not informing service departments',
  },
  {
    text: 'When the finance system failed in January, it took three weeks for anyone to tell the cash offices what had happened or when it would be put right.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness shown by an incident, no abstract wording',
  },
  {
    text: 'Managers told us that communication with the IT unit had improved, but the front-line staff we met had never heard of the new IT liaison officers.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: a quoted positive view reversed by the inspectors\' own evidence after "but"',
  },
  {
    text: 'Each department has a named IT liaison officer who attends its management team every month, and the managers we interviewed valued this regular two-way contact.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication strength: praised liaison between IT and departments',
  },
  {
    text: 'Excellent working relationships between IT staff and school bursars mean that problems are raised early and usually solved the same day.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication strength that opens with "Excellent" as an ordinary word, not a grade',
  },

  // ── demand-capacity ──────────────────────────────────────────────────────
  {
    text: 'Departments wait months for new PCs.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness in five words',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the backlog of development work – now over 140 jobs – grows every month.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: no prioritisation, growing backlog',
  },
  {
    text: 'Projects are started without any check on whether the IT section has the people to carry them out, and at the time of our visit 23 projects were running with staff enough for perhaps ten.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: demand exceeds capacity, stated with numbers',
  },
  {
    text: 'Service level agreements are in place with every department, and the help desk has consistently met its target of resolving nine calls in ten within a working day.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: service levels agreed and met',
  },

  // ── user-training ────────────────────────────────────────────────────────
  {
    text: 'Staff are handed new systems with little or no instruction, and many rely on colleagues to show them how to use basic office software.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness without the word "training"',
  },
  {
    text: 'Courses are booked up months ahead, and the council has no idea how many of its staff have the IT skills their jobs require.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: insufficient provision and unknown skills levels',
  },
  {
    text: 'The rolling programme of short desk-side sessions is well regarded by users and has raised basic IT skills right across the workforce.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user-training strength praised by inspectors',
  },
  {
    text: 'An ambitious council-wide skills programme, which has taken 600 staff through the European Computer Driving Licence, is a notable strength.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user-training strength with an explicit "strength"',
  },

  // ── culture-change ───────────────────────────────────────────────────────
  {
    text: 'The IT section is run in a command-and-control style that discourages staff from suggesting better ways of doing things.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: management style',
  },
  {
    text: 'A cautious, departmental culture means that managers guard their own systems and resist any move towards shared, corporate solutions.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: organisational culture',
  },
  {
    text: 'Departments still buy their own software without reference to the IT section, which reflects a culture in which each directorate regards itself as independent of the rest.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness shown through a behaviour',
  },
  {
    text: 'The new head of service has changed the style of management markedly: staff are now trusted to take decisions, and the section has become far more outward-looking.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture-change strength: praised change in style',
  },

  // ── information-systems ──────────────────────────────────────────────────
  {
    text: 'The service does not collect the information it would need to know whether it is doing well: calls are counted, but nobody records how long they take to resolve.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: missing performance information',
  },
  {
    text: 'Performance indicators go to members once a year, without targets or commentary, and are not used to manage the service.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: performance management absent (mentions members, but not a leadership point)',
  },
  {
    text: 'The ICT section has no means of recording the time it spends on each project, so it cannot say what any of its systems has cost.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: management information missing',
  },
  {
    text: 'A clear performance management framework links team plans to individual appraisals, and monthly reports are used to spot and correct problems quickly.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: performance management praised',
  },

  // ── consultation ─────────────────────────────────────────────────────────
  {
    text: 'Users were not consulted during the review, and no survey of their satisfaction has been carried out since 1998.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness, with the 4Cs section path',
  },
  {
    text: 'Residents and front-line staff had no say in the review; the only people asked for their views were the IT managers themselves.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness without the word "consult"',
  },
  {
    text: 'The review team sought views widely – through user surveys, focus groups with front-line staff and the citizens\' panel – and the results visibly shaped the improvement plan.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength praised by inspectors',
  },
  {
    text: 'Surveys of the public and of staff are analysed and the findings fed back, and users told us they could see changes that had followed.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength, including users\' evidence used by inspectors',
  },

  // ── comparison ───────────────────────────────────────────────────────────
  {
    text: 'The review made no real attempt to compare the cost or quality of the service with that of other councils.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness, in the Compare section',
  },
  {
    text: 'The council does not know whether its IT costs are high or low, because it has never set them beside those of a similar authority.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness without "benchmark"',
  },
  {
    text: 'The service is an active member of a benchmarking club of 14 councils and has used what it learnt to cut the cost of each PC it supports by a fifth.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength: benchmarking used to good effect',
  },

  // ── competition ──────────────────────────────────────────────────────────
  {
    text: 'The option of buying in all or part of the service from an outside supplier was dismissed in a single paragraph, without any real analysis.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: alternatives to in-house provision not tested',
  },
  {
    text: 'Hardware is bought from the same supplier year after year without the price ever being tested in the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: procurement not market-tested',
  },
  {
    text: 'The network contract let in 1994 has been rolled forward every year since and has never been re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: a contract never re-tendered',
  },
  {
    text: 'The partnership with a private sector provider was procured rigorously, with the in-house team allowed to bid, and is already delivering the savings promised.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competition strength: well-run procurement and partnership',
  },

  // ── e-government ─────────────────────────────────────────────────────────
  {
    text: 'Only 18 per cent of the council\'s services can be used electronically, and on present progress it will fall well short of the government\'s 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: 2005 target at risk',
  },
  {
    text: 'The council\'s website is little more than an electronic leaflet: residents cannot pay, book or report anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: web access poor, described concretely',
  },
  {
    text: 'No one could tell us how many of the council\'s services could be delivered online, or what it would do to reach the 2005 goal.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness phrased as an unanswered question',
  },
  {
    text: 'Residents can now pay council tax, book bulky waste collections and report street faults online, and the council is well ahead of where it needs to be for 2005.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government strength praised',
  },

  // ── two themes in one sentence ───────────────────────────────────────────
  {
    text: 'Members have had no part in setting the ICT strategy, and it bears little relation to the corporate plan.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: leadership and strategic-alignment',
  },
  {
    text: 'The help desk cannot keep up with calls, and much of the demand comes from users who have never been shown how to use the systems properly.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'two weaknesses: demand-capacity and user-training',
  },
  {
    text: 'Benchmarking against other councils is thorough, but the review never seriously tested whether an outside supplier could do the job better.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'mixed polarity: comparison strength and competition weakness in one sentence',
  },
  {
    text: 'The chief executive\'s personal commitment has transformed the way managers think about what technology can do for their services.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'understanding-of-it', polarity: 'strength' },
    ],
    why: 'two strengths: leadership and understanding-of-it',
  },
  {
    text: 'Without any reliable performance data, the council cannot tell how its help desk measures up against those of other authorities.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two weaknesses: information-systems and comparison',
  },
  {
    text: 'Poor communication between the IT unit and departments is made worse by a closed, defensive culture in which problems are hidden rather than shared.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'two weaknesses: communication and culture-change ("Poor" as an ordinary word)',
  },
  {
    text: 'Well-judged spending on the contact centre and a fully transactional website has put the council among the leaders in delivering services electronically.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'two strengths: investment and e-government',
  },
  {
    text: 'Not a penny has been spent on the website since it was launched in 1999, and it still offers nothing more than opening hours and telephone numbers.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'two weaknesses: investment and e-government',
  },

  // ── no theme: description, aims, self-assessment, quoted views, context ──
  {
    text: 'The help desk has six staff and handles around 1,800 calls a month.',
    expect: [],
    why: 'neutral description of the service; no strength or weakness',
  },
  {
    text: 'The council\'s ICT strategy states that all services will be available electronically by 2005.',
    expect: [],
    why: 'a council aim, not an inspection finding (e-government words only as the aim)',
  },
  {
    text: 'The council\'s self-assessment describes communication with departments as excellent.',
    expect: [],
    why: 'self-assessment, not the inspectors\' view',
  },
  {
    text: 'The head of IT told us that the service has been under-funded for a decade.',
    expect: [],
    why: 'quoted view of a manager, not endorsed by the inspectors',
  },
  {
    text: 'Tolbury is a largely rural district of some 95,000 people in the north of the county.',
    section: 'Context',
    expect: [],
    why: 'context sentence',
  },
  {
    text: 'The review was carried out between March and November 2000 by a team of five officers and two members.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral description of the review; "members" does not make it leadership',
  },
  {
    text: 'The IT service is part of the resources directorate and its head reports to the director of finance.',
    section: 'Context',
    expect: [],
    why: 'neutral description of structure',
  },
  {
    text: 'This inspection was carried out by two inspectors between 4 and 15 June 2001.',
    expect: [],
    why: 'procedural statement',
  },
  {
    text: 'The council aims to be in the top quartile of comparable authorities for every ICT performance indicator by 2004.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council target, not a finding about comparison or performance information',
  },
  {
    text: 'The improvement plan includes an action to market test desktop support during 2003.',
    expect: [],
    why: 'description of a planned action, neither praised nor criticised',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The council\'s network links 43 sites, including 12 libraries and seven area housing offices.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The cabinet member for resources said that she expected the new strategy to be adopted in the spring.',
    expect: [],
    why: 'quoted view and timetable; mentions a member but raises no leadership point',
  },
  {
    text: 'The annual budget for the service is £4.1 million, of which £1.3 million is spent on staff.',
    section: 'Context',
    expect: [],
    why: 'neutral description of a budget, neither adequate nor inadequate',
  },
  {
    text: 'Best Value requires councils to challenge, compare, consult and compete when they review a service.',
    expect: [],
    why: 'description of the regime that names consult/compare/compete without any finding',
  },
  {
    text: 'Managers in the IT section believe that relations with departments have never been better.',
    expect: [],
    why: 'quoted belief of the IT section itself, not the inspectors\' view',
  },
];
